import { defineElement } from '../../define.js';
import { WirDolmetscherAnfrage } from './dolmetscher-anfrage.js';

defineElement('wir-dolmetscher-anfrage', WirDolmetscherAnfrage);

export { WirDolmetscherAnfrage };
export { WirSubmitEvent, WirSubmittedEvent, WirErrorEvent } from './anfrage-events.js';
