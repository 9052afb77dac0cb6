#!/usr/bin/env node
// The `profile-kit-mock-api` command: the mock API as a dev server for a host app.
import { createProfileApiMock } from '../http/create-profile-api-mock.js';
import { cliBanner } from './cli-banner.js';
import { cliUsage, parseCliArguments } from './cli-options.js';
import { formatServedRequest } from './served-request.js';
import { startProfileApiServer } from './start-profile-api-server.js';

const request = parseCliArguments(process.argv.slice(2));

if (request.kind === 'help') {
  process.stdout.write(cliUsage);
} else if (request.kind === 'error') {
  process.stderr.write(
    `profile-kit-mock-api: ${request.message}\nRun with --help for the options.\n`,
  );
  process.exitCode = 2;
} else {
  const { options } = request;
  const mock = createProfileApiMock({ tenant: options.tenant });
  mock.faults.latency(options.latency);
  try {
    const server = await startProfileApiServer({
      mock,
      port: options.port,
      host: options.host,
      origins: options.origins,
      onRequest: (served) => process.stdout.write(`${formatServedRequest(served)}\n`),
    });
    process.stdout.write(cliBanner(server.url, options));
    const stop = () => {
      server.close().then(
        () => process.stdout.write('profile-kit mock API stopped\n'),
        (error: unknown) => {
          process.stderr.write(`profile-kit-mock-api: ${String(error)}\n`);
          process.exitCode = 1;
        },
      );
    };
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  } catch (error) {
    process.stderr.write(`profile-kit-mock-api: cannot listen: ${(error as Error).message}\n`);
    process.exitCode = 1;
  }
}
