/**
 * Everything at once: registers every wir-widgets element. This is the entry of
 * dist/wir-widgets.js, the one file a webmaster copies.
 */

export { WirDolmetscherAnfrage } from './components/dolmetscher-anfrage/define.js';
export { WirLotsenFinder } from './components/lotsen-finder/define.js';
export { WirLanguagePicker } from './components/shared/language-picker/define.js';
export { WirSprachkursSuche } from './components/sprachkurs-suche/define.js';
export { VERSION } from './version.js';
