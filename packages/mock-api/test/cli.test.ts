import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mockTokens } from '../src/index.js';
import { buildCli, type CliProcess, runCli, startCli } from './helpers/index.js';

let built: ReturnType<typeof buildCli>;
let running: CliProcess | undefined;

beforeAll(() => {
  built = buildCli();
}, 60_000);
afterEach(async () => {
  await running?.stop();
  running = undefined;
});
afterAll(() => built.remove());

async function serve(...args: string[]): Promise<CliProcess> {
  running = await startCli(built.cliPath, ['--port', '0', ...args]);
  return running;
}

const asCustomer = { Authorization: `Bearer ${mockTokens.customer}` };

// The request log: every line after the start-up banner (which lists the mock tokens).
function requestLines(cli: CliProcess): string[] {
  const lines = cli.output().split('\n');
  const bannerEnd = lines.findIndex((line) => line.includes(mockTokens.expired));
  return lines.slice(bannerEnd + 1).filter(Boolean);
}

describe('profile-kit-mock-api', () => {
  it('is the package bin, built with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    expect(pkg.bin).toEqual({ 'profile-kit-mock-api': './dist/server/cli.js' });
    expect(readFileSync(built.cliPath, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env node');
  });

  it('prints its usage for --help and exits 0', async () => {
    const { code, output } = await runCli(built.cliPath, ['--help']);
    expect(code).toBe(0);
    expect(output).toMatch(/^Usage: profile-kit-mock-api \[options\]/);
    for (const flag of ['--port', '--host', '--tenant', '--latency', '--origin', '--help']) {
      expect(output).toContain(flag);
    }
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--tenant', 'No'], /--tenant must be 3-16 chars/],
    [['--latency', '-5'], /--latency/],
    [['--origin', 'localhost:3000'], /--origin takes origins/],
    [['--verbose'], /Unknown option '--verbose'/],
  ])('refuses %j with a message and exit code 2', async (args, message) => {
    const { code, output } = await runCli(built.cliPath, args);
    expect(code).toBe(2);
    expect(output).toMatch(message);
    expect(output).toContain('--help');
  });

  it('serves the seeded customers for its tenant and lists their mock tokens', async () => {
    const cli = await serve('--tenant', 'shop1');
    expect(cli.output()).toMatch(
      /Mock tokens \(fixed test tokens of this mock, not real credentials\)/,
    );
    for (const token of Object.values(mockTokens)) expect(cli.output()).toContain(token);

    const me = await fetch(`${cli.url}/customer/shop1/me`, { headers: asCustomer });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ firstName: 'Anna', lastName: 'Schmidt' });
    const otherTenant = await fetch(`${cli.url}/customer/demo/me`, { headers: asCustomer });
    expect(otherTenant.status).toBe(400);
  });

  it('answers a PATCH preflight from a localhost dev origin by default', async () => {
    const cli = await serve();
    for (const origin of ['http://localhost:3000', 'http://localhost:5173']) {
      const preflight = await fetch(`${cli.url}/customer/demo/me`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'PATCH',
          'Access-Control-Request-Headers': 'authorization, content-type',
        },
      });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
      expect(preflight.headers.get('access-control-allow-methods')).toContain('PATCH');
      expect(preflight.headers.get('access-control-allow-headers')).toMatch(
        /Authorization.*Content-Type/,
      );
      const me = await fetch(`${cli.url}/customer/demo/me`, {
        headers: { ...asCustomer, Origin: origin },
      });
      expect(me.status).toBe(200);
      expect(me.headers.get('access-control-allow-origin')).toBe(origin);
    }
  });

  it('refuses an origin that is not allowed, and allows only the --origin list when given', async () => {
    const cli = await serve('--origin', 'https://shop.example.com');
    const allowed = await fetch(`${cli.url}/customer/demo/me`, {
      headers: { ...asCustomer, Origin: 'https://shop.example.com' },
    });
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://shop.example.com');
    for (const origin of ['http://localhost:3000', 'https://evil.example']) {
      const refused = await fetch(`${cli.url}/customer/demo/me`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'PATCH' },
      });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('logs one line per request — method, path, status, duration — and never a token', async () => {
    const cli = await serve();
    await fetch(`${cli.url}/customer/demo/me?expand=addresses&access_token=query-secret-42`, {
      headers: asCustomer,
    });
    await fetch(`${cli.url}/customer/demo/me`, {
      method: 'PATCH',
      headers: { ...asCustomer, 'Content-Type': 'application/merge-patch+json' },
      body: JSON.stringify({ firstName: 'Anne', metadata: { version: 1 } }),
    });
    await fetch(`${cli.url}/customer/demo/me`, {
      headers: { Authorization: 'Bearer header-secret-43' },
    });
    await cli.waitForLine(/ 401 \d+ms$/);

    expect(requestLines(cli)).toEqual([
      expect.stringMatching(/^GET \/customer\/demo\/me 200 \d+ms$/),
      expect.stringMatching(/^PATCH \/customer\/demo\/me 200 \d+ms$/),
      expect.stringMatching(/^GET \/customer\/demo\/me 401 \d+ms$/),
    ]);
    expect(requestLines(cli).join('\n')).not.toContain(mockTokens.customer);
    expect(cli.output()).not.toContain('query-secret-42');
    expect(cli.output()).not.toContain('header-secret-43');
  });

  it('delays every answer by --latency, as its banner and request log report', async () => {
    const cli = await serve('--latency', '300');
    expect(cli.output()).toContain('latency:  300 ms before every answer');
    const me = await fetch(`${cli.url}/customer/demo/me`, { headers: asCustomer });
    expect(me.status).toBe(200);
    const line = await cli.waitForLine(/^GET \/customer\/demo\/me 200 \d+ms$/);
    // The server's own measure of the answer; a few ms of slack for timer granularity.
    expect(Number(/ (\d+)ms$/.exec(line)?.[1])).toBeGreaterThanOrEqual(295);
  });

  it('shuts down cleanly on SIGTERM', async () => {
    const cli = await serve();
    const { url } = cli;
    expect((await fetch(`${url}/customer/demo/me`, { headers: asCustomer })).status).toBe(200);
    expect(await cli.stop('SIGTERM')).toEqual({ code: 0, signal: null });
    expect(cli.output()).toContain('profile-kit mock API stopped');
    await expect(fetch(`${url}/customer/demo/me`)).rejects.toThrow(TypeError);
  });
});
