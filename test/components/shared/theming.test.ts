/**
 * The theming surface as docs/gestaltung.md documents it: every `--wir-*` property in its
 * table, set on each widget, changes what a resident sees there (computed style), and every
 * part marked ✓ for a widget is reachable with `wir-…::part(name)` from the page. The tables
 * are read from the document itself, so a row added there without a working property fails here.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../src/components/dolmetscher-anfrage/define.js';
import '../../../src/components/lotsen-finder/define.js';
import '../../../src/components/sprachkurs-suche/define.js';
import type { WirLanguagePicker } from '../../../src/components/shared/language-picker/language-picker.js';

const WAIT = { timeout: 8000, interval: 25 };
const WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche', 'wir-dolmetscher-anfrage'] as const;
type Tag = (typeof WIDGETS)[number];
/** The widget columns of the part table, in the order of WIDGETS. */
const COLUMNS = 3;

interface Docs {
  properties: string[];
  parts: Map<string, boolean[]>;
}

let docs: Docs | undefined;
async function readDocs(): Promise<Docs> {
  if (docs) return docs;
  const text = await (await fetch('/docs/gestaltung.md')).text();
  const rows = text.split('\n').filter((line) => line.startsWith('| `'));
  const cells = (row: string) =>
    row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const properties = rows.map(cells).flatMap((c) => (c[0]!.startsWith('`--wir-') ? [c[0]!.slice(1, -1)] : []));
  const parts = new Map<string, boolean[]>();
  for (const c of rows.map(cells)) {
    if (c.length === 2 + COLUMNS && !c[0]!.startsWith('`--'))
      parts.set(
        c[0]!.slice(1, -1),
        c.slice(2).map((mark) => mark === '✓'),
      );
  }
  docs = { properties, parts };
  return docs;
}

