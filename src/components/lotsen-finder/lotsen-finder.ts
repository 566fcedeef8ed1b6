import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  kommuneProblem,
  languagePresetProblem,
  missingFeedProblem,
  presetLanguage,
  presetList,
  topicsPresetProblem,
  wirArea,
} from '../../core/attributes/index.js';
import { DAYPARTS, type Daypart, daypartSlots } from '../../core/availability/index.js';
import type { Hit, LotsenQuery, MatchIndex, Relaxation, SearchResult } from '../../core/match/index.js';
import type { LotseRecord, Publisher } from '../../core/schema/index.js';
import { DAYS, type Day, LOTSEN_TOPICS } from '../../core/schema/vocabularies.js';
import type { SlicedJob } from '../../core/slices/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { localeProblem } from '../../i18n/locales.js';
import { lotsen } from '../../i18n/messages/de/lotsen.js';
import { searchStates } from '../../i18n/messages/de/states.js';
import { Announcer } from '../shared/announcer.js';
import { chipToggleStyles } from '../shared/chip-group/chip-group.styles.js';
import { AttributeCheckController } from '../shared/controllers/attribute-check-controller.js';
import { FeedController } from '../shared/controllers/feed-controller.js';
import { FocusController } from '../shared/controllers/focus-controller.js';
import { SearchController } from '../shared/controllers/search-controller.js';
import { UrlStateController } from '../shared/controllers/url-state-controller.js';
import { WirSearchEvent, WirSelectEvent } from '../shared/events.js';
import { renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import type { WirPlaceInput } from '../shared/place-input/place-input.js';
import { areaPlace, askPlaceField, placeText, resolvePlaceText } from '../shared/place-input/place-text.js';
import {
  type ContactView,
  renderAreaUnknown,
  renderEmpty,
  renderFeedError,
  renderShowMore,
  renderSkeleton,
} from '../shared/search-states/search-states.js';
import { searchWidgetStyles } from '../shared/styles/search-widget.styles.js';
import { ContactRequestController } from './contact-request/contact-request-controller.js';
import { lotsenFinderStyles } from './lotsen-finder.styles.js';
import { type Gender, type LotsenChoices, renderLotsenSearchForm } from './lotsen-search-form.js';
import { lotsenUrlCodec, type SharedSearch } from './lotsen-url-codec.js';
import { renderResultCard, renderResultList } from './result-card.js';

type Result = SearchResult<LotseRecord, LotsenQuery>;
interface LoadedFeed {
  index: MatchIndex<'lotsen'>;
  publisher: Publisher;
}

/** The attributes a page sets to start the finder with a search (all of them may change later). */
const PRESET_KEYS = ['near', 'kommune', 'language', 'topics', 'radius'] as const;
type PresetKey = (typeof PRESET_KEYS)[number];

const toggled = <T extends string>(list: readonly T[], value: T, on: boolean): T[] =>
  on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

/**
 * A resident finds an ehrenamtliche:r Integrationslotse:in who speaks their language, near
 * them, for their errand, and reaches the coordination office that arranges the contact.
 *
 * The search runs as soon as anything changes (and at once for presets such as
 * `language="ti" near="63128"`); the count is announced politely once per search.
 *
 * @tag wir-lotsen-finder
 * @summary Find an Integrationslotse:in by place, language and topic; contact via the WIR office.
 *
 * @fires wir-search - A search ran; `event.query` (LotsenQuery) and `event.total`.
 * @fires wir-select - The resident opened the contact for a result; `event.record` (LotseRecord).
 * @fires wir-submit - With `endpoint`: a contact request is about to be sent (cancelable; `request` of kind `lotse`).
 * @fires wir-submitted - With `endpoint`: the receiver stored the contact request; `id`, `replay`, `statusUrl`.
 * @fires wir-error - The feed failed to load (`code` from the loader, e.g. `http`, `not-json`) or records were skipped (`records-skipped`); `message` is for the webmaster.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart form - The search controls.
 * @csspart input - Every text field and select (also inside the place and language fields).
 * @csspart button - Every button (also the "use my location" button).
 * @csspart listbox - The suggestion list of the place or language field.
 * @csspart option - One suggestion.
 * @csspart filter-group - One group of chips (topics, days, times, gender).
 * @csspart topic - One topic chip (also `chip`).
 * @csspart chip - One day, time or gender chip.
 * @csspart results - The results section.
 * @csspart results-heading - The heading with the result count.
 * @csspart card - One result card.
 * @csspart travel-heading - The heading before the Lotsen beyond the radius who travel to the resident.
 * @csspart contact-button - The "Kontakt über die WIR-Koordination" button of a card.
 * @csspart contact - The office's contact block.
 * @csspart request-button - The "Kontakt anfragen" button of a card (with `endpoint`).
 * @csspart skeleton - Placeholder cards while loading.
 * @csspart error - The feed error message.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The no-results message.
 * @csspart relax-button - A button that widens the search.
 * @csspart more-button - The "show more" button.
 * @csspart live-region - The visually hidden polite live region.
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
export class WirLotsenFinder extends LitElement {
  static override styles = [...searchWidgetStyles, chipToggleStyles, lotsenFinderStyles];

  readonly #i18n = new LocaleController(this, lotsen, searchStates);
  readonly #announcer = new Announcer(this);
  readonly #focus = new FocusController(this);
  readonly #contactRequest = new ContactRequestController(this, {
    endpoint: () => this.endpoint,
    privacyUrl: () => this.privacyUrl,
    responseDays: () => this.responseDays,
    locale: () => this.#i18n.locale,
    selectedTopics: () => this.selectedTopics,
    publisherKommune: () => this.#feed.value?.publisher.kommune,
    contactFor: (record) => this.#contactFor(record),
    focus: this.#focus,
  });
  readonly #feed = new FeedController(this, 'lotsen', function* (loaded, engine): SlicedJob<LoadedFeed> {
    return { index: yield* engine.createIndexJob(loaded.records, 'lotsen'), publisher: loaded.publisher };
  });
  readonly #search = new SearchController(this, this.#announcer, {
    index: () => this.#feed.value?.index,
    // Not before presets or a shared link are applied, so the first search is the right one.
    query: () => (this.ready && !this.#applying ? this.#query() : undefined),
    run: (index, query) => this.#feed.engine!.search(index, query),
    announce: (result) => this.#countText(result.total),
    changed: () => {
      this.more = undefined;
      this.openContacts = new Set();
      this.#contactRequest.close();
    },
    event: (query, result) => new WirSearchEvent(query, result.total),
  });
  readonly #checks = new AttributeCheckController(this, {
    problems: () => [
      kommuneProblem(this.kommune),
      languagePresetProblem(this.language),
      topicsPresetProblem(this.topics),
      localeProblem(this.locale),
    ],
    required: () => [this.feed ? undefined : missingFeedProblem('lotsen')],
  });
  readonly #url = new UrlStateController(this, {
    codec: lotsenUrlCodec,
    defaultPrefix: 'lotse',
    enabled: () => this.syncUrl && this.ready,
    current: () => this.#sharedState(),
    restore: (shared) => void this.#applyShared(shared ?? this.#presetState()).then(() => this.requestUpdate()),
  });

  /** URL of a `lotsen` feed (or, as a property, a feed document object). */
  @property() feed: string | object = '';

  /** Default area (Kreisschlüssel or AGS): searched around its centre until the resident gives a place. */
  @property() kommune = '';

  /** Preset place: a PLZ or town, resolved with the gazetteer; the search runs at once. */
  @property() near = '';

  /** Search radius in km around the place (default 15). */
  @property({ type: Number }) radius = 15;

  /** Preset language (BCP 47, e.g. "ti"), so an MO can embed a finder already set to Tigrinya. */
  @property() language = '';

  /** Preset topics, comma- or space-separated (e.g. "behoerden gesundheit"). */
  @property() topics = '';

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  /** Shows a language switch (endonyms) above the widget; the page's `lang` still decides the start. */
  @property({ type: Boolean, attribute: 'show-locale-switch' }) showLocaleSwitch = false;

  /** Results per page; "show more" adds the next page (default 10). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 10;

  /** Keep the search in the page's query string (shareable link; back/forward). Keys are prefixed with the element's id. */
  @property({ type: Boolean, attribute: 'sync-url' }) syncUrl = false;

  /** Contact website shown on every card instead of the feed's office (e.g. the embedding MO). */
  @property({ attribute: 'contact-url' }) contactUrl = '';

  /** Contact e-mail shown on every card instead of the feed's office. */
  @property({ attribute: 'contact-email' }) contactEmail = '';

  /** The receiver's URL: each card then offers "Kontakt anfragen", a request in the resident's language (kind `lotse`). */
  @property() endpoint = '';

  /** The host's privacy notice (http/https), linked beside the contact request's consent box. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Working days the office usually needs to answer a contact request (said on its success view). */
  @property({ type: Number, attribute: 'response-days' }) responseDays = 3;

  @state() private place: LotsenChoices['place'] = null;
  @state() private languageCode = '';
  @state() private selectedTopics: string[] = [];
  @state() private days: Day[] = [];
  @state() private dayparts: Daypart[] = [];
  @state() private gender: Gender = '';
  @state() private radiusKm = 15;
  /** Pages after the first that "show more" added, for the current result only. */
  @state() private more: { hits: Array<Hit<LotseRecord>>; nextCursor: string | undefined } | undefined;
  @state() private openContacts: ReadonlySet<string> = new Set();
  /** False until presets / the shared link are applied, so the first search is the right one. */
  @state() private ready = false;

  #applying = 0;
  /** Counts starts, so a start overtaken by newer presets does not declare the finder ready. */
  #starts = 0;
  /** Counts place lookups, so a slow lookup for an older preset cannot overwrite a newer one. */
  #placeLookups = 0;

  override willUpdate(changed: PropertyValues<this>): void {
    const presetChanged = PRESET_KEYS.some((key) => changed.has(key));
    if (!this.ready) {
      // The first update comes after the properties a framework sets right after insertion
      // (React's layout effect, Angular's bindings, `el.near = …` after append); a preset that
      // changes while the first place is still resolving starts again with all presets.
      if (!this.hasUpdated || presetChanged) void this.#start();
      return;
    }
    // Presets changed by the host page after start behave like the resident changing them.
    const was = (key: PresetKey) => changed.has(key) && changed.get(key) !== undefined;
    if (was('language')) this.languageCode = presetLanguage(this.language);
    if (was('topics')) this.selectedTopics = presetList(this.topics, LOTSEN_TOPICS).known;
    if (was('radius')) this.radiusKm = this.radius;
    if (was('near') || was('kommune')) void this.#applyPlaceText(this.near);
    if (PRESET_KEYS.some(was)) this.#url.replace();
  }

  /** Presets and the shared link → UI state; the first search waits for the place. */
  async #start(): Promise<void> {
    const start = ++this.#starts;
    const shared = this.syncUrl ? this.#url.read() : undefined;
    await this.#applyShared(shared ?? this.#presetState());
    if (start !== this.#starts) return;
    this.ready = true;
    this.#url.replace();
  }

  #presetState(): SharedSearch {
    return {
      ort: this.near,
      sprache: presetLanguage(this.language),
      themen: presetList(this.topics, LOTSEN_TOPICS).known,
      km: this.radius,
    };
  }

  async #applyShared(s: SharedSearch): Promise<void> {
    this.#applying++;
    try {
      this.languageCode = s.sprache ?? '';
      // Presets are not checked by the link codec: keep the known values only here too.
      this.selectedTopics = (s.themen ?? []).filter((t) => (LOTSEN_TOPICS as readonly string[]).includes(t));
      this.days = (s.tage ?? []).filter((d): d is Day => (DAYS as readonly string[]).includes(d));
      this.dayparts = (s.zeiten ?? []).filter((d): d is Daypart => (DAYPARTS as readonly string[]).includes(d));
      this.gender = s.person === 'w' || s.person === 'm' ? s.person : '';
      this.radiusKm = s.km ?? this.radius;
      await this.#applyPlaceText(s.ort ?? '');
    } finally {
      this.#applying--;
    }
  }

  /** Resolves preset/link text to a place; falls back on the `kommune` area when empty. */
  async #applyPlaceText(text: string): Promise<void> {
    const lookup = ++this.#placeLookups;
    if (!text.trim()) {
      this.place = areaPlace(this.kommune);
      return;
    }
    const { place, ask } = await resolvePlaceText(text);
    if (lookup !== this.#placeLookups) return;
    this.place = place;
    if (ask) askPlaceField(this, ask);
  }

  /** The part of the state a shared link carries. */
  #sharedState(): SharedSearch {
    return {
      ort: placeText(this.place),
      sprache: this.languageCode,
      themen: this.selectedTopics,
      tage: this.days,
      zeiten: this.dayparts,
      person: this.gender,
      ...(this.radiusKm !== this.radius ? { km: this.radiusKm } : {}),
    };
  }

  #query(): LotsenQuery {
    const q: LotsenQuery = { limit: Math.max(1, Math.min(200, this.pageSize || 10)) };
    if (this.place) {
      q.near = { lat: this.place.lat, lon: this.place.lon };
      q.radiusKm = this.radiusKm;
    }
    if (this.languageCode) q.languages = [this.languageCode];
    if (this.selectedTopics.length) q.topics = [...this.selectedTopics];
    if (this.days.length || this.dayparts.length) q.times = daypartSlots(this.days, this.dayparts);
    if (this.gender) q.gender = this.gender;
    return q;
  }

  #countText(total: number): string {
    return total ? this.#i18n.t('lotsen.results.count', total) : this.#i18n.t('lotsen.results.none');
  }

  /** A choice the resident made: the state changes, and a shared link gets a new history entry. */
  #choose(apply: () => void): void {
    apply();
    this.#url.push();
  }

  readonly #handlers = {
    place: (event: Event) => this.#choose(() => (this.place = (event.target as WirPlaceInput).value)),
    radius: (km: number) => this.#choose(() => (this.radiusKm = km)),
    language: (code: string) => this.#choose(() => (this.languageCode = code)),
    topic: (topic: string, on: boolean) => this.#choose(() => (this.selectedTopics = toggled(this.selectedTopics, topic, on))),
    day: (day: Day, on: boolean) => this.#choose(() => (this.days = toggled(this.days, day, on))),
    daypart: (part: Daypart, on: boolean) => this.#choose(() => (this.dayparts = toggled(this.dayparts, part, on))),
    gender: (gender: Gender) => this.#choose(() => (this.gender = gender)),
  };

  #onRelax(step: Relaxation<LotsenQuery>): void {
    // The step names its change and the controls take it, so the form, the link and the
    // results always agree. The finder has one language: the related one replaces it.
    if (step.code === 'radius') this.radiusKm = step.params.toKm;
    else if (step.code === 'language-substitute') this.languageCode = step.params.code;
    this.#url.push();
    // The clicked button disappears with the empty state; keep keyboard users in place.
    this.#focus.focusAfterUpdate('#results-heading');
  }

  #onMore(result: Result): void {
    const index = this.#feed.value?.index;
    const search = this.#feed.engine?.search;
    const cursor = this.more ? this.more.nextCursor : result.nextCursor;
    if (!index || !search || !cursor || !this.#search.query) return;
    const first = result.hits.length + (this.more?.hits.length ?? 0);
    const page = search(index, { ...this.#search.query, cursor });
    this.more = { hits: [...(this.more?.hits ?? []), ...page.hits], nextCursor: page.nextCursor };
    // The resident asked for more: take them to the first new card, not back to the top.
    this.#focus.focusAfterUpdate(`#result-${first}`);
  }

  #onToggleContact(hit: Hit<LotseRecord>): void {
    const open = new Set(this.openContacts);
    if (open.has(hit.record.id)) open.delete(hit.record.id);
    else {
      open.add(hit.record.id);
      this.dispatchEvent(new WirSelectEvent(hit.record));
    }
    this.openContacts = open;
  }

  #contactFor(record: LotseRecord): ContactView {
    if (this.contactUrl || this.contactEmail) return { email: this.contactEmail || undefined, url: this.contactUrl || undefined };
    return record.contact;
  }

  override render() {
    const result = this.ready ? this.#search.result : undefined;
    return html`<div part="base" class="finder" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(this.#i18n, (locale) => (this.locale = locale)) : nothing}
      ${renderLotsenSearchForm(this.#i18n, this.#choices(), this.#handlers)}
      <section class="results" part="results" aria-labelledby="results-heading" aria-busy=${(this.#feed.loading && !this.#checks.missing('feed')) || (!!this.#feed.value && !result) ? 'true' : 'false'}>
        <h2 id="results-heading" part="results-heading" tabindex="-1">
          ${this.#feed.value && result ? this.#countText(result.total) : this.#i18n.t('lotsen.results.heading')}
        </h2>
        ${this.#areaUnknown() ? renderAreaUnknown(this.#i18n) : nothing}
        ${this.#feed.render({
          initial: () =>
            this.#checks.missing('feed') ? renderFeedError(this.#i18n, () => this.#feed.retry()) : renderSkeleton(this.#i18n),
          pending: () => renderSkeleton(this.#i18n),
          error: () => renderFeedError(this.#i18n, () => this.#feed.retry()),
          complete: () => (result ? this.#renderResults(result) : renderSkeleton(this.#i18n)),
        })}
      </section>
      ${this.#announcer.render()}
    </div>`;
  }

  /** The page's `kommune` is no WIR area and the resident has not given a place: the list covers all of Hessen. */
  #areaUnknown(): boolean {
    return this.ready && !!this.kommune.trim() && !wirArea(this.kommune) && !this.place;
  }

  #choices(): LotsenChoices {
    return {
      place: this.place,
      radiusKm: this.radiusKm,
      languageCode: this.languageCode,
      topics: this.selectedTopics,
      days: this.days,
      dayparts: this.dayparts,
      gender: this.gender,
    };
  }

  #renderResults(result: Result) {
    if (result.hits.length === 0) return renderEmpty(this.#i18n, result.relaxations, (r) => this.#onRelax(r));
    const hits = this.more ? [...result.hits, ...this.more.hits] : result.hits;
    const nextCursor = this.more ? this.more.nextCursor : result.nextCursor;
    const publisher = this.#feed.value?.publisher;
    const heading = this.contactUrl || this.contactEmail ? this.#i18n.t('lotsen.contact.override') : undefined;
    return html`${renderResultList(this.#i18n, hits, (hit, i) =>
      renderResultCard(this.#i18n, hit, i, {
        askedTopics: this.selectedTopics,
        contactOpen: this.openContacts.has(hit.record.id),
        contact: this.#contactFor(hit.record),
        contactHeading: heading ?? '',
        onToggleContact: () => this.#onToggleContact(hit),
        request: this.#contactRequest.slot(hit, i),
      }),
    )}
      ${renderShowMore(this.#i18n, hits.length, result.total, nextCursor ? () => this.#onMore(result) : undefined)}
      ${publisher ? html`<p class="publisher">${this.#i18n.t('lotsen.source', publisher.name)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-lotsen-finder': WirLotsenFinder;
  }
}
