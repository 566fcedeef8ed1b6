import { defineElement } from '../../../define.js';
import { WirLotseKontakt } from './lotse-contact-request.js';

defineElement('wir-lotse-kontakt', WirLotseKontakt);

export { WirLotseKontakt };