/** A fresh widget in its first state: results drawn, or the request form's first step. */
async function render(tag: Tag, state: 'normal' | 'feed-error' = 'normal'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(
    tag === 'wir-lotsen-finder'
      ? html`<div><wir-lotsen-finder feed=${state === 'feed-error' ? '/demo/data/missing.json' : '/demo/data/lotsen.json'} near="63128" language="ar" page-size="3"></wir-lotsen-finder></div>`
      : tag === 'wir-sprachkurs-suche'
        ? html`<div><wir-sprachkurs-suche feed=${state === 'feed-error' ? '/demo/data/missing.json' : '/demo/data/sprachkurse.json'} near="63128" page-size="3"></wir-sprachkurs-suche></div>`
        : html`<div><wir-dolmetscher-anfrage endpoint="/api/anfragen" kommune="06438" keep-draft="false" privacy-url="/demo/datenschutz.html"></wir-dolmetscher-anfrage></div>`,
  );
  const el = wrapper.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  const ready = tag === 'wir-dolmetscher-anfrage' ? 'form' : state === 'feed-error' ? '.state-error' : '.card';
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${tag} drawn`, WAIT);
  await el.updateComplete;
  return el;
}

/** One element inside the widget (a selector per shadow root, outermost first). */
function inside(el: Element, ...path: string[]): HTMLElement {
  let root: Element = el;
  let found: HTMLElement | null = null;
  for (const selector of path) {
    found = root.shadowRoot!.querySelector<HTMLElement>(selector);
    if (!found) throw new Error(`nothing matches ${path.join(' » ')}`);
    root = found;
  }
  return found!;
}

interface Probe {
  /** What to look at and which computed property the custom property must change. */
  at: (el: HTMLElement) => HTMLElement;
  css: string;
  /** The value to set and what the computed style must then read (default: the value itself). */
  value: string;
  expected?: string;
  /** Brings the widget into the state where the property shows (a failed feed, a focused field). */
  prepare?: (el: HTMLElement) => Promise<void> | void;
  state?: 'feed-error';
}

const colour = (n: number) => `rgb(${n}, ${100 + n}, ${200 - n})`;
const primaryButton = (el: HTMLElement) => inside(el, '.card [part~="button"]:not(.secondary), form [part~="button"][type="submit"]');
const textInput = (tag: Tag) => (el: HTMLElement) =>
  tag === 'wir-dolmetscher-anfrage' ? inside(el, '#name') : inside(el, 'select#radius');
const focusInput = (tag: Tag) => (el: HTMLElement) => textInput(tag)(el).focus();

function probes(tag: Tag): Record<string, Probe> {
  const form = tag === 'wir-dolmetscher-anfrage';
  const input = textInput(tag);
  return {
    '--wir-color-primary': { at: primaryButton, css: 'background-color', value: colour(1) },
    '--wir-color-on-primary': { at: primaryButton, css: 'color', value: colour(2) },
    '--wir-color-text': { at: (el) => inside(el, '[part="base"]'), css: 'color', value: colour(3) },
    '--wir-color-muted': {
      at: (el) => (tag === 'wir-lotsen-finder' ? inside(el, '.intro') : form ? inside(el, '.hint') : inside(el, '.chip-group .hint')),
      css: 'color',
      value: colour(4),
    },
    '--wir-color-surface': { at: input, css: 'background-color', value: colour(5) },
    '--wir-color-border': { at: input, css: 'border-top-color', value: colour(6) },
    '--wir-color-selected': {
      at: (el) =>
        inside(el, tag === 'wir-lotsen-finder' ? '.language.match' : form ? '.chips .chip' : '.checkbox .chip-input:checked + .chip'),
      css: 'background-color',
      value: colour(7),
      prepare: async (el) => {
        if (form) {
          const picker = inside(el, '#alternatives') as WirLanguagePicker;
          picker.value = 'am';
          picker.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
        } else if (tag === 'wir-sprachkurs-suche') {
          inside(el, '.checkbox .chip-input').click();
        }
      },
    },
    '--wir-color-link': { at: (el) => inside(el, form ? 'a.link' : '.disclosure > summary'), css: 'color', value: colour(8) },
    '--wir-color-error': form
      ? {
          at: (el) => inside(el, '.error-message'),
          css: 'color',
          value: colour(9),
          // The form words its errors once its schema has loaded (after first paint).
          prepare: async (el) => {
            inside(el, 'form [part~="button"][type="submit"]').click();
            await waitUntil(() => el.shadowRoot!.querySelector('.error-message'), 'the errors show', { timeout: 8000 });
          },
        }
      : { at: (el) => inside(el, '.state-error'), css: 'border-top-color', value: colour(9), state: 'feed-error' },
    '--wir-color-focus': { at: input, css: 'outline-color', value: colour(10), prepare: focusInput(tag) },
    '--wir-radius': { at: input, css: 'border-top-left-radius', value: '13px' },
    '--wir-font-family': { at: (el) => inside(el, '[part="base"]'), css: 'font-family', value: 'serif' },
    '--wir-font-size': { at: (el) => inside(el, '[part="base"]'), css: 'font-size', value: '23px' },
    // Fields stand 4/3 of the gap apart; the search widgets' cards exactly the gap.
    '--wir-gap': form
      ? { at: (el) => inside(el, '.field'), css: 'margin-bottom', value: '30px', expected: '40px' }
      : { at: (el) => inside(el, '.result-list'), css: 'row-gap', value: '30px' },
  };
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('theming: the documented --wir-* properties', () => {
  it('the table in docs/gestaltung.md lists the properties every widget has a probe for', async () => {
    const { properties } = await readDocs();
    expect(properties.length).to.be.greaterThan(10);
    for (const tag of WIDGETS) expect(Object.keys(probes(tag)).sort()).to.deep.equal([...properties].sort());
  });

  for (const tag of WIDGETS) {
    for (const [property, probe] of Object.entries(probes(tag))) {
      it(`${property} set on <${tag}> changes its ${probe.css}`, async () => {
        const el = await render(tag, probe.state);
        await probe.prepare?.(el);
        await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
        await frame();
        const target = probe.at(el);
        const before = getComputedStyle(target).getPropertyValue(probe.css);
        el.style.setProperty(property, probe.value);
        await frame();
        const after = getComputedStyle(target).getPropertyValue(probe.css);
        expect(after, `${property} on <${tag}>`).to.equal(probe.expected ?? probe.value);
        expect(after).not.to.equal(before);
      });
    }
  }
});

/** Types into the widget's language or place field until suggestions show, so `listbox` and `option` are drawn. */
async function openSuggestions(el: HTMLElement): Promise<void> {
  const field = inside(el, 'wir-language-picker, wir-place-input');
  const input = inside(field, 'input') as HTMLInputElement;
  input.focus();
  input.value = field.localName === 'wir-language-picker' ? 'Ara' : 'Dietz';
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  await waitUntil(() => field.shadowRoot!.querySelector('[role="option"]'), 'suggestions', WAIT);
}

/** Every element of the widget, through every nested shadow root. */
function allElements(root: ShadowRoot | Document): Element[] {
  return [...root.querySelectorAll('*')].flatMap((e) => [e, ...(e.shadowRoot ? allElements(e.shadowRoot) : [])]);
}

describe('theming: the documented parts', () => {
  for (const [i, tag] of WIDGETS.entries()) {
    it(`every part marked for <${tag}> takes a page rule written as ${tag}::part(name)`, async () => {
      const { parts } = await readDocs();
      const names = [...parts].filter(([, marks]) => marks[i]).map(([name]) => name);
      expect(names.length).to.be.greaterThan(5);
      // What a webmaster writes: one page rule per part. A custom property set through ::part
      // reaches the part and its inside, so a part exists when some element reads its marker.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(names.map((name) => `${tag}::part(${name}) { --part-${name}: yes; }`).join('\n'));
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
      try {
        const reached = new Set<string>();
        for (const state of ['normal', 'feed-error'] as const) {
          if (state === 'feed-error' && tag === 'wir-dolmetscher-anfrage') continue;
          const el = await render(tag, state);
          if (tag === 'wir-dolmetscher-anfrage') await probes(tag)['--wir-color-selected']!.prepare!(el);
          if (state === 'normal') await openSuggestions(el);
          await frame();
          const elements = allElements(el.shadowRoot!);
          for (const name of names) {
            if (elements.some((e) => getComputedStyle(e).getPropertyValue(`--part-${name}`).trim() === 'yes')) reached.add(name);
          }
        }
        expect([...reached].sort()).to.deep.equal([...names].sort());
      } finally {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
      }
    });
  }
});
