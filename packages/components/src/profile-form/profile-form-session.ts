import type { CustomerProfile } from '@profile-kit/hooks';
import type { SignInKey } from '../i18n/sign-in-key.js';
import type { ConflictReview } from '../model/conflict-fields.js';
import {
  type ProfileFormField,
  type ProfileFormValues,
  toProfileFormValues,
} from '../model/profile-form-fields.js';

/** A stored profile and its form values. */
export interface StoredProfile {
  profile: CustomerProfile;
  values: ProfileFormValues;
}

/**
 * Where the form is in its lifecycle: editing → saving → saved | conflict | failed, or
 * `no-changes` after a submit with nothing to save. A later outcome replaces an earlier
 * one, so a conflict never stays on screen next to a newer failure.
 */
export type ProfileFormStatus =
  | { status: 'editing'; review?: ConflictReview | undefined }
  | { status: 'no-changes' | 'saving' | 'saved' }
  | { status: 'failed'; message: string; signIn: SignInKey | undefined }
  | {
      status: 'conflict';
      basedOn: ProfileFormValues;
      latest: ProfileFormValues;
      /** The save could not read the other writer's profile: `latest` is the next one seen. */
      unread: boolean;
    };

/** The whole state of one editing session: one value, one owner. */
export type ProfileFormSession = ProfileFormStatus & {
  /** The values the form started with, written into server-rendered HTML. */
  initial: ProfileFormValues;
  /** The stored profile as last seen: the form's defaults, what edits are compared with. */
  stored: StoredProfile;
  /**
   * The stored profile the edits are based on: its `metadata.version` goes with the save.
   * It is `stored`, unless a refetch changed a field the customer is editing: then the
   * edits stay on the old version, so saving answers 409 instead of overwriting.
   */
  base: StoredProfile;
  /** A new object each time focus should move to the first invalid of these fields. */
  focus?: { among: readonly ProfileFormField[] } | undefined;
};

export type ProfileFormAction =
  /** A newer stored profile was seen; `keepBase` when it clashes with an edit. */
  | { type: 'seen'; profile: CustomerProfile; keepBase: boolean }
  /** The edits are put on this stored profile (Cancel, or a choice after a conflict). */
  | { type: 'rebase'; profile: CustomerProfile; review?: ConflictReview | undefined }
  | { type: 'saving' }
  | { type: 'saved'; profile: CustomerProfile }
  | { type: 'no-changes' }
  | { type: 'conflict'; latest: CustomerProfile | undefined }
  | { type: 'failed'; message: string; signIn?: SignInKey | undefined }
  /** Fields are invalid: focus the first; `message` names those the customer cannot see. */
  | { type: 'invalid'; among: readonly ProfileFormField[]; message?: string | undefined };

const stored = (profile: CustomerProfile): StoredProfile => ({
  profile,
  values: toProfileFormValues(profile),
});

export function startSession(profile: CustomerProfile): ProfileFormSession {
  const snapshot = stored(profile);
  return { status: 'editing', initial: snapshot.values, stored: snapshot, base: snapshot };
}

/** The session's one reducer: every change of the form's lifecycle goes through here. */
export function reduceSession(
  session: ProfileFormSession,
  action: ProfileFormAction,
): ProfileFormSession {
  const { initial, base, focus } = session;
  const keep = { initial, stored: session.stored, base, focus };
  switch (action.type) {
    case 'seen': {
      const seen = stored(action.profile);
      const next = { ...session, stored: seen, base: action.keepBase ? base : seen };
      // A conflict whose read of the other writer's profile failed shows it once it arrives:
      // the first profile seen with another version than the one the edits are based on.
      const theirs = action.profile.metadata?.version !== base.profile.metadata?.version;
      return next.status === 'conflict' && next.unread && theirs
        ? { ...next, latest: seen.values, unread: false }
        : next;
    }
    case 'rebase': {
      const next = stored(action.profile);
      return { ...keep, status: 'editing', review: action.review, stored: next, base: next };
    }
    case 'saved': {
      const next = stored(action.profile);
      return { ...keep, status: 'saved', stored: next, base: next };
    }
    case 'saving':
    case 'no-changes':
      return { ...keep, status: action.type };
    case 'conflict':
      return {
        ...keep,
        status: 'conflict',
        basedOn: base.values,
        latest: action.latest ? toProfileFormValues(action.latest) : session.stored.values,
        unread: !action.latest,
      };
    case 'failed':
      return { ...keep, status: 'failed', message: action.message, signIn: action.signIn };
    case 'invalid': {
      const next = { ...keep, focus: { among: action.among } };
      return action.message === undefined
        ? { ...next, status: 'editing' }
        : { ...next, status: 'failed', message: action.message, signIn: undefined };
    }
  }
}

export interface ProfileFormSessionOptions {
  profile: CustomerProfile;
  /** The fields shown, in order. */
  fields: readonly ProfileFormField[];
  onSaved?: ((profile: CustomerProfile) => void) | undefined;
  onCancel?: (() => void) | undefined;
  onSessionExpired?: (() => void) | undefined;
}
