import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { LANGUAGE_ROWS } from '../core/language/language-table.js';
import { KOMMUNEN, type KommuneType, kommuneId } from '../core/place/index.js';
import { LOCALE_ENDONYMS, UI_LOCALES } from '../i18n/locales.js';
import { contrastRatio } from './contrast.js';
import { konfiguratorStyles } from './konfigurator.styles.js';
import {
  type ConfigField,
  configProblems,
  cspDirectives,
  defaultConfig,
  fallbackText,
  LEVEL_NAMES,
  LEVELS,
  LOTSEN_TOPICS,
  type SnippetConfig,
  snippetCss,
  snippetHtml,
  THEME_PROPERTIES,
  type ThemeKey,
  TOPIC_NAMES,
  themeDeclarations,
  WIDGET_TAGS,
  WIDGETS,
  type WidgetTag,
  widgetAttributes,
} from './snippet.js';

const KOMMUNE_GROUPS: Array<[KommuneType, string]> = [
  ['landkreis', 'Landkreise'],
  ['kreisfreie_stadt', 'Kreisfreie Städte'],
  ['sonderstatusstadt', 'Sonderstatusstädte'],
];
const LANGUAGE_OPTIONS = [...LANGUAGE_ROWS].sort((a, b) => a[1].localeCompare(b[1], 'de'));
const SAMPLE_FILES: Record<WidgetTag, string> = {
  'wir-lotsen-finder': 'lotsen.json',
  'wir-sprachkurs-suche': 'sprachkurse.json',
  'wir-dolmetscher-anfrage': 'dolmetscher.json',
};

type Copyable = 'html' | 'css' | 'csp';

/**
 * The snippet configurator: a webmaster picks a widget, its Kommune, feed and presets, display
 * language and house colours, sees the widget live and copies the HTML, the CSS and the
 * Content-Security-Policy lines this configuration needs. German only (its users are German
 * webmasters). The preview element and the copied HTML come from one attribute list
 * (snippet.ts), so what is copied is what was previewed.
 *
 * @tag wir-konfigurator
 * @summary Builds the embed snippet for one wir-widgets element, with a live preview.
 */
export class WirKonfigurator extends LitElement {
  static override styles = konfiguratorStyles;

  /** Folder of wir-widgets.js for the snippet; default: the folder this configurator was loaded from. */
  @property({ attribute: 'script-base' }) scriptBase = new URL('../', import.meta.url).href;

  /** A folder with sample feeds (lotsen.json, sprachkurse.json, dolmetscher.json) to start from, as in the demo. */
  @property({ attribute: 'sample-feeds' }) sampleFeeds = '';

  /** A receiver to start from in the request form's preview (the demo's /api/anfragen). */
  @property({ attribute: 'sample-endpoint' }) sampleEndpoint = '';

  /** A privacy notice to start from in the request form's preview. */
  @property({ attribute: 'sample-privacy-url' }) samplePrivacyUrl = '';

  @state() private config: SnippetConfig = defaultConfig('');
  @state() private copied: Copyable | undefined;
  /** Feed URLs typed per widget, so switching the widget and back keeps them. */
  #feeds = new Map<WidgetTag, string>();
  #previewKey = '';

