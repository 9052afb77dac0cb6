// Rspack: mode production (its SWC minifier, NODE_ENV), builtin:swc-loader for TS/JSX,
// CSS through Rspack's built-in CSS extraction.
import { resolve } from 'node:path';
import { rspack } from '@rspack/core';
import { entry, importMetaEnv, outDir } from './host-env.mjs';

const compiler = rspack({
  mode: 'production',
  entry,
  output: { path: resolve(outDir), clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    extensionAlias: { '.js': ['.tsx', '.ts', '.js'] },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'builtin:swc-loader',
        options: {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
        },
      },
      { test: /\.css$/, use: [rspack.CssExtractRspackPlugin.loader, 'css-loader'] },
    ],
  },
  plugins: [
    new rspack.CssExtractRspackPlugin(),
    new rspack.DefinePlugin({ 'import.meta.env': importMetaEnv }),
  ],
});
compiler.run((error, stats) => {
  if (error || stats?.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exitCode = 1;
  }
  compiler.close(() => {});
});
