import type { Page } from 'playwright';

/** What one page did that a test checks: console problems, its API calls, what it received. */
export interface PageWatch {
  /** Console errors and warnings, and uncaught errors (React reports hydration mismatches so). */
  problems: string[];
  /** The page's requests to the proxy, as `METHOD /path`. */
  apiCalls: string[];
  /** The Authorization headers the page sent to the proxy. */
  authorizations: string[];
  /** Every response body the page received, as text (await before reading). */
  bodies: () => Promise<string[]>;
}

export function watchPage(page: Page): PageWatch {
  const watch: Omit<PageWatch, 'bodies'> = { problems: [], apiCalls: [], authorizations: [] };
  const bodies: Promise<string>[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      watch.problems.push(
        `console.${message.type()}: ${message.text()} (${message.location().url})`,
      );
    }
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!url.pathname.startsWith('/api/emporix/')) return;
    watch.apiCalls.push(`${request.method()} ${url.pathname}`);
    watch.authorizations.push(request.headers().authorization ?? '');
  });
  page.on('response', (response) => {
    // A redirect has no body to read; it counts as empty.
    bodies.push(response.text().catch(() => ''));
  });
  return { ...watch, bodies: () => Promise.all(bodies) };
}
