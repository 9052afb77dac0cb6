import { NextResponse } from 'next/server';

/**
 * A 303 to a path on this origin. Relative on purpose: `request.url` names the host Next
 * listens on (`localhost`), not the one the visitor used, whose cookies these are.
 */
export function seeOther(path: string) {
  return new NextResponse(null, { status: 303, headers: { Location: path } });
}
