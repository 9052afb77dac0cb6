import { fileURLToPath } from 'node:url';
import type { NextConfig } from 'next';

/** The workspace root: the kit's packages are symlinked from there (pnpm workspace). */
const workspaceRoot = fileURLToPath(new URL('../..', import.meta.url));

const nextConfig: NextConfig = {
  turbopack: { root: workspaceRoot },
  outputFileTracingRoot: workspaceRoot,
  // `next dev --hostname 127.0.0.1` answers its own dev assets only to listed origins.
  allowedDevOrigins: ['127.0.0.1', 'localhost'],
  // Type checking is the workspace's `pnpm typecheck` (TypeScript 7 has no JS API for Next's checker).
  typescript: { ignoreBuildErrors: true },
  poweredByHeader: false,
};

export default nextConfig;
