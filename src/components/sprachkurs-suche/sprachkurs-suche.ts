import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localToday } from '../../core/calendar/local-date.js';
import { loadFeed } from '../../core/feed/index.js';
import { createIndex, type MatchIndex, type Relaxation, type SearchResult, type SprachkursQuery, search } from '../../core/match/index.js';
import { kommuneByCode, loadGazetteer, placeFromCoords } from '../../core/place/index.js';
import { AUDIENCES, DAYS, LEVELS, PROGRAMS, type SprachkursRecord } from '../../core/schema/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { kurse } from '../../i18n/messages/de/kurse.js';
import { searchStates } from '../../i18n/messages/de/states.js';
import { Announcer } from '../shared/announcer.js';
import { WirSearchEvent, WirSelectEvent } from '../shared/events.js';
import { localeSwitchStyles, renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import type { PlaceValue } from '../shared/place-input/place-input.js';
import {
  renderEmpty,
  renderFeedError,
  renderRelaxations,
  renderShowMore,
  renderSkeleton,
  reportFeedError,
} from '../shared/search-states/search-states.js';
import { searchStatesStyles } from '../shared/search-states/search-states.styles.js';
import { fieldStyles, hostReset } from '../shared/styles/base.styles.js';
import { chipStyles, disclosureStyles } from '../shared/styles/controls.styles.js';
import { downloadCourseCalendar } from './calendar-download.js';
import { renderCourseCard } from './course-card.js';
import { type ChipSpec, renderChipGroup } from './filter-chips.js';
import {
  type Attendance,
  activeCount,
  applyRelaxation,
  DAYPARTS,
  emptyFilters,
  type KursFilters,
  parseLevels,
  parsePrograms,
  RADIUS_CHOICES,
  toQuery,
} from './kurs-filters.js';
import { readUrlState, writeUrlState } from './kurs-url-state.js';
import { sprachkursSucheStyles } from './sprachkurs-suche.styles.js';

type Result = SearchResult<SprachkursRecord, SprachkursQuery>;
interface LoadedFeed {
  index: MatchIndex<'sprachkurse'>;
  programs: string[];
}

const COORDS = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/;

/**
 * Find a low-threshold German course that fits a life: level, place, times, childcare,
 * women-only, cost and free seats. Filters are chips; every change re-runs the matching core
 * and the count is shown and announced politely. Results carry a registration action and a
 * calendar file made in the browser.
 *
 * A webmaster can embed a pre-filtered search whose results show without a click:
 * `<wir-sprachkurs-suche feed="/daten/kurse.json" program="mitsprache-deutsch4u" level="A1" childcare>`.
 *
 * @tag wir-sprachkurs-suche
 * @summary German course search with level help, childcare/time filters and .ics export.
 *
 * @fires wir-search - A search ran (`query`, `total`), on load, on every filter change and relaxation.
 * @fires wir-select - The resident opened a course's registration link, e-mail or phone (`record`).
 * @fires wir-error - The feed could not be loaded (`code`, `message`); residents see a plain message.
 *
 * @csspart base - The wrapper around the whole widget.
 * @csspart filters - The filter form.
 * @csspart filter-group - One fieldset of chips.
 * @csspart chip - One filter chip (label with a checkbox).
 * @csspart count - The bar with the live count of matching courses and "reset".
 * @csspart results - The result area.
 * @csspart card - One course.
 * @csspart program-badge - The programme badge on a card.
 * @csspart level-badge - The levels on a card.
 * @csspart markers - Childcare, barrier-free, seats markers on a card.
 * @csspart actions - The card's registration and calendar actions.
 * @csspart register-link - A registration link (web, e-mail or phone).
 * @csspart calendar-button - "In den Kalender".
 * @csspart live-region - The polite live region for counts.
 *
 * @cssprop --wir-color-primary - Buttons, checked chips and focus accents.
 * @cssprop --wir-color-surface - Card and chip background.
 * @cssprop --wir-color-border - Chip and field borders.
 * @cssprop --wir-color-selected - Background of a checked chip.
 * @cssprop --wir-radius - Corner radius.
 * @cssprop --wir-font-size - Base font size of the widget (default 16px).
 */
export class WirSprachkursSuche extends LitElement {
  static override styles = [
    hostReset,
    fieldStyles,
    localeSwitchStyles,
    searchStatesStyles,
    chipStyles,
    disclosureStyles,
    sprachkursSucheStyles,
  ];

  readonly #i18n = new LocaleController(this, kurse, searchStates);
  readonly #announcer = new Announcer(this);
  readonly #feedTask = new Task(this, {
    task: async ([feed], { signal }): Promise<LoadedFeed | typeof initialState> => {
      // No feed yet (a host sets it later): wait, rather than fetching the page itself.
      if (!feed) return initialState;
      const loaded = await loadFeed(feed, 'sprachkurse', { signal });
      if (!loaded.ok) {
        if (loaded.error.code !== 'aborted') reportFeedError(this, loaded.error);
        throw loaded.error;
      }
      const programs = PROGRAMS.filter((p) => loaded.records.some((r) => r.program === p));
      return { index: createIndex(loaded.records, 'sprachkurse'), programs };
    },
    args: () => [this.feed] as const,
  });

  /** URL of a `sprachkurse` feed (feed contract v1). */
  @property() feed = '';

  /** Kreisschlüssel or AGS of a WIR area: its centre is the place when none is given. */
  @property() kommune = '';

  /** Preset place: a PLZ, a town, or "lat,lon". */
  @property() near = '';

  /** Radius in km around the place (Präsenz courses; online courses ignore it). */
  @property({ type: Number }) radius = 20;

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  /** Shows a language switch (endonyms) above the widget; the page's `lang` still decides the start. */
  @property({ type: Boolean, attribute: 'show-locale-switch' }) showLocaleSwitch = false;

  /** Courses per page before "show more". */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Keep the filters in the page URL (`kurs-…` parameters) so a search can be shared as a link. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Preset programme(s), comma separated: `wir`, `mitsprache-deutsch4u`, `integrationskurs`, `sonstiges`. */
  @property() program = '';

  /** Preset level(s), comma separated (`alpha`, `A1` … `C1`), or `unbekannt` for "I don't know my level". */
  @property() level = '';

  /** Preset: only courses with childcare. */
  @property({ type: Boolean }) childcare = false;

  /** Preset audience: `frauen` (women only), `eltern`, `gefluechtete`, `jugendliche`, `senioren`. */
  @property() audience = '';

  /** Reference date (YYYY-MM-DD) for "started"/"starts soon"; default today. For demos and tests. */
  @property() today = '';

  @state() private filters: KursFilters = emptyFilters();
  @state() private place: PlaceValue | null = null;
  @state() private radiusKm = 20;
  @state() private pages = 1;
  /** A preset or shared place is being looked up: no list yet, so it does not jump. */
  @state() private placePending = false;
  @state() private moreOpen = false;

  #result: { index: MatchIndex<'sprachkurse'>; key: string; query: SprachkursQuery; value: Result } | undefined;
  #reported: Result | undefined;
  #focusResults = false;
  #placeLookup = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      this.#applyPresets();
      this.radiusKm = this.radius > 0 ? this.radius : 20;
      // With sync-url, a shared link's filters and place win over the presets.
      const placeFromUrl = this.syncUrl && this.#restoreFromUrl();
      if (!placeFromUrl) this.#applyPresetPlace();
      return;
    }
    if (changed.has('program') || changed.has('level') || changed.has('childcare') || changed.has('audience')) this.#applyPresets();
    if (changed.has('radius')) this.radiusKm = this.radius > 0 ? this.radius : 20;
    if (changed.has('near') || changed.has('kommune')) this.#applyPresetPlace();
    if (changed.has('pageSize') || changed.has('feed')) this.pages = 1;
  }

  override updated(): void {
    const current = this.#result;
    if (current && current.value !== this.#reported && this.#feedTask.status === TaskStatus.COMPLETE && !this.placePending) {
      this.#reported = current.value;
      this.#announcer.announce(this.#i18n.t('kurse.announce', current.value.total));
      this.dispatchEvent(new WirSearchEvent(current.query, current.value.total));
      if (this.syncUrl) this.#writeUrl();
    }
    if (this.#focusResults) {
      this.#focusResults = false;
      this.renderRoot.querySelector<HTMLElement>('.results')?.focus();
    }
  }

  #writeUrl(): void {
    if (typeof history === 'undefined') return;
    const p = this.place;
    const place = p ? (p.kind === 'coords' ? `${p.lat.toFixed(3)},${p.lon.toFixed(3)}` : (p.plz ?? p.label)) : undefined;
    const href = writeUrlState(location.href, { filters: this.filters, place, radiusKm: p ? this.radiusKm : undefined });
    if (href !== location.href) history.replaceState(history.state, '', href);
  }

  #applyPresets(): void {
    const f = { ...this.filters };
    f.program = parsePrograms(this.program);
    f.unknownLevel = /^\s*(unbekannt|unknown)\s*$/i.test(this.level);
    f.levels = f.unknownLevel ? [] : parseLevels(this.level);
    f.childcare = this.childcare;
    f.audience = this.audience.trim().toLowerCase();
    this.filters = f;
    this.pages = 1;
  }

  /** With sync-url, a shared link's filters win over the presets. Returns whether it set the place. */
  #restoreFromUrl(): boolean {
    if (typeof location === 'undefined') return false;
    const s = readUrlState(location.search);
    if (!s) return false;
    this.filters = s.filters;
    if (s.radiusKm) this.radiusKm = s.radiusKm;
    if (!s.place) return false;
    void this.#resolvePlaceText(s.place);
    return true;
  }

  #applyPresetPlace(): void {
    if (this.near.trim()) {
      void this.#resolvePlaceText(this.near);
      return;
    }
    const k = this.kommune ? kommuneByCode(this.kommune) : undefined;
    this.place = k ? { label: k.name, kind: 'kommune', lat: k.lat, lon: k.lon, kommune: k.code, ...(k.ags ? { ags: k.ags } : {}) } : null;
  }

  /** A place as text (preset or shared link) → point, through the same gazetteer as the field. */
  async #resolvePlaceText(text: string): Promise<void> {
    const lookup = ++this.#placeLookup;
    const coords = COORDS.exec(text);
    if (coords) {
      const p = placeFromCoords(Number(coords[1]), Number(coords[2]));
      this.place = { ...p, label: p.label };
      return;
    }
    this.placePending = true;
    try {
      const gazetteer = await loadGazetteer();
      if (lookup !== this.#placeLookup) return;
      const r = gazetteer.resolve(text);
      // An ambiguous preset ("Offenbach") takes the first candidate; webmasters should use a PLZ.
      this.place = r.status === 'found' ? r.place : r.status === 'ambiguous' ? (r.candidates[0] ?? null) : null;
      if (r.status === 'not-found') console.warn(`wir-widgets <wir-sprachkurs-suche>: place "${text}" not found; showing all places.`);
    } finally {
      if (lookup === this.#placeLookup) this.placePending = false;
    }
  }

  #todayIso(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday();
  }

  #currentQuery(): SprachkursQuery {
    return toQuery(this.filters, {
      near: this.place ?? undefined,
      radiusKm: this.radiusKm,
      limit: Math.max(1, this.pageSize) * this.pages,
      today: this.#todayIso(),
    });
  }

  /** One engine call per distinct query; re-renders (announcer, locale) reuse it. */
  #search(index: MatchIndex<'sprachkurse'>): Result {
    const query = this.#currentQuery();
    const key = JSON.stringify(query);
    if (this.#result?.index !== index || this.#result.key !== key) {
      this.#result = { index, key, query, value: search(index, query) };
    }
    return this.#result.value;
  }

  #setFilters(patch: Partial<KursFilters>): void {
    this.filters = { ...this.filters, ...patch };
    this.pages = 1;
  }

  #toggleIn<T>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((v) => v !== value);
  }

  #onPlaceChange(e: Event): void {
    this.#placeLookup++;
    this.placePending = false;
    this.place = (e.target as HTMLElement & { value: PlaceValue | null }).value;
    this.pages = 1;
  }

  #onRadiusChange(e: Event): void {
    this.radiusKm = Number((e.target as HTMLSelectElement).value);
    this.pages = 1;
  }

  /**
   * The sticky count bar must not hide the chip that has focus (WCAG 2.4.11): browsers scroll
   * a focused element only to the viewport edge, which is where the bar sits.
   */
  #onFilterFocus(e: FocusEvent): void {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const bar = this.renderRoot.querySelector<HTMLElement>('.countbar');
    if (!target || !bar || bar.contains(target)) return;
    const r = target.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    if (r.bottom > b.top && r.top < b.bottom) window.scrollBy({ top: r.bottom - b.top + 8, behavior: 'instant' });
  }

  #onMoreToggle(e: Event): void {
    this.moreOpen = (e.target as HTMLDetailsElement).open;
  }

  #onRelax(step: Relaxation<SprachkursQuery>): void {
    const { filters, radiusKm } = applyRelaxation({ filters: this.filters, radiusKm: this.radiusKm }, step);
    this.filters = filters;
    this.radiusKm = radiusKm;
    this.pages = 1;
    // The pressed button is gone after the update: continue from the results, not the page top.
    this.#focusResults = true;
  }

  #reset(): void {
    this.filters = emptyFilters();
    this.pages = 1;
  }

  #onCalendar(course: SprachkursRecord): void {
    const reg = course.registration;
    const contact = reg.url ?? reg.email ?? reg.phone ?? '';
    downloadCourseCalendar(
      course,
      {
        from: this.#todayIso(),
        description: this.#i18n.t('kurse.ics.description', course.provider.name, contact),
        onlineLocation: this.#i18n.t('kurse.ics.online'),
        language: this.#i18n.locale,
      },
      this.renderRoot,
    );
  }

  #onSelect(course: SprachkursRecord): void {
    this.dispatchEvent(new WirSelectEvent(course));
  }

  override render(): TemplateResult {
    const t = this.#i18n;
    // Search before drawing: the count bar (drawn first) and the list must show the same result.
    const loaded = this.#feedTask.value;
    if (this.#feedTask.status === TaskStatus.COMPLETE && loaded && !this.placePending) this.#search(loaded.index);
    return html`<div part="base" class="base" dir=${t.dir} lang=${t.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(t, (locale) => (this.locale = locale)) : nothing}
      <div class="layout">
        ${this.#renderFilters()}
        <section class="results" part="results" tabindex="-1" aria-label=${t.t('kurse.results')}>${this.#renderResults()}</section>
      </div>
      ${this.#announcer.render()}
    </div>`;
  }

  #renderFilters(): TemplateResult {
    const t = this.#i18n;
    const f = this.filters;
    const chip = (key: string, label: unknown, checked: boolean, onToggle: (on: boolean) => void, detail?: string): ChipSpec => ({
      key,
      label,
      checked,
      onToggle,
      detail,
    });
    const levels = [
      ...LEVELS.filter((l) => l !== 'C1' || f.levels.includes('C1')).map((l) =>
        chip(
          `level-${l}`,
          t.t(`kurse.level.${l}`),
          f.levels.includes(l),
          (on) => this.#setFilters({ levels: this.#toggleIn(f.levels, l, on), unknownLevel: false }),
          t.t(`kurse.level.explain.${l}`),
        ),
      ),
      chip(
        'level-unknown',
        t.t('kurse.level.unknown'),
        f.unknownLevel,
        (on) => this.#setFilters({ unknownLevel: on, levels: on ? [] : f.levels }),
        t.t('kurse.level.unknown.hint'),
      ),
    ];
    const needs = [
      chip('childcare', t.t('kurse.childcare'), f.childcare, (on) => this.#setFilters({ childcare: on })),
      chip('women', t.t('kurse.women'), f.audience === 'frauen', (on) => this.#setFilters({ audience: on ? 'frauen' : '' })),
      ...(f.audience && f.audience !== 'frauen'
        ? [
            chip(`audience-${f.audience}`, this.#audienceLabel(f.audience), true, (on) =>
              this.#setFilters({ audience: on ? f.audience : '' }),
            ),
          ]
        : []),
      chip('free', t.t('kurse.freeOnly'), f.freeOnly, (on) => this.#setFilters({ freeOnly: on })),
      chip('seats', t.t('kurse.seatsOnly'), f.freeSeatsOnly, (on) => this.#setFilters({ freeSeatsOnly: on })),
      chip('starts-soon', t.t('kurse.startsSoon'), f.startsSoon, (on) => this.#setFilters({ startsSoon: on })),
    ];
    const dayparts = DAYPARTS.map((d) =>
      chip(`daypart-${d}`, t.t(`kurse.daypart.${d}`), f.dayparts.includes(d), (on) =>
        this.#setFilters({ dayparts: this.#toggleIn(f.dayparts, d, on) }),
      ),
    );
    const short = new Intl.DateTimeFormat(t.intlLocale, { weekday: 'short', timeZone: 'UTC' });
    const long = new Intl.DateTimeFormat(t.intlLocale, { weekday: 'long', timeZone: 'UTC' });
    const days = DAYS.map((d, i) => {
      // 2024-01-01 was a Monday.
      const at = Date.UTC(2024, 0, 1 + i);
      const label = html`<span aria-hidden="true">${short.format(at)}</span><span class="visually-hidden">${long.format(at)}</span>`;
      return chip(`day-${d}`, label, f.days.includes(d), (on) => this.#setFilters({ days: this.#toggleIn(f.days, d, on) }));
    });
    const attendance = (['praesenz', 'online'] as Attendance[]).map((a) =>
      chip(`format-${a}`, t.t(`kurse.format.${a}`), f.attendance.includes(a), (on) =>
        this.#setFilters({ attendance: this.#toggleIn(f.attendance, a, on) }),
      ),
    );
    const feedPrograms = this.#feedTask.value?.programs ?? [];
    const programs = PROGRAMS.filter((p) => feedPrograms.includes(p) || f.program.includes(p)).map((p) =>
      chip(`program-${p}`, t.t(`kurse.program.${p}`), f.program.includes(p), (on) =>
        this.#setFilters({ program: this.#toggleIn(f.program, p, on) }),
      ),
    );
    // Days, course form and programme matter to fewer residents: folded on a phone, open when in use.
    const moreActive = f.days.length + f.attendance.length + f.program.length;
    const total =
      this.#feedTask.status === TaskStatus.COMPLETE && !this.placePending && this.#result ? this.#result.value.total : undefined;
    return html`<form class="filters" part="filters" aria-label=${t.t('kurse.filters')} @submit=${(e: Event) => e.preventDefault()} @focusin=${this.#onFilterFocus}>
      <div class="where">
        <wir-place-input class="place" locale=${t.locale} .value=${this.place} @change=${this.#onPlaceChange}></wir-place-input>
        <div class="field radius">
          <label for="radius">${t.t('kurse.radius')}</label>
          <select id="radius" .value=${String(this.radiusKm)} ?disabled=${!this.place} @change=${this.#onRadiusChange}>
            ${[...new Set([...RADIUS_CHOICES, this.radiusKm])]
              .sort((a, b) => a - b)
              .map((km) => html`<option value=${km} ?selected=${km === this.radiusKm}>${t.t('kurse.radius.option', km)}</option>`)}
          </select>
        </div>
      </div>
      ${renderChipGroup(t.t('kurse.level.legend'), levels, { id: 'levels', hint: t.t('kurse.level.hint'), tiles: true })}
      ${renderChipGroup(t.t('kurse.needs.legend'), needs, { id: 'needs' })}
      ${renderChipGroup(t.t('kurse.times.legend'), dayparts, { id: 'dayparts' })}
      <details class="more-filters disclosure" ?open=${moreActive > 0 || this.moreOpen} @toggle=${this.#onMoreToggle}>
        <summary>${moreActive ? t.t('kurse.moreFilters.active', moreActive) : t.t('kurse.moreFilters')}</summary>
        ${renderChipGroup(t.t('kurse.days.legend'), days, { id: 'days' })}
        ${renderChipGroup(t.t('kurse.format.legend'), attendance, { id: 'format' })}
        ${programs.length > 1 || f.program.length ? renderChipGroup(t.t('kurse.program.legend'), programs, { id: 'program' }) : nothing}
      </details>
      <div class="countbar" part="count" ?hidden=${total === undefined && this.#feedTask.status === TaskStatus.ERROR && !activeCount(f)}>
        ${
          total !== undefined
            ? html`<p class="count">${t.t('kurse.count', total)}</p>`
            : this.#feedTask.status === TaskStatus.ERROR
              ? nothing
              : html`<p class="count">${t.t('common.loading')}</p>`
        }
        ${activeCount(f) ? html`<button type="button" class="button secondary reset" @click=${this.#reset}>${t.t('kurse.reset')}</button>` : nothing}
      </div>
    </form>`;
  }

  #audienceLabel(audience: string): string {
    const a = AUDIENCES.find((k) => k === audience);
    return a ? this.#i18n.t(`kurse.audience.${a}`) : audience;
  }

  #renderResults(): unknown {
    const t = this.#i18n;
    return this.#feedTask.render({
      initial: () => renderSkeleton(t),
      pending: () => renderSkeleton(t),
      error: () => renderFeedError(t, () => void this.#feedTask.run()),
      complete: (loaded) => {
        if (this.placePending) return renderSkeleton(t);
        const result = this.#search(loaded.index);
        if (result.total === 0) return renderEmpty(t, result.relaxations, (r) => this.#onRelax(r), t.t('kurse.empty'));
        const today = this.#todayIso();
        const ctx = {
          i18n: t,
          today,
          onCalendar: (c: SprachkursRecord) => this.#onCalendar(c),
          onSelect: (c: SprachkursRecord) => this.#onSelect(c),
        };
        return html`<ol class="list" role="list">
            ${result.hits.map((h) => html`<li>${renderCourseCard(h, ctx)}</li>`)}
          </ol>
          ${result.relaxations.length ? this.#renderFewRelaxations(result) : nothing}
          ${renderShowMore(t, result.hits.length, result.total, () => {
            this.pages++;
          })}`;
      },
    });
  }

  /** Few results (the engine offers steps below five): the same buttons under the list. */
  #renderFewRelaxations(result: Result): TemplateResult {
    const t = this.#i18n;
    return html`<div class="few" part="relaxations">
      <p class="few-title">${t.t('kurse.relax.title')}</p>
      ${renderRelaxations(t, result.relaxations, (r) => this.#onRelax(r))}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-sprachkurs-suche': WirSprachkursSuche;
  }
}
