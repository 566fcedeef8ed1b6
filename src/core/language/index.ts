/** Languages: the shipped table, names in the UI locale, typed-name lookup, substitutes. */
export {
  LANGUAGES,
  POPULAR_LANGUAGES,
  dirOf,
  findLanguages,
  getLanguage,
  languageName,
  normalizeLanguageCode,
  primaryLanguage,
  substitutesFor,
  type LanguageInfo,
  type LanguageMatch,
} from './languages.js';
export { SUBSTITUTE_ROWS, REGIONAL_VARIANT_CLOSENESS } from './substitutes.js';
