/**
 * What the snippet configurator produces from a configuration: the element with its attributes
 * (one list, used for both the live preview and the copied HTML, so they cannot differ), the
 * script tag, the CSS for house colours and the Content-Security-Policy directives the page needs.
 * No DOM here: the element in wir-konfigurator.ts only draws it.
 */
import { LEVELS, type Level, LOTSEN_TOPICS, type LotsenTopic } from '../core/schema/index.js';

export type WidgetTag = 'wir-lotsen-finder' | 'wir-sprachkurs-suche' | 'wir-dolmetscher-anfrage';

export interface WidgetInfo {
  label: string;
  /** The per-widget entry beside wir-widgets.js. */
  file: string;
  feedLabel: string;
  feedRequired: boolean;
  /** The element's own default radius in km; undefined: the widget has no radius. */
  defaultRadius?: number;
  /** Shown inside the element until (and if) the script runs. */
  fallback: string;
}

export const WIDGETS: Record<WidgetTag, WidgetInfo> = {
  'wir-lotsen-finder': {
    label: 'Lotsen-Finder',
    file: 'wir-lotsen-finder.js',
    feedLabel: 'Adresse des Lotsen-Feeds',
    feedRequired: true,
    defaultRadius: 15,
    fallback: 'Die Suche nach Integrationslotsinnen und -lotsen braucht JavaScript.',
  },
  'wir-sprachkurs-suche': {
    label: 'Sprachkurs-Suche',
    file: 'wir-sprachkurs-suche.js',
    feedLabel: 'Adresse des Sprachkurs-Feeds',
    feedRequired: true,
    defaultRadius: 20,
    fallback: 'Die Deutschkurs-Suche braucht JavaScript.',
  },
  'wir-dolmetscher-anfrage': {
    label: 'Dolmetscher-Anfrage',
    file: 'wir-dolmetscher-anfrage.js',
    feedLabel: 'Adresse des Dolmetscher-Feeds (freiwillig: dann zeigt das Formular, wie viele infrage kommen)',
    feedRequired: false,
    fallback: 'Das Anfrageformular für Laiendolmetscher:innen braucht JavaScript.',
  },
};

export const WIDGET_TAGS = Object.keys(WIDGETS) as WidgetTag[];
export { LEVELS, LOTSEN_TOPICS };

// The widgets' German names (src/i18n/messages/de), repeated here on purpose: importing a
// widget's catalogue would make rollup move that widget's code out of its entry file into a
// chunk (one more request on every page embedding it). A test keeps the two equal.
export const TOPIC_NAMES: Record<LotsenTopic, string> = {
  behoerden: 'Ämter und Behörden',
  gesundheit: 'Gesundheit',
  'schule-kita': 'Schule und Kita',
  wohnen: 'Wohnen',
  arbeit: 'Arbeit',
  'asyl-aufenthalt': 'Asyl und Aufenthalt',
  alltag: 'Alltag',
  freizeit: 'Freizeit',
  familie: 'Familie',
};
export const LEVEL_NAMES: Record<Level, string> = {
  alpha: 'Alpha\u00ADbeti\u00ADsierung',
  A1: 'A1',
  A2: 'A2',
  B1: 'B1',
  B2: 'B2',
  C1: 'C1',
};

/** House colours and corners: custom properties every widget reads (defaults in their styles). */
export const THEME_PROPERTIES = [
  { key: 'colorPrimary', property: '--wir-color-primary', label: 'Hauptfarbe (Knöpfe, Auswahl)', fallback: '#00594f' },
  { key: 'colorOnPrimary', property: '--wir-color-on-primary', label: 'Schrift auf der Hauptfarbe', fallback: '#ffffff' },
  { key: 'colorText', property: '--wir-color-text', label: 'Textfarbe', fallback: '#1d2125' },
  { key: 'colorFocus', property: '--wir-color-focus', label: 'Fokusrahmen (Tastatur)', fallback: '#ffbf47' },
] as const;
export type ThemeKey = (typeof THEME_PROPERTIES)[number]['key'];

