import * as z from 'zod/mini';
import { lenient } from './lenient.js';

const text = lenient(z.string());
const looseRecord = lenient(z.record(z.string(), z.unknown()));

/** An address as `GET /me?expand=addresses` returns it (contract schema `Address`). */
export const customerAddressSchema = z.looseObject({
  id: text,
  contactName: text,
  companyName: text,
  street: text,
  streetNumber: text,
  streetAppendix: text,
  extraLine1: text,
  extraLine2: text,
  extraLine3: text,
  extraLine4: text,
  zipCode: text,
  city: text,
  country: text,
  state: text,
  contactPhone: text,
  isDefault: lenient(z.boolean()),
  tags: lenient(z.array(z.string())),
  mixins: looseRecord,
});

/** A B2B legal entity the customer belongs to (contract schema `B2BGet.legalEntities`). */
export const legalEntitySchema = z.looseObject({
  id: text,
  name: text,
  contactAssignmentId: text,
});

/**
 * The customer profile as `GET /customer/{tenant}/me` returns it (contract schema
 * `Customer`). Parsing is lenient: unknown fields and mixins pass through untouched, a
 * field with an unexpected type reads as absent, and only a body that is not a profile
 * at all (no string `id`) is refused. Stored values are kept as they are — a legacy
 * `preferredCurrency` of `EURO` is returned, not hidden, so a form can show and flag it.
 */
export const customerProfileSchema = z.looseObject({
  id: z.string(),
  customerNumber: text,
  title: text,
  firstName: text,
  middleName: text,
  lastName: text,
  contactEmail: text,
  contactPhone: text,
  company: text,
  preferredLanguage: text,
  preferredCurrency: text,
  preferredSite: text,
  accounts: lenient(z.array(z.looseObject({ id: text, providerId: text }))),
  addresses: lenient(z.array(customerAddressSchema)),
  defaultAddress: lenient(customerAddressSchema),
  businessModel: lenient(z.enum(['B2B', 'B2C'])),
  b2b: lenient(
    z.looseObject({
      companyRegistrationId: text,
      legalEntities: lenient(z.array(legalEntitySchema)),
    }),
  ),
  mixins: looseRecord,
  metadata: lenient(
    z.looseObject({
      version: lenient(z.int()),
      mixins: looseRecord,
    }),
  ),
  lastLogin: text,
});

export type CustomerProfile = z.output<typeof customerProfileSchema>;
export type CustomerAddress = z.output<typeof customerAddressSchema>;
export type LegalEntity = z.output<typeof legalEntitySchema>;
