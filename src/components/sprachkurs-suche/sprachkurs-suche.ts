import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  audiencePresetProblem,
  isUnknownLevelPreset,
  kommuneProblem,
  levelPresetProblem,
  missingFeedProblem,
  presetAudience,
  programPresetProblem,
  wirArea,
} from '../../core/attributes/index.js';
import { localToday } from '../../core/calendar/local-date.js';
import type { MatchIndex, Relaxation, SearchResult, SprachkursQuery } from '../../core/match/index.js';
import type { SprachkursRecord } from '../../core/schema/index.js';
import { PROGRAMS } from '../../core/schema/vocabularies.js';
import type { SlicedJob } from '../../core/slices/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { localeProblem } from '../../i18n/locales.js';
import { kurse } from '../../i18n/messages/de/kurse.js';
import { searchStates } from '../../i18n/messages/de/states.js';
import { Announcer } from '../shared/announcer.js';
import { chipCheckboxStyles } from '../shared/chip-group/chip-group.styles.js';
import { AttributeCheckController } from '../shared/controllers/attribute-check-controller.js';
import { FeedController } from '../shared/controllers/feed-controller.js';
import { FocusController } from '../shared/controllers/focus-controller.js';
import { SearchController } from '../shared/controllers/search-controller.js';
import { UrlStateController } from '../shared/controllers/url-state-controller.js';
import { WirSearchEvent, WirSelectEvent } from '../shared/events.js';
import { renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import type { PlaceValue } from '../shared/place-input/place-input.js';
import { areaPlace, askPlaceField, placeText, resolvePlaceText } from '../shared/place-input/place-text.js';
import {
  renderAreaUnknown,
  renderEmpty,
  renderFeedError,
  renderRelaxations,
  renderShowMore,
  renderSkeleton,
} from '../shared/search-states/search-states.js';
import { searchWidgetStyles } from '../shared/styles/search-widget.styles.js';
import { downloadCourseCalendar } from './calendar-download.js';
import { renderCourseCard } from './course-card.js';
import { renderKursFilterForm } from './kurs-filter-form.js';
import { applyRelaxation, emptyFilters, type KursFilters, parseLevels, parsePrograms, toQuery } from './kurs-filters.js';
import { type KursUrlState, kursUrlCodec } from './kurs-url-codec.js';
import { sprachkursSucheStyles } from './sprachkurs-suche.styles.js';

type Result = SearchResult<SprachkursRecord, SprachkursQuery>;
interface LoadedFeed {
  index: MatchIndex<'sprachkurse'>;
  programs: string[];
}

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
 * @fires wir-error - The feed could not be loaded (`code` from the loader, e.g. `http`, `not-json`) or records were skipped (`records-skipped`); `message` is for the webmaster, residents see a plain message.
 *
 * @csspart base - The wrapper around the whole widget.
 * @csspart form - The filter form (also named `filters`).
 * @csspart filters - The filter form (the older name of `form`).
 * @csspart input - Every text field and select (also inside the place field).
 * @csspart button - Every button and button-like link.
 * @csspart listbox - The suggestion list of the place field.
 * @csspart option - One suggestion.
 * @csspart filter-group - One fieldset of chips.
 * @csspart chip - One filter chip (the label beside its checkbox).
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
 * @cssprop --wir-color-primary - Buttons, chosen chips, active suggestions, accents (default #00594f).
 * @cssprop --wir-color-on-primary - Text on primary (default #fff).
 * @cssprop --wir-color-text - Text, and the dark edge of the focus ring (default #1d2125).
 * @cssprop --wir-color-muted - Hints and secondary text (default #505a5f).
 * @cssprop --wir-color-surface - Field, card and list background (default #fff).
 * @cssprop --wir-color-border - Field borders (default #505a5f).
 * @cssprop --wir-color-selected - Background of chosen items (default #e3f1ef).
 * @cssprop --wir-color-link - Links and disclosure summaries (default: the primary colour).
 * @cssprop --wir-color-error - Error messages and the borders of fields in error (default #b3261e).
 * @cssprop --wir-color-focus - The keyboard focus ring (default #ffbf47).
 * @cssprop --wir-radius - Corner radius (default 6px).
 * @cssprop --wir-font-family - Font family (default: the system font).
 * @cssprop --wir-font-size - Base font size (default 16px; everything inside scales in em).
 * @cssprop --wir-gap - Space between cards (default 0.75em); fields stand 4/3 of it apart.
 */
export class WirSprachkursSuche extends LitElement {
  static override styles = [...searchWidgetStyles, chipCheckboxStyles, sprachkursSucheStyles];

  readonly #i18n = new LocaleController(this, kurse, searchStates);
  readonly #announcer = new Announcer(this);
  readonly #focus = new FocusController(this);
  readonly #feed = new FeedController(this, 'sprachkurse', function* (loaded, engine): SlicedJob<LoadedFeed> {
    return {
      index: yield* engine.createIndexJob(loaded.records, 'sprachkurse'),
      programs: PROGRAMS.filter((p) => loaded.records.some((r) => r.program === p)),
    };
  });
  readonly #search = new SearchController(this, this.#announcer, {
    index: () => this.#feed.value?.index,
    // A preset or linked place still being looked up: no list yet, so it does not jump.
    query: () => (this.placePending ? undefined : this.#query()),
    run: (index, query) => this.#feed.engine!.search(index, query),
    announce: (result) => this.#i18n.t('kurse.announce', result.total),
    event: (query, result) => new WirSearchEvent(query, result.total),
  });
  readonly #checks = new AttributeCheckController(this, {
    problems: () => [
      kommuneProblem(this.kommune),
      levelPresetProblem(this.level),
      programPresetProblem(this.program),
      audiencePresetProblem(this.audience),
      localeProblem(this.locale),
    ],
    required: () => [this.feed ? undefined : missingFeedProblem('sprachkurse')],
  });
  readonly #url = new UrlStateController(this, {
    codec: kursUrlCodec,
    defaultPrefix: 'kurs',
    // Not while a preset or linked place is still being looked up: the link would lose it.
    enabled: () => this.syncUrl && !this.placePending,
    current: () => this.#urlState(),
    restore: (state) => this.#restore(state),
  });

  /** URL of a `sprachkurse` feed (feed contract v1) or, as a property, a feed document object. */
  @property() feed: string | object = '';

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

  /** Keep the search in the page's query string (shareable link; Back and Forward). Keys are prefixed with the element's id, else `kurs`. */
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

  #placeLookup = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated) {
      // With sync-url, a shared link's filters and place win over the presets.
      const shared = this.syncUrl ? this.#url.read() : undefined;
      if (shared) this.#applyUrlState(shared);
      else this.#applyAllPresets();
      this.#url.replace();
      return;
    }
    if (changed.has('program') || changed.has('level') || changed.has('childcare') || changed.has('audience')) this.#applyPresets();
    if (changed.has('radius')) this.radiusKm = this.#presetRadius();
    if (changed.has('near') || changed.has('kommune')) this.#applyPresetPlace();
    if (changed.has('pageSize') || changed.has('feed')) this.pages = 1;
    // The host page changed a preset: the link follows, without a history entry of its own.
    const presets = ['program', 'level', 'childcare', 'audience', 'radius', 'near', 'kommune'] as const;
    if (presets.some((key) => changed.has(key))) this.#url.replace();
  }

  #presetRadius(): number {
    return this.radius > 0 ? this.radius : 20;
  }

  #applyPresets(): void {
    const f = { ...this.filters };
    f.program = parsePrograms(this.program);
    f.unknownLevel = isUnknownLevelPreset(this.level);
    f.levels = f.unknownLevel ? [] : parseLevels(this.level);
    f.childcare = this.childcare;
    f.audience = presetAudience(this.audience);
    this.filters = f;
    this.pages = 1;
  }

  #applyAllPresets(): void {
    this.#applyPresets();
    this.radiusKm = this.#presetRadius();
    this.#applyPresetPlace();
  }

  /** What a link carries: the chips, the place as text, and the radius when there is a place. */
  #urlState(): KursUrlState {
    const place = placeText(this.place);
    return { filters: this.filters, ...(place ? { place, radiusKm: this.radiusKm } : {}) };
  }

  /** A shared link's (or a history entry's) filters and place; the presets fill in a missing place. */
  #applyUrlState(s: KursUrlState): void {
    this.filters = s.filters;
    this.pages = 1;
    this.radiusKm = s.radiusKm ?? this.#presetRadius();
    if (s.place) void this.#resolvePlace(s.place);
    else this.#applyPresetPlace();
  }

  /** Back or Forward: that entry's search, or the presets when it has none. */
  #restore(s: KursUrlState | undefined): void {
    if (s) this.#applyUrlState(s);
    else this.#applyAllPresets();
  }

  #applyPresetPlace(): void {
    if (this.near.trim()) void this.#resolvePlace(this.near);
    else {
      this.#placeLookup++;
      this.placePending = false;
      this.place = areaPlace(this.kommune);
    }
  }

  /** A place as text (preset or shared link), through the same gazetteer as the field; the list waits meanwhile. */
  async #resolvePlace(text: string): Promise<void> {
    const lookup = ++this.#placeLookup;
    this.placePending = true;
    try {
      const { place, ask } = await resolvePlaceText(text);
      if (lookup !== this.#placeLookup) return;
      this.place = place;
      // Several areas or none: the place field asks the resident rather than the widget guessing.
      if (ask) askPlaceField(this, ask);
    } finally {
      if (lookup === this.#placeLookup) this.placePending = false;
    }
  }

  #todayIso(): string {
    return /^\d{4}-\d{2}-\d{2}$/.test(this.today) ? this.today : localToday();
  }

  #query(): SprachkursQuery {
    return toQuery(this.filters, {
      near: this.place ?? undefined,
      radiusKm: this.radiusKm,
      limit: Math.max(1, this.pageSize) * this.pages,
      today: this.#todayIso(),
    });
  }

  /** A choice the resident made: back to the first page, and a new history entry when the search is in the link. */
  #choose(apply: () => void): void {
    apply();
    this.pages = 1;
    this.#url.push();
  }

  readonly #handlers = {
    filters: (patch: Partial<KursFilters>) => this.#choose(() => (this.filters = { ...this.filters, ...patch })),
    place: (e: Event) =>
      this.#choose(() => {
        this.#placeLookup++;
        this.placePending = false;
        this.place = (e.target as HTMLElement & { value: PlaceValue | null }).value;
      }),
    radius: (km: number) => this.#choose(() => (this.radiusKm = km)),
    reset: () => this.#choose(() => (this.filters = emptyFilters())),
    moreToggled: (open: boolean) => {
      this.moreOpen = open;
    },
    focusIn: (e: FocusEvent) => this.#keepFocusAboveCountBar(e),
  };

  /**
   * The sticky count bar must not hide the chip that has focus (WCAG 2.4.11): browsers scroll
   * a focused element only to the viewport edge, which is where the bar sits.
   */
  #keepFocusAboveCountBar(e: FocusEvent): void {
    const target = e.composedPath()[0] as HTMLElement | undefined;
    const bar = this.renderRoot.querySelector<HTMLElement>('.countbar');
    if (!target || !bar || bar.contains(target)) return;
    const r = target.getBoundingClientRect();
    const b = bar.getBoundingClientRect();
    if (r.bottom > b.top && r.top < b.bottom) window.scrollBy({ top: r.bottom - b.top + 8, behavior: 'instant' });
  }

  #onRelax(step: Relaxation<SprachkursQuery>): void {
    const { filters, radiusKm } = applyRelaxation({ filters: this.filters, radiusKm: this.radiusKm }, step);
    this.#choose(() => {
      this.filters = filters;
      this.radiusKm = radiusKm;
    });
    // The pressed button is gone after the update: continue from the results, not the page top.
    this.#focus.focusAfterUpdate('.results');
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

  /** The page's `kommune` is no WIR area and the resident has not given a place: the list covers all of Hessen. */
  #areaUnknown(): boolean {
    return !!this.kommune.trim() && !wirArea(this.kommune) && !this.place && !this.placePending;
  }

  /** The result for the current state; undefined while the feed or a preset place is still coming. */
  #result(): Result | undefined {
    return this.#feed.value && !this.placePending ? this.#search.result : undefined;
  }

  override render(): TemplateResult {
    const t = this.#i18n;
    const result = this.#result();
    const form = {
      filters: this.filters,
      place: this.place,
      radiusKm: this.radiusKm,
      feedPrograms: this.#feed.value?.programs ?? [],
      total: result?.total,
      failed: this.#feed.failed,
      moreOpen: this.moreOpen,
    };
    return html`<div part="base" class="base" dir=${t.dir} lang=${t.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(t, (locale) => (this.locale = locale)) : nothing}
      <div class="layout">
        ${renderKursFilterForm(t, form, this.#handlers)}
        <section class="results" part="results" tabindex="-1" aria-label=${t.t('kurse.results')} aria-busy=${result || this.#feed.failed ? 'false' : 'true'}>
          ${this.#areaUnknown() ? renderAreaUnknown(t) : nothing}
          ${this.#feed.render({
            initial: () => (this.#checks.missing('feed') ? renderFeedError(t, () => this.#feed.retry()) : renderSkeleton(t)),
            pending: () => renderSkeleton(t),
            error: () => renderFeedError(t, () => this.#feed.retry()),
            complete: () => (result ? this.#renderResults(result) : renderSkeleton(t)),
          })}
        </section>
      </div>
      ${this.#announcer.render()}
    </div>`;
  }

  #renderResults(result: Result): TemplateResult {
    const t = this.#i18n;
    if (result.total === 0) return renderEmpty(t, result.relaxations, (r) => this.#onRelax(r), t.t('kurse.empty'));
    const ctx = {
      i18n: t,
      today: this.#todayIso(),
      onCalendar: (c: SprachkursRecord) => this.#onCalendar(c),
      onSelect: (c: SprachkursRecord) => this.#onSelect(c),
    };
    return html`<ol class="list result-list" role="list">
        ${result.hits.map((h) => html`<li>${renderCourseCard(h, ctx)}</li>`)}
      </ol>
      ${result.relaxations.length ? this.#renderFewRelaxations(result) : nothing}
      ${renderShowMore(t, result.hits.length, result.total, () => {
        this.pages++;
      })}`;
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
