import axe from 'axe-core';
import { expect } from 'vitest';

/**
 * Runs axe on `container` (in the real browser, so colour contrast is checked against the
 * default tokens) and fails with every violation and the elements it was found on.
 */
export async function expectNoAxeViolations(container: Element): Promise<void> {
  const { violations } = await axe.run(container, {
    resultTypes: ['violations'],
    // A component is not a page: landmarks and the page's language are the host's to set.
    rules: { region: { enabled: false } },
  });
  const report = violations
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n${violation.nodes
          .map((node) => `  ${node.target.join(' ')} — ${node.failureSummary ?? ''}`)
          .join('\n')}`,
    )
    .join('\n');
  expect(violations, report).toHaveLength(0);
}
