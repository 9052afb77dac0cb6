import { errorMessage } from '../contract/error-message.js';
import { unauthorizedFaults } from '../contract/unauthorized-faults.js';
import { jsonResponse } from './json-response.js';

// Statuses whose responses may not carry a body (the Response constructor throws).
const nullBodyStatuses = new Set([204, 205, 304]);

// `type`s as in the contract's examples where it has one (400, 403, 404, 409), else snake case.
const errorTypes: Record<number, [type: string, message: string]> = {
  400: ['bad_request', 'The request was syntactically incorrect.'],
  403: ['Forbidden', 'User not authorized.'],
  404: ['resource_not_found', 'The requested resource was not found.'],
  405: ['method_not_allowed', 'The method is not allowed on this resource.'],
  409: [
    'conflict_resource',
    'The profile was modified by another request (optimistic locking failed).',
  ],
  415: [
    'unsupported_media_type',
    'Unsupported content type; use application/json or application/merge-patch+json.',
  ],
  429: ['too_many_requests', 'Too many requests. Try again later.'],
};

function defaultBody(status: number): unknown {
  if (status === 401) {
    // The gateway's most common 401 is an expired token, the case clients must handle.
    return unauthorizedFaults.expired;
  }
  const known = errorTypes[status];
  if (known !== undefined) {
    return errorMessage(status, known[0], known[1]);
  }
  if (status >= 500) {
    return errorMessage(status, 'internal_error', 'An internal server error occurred.');
  }
  if (status >= 400) {
    return errorMessage(status, 'client_error', 'The request could not be processed.');
  }
  return undefined;
}

/**
 * The response of a `failNext` fault: the given body or the contract's body for the
 * status, with `Retry-After: 1` on 429 unless `headers` override it.
 *
 * @example
 * ```ts
 * defaultFaultResponse(503); // ErrorMessage { status: 503, type: 'internal_error', ... }
 * ```
 */
export function defaultFaultResponse(
  status: number,
  body?: unknown,
  headers: Record<string, string> = {},
): Response {
  const allHeaders = new Headers(headers);
  if (status === 429 && !allHeaders.has('Retry-After')) {
    allHeaders.set('Retry-After', '1');
  }
  if (nullBodyStatuses.has(status)) {
    return new Response(null, { status, headers: allHeaders });
  }
  if (typeof body === 'string') {
    if (!allHeaders.has('Content-Type')) {
      allHeaders.set('Content-Type', 'text/plain');
    }
    return new Response(body, { status, headers: allHeaders });
  }
  const sent = body === undefined ? defaultBody(status) : body;
  if (sent === undefined) {
    return new Response(null, { status, headers: allHeaders });
  }
  return jsonResponse(sent, status, allHeaders);
}
