// The bundler table and its rule: no bundler's page may be more than 10% above the
// smallest one in min+gzip (a host's choice of bundler must not cost it the kit's budget).

/** How far above the smallest min+gzip a bundler may be, in percent. */
export const maxPercentAboveSmallest = 10;

const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/**
 * @param {{ name: string, version: string, min: number, gzip: number }[]} results
 * @returns {{ rows: { name: string, version: string, min: number, gzip: number, percentAboveSmallest: number, over: boolean }[], smallest: number }}
 */
export function judge(results) {
  const smallest = Math.min(...results.map((r) => r.gzip));
  const rows = results.map((r) => {
    const percentAboveSmallest = Number((((r.gzip - smallest) / smallest) * 100).toFixed(1));
    return {
      name: r.name,
      version: r.version,
      min: r.min,
      gzip: r.gzip,
      percentAboveSmallest,
      over: percentAboveSmallest > maxPercentAboveSmallest,
    };
  });
  return { rows, smallest };
}

/** @param {ReturnType<typeof judge>} judged @returns {string[]} the table's lines */
export function tableLines({ rows, smallest }) {
  const cells = [
    ['bundler', 'version', 'JS min', 'JS min+gzip', 'vs smallest (gz)'],
    ...rows.map((r) => [
      r.name,
      r.version,
      kB(r.min),
      kB(r.gzip),
      r.gzip === smallest
        ? 'smallest'
        : `+${kB(r.gzip - smallest)} (+${r.percentAboveSmallest} %)${r.over ? ` OVER ${maxPercentAboveSmallest} %` : ''}`,
    ]),
  ];
  const widths = cells[0].map((_, column) => Math.max(...cells.map((c) => c[column].length)));
  return cells.map((c) =>
    c
      .map((cell, column) =>
        column >= 2 && column <= 3 ? cell.padStart(widths[column]) : cell.padEnd(widths[column]),
      )
      .join('  ')
      .trimEnd(),
  );
}
