import { anfrage } from './anfrage.js';
import { common } from './common.js';
import { kontakt } from './kontakt.js';
import { kurse } from './kurse.js';
import { languagePicker } from './language-picker.js';
import { lotsen } from './lotsen.js';
import { place } from './place.js';
import { request } from './request.js';
import { searchStates } from './states.js';
import { time } from './time.js';

/**
 * The German catalogue: the source of every key. Each widget area keeps its own file so
 * strings live beside the feature that uses them; this file only merges them.
 */
export const de = {
  ...common,
  ...time,
  ...languagePicker,
  ...place,
  ...searchStates,
  ...lotsen,
  ...kurse,
  ...request,
  ...anfrage,
  ...kontakt,
};
