import { errorFromResponse } from './error-from-response.js';
import { errorFromZod } from './error-from-zod.js';
import { fetchWithDeadline } from './fetch-with-deadline.js';
import type { ProfileClientConfig } from './profile-client-config.js';
import { profileClientSettingsSchema } from './profile-client-config.js';
import { isProfileKitError, ProfileKitError } from './profile-kit-error.js';
import { withDeadline } from './with-deadline.js';

export interface RequestOptions {
  signal?: AbortSignal;
  /**
   * The session the request is for. When the token source says whose token it has
   * (`{ token, session }`) and that is someone else, the request waits for the source to
   * catch up and is never sent with the other session's token (`timeout` or `aborted`).
   */
  session?: string | null | undefined;
}

/** The path of an endpoint, from the validated tenant: `(tenant) => `/customer/${tenant}/me``. */
export type RequestPath = (tenant: string) => string;

/**
 * What every endpoint's requests share: the validated configuration, the token read, one
 * refresh for a burst of 401s, and the token the API answered as anonymous.
 */
export function createRequestSender(config: ProfileClientConfig) {
  const settings = profileClientSettingsSchema.safeParse(config);
  const { getAccessToken, subscribeAccessToken, refreshAccessToken } = config;
  // One refresh for a burst of 401s: a 401 joins the refresh in flight, and a 401 for a
  // token read before the last refresh ended just retries with the current token.
  let refresh: Promise<boolean | 'timeout'> | undefined;
  let refreshes = 0;
  // Kept in memory only, to refuse a change the API is known to forbid without sending it.
  let anonymousToken: string | undefined;
  // In memory only: a token the refresher resolved with serves later requests while the
  // source still gives the one it replaced; once it gives another, it is forgotten. Whose
  // it is, if the refresher said so, stands in for a source that does not say.
  let replacement: [given: string, token: string, whose?: string | null] | undefined;

  /**
   * What the host's token source gives, and the token to send for it. When the source says
   * whose token it has and that is not the request's session, it waits for the source to
   * catch up — a switch is under way — until the deadline or an abort ends the call: a
   * request is never sent with another session's token. A source that throws is treated
   * as signed out.
   */
  async function readToken(session: string | null | undefined, deadline?: AbortSignal) {
    let given: string | null | undefined;
    let owner: string | null | undefined;
    for (;;) {
      // Listening before the read, so a change between the read and the wait is not missed.
      let unsubscribe = () => {};
      let notified: Promise<unknown> | undefined;
      if (subscribeAccessToken) {
        notified = new Promise((resolve) => {
          unsubscribe = subscribeAccessToken(() => resolve(0));
        });
      }
      owner = undefined;
      given = undefined;
      try {
        const source = await getAccessToken();
        [given, owner] =
          typeof source === 'object' && source ? [source.token, source.session] : [source];
      } catch {}
      if (replacement && given === replacement[0]) owner ??= replacement[2];
      const caughtUp = owner === undefined || session === undefined || owner === session;
      if (!caughtUp) {
        // Until the source says it changed — or, without notifications, shortly — or the
        // call ends.
        await new Promise((resolve) => {
          void notified?.then(resolve);
          if (!notified) setTimeout(resolve, 25);
          deadline?.addEventListener('abort', resolve, { once: true });
        });
      }
      unsubscribe();
      if (caughtUp) break;
      if (deadline?.aborted) throw new ProfileKitError('aborted');
    }
    // A blank token is no token: never a bare `Bearer ` header.
    if (!given?.trim()) given = undefined;
    if (given !== replacement?.[0]) replacement = undefined;
    return [given, replacement?.[1] ?? given, owner] as const;
  }

  /**
   * The one refresh: `given` is the token it replaces (one that got a 401, or one a
   * password change may have ended). A call joins the refresh in flight. It settles with
   * whether it worked and never rejects: nobody may be left to handle a failure.
   */
  function startRefresh(given: string, timeoutMs: number, refresher: () => Promise<unknown>) {
    // Bounded too: a refresher that never settles must not block every later refresh.
    refresh ??= withDeadline(
      async (deadline) => {
        const answer = await refresher();
        // The new token for `given` (a string, or `{ token, session }` of its session),
        // unless the source has moved on (it has the new token, or someone else signed in)
        // or this refresh was given up (a later one may have installed a newer).
        const { token: refreshed, session: whose } = (
          typeof answer === 'object' && answer ? answer : { token: answer }
        ) as { token?: unknown; session?: string | null };
        if (!deadline.aborted && typeof refreshed === 'string' && refreshed.trim()) {
          const [current, , owner] = await readToken(undefined);
          if (
            current === given &&
            (whose === undefined || owner === undefined || whose === owner)
          ) {
            replacement = [given, refreshed, whose];
          }
        }
        return true;
      },
      timeoutMs,
      undefined,
    )
      // A refresher that outlives the deadline says nothing about the session: the calls
      // waiting on it end as `timeout`, not as a 401 that would sign the customer out.
      .catch((error: unknown) => (isProfileKitError(error, 'timeout') ? 'timeout' : false))
      .finally(() => {
        refreshes += 1;
        refresh = undefined;
      });
    return refresh;
  }

  /** One request, retried once with a refreshed token after a 401; non-2xx becomes an error. */
  async function send(
    path: RequestPath,
    init: RequestInit,
    { signal, session }: RequestOptions,
    refuseAnonymous = false,
  ) {
    if (!settings.success) throw errorFromZod('config', settings.error);
    const { baseUrl, tenant, timeoutMs } = settings.data;
    const url = `${baseUrl}${path(tenant)}`;
    // Bounded like a request: a token source that never answers cannot hold the call.
    const [given, token] = await withDeadline(
      (deadline) => readToken(session, deadline),
      timeoutMs,
      signal,
    );
    // After the read, which can wait: a refresh that ended during it is not this token's.
    const readAfter = refreshes;
    if (!given || !token) throw new ProfileKitError('unauthorized');
    // The API forbids a profile change for a token it answered as anonymous.
    if (refuseAnonymous && token === anonymousToken) throw new ProfileKitError('forbidden');
    // Every token this call has sent, the current first: an answer may echo any of them.
    let sent: [bearer: string, ...earlier: string[]] = [token];
    const attempt = () => fetchWithDeadline(url, init, sent, timeoutMs, signal, config.fetch);
    let answer = await attempt();
    if (answer.status === 401 && refreshAccessToken) {
      if (readAfter === refreshes) startRefresh(given, timeoutMs, refreshAccessToken);
      // Bounded like a request, so a refresh that never ends cannot hold the call; a refresh
      // that fails leaves no new token, and the 401 stands.
      const [, fresh] = await withDeadline(
        async (deadline) => {
          const refreshed = await (refresh ?? true);
          if (refreshed === 'timeout') throw new ProfileKitError('timeout');
          return refreshed ? readToken(session, deadline) : [];
        },
        timeoutMs,
        signal,
      );
      if (fresh) {
        sent = [fresh, ...sent];
        answer = await attempt();
      }
    }
    if (answer.status > 299 || answer.status < 200) throw errorFromResponse(answer, sent);
    return { body: answer.body, token: sent[0] };
  }

  return {
    send,
    /**
     * Refreshes the token now, joined with a refresh in flight: after a password change,
     * whose session may have ended with the old password. Resolves with whether a refresh
     * ran and worked; never rejects.
     */
    async refreshNow({ signal, session }: RequestOptions = {}) {
      if (!settings.success || !refreshAccessToken) return false;
      const { timeoutMs } = settings.data;
      try {
        const [given] = await withDeadline(
          (deadline) => readToken(session, deadline),
          timeoutMs,
          signal,
        );
        return !!given && (await startRefresh(given, timeoutMs, refreshAccessToken)) === true;
      } catch {
        return false;
      }
    },
    /** Remembers the token the API answered as anonymous (or forgets it): see `send`. */
    setAnonymousToken(token: string | undefined) {
      anonymousToken = token;
    },
  };
}
