// Runs before every test file of a React 18 project: the matrix must fail, not quietly
// test React 19 again, when any part of the graph resolves to another React.
import { QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { renderHook } from '@testing-library/react';
import { type ReactNode, version as reactVersion } from 'react';
import { version as reactDomVersion } from 'react-dom';
import { version as reactDomServerVersion, renderToString } from 'react-dom/server';
import { useForm } from 'react-hook-form';

for (const [name, version] of [
  ['react', reactVersion],
  ['react-dom', reactDomVersion],
  ['react-dom/server', reactDomServerVersion],
]) {
  if (!version?.startsWith('18.')) {
    throw new Error(`React 18 project: ${name} resolved to version ${version}, not 18.x`);
  }
}

// Hooks of React Query (and, with a DOM, react-hook-form), in JSX from the JSX runtime,
// rendered by react-dom/server and by Testing Library: a second React anywhere here throws.
const queryClient = new QueryClient();
const wrapper = ({ children }: { children?: ReactNode }) => (
  <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
);
function SameClient() {
  return useQueryClient() === queryClient ? 'one React' : 'two Reacts';
}
const serverHtml = renderToString(wrapper({ children: <SameClient /> }));
if (serverHtml !== 'one React') {
  throw new Error(`React 18 project: React Query and react-dom do not share one React`);
}
// Test files in the node environment have no document for Testing Library.
if (typeof document !== 'undefined') {
  const { result, unmount } = renderHook(
    () => {
      useForm();
      return useQueryClient();
    },
    { wrapper },
  );
  if (result.current !== queryClient) {
    throw new Error('React 18 project: React Query and Testing Library do not share one React');
  }
  unmount();
}
