// Size budgets (issue 5), in min+gzip bytes (1 kB = 1000 B), checked by check-budgets.mjs.
// The components entry is measured with @profile-kit/hooks external: each package has its
// own budget. Peers (react, react-dom, @tanstack/react-query, react-hook-form, zod,
// @hookform/resolvers) are external for both entries.
export const budgets = {
  hooks: 3000,
  components: 8000,
  styles: 3000,
};
