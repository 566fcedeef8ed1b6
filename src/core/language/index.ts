/** Languages: the shipped table, names in the UI locale, typed-name lookup, substitutes. */
export {
  dirOf,
  findLanguages,
  getLanguage,
  LANGUAGES,
  type LanguageInfo,
  type LanguageMatch,
  languageName,
  normalizeLanguageCode,
  POPULAR_LANGUAGES,
  primaryLanguage,
  substitutesFor,
} from './languages.js';
export { REGIONAL_VARIANT_CLOSENESS, SUBSTITUTE_ROWS } from './substitutes.js';
