import { normalizeDataFields } from '../contract/check-data-field.js';
import { errorMessage } from '../contract/error-message.js';
import { isJsonContentType } from '../contract/is-json-content-type.js';
import { validatePatch } from '../contract/validate-patch.js';
import type { MockCustomer, MockMetadata } from '../fixtures/mock-customer.js';
import { mergePatch } from '../store/merge-patch.js';
import type { MockState } from '../store/mock-state.js';
import { jsonResponse } from './json-response.js';

// The contract's two PATCH media types, advertised on a 415 as RFC 5789 §2.2 asks.
const acceptPatch = 'application/json, application/merge-patch+json';

function badRequest(message: string): Response {
  return jsonResponse(errorMessage(400, 'bad_request', message), 400);
}

function unsupportedMediaType(): Response {
  return jsonResponse(
    errorMessage(
      415,
      'unsupported_media_type',
      'Unsupported content type; use application/json or application/merge-patch+json.',
    ),
    415,
    { 'Accept-Patch': acceptPatch },
  );
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

// The patch a request carries, or the response refusing it.
function readPatch({
  contentType,
  bodyText,
}: PatchProfileRequest): Record<string, unknown> | Response {
  // The contract's request body is `required: false`, so no body is an empty patch. HTTP
  // (and the Node server) cannot tell no body from a zero-length one, so both count as none,
  // whatever Content-Type came with them: there is no content to be of the wrong type.
  if (bodyText === '') {
    return {};
  }
  // Any JSON flavour (`application/json`, `…+json`) is read as JSON. Content of another or
  // no type (RFC 9110 §8.3 lets a server take a missing one as application/octet-stream) is
  // unreadable: 415, not 400, which clients would take for a validation failure.
  if (!isJsonContentType(contentType)) {
    return unsupportedMediaType();
  }
  return parseObject(bodyText) ?? badRequest('The request body must be a JSON object.');
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
  const body = readPatch(request);
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
