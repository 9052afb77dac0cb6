import { defaultCustomers } from '../fixtures/default-customers.js';
import { defaultSites } from '../fixtures/default-sites.js';
import { mockTokens } from '../fixtures/mock-tokens.js';
import type { CliServeOptions } from './cli-options.js';

function tokenLines(): string[] {
  const rows: [token: string, label: string][] = defaultCustomers().map(
    ({ token, profile, anonymous }) => {
      const name = [profile.firstName, profile.lastName].filter(Boolean).join(' ');
      const label = anonymous
        ? 'anonymous visitor: GET only, PATCH answers 403'
        : `${name}, ${profile.businessModel === 'B2B' ? 'B2B' : 'B2C'} customer`;
      return [token, label];
    },
  );
  rows.push([mockTokens.expired, 'always answered 401 "Access Token expired"']);
  const width = Math.max(...rows.map(([token]) => token.length));
  return rows.map(([token, label]) => `  ${token.padEnd(width)}  ${label}`);
}

/**
 * What the command prints once it listens: where, what, and the mock tokens a developer
 * can sign in with. Those are the mock's own fixed test tokens, not credentials, so
 * printing them is safe; tokens of requests are never printed.
 *
 * @example
 * ```ts
 * console.log(cliBanner(server.url, options));
 * ```
 */
export function cliBanner(url: string, { tenant, latency, origins }: CliServeOptions): string {
  return [
    `profile-kit mock API listening on ${url}`,
    `  profile:  GET/PATCH ${url}/customer/${tenant}/me  (tenant ${tenant}, baseUrl ${url})`,
    `  sites:    GET ${url}/site/${tenant}/sites/{${defaultSites()
      .map((site) => site.code)
      .join(',')}}`,
    `  latency:  ${latency} ms before every answer`,
    `  CORS:     ${origins === undefined ? 'every origin (*)' : origins.join(', ')}`,
    'Mock tokens (fixed test tokens of this mock, not real credentials); send Authorization: Bearer <token>',
    ...tokenLines(),
    '',
  ].join('\n');
}
