// Vite: the host's usual production build (index.html in, Oxc minifier, Rolldown).
import react from '@vitejs/plugin-react';
import { build } from 'vite';
import { outDir, pageEnv } from './host-env.mjs';

Object.assign(process.env, pageEnv);
await build({
  configFile: false,
  base: './',
  logLevel: 'warn',
  plugins: [react()],
  build: { outDir, emptyOutDir: true },
});
