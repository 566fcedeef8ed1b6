import { defineElement } from '../../define.js';
import '../shared/language-picker/define.js';
import '../shared/place-input/define.js';
import { WirLotsenFinder } from './lotsen-finder.js';

defineElement('wir-lotsen-finder', WirLotsenFinder);

export { WirLotsenFinder };
