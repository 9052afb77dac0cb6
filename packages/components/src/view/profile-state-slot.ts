/** Parts both components render for their loading, error and signed-out states, and their buttons. */
export type ProfileStateSlot =
  | 'message'
  | 'message-actions'
  | 'button'
  | 'skeleton'
  | 'skeleton-group'
  | 'skeleton-line';
