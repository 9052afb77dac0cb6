import { createProfileApiMock, mockProfiles, mockTokens } from '@profile-kit/mock-api';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  isPendingAddressId,
  useAddAddress,
  useAddress,
  useAddresses,
  useAddressTags,
  useRemoveAddress,
  useSetDefaultAddress,
  useUpdateAddress,
} from '../src/addresses.js';
import { isProfileKitError, useCustomerProfile, useUpdateProfile } from '../src/index.js';
import { createHarness, type Harness, holdPatches } from './profile-kit-harness.js';

const [home, office] = mockProfiles.b2cCustomer.addresses ?? [];
const homeId = home?.id ?? '';
const officeId = office?.id ?? '';

/** An account page: the address list, the profile with its addresses, and every action. */
function useBook() {
  return {
    list: useAddresses(),
    profile: useCustomerProfile({ expand: ['addresses'] }),
    add: useAddAddress(),
    update: useUpdateAddress(),
    remove: useRemoveAddress(),
    setDefault: useSetDefaultAddress(),
  };
}

async function renderBook(kit: Harness = createHarness()) {
  const page = renderHook(useBook, { wrapper: kit.wrapper });
  await waitFor(() => {
    expect(page.result.current.list.isSuccess).toBe(true);
    expect(page.result.current.profile.isSuccess).toBe(true);
  });
  kit.mock.clearRequests();
  return { kit, ...page };
}

const ids = (list: { id?: string | undefined }[] | undefined) => list?.map((a) => a.id);
const defaults = (list: { id?: string | undefined; isDefault?: boolean | undefined }[] = []) =>
  list.filter((address) => address.isDefault).map((address) => address.id);

/** A harness whose POST, PATCH and DELETE requests wait until `release()`. */
function heldHarness() {
  const mock = createProfileApiMock();
  const waiting: (() => void)[] = [];
  const kit = createHarness({
    mock,
    fetch: async (input, init) => {
      if ((init?.method ?? 'GET') !== 'GET') await new Promise<void>((go) => waiting.push(go));
      return mock.fetch(input, init);
    },
  });
  return {
    kit,
    release: () => {
      for (const go of waiting.splice(0)) go();
    },
  };
}

describe('useAddresses and useAddress', () => {
  it('read the list and one address in the session scope', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => ({ list: useAddresses(), one: useAddress(officeId) }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.one.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    expect(ids(result.current.list.data)).toEqual([homeId, officeId]);
    expect(result.current.one.data?.companyName).toBe('Schmidt Design');
  });

  it('wait without a session and fail as forbidden for the anonymous token', async () => {
    const none = createHarness({ session: null });
    const waiting = renderHook(() => useAddresses(), { wrapper: none.wrapper });
    expect(waiting.result.current.isPending).toBe(true);
    expect(none.mock.requests).toEqual([]);

    const anonymous = createHarness({ session: 'anonymous', token: mockTokens.anonymous });
    const { result } = renderHook(() => useAddresses(), { wrapper: anonymous.wrapper });
    await waitFor(() => expect(result.current.error?.kind).toBe('forbidden'));
  });
});

