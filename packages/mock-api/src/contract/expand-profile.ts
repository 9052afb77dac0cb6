import type { MockCustomer } from '../fixtures/mock-customer.js';

/**
 * The GET view of a stored profile: `addresses` and `defaultAddress` only when `expand`
 * lists `addresses`; `mixins` emptied unless `expand` lists `mixin:*` or `mixin:<name>`.
 * `expand` values are the raw query values (each comma-separated); unknown entries are ignored.
 *
 * @example
 * ```ts
 * expandProfile(stored, ['addresses,mixin:loyalty']);
 * ```
 */
export function expandProfile(profile: MockCustomer, expand: readonly string[]): MockCustomer {
  const entries = new Set(
    expand.flatMap((value) => value.split(',').map((entry) => entry.trim())).filter(Boolean),
  );
  const { addresses, defaultAddress, mixins, ...rest } = structuredClone(profile);
  const view: MockCustomer = rest;
  if (entries.has('addresses')) {
    if (addresses !== undefined) view.addresses = addresses;
    if (defaultAddress !== undefined) view.defaultAddress = defaultAddress;
  }
  if (mixins !== undefined) {
    view.mixins = entries.has('mixin:*')
      ? mixins
      : Object.fromEntries(Object.entries(mixins).filter(([name]) => entries.has(`mixin:${name}`)));
  }
  return view;
}
