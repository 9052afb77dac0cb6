// `pnpm size:bundlers`: builds the example page with Vite, webpack, Rspack, Rollup and
// esbuild from the packed tarballs (see measure.mjs), prints the table and exits 1 when
// any bundler's min+gzip is more than 10% above the smallest. Needs `pnpm build`.
// `--keep` leaves the scratch host app in place.
import { assertBuilt } from '../sizes.mjs';
import { measureBundlers } from './measure.mjs';
import { judge, maxPercentAboveSmallest, tableLines } from './report.mjs';

await assertBuilt();
const { results, installSeconds, totalSeconds } = await measureBundlers({
  keep: process.argv.includes('--keep'),
  log: (line) => console.log(line),
});
const judged = judge(results);
console.log(`\nexample account page, real-API mode, from the packed tarballs:`);
for (const line of tableLines(judged)) console.log(`  ${line}`);
const over = judged.rows.filter((r) => r.over);
console.log(
  `\n${over.length === 0 ? 'ok' : 'FAILED'}: ${over.length === 0 ? 'every bundler within' : `${over.map((r) => r.name).join(', ')} more than`} ${maxPercentAboveSmallest} % of the smallest min+gzip (install ${installSeconds} s, total ${totalSeconds} s)`,
);
if (over.length > 0) process.exit(1);
