import type { NextRequest } from 'next/server';
import { emporixConfig } from '../../../../../../../../server/emporix-config';
import { forwardToEmporix } from '../../../../../../../../server/forward-to-emporix';

interface Context {
  params: Promise<{ tenant: string; path?: string[] }>;
}

/**
 * The browser's address book requests — `/me/addresses`, `/me/addresses/{id}` and
 * `/me/addresses/{id}/tags` — sent on with the customer's token from the httpOnly cookie.
 */
async function forward(request: NextRequest, { params }: Context) {
  const { tenant, path = [] } = await params;
  const below = ['/addresses', ...path.map((part) => `/${part}`)].join('');
  return forwardToEmporix(request, tenant, emporixConfig(), below);
}

export { forward as DELETE, forward as GET, forward as PATCH, forward as POST };
