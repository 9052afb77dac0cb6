import { mockProfiles } from '@profile-kit/mock-api';
import { profileClientSettingsSchema } from '../../packages/hooks/src/client/profile-client-config.js';
import { customerProfileSchema } from '../../packages/hooks/src/schema/customer-profile-schema.js';
import { profileExpandOptionSchema } from '../../packages/hooks/src/schema/profile-expand.js';
import { profilePatchSchema } from '../../packages/hooks/src/schema/profile-patch-schema.js';

/*
 * The kit's schemas on a range of valid and invalid input. zod-experiment.mjs runs this
 * module twice — on zod/mini as shipped, and with `zod/mini` resolved to classic zod — and
 * compares the results (success, output, issue paths, messages and codes): the size
 * figures compare the same behaviour only when they are equal.
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

type Result = { success: boolean; data?: unknown; error?: { issues: readonly unknown[] } };

/**
 * How a schema answered: success and output, or each issue's path and code. Messages are
 * apart: where the kit sets none, zod's own text differs by build — classic zod loads its
 * English texts ("Expected string, received null"), zod/mini says "Invalid input".
 */
function summary(result: Result) {
  const issues = (result.error?.issues ?? []) as { path: unknown; message: string; code: string }[];
  return {
    outcome: JSON.stringify(
      result.success
        ? { data: result.data }
        : { issues: issues.map(({ path, code }) => ({ path, code })) },
    ),
    messages: issues.map((issue) => issue.message),
  };
}

/** One entry per case: what it parsed, and how the schema answered. */
export function schemaResults() {
  return [
    ...patches.map((input) => ({ input, ...summary(profilePatchSchema.safeParse(input)) })),
    ...profiles.map((input) => ({ input, ...summary(customerProfileSchema.safeParse(input)) })),
    ...settings.map((input) => ({
      input,
      ...summary(profileClientSettingsSchema.safeParse(input)),
    })),
    ...expands.map((expand) => ({
      input: expand,
      ...summary(profileExpandOptionSchema.safeParse({ expand })),
    })),
  ];
}
