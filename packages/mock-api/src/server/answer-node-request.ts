import type { IncomingMessage, ServerResponse } from 'node:http';
import { matchRequestUrl } from 'msw';
import { errorMessage } from '../contract/error-message.js';
import { defaultFaultResponse } from '../http/default-fault-response.js';
import { jsonResponse } from '../http/json-response.js';
import type { ProfileApiMock } from '../http/profile-api-mock.js';
import { addressPaths, profilePath } from '../http/profile-path.js';
import type { CorsPolicy } from './cors-policy.js';
import { mockUrlFor } from './mock-url-for.js';

/** What answering one request needs besides the request itself. */
export interface NodeExchangeContext {
  mock: ProfileApiMock;
  /** The server's own origin, e.g. `http://127.0.0.1:4010`. */
  origin: string;
  cors: CorsPolicy;
}

async function readBody(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined;
}

async function send(
  res: ServerResponse,
  response: Response,
  cors: Record<string, string>,
): Promise<number> {
  const headers: Record<string, string> = { ...cors };
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  // Cross-origin code reads only safelisted headers unless told; expose every header of
  // the answer, so `Retry-After`, `Allow` and `failNext` headers can be read too.
  const names = [...response.headers.keys()];
  if (names.length > 0 && cors['Access-Control-Allow-Origin'] !== undefined) {
    headers['Access-Control-Expose-Headers'] = names.join(', ');
  }
  res.writeHead(response.status, headers);
  res.end(Buffer.from(await response.arrayBuffer()));
  return response.status;
}

function originNotAllowed(): Response {
  return jsonResponse(
    errorMessage(403, 'origin_not_allowed', 'This origin may not call the mock API server.'),
    403,
  );
}

/**
 * Answers one request of the Node server from the mock: CORS first (preflights `204`, a
 * refused origin `403` without CORS headers), then `mock.fetch`. Resolves with the status
 * sent, or `'dropped'` when a network-error fault dropped the connection.
 *
 * @example
 * ```ts
 * createServer((req, res) => void answerNodeRequest({ mock, origin, cors }, req, res));
 * ```
 */
export async function answerNodeRequest(
  { mock, origin, cors }: NodeExchangeContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<number | 'dropped'> {
  const decision = cors(req.headers.origin);
  if (decision === 'refused') {
    // Drain the body so the connection stays usable, then refuse before the mock sees it.
    await readBody(req);
    return send(res, originNotAllowed(), {});
  }
  if (req.method === 'OPTIONS') {
    res.writeHead(204, decision).end();
    return 204;
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
    const paths = [profilePath(mock.baseUrl), ...Object.values(addressPaths(mock.baseUrl))];
    if (paths.some((path) => matchRequestUrl(url, path).matches)) {
      // A network-error fault: drop the connection like a broken network.
      res.destroy();
      return 'dropped';
    }
    // Not an API path (mock.fetch has logged it): a 404 ErrorMessage, not a dropped
    // connection that would look like a network error to the client.
    response = defaultFaultResponse(404);
  }
  return send(res, response, decision);
}
