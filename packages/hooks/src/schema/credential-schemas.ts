import * as z from 'zod/mini';

// Passwords are taken as typed: never trimmed, a space may be part of one.
const password = (message: string) => z.string().check(z.minLength(1, message));
const email = z.email('Enter an email like name@example.com.');

/**
 * The body of `POST …/me/accounts/internal/email/change` (the contract's
 * `ChangeEmailRequestDto`): the sign-in email, the account password, the new email, and
 * whether `contactEmail` follows it (default `false`).
 */
export const changeEmailSchema = z
  .strictObject({
    email,
    password: password('Enter your password.'),
    newEmail: email,
    syncContactEmail: z.optional(z.boolean()),
  })
  .check(
    z.refine((value) => value.email.toLowerCase() !== value.newEmail.toLowerCase(), {
      message: 'The new email is the current one.',
      path: ['newEmail'],
    }),
  );

/** The body of `POST …/email/change/confirm` (`UpdateEmail`): the token from the mail link. */
export const emailChangeConfirmationSchema = z.strictObject({
  token: z.string().check(z.minLength(1, 'No token: open the link from the email.')),
});

/**
 * The body of `POST /customer/{tenant}/password/change` (`PasswordChangeDto`, both
 * required); the new password must differ from the current one.
 */
export const passwordChangeSchema = z
  .strictObject({
    currentPassword: password('Enter your current password.'),
    newPassword: password('Enter a new password.'),
  })
  .check(
    z.refine((value) => value.newPassword !== value.currentPassword, {
      message: 'The new password is the current one.',
      path: ['newPassword'],
    }),
  );

export type EmailChange = z.input<typeof changeEmailSchema>;
export type EmailChangeConfirmation = z.input<typeof emailChangeConfirmationSchema>;
export type PasswordChange = z.input<typeof passwordChangeSchema>;
