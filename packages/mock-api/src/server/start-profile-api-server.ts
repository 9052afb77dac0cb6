import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProfileApiMock } from '../http/create-profile-api-mock.js';
import type { ProfileApiMock } from '../http/profile-api-mock.js';
import { answerNodeRequest } from './answer-node-request.js';
import { createCorsPolicy } from './cors-policy.js';
import type { ServedRequest } from './served-request.js';

export interface ProfileApiServerOptions {
  /**
   * The mock to serve; by default a fresh `createProfileApiMock({ baseUrl: <server origin> })`
   * (on an IPv6 host, `baseUrl: '/'`).
   * Any mock works, whatever its `baseUrl`: a request for `<server url>/customer/demo/me?…`
   * is answered as one for `${mock.baseUrl}/customer/demo/me?…` (a relative base such as
   * `/api` on the server's origin), and `mock.requests` records that URL's path. Clients
   * always use the server's `url` as their base URL.
   */
  mock?: ProfileApiMock | undefined;
  /** Default 0: any free port. */
  port?: number | undefined;
  /** Default `127.0.0.1`: the server is for tests on this machine, never a network. IPv6 works (`::1`). */
  host?: string | undefined;
  /**
   * Browser origins allowed to call the server: exact origins (`http://localhost:3000`) or
   * `scheme://host:*` for any port. A request from another origin is answered `403` without
   * CORS headers. Default: every origin (`Access-Control-Allow-Origin: *`).
   */
  origins?: readonly string[] | undefined;
  /** Called once per answered request with its method, path (no query), status and duration. */
  onRequest?: ((served: ServedRequest) => void) | undefined;
}

export interface ProfileApiServer {
  /** The origin to use as the client's `baseUrl`, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly mock: ProfileApiMock;
  close(): Promise<void>;
}

function pathOf(target: string | undefined): string {
  // Only the path: a query may carry an `access_token` (RFC 6750 §2.3).
  return new URL(target ?? '/', 'http://mock.invalid').pathname;
}

/**
 * Serves the mock API over real HTTP on this machine, for end-to-end tests of a built app
 * in a real browser, for a host app in development, or for any client that cannot take a
 * custom `fetch`.
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
  origins,
  onRequest,
}: ProfileApiServerOptions = {}): Promise<ProfileApiServer> {
  let mock = given;
  let origin = '';
  const cors = createCorsPolicy(origins);
  const server = createServer((req, res) => {
    if (!mock) return void res.writeHead(503).end();
    const started = performance.now();
    const report = (status: number | 'dropped') =>
      onRequest?.({
        method: (req.method ?? 'GET').toUpperCase(),
        path: pathOf(req.url),
        status,
        durationMs: Math.round(performance.now() - started),
      });
    answerNodeRequest({ mock, origin, cors }, req, res).then(report, () => {
      res.destroy();
      report('dropped');
    });
  });
  // A port in use or a host not on this machine rejects, instead of crashing the process.
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
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
