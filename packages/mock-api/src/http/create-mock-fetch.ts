import { getResponse, type HttpHandler } from 'msw';
import type { RecordedRequest } from './recorded-request.js';
import { toRecordedRequest } from './to-recorded-request.js';

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

// Relative URLs resolve against the page in browsers; Node has no page, so use localhost.
function baseForRelativeUrls(): string {
  const location = (globalThis as { location?: { href?: string } }).location;
  return location?.href ?? 'http://localhost/';
}

function toRequest(input: RequestInfo | URL, init?: RequestInit): Request {
  if (input instanceof Request) {
    return new Request(input, init);
  }
  return new Request(new URL(input, baseForRelativeUrls()), init);
}

async function raceAbort<T>(pending: Promise<T>, signal: AbortSignal): Promise<T> {
  let onAbort = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    return await Promise.race([pending, aborted]);
  } finally {
    // Long-lived signals would otherwise keep one listener per request forever.
    signal.removeEventListener('abort', onAbort);
  }
}

/**
 * A `fetch` that answers from msw `handlers` with no worker or server, rejecting the way
 * the platform's fetch does: with the signal's reason (an `AbortError` by default) when
 * aborted before or while waiting, and with `TypeError('Failed to fetch')` on a network
 * error or when no handler answers (such requests are still added to `log`).
 *
 * @example
 * ```ts
 * const fetch = createMockFetch(handlers, log);
 * const response = await fetch('https://api.emporix.io/customer/demo/me');
 * ```
 */
export function createMockFetch(handlers: HttpHandler[], log: RecordedRequest[]): typeof fetch {
  return async (input, init) => {
    const request = toRequest(input, init);
    const signal = init?.signal ?? request.signal;
    if (signal.aborted) {
      throw abortReason(signal);
    }
    const pending = getResponse(handlers, request.clone());
    const response = await raceAbort(pending, signal);
    if (response === undefined) {
      log.push(toRecordedRequest(request, request.body === null ? '' : await request.text()));
      throw new TypeError('Failed to fetch');
    }
    if (response.type === 'error') {
      throw new TypeError('Failed to fetch');
    }
    return response;
  };
}
