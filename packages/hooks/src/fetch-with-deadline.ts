import type { ApiAnswer } from './error-from-response.js';
import { ProfileKitError } from './profile-kit-error.js';
import { redactedCause } from './redact-secret.js';

interface Deadline {
  fetch: typeof fetch;
  timeoutMs: number;
  signal?: AbortSignal | undefined;
  /** The token in this request, kept out of the error if `fetch` fails. */
  secret: string;
}

function readBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/**
 * Sends one request and reads its whole body within `timeoutMs`. A caller's abort is an
 * `aborted` error, the deadline a `timeout`, anything else from `fetch` a `network`
 * error. Races the abort itself, so a custom `fetch` that ignores signals cannot hang.
 */
export async function fetchWithDeadline(
  url: string,
  init: RequestInit,
  { fetch: fetchImpl, timeoutMs, signal, secret }: Deadline,
): Promise<ApiAnswer> {
  if (signal?.aborted) throw new ProfileKitError('aborted');
  const controller = new AbortController();
  let stop: (error: ProfileKitError) => void = () => {};
  const stopped = new Promise<never>((_, reject) => {
    stop = (error) => {
      reject(error);
      controller.abort();
    };
  });
  const timer = setTimeout(() => stop(new ProfileKitError('timeout')), timeoutMs);
  const onAbort = () => stop(new ProfileKitError('aborted'));
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const exchange = (async () => {
      const response = await fetchImpl(url, { ...init, signal: controller.signal });
      const text = await response.text();
      return { status: response.status, headers: response.headers, body: readBody(text) };
    })();
    return await Promise.race([exchange, stopped]);
  } catch (error) {
    if (error instanceof ProfileKitError) throw error;
    throw new ProfileKitError('network', undefined, { cause: redactedCause(error, secret) });
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
