import { normalizeDataFields } from '../contract/check-data-field.js';
import { errorMessage } from '../contract/error-message.js';
import { validatePatch } from '../contract/validate-patch.js';
import type { MockCustomer, MockMetadata } from '../fixtures/mock-customer.js';
import { mergePatch } from '../store/merge-patch.js';
import type { MockState } from '../store/mock-state.js';
import { jsonResponse } from './json-response.js';
import { readJsonObject } from './read-json-object.js';

// The contract's two PATCH media types, advertised on a 415 as RFC 5789 §2.2 asks.
const acceptPatch = 'application/json, application/merge-patch+json';

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
  const body = readJsonObject(request.contentType, request.bodyText, acceptPatch);
  if (body instanceof Response) {
    return body;
  }
  const details = validatePatch(body, request.stored);
  if (details.length > 0) {
    return jsonResponse(
      errorMessage(400, 'validation_failure', 'Validation failed.', details),
      400,
    );
  }
  const { metadata, ...changes } = normalizeDataFields(body);
  const { version: sentVersion, mixins: mixinLinks } = (metadata ?? {}) as MockMetadata;
  if (sentVersion !== undefined && sentVersion !== (request.stored.metadata?.version ?? 0)) {
    return jsonResponse(
      errorMessage(
        409,
        'conflict_resource',
        'The profile was modified by another request (optimistic locking failed).',
      ),
      409,
    );
  }
  // `metadata.version` is the lock and never written from the body (the store bumps it);
  // `metadata.mixins`, the links to mixin schemas, merges key by key like `mixins`.
  const update =
    mixinLinks === undefined ? changes : { ...changes, metadata: { mixins: mixinLinks } };
  state.write(request.token, (profile) => mergePatch(profile, update));
  return new Response(null, { status: 200 });
}
