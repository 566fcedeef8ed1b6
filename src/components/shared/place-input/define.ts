import { defineElement } from '../../../define.js';
import { WirPlaceInput } from './place-input.js';

defineElement('wir-place-input', WirPlaceInput);

export type { PlaceValue } from './place-input.js';
export { WirPlaceInput };
