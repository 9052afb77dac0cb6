// @vitest-environment node
// Node's own AbortSignal, which warns (MaxListenersExceededWarning) past 10 listeners.
import { afterEach, describe, expect, it } from 'vitest';
import { createProfileClient } from '../src/index.js';
import { customerProfile, fakeFetch, json } from './fake-fetch.js';

describe('many calls on one AbortSignal', () => {
  const warnings: Error[] = [];
  const onWarning = (warning: Error) => warnings.push(warning);
  afterEach(() => {
    process.off('warning', onWarning);
  });

  it('cause no MaxListeners warning, and an abort still stops every one', async () => {
    process.on('warning', onWarning);
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const api = fakeFetch(async () => {
      await held;
      return json(customerProfile);
    });
    const client = createProfileClient({
      tenant: 'mystore',
      getAccessToken: () => 'customer-token-123',
      fetch: api.fetch,
    });
    // A page that gives all its reads one controller, as a route loader does.
    const page = new AbortController();
    const reads = Array.from({ length: 30 }, () =>
      client.getProfile({ signal: page.signal }).then(
        () => 'read',
        (error: { kind?: string }) => error.kind,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
    const later = Array.from({ length: 30 }, () =>
      client.getProfile({ signal: page.signal }).then(() => 'read'),
    );
    release();
    expect(await Promise.all(later)).toEqual(Array(30).fill('read'));
    // Node emits the warning on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');

    const pending = Array.from({ length: 15 }, () =>
      client.getProfile({ signal: page.signal }).catch((error: { kind?: string }) => error.kind),
    );
    page.abort();
    expect(await Promise.all(pending)).toEqual(Array(15).fill('aborted'));
    expect(await Promise.all(reads)).toEqual(Array(30).fill('read'));
  });
});
