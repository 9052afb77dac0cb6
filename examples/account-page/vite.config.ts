import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Use the workspace packages from source: the example runs without building the kit.
  resolve: { conditions: ['@profile-kit/source', ...defaultClientConditions] },
  // Relative asset URLs: the built site works from any folder of any static file server.
  base: './',
});
