import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A ceiling, not an expectation: on a two-core CI machine the suites share the CPU, and
// Testing Library's default of one second for `findBy…`/`waitFor` is not enough there.
configure({ asyncUtilTimeout: 10_000 });

afterEach(() => {
  cleanup();
});
