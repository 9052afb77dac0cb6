import { errorMessage } from './error-message.js';
import { jsonResponse } from './json-response.js';
import { mergePatch } from './merge-patch.js';
import type { MockCustomer } from './mock-customer.js';
import type { MockState } from './mock-state.js';
import { validatePatch } from './validate-patch.js';

// The media types the contract lists for the PATCH request body.
const patchMediaTypes = new Set(['application/json', 'application/merge-patch+json']);

function badRequest(message: string): Response {
  return jsonResponse(errorMessage(400, 'bad_request', message), 400);
}

function parseObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** An authenticated, tenant-checked `PATCH /me` from a customer (not anonymous) token. */
export interface PatchProfileRequest {
  token: string;
  stored: MockCustomer;
  contentType: string | null;
  bodyText: string;
}

/**
 * Answers a customer's `PATCH /me`: checks the media type, the body and the version,
 * then merge-patches the stored profile and answers 200 with no body.
 *
 * @example
 * ```ts
 * handlePatchProfile(state, { token, stored, contentType, bodyText });
 * ```
 */
export function handlePatchProfile(state: MockState, request: PatchProfileRequest): Response {
  const mediaType = request.contentType?.split(';')[0]?.trim().toLowerCase() ?? '';
  if (!patchMediaTypes.has(mediaType)) {
    return badRequest(
      'Unsupported content type; use application/json or application/merge-patch+json.',
    );
  }
  const body = parseObject(request.bodyText);
  if (body === undefined) {
    return badRequest('The request body must be a JSON object.');
  }
  const details = validatePatch(body, request.stored);
  if (details.length > 0) {
    return jsonResponse(
      errorMessage(400, 'validation_failure', 'Validation failed.', details),
      400,
    );
  }
  const { metadata, ...changes } = body;
  const sentVersion = (metadata as { version?: number } | undefined)?.version;
  if (sentVersion !== undefined && sentVersion !== (request.stored.metadata?.version ?? 0)) {
    return jsonResponse(
      errorMessage(
        409,
        'conflict',
        'The profile was modified by another request (optimistic locking failed).',
      ),
      409,
    );
  }
  // `metadata` is left out of the merge: its only writable part, `version`, is the lock.
  state.write(request.token, (profile) => mergePatch(profile, changes));
  return new Response(null, { status: 200 });
}
