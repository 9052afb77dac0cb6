// esbuild: bundle + minify + NODE_ENV defined, ES modules with code splitting (the page's
// one dynamic import gets its own chunk, as with the other bundlers).
import { build } from 'esbuild';
import { entry, importMetaEnv, outDir } from './host-env.mjs';

await build({
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  outdir: outDir,
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"', 'import.meta.env': importMetaEnv },
  logLevel: 'warning',
});