export interface SnippetConfig extends Record<ThemeKey, string> {
  widget: WidgetTag;
  /** The folder that holds wir-widgets.js and chunks/ (absolute, or a path on the same site). */
  scriptBase: string;
  feed: string;
  endpoint: string;
  privacyUrl: string;
  contactEmail: string;
  kommune: string;
  near: string;
  /** Kilometres as typed; '' keeps the widget's default. */
  radius: string;
  language: string;
  topics: string[];
  levels: string[];
  childcare: boolean;
  /** '' follows the page's lang. */
  locale: string;
  showLocaleSwitch: boolean;
  /** Corner radius in px as typed; '' keeps the default (6 px). */
  cornerRadius: string;
}

export function defaultConfig(scriptBase: string): SnippetConfig {
  return {
    widget: 'wir-lotsen-finder',
    scriptBase,
    feed: '',
    endpoint: '',
    privacyUrl: '',
    contactEmail: '',
    kommune: '',
    near: '',
    radius: '',
    language: '',
    topics: [],
    levels: [],
    childcare: false,
    locale: '',
    showLocaleSwitch: false,
    colorPrimary: '',
    colorOnPrimary: '',
    colorText: '',
    colorFocus: '',
    cornerRadius: '',
  };
}

/** An attribute as it is written: a value, or `true` for a boolean attribute without one. */
export type Attribute = readonly [name: string, value: string | true];

/** The element's attributes, in the order a person would read them; empty options are left out. */
export function widgetAttributes(config: SnippetConfig): Attribute[] {
  const info = WIDGETS[config.widget];
  const list: Attribute[] = [];
  const add = (name: string, value: string | boolean) => {
    if (typeof value === 'string' ? value.trim() : value) list.push([name, typeof value === 'string' ? value.trim() : true]);
  };
  if (config.widget === 'wir-dolmetscher-anfrage') add('endpoint', config.endpoint);
  add('feed', config.feed);
  add('kommune', config.kommune);
  if (config.widget !== 'wir-dolmetscher-anfrage') {
    add('near', config.near);
    const km = Number(config.radius);
    if (config.radius.trim() && Number.isFinite(km) && km > 0 && km !== info.defaultRadius) add('radius', String(km));
  }
  if (config.widget === 'wir-lotsen-finder') {
    add('language', config.language);
    add('topics', LOTSEN_TOPICS.filter((t) => config.topics.includes(t)).join(' '));
  }
  if (config.widget === 'wir-sprachkurs-suche') {
    add('level', LEVELS.filter((l) => config.levels.includes(l)).join(','));
    add('childcare', config.childcare);
  }
  if (config.widget === 'wir-dolmetscher-anfrage') add('privacy-url', config.privacyUrl);
  if (config.widget !== 'wir-sprachkurs-suche') add('contact-email', config.contactEmail);
  add('locale', config.locale);
  add('show-locale-switch', config.showLocaleSwitch);
  return list;
}

