/**
 * The WCAG 2.2 AA checks axe cannot make, on the demo server's pages (strict CSP) in real
 * headless Chromium: reflow (1.4.10), text spacing (1.4.12), forced colours (1.4.11 / Windows
 * high contrast), reduced motion (2.3.3 as a courtesy, and to keep the skeleton pulse off
 * for people with vestibular disorders), target size (2.5.8) and focus order in RTL (2.4.3).
 * Pages: demo/a11y/widgets.html (every widget in one page, ?lang= sets the host's lang and
 * dir) and demo/a11y/loading.html (the skeletons, which are the only animation).
 * Needs the built bundle (npm test builds first).
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { DemoServer } from '../../src/server/demo-server.js';
import { launchChromium, startTestDemoServer } from '../support/page-fixtures.js';

const WIDGETS = ['wir-lotsen-finder', 'wir-sprachkurs-suche', 'wir-dolmetscher-anfrage', 'wir-language-picker', 'wir-place-input'];
let server: DemoServer;
let browser: Browser;

/**
 * Helpers installed in every page as window.wirA11y. Plain JS in a string on purpose: tsx
 * compiles functions passed to page.evaluate with esbuild's keepNames, whose __name() calls
 * do not exist in the page.
 */
const HELPERS = String.raw`
(() => {
  const WIDGETS = ${JSON.stringify(WIDGETS)};
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"]), [role="button"], [role="checkbox"], [role="radio"], [role="option"], [role="link"], [role="switch"]';
  /** Every element in the widgets, through (nested) open shadow roots, in tree order. */
  function deep(root, out = []) {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) deep(el.shadowRoot, out);
    }
    return out;
  }
  function widgets() {
    return [...document.querySelectorAll(WIDGETS.join(','))].filter((el) => !el.parentElement.closest(WIDGETS.join(',')) && !(el.getRootNode() instanceof ShadowRoot));
  }
  function shadowRoots() {
    const roots = [];
    for (const el of [document.documentElement, ...deep(document)]) if (el.shadowRoot) roots.push(el.shadowRoot);
    return roots;
  }
  function visible(el) {
    const r = el.getBoundingClientRect();
    if (r.width < 2 || r.height < 2) return false; // visually hidden (1 px clip) or not laid out
    // Also the content of a closed <details>: Chromium skips its layout (content-visibility),
    // and its boxes then report stale positions that look like overlaps.
    if (!el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true })) return false;
    for (let n = el; n; n = n.parentElement || (n.getRootNode() && n.getRootNode().host)) {
      const cs = getComputedStyle(n);
      if (cs.visibility === 'hidden' || cs.display === 'none' || cs.clipPath === 'inset(50%)') return false;
      if (n.hasAttribute && n.hasAttribute('inert')) return false;
    }
    return true;
  }
  function name(el) {
    const root = el.getRootNode();
    const host = root instanceof ShadowRoot ? root.host.localName + ' ' : '';
    const id = el.id ? '#' + el.id : '';
    const cls = typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\s+/).join('.') : '';
    const text = (el.getAttribute('aria-label') || el.textContent || el.value || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return host + el.localName + id + cls + (text ? ' "' + text + '"' : '');
  }
  /**
   * What a sighted person sees and presses for a control: a chip's checkbox is a 1 px,
   * transparent input, and its label carries the look, the size and the focus ring.
   */
  function visibleTarget(el) {
    const r = el.getBoundingClientRect();
    const hidden = r.width < 2 || r.height < 2 || getComputedStyle(el).opacity === '0';
    if (hidden && el.labels && el.labels[0]) return el.labels[0];
    return el;
  }
  function interactive() {
    const out = new Set();
    for (const w of widgets()) {
      for (const el of deep(w.shadowRoot)) {
        if (!el.matches(INTERACTIVE) || el.matches(':disabled')) continue;
        const target = visibleTarget(el);
        if (visible(target)) out.add(target);
      }
    }
    return [...out];
  }
  /** A link in a run of text (WCAG 2.5.8's "inline" exception): its block has other words. */
  function inlineInText(el) {
    if (getComputedStyle(el).display !== 'inline') return false;
    const block = el.parentElement;
    if (!block) return false;
    const own = (el.textContent || '').trim();
    return (block.textContent || '').trim().length > own.length + 3;
  }
  function alpha(color) {
    const m = color.match(/rgba?\(([^)]+)\)/);
    if (!m) return color === 'transparent' ? 0 : 1;
    const parts = m[1].split(/[ ,/]+/).filter(Boolean);
    return parts.length > 3 ? Number(parts[3]) : 1;
  }
  function hasBoundary(cs) {
    return ['Top', 'Right', 'Bottom', 'Left'].some(
      (s) => parseFloat(cs['border' + s + 'Width']) >= 1 && cs['border' + s + 'Style'] !== 'none' && alpha(cs['border' + s + 'Color']) > 0,
    );
  }
  function hasOutline(cs) {
    return cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 1 && alpha(cs.outlineColor) > 0;
  }
  function deepActive() {
    let a = document.activeElement;
    while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
    return a;
  }
  function addStyleEverywhere(cssText) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    for (const root of shadowRoots()) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return shadowRoots().length;
  }
  /** The longest of a computed duration list ("0s, 1.4s") in seconds. */
  function longest(list) {
    return Math.max(...list.split(',').map((d) => parseFloat(d) || 0));
  }
  window.wirA11y = { deep, widgets, shadowRoots, visible, name, interactive, inlineInText, alpha, hasBoundary, hasOutline, deepActive, addStyleEverywhere, longest, visibleTarget };
})();
`;

