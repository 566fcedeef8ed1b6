import { defineElement } from '../../../define.js';
import { WirLanguagePicker } from './language-picker.js';

defineElement('wir-language-picker', WirLanguagePicker);

export { WirLanguagePicker };