/** The custom properties to set on the element: only colours and corners that differ from the defaults. */
export function themeDeclarations(config: SnippetConfig): Array<[property: string, value: string]> {
  const list: Array<[string, string]> = [];
  for (const { key, property, fallback } of THEME_PROPERTIES) {
    const value = config[key].trim().toLowerCase();
    if (/^#[0-9a-f]{6}$/.test(value) && value !== fallback) list.push([property, value]);
  }
  const px = Number(config.cornerRadius);
  if (config.cornerRadius.trim() && Number.isFinite(px) && px >= 0 && px !== 6) list.push(['--wir-radius', `${px}px`]);
  return list;
}

/** The URL of the widget's script: scriptBase plus the widget's file. */
export function scriptUrl(config: SnippetConfig): string {
  const base = config.scriptBase.trim() || '/wir-widgets/';
  return `${base.endsWith('/') ? base : `${base}/`}${WIDGETS[config.widget].file}`;
}

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const escapeText = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The fallback inside the element: the widget's sentence, and a way to reach the office when an e-mail is given. */
export function fallbackText(config: SnippetConfig): { text: string; email?: string } {
  const email = config.widget === 'wir-sprachkurs-suche' ? '' : config.contactEmail.trim();
  const text = WIDGETS[config.widget].fallback;
  return email ? { text: `${text} Sie erreichen die WIR-Koordination per E-Mail:`, email } : { text };
}

/** The HTML to paste into a page: script tag, then the element with its fallback content. */
export function snippetHtml(config: SnippetConfig): string {
  const attributes = widgetAttributes(config)
    .map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`))
    .join('');
  const { text, email } = fallbackText(config);
  const link = email ? ` <a href="mailto:${escapeAttribute(email)}">${escapeText(email)}</a>` : '';
  return [
    `<script type="module" src="${escapeAttribute(scriptUrl(config))}"></script>`,
    `<${config.widget}${attributes}>`,
    `  <p>${escapeText(text)}${link}</p>`,
    `</${config.widget}>`,
  ].join('\n');
}

/** CSS for the site's stylesheet (inline style attributes are blocked by a strict CSP); '' when nothing differs. */
export function snippetCss(config: SnippetConfig): string {
  const declarations = themeDeclarations(config);
  if (!declarations.length) return '';
  return `${config.widget} {\n${declarations.map(([p, v]) => `  ${p}: ${v};`).join('\n')}\n}`;
}

/** `'self'` for a path on the page's own site, else the URL's origin; undefined for text that is no URL. */
export function sourceOf(url: string, base = 'https://site.invalid/'): string | undefined {
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  try {
    const parsed = new URL(trimmed, base);
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    return /^[a-z][a-z\d+.-]*:/i.test(trimmed) || trimmed.startsWith('//') ? parsed.origin : "'self'";
  } catch {
    return undefined;
  }
}

/**
 * The CSP directives this configuration needs, to merge into the site's policy: where the
 * script and its chunks come from, where feeds and the receiver are (fetch), and the Trusted
 * Types policy Lit creates (only for sites that enforce Trusted Types).
 */
export function cspDirectives(config: SnippetConfig): { required: string[]; trustedTypes: string } {
  const script = sourceOf(scriptUrl(config)) ?? "'self'";
  const connect = [
    ...new Set([config.feed, config.widget === 'wir-dolmetscher-anfrage' ? config.endpoint : ''].map((u) => sourceOf(u)).filter(Boolean)),
  ];
  const required = [`script-src ${script}`];
  if (connect.length) required.push(`connect-src ${connect.join(' ')}`);
  return { required, trustedTypes: "require-trusted-types-for 'script'; trusted-types lit-html" };
}

export type ConfigField = 'feed' | 'endpoint' | 'privacyUrl' | 'contactEmail' | 'radius' | 'cornerRadius' | 'scriptBase';

/** What keeps the snippet from working, per field, in the words the form shows beside that field. */
export function configProblems(config: SnippetConfig): Array<{ field: ConfigField; message: string }> {
  const problems: Array<{ field: ConfigField; message: string }> = [];
  const info = WIDGETS[config.widget];
  const url = (field: ConfigField, value: string, name: string, required: boolean) => {
    if (!value.trim()) {
      if (required) problems.push({ field, message: `Geben Sie die ${name} an.` });
    } else if (!sourceOf(value)) {
      problems.push({ field, message: `Die ${name} muss mit https:// oder / beginnen.` });
    }
  };
  url('scriptBase', config.scriptBase, 'Adresse des Ordners wir-widgets', true);
  url('feed', config.feed, 'Feed-Adresse', info.feedRequired);
  if (config.widget === 'wir-dolmetscher-anfrage') {
    url('endpoint', config.endpoint, 'Adresse der Empfangsstelle', true);
    url('privacyUrl', config.privacyUrl, 'Adresse des Datenschutzhinweises', true);
  }
  if (
    config.widget !== 'wir-sprachkurs-suche' &&
    config.contactEmail.trim() &&
    !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(config.contactEmail.trim())
  ) {
    problems.push({ field: 'contactEmail', message: 'Die E-Mail-Adresse hat die Form name@beispiel.de.' });
  }
  const number = (field: ConfigField, value: string, message: string, min: number) => {
    if (value.trim() && !(Number(value) >= min)) problems.push({ field, message });
  };
  if (config.widget !== 'wir-dolmetscher-anfrage') number('radius', config.radius, 'Der Umkreis ist eine Zahl in Kilometern, z. B. 15.', 1);
  number('cornerRadius', config.cornerRadius, 'Die Ecken sind eine Zahl in Pixeln, z. B. 6 (0 für eckig).', 0);
  return problems;
}
