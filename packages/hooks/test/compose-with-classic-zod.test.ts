import { describe, expect, expectTypeOf, it } from 'vitest';
import { z } from 'zod';
import {
  currencyCodeSchema,
  type ProfilePatch,
  profilePatchSchema,
  type ValidProfilePatch,
} from '../src/index.js';

// The README tells hosts that the kit's zod/mini schemas drop into their own classic zod 4
// schemas; this holds the README to it.
const checkoutSchema = z.object({
  profile: profilePatchSchema,
  currency: currencyCodeSchema,
  note: z.string().optional(),
});

const issuesOf = (result: { error?: { issues: readonly z.core.$ZodIssue[] } | undefined }) =>
  result.error?.issues.map((issue) => [issue.path.join('.'), issue.message]);

describe('the schemas inside classic zod', () => {
  it('parse and trim as the kit does', () => {
    expect(
      checkoutSchema.parse({ profile: { firstName: ' Ann ' }, currency: 'EUR', note: 'hi' }),
    ).toEqual({ profile: { firstName: 'Ann' }, currency: 'EUR', note: 'hi' });
  });

  it('keep the kit’s rules and messages, with paths from the outer schema', () => {
    expect(
      issuesOf(
        checkoutSchema.safeParse({ profile: { preferredCurrency: 'EURO' }, currency: 'eur' }),
      ),
    ).toEqual([
      ['profile.preferredCurrency', 'Use a three-letter ISO 4217 code in capitals, like EUR.'],
      ['currency', 'Use the three-letter code in capitals: EUR.'],
    ]);
    expect(
      issuesOf(
        checkoutSchema.safeParse({
          profile: { b2b: { companyRegistrationId: 'HRB 1' }, firstName: 'A', lastName: 'B' },
          currency: 'EUR',
        }),
      ),
    ).toEqual([['profile.company', 'Required with a registration ID.']]);
  });

  it('work with classic zod’s functions, where they have no methods of their own', () => {
    const currencies = z.array(currencyCodeSchema).min(1);
    expect(currencies.parse(['EUR', 'USD'])).toEqual(['EUR', 'USD']);
    expect(currencies.safeParse(['EURO']).success).toBe(false);
    const maybeCurrency = z.optional(currencyCodeSchema);
    expect(maybeCurrency.parse(undefined)).toBeUndefined();
    const signUp = z.object({ ...profilePatchSchema.shape, acceptsTerms: z.literal(true) });
    expect(signUp.safeParse({ contactEmail: 'anna@', acceptsTerms: true }).success).toBe(false);
    expect(signUp.parse({ contactEmail: ' anna@example.com', acceptsTerms: true })).toEqual({
      contactEmail: 'anna@example.com',
      acceptsTerms: true,
    });
  });

  it('derive the same types', () => {
    expectTypeOf<z.input<typeof checkoutSchema>['profile']>().toEqualTypeOf<ProfilePatch>();
    expectTypeOf<z.output<typeof checkoutSchema>['profile']>().toEqualTypeOf<ValidProfilePatch>();
    expectTypeOf<z.output<typeof checkoutSchema>['currency']>().toEqualTypeOf<string>();
  });
});
