import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Read by the hooks and the mock-api tests alike. The repository root (paths, not URLs: jsdom's URL is not one that node:fs takes). */
export const repositoryRoot = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** One case of contracts/cases/{currencies,languages,phones,texts}.json. */
export interface ValueCase {
  input: string;
  verdict: 'valid' | 'invalid';
  value?: string;
  reason?: string;
  note?: string;
}

/** One case of contracts/cases/patches.json: a whole PATCH body and the field errors expected. */
export interface PatchCase {
  name: string;
  body: Record<string, unknown>;
  errors: { field: string; reason: string; suggestion?: string }[];
  stored?: Record<string, unknown>;
  saved?: Record<string, unknown>;
}

/** The `cases` of one shared case file, read from the repository's contracts/cases/. */
export function readCases<Case>(name: 'currencies' | 'languages' | 'phones' | 'texts' | 'patches') {
  const path = join(repositoryRoot, 'contracts/cases', `${name}.json`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { cases: Case[] }).cases;
}

/** A verdict as the case files write it. */
export function asCase(
  verdict: { valid: true; value: string } | { valid: false; reason: string },
): Pick<ValueCase, 'verdict' | 'value' | 'reason'> {
  return verdict.valid
    ? { verdict: 'valid', value: verdict.value }
    : { verdict: 'invalid', reason: verdict.reason };
}

/** The case without its note, and with `value` spelled out (a valid case omits it when unchanged). */
export function expectedOf({ verdict, value, reason, input }: ValueCase) {
  return verdict === 'valid' ? { verdict, value: value ?? input } : { verdict, reason };
}

type Verdict = { valid: true; value: string } | { valid: false; reason: string };

/** The four data rules, as each package imports them from its own copy of the tables. */
export interface DataRules {
  currencies: (input: string) => Verdict;
  languages: (input: string) => Verdict;
  phones: (input: string) => Verdict;
  texts: (input: string) => Verdict;
}

const textFields = ['title', 'firstName', 'middleName', 'lastName', 'company'];

/**
 * The data-rule field errors of a PATCH body, as patches.json writes them: currency and
 * language travel in their canonical form only (another spelling is `*.not-canonical`,
 * with the canonical value as the suggestion); phones and texts as the rules accept them.
 */
export function dataErrorsOf(body: Record<string, unknown>, rules: DataRules): PatchCase['errors'] {
  return Object.entries(body).flatMap(([field, input]) => {
    if (typeof input !== 'string') return [];
    const [check, exact] =
      field === 'preferredCurrency'
        ? [rules.currencies, 'currency']
        : field === 'preferredLanguage'
          ? [rules.languages, 'language']
          : field === 'contactPhone'
            ? [rules.phones]
            : textFields.includes(field)
              ? [rules.texts]
              : [];
    if (check === undefined) return [];
    const verdict = check(input);
    if (!verdict.valid) return [{ field, reason: verdict.reason }];
    return exact !== undefined && verdict.value !== input
      ? [{ field, reason: `${exact}.not-canonical`, suggestion: verdict.value }]
      : [];
  });
}

/** patches.json's expected errors that come from the data rules (not from the patch shape). */
export const dataErrorsIn = (entry: PatchCase): PatchCase['errors'] =>
  entry.errors.filter((error) => /^(currency|language|phone|text)\./.test(error.reason));
