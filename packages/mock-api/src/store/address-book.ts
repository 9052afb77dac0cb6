import { uniqueTags } from '../contract/tag-list.js';
import type { MockAddress, MockMetadata } from '../fixtures/mock-customer.js';
import { mergePatch } from './merge-patch.js';

/** A validated AddressCreateDto / AddressUpdateDto body. */
export type AddressBody = Record<string, unknown> & { metadata?: MockMetadata; tags?: string[] };

/**
 * `addresses` with the one at `id` made the default and every other one not: the mock's
 * choice, as the contract does not say whether setting `isDefault` clears the old default.
 */
export function withDefault(addresses: readonly MockAddress[], id: string): MockAddress[] {
  return addresses.map((address) => ({ ...address, isDefault: address.id === id }));
}

/** The stored form of a new address: the body, its id, not the default, at version 1. */
export function newAddress(body: AddressBody, id: string): MockAddress {
  const { metadata, tags, ...fields } = body;
  return {
    ...(fields as Omit<MockAddress, 'id'>),
    id,
    isDefault: false,
    tags: uniqueTags(tags ?? []),
    metadata: { version: 1, mixins: metadata?.mixins ?? {} },
  };
}

/**
 * `address` with `body` merged in (JSON merge patch; `tags` replaced, repeats dropped) and
 * its `metadata.version` bumped. `isDefault` is left to {@link withDefault}, which also
 * clears the others. A sent `metadata.version` is not checked: the contract lists no 409
 * for addresses.
 */
export function updatedAddress(address: MockAddress, body: AddressBody): MockAddress {
  const { metadata, isDefault: _default, ...fields } = body;
  const changes = fields.tags === undefined ? fields : { ...fields, tags: uniqueTags(fields.tags) };
  const merged = mergePatch(address, changes);
  return bumped(
    metadata?.mixins === undefined
      ? merged
      : mergePatch(merged, { metadata: { mixins: metadata.mixins } }),
  );
}

/** `address` with its `metadata.version` one higher. */
export function bumped(address: MockAddress): MockAddress {
  return {
    ...address,
    metadata: { ...address.metadata, version: (address.metadata?.version ?? 0) + 1 },
  };
}

/** `address` with `tags` added (`add`) or removed, compared case-insensitively. */
export function retagged(address: MockAddress, tags: readonly string[], add: boolean): MockAddress {
  const named = new Set(tags.map((tag) => tag.toLowerCase()));
  const current = address.tags ?? [];
  const next = add
    ? uniqueTags([...current, ...tags])
    : current.filter((tag) => !named.has(tag.toLowerCase()));
  return bumped({ ...address, tags: next });
}
