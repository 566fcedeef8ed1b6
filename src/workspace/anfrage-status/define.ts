/** Entry of the status page (dist/koordination/wir-anfrage-status.js): the one element, guarded. */
import { WirAnfrageStatus } from './anfrage-status.js';

if (!customElements.get('wir-anfrage-status')) customElements.define('wir-anfrage-status', WirAnfrageStatus);

const page = new CSSStyleSheet();
page.replaceSync('html, body { margin: 0; background: #f3f2f1; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
