import { joinTokens } from './join-tokens.js';

/**
 * The stable hooks of one part: `data-slot="card-title"` and `class="pk-card-title"`,
 * plus the host's class names for that slot.
 */
export function slotProps<Slot extends string>(
  slot: Slot,
  classNames: Partial<Record<Slot, string>> | undefined,
  ...extra: ReadonlyArray<string | undefined>
) {
  return {
    'data-slot': slot,
    className: joinTokens(`pk-${slot}`, classNames?.[slot], ...extra),
  };
}
