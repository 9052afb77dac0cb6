import { render, screen } from '@testing-library/react';
import { Profiler, type ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import {
  Field,
  FieldDescription,
  FieldError,
  FieldInput,
  FieldLabel,
  FieldNotice,
} from '../src/index.js';

function LoyaltyField({
  hint,
  notice,
  error,
  declared = false,
}: {
  hint?: ReactNode;
  notice?: ReactNode;
  error?: string;
  declared?: boolean;
}) {
  return (
    <Field
      invalid={Boolean(error)}
      parts={declared ? { description: Boolean(hint), notice: Boolean(notice) } : undefined}
    >
      <FieldLabel>Loyalty card</FieldLabel>
      {hint && <FieldDescription>{hint}</FieldDescription>}
      {notice && <FieldNotice>{notice}</FieldNotice>}
      <FieldInput />
      <FieldError>{error}</FieldError>
    </Field>
  );
}

describe('Field', () => {
  it('names the parts a host renders once they mount, and drops them when they go', () => {
    const { rerender } = render(<LoyaltyField hint="On the back of your card." />);
    const input = screen.getByRole('textbox', { name: 'Loyalty card' });
    expect(input).toHaveAccessibleDescription('On the back of your card.');

    rerender(
      <LoyaltyField hint="On the back of your card." notice="Expired." error="Too short." />,
    );
    expect(input).toHaveAccessibleDescription('On the back of your card. Expired. Too short.');
    expect(input).toHaveAttribute('aria-invalid', 'true');

    rerender(<LoyaltyField notice="Expired." />);
    expect(input).toHaveAccessibleDescription('Expired.');
    expect(input).not.toHaveAttribute('aria-invalid');

    rerender(<LoyaltyField />);
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('keeps aria-describedby resolving for an error without text', () => {
    // react-hook-form's `required: true` gives an error whose message is empty.
    render(
      <Field invalid>
        <FieldLabel>Loyalty card</FieldLabel>
        <FieldInput />
        <FieldError>{''}</FieldError>
      </Field>,
    );
    const input = screen.getByRole('textbox', { name: 'Loyalty card' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
    expect(ids).toHaveLength(1);
    for (const id of ids) expect(document.getElementById(id)).not.toBeNull();
  });

  it('with its parts declared, is described from the first render and renders once', () => {
    const commits = { declared: 0, registered: 0 };
    render(
      <>
        <Profiler id="declared" onRender={() => (commits.declared += 1)}>
          <LoyaltyField declared hint="On the back of your card." notice="Expired." />
        </Profiler>
        <Profiler id="registered" onRender={() => (commits.registered += 1)}>
          <LoyaltyField hint="Your member number." />
        </Profiler>
      </>,
    );
    expect(screen.getAllByRole('textbox')[0]).toHaveAccessibleDescription(
      'On the back of your card. Expired.',
    );
    expect(screen.getAllByRole('textbox')[1]).toHaveAccessibleDescription('Your member number.');
    // A self-registering part adds itself after mounting: one render more.
    expect(commits).toEqual({ declared: 1, registered: 2 });
  });
});
