import * as z from 'zod/mini';
import { countryCodeSchema } from './country-code-schema.js';
import { mixinsSchema } from './mixins-schema.js';
import { boundedText, contactPhoneSchema, profileText } from './text-rules.js';

/**
 * One address tag: `BILLING`, `SHIPPING` or a custom one. Tags travel as a comma-separated
 * query (`?tags=BILLING,SHIPPING`), so a tag cannot hold a comma; the API compares them
 * case-insensitively.
 */
export const addressTagSchema = boundedText(
  64,
  z.minLength(1, 'A tag cannot be blank.'),
  z.regex(/^[^,]*$/, 'A tag cannot hold a comma.'),
);

/** `Address` requires it: it can be changed, never emptied. */
const contactNameSchema = boundedText(200, z.minLength(1, 'Enter a contact name.'));

/** The optional fields AddressCreateDto and AddressUpdateDto share. */
const addressFields = {
  companyName: profileText(200),
  street: profileText(200),
  streetNumber: profileText(32),
  streetAppendix: profileText(200),
  extraLine1: profileText(200),
  extraLine2: profileText(200),
  extraLine3: profileText(200),
  extraLine4: profileText(200),
  zipCode: profileText(32),
  city: profileText(100),
  country: countryCodeSchema,
  state: profileText(100),
  contactPhone: contactPhoneSchema,
  tags: z.array(addressTagSchema),
  mixins: mixinsSchema,
};

/**
 * A new address, as `POST /customer/{tenant}/me/addresses` takes it (contract schema
 * `AddressCreateDto`): `contactName` required, `country` an ISO 3166-1 alpha-2 code in
 * capitals, texts trimmed, tags without commas. Unknown fields and `null` are refused; so is
 * `isDefault`, which only an update sets.
 *
 * @example
 * addressDraftSchema.safeParse({ contactName: 'Anna Schmidt', country: 'DE', tags: ['BILLING'] });
 */
export const addressDraftSchema = z.strictObject({
  contactName: contactNameSchema,
  ...z.partial(z.strictObject(addressFields)).shape,
  metadata: z.optional(z.partial(z.strictObject({ mixins: mixinsSchema }))),
});

/**
 * A change to an address, as `PATCH /customer/{tenant}/me/addresses/{addressId}` takes it
 * (contract schema `AddressUpdateDto`): any field of a draft (`contactName` never blank),
 * plus `isDefault` and `metadata.version`. Only the fields present are sent.
 *
 * @example
 * addressPatchSchema.safeParse({ city: 'Potsdam', zipCode: '14467' });
 */
export const addressPatchSchema = z.partial(
  z.strictObject({
    contactName: contactNameSchema,
    ...addressFields,
    isDefault: z.boolean(),
    metadata: z.partial(
      z.strictObject({ version: z.int().check(z.nonnegative()), mixins: mixinsSchema }),
    ),
  }),
);

/** What a caller passes to `addAddress` / `useAddAddress`. */
export type AddressDraft = z.input<typeof addressDraftSchema>;
/** What a caller passes to `updateAddress` / `useUpdateAddress`. */
export type AddressPatch = z.input<typeof addressPatchSchema>;
/** An address tag as sent: trimmed, without commas. */
export type AddressTag = z.output<typeof addressTagSchema>;
