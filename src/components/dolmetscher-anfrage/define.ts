import { defineElement } from '../../define.js';
import { WirDolmetscherAnfrage } from './dolmetscher-anfrage.js';

defineElement('wir-dolmetscher-anfrage', WirDolmetscherAnfrage);

export { WirErrorEvent, WirSubmitEvent, WirSubmittedEvent } from './anfrage-events.js';
export { WirDolmetscherAnfrage };
