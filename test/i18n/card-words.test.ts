import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { renderResultCard, renderResultList } from '../../src/components/lotsen-finder/result-card.js';
import { renderCourseCard } from '../../src/components/sprachkurs-suche/course-card.js';
import { createIndex, search } from '../../src/core/match/index.js';
import type { LotseRecord } from '../../src/core/schema/index.js';
import { LocaleController } from '../../src/i18n/locale-controller.js';
import { kurse } from '../../src/i18n/messages/de/kurse.js';
import { lotsen } from '../../src/i18n/messages/de/lotsen.js';
import { DIETZENBACH, kurs as makeKurs, lotse as makeLotse } from '../fixtures/records.js';

/** Renders one card the way the widgets do, in a given locale. */
class CardHost extends LitElement {
  readonly i18n = new LocaleController(this, lotsen, kurse);
  @property() locale?: string;
  @property({ attribute: false }) content?: (i18n: LocaleController) => TemplateResult;
  override render() {
    return html`<div lang=${this.i18n.locale}>${this.content?.(this.i18n)}</div>`;
  }
}
customElements.define('test-card-host', CardHost);

async function card(locale: string, content: (i18n: LocaleController) => TemplateResult): Promise<string> {
  const el = await fixture<CardHost>(html`<test-card-host locale=${locale} .content=${content}></test-card-host>`);
  await el.i18n.ready;
  el.requestUpdate();
  await el.updateComplete;
  return el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
}

const place = DIETZENBACH;
const afternoons = [
  { day: 'di' as const, from: '14:00', to: '17:00' },
  { day: 'do' as const, from: '14:00', to: '17:00' },
];
const lotse = makeLotse('l1', { name: 'Amina K.', languages: ['ti'], availability: afternoons });
const kurs = makeKurs('k1', {
  title: 'Deutsch am Vormittag',
  levels: ['A1'],
  schedule: [
    { day: 'di', from: '09:00', to: '11:30' },
    { day: 'do', from: '09:00', to: '11:30' },
  ],
});

function lotseCard(i18n: LocaleController): TemplateResult {
  const hit = search(createIndex([lotse], 'lotsen'), { times: [{ day: 'di', from: '12:00', to: '17:00' }] }).hits[0]!;
  return renderResultCard(i18n, hit, 0, {
    askedTopics: [],
    contactOpen: false,
    contact: {},
    contactHeading: '',
    onToggleContact: () => {},
  });
}

function courseCard(i18n: LocaleController): TemplateResult {
  const hit = search(createIndex([kurs], 'sprachkurse'), { today: '2026-11-28' }).hits[0]!;
  return renderCourseCard(hit, { i18n, today: '2026-11-28', onCalendar: () => {}, onSelect: () => {} });
}

/** Weekday abbreviations a card must not show in place of the whole word. */
const ABBREVIATED = /\b(Mo|Di|Mi|Do|Fr|Sa|So)\b/;

describe('days and times on the cards', () => {
  it('a Lotse card names a day one way in its times and in why it fits', async () => {
    const text = await card('de', lotseCard);
    expect(text).to.contain('Meist Zeit: Dienstag und Donnerstag nachmittags');
    expect(text).to.contain('Zeit passt: Dienstag');
    expect(text).not.to.match(ABBREVIATED);
  });

  it('Leichte Sprache gets whole words on a course card, with "Uhr" after a time', async () => {
    const text = await card('de-x-ls', courseCard);
    expect(text).to.contain('Dienstag und Donnerstag von 9:00 Uhr bis 11:30 Uhr');
    expect(text).not.to.match(ABBREVIATED);
  });

  it('every locale words the Lotse times in its own language', async () => {
    const expected: Record<string, string> = {
      en: 'Tuesday and Thursday afternoons',
      ar: 'الثلاثاء والخميس بعد الظهر',
      tr: 'Salı ve Perşembe öğleden sonra',
      uk: 'вівторок і четвер після обіду',
      ru: 'вторник и четверг днём',
      fa: 'سه‌شنبه و پنجشنبه بعد از ظهر',
      'de-x-ls': 'Dienstag und Donnerstag am Nachmittag',
    };
    for (const [locale, words] of Object.entries(expected)) expect(await card(locale, lotseCard), locale).to.contain(words);
  });
});

describe("the finder's result list", () => {
  it('puts the Lotsen who come from beyond the radius under a heading that says so, nearest first', async () => {
    const at = (id: string, dLat: number, travelKm?: number): LotseRecord => ({
      ...lotse,
      id,
      name: id,
      place: { ...place, lat: place.lat + dLat },
      ...(travelKm ? { travelKm } : {}),
    });
    // ≈ 3 km, ≈ 17 km (travels 30), ≈ 9 km (travels 20), ≈ 12 km (travels 10: does not come that far).
    const recs = [at('near', 0.027), at('far', 0.153, 30), at('mid', 0.081, 20), at('no', 0.108, 10)];
    const hits = search(createIndex(recs, 'lotsen'), { near: place, radiusKm: 5 }).hits;
    const el = await fixture<CardHost>(
      html`<test-card-host .content=${(i18n: LocaleController) => renderResultList(i18n, hits, (hit) => html`<p>${hit.record.name}</p>`)}></test-card-host>`,
    );
    const order = [...el.shadowRoot!.querySelectorAll('h3, li p')].map((n) => `${n.localName}:${n.textContent}`);
    expect(order).to.deep.equal(['p:near', 'h3:Weiter weg – diese Lotsinnen und Lotsen kommen auch zu Ihnen', 'p:mid', 'p:far']);
  });
});
