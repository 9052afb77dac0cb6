/** One item of `ErrorMessage.details` in the contract. */
export interface ErrorDetail {
  field: string;
  type: string;
  message: string;
}

/** The contract's `ErrorMessage` schema. */
export interface ErrorMessage {
  status: number;
  type: string;
  message: string;
  details?: ErrorDetail[];
}

/**
 * Builds an `ErrorMessage` body as the contract describes it.
 *
 * @example
 * ```ts
 * errorMessage(403, 'Forbidden', 'User not authorized.');
 * ```
 */
export function errorMessage(
  status: number,
  type: string,
  message: string,
  details?: ErrorDetail[],
): ErrorMessage {
  return details === undefined ? { status, type, message } : { status, type, message, details };
}
