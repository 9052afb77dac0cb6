// @vitest-environment node
// The client entry is for code without React: a server, a worker, another framework.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as clientEntry from '@profile-kit/hooks/client';
import { createProfileApiMock, mockTokens } from '@profile-kit/mock-api';
import { build, type Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { exportedNames } from '../../../tools/api-index.js';
import * as mainEntry from '../src/index.js';

/**
 * Bundles an entry of the package from source as a host's bundler would, with every package
 * it imports left external: what it pulls in are the bundle's modules and its imports.
 */
async function bundle(file: string): Promise<{ modules: string[]; packages: string[] }> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: fileURLToPath(new URL(file, import.meta.url)), formats: ['es'] },
      rollupOptions: { external: (id) => !/^[./\0]/.test(id) },
    },
  });
  const [output] = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  const chunks = (output?.output ?? []).flatMap((item) => (item.type === 'chunk' ? [item] : []));
  return {
    modules: chunks.flatMap((chunk) => chunk.moduleIds),
    packages: [...new Set(chunks.flatMap((chunk) => [...chunk.imports, ...chunk.dynamicImports]))],
  };
}

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const reactModule = /(^|\/)(react|react-dom|@tanstack\/[\w-]+)(\/|$)/;

describe('@profile-kit/hooks/client', () => {
  it('pulls in neither React nor TanStack Query: only zod/mini and its own client and schema files', async () => {
    const { modules, packages } = await bundle('../src/client.ts');
    expect(packages).toEqual(['zod/mini']);
    expect(modules.filter((id) => reactModule.test(id))).toEqual([]);
    expect(
      modules.filter(
        (id) =>
          !/\/packages\/hooks\/src\/(client|schema)\//.test(id) && !id.endsWith('/src/client.ts'),
      ),
    ).toEqual([]);
  });

  it('would see React: the main entry, bundled the same way, imports React and TanStack Query', async () => {
    const { packages } = await bundle('../src/index.ts');
    expect(packages).toEqual(expect.arrayContaining(['react', '@tanstack/react-query']));
  });

  it('exports what the main entry exports from client/ and schema/, and nothing else', () => {
    // The main entry's re-exports from the framework-free layers, statement by statement.
    const frameworkFree = read('../src/index.ts')
      .split(/(?<=;)\n/)
      .filter((statement) => /from '\.\/(client|schema)\//.test(statement))
      .join('\n');
    const names = exportedNames(read('../src/client.ts'));
    expect(names).toEqual(exportedNames(frameworkFree));
    expect(Object.keys(clientEntry).sort()).toEqual(names.values);
    const main: Record<string, unknown> = mainEntry;
    for (const [name, value] of Object.entries(clientEntry)) expect(value).toBe(main[name]);
  });

  it('reads and saves against the mock API, and a stale save fails as a ProfileKitError', async () => {
    const { createProfileClient, isProfileKitError } = clientEntry;
    const mock = createProfileApiMock();
    const token = mockTokens.customer;
    const client = createProfileClient({
      tenant: mock.tenant,
      getAccessToken: () => token,
      fetch: mock.fetch,
    });

    const { firstName, metadata } = await client.getProfile();
    const patch = { preferredCurrency: 'EUR', metadata: { version: metadata?.version ?? 1 } };
    await client.updateProfile(patch);
    expect([firstName, mock.profileFor(token)?.preferredCurrency]).toEqual(['Anna', 'EUR']);
    // The same version again is stale now: the mock answers 409.
    await expect(client.updateProfile(patch)).rejects.toSatisfy((error) =>
      isProfileKitError(error, 'conflict'),
    );
    expect(mock.requests.map(({ method }) => method)).toEqual(['GET', 'PATCH', 'PATCH']);
  });
});
