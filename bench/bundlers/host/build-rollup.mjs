// Rollup: node-resolve (browser field) + commonjs (React is CommonJS) + replace
// (NODE_ENV, import.meta.env), rollup-plugin-esbuild for TS/JSX only, and
// @rollup/plugin-terser as the minifier — Rollup's own plugin, and what its docs use.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import commonjs from '@rollup/plugin-commonjs';
import nodeResolve from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { entry, importMetaEnv, outDir } from './host-env.mjs';

/** Rollup has no CSS support: each imported stylesheet becomes a CSS file beside the JS. */
const cssAsFiles = {
  name: 'css-as-files',
  async load(id) {
    if (!id.endsWith('.css')) return null;
    this.emitFile({ type: 'asset', name: basename(id), source: await readFile(id, 'utf8') });
    return '';
  },
};

const bundle = await rollup({
  input: entry,
  plugins: [
    replace({
      preventAssignment: true,
      values: { 'process.env.NODE_ENV': '"production"', 'import.meta.env': importMetaEnv },
    }),
    nodeResolve({ browser: true, extensions: ['.tsx', '.ts', '.mjs', '.js'] }),
    commonjs(),
    cssAsFiles,
    esbuild({ jsx: 'automatic', target: 'es2022', minify: false }),
    terser(),
  ],
});
await bundle.write({ dir: outDir, format: 'es' });
await bundle.close();
