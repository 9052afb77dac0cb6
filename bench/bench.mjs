// `pnpm bench`: sizes, requests, re-renders and client CPU of the kit. Prints a table and
// writes bench/results.json. Figures only — nothing here fails on a number; the size
// budgets are checked by bench/check-budgets.mjs (`pnpm size`).
// Expects the packages built (`pnpm bench` runs `pnpm build` first).
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { budgets } from './budgets.mjs';
import { measureBundlers } from './bundlers/measure.mjs';
import { judge, maxPercentAboveSmallest, tableLines } from './bundlers/report.mjs';
import { measureCpu } from './cpu.mjs';
import { measureSizes, repoRoot } from './sizes.mjs';
import { zodExperiment } from './zod-experiment.mjs';

const started = performance.now();
const kB = (/** @type {number} */ bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const round = (/** @type {number} */ value, digits = 2) => Number(value.toFixed(digits));

// Sizes
const { sizes, breakdown } = await measureSizes({ withExample: true });

// Requests and renders: their own process, with React's development build (the Profiler
// reports only there) and a jsdom global scope the Vite builds above must not see.
const scratch = await mkdtemp(join(tmpdir(), 'profile-kit-bench-'));
const reactOut = join(scratch, 'react.json');
execFileSync(process.execPath, [join(repoRoot, 'bench/react/run-react-bench.mjs'), reactOut], {
  env: { ...process.env, NODE_ENV: 'development' },
  stdio: ['ignore', 'inherit', 'inherit'],
});
/** @type {{ requests: Record<'kit' | 'baseline', any>, typing: { field: string, text: string, kit: any, baseline: any } }} */
const react = JSON.parse(await readFile(reactOut, 'utf8'));
await rm(scratch, { recursive: true, force: true });

/** @param {{ perCharacter: { formCommits: number, pageCommits: number, renders: number, outsideField: string[], components: string[] }[] }} typing */
function typingSummary(typing) {
  const chars = typing.perCharacter;
  const sum = (/** @type {(c: (typeof chars)[number]) => number} */ pick) =>
    chars.reduce((total, c) => total + pick(c), 0);
  return {
    characters: chars.length,
    commitsPerChar: round(sum((c) => c.pageCommits) / chars.length),
    formCommitsPerChar: round(sum((c) => c.formCommits) / chars.length),
    rendersPerChar: round(sum((c) => c.renders) / chars.length),
    rendersOutsideFieldPerChar: round(sum((c) => c.outsideField.length) / chars.length),
    firstCharacter: chars[0]?.components ?? [],
    laterCharactersMaxRenders: Math.max(0, ...chars.slice(1).map((c) => c.renders)),
    outsideField: [...new Set(chars.flatMap((c) => c.outsideField))],
  };
}
const kitTyping = typingSummary(react.typing.kit);
const baselineTyping = typingSummary(react.typing.baseline);

// CPU and the zod experiment
const cpu = measureCpu();
const zod = await zodExperiment();

// The example page built by five bundlers from the packed tarballs (bench/bundlers/).
const bundlerRun = await measureBundlers();
const bundlerTable = judge(bundlerRun.results);

const results = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  sizes,
  budgets,
  breakdown,
  requests: react.requests,
  renders: {
    field: react.typing.field,
    typed: react.typing.text,
    kit: kitTyping,
    baseline: baselineTyping,
    ratioRendersPerChar:
      kitTyping.rendersPerChar > 0
        ? round(baselineTyping.rendersPerChar / kitTyping.rendersPerChar, 1)
        : null,
    perCharacter: {
      kit: react.typing.kit.perCharacter,
      baseline: react.typing.baseline.perCharacter,
    },
  },
  cpu,
  zod,
  bundlers: {
    page: 'examples/account-page, real-API mode, JS only (every .js file the build writes)',
    from: 'packed tarballs installed with npm into a scratch host app',
    maxPercentAboveSmallest,
    installSeconds: bundlerRun.installSeconds,
    results: bundlerRun.results.map((r) => ({
      ...r,
      percentAboveSmallest: bundlerTable.rows.find((row) => row.name === r.name)
        ?.percentAboveSmallest,
    })),
  },
};
await writeFile(
  join(repoRoot, 'bench/results.json'),
  `${JSON.stringify(results, (key, value) => (key === 'perCharacter' ? undefined : value), 2)}\n`,
);

// The table
/** @type {[string, string, string, string][]} */
const rows = [];
const section = (/** @type {string} */ title) => rows.push([`— ${title}`, '', '', '']);
const row = (
  /** @type {string} */ what,
  /** @type {string} */ value,
  /** @type {string} */ target = '',
  /** @type {string} */ note = '',
) => rows.push([what, value, target, note]);

