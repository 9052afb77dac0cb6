'use client';
import type { CustomerAddress, ProfileKitError } from '@profile-kit/hooks';
import { useAddAddress, useUpdateAddress } from '@profile-kit/hooks/addresses';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { AddressMessages } from '../address-card/address-messages.js';
import { slotProps } from '../field/slot-props.js';
import { ProfileButton } from '../view/profile-button.js';
import { addressErrorText } from './address-error-text.js';
import { AddressFormFields } from './address-form-fields.js';
import {
  type AddressFormContext,
  type AddressSubmission,
  addressFormResolver,
  shownFields,
} from './address-form-resolver.js';
import type { AddressFormClassNames } from './address-form-slot.js';
import {
  type AddressFormField,
  addressFormValues,
  isAddressFormField,
} from './address-form-values.js';
import { addressProblemText } from './address-problem-text.js';
import type { AddressCountries } from './use-address-countries.js';

export interface AddressFormEditorProps {
  address: CustomerAddress | undefined;
  countries: AddressCountries;
  text: AddressMessages;
  classNames: AddressFormClassNames | undefined;
  onSaved: ((address: CustomerAddress) => void) | undefined;
  onCancel: (() => void) | undefined;
  onSignIn: (() => void) | undefined;
}

/**
 * The form once its countries are known: react-hook-form over the address's values (or
 * blanks and the site's first country), validated by `addressFormResolver`, saved with
 * `useAddAddress` or `useUpdateAddress` (PATCH of the changed fields only). A failure puts
 * the server's field errors on their fields — a field the country does not use is shown
 * for it, so the customer can fix what was refused — and one alert above the buttons; the
 * values typed stay, whatever failed.
 */
export function AddressFormEditor({
  address,
  countries,
  text,
  classNames,
  onSaved,
  onCancel,
  onSignIn,
}: AddressFormEditorProps) {
  const [initial, setInitial] = useState(() => addressFormValues(address, countries.first));
  const [outcome, setOutcome] = useState<{ saved: true } | { failed: string; signIn: boolean }>();
  const [revealed, setRevealed] = useState<AddressFormField[]>([]);
  // The first field the API refused, focused once it is on screen (it may be revealed now).
  const [refused, setRefused] = useState<{ field: AddressFormField }>();
  const context: AddressFormContext = {
    messages: text,
    edit: address?.id ? { address, initial } : undefined,
    revealed,
  };
  const form = useForm({ defaultValues: initial, resolver: addressFormResolver, context });
  const country = useWatch({ control: form.control, name: 'country' });
  const add = useAddAddress();
  const update = useUpdateAddress();
  const saving = add.isPending || update.isPending;

  useEffect(() => {
    if (refused) form.setFocus(refused.field);
  }, [form, refused]);

  const failed = (error: ProfileKitError) => {
    const shown = shownFields(country.trim(), revealed);
    const placed: AddressFormField[] = [];
    for (const { field, type } of error.fieldErrors) {
      if (!isAddressFormField(field)) continue;
      form.setError(field, { type, message: addressProblemText(field, type, text) });
      placed.push(field);
    }
    const hidden = placed.filter((field) => !shown.includes(field));
    if (hidden.length > 0) setRevealed([...revealed, ...hidden]);
    if (placed[0]) setRefused({ field: placed[0] });
    setOutcome({
      // Refused details the form has no field for: "check the highlighted fields" would
      // point at nothing.
      failed:
        error.fieldErrors.length > 0 && placed.length === 0
          ? text.addressErrorUnplaced
          : addressErrorText(error.kind, text),
      signIn: error.kind === 'unauthorized',
    });
  };
  const saved = (result: CustomerAddress) => {
    const values = form.getValues();
    setInitial(values);
    form.reset(address ? values : addressFormValues(undefined, countries.first));
    setOutcome({ saved: true });
    onSaved?.(result);
  };

  const submit = form.handleSubmit((body: AddressSubmission) => {
    if (saving) return;
    setOutcome(undefined);
    if ('draft' in body) {
      add.mutate(body.draft, { onSuccess: saved, onError: failed });
    } else if (address?.id && Object.keys(body.patch).length > 0) {
      const { id } = address;
      update.mutate(
        { id, patch: body.patch },
        { onSuccess: (read) => saved(read ?? { ...address, ...body.patch }), onError: failed },
      );
    } else if (address) {
      saved(address);
    }
  });

  return (
    <form
      noValidate
      {...slotProps('address-form-body', classNames)}
      aria-busy={saving || undefined}
      onSubmit={(event) => void submit(event)}
    >
      <AddressFormFields
        control={form.control}
        country={country}
        revealed={revealed}
        countries={countries}
        text={text}
        classNames={classNames}
      />
      <div
        role="status"
        {...slotProps('form-status', classNames)}
        data-state={outcome && 'saved' in outcome ? 'saved' : undefined}
      >
        {outcome && 'saved' in outcome ? text.addressSaved : undefined}
      </div>
      {outcome && 'failed' in outcome && (
        <div role="alert" {...slotProps('form-alert', classNames)} data-state="failed">
          <p>{outcome.failed}</p>
          {/* An expired session: signing in again is the way on, not saving again. */}
          {outcome.signIn && onSignIn && (
            <div {...slotProps('message-actions', classNames)}>
              <ProfileButton variant="primary" classNames={classNames} onClick={onSignIn}>
                {text.addressSignInAgain}
              </ProfileButton>
            </div>
          )}
        </div>
      )}
      <div {...slotProps('form-actions', classNames)}>
        <ProfileButton
          type="submit"
          variant="primary"
          classNames={classNames}
          aria-disabled={saving || undefined}
        >
          {saving ? text.addressSaving : address ? text.addressSave : text.addressAddSave}
        </ProfileButton>
        {onCancel && (
          <ProfileButton variant="secondary" classNames={classNames} onClick={onCancel}>
            {text.addressCancel}
          </ProfileButton>
        )}
      </div>
    </form>
  );
}
