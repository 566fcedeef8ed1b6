/** EINBINDEN.txt of the release archive: the first page a webmaster reads after unzipping. German, plain text. */
export function einbindenText(version) {
  return `wir-widgets ${version} – so binden Sie die Bausteine ein
${'='.repeat(56 + version.length)}

1. Kopieren
   Kopieren Sie den Inhalt dieses Ordners auf Ihren Webserver, z. B. nach /wir-widgets/.
   Im Browser gebraucht werden die Dateien wir-*.js, wir-widgets.css und der Ordner chunks/ (er muss neben
   ihnen liegen: Sprachen und Postleitzahlen werden erst bei Bedarf daraus geladen).
   cli/, docs/ und schema/ sind für Sie, nicht für die Besucher:innen.

2. Einfügen, wo der Baustein erscheinen soll (ein Skript für alle drei Bausteine):

   <link rel="stylesheet" href="/wir-widgets/wir-widgets.css" />
   <script type="module" src="/wir-widgets/wir-widgets.js"></script>

   <wir-lotsen-finder feed="/daten/lotsen.json" kommune="06438">
     <p>Die Lotsen-Suche braucht JavaScript. Kontakt: wir@kreis-offenbach.example</p>
   </wir-lotsen-finder>

   <wir-sprachkurs-suche feed="/daten/sprachkurse.json" kommune="06438"></wir-sprachkurs-suche>

   <wir-dolmetscher-anfrage endpoint="https://anfragen.example.de/api/anfragen"
     kommune="06438" privacy-url="/datenschutz"></wir-dolmetscher-anfrage>

   Nur ein Baustein auf der Seite? Dann statt wir-widgets.js die kleinere Datei
   wir-lotsen-finder.js, wir-sprachkurs-suche.js oder wir-dolmetscher-anfrage.js.
   Der Text im Element erscheint, wenn das Skript nicht lädt. wir-widgets.css (in den
   <head>) hält den Platz der Bausteine frei, bis das Skript läuft: die Seite springt nicht.

3. Liegen Skript oder Feeds auf einem anderen Server als die Seite, muss jener Server
   antworten mit:  Access-Control-Allow-Origin: https://www.ihre-seite.de   (oder *)
   Ohne diesen Header bleiben die Bausteine leer.

4. Content-Security-Policy: script-src für den Ort des Skripts, connect-src für Feeds und
   Empfangsstelle; wo Trusted Types erzwungen werden (require-trusted-types-for 'script'):
   trusted-types lit-html. Die genauen Zeilen: docs/einbinden.md.

5. Der Konfigurator stellt das Snippet für Sie zusammen, mit Vorschau und CSP-Zeilen:
   öffnen Sie nach dem Kopieren  https://www.ihre-seite.de/wir-widgets/konfigurator/

6. Farben, Ecken, Schrift und Abstände Ihres Hauses: --wir-*-Eigenschaften und ::part-Namen,
   in allen drei Bausteinen gleich; Tabelle und Beispiel in docs/gestaltung.md.

Feeds prüfen (nur Node.js nötig, ab Version 20), in diesem Ordner:
   npx wir-widgets validate pfad/zu/lotsen.json
   (oder: node cli/wir-widgets.js validate pfad/zu/lotsen.json)

Empfangsstelle für das Anfrageformular (Referenz-Empfänger, speichert in SQLite):
   npm install            (einmal: installiert better-sqlite3)
   WIR_ADMIN_TOKEN=… WIR_ALLOWED_ORIGINS=https://www.ihre-seite.de npx wir-widgets receiver
   Einstellungen und Betrieb: docs/receiver.md

Alles Weitere – die 33 Kommune-Codes, CORS- und Caching-Header für nginx, Apache und
TYPO3/WordPress, die genauen CSP-Zeilen, ein Datenschutzhinweis zum Anpassen:
   docs/einbinden.md

Lizenzen: LICENSE (MIT), NOTICE (Datenquellen), THIRD-PARTY-LICENSES.txt (Lit, zod …).
Quelltext-Zuordnung (Source Maps) für die Fehlersuche: wir-widgets-${version}-sourcemaps.zip.
`;
}
