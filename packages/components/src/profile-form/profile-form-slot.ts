import type { ProfileStateSlot } from '../view/profile-state-slot.js';

/** The parts of `ProfileForm`, by their `data-slot` (class `pk-<slot>`). */
export type ProfileFormSlot =
  | 'form'
  | 'form-fields'
  | 'field'
  | 'field-label'
  | 'field-description'
  | 'field-notice'
  | 'field-error'
  | 'field-control'
  | 'form-actions'
  | 'form-status'
  | 'form-alert'
  | 'conflict'
  | 'conflict-title'
  | 'conflict-list'
  | 'conflict-item'
  | 'conflict-field'
  | 'conflict-yours'
  | 'conflict-theirs'
  | ProfileStateSlot;

/** Extra class names for `ProfileForm`'s parts, merged with the `pk-` ones. */
export type ProfileFormClassNames = Partial<Record<ProfileFormSlot, string>>;
