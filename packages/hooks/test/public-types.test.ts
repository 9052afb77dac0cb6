import type { UseMutationResult, UseQueryResult } from '@tanstack/react-query';
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import {
  type CustomerProfile,
  type CustomerProfileQueryKey,
  createProfileClient,
  customerProfileQueryOptions,
  type ProfileClient,
  type ProfileKitError,
  type ProfileKitErrorKind,
  type ProfilePatch,
  type profilePatchSchema,
  type Site,
  type SiteQueryKey,
  siteQueryOptions,
  type siteSchema,
  useCustomerProfile,
  useSite,
  useUpdateProfile,
} from '../src/index.js';

describe('public types', () => {
  it('derives the patch and profile types from the schemas', () => {
    expectTypeOf<ProfilePatch>().toEqualTypeOf<z.input<typeof profilePatchSchema>>();
    expectTypeOf<ProfilePatch['preferredCurrency']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<CustomerProfile['id']>().toEqualTypeOf<string>();
    expectTypeOf<CustomerProfile['metadata']>().toMatchTypeOf<
      { version?: number | undefined } | undefined
    >();
  });

  it('types the client', () => {
    expectTypeOf(createProfileClient).returns.toEqualTypeOf<ProfileClient>();
    expectTypeOf<ProfileClient['getProfile']>().returns.resolves.toEqualTypeOf<CustomerProfile>();
    expectTypeOf<ProfileClient['updateProfile']>().returns.resolves.toBeVoid();
    expectTypeOf<ProfileClient['updateProfile']>().parameter(0).toEqualTypeOf<ProfilePatch>();
    // @ts-expect-error — read-only fields are not part of a patch
    ({ id: 'x' }) satisfies ProfilePatch;
    // @ts-expect-error — the contract has no nullable field
    ({ middleName: null }) satisfies ProfilePatch;
  });

  it('types the hooks with ProfileKitError', () => {
    expectTypeOf(useCustomerProfile<CustomerProfile>).returns.toEqualTypeOf<
      UseQueryResult<CustomerProfile, ProfileKitError>
    >();
    expectTypeOf(useCustomerProfile<string | undefined>).returns.toEqualTypeOf<
      UseQueryResult<string | undefined, ProfileKitError>
    >();
    expectTypeOf(useUpdateProfile).returns.toEqualTypeOf<
      UseMutationResult<CustomerProfile, ProfileKitError, ProfilePatch, unknown>
    >();
    expectTypeOf<ProfileKitError['kind']>().toEqualTypeOf<ProfileKitErrorKind>();
  });

  it('types the query options with the kit’s key', () => {
    const options = customerProfileQueryOptions({
      client: createProfileClient({ tenant: 'demo', getAccessToken: () => 't' }),
      session: 's',
    });
    expectTypeOf(options.queryKey).toMatchTypeOf<CustomerProfileQueryKey>();
  });

  it('types the site from its schema, and its hook and options with the kit’s error and key', () => {
    expectTypeOf<Site>().toEqualTypeOf<z.output<typeof siteSchema>>();
    expectTypeOf<Site['code']>().toEqualTypeOf<string>();
    expectTypeOf<Site['availableCurrencies']>().toEqualTypeOf<string[] | undefined>();
    expectTypeOf(useSite<Site>).returns.toEqualTypeOf<UseQueryResult<Site, ProfileKitError>>();
    const options = siteQueryOptions({
      client: createProfileClient({ tenant: 'demo', getAccessToken: () => 't' }),
      siteCode: 'main',
    });
    expectTypeOf(options.queryKey).toMatchTypeOf<SiteQueryKey>();
  });
});
