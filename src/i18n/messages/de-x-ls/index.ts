import type { Messages } from '../../catalog-types.js';
import { common } from './common.js';
import { languagePicker } from './language-picker.js';
import { place } from './place.js';
import { searchStates } from './states.js';
import { lotsen } from './lotsen.js';
import { kurse } from './kurse.js';
import { anfrage } from './anfrage.js';

export const leichteSprache: Messages = {
  ...common,
  ...languagePicker,
  ...place,
  ...searchStates,
  ...lotsen,
  ...kurse,
  ...anfrage,
};
