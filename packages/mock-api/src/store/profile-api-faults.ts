/** Options of `faults.failNext`. */
export interface FailNextOptions {
  /** How many matching requests fail. Defaults to 1. */
  count?: number;
  /**
   * Response body. Strings are sent as they are (`text/plain` unless `headers` say
   * otherwise); anything else as JSON. Defaults to the contract's body for that status.
   */
  body?: unknown;
  /** Extra or overriding response headers. */
  headers?: Record<string, string>;
  /** Only requests with this method count (a HEAD is not a GET here); others pass through. */
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
}

/** Options of `faults.networkErrorNext`. */
export interface NetworkErrorOptions {
  /** How many matching requests fail. Defaults to 1. */
  count?: number;
  /** Only requests with this method count (a HEAD is not a GET here); others pass through. */
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE';
}

/**
 * Fault injection. Faults are checked in this order: network error, `failNext`, latency;
 * only for requests with a method the API serves on that path (GET, HEAD, POST, PATCH,
 * DELETE), so a 405 uses none up. They apply to the profile and the address paths alike.
 */
export interface ProfileApiFaults {
  /** Delays every normally handled response by `ms` (msw `delay`); `0` clears it. */
  latency(ms: number | 'infinite'): void;
  /** The next `count` matching requests answer `status`. Calls queue up in order. */
  failNext(status: number, options?: FailNextOptions): void;
  /** The next `count` matching requests fail like a dropped connection. */
  networkErrorNext(options?: NetworkErrorOptions): void;
  /** Removes every pending fault and the latency. */
  clear(): void;
}
