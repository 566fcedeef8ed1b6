/**
 * Entry of the workspace bundle (dist/koordination/wir-koordination.js, served by the
 * receiver under /koordination/assets/): defines every element of the workspace, guarded
 * like the widgets' registrations, and the page's own few base styles.
 */
import { WirErrorSummary } from '../components/shared/error-summary/error-summary.js';
import { WirKoordination } from './app/koordination-app.js';
import { WirKoordinationKonten } from './views/accounts-view.js';
import { WirKoordinationAnfrage } from './views/anfrage-detail.js';
import { WirKoordinationInbox } from './views/inbox-view.js';
import { WirKoordinationListen } from './views/listen-view.js';
import { WirKoordinationLogin } from './views/login-view.js';
import { WirKoordinationPasswort } from './views/password-view.js';
import { WirKoordinationProtokoll } from './views/protocol-view.js';
import { WirKoordinationSicherheit } from './views/security-view.js';
import { WirKoordinationVorschlaege } from './views/suggestions-panel.js';

const ELEMENTS: ReadonlyArray<[string, CustomElementConstructor]> = [
  ['wir-error-summary', WirErrorSummary],
  ['wir-koordination-login', WirKoordinationLogin],
  ['wir-koordination-passwort', WirKoordinationPasswort],
  ['wir-koordination-inbox', WirKoordinationInbox],
  ['wir-koordination-anfrage', WirKoordinationAnfrage],
  ['wir-koordination-vorschlaege', WirKoordinationVorschlaege],
  ['wir-koordination-konten', WirKoordinationKonten],
  ['wir-koordination-sicherheit', WirKoordinationSicherheit],
  ['wir-koordination-protokoll', WirKoordinationProtokoll],
  ['wir-koordination-listen', WirKoordinationListen],
  ['wir-koordination', WirKoordination],
];

for (const [tag, element] of ELEMENTS) if (!customElements.get(tag)) customElements.define(tag, element);

// The page around the app (a constructed sheet: the strict CSP forbids inline styles).
const page = new CSSStyleSheet();
page.replaceSync('html, body { margin: 0; padding: 0; background: #f3f2f1; } body { min-block-size: 100vh; }');
document.adoptedStyleSheets = [...document.adoptedStyleSheets, page];
