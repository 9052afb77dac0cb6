'use client';
import type { CustomerAddress, Site } from '@profile-kit/hooks';
import { type ComponentPropsWithRef, forwardRef, useId, useMemo } from 'react';
import { type AddressMessages, enAddressMessages } from '../address-card/address-messages.js';
import { slotProps } from '../field/slot-props.js';
import { FormSkeleton } from '../view/profile-skeleton.js';
import { AddressFormEditor } from './address-form-editor.js';
import type { AddressFormClassNames } from './address-form-slot.js';
import { useAddressCountries } from './use-address-countries.js';

export interface AddressFormProps extends Omit<ComponentPropsWithRef<'section'>, 'children'> {
  /** The address to edit (as `useAddresses` gives it); without it the form adds a new one. */
  address?: CustomerAddress | undefined;
  /** The countries to offer (ISO 3166-1 alpha-2); win over the site's `shipToCountries`. */
  countries?: readonly string[] | undefined;
  /** The storefront's site (as `useSite` reads it): its `shipToCountries` are offered. */
  site?: Site | undefined;
  /** Instead of `site`: the code of the site to read with `useSite`; the form waits for it. */
  siteCode?: string | undefined;
  /** UI locale for the country names: `en` (default), `de-DE`, … */
  locale?: string | undefined;
  /** Texts: `deAddressMessages`, or single keys over English. */
  messages?: Partial<AddressMessages> | undefined;
  classNames?: AddressFormClassNames | undefined;
  /** Level of the form's heading ("New address", "Edit address"). Default 3. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** After a save, with the address as stored (with its new id after an add). */
  onSaved?: ((address: CustomerAddress) => void) | undefined;
  /** Shows a Cancel button that calls this. */
  onCancel?: (() => void) | undefined;
  /** With an expired session, the alert offers "Sign in again", which calls this (what was typed stays). */
  onSignIn?: (() => void) | undefined;
}

/**
 * Adds or edits one address (react-hook-form with the hooks' `addressDraftSchema` and
 * `addressPatchSchema`). `contactName` is required; the country is picked from the site's
 * `shipToCountries` by name in the UI locale (a text box for a code without a list), and
 * the fields follow that country — their order, names, required ones and postal-code
 * pattern for DE, AT, CH, FR, GB, US and JP; any other country is saved with no postal
 * rule. An edit sends only the changed fields (PATCH). Server field errors land on their
 * fields; what was typed survives every failure (offline, expired session, 5xx, 429).
 *
 * Needs a `ProfileKitProvider` (and the host's `QueryClientProvider`) above it.
 *
 * @example
 * ```tsx
 * <AddressForm countries={['DE', 'AT', 'CH']} locale="de-DE" messages={deAddressMessages} onSaved={close} onCancel={close} />
 * <AddressForm address={address} siteCode="main" onSaved={close} />
 * ```
 */
export const AddressForm = forwardRef<HTMLElement, AddressFormProps>(function AddressForm(
  {
    address,
    countries,
    site,
    siteCode,
    locale = 'en',
    messages,
    classNames,
    className,
    headingLevel = 3,
    onSaved,
    onCancel,
    onSignIn,
    ...props
  },
  ref,
) {
  const text = useMemo(() => ({ ...enAddressMessages, ...messages }), [messages]);
  const titleId = useId();
  const offered = useAddressCountries(
    { countries, site, siteCode },
    locale.replaceAll('_', '-'),
    address?.country,
  );
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      {...props}
      ref={ref}
      {...slotProps('address-form', classNames, 'pk-form', className)}
      aria-labelledby={titleId}
    >
      <Heading id={titleId} {...slotProps('address-form-title', classNames)}>
        {address ? text.addressFormEdit : text.addressFormAdd}
      </Heading>
      {offered.pending ? (
        <div {...slotProps('skeleton', classNames)}>
          <span className="pk-visually-hidden">{text.addressFormLoading}</span>
          <FormSkeleton
            fields={[
              { name: 'name', described: false },
              { name: 'country', described: false },
              { name: 'street', described: false },
            ]}
            classNames={classNames}
          />
        </div>
      ) : (
        <AddressFormEditor
          address={address}
          countries={offered}
          text={text}
          classNames={classNames}
          onSaved={onSaved}
          onCancel={onCancel}
          onSignIn={onSignIn}
        />
      )}
    </section>
  );
});
