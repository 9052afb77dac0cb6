import { z } from 'zod/mini';
import { currencyCodeSchema } from './currency-code-schema.js';
import { languageTagSchema } from './language-tag-schema.js';

/*
 * The contract sets no lengths; these bounds keep a form from sending a novel and match
 * what storefront back offices display. The contract has no nullable field either: a
 * cleared optional text is `""`, and `null` is refused.
 */
const boundedText = (max: number, ...checks: z.core.$ZodCheck<string>[]) =>
  z.string().check(z.trim(), z.maxLength(max, `Use at most ${max} characters.`), ...checks);

const nameText = boundedText(100);

const contactEmailSchema = z.pipe(
  z
    .string()
    .check(
      z.trim(),
      z.minLength(1, { error: 'A contact email cannot be removed once set.', abort: true }),
      z.maxLength(254, 'Use at most 254 characters.'),
    ),
  z.email('Enter an email address like name@example.com.'),
);

const contactPhoneSchema = boundedText(
  30,
  z.regex(/^(\+?[0-9][0-9 ()./-]*)?$/, 'Use digits, spaces and + ( ) - . / only.'),
);

const b2bRequiredFields = ['firstName', 'lastName', 'company'] as const;

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
    title: z.optional(boundedText(32)),
    firstName: z.optional(nameText),
    middleName: z.optional(nameText),
    lastName: z.optional(nameText),
    contactEmail: z.optional(contactEmailSchema),
    contactPhone: z.optional(contactPhoneSchema),
    company: z.optional(boundedText(200)),
    preferredLanguage: z.optional(languageTagSchema),
    preferredCurrency: z.optional(currencyCodeSchema),
    preferredSite: z.optional(boundedText(64, z.minLength(1, 'Choose a site.'))),
    b2b: z.optional(z.strictObject({ companyRegistrationId: z.optional(boundedText(64)) })),
    metadata: z.optional(z.strictObject({ version: z.int().check(z.nonnegative()) })),
    mixins: z.optional(z.record(z.string(), z.unknown())),
  })
  .check(
    z.superRefine((patch, ctx) => {
      if (patch.b2b?.companyRegistrationId === undefined) return;
      for (const field of b2bRequiredFields) {
        if (!patch[field]) {
          ctx.addIssue({
            code: 'custom',
            path: [field],
            message: 'Required with a company registration id.',
          });
        }
      }
    }),
  );

/** What a caller passes to `updateProfile` / `useUpdateProfile`. */
export type ProfilePatch = z.input<typeof profilePatchSchema>;
/** The patch as sent: trimmed, validated. */
export type ValidProfilePatch = z.output<typeof profilePatchSchema>;
