import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/sprachkurs-suche/define.js';
import type { WirErrorEvent } from '../../../src/components/shared/events.js';
import type { WirPlaceInput } from '../../../src/components/shared/place-input/place-input.js';
import type { WirSprachkursSuche } from '../../../src/components/sprachkurs-suche/sprachkurs-suche.js';
import { loadFeed } from '../../../src/core/feed/index.js';
import { createIndex, type MatchIndex, relaxQuery, type SprachkursQuery, search } from '../../../src/core/match/index.js';
import type { SprachkursRecord } from '../../../src/core/schema/index.js';

const FEED = '/demo/data/sprachkurse.json';
const TODAY = '2026-11-28';
const shadow = (el: Element) => el.shadowRoot!;

/** How long the widget may take to load the feed and the gazetteer on a busy 2-core machine. */
const SETTLE = { timeout: 5000, interval: 20 };

/** Feed loaded and the list (or a state) drawn, in the locale's own texts. */
async function settled(el: WirSprachkursSuche): Promise<void> {
  await waitUntil(() => !!shadow(el).querySelector('.card, .state, [part="empty"]'), 'results or a state', SETTLE);
  await el.updateComplete;
}

async function widget(
  attrs: { locale?: string; extra?: (el: WirSprachkursSuche) => void; feed?: string | object } = {},
): Promise<WirSprachkursSuche> {
  const locale = attrs.locale ?? 'de';
  const wrapper = await fixture<HTMLDivElement>(html`<div lang=${locale} dir=${locale === 'ar' ? 'rtl' : 'ltr'}>
    <button id="before">vorher</button>
    <wir-sprachkurs-suche today=${TODAY} page-size="50"></wir-sprachkurs-suche>
  </div>`);
  const el = wrapper.querySelector('wir-sprachkurs-suche')!;
  attrs.extra?.(el);
  el.feed = attrs.feed ?? FEED;
  await settled(el);
  // Other locales' texts load lazily; wait until the count is no longer German.
  if (locale !== 'de') await waitUntil(() => !/Kurs/.test(countText(el)), `${locale} texts`, SETTLE);
  return el;
}

const cards = (el: Element) => [...shadow(el).querySelectorAll<HTMLElement>('article.card')];
const cardIds = (el: Element) => cards(el).map((c) => decodeURIComponent(c.getAttribute('aria-labelledby')!.replace(/^kurs-/, '')));
const countText = (el: Element) => shadow(el).querySelector('.count')?.textContent?.trim() ?? '';
const chip = (el: Element, key: string) => shadow(el).querySelector<HTMLInputElement>(`[data-chip="${key}"] input`)!;

let index: MatchIndex<'sprachkurse'> | undefined;
async function engine(): Promise<MatchIndex<'sprachkurse'>> {
  if (!index) {
    const r = await loadFeed(FEED, 'sprachkurse');
    if (!r.ok) throw new Error(r.error.message);
    index = createIndex(r.records, 'sprachkurse');
  }
  return index;
}
async function expected(q: SprachkursQuery) {
  return search(await engine(), { today: TODAY, limit: 50, ...q });
}

async function toggle(el: WirSprachkursSuche, key: string): Promise<void> {
  const input = chip(el, key);
  if (!input) throw new Error(`no chip ${key}`);
  input.click();
  await el.updateComplete;
}