describe('useAddAddress', () => {
  it('shows the address at once under a temporary id, then the real id, with no second GET', async () => {
    const { kit, release } = heldHarness();
    const { result } = await renderBook(kit);
    let added: Promise<unknown> | undefined;
    act(() => {
      added = result.current.add.mutateAsync({ contactName: 'Eva Meier', country: 'CH' });
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(3));
    const pending = result.current.list.data?.[2];
    expect(isPendingAddressId(pending?.id)).toBe(true);
    expect(pending).toMatchObject({ contactName: 'Eva Meier', isDefault: false });

    await act(async () => {
      release();
      await added;
    });
    const stored = kit.mock.profileFor(mockTokens.customer)?.addresses?.[2];
    expect(result.current.list.data?.[2]?.id).toBe(stored?.id);
    expect(isPendingAddressId(stored?.id)).toBe(false);
    // The profile with addresses reads again; the list does not.
    await waitFor(() => expect(result.current.profile.data?.addresses).toHaveLength(3));
    expect(kit.mock.requests.filter((r) => r.path.endsWith('/addresses'))).toHaveLength(1);
  });

  it('refuses changes to the address while it is being added, sending nothing for them', async () => {
    const { kit, release } = heldHarness();
    const { result } = await renderBook(kit);
    act(() => {
      result.current.add.mutate({ contactName: 'Eva Meier' });
    });
    await waitFor(() => expect(result.current.list.data).toHaveLength(3));
    const pendingId = result.current.list.data?.[2]?.id ?? '';
    const { result: single } = renderHook(() => useAddress(pendingId), { wrapper: kit.wrapper });
    expect(single.current.fetchStatus).toBe('idle');
    await act(async () => {
      release();
    });
    await waitFor(() => expect(result.current.add.isSuccess).toBe(true));
    await act(async () => {
      await result.current.remove.mutateAsync(pendingId).catch(() => {});
    });
    await waitFor(() => expect(result.current.remove.error?.kind).toBe('invalid-input'));
    expect(kit.count('DELETE')).toBe(0);
    expect(kit.mock.requests.some((r) => r.path.includes('pending'))).toBe(false);
  });

  it('takes the temporary entry out again when the POST is refused', async () => {
    const { kit, result } = await renderBook();
    kit.mock.faults.failNext(400, { method: 'POST' });
    await act(async () => {
      await result.current.add.mutateAsync({ contactName: 'Eva' }).catch(() => {});
    });
    await waitFor(() => expect(result.current.add.error?.kind).toBe('validation'));
    expect(ids(result.current.list.data)).toEqual([homeId, officeId]);
  });

  it('sends nothing and shows nothing for an invalid draft', async () => {
    const { kit, result } = await renderBook();
    await act(async () => {
      await result.current.add.mutateAsync({ contactName: '', country: 'Germany' }).catch(() => {});
    });
    await waitFor(() => expect(result.current.add.error?.kind).toBe('invalid-input'));
    expect(result.current.add.error?.fieldErrors.map((e) => e.field)).toEqual([
      'contactName',
      'country',
    ]);
    expect(result.current.list.data).toHaveLength(2);
    expect(kit.mock.requests).toEqual([]);
  });
});

describe('useUpdateAddress', () => {
  it('sends only the given fields, shows them at once and reads the address book again', async () => {
    const { kit, release } = heldHarness();
    const { result } = await renderBook(kit);
    let saving: Promise<unknown> | undefined;
    act(() => {
      saving = result.current.update.mutateAsync({ id: officeId, patch: { city: 'Potsdam' } });
    });
    await waitFor(() => expect(result.current.list.data?.[1]?.city).toBe('Potsdam'));
    await act(async () => {
      release();
      await saving;
    });
    expect(kit.patchBodies()).toEqual([{ city: 'Potsdam' }]);
    await waitFor(() => expect(result.current.profile.data?.addresses?.[1]?.city).toBe('Potsdam'));
    // Re-read: the new version is the stored one.
    expect(result.current.list.data?.[1]?.metadata).toEqual(
      kit.mock.profileFor(mockTokens.customer)?.addresses?.[1]?.metadata,
    );
  });

  it('rolls back on failure', async () => {
    const { kit, result } = await renderBook();
    kit.mock.faults.failNext(403, { method: 'PATCH' });
    await act(async () => {
      await result.current.update
        .mutateAsync({ id: officeId, patch: { city: 'Potsdam' } })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.kind).toBe('forbidden'));
    expect(result.current.list.data?.[1]?.city).toBe('Berlin');
  });

  it('removes an address that is gone (404) from the cache', async () => {
    const { kit, result } = await renderBook();
    kit.mock.setProfile(mockTokens.customer, (p) => ({
      ...p,
      addresses: [home ?? { contactName: '' }],
    }));
    await act(async () => {
      await result.current.update
        .mutateAsync({ id: officeId, patch: { city: 'X' } })
        .catch(() => {});
    });
    await waitFor(() => expect(result.current.update.error?.kind).toBe('not-found'));
    expect(ids(result.current.list.data)).toEqual([homeId]);
  });
});

describe('useSetDefaultAddress', () => {
  it('never shows two defaults: at once, and after the list is read again', async () => {
    const { kit, release } = heldHarness();
    const { result } = await renderBook(kit);
    const seen: (string | undefined)[][] = [];
    let saving: Promise<unknown> | undefined;
    act(() => {
      saving = result.current.setDefault.mutateAsync(officeId);
    });
    await waitFor(() => expect(defaults(result.current.list.data)).toEqual([officeId]));
    seen.push(defaults(result.current.list.data));
    await act(async () => {
      release();
      await saving;
    });
    seen.push(defaults(result.current.list.data));
    expect(seen).toEqual([[officeId], [officeId]]);
    expect(kit.patchBodies()).toEqual([{ isDefault: true }]);
    await waitFor(() => expect(result.current.profile.data?.defaultAddress?.id).toBe(officeId));
  });

  /** A harness on a server that keeps the old default (Home) when another is set. */
  function stubbornServer({ refuseClearing = false } = {}) {
    const mock = createProfileApiMock();
    return createHarness({
      mock,
      fetch: async (input, init) => {
        const body = init?.body ? JSON.parse(String(init.body)) : undefined;
        if (init?.method === 'PATCH' && body?.isDefault === false && refuseClearing) {
          return new Response(null, { status: 503 });
        }
        const response = await mock.fetch(input, init);
        if (init?.method === 'PATCH' && body?.isDefault === true) {
          mock.setProfile(mockTokens.customer, (p) => ({
            ...p,
            addresses: p.addresses?.map((a) => (a.id === homeId ? { ...a, isDefault: true } : a)),
          }));
        }
        return response;
      },
    });
  }

  it('clears an old default the server left in place', async () => {
    const kit = stubbornServer();
    const { result } = await renderBook(kit);
    await act(async () => {
      await result.current.setDefault.mutateAsync(officeId);
    });
    expect(kit.patchBodies()).toEqual([{ isDefault: true }, { isDefault: false }]);
    expect(defaults(result.current.list.data)).toEqual([officeId]);
    expect(defaults(kit.mock.profileFor(mockTokens.customer)?.addresses)).toEqual([officeId]);
  });

  it('shows one default even when clearing the old one fails, and reports success', async () => {
    const kit = stubbornServer({ refuseClearing: true });
    const { result } = await renderBook(kit);
    await act(async () => {
      await result.current.setDefault.mutateAsync(officeId);
    });
    await waitFor(() => expect(result.current.setDefault.isSuccess).toBe(true));
    expect(defaults(result.current.list.data)).toEqual([officeId]);
  });
});

describe('useRemoveAddress', () => {
  it('takes the address out at once and keeps the profile consistent', async () => {
    const { kit, release } = heldHarness();
    const { result } = await renderBook(kit);
    let removing: Promise<unknown> | undefined;
    act(() => {
      removing = result.current.remove.mutateAsync(officeId);
    });
    await waitFor(() => expect(ids(result.current.list.data)).toEqual([homeId]));
    await act(async () => {
      release();
      await removing;
    });
    await waitFor(() => expect(ids(result.current.profile.data?.addresses)).toEqual([homeId]));
  });

  it('puts it back when the DELETE fails', async () => {
    const { kit, result } = await renderBook();
    kit.mock.faults.failNext(403, { method: 'DELETE' });
    await act(async () => {
      await result.current.remove.mutateAsync(officeId).catch(() => {});
    });
    expect(ids(result.current.list.data)).toEqual([homeId, officeId]);
  });

  it('reports a 404 as not-found and leaves the address out of the cache', async () => {
    const { kit, result } = await renderBook();
    kit.mock.setProfile(mockTokens.customer, (p) => ({
      ...p,
      addresses: [home ?? { contactName: '' }],
    }));
    let error: unknown;
    await act(async () => {
      await result.current.remove.mutateAsync(officeId).catch((reason: unknown) => {
        error = reason;
      });
    });
    expect(isProfileKitError(error, 'not-found')).toBe(true);
    expect(ids(result.current.list.data)).toEqual([homeId]);
  });
});

describe('useAddressTags', () => {
  it('adds and removes tags case-insensitively, with POST and DELETE …/tags', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => ({ list: useAddresses(), tags: useAddressTags() }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    kit.mock.clearRequests();
    await act(async () => {
      await result.current.tags.mutateAsync({
        id: officeId,
        add: ['billing'],
        remove: ['shipping'],
      });
    });
    expect(
      kit.mock.requests
        .filter((r) => r.path.endsWith('/tags'))
        .map((r) => `${r.method} ${r.search}`),
    ).toEqual(['POST ?tags=billing', 'DELETE ?tags=shipping']);
    expect(result.current.list.data?.[1]?.tags).toEqual(['billing']);
    expect(kit.mock.profileFor(mockTokens.customer)?.addresses?.[1]?.tags).toEqual(['billing']);
  });

  it('does not add a tag again in another case, and rolls back on failure', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => ({ list: useAddresses(), tags: useAddressTags() }), {
      wrapper: kit.wrapper,
    });
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    kit.mock.faults.failNext(403, { method: 'POST' });
    await act(async () => {
      await result.current.tags.mutateAsync({ id: homeId, add: ['Gift'] }).catch(() => {});
    });
    await waitFor(() => expect(result.current.tags.error?.kind).toBe('forbidden'));
    expect(result.current.list.data?.[0]?.tags).toEqual(home?.tags);
    await act(async () => {
      await result.current.tags.mutateAsync({ id: homeId, add: ['shipping'] });
    });
    await waitFor(() =>
      expect(result.current.list.data?.[0]?.tags).toEqual(['BILLING', 'SHIPPING']),
    );
  });

  it('sends nothing for a tag with a comma', async () => {
    const kit = createHarness();
    const { result } = renderHook(() => useAddressTags(), { wrapper: kit.wrapper });
    await act(async () => {
      await result.current.mutateAsync({ id: homeId, add: ['A,B'] }).catch(() => {});
    });
    await waitFor(() => expect(result.current.error?.kind).toBe('invalid-input'));
    expect(kit.mock.requests).toEqual([]);
  });
});

