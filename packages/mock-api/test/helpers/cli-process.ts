import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './source-files.js';

/**
 * Builds the package the way `pnpm build` does, into a private folder inside the package
 * (so `msw` resolves as it does for the published `dist`), and returns the built
 * `server/cli.js`. Tests never touch the real `dist`, which a parallel build may replace.
 */
export function buildCli(): { cliPath: string; outDir: string; remove: () => void } {
  const outDir = join(packageRoot, 'node_modules', '.cache', `cli-test-${process.pid}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'package.json'), '{ "type": "module" }\n');
  const tsc = join(packageRoot, '../../node_modules/.bin/tsc');
  execFileSync(tsc, ['-p', 'tsconfig.build.json', '--outDir', outDir], { cwd: packageRoot });
  return {
    cliPath: join(outDir, 'server', 'cli.js'),
    outDir,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

/** A running `profile-kit-mock-api` child process. */
export interface CliProcess {
  /** The origin it listens on, read from its first line. */
  url: string;
  child: ChildProcess;
  /** Everything it has written to stdout and stderr so far. */
  output(): string;
  /** Resolves once a line of its output matches `pattern`. */
  waitForLine(pattern: RegExp): Promise<string>;
  /** Sends `signal` and resolves with how the process ended. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Runs the built command with `args` until it exits; resolves with its output and exit code. */
export function runCli(
  cliPath: string,
  args: string[],
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], { stdio: 'pipe' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** Starts the built command with `args` and resolves once it listens. */
export function startCli(cliPath: string, args: string[]): Promise<CliProcess> {
  const child = spawn(process.execPath, [cliPath, ...args], { stdio: 'pipe' });
  let output = '';
  const waiters: { pattern: RegExp; resolve: (line: string) => void }[] = [];
  const check = () => {
    for (const waiter of [...waiters]) {
      const line = output.split('\n').find((candidate) => waiter.pattern.test(candidate));
      if (line !== undefined) {
        waiters.splice(waiters.indexOf(waiter), 1);
        waiter.resolve(line);
      }
    }
  };
  child.stdout.on('data', (chunk) => {
    output += chunk;
    check();
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
    check();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  const waitForLine = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      waiters.push({ pattern, resolve });
      check();
      void exited.then(() => reject(new Error(`exited before printing ${pattern}:\n${output}`)));
    });
  return waitForLine(/listening on http:\/\/\S+$/).then((line) => ({
    url: line.replace(/^.*listening on /, ''),
    child,
    output: () => output,
    waitForLine,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  }));
}
