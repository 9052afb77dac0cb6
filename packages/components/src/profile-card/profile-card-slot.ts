import type { ProfileStateSlot } from '../view/profile-state-slot.js';

/** The parts of `ProfileCard`, by their `data-slot` (class `pk-<slot>`). */
export type ProfileCardSlot =
  | 'card'
  | 'card-header'
  | 'card-title'
  | 'card-details'
  | 'card-item'
  | 'card-term'
  | 'card-value'
  | 'card-list'
  | 'card-list-item'
  | ProfileStateSlot;

/** Extra class names for `ProfileCard`'s parts, merged with the `pk-` ones. */
export type ProfileCardClassNames = Partial<Record<ProfileCardSlot, string>>;