before(async () => {
  assert.ok(existsSync('dist/wir-widgets.js'), 'dist/wir-widgets.js is missing: run npm run build first');
  server = await startTestDemoServer();
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

interface Open {
  page: Page;
  close(): Promise<void>;
}

/** Opens a demo page and waits until every widget has rendered and finished loading its feed. */
async function open(path: string, options: BrowserContextOptions = {}, waitForData = true): Promise<Open> {
  const context = await browser.newContext({ viewport: { width: 1024, height: 800 }, ...options });
  // demo/a11y/loading.html asks for this feed; a stand-in feed server that never answers keeps the
  // skeletons up (a widget without any feed shows the missing-feed error instead).
  await context.route('**/a11y/feed-that-never-answers.json', () => {});
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(HELPERS);
  // A request that never ends never lets the network go idle: pages left loading wait for `load` only.
  await page.goto(`${server.url.replace(/\/$/, '')}${path}`, { waitUntil: waitForData ? 'networkidle' : 'load' });
  await page.waitForFunction(
    ({ tags, waitForData }: { tags: string[]; waitForData: boolean }) =>
      [...document.querySelectorAll(tags.join(','))].every(
        (el) => el.shadowRoot?.firstElementChild && (!waitForData || !el.shadowRoot.querySelector('[aria-busy="true"]')),
      ),
    { tags: WIDGETS, waitForData },
    { timeout: 15000 },
  );
  await page.waitForTimeout(300);
  return {
    page,
    close: async () => {
      assert.deepEqual(errors, [], `${path}: no uncaught errors`);
      await context.close();
    },
  };
}

/** Presses the request form's submit button with nothing filled in: field errors and the error summary show. */
async function showFormErrors(page: Page): Promise<void> {
  await page.evaluate(() => {
    document.querySelector('wir-dolmetscher-anfrage')!.shadowRoot!.querySelector<HTMLButtonElement>('form button[type="submit"]')!.click();
  });
  await page.waitForFunction(() => !!document.querySelector('wir-dolmetscher-anfrage')!.shadowRoot!.querySelector('wir-error-summary'));
  await page.waitForTimeout(200);
}

/** What scrolls sideways: the page itself, any scroll container inside a widget, anything sticking out of its widget. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const a = (window as any).wirA11y;
    const problems: string[] = [];
    const doc = document.scrollingElement!;
    if (doc.scrollWidth > doc.clientWidth + 1) problems.push(`page scrolls sideways: ${doc.scrollWidth} > ${doc.clientWidth}`);
    for (const w of a.widgets()) {
      const box = w.getBoundingClientRect();
      for (const el of [w, ...a.deep(w.shadowRoot)]) {
        const cs = getComputedStyle(el);
        if (['auto', 'scroll'].includes(cs.overflowX) && el.scrollWidth > el.clientWidth + 1 && a.visible(el)) {
          problems.push(`${a.name(el)} scrolls sideways: ${el.scrollWidth} > ${el.clientWidth}`);
        }
        if (el !== w && a.visible(el)) {
          const r = el.getBoundingClientRect();
          if (r.right > box.right + 1 || r.left < box.left - 1)
            problems.push(
              `${a.name(el)} sticks out of ${w.localName}: ${Math.round(r.left)}–${Math.round(r.right)} vs ${Math.round(box.left)}–${Math.round(box.right)}`,
            );
        }
      }
    }
    return problems;
  });
}

const REFLOW_CASES: { label: string; options: BrowserContextOptions }[] = [
  { label: 'a 320 px phone', options: { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } },
  // 1280 × 1024 at 400 % zoom leaves 320 × 256 CSS px; a zoomed desktop is not a phone (no touch, no mobile viewport).
  { label: '1280 px at 400 % zoom', options: { viewport: { width: 320, height: 256 }, deviceScaleFactor: 4 } },
];

describe('reflow (WCAG 1.4.10)', () => {
  for (const { label, options } of REFLOW_CASES) {
    for (const lang of ['de', 'ar']) {
      test(`at ${label} in ${lang}, nothing scrolls sideways, not even with the form's errors showing`, async () => {
        const { page, close } = await open(`/a11y/widgets.html?lang=${lang}`, options);
        assert.deepEqual(await horizontalOverflow(page), [], 'results');
        await showFormErrors(page);
        assert.deepEqual(await horizontalOverflow(page), [], 'form errors');
        await close();
      });
    }
  }
});

const TEXT_SPACING = `
  * {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p {
    margin-block-end: 2em !important;
  }
`;

describe('text spacing (WCAG 1.4.12)', () => {
  for (const [lang, width] of [
    ['de', 1024],
    ['de', 320],
    ['ar', 320],
    ['de-x-ls', 320],
  ] as const) {
    test(`with the spacing override at ${width} px in ${lang}, no text is clipped and no controls overlap`, async () => {
      const { page, close } = await open(`/a11y/widgets.html?lang=${lang}`, { viewport: { width, height: 800 } });
      await showFormErrors(page);
      const roots = await page.evaluate((css) => (window as any).wirA11y.addStyleEverywhere(css), TEXT_SPACING);
      assert.ok(roots >= 5, `the override reached the shadow roots (${roots})`);
      await page.waitForTimeout(200);
      const spacing = await page.evaluate(() => {
        const label = document.querySelector('wir-dolmetscher-anfrage')!.shadowRoot!.querySelector('label')!;
        const cs = getComputedStyle(label);
        return parseFloat(cs.letterSpacing) / parseFloat(cs.fontSize);
      });
      assert.ok(Math.abs(spacing - 0.12) < 0.01, `letter-spacing inside the shadow root is 0.12em (${spacing.toFixed(3)})`);
      const problems = await page.evaluate(() => {
        const a = (window as any).wirA11y;
        const out: string[] = [];
        for (const w of a.widgets()) {
          for (const el of a.deep(w.shadowRoot) as HTMLElement[]) {
            if (!a.visible(el) || !(el.textContent ?? '').trim()) continue;
            const cs = getComputedStyle(el);
            const clipsX = ['hidden', 'clip'].includes(cs.overflowX);
            const clipsY = ['hidden', 'clip'].includes(cs.overflowY);
            if (clipsY && el.scrollHeight > el.clientHeight + 1)
              out.push(`${a.name(el)}: text clipped vertically (${el.scrollHeight} > ${el.clientHeight})`);
            if (clipsX && el.scrollWidth > el.clientWidth + 1)
              out.push(`${a.name(el)}: text clipped horizontally (${el.scrollWidth} > ${el.clientWidth})`);
            if (cs.textOverflow === 'ellipsis' && el.scrollWidth > el.clientWidth + 1) out.push(`${a.name(el)}: text cut with an ellipsis`);
          }
        }
        // Controls that now cover each other (a box inside another, such as a button in a
        // summary, is nesting, not overlap).
        const controls = a.interactive() as HTMLElement[];
        const rects = controls.map((el) => el.getBoundingClientRect());
        for (let i = 0; i < controls.length; i++) {
          for (let j = i + 1; j < controls.length; j++) {
            const [p, q] = [rects[i]!, rects[j]!];
            const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
            const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
            const nested = x >= Math.min(p.width, q.width) - 1 && y >= Math.min(p.height, q.height) - 1;
            if (x > 1 && y > 1 && !nested)
              out.push(`${a.name(controls[i])} overlaps ${a.name(controls[j])} by ${Math.round(x)}×${Math.round(y)}`);
          }
        }
        return out;
      });
      assert.deepEqual(problems, []);
      await close();
    });
  }
});

describe('forced colours (Windows high contrast)', () => {
  for (const lang of ['de', 'ar']) {
    test(`in ${lang}, every control keeps a visible edge and a visible focus ring`, async () => {
      const { page, close } = await open(`/a11y/widgets.html?lang=${lang}`, { forcedColors: 'active' });
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
      await showFormErrors(page);
      const problems = await page.evaluate(() => {
        const a = (window as any).wirA11y;
        const out: string[] = [];
        for (const el of a.interactive() as HTMLElement[]) {
          const cs = getComputedStyle(el);
          // A text link, or a disclosure summary styled as one: its underlined text in the
          // system's link colour is its edge, as for any link on the page.
          if (
            (el.localName === 'a' && !el.classList.contains('button')) ||
            (el.localName === 'summary' && cs.textDecorationLine.includes('underline'))
          ) {
            if (a.alpha(cs.color) === 0 || !cs.textDecorationLine.includes('underline'))
              out.push(`${a.name(el)}: link without visible colour and underline`);
            continue;
          }
          // Native checkboxes and radios are drawn by the system in its own colours.
          if (el.matches('input[type="checkbox"], input[type="radio"]') && cs.appearance !== 'none') continue;
          if (!a.hasBoundary(cs) && !a.hasOutline(cs)) out.push(`${a.name(el)}: no border or outline in forced colours`);
        }
        return out;
      });
      assert.deepEqual(problems, []);
      // The focus ring, reached the way a keyboard user reaches it.
      const rings: string[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 120; i++) {
        await page.keyboard.press('Tab');
        const r = await page.evaluate(() => {
          const a = (window as any).wirA11y;
          const focused = a.deepActive() as HTMLElement | null;
          if (!focused || !(focused.getRootNode() instanceof ShadowRoot)) return null;
          const el = a.visibleTarget(focused) as HTMLElement;
          const cs = getComputedStyle(el);
          return { name: a.name(el), ok: a.hasOutline(cs), outline: `${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}` };
        });
        if (!r) continue;
        if (seen.has(r.name)) break;
        seen.add(r.name);
        if (!r.ok) rings.push(`${r.name}: focus ring ${r.outline}`);
      }
      assert.ok(seen.size >= 15, `tabbed through the widgets (${seen.size} stops)`);
      assert.deepEqual(rings, []);
      await close();
    });
  }
});

async function runningMotion(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const a = (window as any).wirA11y;
    const out: string[] = [];
    for (const w of a.widgets()) {
      for (const el of [w, ...a.deep(w.shadowRoot)] as HTMLElement[]) {
        for (const anim of el.getAnimations())
          if (anim.playState === 'running') out.push(`${a.name(el)}: ${(anim as CSSAnimation).animationName ?? 'animation'} running`);
        const cs = getComputedStyle(el);
        if (cs.animationName !== 'none' && a.longest(cs.animationDuration) > 0.01)
          out.push(`${a.name(el)}: animation ${cs.animationName} ${cs.animationDuration}`);
        if (a.longest(cs.transitionDuration) > 0.01 && cs.transitionProperty !== 'none')
          out.push(`${a.name(el)}: transition ${cs.transitionProperty} ${cs.transitionDuration}`);
      }
    }
    return out;
  });
}

describe('reduced motion', () => {
  test('the loading skeletons (a stand-in feed server that never answers) pulse normally, and stand still under reduced motion', async () => {
    // The control: without the preference there is motion to switch off, so the check below is not vacuous.
    const moving = await open('/a11y/loading.html', { reducedMotion: 'no-preference' }, false);
    assert.ok((await runningMotion(moving.page)).length > 0, 'skeletons animate without the preference');
    await moving.close();
    const still = await open('/a11y/loading.html', { reducedMotion: 'reduce' }, false);
    assert.deepEqual(await runningMotion(still.page), []);
    await still.close();
  });

  test('with results and the form errors showing, nothing moves under reduced motion', async () => {
    const { page, close } = await open('/a11y/widgets.html', { reducedMotion: 'reduce' });
    await showFormErrors(page);
    assert.deepEqual(await runningMotion(page), []);
    await close();
  });
});

describe('target size (WCAG 2.5.8)', () => {
  for (const [lang, width] of [
    ['de', 1024],
    ['ar', 320],
  ] as const) {
    test(`every control in the widgets is at least 24 × 24 CSS px at ${width} px in ${lang}`, async () => {
      const { page, close } = await open(`/a11y/widgets.html?lang=${lang}`, { viewport: { width, height: 800 } });
      await showFormErrors(page);
      const small = await page.evaluate(() => {
        const a = (window as any).wirA11y;
        const out: string[] = [];
        let checked = 0;
        for (const el of a.interactive() as HTMLElement[]) {
          if (a.inlineInText(el)) continue;
          checked++;
          const r = el.getBoundingClientRect();
          // A native checkbox or radio counts with its label when the label is clickable and wraps or is tied to it.
          let { width, height } = r;
          if (el.matches('input[type="checkbox"], input[type="radio"]')) {
            const label = (el as HTMLInputElement).labels?.[0];
            if (label) {
              const l = label.getBoundingClientRect();
              const union = {
                w: Math.max(r.right, l.right) - Math.min(r.left, l.left),
                h: Math.max(r.bottom, l.bottom) - Math.min(r.top, l.top),
              };
              width = union.w;
              height = union.h;
            }
          }
          if (width < 23.5 || height < 23.5) out.push(`${a.name(el)}: ${width.toFixed(1)}×${height.toFixed(1)}`);
        }
        return { out, checked };
      });
      assert.ok(small.checked >= 20, `checked ${small.checked} controls`);
      assert.deepEqual(small.out, []);
      await close();
    });
  }
});

describe('focus order in right-to-left', () => {
  for (const lang of ['ar', 'fa']) {
    test(`in ${lang}, Tab moves right to left within a row and never back up the page`, async () => {
      const { page, close } = await open(`/a11y/widgets.html?lang=${lang}`, { viewport: { width: 1024, height: 800 } });
      const stops: { name: string; host: string; left: number; right: number; top: number; bottom: number }[] = [];
      const seen = new Set<string>();
      for (let i = 0; i < 150; i++) {
        await page.keyboard.press('Tab');
        const stop = await page.evaluate(() => {
          const a = (window as any).wirA11y;
          const el = a.deepActive() as HTMLElement | null;
          if (!el || !(el.getRootNode() instanceof ShadowRoot)) return null;
          let host = (el.getRootNode() as ShadowRoot).host;
          while (host.getRootNode() instanceof ShadowRoot) host = (host.getRootNode() as ShadowRoot).host;
          // Positions in page coordinates: Tab scrolls the page.
          const r = el.getBoundingClientRect();
          return {
            name: a.name(el),
            host: host.localName,
            left: r.left + scrollX,
            right: r.right + scrollX,
            top: r.top + scrollY,
            bottom: r.bottom + scrollY,
          };
        });
        if (!stop) continue;
        if (seen.has(stop.name + stop.top)) break;
        seen.add(stop.name + stop.top);
        stops.push(stop);
      }
      assert.ok(stops.length >= 15, `tabbed through the widgets (${stops.length} stops)`);
      const wrong: string[] = [];
      let rowSteps = 0;
      for (let i = 1; i < stops.length; i++) {
        const [p, q] = [stops[i - 1]!, stops[i]!];
        const overlap = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
        const sameRow = overlap > Math.min(p.bottom - p.top, q.bottom - q.top) / 2;
        if (sameRow) {
          rowSteps++;
          if ((q.left + q.right) / 2 > (p.left + p.right) / 2 + 1) wrong.push(`${p.name} → ${q.name}: moves right within a row`);
        } else if (q.top < p.top - 1) {
          wrong.push(`${p.name} → ${q.name}: moves back up (${Math.round(p.top)} → ${Math.round(q.top)})`);
        }
      }
      assert.deepEqual(wrong, []);
      // Without steps within a row the check above would prove nothing about direction.
      assert.ok(rowSteps >= 3, `${rowSteps} steps between controls side by side`);
      await close();
    });
  }
});
