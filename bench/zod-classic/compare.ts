import { mockProfiles } from '@profile-kit/mock-api';
import type { z } from 'zod';
import type * as miniCurrency from '../../packages/hooks/src/currency-code-schema.js';
import * as miniProfile from '../../packages/hooks/src/customer-profile-schema.js';
import type * as miniLanguage from '../../packages/hooks/src/language-tag-schema.js';
import * as miniConfig from '../../packages/hooks/src/profile-client-config.js';
import * as miniExpand from '../../packages/hooks/src/profile-expand.js';
import * as miniPatch from '../../packages/hooks/src/profile-patch-schema.js';
import type * as miniTenant from '../../packages/hooks/src/tenant-schema.js';
import type * as classicCurrency from './currency-code-schema.js';
import * as classicProfile from './customer-profile-schema.js';
import type * as classicLanguage from './language-tag-schema.js';
import * as classicConfig from './profile-client-config.js';
import * as classicExpand from './profile-expand.js';
import * as classicPatch from './profile-patch-schema.js';
import type * as classicTenant from './tenant-schema.js';

/*
 * The hooks ship zod/mini schemas; this folder keeps the classic zod schemas they were
 * ported from. Both must behave alike — same success, same output, same issue paths,
 * messages and codes, on valid and invalid input — or the size comparison compares two
 * different things.
 */
const patches: unknown[] = [
  { firstName: ' Anna ', metadata: { version: 3 } },
  { preferredCurrency: 'EUR', preferredLanguage: 'de_DE', contactPhone: '+49 30 1234567' },
  { preferredCurrency: 'EURO' },
  { preferredCurrency: 'XYZ' },
  { preferredLanguage: 'en-US' },
  { preferredLanguage: 'zz_ZZ' },
  { contactEmail: '' },
  { contactEmail: 'anna@' },
  { contactPhone: 'call me' },
  { firstName: 'x'.repeat(101) },
  { firstName: null },
  { customerNumber: '123' },
  { b2b: { companyRegistrationId: 'HRB 1' } },
  { b2b: { companyRegistrationId: 'HRB 1' }, firstName: 'A', lastName: 'B', company: 'C' },
  { preferredSite: '' },
  { metadata: { version: -1 } },
  { mixins: { loyalty: { level: 'gold' } } },
];
const profiles: unknown[] = [
  ...Object.values(mockProfiles),
  { id: 'x', firstName: 42, addresses: 'none', metadata: { version: '2' } },
  { firstName: 'no id' },
  'not a profile',
];

const settings: unknown[] = [
  { tenant: 'demo' },
  { tenant: 'Demo' },
  { tenant: 'de' },
  { tenant: 'mystore', baseUrl: 'https://api.example.com///', timeoutMs: 5000 },
  { tenant: 'mystore', baseUrl: '/emporix' },
  { tenant: 'mystore', baseUrl: 'ftp://api.example.com' },
  { tenant: 'mystore', baseUrl: 'https://user:pw@api.example.com' },
  { tenant: 'mystore', timeoutMs: 0 },
  { tenant: 'mystore', timeoutMs: 1.5 },
];
const expands: unknown[] = [['addresses', 'mixin:*'], ['mixin:loyalty'], ['mixin:'], ['bogus']];

/** `true` only when A and B are the same type (the check `expectTypeOf().toEqualTypeOf()` makes). */
type Same<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `true` when both schemas have the same input and output types, `never` otherwise. */
type Agree<Classic extends z.core.$ZodType, Mini extends z.core.$ZodType> = Same<
  z.input<Classic>,
  z.input<Mini>
> &
  Same<z.output<Classic>, z.output<Mini>>;

/** The port must not change a type a host sees: the typecheck fails here when it does. */
export const typesAgree: [
  Agree<typeof classicPatch.profilePatchSchema, typeof miniPatch.profilePatchSchema>,
  Agree<typeof classicProfile.customerProfileSchema, typeof miniProfile.customerProfileSchema>,
  Agree<typeof classicProfile.customerAddressSchema, typeof miniProfile.customerAddressSchema>,
  Agree<typeof classicProfile.legalEntitySchema, typeof miniProfile.legalEntitySchema>,
  Agree<typeof classicExpand.profileExpandSchema, typeof miniExpand.profileExpandSchema>,
  Agree<typeof classicCurrency.currencyCodeSchema, typeof miniCurrency.currencyCodeSchema>,
  Agree<typeof classicLanguage.languageTagSchema, typeof miniLanguage.languageTagSchema>,
  Agree<typeof classicTenant.tenantSchema, typeof miniTenant.tenantSchema>,
] = [true, true, true, true, true, true, true, true];

type Result = { success: boolean; data?: unknown; error?: { issues: readonly unknown[] } };
function summary(result: Result) {
  return JSON.stringify(
    result.success
      ? { data: result.data }
      : {
          issues: result.error?.issues.map((issue) => {
            const { path, message, code } = issue as {
              path: unknown;
              message: string;
              code: string;
            };
            return { path, message, code };
          }),
        },
  );
}

export function compare() {
  const disagreements: string[] = [];
  let cases = 0;
  for (const patch of patches) {
    cases += 1;
    const a = summary(classicPatch.profilePatchSchema.safeParse(patch));
    const b = summary(miniPatch.profilePatchSchema.safeParse(patch));
    if (a !== b) disagreements.push(`patch ${JSON.stringify(patch)}: ${a} vs ${b}`);
  }
  for (const profile of profiles) {
    cases += 1;
    const a = summary(classicProfile.customerProfileSchema.safeParse(profile));
    const b = summary(miniProfile.customerProfileSchema.safeParse(profile));
    if (a !== b) disagreements.push(`profile: ${a} vs ${b}`);
  }
  for (const input of settings) {
    cases += 1;
    const a = summary(classicConfig.profileClientSettingsSchema.safeParse(input));
    const b = summary(miniConfig.profileClientSettingsSchema.safeParse(input));
    if (a !== b) disagreements.push(`settings ${JSON.stringify(input)}: ${a} vs ${b}`);
  }
  for (const input of expands) {
    cases += 1;
    const a = summary(classicExpand.profileExpandOptionSchema.safeParse({ expand: input }));
    const b = summary(miniExpand.profileExpandOptionSchema.safeParse({ expand: input }));
    if (a !== b) disagreements.push(`expand ${JSON.stringify(input)}: ${a} vs ${b}`);
  }
  return { cases, disagreements };
}
