import { z } from 'zod';
import { currencyCodeSchema } from './currency-code-schema.js';
import { languageTagSchema } from './language-tag-schema.js';

/*
 * The contract sets no lengths; these bounds keep a form from sending a novel and match
 * what storefront back offices display. The contract has no nullable field either: a
 * cleared optional text is `""`, and `null` is refused.
 */
const boundedText = (max: number) => z.string().trim().max(max, `Use at most ${max} characters.`);

const nameText = boundedText(100);

const contactEmailSchema = boundedText(254)
  .min(1, { error: 'An email cannot be removed.', abort: true })
  .pipe(z.email('Enter an email like name@example.com.'));

const contactPhoneSchema = boundedText(30).regex(
  /^(\+?[0-9][0-9 ()./-]*)?$/,
  'Use digits, spaces and + ( ) - . / only.',
);

export const b2bRequiredFields = ['firstName', 'lastName', 'company'] as const;

const hasNoNull = (value: unknown): boolean =>
  value !== null && (typeof value !== 'object' || Object.values(value as object).every(hasNoNull));

/**
 * A change to the customer profile, as `PATCH /customer/{tenant}/me` takes it (contract
 * schema `CustomerPatchDto`). Only the fields present are sent; read-only fields (`id`,
 * `customerNumber`, `accounts`, `addresses`, `businessModel`, `lastLogin`,
 * `b2b.legalEntities`, …) are refused, as is `null`. Enforces the contract's rules:
 * an ISO 4217 currency, a known language tag in the underscore form, an email that is
 * never cleared, and the B2B rule (with `b2b.companyRegistrationId`, `firstName`,
 * `lastName` and `company` are required).
 *
 * @example
 * const result = profilePatchSchema.safeParse({ preferredCurrency: 'EURO' });
 * // result.success === false; result.error.issues[0].path → ['preferredCurrency']
 */
export const profilePatchSchema = z
  .strictObject({
    title: boundedText(32).optional(),
    firstName: nameText.optional(),
    middleName: nameText.optional(),
    lastName: nameText.optional(),
    contactEmail: contactEmailSchema.optional(),
    contactPhone: contactPhoneSchema.optional(),
    company: boundedText(200).optional(),
    preferredLanguage: languageTagSchema.optional(),
    preferredCurrency: currencyCodeSchema.optional(),
    preferredSite: boundedText(64).min(1, 'Choose a site.').optional(),
    b2b: z.strictObject({ companyRegistrationId: boundedText(64).optional() }).optional(),
    metadata: z.strictObject({ version: z.int().nonnegative() }).optional(),
    mixins: z
      .record(z.string(), z.unknown())
      .refine(hasNoNull, 'Mixins cannot hold null.')
      .optional(),
  })
  .superRefine((patch, ctx) => {
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
  });

/** What a caller passes to `updateProfile` / `useUpdateProfile`. */
export type ProfilePatch = z.input<typeof profilePatchSchema>;
/** The patch as sent: trimmed, validated. */
export type ValidProfilePatch = z.output<typeof profilePatchSchema>;