section('size: minified / min+gzip (built packages; peers external for the entries)');
for (const [id, size] of Object.entries(sizes)) {
  const budget = /** @type {{ target: number, ceiling?: number } | undefined} */ (
    budgets[/** @type {keyof typeof budgets} */ (id)]
  );
  const verdict = !budget
    ? ''
    : size.gzip <= budget.target
      ? 'ok'
      : budget.ceiling !== undefined && size.gzip <= budget.ceiling
        ? `MISS (interim ceiling ${kB(budget.ceiling)})`
        : 'OVER';
  row(
    size.label,
    `${kB(size.min)} / ${kB(size.gzip)}`,
    budget ? `≤ ${kB(budget.target)} gz ${verdict}` : '',
    size.note ?? '',
  );
}

section('requests on the example page (mock API)');
const kitRequests = react.requests.kit;
const baseRequests = react.requests.baseline;
row('GETs, card + form mounted', String(kitRequests.getsOnMount), '1');
row(
  'one save',
  `${kitRequests.save.patches} PATCH + ${kitRequests.save.gets} GET`,
  '1 PATCH + ≤ 1 GET',
);
row('invalid submit', `${kitRequests.invalidSubmit.total} requests`, '0');
row(
  'PATCH body, one-field edit',
  `${kitRequests.patchBodyBytes} B`,
  '',
  `the whole form: ${baseRequests.patchBodyBytes} B (baseline)`,
);

section(
  `re-renders per typed character (${kitTyping.characters} typed into ${react.typing.field})`,
);
row(
  'React commits per character',
  String(kitTyping.commitsPerChar),
  '',
  `baseline ${baselineTyping.commitsPerChar}`,
);
row(
  'component renders per character',
  String(kitTyping.rendersPerChar),
  '',
  `baseline ${baselineTyping.rendersPerChar}`,
);
row(
  'renders outside the typed field',
  String(kitTyping.rendersOutsideFieldPerChar),
  '0',
  `baseline ${baselineTyping.rendersOutsideFieldPerChar}`,
);
row(
  'first character renders',
  `${kitTyping.firstCharacter.length} components`,
  'field subtree',
  `${kitTyping.firstCharacter.join(', ')} (the field turns dirty)`,
);
row(
  'each later character renders',
  `${kitTyping.laterCharactersMaxRenders} components at most`,
  '',
  `baseline ${baselineTyping.laterCharactersMaxRenders}`,
);
row(
  'baseline / kit, renders per char',
  results.renders.ratioRendersPerChar === null ? '∞' : `${results.renders.ratioRendersPerChar}×`,
  '',
  'controlled inputs, useState per field',
);

section('client CPU per call (median of 7 rounds)');
row('validate a patch', `${round(cpu.validatePatch.microseconds)} µs`, '', '5 fields, valid');
row(
  'validate an invalid patch',
  `${round(cpu.validateInvalidPatch.microseconds)} µs`,
  '',
  '2 errors',
);
row(
  'parse a profile',
  `${round(cpu.parseProfile.microseconds)} µs`,
  '',
  `${cpu.profileBytes} B B2B fixture`,
);

section('zod/mini vs zod: host bundle of both packages with zod bundled');
row('with zod/mini, as shipped', `${kB(zod.mini.min)} / ${kB(zod.mini.gzip)}`);
row(
  'with zod (classic), same schemas',
  `${kB(zod.classic.min)} / ${kB(zod.classic.gzip)}`,
  '',
  `mini saves ${kB(zod.classic.gzip - zod.mini.gzip)} gz; ${zod.agreement.cases} cases agree: ${zod.agreement.disagreements.length === 0 ? 'yes' : 'NO'} (zod's own text differs in ${zod.agreement.otherMessages})`,
);
row(
  '@hookform/resolvers zodResolver',
  `${kB(zod.zodResolver.min)} / ${kB(zod.zodResolver.gzip)}`,
  '',
  'not used: the kit has its own resolver',
);

section(
  `bundlers: the example page (real-API mode, JS), packed tarballs, npm (≤ ${maxPercentAboveSmallest} % above the smallest gz)`,
);
const bundlerLines = tableLines(bundlerTable);

const widths = [0, 1, 2].map((column) =>
  Math.max(...rows.filter((r) => !r[0].startsWith('—')).map((r) => r[column].length)),
);
for (const [what, value, target, note] of rows) {
  if (what.startsWith('—')) {
    console.log(`\n${what}`);
    if (what.startsWith('— bundlers')) for (const line of bundlerLines) console.log(`  ${line}`);
    continue;
  }
  console.log(
    `  ${what.padEnd(widths[0] ?? 0)}  ${value.padEnd(widths[1] ?? 0)}  ${target.padEnd(widths[2] ?? 0)}  ${note}`.trimEnd(),
  );
}
console.log(`\nwrote bench/results.json in ${((performance.now() - started) / 1000).toFixed(1)} s`);
