import { errorMessage } from '../contract/error-message.js';
import { isJsonContentType } from '../contract/is-json-content-type.js';
import { jsonResponse } from './json-response.js';

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

/**
 * The JSON object a request body carries, or the response refusing it: 415 for content that
 * is not JSON, 400 for JSON that is not an object. `acceptPatch` is sent on a 415 of a PATCH
 * (RFC 5789 §2.2). Every body of the contract is `required: false`, so no body is `{}`.
 *
 * @example
 * ```ts
 * const body = readJsonObject(request.headers.get('Content-Type'), bodyText);
 * if (body instanceof Response) return body;
 * ```
 */
export function readJsonObject(
  contentType: string | null,
  bodyText: string,
  acceptPatch?: string,
): Record<string, unknown> | Response {
  // HTTP (and the Node server) cannot tell no body from a zero-length one, so both count as
  // none, whatever Content-Type came with them: there is no content to be of the wrong type.
  if (bodyText === '') {
    return {};
  }
  // Any JSON flavour (`application/json`, `…+json`) is read as JSON. Content of another or
  // no type (RFC 9110 §8.3 lets a server take a missing one as application/octet-stream) is
  // unreadable: 415, not 400, which clients would take for a validation failure.
  if (!isJsonContentType(contentType)) {
    return jsonResponse(
      errorMessage(
        415,
        'unsupported_media_type',
        acceptPatch === undefined
          ? 'Unsupported content type; use application/json.'
          : 'Unsupported content type; use application/json or application/merge-patch+json.',
      ),
      415,
      acceptPatch === undefined ? undefined : { 'Accept-Patch': acceptPatch },
    );
  }
  return (
    parseObject(bodyText) ??
    jsonResponse(errorMessage(400, 'bad_request', 'The request body must be a JSON object.'), 400)
  );
}