for (const locale of ['de', 'en', 'ar'] as const) {
  describe(`<wir-sprachkurs-suche> in ${locale}`, () => {
    it('shows courses from the feed, in the locale direction, and axe finds no violation', async () => {
      const el = await widget({ locale });
      expect(cards(el).length).to.be.greaterThan(0);
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      expect(shadow(el).querySelector('[part="base"]')!.getAttribute('lang')).to.equal(locale);
      await expect(el).to.be.accessible();
    });

    it('passes axe while loading (skeleton, with a stand-in fetch that never answers) with the live region already there', async () => {
      const realFetch = window.fetch;
      window.fetch = () => new Promise<Response>(() => {});
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${locale}><wir-sprachkurs-suche feed=${FEED} today=${TODAY}></wir-sprachkurs-suche></div>`,
        );
        const el = wrapper.querySelector('wir-sprachkurs-suche')!;
        await el.updateComplete;
        await waitUntil(() => shadow(el).querySelector('[part="skeleton"]'), 'the skeleton shows', SETTLE);
        expect(shadow(el).querySelector('[role="status"][aria-live="polite"]')).to.exist;
        await expect(el).to.be.accessible();
      } finally {
        window.fetch = realFetch;
      }
    });

    it('passes axe when nothing matches and offers the engine relaxations', async () => {
      const el = await widget({
        locale,
        extra: (e) => {
          e.level = 'B2';
          e.audience = 'frauen';
          e.childcare = true;
          e.program = 'integrationskurs';
        },
      });
      const result = await expected({ levels: ['B2'], audience: 'frauen', childcare: true, program: ['integrationskurs'] });
      expect(result.total).to.equal(0);
      expect(cards(el)).to.have.length(0);
      const buttons = [...shadow(el).querySelectorAll<HTMLButtonElement>('[part~="relax-button"]')];
      expect(buttons.map((b) => b.dataset.code)).to.deep.equal(result.relaxations.map((r) => r.code));
      await expect(el).to.be.accessible();
    });

    it('passes axe when the feed cannot be used, showing a retry button', async () => {
      const el = await widget({ locale, feed: '/test/fixtures/broken-lotsen.json' });
      expect(shadow(el).querySelector('[part~="retry-button"]')).to.exist;
      expect(cards(el)).to.have.length(0);
      await expect(el).to.be.accessible();
    });
  });
}

describe('<wir-sprachkurs-suche> filters', () => {
  it('each filter changes the visible list exactly as the engine says for the same query', async () => {
    const el = await widget();
    const steps: Array<[string, SprachkursQuery]> = [
      ['childcare', { childcare: true }],
      ['level-A1', { childcare: true, levels: ['A1'] }],
      ['level-alpha', { childcare: true, levels: ['A1', 'alpha'] }],
      ['daypart-vormittags', { childcare: true, levels: ['A1', 'alpha'], dayparts: ['vormittags'] }],
      ['childcare', { levels: ['A1', 'alpha'], dayparts: ['vormittags'] }],
      ['free', { levels: ['A1', 'alpha'], dayparts: ['vormittags'], freeOnly: true }],
      ['women', { levels: ['A1', 'alpha'], dayparts: ['vormittags'], freeOnly: true, audience: 'frauen' }],
      ['level-unknown', { unknownLevel: true, dayparts: ['vormittags'], freeOnly: true, audience: 'frauen' }],
      ['seats', { unknownLevel: true, dayparts: ['vormittags'], freeOnly: true, audience: 'frauen', freeSeatsOnly: true }],
      [
        'starts-soon',
        { unknownLevel: true, dayparts: ['vormittags'], freeOnly: true, audience: 'frauen', freeSeatsOnly: true, startsWithinWeeks: 4 },
      ],
    ];
    const before = await expected({});
    expect(cardIds(el)).to.deep.equal(before.hits.map((h) => h.record.id));
    for (const [key, query] of steps) {
      await toggle(el, key);
      const want = await expected(query);
      expect(cardIds(el), `after ${key}`).to.deep.equal(want.hits.map((h) => h.record.id));
      expect(countText(el), `count after ${key}`).to.contain(String(want.total));
    }
  });

  it('days, course form and programme (under "more filters") narrow the list as the engine says', async () => {
    const el = await widget();
    shadow(el).querySelector<HTMLElement>('.more-filters summary')!.click();
    await el.updateComplete;
    await toggle(el, 'day-di');
    let want = await expected({ days: ['di'] });
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    await toggle(el, 'format-online');
    want = await expected({ days: ['di'], format: ['online', 'hybrid'] });
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    await toggle(el, 'program-wir');
    want = await expected({ days: ['di'], format: ['online', 'hybrid'], program: ['wir'] });
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
  });

  it('a relaxation button shows what the engine promised and unticks the matching chip', async () => {
    const el = await widget({
      extra: (e) => {
        e.level = 'B2';
        e.audience = 'frauen';
        e.childcare = true;
        e.program = 'integrationskurs';
      },
    });
    const asked: SprachkursQuery = { levels: ['B2'], audience: 'frauen', childcare: true, program: ['integrationskurs'] };
    const result = await expected(asked);
    const first = result.relaxations[0]!;
    shadow(el).querySelector<HTMLButtonElement>(`[part~="relax-button"][data-code="${first.code}"]`)!.click();
    await el.updateComplete;
    const want = await expected(relaxQuery(asked, first));
    expect(want.total).to.equal(first.count);
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    // The chip each of the engine's steps for this query stands for.
    const chipOf: Record<string, string> = {
      'drop-levels': 'level-B2',
      'drop-program': 'program-integrationskurs',
      'drop-audience': 'women',
      'drop-childcare': 'childcare',
    };
    const key = chipOf[first.code];
    expect(key, `a chip for the relaxation ${first.code}`).to.be.a('string');
    expect(chip(el, key!).checked, `${key} is unticked`).to.equal(false);
  });

  it('presets from attributes show matching courses without a click', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de">
      <wir-sprachkurs-suche feed=${FEED} today=${TODAY} page-size="50" program="mitsprache-deutsch4u" level="A1" childcare></wir-sprachkurs-suche>
    </div>`);
    const el = wrapper.querySelector('wir-sprachkurs-suche')!;
    await settled(el);
    const want = await expected({ program: ['mitsprache-deutsch4u'], levels: ['A1'], childcare: true });
    expect(want.total).to.be.greaterThan(0);
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    expect(chip(el, 'childcare').checked).to.equal(true);
    expect(chip(el, 'level-A1').checked).to.equal(true);
    for (const card of cards(el)) {
      expect(card.querySelector('[part="program-badge"]')!.textContent).to.contain('MitSprache');
      expect(card.querySelector('.marker-childcare')!.textContent).to.contain('Kinderbetreuung');
    }
  });

  it('keeps the count visible while filtering and announces it once, politely', async () => {
    const el = await widget();
    const live = shadow(el).querySelector('[role="status"][aria-live="polite"]')!;
    await toggle(el, 'childcare');
    await toggle(el, 'free');
    const want = await expected({ childcare: true, freeOnly: true });
    expect(countText(el)).to.equal(`${want.total} Kurse passen`);
    await waitUntil(() => live.textContent!.trim() === `${want.total} Kurse gefunden`, 'the last count is announced', SETTLE);
    expect(shadow(el).querySelector('[role="status"][aria-live="polite"]'), 'the same live region').to.equal(live);
  });

  it('sends wir-search with the engine query and total after a change', async () => {
    const el = await widget();
    const seen: Array<{ query: SprachkursQuery; total: number }> = [];
    el.addEventListener('wir-search', (e) => seen.push({ query: e.query as SprachkursQuery, total: e.total }));
    await toggle(el, 'childcare');
    await el.updateComplete;
    const last = seen.at(-1)!;
    expect(last.query.childcare).to.equal(true);
    expect(last.total).to.equal((await expected({ childcare: true })).total);
  });
});