describe('beside the profile', () => {
  it('a profile save leaves the cached address list as it is, and does not read it again', async () => {
    const mock = createProfileApiMock();
    const held = holdPatches(mock.fetch);
    const kit = createHarness({ mock, fetch: held.fetch });
    const { result } = renderHook(
      () => ({ list: useAddresses(), profile: useCustomerProfile(), save: useUpdateProfile() }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await waitFor(() => expect(result.current.profile.isSuccess).toBe(true));
    const before = result.current.list.data;
    kit.mock.clearRequests();
    let saving: Promise<unknown> | undefined;
    act(() => {
      saving = result.current.save.mutateAsync({ firstName: 'Annika' });
    });
    await waitFor(() => expect(held.waiting).toBe(1));
    // While the PATCH is under way, the optimistic profile is no address list.
    expect(result.current.list.data).toEqual(before);
    await act(async () => {
      held.release();
      await saving;
    });
    await waitFor(() => expect(result.current.profile.data?.firstName).toBe('Annika'));
    expect(result.current.list.data).toEqual(before);
    expect(kit.mock.requests.filter((r) => r.path.endsWith('/addresses'))).toEqual([]);
  });

  it('after an address change, a profile save does not conflict', async () => {
    const kit = createHarness();
    const { result } = renderHook(
      () => ({
        update: useUpdateAddress(),
        profile: useCustomerProfile(),
        save: useUpdateProfile(),
      }),
      { wrapper: kit.wrapper },
    );
    await waitFor(() => expect(result.current.profile.isSuccess).toBe(true));
    await act(async () => {
      await result.current.update.mutateAsync({ id: officeId, patch: { city: 'Potsdam' } });
      await result.current.save.mutateAsync({ firstName: 'Annika' });
    });
    await waitFor(() => expect(result.current.save.isSuccess).toBe(true));
    expect(kit.mock.profileFor(mockTokens.customer)?.firstName).toBe('Annika');
  });
});

describe('session scoping', () => {
  it('drops the address book of the previous customer on a switch', async () => {
    const { kit, result } = await renderBook();
    act(() => kit.signIn('maria', mockTokens.otherCustomer));
    await waitFor(() => expect(result.current.list.isSuccess).toBe(true));
    await waitFor(() =>
      expect(ids(result.current.list.data)).toEqual(ids(mockProfiles.otherCustomer.addresses)),
    );
    expect(ids(result.current.list.data)).not.toContain(homeId);
  });
});
