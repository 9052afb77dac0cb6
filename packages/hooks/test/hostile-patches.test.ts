import { describe, expect, it } from 'vitest';
import { createProfileClient, isProfileKitError, type ProfilePatch } from '../src/index.js';
import { fakeFetch } from './fake-fetch.js';

function nested(depth: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: true };
  for (let level = 0; level < depth; level++) value = { inner: value };
  return value;
}

async function save(patch: unknown) {
  const api = fakeFetch(() => new Response(null, { status: 204 }));
  const client = createProfileClient({
    tenant: 'mystore',
    getAccessToken: () => 't',
    fetch: api.fetch,
  });
  const error = await client.updateProfile(patch as ProfilePatch).then(
    () => undefined,
    (e: unknown) => e,
  );
  return { error, requests: api.requests };
}

describe('deeply nested, cyclic or huge patches', () => {
  it.each([
    ['nested 100 000 levels deep', { mixins: { loyalty: nested(100_000) } }],
    ['nested in metadata.mixins', { metadata: { mixins: nested(50_000) } }],
    ['holding 100 000 values', { mixins: { tags: Array.from({ length: 100_000 }, (_, i) => i) } }],
  ])(
    'refuses mixins %s with a typed invalid-input error, never a RangeError, and sends nothing',
    async (_, patch) => {
      const { error, requests } = await save(patch);
      expect(error).not.toBeInstanceOf(RangeError);
      expect(isProfileKitError(error, 'invalid-input')).toBe(true);
      expect((error as { fieldErrors: { field: string }[] }).fieldErrors[0]?.field).toMatch(
        /mixins$/,
      );
      expect(requests).toEqual([]);
    },
  );

  it('refuses a mixin that contains itself', async () => {
    const loop: Record<string, unknown> = { name: 'loop' };
    loop.self = loop;
    const { error, requests } = await save({ mixins: { loop } });
    expect(isProfileKitError(error, 'invalid-input')).toBe(true);
    expect(requests).toEqual([]);
  });

  it('refuses a 10 MB name without a request, and takes mixins nested as deep as real ones', async () => {
    const huge = await save({ firstName: 'x'.repeat(10_000_000) });
    expect(isProfileKitError(huge.error, 'invalid-input')).toBe(true);
    expect(huge.requests).toEqual([]);

    const real = await save({ mixins: { preferences: nested(20) } });
    expect(real.error).toBeUndefined();
    expect(real.requests).toHaveLength(1);
  });
});
