import { vi } from 'vitest';

export interface SeenRequest {
  url: string;
  method: string;
  headers: Headers;
  body: string | undefined;
}

/**
 * A `fetch` that records exactly what the client put on the wire and answers with
 * `respond`. For request-shape and error-mapping tests; behaviour against the API's
 * rules is tested on @profile-kit/mock-api.
 */
export function fakeFetch(respond: (request: SeenRequest) => Response | Promise<Response>) {
  const requests: SeenRequest[] = [];
  const fetch = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const request: SeenRequest = {
      url: String(input),
      method: init.method ?? 'GET',
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? init.body : undefined,
    };
    requests.push(request);
    return respond(request);
  });
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const json = (body: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(body), {
    ...init,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });

export const customerProfile = {
  id: '13869000',
  customerNumber: '13869000',
  firstName: 'John',
  lastName: 'Doe',
  contactEmail: 'john@example.com',
  preferredLanguage: 'en_US',
  preferredCurrency: 'USD',
  preferredSite: 'main',
  accounts: [{ id: 'john@example.com' }],
  metadata: { version: 2, mixins: {} },
  mixins: {},
};

export const anonymousProfile = {
  id: '00000000',
  customerNumber: '00000000',
  firstName: 'Anonymous',
  lastName: 'Anonymous',
  preferredSite: 'default',
  accounts: [],
};