describe('<wir-sprachkurs-suche> feed', () => {
  it('takes a feed document as a property and reports skipped invalid records as the finder does (wir-error records-skipped)', async () => {
    const doc = (await (await fetch(FEED)).json()) as { records: unknown[] };
    const valid = doc.records.slice(0, 6);
    const feed = { ...doc, records: [...valid, { id: 'kaputt-1', title: 'ohne alles' }, { id: 'kaputt-2' }] };
    const errors: WirErrorEvent[] = [];
    const warn = console.warn;
    const warned: unknown[][] = [];
    console.warn = (...args: unknown[]) => warned.push(args);
    try {
      const el = await widget({
        feed,
        extra: (e) => e.addEventListener('wir-error', (event) => errors.push(event)),
      });
      expect(errors.map((e) => e.code)).to.deep.equal(['records-skipped']);
      expect(errors[0]!.message).to.equal('2 of 8 records were skipped as invalid.');
      expect(
        warned.some((args) => String(args[0]).includes('records were skipped')),
        'the webmaster is told in the console',
      ).to.equal(true);
      expect(cards(el).length, 'the valid courses still show').to.be.greaterThan(0);
    } finally {
      console.warn = warn;
    }
  });
});

describe('<wir-sprachkurs-suche> with the keyboard only', () => {
  it('reaches a filter, toggles it with Space, then reaches the first course registration link', async () => {
    const el = await widget();
    const root = shadow(el);
    el.parentElement!.querySelector<HTMLButtonElement>('#before')!.focus();
    const activeIn = () => root.activeElement as HTMLElement | null;
    for (let i = 0; i < 60 && activeIn()?.closest('[data-chip]')?.getAttribute('data-chip') !== 'childcare'; i++)
      await sendKeys({ press: 'Tab' });
    expect(activeIn()?.closest('[data-chip]')?.getAttribute('data-chip')).to.equal('childcare');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    const want = await expected({ childcare: true });
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    for (let i = 0; i < 80 && !activeIn()?.part.contains('register-link'); i++) await sendKeys({ press: 'Tab' });
    const link = activeIn() as HTMLAnchorElement;
    expect([...link.part]).to.include('register-link');
    const first = want.hits[0]!.record;
    expect(link.closest('article')).to.equal(cards(el)[0]);
    const reg = first.registration;
    expect(link.href).to.equal(reg.url ? new URL(reg.url).href : reg.email ? `mailto:${reg.email}` : link.href);
  });
});

