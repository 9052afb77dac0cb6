import * as z from 'zod/mini';
import { dataRuleCheck } from './data-rule-check.js';
import { checkLanguageTag } from './iso/language-tag.js';

/**
 * A language tag in the profile's underscore form, as `preferredLanguage` takes it: an ISO
 * 639-1 language, optionally a script and an ISO 3166 region — `en`, `en_US`, `se_NO`,
 * `es_419`, `zh_Hant_TW`. Refused, with the rule's reason in the issue's `params`:
 * another spelling (`en-US`, `en_us`: suggests `en_US`), deprecated codes (`iw`: suggests
 * `he`), `english`, `zxx`, `mul`, unknown regions (`en_ZZ`) and scripts, extensions. From
 * the generated ISO tables, the same in every runtime; {@link toProfileLanguageTag} turns
 * a hyphenated tag into this form.
 */
export const languageTagSchema = z
  .string()
  .check(dataRuleCheck(checkLanguageTag, 'language.not-canonical'));

export type LanguageTag = z.output<typeof languageTagSchema>;
