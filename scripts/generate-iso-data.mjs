// Generates the kit's data tables (ISO 4217 currencies, ISO 639-1 languages, ISO 3166-1
// regions, the script subtags and M.49 regions CLDR has locales for) from maintained data
// packages plus the dated supplement beside the table, into packages/hooks/src/schema/iso/,
// and copies that folder into packages/mock-api/src/contract/iso/ (the mock may not import
// hooks at run time). `--check` writes nothing and exits 1 when a committed file differs
// from what this script makes (CI runs it).
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { iso31661 } from 'iso-3166';
import { iso15924 } from 'iso-15924';

const require = createRequire(import.meta.url);
const root = fileURLToPath(new URL('..', import.meta.url));
const hooksFolder = join(root, 'packages/hooks/src/schema/iso');
const mockFolder = join(root, 'packages/mock-api/src/contract/iso');
const tableFile = 'iso-tables.generated.ts';
const check = process.argv.includes('--check');

const currencyCodes = require('currency-codes');
const iso6391 = require('iso-639-1');
const cldrAliases = require('cldr-core/supplemental/aliases.json').supplemental.metadata.alias;
const cldrLocales = require('cldr-core/availableLocales.json').availableLocales.full;
const supplement = JSON.parse(readFileSync(join(hooksFolder, 'iso-4217-supplement.json'), 'utf8'));

/** @param {string} name */
const versionOf = (name) => require(`${name}/package.json`).version;
/** @param {Iterable<string>} codes */
const sorted = (codes) => [...new Set(codes)].sort();

/** @param {string} message */
function fail(message) {
  console.error(`generate-iso-data: ${message}`);
  process.exit(1);
}

/**
 * Two-letter codes as a 26×26 bitmap (bit `(a-z index) * 26 + (a-z index)`), base64: 116
 * characters for any number of codes, where the codes joined take 366 (languages) to 498
 * (regions) and gzip to twice the bitmap's size.
 * @param {string[]} codes lower case
 */
function twoLetterBitmap(codes) {
  const bytes = new Uint8Array(Math.ceil((26 * 26) / 8));
  for (const code of codes) {
    if (!/^[a-z]{2}$/.test(code)) fail(`not a two-letter code: ${code}`);
    const index = (code.charCodeAt(0) - 97) * 26 + code.charCodeAt(1) - 97;
    bytes[index >> 3] |= 1 << (index & 7);
  }
  return Buffer.from(bytes).toString('base64');
}

// ISO 4217: list one from currency-codes, corrected by the supplement.
const packaged = new Set(currencyCodes.codes());
const added = supplement.added.map((/** @type {{ code: string }} */ entry) => entry.code);
const withdrawn = sorted(supplement.withdrawn.map((/** @type {{ code: string }} */ e) => e.code));
const notCurrencies = sorted(supplement.notCurrencies.codes);
for (const code of added) {
  if (packaged.has(code)) fail(`currency-codes now lists ${code}: drop it from "added"`);
}
for (const code of withdrawn) {
  if (added.includes(code)) fail(`${code} is both added and withdrawn`);
}
const listOne = sorted([...packaged, ...added].filter((code) => !withdrawn.includes(code)));
for (const code of notCurrencies) {
  if (!listOne.includes(code)) fail(`not-a-currency ${code} is not in ISO 4217 list one`);
}
const activeCurrencies = listOne.filter((code) => !notCurrencies.includes(code));

// ISO 639-1, and CLDR's deprecated two-letter aliases that have a two-letter replacement.
const languages = sorted(iso6391.getAllCodes());
const languageAliases = Object.entries(cldrAliases.languageAlias)
  .filter(
    ([code, alias]) =>
      /^[a-z]{2}$/.test(code) &&
      alias._reason === 'deprecated' &&
      languages.includes(alias._replacement) &&
      !languages.includes(code),
  )
  .map(([code, alias]) => code + alias._replacement)
  .sort();

// ISO 3166-1 alpha-2, assigned codes only. CLDR's aliases of retired codes (UK → GB) would
// cost 60 bytes gzipped in the hooks entry: a retired code is refused instead.
const regions = sorted(iso31661.map((entry) => entry.alpha2));

// Script and numeric region subtags: those of CLDR's locales whose language is two letters
// (all 200+ ISO 15924 scripts would cost 600 bytes gzipped; these cost 50), each checked
// against its standard.
const localeSubtags = cldrLocales
  .map((/** @type {string} */ tag) => tag.split('-'))
  .filter(([language]) => /^[a-z]{2}$/.test(language ?? ''))
  .flatMap((subtags) => subtags.slice(1));
const isoScripts = new Set(iso15924.map((script) => script.code));
const scripts = sorted(localeSubtags.filter((subtag) => /^[A-Z][a-z]{3}$/.test(subtag)));
for (const script of scripts) if (!isoScripts.has(script)) fail(`not ISO 15924: ${script}`);
const numericRegions = sorted(localeSubtags.filter((subtag) => /^\d{3}$/.test(subtag)));

const sources = [
  `currency-codes ${versionOf('currency-codes')} (ISO 4217 list one of ${require('currency-codes/iso-4217-publish-date')}, MIT)`,
  `iso-4217-supplement.json (reviewed ${supplement.reviewed})`,
  `iso-639-1 ${versionOf('iso-639-1')} (MIT)`,
  `iso-3166 ${versionOf('iso-3166')} (MIT)`,
  `iso-15924 ${versionOf('iso-15924')} (MIT)`,
  `cldr-core ${versionOf('cldr-core')} (aliases, locales' scripts and M.49 regions; Unicode-3.0)`,
];

