import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const exampleRoot = fileURLToPath(new URL('..', import.meta.url));
const nextBin = fileURLToPath(new URL('../node_modules/next/dist/bin/next', import.meta.url));

/** Offline and quiet (Next would otherwise send telemetry), and a production server: vitest sets NODE_ENV=test. */
const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };

function run(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  // Its own process group, so closing it ends every process Next started.
  return spawn(process.execPath, [nextBin, ...args], { cwd: exampleRoot, env, detached: true });
}

/** `next build` (Turbopack); resolves with how long it took, rejects with its output. */
export async function buildNextApp(): Promise<number> {
  const started = performance.now();
  const child = run(['build'], baseEnv);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`next build failed (${code}):\n${output}`);
  return performance.now() - started;
}

export interface NextServer {
  url: string;
  /** Everything the server printed on stdout and stderr so far. */
  output: () => string;
  close: () => Promise<void>;
}

/** `next start` on 127.0.0.1 and a free port, with `env` added to this process's environment. */
export async function startNextApp(env: Record<string, string>): Promise<NextServer> {
  const child = run(['start', '--hostname', '127.0.0.1', '--port', '0'], { ...baseEnv, ...env });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk;
      const local = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (local?.[1] && /Ready/.test(output)) resolve(local[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('close', (code) => reject(new Error(`next start ended (${code}):\n${output}`)));
  });
  return {
    url,
    output: () => output,
    close: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      const closed = new Promise((resolve) => child.on('close', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await closed;
    },
  };
}
