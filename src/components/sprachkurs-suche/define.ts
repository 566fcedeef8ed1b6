import { defineElement } from '../../define.js';
import { WirSprachkursSuche } from './sprachkurs-suche.js';

defineElement('wir-sprachkurs-suche', WirSprachkursSuche);

export { WirSprachkursSuche };
