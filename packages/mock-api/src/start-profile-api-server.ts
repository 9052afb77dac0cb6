import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createProfileApiMock } from './create-profile-api-mock.js';
import type { ProfileApiMock } from './profile-api-mock.js';

export interface ProfileApiServerOptions {
  /** The mock to serve; by default a fresh `createProfileApiMock({ baseUrl: <server origin> })`. */
  mock?: ProfileApiMock;
  /** Default 0: any free port. */
  port?: number;
  /** Default `127.0.0.1`: the server is for tests on this machine, never a network. */
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
  'Access-Control-Allow-Methods': 'GET, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Accept',
  'Access-Control-Max-Age': '600',
};

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
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
  let response: Response;
  try {
    response = await mock.fetch(new URL(req.url ?? '/', origin), {
      method: req.method ?? 'GET',
      headers,
      ...(body ? { body: new Uint8Array(body) } : {}),
    });
  } catch {
    // A network-error fault (or an unknown path): drop the connection like a broken network.
    res.destroy();
    return;
  }
  const responseHeaders: Record<string, string> = { ...corsHeaders };
  response.headers.forEach((value, name) => {
    responseHeaders[name] = value;
  });
  res.writeHead(response.status, responseHeaders);
  res.end(Buffer.from(await response.arrayBuffer()));
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
  origin = `http://${host}:${address.port}`;
  mock ??= createProfileApiMock({ baseUrl: origin });
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