/** A few regexes over RFC 5545 lines: unfold, then read name;params:value. */
function icsEvents(text: string): Array<Record<string, string>> {
  expect(text.endsWith('\r\n')).to.equal(true);
  const lines = text
    .slice(0, -2)
    .split('\r\n')
    .reduce<string[]>((out, l) => {
      if (l.startsWith(' ')) out[out.length - 1] += l.slice(1);
      else out.push(l);
      return out;
    }, []);
  const events: Array<Record<string, string>> = [];
  let current: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current!);
      current = null;
    } else if (current) {
      const m = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (m) current[m[1]!] = m[2]!;
    }
  }
  return events;
}

describe('<wir-sprachkurs-suche> calendar file', () => {
  it('"In den Kalender" downloads an .ics with the course weekdays and times', async () => {
    const el = await widget();
    const realCreate = URL.createObjectURL;
    let blob: Blob | undefined;
    URL.createObjectURL = (b: Blob | MediaSource) => {
      blob = b as Blob;
      return 'blob:test';
    };
    let downloaded = '';
    const onClick = (e: Event) => {
      const a = e.target as HTMLAnchorElement;
      if (a.download) {
        downloaded = a.download;
        e.preventDefault();
      }
    };
    shadow(el).addEventListener('click', onClick, true);
    try {
      const card = cards(el)[0]!;
      card.querySelector<HTMLButtonElement>('[part~="calendar-button"]')!.click();
    } finally {
      URL.createObjectURL = realCreate;
      shadow(el).removeEventListener('click', onClick, true);
    }
    expect(blob, 'a Blob was made').to.exist;
    expect(blob!.type).to.contain('text/calendar');
    expect(downloaded).to.match(/\.ics$/);
    const course: SprachkursRecord = (await expected({})).hits[0]!.record;
    const events = icsEvents(await blob!.text());
    const ical: Record<string, string> = { mo: 'MO', di: 'TU', mi: 'WE', do: 'TH', fr: 'FR', sa: 'SA', so: 'SU' };
    // One event per distinct time; each carries exactly the days the feed gives for that time.
    const byTime = new Map<string, string[]>();
    for (const s of course.schedule) byTime.set(`${s.from}-${s.to}`, [...(byTime.get(`${s.from}-${s.to}`) ?? []), ical[s.day]!]);
    expect(events).to.have.length(byTime.size);
    for (const ev of events) {
      const from = ev.DTSTART!.slice(9, 13);
      const to = ev.DTEND!.slice(9, 13);
      const key = `${from.slice(0, 2)}:${from.slice(2)}-${to.slice(0, 2)}:${to.slice(2)}`;
      const days = /BYDAY=([A-Z,]+)/.exec(ev.RRULE!)![1]!.split(',');
      expect(days.sort()).to.deep.equal([...byTime.get(key)!].sort());
      expect(ev.RRULE).to.contain('FREQ=WEEKLY');
      // The first event is on one of the course days.
      const d = ev.DTSTART!.slice(0, 8);
      const weekday = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'][
        new Date(Date.UTC(+d.slice(0, 4), +d.slice(4, 6) - 1, +d.slice(6, 8))).getUTCDay()
      ]!;
      expect(days).to.include(weekday);
    }
  });
});

