'use client';
import { useConfirmEmailChange } from '@profile-kit/hooks/account';
import { type ComponentPropsWithRef, forwardRef, useEffect, useRef } from 'react';
import type { AccountMessages } from '../credential-form/account-messages.js';
import type { CredentialFormClassNames } from '../credential-form/credential-slot.js';
import { useAccountText } from '../credential-form/use-account-text.js';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import { confirmOutcome } from './confirm-outcome.js';

export interface ConfirmEmailChangeProps extends Omit<ComponentPropsWithRef<'div'>, 'children'> {
  /** The token from the mail link (e.g. its `?token=` query). Missing or empty reads as invalid. */
  token: string | null | undefined;
  /** UI locale (`en`, `de-DE`, …) for the time a rate limit names. */
  locale?: string | undefined;
  /** Texts: `deAccountMessages` from `@profile-kit/components/locales/de-account`, or single keys over English. */
  messages?: Partial<AccountMessages> | undefined;
  /** Extra class names per part, merged with the `pk-` classes. `className` goes on the root too. */
  classNames?: CredentialFormClassNames | undefined;
  /** Called once the new email is confirmed. */
  onConfirmed?: (() => void) | undefined;
  /** Shows a Continue button once confirmed (to the sign-in or the account page). */
  onContinue?: (() => void) | undefined;
  /** Shows a Sign in button for a used or expired link: the change is asked for again from the account. */
  onSignIn?: (() => void) | undefined;
}

/**
 * The page the mail link opens: confirms the email change with the link's token
 * (`useConfirmEmailChange`) as soon as it renders, once per token. It works where nobody is
 * signed in: give its `ProfileKitProvider` a client with an **anonymous** token, as the
 * contract asks.
 *
 * States, as `data-state` on the root: `confirming` (`aria-busy`), `confirmed`,
 * `token-expired`, `token-invalid` (used, replaced, unknown or missing; both say to ask
 * for the change again), `failed` (offline, server: Try again with the same link).
 *
 * @example
 * ```tsx
 * const token = new URLSearchParams(location.search).get('token');
 * <ConfirmEmailChange token={token} onContinue={() => navigate('/login')} />
 * ```
 */
export const ConfirmEmailChange = forwardRef<HTMLDivElement, ConfirmEmailChangeProps>(
  function ConfirmEmailChange(
    {
      token,
      locale = 'en',
      messages,
      classNames,
      className,
      onConfirmed,
      onContinue,
      onSignIn,
      ...props
    },
    ref,
  ) {
    const text = useAccountText(messages);
    const confirm = useConfirmEmailChange();
    // Once per token: a token is used up by its first confirmation, so a second request
    // (React's development double effect, a re-render) would report a valid link as used.
    const sentFor = useRef<string | null | undefined>(undefined);
    const send = () => confirm.mutate({ token: token ?? '' }, { onSuccess: () => onConfirmed?.() });
    useEffect(() => {
      if (sentFor.current === (token ?? '')) return;
      sentFor.current = token ?? '';
      send();
    });
    const { state, message } = confirmOutcome(
      confirm.status,
      confirm.error,
      text,
      locale.replaceAll('_', '-'),
    );
    const failed = state !== 'confirming' && state !== 'confirmed';
    const action =
      state === 'confirmed'
        ? onContinue && { label: text.continue, on: onContinue }
        : state === 'failed'
          ? { label: text.retry, on: send }
          : failed && onSignIn && { label: text.signIn, on: onSignIn };

    return (
      <div
        {...props}
        ref={ref}
        {...slotProps('email-confirm', classNames, className)}
        data-state={state}
        aria-busy={state === 'confirming' || undefined}
      >
        <div role="status" {...slotProps('form-status', classNames)}>
          {failed ? undefined : message}
        </div>
        {failed && (
          <div role="alert" {...slotProps('form-alert', classNames)} data-state={state}>
            <p>{message}</p>
          </div>
        )}
        {action && (
          <div {...slotProps('message-actions', classNames)}>
            <ProfileButton variant="primary" classNames={classNames} onClick={action.on}>
              {action.label}
            </ProfileButton>
          </div>
        )}
      </div>
    );
  },
);
