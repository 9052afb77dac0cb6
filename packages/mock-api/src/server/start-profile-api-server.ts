import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { matchRequestUrl } from 'msw';
import { createProfileApiMock } from '../http/create-profile-api-mock.js';
import { defaultFaultResponse } from '../http/default-fault-response.js';
import type { ProfileApiMock } from '../http/profile-api-mock.js';
import { profilePath } from '../http/profile-path.js';
import { mockUrlFor } from './mock-url-for.js';

export interface ProfileApiServerOptions {
  /**
   * The mock to serve; by default a fresh `createProfileApiMock({ baseUrl: <server origin> })`
   * (on an IPv6 host, `baseUrl: '/'`).
   * Any mock works, whatever its `baseUrl`: a request for `<server url>/customer/demo/me?…`
   * is answered as one for `${mock.baseUrl}/customer/demo/me?…` (a relative base such as
   * `/api` on the server's origin), and `mock.requests` records that URL's path. Clients
   * always use the server's `url` as their base URL.
   */
  mock?: ProfileApiMock;
  /** Default 0: any free port. */
  port?: number;
  /** Default `127.0.0.1`: the server is for tests on this machine, never a network. IPv6 works (`::1`). */
  host?: string;
}

export interface ProfileApiServer {
  /** The origin to use as the client's `baseUrl`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly mock: ProfileApiMock;
  close(): Promise<void>;
}

// Browsers call the API cross-origin from a storefront; answer preflights as a gateway would.
const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, HEAD, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

async function send(res: ServerResponse, response: Response): Promise<void> {
  const headers: Record<string, string> = { ...corsHeaders };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Cross-origin code reads only safelisted headers unless told; expose every header of
  // the answer, so `Retry-After`, `Allow` and `failNext` headers can be read too.
  const names = [...response.headers.keys()];
  if (names.length > 0) {
    headers['Access-Control-Expose-Headers'] = names.join(', ');
  }
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
}

async function answer(
  mock: ProfileApiMock,
  origin: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (req.method === 'OPTIONS') {
    res.writeHead(204, corsHeaders).end();
    return;
  }
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const body = await readBody(req);
  const url = mockUrlFor(mock.baseUrl, req.url ?? '/', origin);
  let response: Response;
  try {
    response = await mock.fetch(url, {
      method: req.method ?? 'GET',
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
  } catch {
    if (matchRequestUrl(url, profilePath(mock.baseUrl)).matches) {
      // A network-error fault: drop the connection like a broken network.
      res.destroy();
      return;
    }
    // Not the profile path (mock.fetch has logged it): a 404 ErrorMessage, not a dropped
    // connection that would look like a network error to the client.
    response = defaultFaultResponse(404);
  }
  await send(res, response);
}

/**
 * Serves the mock API over real HTTP on this machine, for end-to-end tests of a built app
 * in a real browser, or for any client that cannot take a custom `fetch`.
 *
 * @example
 * const server = await startProfileApiServer();
 * // VITE_EMPORIX_API_URL=server.url, tenant 'demo', token mockTokens.customer
 * await server.close();
 */
export async function startProfileApiServer({
  mock: given,
  port = 0,
  host = '127.0.0.1',
}: ProfileApiServerOptions = {}): Promise<ProfileApiServer> {
  let mock = given;
  let origin = '';
  const server = createServer((req, res) => {
    if (!mock) return void res.writeHead(503).end();
    answer(mock, origin, req, res).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(port, host, resolve));
  const address = server.address() as AddressInfo;
  // An IPv6 address needs brackets in a URL (http://[::1]:4000).
  origin = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
  // MSW reads `:` in a URL pattern as a parameter, so an IPv6 origin cannot be one: there
  // the default mock answers on a relative base, which the server maps its requests onto.
  mock ??= createProfileApiMock({ baseUrl: host.includes(':') ? '/' : origin });
  const served = mock;
  return {
    url: origin,
    mock: served,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
