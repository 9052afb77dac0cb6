/**
 * Where the browser's profile client sends its requests: this app's proxy route
 * (`src/app/api/emporix/customer/[tenant]/me/route.ts`), on the page's own origin.
 */
export const proxyBasePath = '/api/emporix';
