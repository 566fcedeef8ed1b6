import type { Messages } from '../../catalog-types.js';
import { anfrage } from './anfrage.js';
import { common } from './common.js';
import { kontakt } from './kontakt.js';
import { kurse } from './kurse.js';
import { languagePicker } from './language-picker.js';
import { lotsen } from './lotsen.js';
import { place } from './place.js';
import { searchStates } from './states.js';
import { time } from './time.js';

export const uk: Messages = {
  ...common,
  ...time,
  ...languagePicker,
  ...place,
  ...searchStates,
  ...lotsen,
  ...kurse,
  ...anfrage,
  ...kontakt,
};
