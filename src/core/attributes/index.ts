/** The attribute values a page writes into the widgets: what they accept, and the webmaster's warning when they do not. */
export {
  type AttributeProblem,
  audiencePresetProblem,
  isUnknownLevelPreset,
  kommuneProblem,
  languagePresetProblem,
  levelPresetProblem,
  missingEndpointProblem,
  missingFeedProblem,
  presetAudience,
  presetLanguage,
  presetList,
  programPresetProblem,
  topicsPresetProblem,
  wirArea,
} from './attribute-checks.js';