describe('<wir-sprachkurs-suche> place and URL', () => {
  it('with a place preset shows distances and only Präsenz courses within the radius', async () => {
    const el = await widget({
      extra: (e) => {
        e.near = '63128';
        e.radius = 10;
      },
    });
    const distances = cards(el)
      .map((c) => c.querySelector('.distance')?.textContent)
      .filter((d): d is string => !!d)
      .map((d) => Number(/([\d,]+) km/.exec(d)![1]!.replace(',', '.')));
    expect(distances.length).to.be.greaterThan(0);
    for (const km of distances) expect(km).to.be.at.most(10);
    // The list is the engine's answer to the query the widget reported (the resolved PLZ point).
    const reported = await new Promise<SprachkursQuery>((resolve) => {
      el.addEventListener('wir-search', (e) => resolve(e.query as SprachkursQuery), { once: true });
      el.radius = 25;
    });
    await el.updateComplete;
    expect(reported.radiusKm).to.equal(25);
    expect(reported.near).to.exist;
    const want = search(await engine(), reported);
    expect(cardIds(el)).to.deep.equal(want.hits.map((h) => h.record.id));
    expect(countText(el)).to.equal(`${want.total} Kurse passen`);
  });

  it('asks through the place field which place an ambiguous preset means, as the finder does, instead of guessing', async () => {
    const el = await widget({
      extra: (e) => {
        e.near = 'Offenbach';
      },
    });
    const place = shadow(el).querySelector<WirPlaceInput>('wir-place-input')!;
    await waitUntil(() => place.shadowRoot!.querySelectorAll('.candidate').length > 1, 'the candidates are offered', SETTLE);
    expect(place.value, 'nothing chosen for the resident').to.equal(null);
    expect(cards(el).length, 'all courses until a place is chosen').to.equal((await expected({})).hits.length);
  });

  it('with sync-url writes the filters into the page URL', async () => {
    const original = location.href;
    try {
      const el = await widget({
        extra: (e) => {
          e.syncUrl = true;
        },
      });
      await toggle(el, 'childcare');
      await el.updateComplete;
      expect(new URL(location.href).searchParams.get('kurs-kinderbetreuung')).to.equal('1');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });
});

describe('<wir-sprachkurs-suche> link (sync-url)', () => {
  const startHref = location.href;
  afterEach(() => history.replaceState(null, '', startHref));
  const param = (key: string) => new URL(location.href).searchParams.get(key);

  /** A course search that keeps its search in the link, created the way a page has it from the start. */
  async function linked(id: string, extra = ''): Promise<WirSprachkursSuche> {
    const el = document.createElement('wir-sprachkurs-suche');
    if (id) el.id = id;
    el.setAttribute('sync-url', '');
    el.setAttribute('today', TODAY);
    el.setAttribute('page-size', '50');
    if (extra) el.setAttribute('near', extra);
    el.feed = FEED;
    await fixture(html`<div lang="de">${el}</div>`);
    await settled(el);
    return el;
  }

  it('keeps two course searches on one page apart: each writes and reads keys under its own id', async () => {
    const one = await linked('kurse-a');
    const two = await linked('kurse-b');
    const before = cardIds(two);
    await toggle(one, 'childcare');
    expect(param('kurse-a-kinderbetreuung')).to.equal('1');
    expect(param('kurse-b-kinderbetreuung'), 'the other search wrote nothing').to.equal(null);
    expect(param('kurs-kinderbetreuung'), 'no shared key').to.equal(null);
    await toggle(two, 'free');
    expect(param('kurse-b-kostenlos')).to.equal('1');
    expect(param('kurse-a-kinderbetreuung'), 'the first keeps its key').to.equal('1');
    expect(chip(two, 'childcare').checked).to.equal(false);
    expect(cardIds(two)).to.deep.equal((await expected({ freeOnly: true })).hits.map((h) => h.record.id));
    expect(before.length).to.be.greaterThan(0);
  });

  it('adds a history entry for each chip choice, and Back takes the last one back', async () => {
    const el = await linked('kurse');
    const length = history.length;
    await toggle(el, 'childcare');
    await toggle(el, 'level-A1');
    expect(history.length, 'one entry per choice').to.equal(length + 2);
    expect(param('kurse-niveau')).to.equal('A1');
    const popped = oneEvent(window, 'popstate');
    history.back();
    await popped;
    await waitUntil(() => !chip(el, 'level-A1').checked, 'Back unticks A1', SETTLE);
    expect(chip(el, 'childcare').checked, 'the earlier choice stays').to.equal(true);
    expect(cardIds(el)).to.deep.equal((await expected({ childcare: true })).hits.map((h) => h.record.id));
  });

  it('writes the resident’s location as its PLZ area, never as coordinates', async () => {
    const el = await linked('', '63128');
    const place = shadow(el).querySelector<WirPlaceInput>('wir-place-input')!;
    await place.resolveText('50.0086,8.7733');
    await el.updateComplete;
    expect(place.value?.kind).to.equal('coords');
    expect(param('kurs-ort')).to.equal(place.value!.plz);
    expect(location.href).not.to.contain('8.77');
  });

  it('opens a link of the first release (kurs- keys) in a search without an id', async () => {
    history.replaceState(null, '', '?kurs-niveau=A1&kurs-kinderbetreuung=1');
    const el = await linked('');
    expect(chip(el, 'level-A1').checked).to.equal(true);
    expect(chip(el, 'childcare').checked).to.equal(true);
    expect(cardIds(el)).to.deep.equal((await expected({ levels: ['A1'], childcare: true })).hits.map((h) => h.record.id));
  });
});
