import { defineElement } from '../define.js';
import { WirWerkstatt } from './werkstatt.js';

defineElement('wir-werkstatt', WirWerkstatt);

export { WirWerkstatt };
