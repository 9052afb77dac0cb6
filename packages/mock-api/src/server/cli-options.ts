import { parseArgs } from 'node:util';
import { isValidTenant } from '../contract/is-valid-tenant.js';
import { defaultTenant } from '../fixtures/default-tenant.js';

/** What the command was asked to do. */
export type CliRequest =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'serve'; options: CliServeOptions };

export interface CliServeOptions {
  port: number;
  host: string;
  tenant: string;
  latency: number;
  /** `undefined`: every origin (`--origin '*'`). */
  origins: string[] | undefined;
}

/** The port a dev server answers on unless told otherwise (the one API mock servers such as Prism use). */
export const defaultCliPort = 4010;

/** Loopback origins on any port: `next dev` (3000), Vite (5173), Storybook (6006) and the rest. */
export const defaultCliOrigins: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
];

export const cliUsage = `Usage: profile-kit-mock-api [options]

Serves the profile-kit mock of the Emporix customer profile API
(GET/PATCH /customer/{tenant}/me) over HTTP, for a host app in development.

Options:
  --port <port>       Port to listen on; 0 picks a free one (default ${defaultCliPort})
  --host <host>       Interface to listen on (default 127.0.0.1)
  --tenant <tenant>   The one tenant served: 3-16 chars, ^[a-z][a-z0-9]+$ (default ${defaultTenant})
  --latency <ms>      Delay before every answer, in milliseconds (default 0)
  --origin <origins>  Browser origins allowed by CORS, comma-separated or repeated;
                      scheme://host:* allows any port, '*' allows every origin
                      (default ${defaultCliOrigins.join(',')})
  -h, --help          Show this help

Logs one line per request: method, path (no query), status, duration. Never the token.
Stop with Ctrl+C or SIGTERM.
`;

function wholeNumber(name: string, raw: string, max: number): number | string {
  const value = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  return Number.isSafeInteger(value) && value <= max
    ? value
    : `--${name} must be a whole number from 0 to ${max}, got '${raw}'.`;
}

function originsFrom(values: string[] | undefined): string[] | undefined | string {
  const origins = (values ?? []).flatMap((value) => value.split(',')).map((o) => o.trim());
  if (origins.length === 0) return [...defaultCliOrigins];
  if (origins.includes('*')) return undefined;
  const invalid = origins.find((origin) => !/^https?:\/\/[^/\s]+$/.test(origin));
  return invalid === undefined
    ? origins
    : `--origin takes origins like http://localhost:3000 (no path), got '${invalid}'.`;
}

/**
 * Reads the command line (`process.argv.slice(2)`) into what to do.
 *
 * @example
 * ```ts
 * parseCliArguments(['--port', '0', '--latency', '300']);
 * // { kind: 'serve', options: { port: 0, latency: 300, tenant: 'demo', … } }
 * ```
 */
export function parseCliArguments(args: readonly string[]): CliRequest {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(args).values;
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const port = wholeNumber('port', values.port ?? String(defaultCliPort), 65535);
  const latency = wholeNumber('latency', values.latency ?? '0', 2_147_483_647);
  const tenant = values.tenant ?? defaultTenant;
  const origins = originsFrom(values.origin);
  const problem = [port, latency, origins].find((value) => typeof value === 'string');
  if (typeof problem === 'string') return { kind: 'error', message: problem };
  if (!isValidTenant(tenant)) {
    return {
      kind: 'error',
      message: `--tenant must be 3-16 chars, ^[a-z][a-z0-9]+$, got '${tenant}'.`,
    };
  }
  return {
    kind: 'serve',
    options: {
      port: port as number,
      latency: latency as number,
      tenant,
      host: values.host ?? '127.0.0.1',
      origins: origins as string[] | undefined,
    },
  };
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      tenant: { type: 'string' },
      latency: { type: 'string' },
      origin: { type: 'string', multiple: true },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