  @query('.preview') private previewArea!: HTMLElement;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      const feed = (tag: WidgetTag) => (this.sampleFeeds ? new URL(SAMPLE_FILES[tag], new URL(this.sampleFeeds, location.href)).href : '');
      for (const tag of WIDGET_TAGS) this.#feeds.set(tag, feed(tag));
      this.config = {
        ...defaultConfig(this.scriptBase),
        feed: feed('wir-lotsen-finder'),
        endpoint: this.sampleEndpoint && new URL(this.sampleEndpoint, location.href).href,
        privacyUrl: this.samplePrivacyUrl && new URL(this.samplePrivacyUrl, location.href).href,
      };
    } else if (changed.has('scriptBase')) {
      this.config = { ...this.config, scriptBase: this.scriptBase };
    }
  }

  /** Rebuilds the preview element only when its attributes or colours change (a new element loads its feed once). */
  override updated(): void {
    const attributes = widgetAttributes(this.config);
    const theme = themeDeclarations(this.config);
    const key = JSON.stringify([this.config.widget, attributes, theme, fallbackText(this.config)]);
    if (key === this.#previewKey) return;
    this.#previewKey = key;
    const element = document.createElement(this.config.widget);
    for (const [name, value] of attributes) element.setAttribute(name, value === true ? '' : value);
    // CSSOM, not a style attribute: allowed under the page's strict CSP.
    for (const [name, value] of theme) element.style.setProperty(name, value);
    const { text, email } = fallbackText(this.config);
    const fallback = document.createElement('p');
    fallback.textContent = `${text} `;
    if (email) {
      const link = document.createElement('a');
      link.href = `mailto:${email}`;
      link.textContent = email;
      fallback.append(link);
    }
    element.append(fallback);
    this.previewArea.replaceChildren(element);
  }

  #set<K extends keyof SnippetConfig>(key: K, value: SnippetConfig[K]): void {
    this.config = { ...this.config, [key]: value };
    this.copied = undefined;
  }

  #onText(key: ConfigField | 'near' | ThemeKey) {
    return (event: Event) => {
      const value = (event.target as HTMLInputElement).value;
      if (key === 'feed') this.#feeds.set(this.config.widget, value);
      this.#set(key, value);
    };
  }

  #onWidget(event: Event): void {
    const widget = (event.target as HTMLInputElement).value as WidgetTag;
    this.config = { ...this.config, widget, feed: this.#feeds.get(widget) ?? '' };
  }

  #onToggle(key: 'topics' | 'levels', item: string) {
    return (event: Event) => {
      const on = (event.target as HTMLInputElement).checked;
      const rest = this.config[key].filter((x) => x !== item);
      this.#set(key, on ? [...rest, item] : rest);
    };
  }

  async #copy(what: Copyable, text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      // No clipboard permission (e.g. an http:// page): select the text so Ctrl+C copies it.
      const pre = this.renderRoot.querySelector(`#${what}-code`);
      if (pre) getSelection()?.selectAllChildren(pre);
      this.copied = undefined;
    }
  }

  override render(): TemplateResult {
    const problems = configProblems(this.config);
    return html`
      <div class="layout">
        <form class="settings" @submit=${(e: Event) => e.preventDefault()} aria-label="Einstellungen">
          ${this.renderWidgetChoice()} ${this.renderData(problems)} ${this.renderArea(problems)} ${this.renderPresets()}
          ${this.renderLook(problems)}
        </form>
        <div class="output">${this.renderSnippets()} ${this.renderPreview(problems)}</div>
      </div>
      <p class="visually-hidden" aria-live="polite">${this.copied ? 'In die Zwischenablage kopiert.' : ''}</p>
    `;
  }

  private renderWidgetChoice() {
    return html`<fieldset>
      <legend>Welcher Baustein?</legend>
      ${WIDGET_TAGS.map(
        (tag) => html`<label class="choice"
          ><input type="radio" name="widget" value=${tag} .checked=${this.config.widget === tag} @change=${this.#onWidget} />
          <span>${WIDGETS[tag].label} <code>&lt;${tag}&gt;</code></span></label
        >`,
      )}
    </fieldset>`;
  }

  private renderText(
    field: ConfigField | 'near',
    label: string,
    problems: Array<{ field: ConfigField; message: string }>,
    // 'number' becomes a text field with a numeric keyboard (GOV.UK: type=number mangles input and is hard to read back).
    options: { type?: 'url' | 'email' | 'number'; hint?: string; placeholder?: string } = {},
  ) {
    const error = problems.find((p) => p.field === field)?.message;
    const describedBy = [options.hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${field}>${label}</label>
      ${options.hint ? html`<span class="hint" id="${field}-hint">${options.hint}</span>` : nothing}
      ${error ? html`<span class="error-message" id="${field}-error"><span class="visually-hidden">Fehler:</span> ${error}</span>` : nothing}
      <input
        id=${field}
        type=${options.type === 'number' ? 'text' : (options.type ?? 'text')}
        inputmode=${options.type === 'number' ? 'numeric' : nothing}
        placeholder=${options.placeholder ?? nothing}
        .value=${this.config[field]}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : nothing}
        @change=${this.#onText(field)}
      />
    </div>`;
  }

  private renderData(problems: Array<{ field: ConfigField; message: string }>) {
    const { widget } = this.config;
    return html`<fieldset>
      <legend>Daten und Adressen</legend>
      ${this.renderText('feed', WIDGETS[widget].feedLabel, problems, { type: 'url', placeholder: 'https://www.example.de/daten/feed.json' })}
      ${
        widget === 'wir-dolmetscher-anfrage'
          ? html`${this.renderText('endpoint', 'Adresse der Empfangsstelle (endpoint)', problems, {
              type: 'url',
              hint: 'Dorthin sendet das Formular die Anfrage, z. B. der Referenz-Empfänger unter /api/anfragen.',
            })}
          ${this.renderText('privacyUrl', 'Adresse Ihres Datenschutzhinweises', problems, { type: 'url' })}`
          : nothing
      }
      ${
        widget !== 'wir-sprachkurs-suche'
          ? this.renderText('contactEmail', 'E-Mail der WIR-Koordination (freiwillig)', problems, {
              type: 'email',
              hint: 'Wird gezeigt, wenn das Senden nicht klappt oder das Skript nicht lädt.',
            })
          : nothing
      }
      ${this.renderText('scriptBase', 'Adresse des Ordners mit wir-widgets.js', problems, {
        type: 'url',
        hint: 'Wohin Sie den Ordner aus dem Release kopiert haben.',
      })}
    </fieldset>`;
  }

  private renderArea(problems: Array<{ field: ConfigField; message: string }>) {
    const { widget } = this.config;
    const search = widget !== 'wir-dolmetscher-anfrage';
    return html`<fieldset>
      <legend>Gebiet</legend>
      <div class="field">
        <label for="kommune">Kommune</label>
        <span class="hint" id="kommune-hint"
          >${search ? 'Gesucht wird um ihre Mitte, bis jemand einen Ort eingibt.' : 'Die Anfrage geht an diese WIR-Koordination.'}</span
        >
        <select id="kommune" aria-describedby="kommune-hint" @change=${(e: Event) => this.#set('kommune', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.config.kommune}>${search ? 'Keine (ganz Hessen)' : 'Keine (die Person wählt selbst)'}</option>
          ${KOMMUNE_GROUPS.map(
            ([type, label]) => html`<optgroup label=${label}>
              ${KOMMUNEN.filter((k) => k.type === type)
                .sort((a, b) => a.name.localeCompare(b.name, 'de'))
                .map((k) => html`<option value=${kommuneId(k)} ?selected=${this.config.kommune === kommuneId(k)}>${k.name}</option>`)}
            </optgroup>`,
          )}
        </select>
      </div>
      ${
        search
          ? html`${this.renderText('near', 'Ort oder Postleitzahl vorbelegen (freiwillig)', problems, { placeholder: 'z. B. 63128 oder Dietzenbach' })}
          ${this.renderText('radius', 'Umkreis in Kilometern', problems, {
            type: 'number',
            hint: `Ohne Angabe ${WIDGETS[widget].defaultRadius} km.`,
          })}`
          : nothing
      }
    </fieldset>`;
  }

  private renderPresets() {
    const { widget } = this.config;
    if (widget === 'wir-lotsen-finder') {
      return html`<fieldset>
        <legend>Voreinstellungen</legend>
        <div class="field">
          <label for="language">Sprache vorwählen</label>
          <span class="hint" id="language-hint">Zum Beispiel für die Seite einer Migrantenorganisation.</span>
          <select id="language" aria-describedby="language-hint" @change=${(e: Event) => this.#set('language', (e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!this.config.language}>Keine</option>
            ${LANGUAGE_OPTIONS.map(([code, name]) => html`<option value=${code} ?selected=${this.config.language === code}>${name}</option>`)}
          </select>
        </div>
        ${this.renderChoices('Themen vorwählen', 'topics', LOTSEN_TOPICS, TOPIC_NAMES)}
      </fieldset>`;
    }
    if (widget === 'wir-sprachkurs-suche') {
      return html`<fieldset>
        <legend>Voreinstellungen</legend>
        ${this.renderChoices('Niveau vorwählen', 'levels', LEVELS, LEVEL_NAMES)}
        <label class="choice"
          ><input type="checkbox" .checked=${this.config.childcare} @change=${(e: Event) => this.#set('childcare', (e.target as HTMLInputElement).checked)} />
          <span>Nur Kurse mit Kinderbetreuung</span></label
        >
      </fieldset>`;
    }
    return nothing;
  }

  /** A group of checkboxes for a list preset (topics, levels). */
  private renderChoices<T extends string>(legend: string, key: 'topics' | 'levels', items: readonly T[], names: Record<T, string>) {
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="choices">
        ${items.map(
          (item) => html`<label class="choice"
            ><input type="checkbox" .checked=${this.config[key].includes(item)} @change=${this.#onToggle(key, item)} />
            <span>${names[item]}</span></label
          >`,
        )}
      </div>
    </fieldset>`;
  }

  private renderLook(problems: Array<{ field: ConfigField; message: string }>) {
    const primary = this.config.colorPrimary || '#00594f';
    const onPrimary = this.config.colorOnPrimary || '#ffffff';
    const text = this.config.colorText || '#1d2125';
    const warnings = [
      contrastRatio(primary, onPrimary) < 4.5
        ? `Schrift auf der Hauptfarbe ist schwer lesbar (Kontrast ${contrastRatio(primary, onPrimary).toFixed(1).replace('.', ',')} : 1, nötig sind 4,5 : 1).`
        : '',
      contrastRatio(text, '#ffffff') < 4.5 ? 'Die Textfarbe ist auf Weiß schwer lesbar (nötig sind 4,5 : 1).' : '',
    ].filter(Boolean);
    return html`<fieldset>
      <legend>Darstellung</legend>
      <div class="field">
        <label for="locale">Anzeigesprache</label>
        <span class="hint" id="locale-hint">„Wie die Seite“ folgt dem lang-Attribut Ihrer Seite, sonst Deutsch.</span>
        <select id="locale" aria-describedby="locale-hint" @change=${(e: Event) => this.#set('locale', (e.target as HTMLSelectElement).value)}>
          <option value="" ?selected=${!this.config.locale}>Wie die Seite</option>
          ${UI_LOCALES.map((l) => html`<option value=${l} ?selected=${this.config.locale === l}>${LOCALE_ENDONYMS[l]} (${l})</option>`)}
        </select>
      </div>
      <label class="choice"
        ><input
          type="checkbox"
          .checked=${this.config.showLocaleSwitch}
          @change=${(e: Event) => this.#set('showLocaleSwitch', (e.target as HTMLInputElement).checked)}
        />
        <span>Sprachumschalter im Baustein zeigen</span></label
      >
      <h3>Farben</h3>
      ${THEME_PROPERTIES.map(
        ({ key, label, fallback }) => html`<div class="colour">
          <input type="color" id=${key} .value=${this.config[key] || fallback} @change=${this.#onText(key)} />
          <label for=${key}>${label}</label>
        </div>`,
      )}
      ${warnings.map((w) => html`<p class="warning">${w}</p>`)}
      ${this.renderText('cornerRadius', 'Ecken-Rundung in Pixeln', problems, { type: 'number', hint: 'Ohne Angabe 6.' })}
      <button type="button" class="secondary" @click=${this.#resetLook}>Farben und Ecken zurücksetzen</button>
    </fieldset>`;
  }

  #resetLook = () => {
    this.config = { ...this.config, colorPrimary: '', colorOnPrimary: '', colorText: '', colorFocus: '', cornerRadius: '' };
  };

  private renderPreview(problems: Array<{ field: ConfigField; message: string }>) {
    return html`<section class="panel" aria-labelledby="preview-title">
      <h2 id="preview-title">Vorschau</h2>
      ${
        problems.length
          ? html`<div class="warning">
            <p>Noch offen:</p>
            <ul class="notes">
              ${problems.map((p) => html`<li>${p.message}</li>`)}
            </ul>
          </div>`
          : nothing
      }
      <div class="preview"></div>
    </section>`;
  }

  private renderSnippets() {
    const { required, trustedTypes } = cspDirectives(this.config);
    const css = snippetCss(this.config);
    const csp = `${required.join('; ')};`;
    return html`<section class="panel" aria-labelledby="snippet-title">
      <h2 id="snippet-title">Zum Einbinden</h2>
      <h3 id="html-title">HTML an der Stelle, wo der Baustein erscheinen soll</h3>
      <pre id="html-code"><code>${snippetHtml(this.config)}</code></pre>
      <button type="button" @click=${() => this.#copy('html', snippetHtml(this.config))}>HTML kopieren</button>
      ${
        css
          ? html`<h3 id="css-title">CSS für Ihr Stylesheet (Hausfarben)</h3>
            <pre id="css-code"><code>${css}</code></pre>
            <button type="button" @click=${() => this.#copy('css', css)}>CSS kopieren</button>`
          : nothing
      }
      <h3 id="csp-title">Content-Security-Policy: diese Quellen ergänzen</h3>
      <pre id="csp-code"><code>${csp}</code></pre>
      <button type="button" @click=${() => this.#copy('csp', csp)}>CSP-Zeilen kopieren</button>
      <ul class="notes">
        <li>Nur wenn Ihre Seite Trusted Types erzwingt: <code>${trustedTypes}</code>; läuft dort noch eine andere Lit-Komponente, zusätzlich <code>'allow-duplicates'</code>.</li>
        <li>Liegt das Skript auf einem anderen Server als die Seite, braucht dieser Server den Header <code>Access-Control-Allow-Origin</code>, sonst bleibt der Baustein leer. Das gilt auch für Feeds auf fremden Servern.</li>
      </ul>
      <p>Alles Weitere (CORS, Caching, Datenschutzhinweis): <code>docs/einbinden.md</code> im Release-Archiv und im Projekt.</p>
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-konfigurator': WirKonfigurator;
  }
}
