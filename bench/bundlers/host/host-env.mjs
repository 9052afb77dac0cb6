// What every build of the example page shares: the page's entry, production mode, and the
// real-API mode variables the example reads from `import.meta.env` (see
// examples/account-page/src/api-mode.ts). Vite reads them from process.env itself; the
// other bundlers get the same object through their `define`/replace option.
export const entry = './src/main.tsx';

export const pageEnv = {
  VITE_EMPORIX_API_URL: 'https://api.emporix.io',
  VITE_EMPORIX_TENANT: 'mystore',
  VITE_EMPORIX_TOKEN: 'bench-token',
};

/** `import.meta.env` as Vite defines it for a production build. */
export const importMetaEnv = JSON.stringify({
  ...pageEnv,
  BASE_URL: './',
  MODE: 'production',
  DEV: false,
  PROD: true,
  SSR: false,
});

/** The output folder, given by the runner as the first argument. */
export const outDir = process.argv[2] ?? 'dist';
