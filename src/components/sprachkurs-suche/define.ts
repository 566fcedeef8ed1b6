import { defineElement } from '../../define.js';
import '../shared/place-input/define.js';
import { WirSprachkursSuche } from './sprachkurs-suche.js';

defineElement('wir-sprachkurs-suche', WirSprachkursSuche);

export { WirSprachkursSuche };
