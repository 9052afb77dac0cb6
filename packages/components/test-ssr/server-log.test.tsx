import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfirmEmailChange } from '../src/account.js';
import { Field, FieldDescription, FieldInput, FieldLabel, FieldNotice } from '../src/index.js';
import { EveryComponent } from './every-component.js';
import { serverRender } from './server-render.js';

afterEach(() => vi.restoreAllMocks());

describe("the server's log", () => {
  // React 18 writes a warning for every layout effect called on the server, and both
  // Reacts one for a bad prop or a missing key: a host's server log must stay quiet.
  it('stays quiet while every component of the three entries renders', async () => {
    const logged = [
      vi.spyOn(console, 'error').mockImplementation(() => {}),
      vi.spyOn(console, 'warn').mockImplementation(() => {}),
    ];
    const { html } = await serverRender(
      <>
        <EveryComponent />
        <ConfirmEmailChange token="from-the-link" />
        {/* A host's own field, its parts registering themselves as they mount. */}
        <Field>
          <FieldLabel>Voucher</FieldLabel>
          <FieldDescription>From your welcome mail.</FieldDescription>
          <FieldNotice>Used once.</FieldNotice>
          <FieldInput name="voucher" />
        </Field>
      </>,
      { prefetch: ['profile', 'addresses'] },
    );
    expect(html).toContain('Platz der Republik 1');
    expect(html).toContain('Voucher');
    for (const spy of logged) expect(spy.mock.calls.map((call) => String(call[0]))).toEqual([]);
  });
});
