import { describe, expect, it } from 'vitest';
import { ChangeEmailForm, ChangePasswordForm, ConfirmEmailChange } from '../src/account.js';
import { serverRender } from './server-render.js';

describe('the sign-in & security components on a server', () => {
  it('render the forms with the sign-in email, and send nothing', async () => {
    const { html, mock } = await serverRender(
      <>
        <ChangeEmailForm />
        <ChangePasswordForm />
      </>,
    );
    expect(html).toContain('You sign in with anna.schmidt@example.com.');
    // HTML attribute names have no case: React writes `autoComplete`.
    expect(html).toMatch(/autocomplete="current-password"/i);
    expect(html).toMatch(/autocomplete="username"[^>]*value="anna.schmidt@example.com"/i);
    // The new password's hint is wired from the first byte of HTML.
    // (Attribute order differs between React 18 and 19: look at the one input.)
    const newPassword = html.match(/<input[^>]*name="newPassword"[^>]*>/)?.[0];
    expect(newPassword).toMatch(/aria-describedby="[^"]*description"/);
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('render the confirm page as confirming: the token goes out only in the browser', async () => {
    const { html, mock } = await serverRender(<ConfirmEmailChange token="from-the-link" />);
    expect(html).toContain('Confirming your new email address…');
    expect(html).not.toContain('from-the-link');
    expect(mock.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });
});
