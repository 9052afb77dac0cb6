import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { setupWorker } from 'msw/browser';

/** Demo sign-ins the page offers in mock mode: a session id and the token behind it. */
export const demoAccounts = [
  { session: 'anna', label: 'Anna (B2C)', token: mockTokens.customer },
  { session: 'john', label: 'John (B2B)', token: mockTokens.b2bCustomer },
  { session: 'visitor', label: 'Anonymous visitor', token: mockTokens.anonymous },
] as const;

/**
 * Where the mock answers, and so where the client sends its requests in mock mode. Not the
 * real API's URL: should the worker ever miss a request (not yet in control of the page,
 * or unregistered), it fails here as a network error instead of taking the demo tokens to
 * api.emporix.io. `.invalid` never resolves (RFC 6761); any https origin passes the
 * client's baseUrl rule.
 */
export const mockApiUrl = 'https://mock-api.invalid';

/** Starts the MSW worker with the mock API, so the page runs offline with no tenant. */
export async function startEmbeddedMock() {
  const mock = createProfileApiMock({ baseUrl: mockApiUrl });
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { mock, tenant: mock.tenant, baseUrl: mock.baseUrl };
}