/**
 * Fixed-width codes column by column (see isInColumns in code-tables.ts): the first
 * characters of all codes, then the second ones, …; for currencies 253 bytes gzipped where
 * the codes joined take 302.
 * @param {string[]} codes
 */
function columns(codes) {
  const width = codes[0]?.length ?? 0;
  if (codes.some((code) => code.length !== width)) fail(`codes of different lengths: ${codes}`);
  return Array.from({ length: width }, (_, column) =>
    codes.map((code) => code[column]).join(''),
  ).join('');
}

/**
 * One exported string, laid out as the formatter (Biome, line width 100) lays it out, so the
 * generated file passes \`pnpm lint\` as written.
 * @param {string} name
 * @param {string} value
 */
function constant(name, value) {
  const line = `export const ${name} = '${value}';`;
  return line.length <= 100 ? line : `export const ${name} =\n  '${value}';`;
}

/**
 * Codes for a comment, 24 to a line.
 * @param {string[]} codes
 */
function wrap(codes) {
  const lines = [];
  for (let at = 0; at < codes.length; at += 24) lines.push(codes.slice(at, at + 24).join(' '));
  return lines.map((line) => `\n * ${line}`).join('');
}

const table = `// Generated by scripts/generate-iso-data.mjs: do not edit; run \`node scripts/generate-iso-data.mjs\`.
// Sources: ${sources.join('; ')}.

/**
 * ISO 4217 list one, less withdrawn codes and the codes in {@link NOT_CURRENCIES}; ${activeCurrencies.length} codes of three
 * capitals, in columns:${wrap(activeCurrencies)}
 */
${constant('ACTIVE_CURRENCIES', columns(activeCurrencies))}

/** Withdrawn ISO 4217 codes a stored profile may still hold (iso-4217-supplement.json), in columns: ${withdrawn.join(' ')}. */
${constant('WITHDRAWN_CURRENCIES', columns(withdrawn))}

/**
 * In ISO 4217 list one but not money a customer pays in (test, no currency, metals, units of
 * account), in columns: ${notCurrencies.join(' ')}.
 */
${constant('NOT_CURRENCIES', columns(notCurrencies))}

/** ISO 639-1, ${languages.length} codes: 26×26 bitmap, base64. */
${constant('LANGUAGE_BITMAP', twoLetterBitmap(languages))}

/** Deprecated ISO 639-1 codes followed by their replacement, four letters each. */
${constant('LANGUAGE_ALIASES', languageAliases.join(''))}

/** ISO 3166-1 alpha-2 assigned codes, ${regions.length}: 26×26 bitmap over the lower-cased codes, base64. */
${constant('REGION_BITMAP', twoLetterBitmap(regions.map((code) => code.toLowerCase())))}

/** UN M.49 area codes CLDR has a locale for (es_419), in columns: ${numericRegions.join(' ')}. */
${constant('NUMERIC_REGIONS', columns(numericRegions))}

/** ISO 15924 scripts CLDR has a locale for (zh_Hant_TW), in columns: ${scripts.join(' ')}. */
${constant('SCRIPTS', columns(scripts))}
`;

const mockHeader = `// Generated by scripts/generate-iso-data.mjs: a copy of packages/hooks/src/schema/iso/
// (the mock may not depend on hooks at run time). Do not edit; edit the hooks folder and run
// \`node scripts/generate-iso-data.mjs\`.
`;

/** @type {Map<string, string>} path → content */
const outputs = new Map([[join(hooksFolder, tableFile), table]]);
const sourceFiles = new Set(readdirSync(hooksFolder).filter((file) => file.endsWith('.ts')));
for (const name of sourceFiles.add(tableFile)) {
  const content = name === tableFile ? table : readFileSync(join(hooksFolder, name), 'utf8');
  outputs.set(join(mockFolder, name), mockHeader + content);
}

if (!check) mkdirSync(mockFolder, { recursive: true });
let stale = 0;
for (const [path, content] of outputs) {
  let current;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = undefined;
  }
  if (current === content) continue;
  stale += 1;
  if (check) console.error(`generate-iso-data: ${path.slice(root.length)} is stale`);
  else writeFileSync(path, content);
}
const copies = existsSync(mockFolder)
  ? readdirSync(mockFolder).map((name) => join(mockFolder, name))
  : [];
for (const path of copies.filter((copy) => !outputs.has(copy))) {
  stale += 1;
  if (check) console.error(`generate-iso-data: ${path.slice(root.length)} has no source in hooks`);
  else rmSync(path, { recursive: true });
}
if (check && stale > 0) {
  console.error('Run `node scripts/generate-iso-data.mjs` and commit the result.');
  process.exit(1);
}
console.log(
  `${check ? 'checked' : 'wrote'} ${outputs.size} files: ${activeCurrencies.length} currencies, ` +
    `${withdrawn.length} withdrawn, ${languages.length} languages, ${regions.length} regions, ` +
    `${scripts.length} scripts, ${numericRegions.length} numeric regions${check ? '' : ` (${stale} changed)`}`,
);
