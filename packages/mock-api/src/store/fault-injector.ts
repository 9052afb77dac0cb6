import type {
  FailNextOptions,
  NetworkErrorOptions,
  ProfileApiFaults,
} from './profile-api-faults.js';

/** A queued answer in place of the API's: a dropped connection or a status to send. */
export type FaultAnswer =
  | { kind: 'network-error' }
  | { kind: 'fail'; status: number; body: unknown; headers: Record<string, string> | undefined };

interface QueuedFault {
  remaining: number;
  method: string | undefined;
  answer: FaultAnswer;
}

/**
 * The fault decided for one request. The store only says what to answer; the http layer
 * turns it into a response.
 */
export type FaultDecision =
  | { kind: 'answer'; answer: FaultAnswer }
  | { kind: 'delay'; latency: number | 'infinite' }
  | { kind: 'none' };

/** The fault state of one mock: the public `faults` API plus what the handlers consult. */
export interface FaultInjector {
  readonly api: ProfileApiFaults;
  /** Consumes the first matching queued fault, if any (network errors before statuses). */
  decide(method: string): FaultDecision;
}

function checkCount(count: number): number {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError('Fault count must be a positive integer.');
  }
  return count;
}

function take(queue: QueuedFault[], method: string): QueuedFault | undefined {
  const fault = queue.find((item) => item.method === undefined || item.method === method);
  if (fault !== undefined) {
    fault.remaining -= 1;
    if (fault.remaining === 0) {
      queue.splice(queue.indexOf(fault), 1);
    }
  }
  return fault;
}

/**
 * Creates the fault state of one mock.
 *
 * @example
 * ```ts
 * const faults = createFaultInjector();
 * faults.api.failNext(503);
 * faults.decide('GET'); // { kind: 'answer', answer: { kind: 'fail', status: 503, … } }
 * ```
 */
export function createFaultInjector(): FaultInjector {
  const networkErrors: QueuedFault[] = [];
  const failures: QueuedFault[] = [];
  let latency: number | 'infinite' = 0;

  const api: ProfileApiFaults = {
    latency(ms) {
      if (ms !== 'infinite' && (!Number.isFinite(ms) || ms < 0)) {
        throw new RangeError(
          'Latency must be a non-negative number of milliseconds or "infinite".',
        );
      }
      latency = ms;
    },
    failNext(status, options: FailNextOptions = {}) {
      if (!Number.isInteger(status) || status < 200 || status > 599) {
        throw new RangeError('failNext status must be an integer from 200 to 599.');
      }
      const { body, headers } = options;
      failures.push({
        remaining: checkCount(options.count ?? 1),
        method: options.method,
        answer: { kind: 'fail', status, body, headers },
      });
    },
    networkErrorNext(options: NetworkErrorOptions = {}) {
      networkErrors.push({
        remaining: checkCount(options.count ?? 1),
        method: options.method,
        answer: { kind: 'network-error' },
      });
    },
    clear() {
      networkErrors.length = 0;
      failures.length = 0;
      latency = 0;
    },
  };

  return {
    api,
    decide(method) {
      const fault = take(networkErrors, method) ?? take(failures, method);
      if (fault !== undefined) {
        return { kind: 'answer', answer: fault.answer };
      }
      return latency === 0 ? { kind: 'none' } : { kind: 'delay', latency };
    },
  };
}
