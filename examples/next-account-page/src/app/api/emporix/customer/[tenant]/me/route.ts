import type { NextRequest } from 'next/server';
import { emporixConfig } from '../../../../../../server/emporix-config';
import { forwardToEmporix } from '../../../../../../server/forward-to-emporix';

interface Context {
  params: Promise<{ tenant: string }>;
}

/** The browser's GET /me, sent on with the customer's token from the httpOnly cookie. */
export async function GET(request: NextRequest, { params }: Context) {
  return forwardToEmporix(request, (await params).tenant, emporixConfig());
}

/** The browser's PATCH /me, likewise; only from pages of this origin. */
export async function PATCH(request: NextRequest, { params }: Context) {
  return forwardToEmporix(request, (await params).tenant, emporixConfig());
}
