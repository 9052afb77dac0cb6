// Size budgets (issue 5). Exits 1 when a built entry is over its budget (or, where the
// target is not met yet, over its interim ceiling; the miss is printed either way).
// Needs the packages built (`pnpm build`). Sizes as in `pnpm bench`: bundled with Vite,
// peers external, minified, gzip -9; 1 kB = 1000 bytes.
import { budgets } from './budgets.mjs';
import { measureSizes } from './sizes.mjs';

const started = performance.now();
const { sizes, breakdown } = await measureSizes();
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(2)} kB`;

let over = 0;
let missed = 0;
console.log('size budgets (min+gzip)');
for (const [id, budget] of Object.entries(budgets)) {
  const size = sizes[id];
  if (!size) throw new Error(`no measurement for ${id}`);
  const { target, ceiling } = /** @type {{ target: number, ceiling?: number, why?: string }} */ (
    budget
  );
  const meetsTarget = size.gzip <= target;
  const withinCeiling = ceiling !== undefined && size.gzip <= ceiling;
  const status = meetsTarget ? 'ok  ' : withinCeiling ? 'MISS' : 'OVER';
  if (!meetsTarget && !withinCeiling) over += 1;
  if (!meetsTarget && withinCeiling) missed += 1;
  console.log(
    `  ${status}  ${size.label.padEnd(32)} ${kB(size.gzip).padStart(9)} / ${kB(target)}` +
      (meetsTarget ? '' : `  (+${kB(size.gzip - target)})`) +
      (!meetsTarget && ceiling !== undefined
        ? `  interim ceiling ${kB(ceiling)}${withinCeiling ? ' holds' : ' EXCEEDED'}`
        : ''),
  );
  const modules = breakdown[/** @type {keyof typeof breakdown} */ (id)];
  if (!meetsTarget && Array.isArray(modules)) {
    const top = [...modules].sort((a, b) => b.bytes - a.bytes).slice(0, 6);
    console.log(
      `        largest modules (bytes after tree-shaking, before minifying): ${top
        .map((module) => `${module.id.split('/').pop()} ${module.bytes} B`)
        .join(', ')}`,
    );
  }
}
if (missed > 0) {
  console.log(`${missed} entry(ies) over the issue's target but within the interim ceiling.`);
}
console.log(`checked in ${((performance.now() - started) / 1000).toFixed(1)} s`);
if (over > 0) {
  console.error(`${over} size budget(s) exceeded.`);
  process.exit(1);
}
