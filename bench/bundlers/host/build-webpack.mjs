// webpack 5: mode production (Terser, NODE_ENV), esbuild-loader for TS/JSX (transform
// only; webpack's own minifier runs), CSS through css-loader + mini-css-extract-plugin.

import { resolve } from 'node:path';
import MiniCssExtractPlugin from 'mini-css-extract-plugin';
import webpack from 'webpack';
import { entry, importMetaEnv, outDir } from './host-env.mjs';

const compiler = webpack({
  mode: 'production',
  entry,
  output: { path: resolve(outDir), clean: true },
  resolve: {
    extensions: ['.tsx', '.ts', '.js'],
    // The example imports its TS files as './x.js', as NodeNext TypeScript wants.
    extensionAlias: { '.js': ['.tsx', '.ts', '.js'] },
  },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        loader: 'esbuild-loader',
        options: { loader: 'tsx', jsx: 'automatic', target: 'es2022' },
      },
      { test: /\.css$/, use: [MiniCssExtractPlugin.loader, 'css-loader'] },
    ],
  },
  plugins: [
    new MiniCssExtractPlugin(),
    new webpack.DefinePlugin({ 'import.meta.env': importMetaEnv }),
  ],
});
compiler.run((error, stats) => {
  if (error || stats?.hasErrors()) {
    console.error(error ?? stats?.toString('errors-only'));
    process.exitCode = 1;
  }
  compiler.close(() => {});
});
