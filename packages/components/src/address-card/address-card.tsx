'use client';
import type { CustomerAddress } from '@profile-kit/hooks';
import { isPendingAddressId } from '@profile-kit/hooks/addresses';
import { type ComponentPropsWithRef, forwardRef, useId, useMemo } from 'react';
import { slotProps } from '../field/slot-props.js';
import { formatMessage } from '../i18n/format-message.js';
import { ProfileButton } from '../view/profile-button.js';
import type { AddressCardClassNames } from './address-card-slot.js';
import { addressLines } from './address-lines.js';
import { type AddressMessages, enAddressMessages } from './address-messages.js';

export interface AddressCardProps extends Omit<ComponentPropsWithRef<'article'>, 'children'> {
  /** The address, as `useAddresses` or `useAddress` give it. */
  address: CustomerAddress;
  /** UI locale for the country's name: `en` (default), `de`, `de-CH`, … */
  locale?: string | undefined;
  /** Texts: `deAddressMessages` from `@profile-kit/components/locales/de`, or single keys over English. */
  messages?: Partial<AddressMessages> | undefined;
  /** Extra class names per part, merged with the `pk-` classes. `className` goes on the root too. */
  classNames?: AddressCardClassNames | undefined;
  /** Level of the heading with the contact name. Default 3 (under a page's address book heading). */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /** Shows an Edit button that calls this. */
  onEdit?: ((address: CustomerAddress) => void) | undefined;
  /** Shows a Remove button that calls this. */
  onRemove?: ((address: CustomerAddress) => void) | undefined;
  /** Shows a "Make default" button (not on the default address) that calls this. */
  onSetDefault?: ((address: CustomerAddress) => void) | undefined;
}

const knownTags: Record<string, keyof AddressMessages> = {
  billing: 'addressTagBilling',
  shipping: 'addressTagShipping',
};

/**
 * Shows one address: the contact name as its heading, the company, the postal lines in
 * the order of the address's country (US and GB differ from the rest) with the country by
 * name in the UI locale, the phone, a "Default address" badge and the tags — `BILLING`
 * and `SHIPPING` by their names in any case, other tags as they are. Optional Edit, Remove
 * and "Make default" buttons call back with the address; their accessible names say whose
 * address they act on, and `data-action` (`edit`, `default`, `remove`) lets a page find
 * them to move focus.
 *
 * State as data attributes on the root `article`: `data-default` on the default address,
 * `data-pending` (and `aria-busy`, "Saving…", no buttons) while it is still being added
 * (`isPendingAddressId`). Needs no provider: it shows what it is given.
 *
 * @example
 * ```tsx
 * const { data: addresses = [] } = useAddresses();
 * const setDefault = useSetDefaultAddress();
 * addresses.map((address) => (
 *   <AddressCard key={address.id} address={address} onSetDefault={(a) => a.id && setDefault.mutate(a.id)} />
 * ));
 * ```
 */
export const AddressCard = forwardRef<HTMLElement, AddressCardProps>(function AddressCard(
  {
    address,
    locale = 'en',
    messages,
    classNames,
    className,
    headingLevel = 3,
    onEdit,
    onRemove,
    onSetDefault,
    ...props
  },
  ref,
) {
  const text = useMemo(() => ({ ...enAddressMessages, ...messages }), [messages]);
  const titleId = useId();
  const tag = locale.replaceAll('_', '-');
  const pending = isPendingAddressId(address.id);
  const name = address.contactName?.trim() || text.addressUntitled;
  const Heading = `h${headingLevel}` as const;
  const tags = address.tags ?? [];
  const actions = pending
    ? []
    : [
        onEdit && { key: 'edit', label: text.addressEdit, on: onEdit },
        !address.isDefault &&
          onSetDefault && { key: 'default', label: text.addressSetDefault, on: onSetDefault },
        onRemove && { key: 'remove', label: text.addressRemove, on: onRemove },
      ].filter((action) => !!action);

  return (
    <article
      {...props}
      ref={ref}
      {...slotProps('address-card', classNames, className)}
      data-default={address.isDefault ? '' : undefined}
      data-pending={pending ? '' : undefined}
      aria-busy={pending || undefined}
      aria-labelledby={props['aria-label'] ? props['aria-labelledby'] : titleId}
    >
      <Heading id={titleId} {...slotProps('address-title', classNames)}>
        {name}
      </Heading>
      {address.isDefault && (
        <p {...slotProps('address-badge', classNames)}>{text.addressDefault}</p>
      )}
      {pending && <p {...slotProps('address-badge', classNames)}>{text.addressSaving}</p>}
      {address.companyName && (
        <p {...slotProps('address-company', classNames)}>{address.companyName}</p>
      )}
      <address {...slotProps('address-lines', classNames)}>
        {addressLines(address, tag).map((line, index) => (
          // Lines of one address, in a fixed order: the index is their identity.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <span key={index}>
            {line}
            <br />
          </span>
        ))}
      </address>
      {address.contactPhone && (
        <p {...slotProps('address-phone', classNames)}>
          {text.addressPhone}: {address.contactPhone}
        </p>
      )}
      {tags.length > 0 && (
        <ul {...slotProps('address-tags', classNames)} aria-label={text.addressTags}>
          {tags.map((value) => {
            const known = knownTags[value.toLowerCase()];
            return (
              <li key={value} {...slotProps('address-tag', classNames)} data-tag={value}>
                {known ? text[known] : value}
              </li>
            );
          })}
        </ul>
      )}
      {actions.length > 0 && (
        <div {...slotProps('address-actions', classNames)}>
          {actions.map((action) => (
            <ProfileButton
              key={action.key}
              variant="secondary"
              classNames={classNames}
              data-action={action.key}
              aria-label={formatMessage(text.addressActionLabel, { action: action.label, name })}
              onClick={() => action.on(address)}
            >
              {action.label}
            </ProfileButton>
          ))}
        </div>
      )}
    </article>
  );
});
