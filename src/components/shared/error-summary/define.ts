import { defineElement } from '../../../define.js';
import { WirErrorSummary } from './error-summary.js';

defineElement('wir-error-summary', WirErrorSummary);

export { WirErrorSummary };
