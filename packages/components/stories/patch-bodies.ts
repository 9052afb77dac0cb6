import type { ProfileApiMock } from '@profile-kit/mock-api';

/** The bodies of the PATCH requests the story's mock received, oldest first. */
export function patchBodies(api: ProfileApiMock): unknown[] {
  return api.requests
    .filter((request) => request.method === 'PATCH')
    .map((request) => request.body);
}
