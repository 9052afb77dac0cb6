import * as z from 'zod/mini';
import { currencyCodeSchema } from './currency-code-schema.js';
import { languageTagSchema } from './language-tag-schema.js';
import { mixinsSchema } from './mixins-schema.js';
import { boundedText, contactPhoneSchema, profileText } from './text-rules.js';

const nameText = profileText(100);

const contactEmailSchema = z.pipe(
  boundedText(254, z.minLength(1, { error: 'An email cannot be removed.', abort: true })),
  z.email('Enter an email like name@example.com.'),
);

/** The contract requires these, non-empty, whenever `b2b.companyRegistrationId` is sent. */
export const b2bRequiredFields = ['firstName', 'lastName', 'company'] as const;

/**
 * A change to the customer profile, as `PATCH /customer/{tenant}/me` takes it (contract
 * schema `CustomerPatchDto`). Only the fields present are sent; read-only fields (`id`,
 * `customerNumber`, `accounts`, `addresses`, `businessModel`, `lastLogin`,
 * `b2b.legalEntities`, …) are refused, as is `null`. Enforces the contract's rules
 * and the data rules of `iso/`: an active ISO 4217 currency, an ISO 639-1/3166 language
 * tag in the underscore form, a phone as people type it (sent normalised), names without
 * control or only-invisible characters, an email that is never cleared, mixins of bounded
 * depth and size, and the B2B rule (with `b2b.companyRegistrationId`, `firstName`,
 * `lastName` and `company` are required).
 *
 * @example
 * const result = profilePatchSchema.safeParse({ preferredCurrency: 'EURO' });
 * // result.success === false; result.error.issues[0].path → ['preferredCurrency']
 */
export const profilePatchSchema = z
  .partial(
    z.strictObject({
      title: profileText(32),
      firstName: nameText,
      middleName: nameText,
      lastName: nameText,
      contactEmail: contactEmailSchema,
      contactPhone: contactPhoneSchema,
      company: profileText(200),
      preferredLanguage: languageTagSchema,
      preferredCurrency: currencyCodeSchema,
      preferredSite: boundedText(64, z.minLength(1, 'Choose a site.')),
      b2b: z.partial(z.strictObject({ companyRegistrationId: profileText(64) })),
      metadata: z.partial(
        z.strictObject({ version: z.int().check(z.nonnegative()), mixins: mixinsSchema }),
      ),
      mixins: mixinsSchema,
    }),
  )
  .check(
    z.superRefine((patch, ctx) => {
      if (patch.b2b?.companyRegistrationId === undefined) return;
      for (const field of b2bRequiredFields) {
        if (!patch[field]) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Required with a registration ID.',
          });
        }
      }
    }),
  );

/** What a caller passes to `updateProfile` / `useUpdateProfile`. */
export type ProfilePatch = z.input<typeof profilePatchSchema>;
/** The patch as sent: trimmed, validated. */
export type ValidProfilePatch = z.output<typeof profilePatchSchema>;
