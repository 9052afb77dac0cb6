// Where focus goes when the page swaps the card and the form (both are documented slots).

/** The control to focus in the form: its first field (or, in a state without fields, a button). */
function firstControlIn(form: HTMLFormElement | null) {
  return form?.querySelector<HTMLElement>('[data-slot="field-control"], [data-slot="button"]');
}

/**
 * Focuses the form's first control as soon as it has one: while the form still waits for
 * the profile or the site it shows a skeleton, and the field comes a moment later.
 * Returns the cleanup for an effect.
 */
export function focusFirstControlOnceReady(form: HTMLFormElement | null): () => void {
  const focused = () => {
    const control = firstControlIn(form);
    control?.focus();
    return Boolean(control);
  };
  if (!form || focused()) return () => {};
  const observer = new MutationObserver(() => focused() && observer.disconnect());
  observer.observe(form, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/** The card's "Edit profile" button: the only button in its header (both are documented slots). */
export function editButtonIn(card: HTMLElement | null) {
  return card?.querySelector<HTMLElement>('[data-slot="card-header"] [data-slot="button"]');
}
