import type { CustomerAddress } from '@profile-kit/hooks';
import {
  type AddressDraft,
  type AddressPatch,
  addressDraftSchema,
  addressPatchSchema,
} from '@profile-kit/hooks/addresses';
import type { FieldErrors, Resolver } from 'react-hook-form';
import type { AddressMessages } from '../address-card/address-messages.js';
import {
  type AddressFormField,
  type AddressFormValues,
  buildAddressDraft,
  buildAddressPatch,
  isAddressFormField,
} from './address-form-values.js';
import { addressProblemText } from './address-problem-text.js';
import { countryRule } from './country-rules.js';

/** What validation needs (react-hook-form's `context`): the texts, and for an edit where it began. */
export interface AddressFormContext {
  messages: AddressMessages;
  /** The address being edited and the values the form started from; absent when adding. */
  edit?: { address: CustomerAddress; initial: AddressFormValues } | undefined;
  /** Fields the country does not use that the form shows anyway: the API refused them. */
  revealed?: readonly AddressFormField[] | undefined;
}

/** A valid submit: the one body to send, built once. */
export type AddressSubmission = { draft: AddressDraft } | { patch: AddressPatch };

/**
 * The fields the form shows for a country: contact, the country's postal fields in its
 * order, then any `revealed` field it does not use (the API refused its stored value, so
 * the customer must see it to fix it), phone.
 */
export function shownFields(
  country: string,
  revealed: readonly AddressFormField[] = [],
): AddressFormField[] {
  const shown: AddressFormField[] = [
    'contactName',
    'companyName',
    'country',
    ...countryRule(country).order,
  ];
  return [...shown, ...revealed.filter((field) => !shown.includes(field)), 'contactPhone'];
}

/**
 * Validates what would be sent with the hooks' own schemas (`addressDraftSchema` to add,
 * `addressPatchSchema` for the changed fields of an edit) — the schemas the client checks
 * with too — and then the chosen country's rule: its required fields and its postal-code
 * pattern. A country without a rule adds no check. Issues become texts on their fields.
 */
export const addressFormResolver: Resolver<
  AddressFormValues,
  AddressFormContext,
  AddressSubmission
> = (values, context) => {
  const messages = context?.messages as AddressMessages;
  const rule = countryRule(values.country.trim());
  const shown = shownFields(values.country.trim(), context?.revealed);
  const body = context?.edit
    ? { patch: buildAddressPatch(values, context.edit.initial, shown, context.edit.address) }
    : { draft: buildAddressDraft(values, shown) };
  const result =
    'patch' in body
      ? addressPatchSchema.safeParse(body.patch)
      : addressDraftSchema.safeParse(body.draft);
  const errors: FieldErrors<AddressFormValues> = {};
  const flag = (field: AddressFormField, code: string, detail?: Record<string, unknown>) => {
    if (errors[field]) return;
    errors[field] = { type: code, message: addressProblemText(field, code, messages, detail) };
  };
  for (const issue of result.error?.issues ?? []) {
    const field = String(issue.path[0]);
    if (isAddressFormField(field))
      flag(field, issue.code, { max: 'maximum' in issue ? issue.maximum : undefined });
  }
  for (const field of rule.required) {
    if (values[field].trim() === '') flag(field, 'required');
  }
  const zip = values.zipCode.trim();
  if (rule.zip && zip !== '' && !rule.zip[0].test(zip)) {
    flag('zipCode', 'zip', { example: rule.zip[1] });
  }
  if (Object.keys(errors).length > 0) return { values: {}, errors };
  return { values: body, errors: {} };
};
