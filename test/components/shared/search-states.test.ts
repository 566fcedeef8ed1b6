import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  mailtoHref,
  type RelaxationView,
  renderContact,
  renderEmpty,
  renderFeedError,
  renderShowMore,
  renderSkeleton,
  telHref,
} from '../../../src/components/shared/search-states/search-states.js';
import { searchStatesStyles } from '../../../src/components/shared/search-states/search-states.styles.js';
import { fieldStyles, hostReset } from '../../../src/components/shared/styles/base.styles.js';
import { LocaleController } from '../../../src/i18n/locale-controller.js';
import { searchStates } from '../../../src/i18n/messages/de/states.js';

/** A minimal widget that renders one shared part, the way a search widget does. */
class StatesHost extends LitElement {
  static override styles = [hostReset, fieldStyles, searchStatesStyles];
  readonly i18n = new LocaleController(this, searchStates);
  @property() locale?: string;
  @property({ attribute: false }) content?: (i18n: LocaleController) => TemplateResult;
  override render() {
    return html`<div part="base" dir=${this.i18n.dir} lang=${this.i18n.locale}>${this.content?.(this.i18n)}</div>`;
  }
}
customElements.define('test-states-host', StatesHost);

async function host(part: (i18n: LocaleController) => TemplateResult, locale = 'de'): Promise<StatesHost> {
  const el = await fixture<StatesHost>(html`<test-states-host locale=${locale} .content=${part}></test-states-host>`);
  await el.i18n.ready;
  el.requestUpdate();
  await el.updateComplete;
  return el;
}
const root = (el: Element) => el.shadowRoot!;
const text = (el: Element) => root(el).textContent!.replace(/\s+/g, ' ').trim();

const relaxations: Array<RelaxationView & { query: object }> = [
  { code: 'radius', params: { fromKm: 15, toKm: 25 }, count: 3, query: {} },
  { code: 'language-substitute', params: { asked: 'fa', code: 'prs', closeness: 0.8 }, count: 1, query: {} },
];

for (const locale of ['de', 'en', 'ar']) {
  describe(`search states in ${locale}`, () => {
    it('the loading skeleton has a spoken loading text and passes axe', async () => {
      const el = await host((i18n) => renderSkeleton(i18n), locale);
      expect(root(el).querySelectorAll('.skeleton-card[aria-hidden="true"]').length).to.equal(4);
      expect(root(el).querySelector('.skeleton .visually-hidden')!.textContent!.length).to.be.greaterThan(5);
      await expect(el).to.be.accessible();
    });

    it('the feed error and the empty state pass axe', async () => {
      const error = await host((i18n) => renderFeedError(i18n, () => {}), locale);
      await expect(error).to.be.accessible();
      const empty = await host((i18n) => renderEmpty(i18n, relaxations, () => {}), locale);
      await expect(empty).to.be.accessible();
    });
  });
}

describe('search states behaviour', () => {
  it('offers each relaxation as a button with its count, and passes the chosen one back', async () => {
    let chosen: unknown;
    const el = await host((i18n) => renderEmpty(i18n, relaxations, (r) => (chosen = r)));
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="relax-button"]')];
    expect(buttons.map((b) => b.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Umkreis auf 25 km erweitern (3 Treffer)',
      'Auch Dari zeigen (1 Treffer)',
    ]);
    buttons[0]!.click();
    expect(chosen).to.equal(relaxations[0]);
  });

  it('says what to try when the engine has no relaxation', async () => {
    const el = await host((i18n) => renderEmpty(i18n, [], () => {}));
    expect(root(el).querySelector('button')).to.equal(null);
    expect(text(el)).to.contain('anderen Ort');
  });

  it('reads Arabic relaxation counts in Arabic with Latin digits', async () => {
    const el = await host((i18n) => renderEmpty(i18n, relaxations, () => {}), 'ar');
    const first = root(el).querySelector('[part~="relax-button"]')!.textContent!;
    expect(first).to.contain('25 كم');
    expect(first).to.contain('3 نتائج');
  });

  it('the retry button calls back, and the resident reads no status code', async () => {
    let retried = 0;
    const el = await host((i18n) => renderFeedError(i18n, () => retried++));
    root(el).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
    expect(retried).to.equal(1);
    expect(text(el)).to.not.contain('HTTP');
  });

  it('shows "show more" only while there are more results', async () => {
    const more = await host((i18n) => renderShowMore(i18n, 20, 45, () => {}));
    expect(text(more)).to.contain('20 von 45 angezeigt');
    expect(root(more).querySelector('[part~="more-button"]')).to.exist;
    const all = await host((i18n) => renderShowMore(i18n, 45, 45, () => {}));
    expect(root(all).querySelector('[part~="more-button"]')).to.equal(null);
  });

  it('turns the office phone and e-mail into tel:/mailto: links and the website into an https link', async () => {
    const el = await host((i18n) =>
      renderContact(
        i18n,
        { name: 'WIR-Koordination', phone: '+49 (0)6074 8180-123', email: 'wir@kreis-of.de', url: 'https://www.kreis-offenbach.de/wir' },
        'Kontakt',
      ),
    );
    const hrefs = [...root(el).querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).to.deep.equal(['tel:+4960748180123', 'mailto:wir@kreis-of.de', 'https://www.kreis-offenbach.de/wir']);
    await expect(el).to.be.accessible();
  });

  it('never makes a javascript: or data: URL into a link, but still shows the text', async () => {
    for (const url of ['javascript:alert(1)', ' JaVaScRiPt:alert(1)', 'data:text/html,<script>alert(1)</script>']) {
      const el = await host((i18n) => renderContact(i18n, { name: 'X', url }));
      expect(root(el).querySelector('a'), url).to.equal(null);
      expect(text(el)).to.contain(url.trim());
    }
    expect(mailtoHref('a@b.de?subject=x')).to.equal(undefined);
    expect(telHref('abc')).to.equal(undefined);
  });

  it('shows only the contact fields the feed published', async () => {
    const el = await host((i18n) => renderContact(i18n, { name: 'Büro', email: 'buero@example.org' }));
    expect(root(el).querySelectorAll('dt').length).to.equal(1);
    expect(text(el)).to.not.contain('Telefon');
  });
});
