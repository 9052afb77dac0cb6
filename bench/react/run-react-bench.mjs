// Requests and re-renders on the example page's profile part, in jsdom on the mock API.
// Run by bench/bench.mjs in its own process (React's development build, so the Profiler
// reports; render counts are the same as in production). Writes JSON to argv[2].
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { installDom, installRenderRecorder, isInsideField } from './dom-env.mjs';

const [outFile] = process.argv.slice(2);
if (!outFile) throw new Error('usage: run-react-bench.mjs <out.json>');

installDom();
const recorder = installRenderRecorder();
const { runnerImport } = await import('vite');
const harness = fileURLToPath(new URL('./account-page-bench.tsx', import.meta.url));
/** @type {{ module: typeof import('./account-page-bench.tsx') }} */
const { module } = await runnerImport(harness, {
  configFile: false,
  logLevel: 'error',
  // The built packages (dist), as a host gets them: no @profile-kit/source condition.
});

const typedField = 'firstName';
const typedText = ' Katharina';
const result = {
  requests: {
    kit: await module.measureRequests('kit'),
    baseline: await module.measureRequests('baseline'),
  },
  typing: {
    field: typedField,
    text: typedText,
    kit: await module.measureTyping('kit', recorder, isInsideField, typedField, typedText),
    baseline: await module.measureTyping(
      'baseline',
      recorder,
      isInsideField,
      typedField,
      typedText,
    ),
  },
};
await writeFile(outFile, JSON.stringify(result, null, 2));
process.exit(0);
