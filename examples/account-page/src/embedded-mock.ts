import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { setupWorker } from 'msw/browser';

/** Demo sign-ins the page offers in mock mode: a session id and the token behind it. */
export const demoAccounts = [
  { session: 'anna', label: 'Anna (B2C)', token: mockTokens.customer },
  { session: 'john', label: 'John (B2B)', token: mockTokens.b2bCustomer },
  { session: 'visitor', label: 'Anonymous visitor', token: mockTokens.anonymous },
] as const;

/**
 * Starts the MSW worker with the mock API, so the page runs offline with no tenant. The
 * mock answers at the real API's URL, so the client is configured as in production.
 */
export async function startEmbeddedMock() {
  const mock = createProfileApiMock();
  const worker = setupWorker(...mock.handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return { mock, tenant: mock.tenant, baseUrl: mock.baseUrl };
}
