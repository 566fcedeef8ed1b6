import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { DAYPARTS as DAYPART_NAMES, type Daypart, daypartSlots } from '../../core/availability/index.js';
import { loadFeed } from '../../core/feed/index.js';
import { createIndex, type Hit, type LotsenQuery, type MatchIndex, type Relaxation, search } from '../../core/match/index.js';
import { kommuneByCode, loadGazetteer } from '../../core/place/index.js';
import { DAYS, type Day, LOTSEN_TOPICS, type LotseRecord, type Publisher } from '../../core/schema/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { lotsen } from '../../i18n/messages/de/lotsen.js';
import { searchStates } from '../../i18n/messages/de/states.js';
import { Announcer } from '../shared/announcer.js';
import { WirErrorEvent, WirSearchEvent, WirSelectEvent } from '../shared/events.js';
import { localeSwitchStyles, renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import type { PlaceValue, WirPlaceInput } from '../shared/place-input/place-input.js';
import {
  type ContactView,
  renderEmpty,
  renderFeedError,
  renderShowMore,
  renderSkeleton,
  reportFeedError,
} from '../shared/search-states/search-states.js';
import { searchStatesStyles } from '../shared/search-states/search-states.styles.js';
import { fieldStyles, hostReset } from '../shared/styles/base.styles.js';
import { chipStyles, disclosureStyles } from '../shared/styles/controls.styles.js';
import { lotsenFinderStyles } from './lotsen-finder.styles.js';
import { readSharedSearch, type SharedSearch, searchKeyPrefix, writeSharedSearch } from './query-string-sync.js';
import { renderResultCard, renderResultList } from './result-card.js';
import { topicIcon } from './topic-icons.js';

type Gender = '' | 'w' | 'm';
interface LoadedFeed {
  index: MatchIndex<'lotsen'>;
  publisher: Publisher;
}

const RADIUS_STEPS = [5, 10, 15, 25, 50, 100];
const splitList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

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
 * @fires wir-error - The feed failed to load (`code` from the loader, e.g. `http`, `not-json`) or records were skipped (`records-skipped`); `message` is for the webmaster.
 *
 * @csspart base - The wrapper of the whole widget.
 * @csspart form - The search controls.
 * @csspart topic - One topic chip.
 * @csspart results - The results section.
 * @csspart results-heading - The heading with the result count.
 * @csspart card - One result card.
 * @csspart travel-heading - The heading before the Lotsen beyond the radius who travel to the resident.
 * @csspart contact-button - The "Kontakt über die WIR-Koordination" button of a card.
 * @csspart contact - The office's contact block.
 * @csspart skeleton - Placeholder cards while loading.
 * @csspart error - The feed error message.
 * @csspart retry-button - Its retry button.
 * @csspart empty - The no-results message.
 * @csspart relax-button - A button that widens the search.
 * @csspart more-button - The "show more" button.
 * @csspart live-region - The visually hidden polite live region.
 *
 * @cssprop --wir-color-primary - Buttons, chips and accents (default #00594f).
 * @cssprop --wir-color-on-primary - Text on primary (default #fff).
 * @cssprop --wir-color-text - Text colour.
 * @cssprop --wir-color-muted - Secondary text.
 * @cssprop --wir-color-surface - Card and input background.
 * @cssprop --wir-color-border - Input borders.
 * @cssprop --wir-color-focus - Focus ring.
 * @cssprop --wir-radius - Corner radius.
 * @cssprop --wir-font-family - Font family.
 * @cssprop --wir-font-size - Base font size (default 16px; everything inside scales in em).
 */
export class WirLotsenFinder extends LitElement {
  static override styles = [
    hostReset,
    fieldStyles,
    localeSwitchStyles,
    searchStatesStyles,
    chipStyles,
    disclosureStyles,
    lotsenFinderStyles,
  ];

  readonly #i18n = new LocaleController(this, lotsen, searchStates);
  readonly #announcer = new Announcer(this);
  readonly #feedTask = new Task(this, {
    task: async ([feed], { signal }): Promise<LoadedFeed | typeof initialState> => {
      // No feed yet: CMS scripts and frameworks often set it a moment after creating the
      // element, so this is "waiting" (skeleton), not an error.
      if (!feed) return initialState;
      const result = await loadFeed(feed, 'lotsen', { signal });
      if (!result.ok) {
        if (result.error.code !== 'aborted') reportFeedError(this, result.error);
        throw result.error;
      }
      const { skipped } = result.report;
      if (skipped.length) {
        const message = `${skipped.length} of ${result.report.total} records were skipped as invalid.`;
        console.warn(`wir-widgets <${this.localName}>: ${message}`, skipped);
        this.dispatchEvent(new WirErrorEvent('records-skipped', message, skipped));
      }
      return { index: createIndex(result.records, 'lotsen'), publisher: result.publisher };
    },
    args: () => [this.feed] as const,
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

  @state() private place: PlaceValue | null = null;
  @state() private languageCode = '';
  @state() private selectedTopics: string[] = [];
  @state() private days: Day[] = [];
  @state() private dayparts: Daypart[] = [];
  @state() private gender: Gender = '';
  @state() private radiusKm = 15;
  @state() private hits: Array<Hit<LotseRecord>> = [];
  @state() private total = 0;
  @state() private relaxations: Array<Relaxation<LotsenQuery>> = [];
  @state() private nextCursor: string | undefined;
  @state() private openContacts: ReadonlySet<string> = new Set();
  /** False until presets / the shared link are applied, so the first search is the right one. */
  @state() private ready = false;

  #lastKey = '';
  #lastIndex: MatchIndex<'lotsen'> | undefined;
  #pendingEvent: WirSearchEvent<LotsenQuery> | undefined;
  /** Text to hand to the place field once rendered (an ambiguous or unknown preset). */
  #unresolvedPlace = '';
  #focusAfterRender: string | undefined;
  #writeUrl: 'push' | 'replace' | undefined;
  #applying = 0;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    void this.#applyInitial();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('popstate', this.#onPopState);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    // Presets changed by the host page after start behave like the resident changing them.
    if (this.ready) {
      if (changed.has('language') && changed.get('language') !== undefined) this.languageCode = this.language;
      if (changed.has('topics') && changed.get('topics') !== undefined) this.selectedTopics = splitList(this.topics);
      if (changed.has('radius') && changed.get('radius') !== undefined) this.radiusKm = this.radius;
      if ((changed.has('near') && changed.get('near') !== undefined) || (changed.has('kommune') && changed.get('kommune') !== undefined)) {
        void this.#applyPlaceText(this.near);
      }
    }
    this.#search();
  }

  override updated(): void {
    if (this.#pendingEvent) {
      const event = this.#pendingEvent;
      this.#pendingEvent = undefined;
      this.dispatchEvent(event);
    }
    if (this.#writeUrl && this.syncUrl) writeSharedSearch(searchKeyPrefix(this), this.#sharedState(), this.#writeUrl);
    this.#writeUrl = undefined;
    if (this.#unresolvedPlace) {
      const text = this.#unresolvedPlace;
      this.#unresolvedPlace = '';
      void this.renderRoot.querySelector<WirPlaceInput>('wir-place-input')?.resolveText(text);
    }
    if (this.#focusAfterRender) {
      this.renderRoot.querySelector<HTMLElement>(this.#focusAfterRender)?.focus();
      this.#focusAfterRender = undefined;
    }
  }

  /** Presets and the shared link → UI state; the first search waits for the place. */
  async #applyInitial(): Promise<void> {
    if (this.ready) return;
    const shared = this.syncUrl ? readSharedSearch(searchKeyPrefix(this)) : undefined;
    await this.#applyShared(shared ?? this.#presetState());
    this.ready = true;
    this.#writeUrl = 'replace';
  }

  #presetState(): SharedSearch {
    return { ort: this.near, sprache: this.language, themen: splitList(this.topics), km: this.radius };
  }

  async #applyShared(s: SharedSearch): Promise<void> {
    this.#applying++;
    try {
      this.languageCode = s.sprache ?? '';
      this.selectedTopics = (s.themen ?? []).filter((t) => (LOTSEN_TOPICS as readonly string[]).includes(t));
      this.days = (s.tage ?? []).filter((d): d is Day => (DAYS as readonly string[]).includes(d));
      this.dayparts = (s.zeiten ?? []).filter((d): d is Daypart => (DAYPART_NAMES as readonly string[]).includes(d));
      this.gender = s.person === 'w' || s.person === 'm' ? s.person : '';
      this.radiusKm = s.km ?? this.radius;
      await this.#applyPlaceText(s.ort ?? '');
    } finally {
      this.#applying--;
    }
  }

  /** Resolves preset/link text to a place; falls back on the `kommune` area when empty. */
  async #applyPlaceText(text: string): Promise<void> {
    if (!text.trim()) {
      const area = this.kommune ? kommuneByCode(this.kommune) : undefined;
      this.place = area
        ? { label: area.name, kind: 'kommune', lat: area.lat, lon: area.lon, kommune: area.code, ...(area.ags ? { ags: area.ags } : {}) }
        : null;
      return;
    }
    const result = (await loadGazetteer()).resolve(text);
    if (result.status === 'found') this.place = result.place;
    else {
      // Let the place field ask the resident (candidates / "did you mean") instead of guessing.
      this.place = null;
      this.#unresolvedPlace = text;
      this.requestUpdate();
    }
  }

  /** The part of the state a shared link carries. The place as PLZ or area code, never raw coordinates. */
  #sharedState(): SharedSearch {
    const p = this.place;
    const ort = !p ? '' : p.kind === 'kommune' ? (p.ags ?? p.kommune) : p.kind === 'ort' ? p.label : (p.plz ?? p.label);
    return {
      ort,
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

  /** Runs the engine when the query or the feed changed: once per search, never per render. */
  #search(): void {
    const index = this.#feedTask.value?.index;
    if (!this.ready || !index || this.#applying) return;
    const query = this.#query();
    const key = JSON.stringify(query);
    if (key === this.#lastKey && index === this.#lastIndex) return;
    this.#lastKey = key;
    this.#lastIndex = index;
    const result = search(index, query);
    this.hits = result.hits;
    this.total = result.total;
    this.nextCursor = result.nextCursor;
    this.relaxations = result.relaxations;
    this.openContacts = new Set();
    this.#announcer.announce(this.#countText());
    this.#pendingEvent = new WirSearchEvent(query, result.total);
  }

  #countText(): string {
    return this.total ? this.#i18n.t('lotsen.results.count', this.total) : this.#i18n.t('lotsen.results.none');
  }

  /** A change the resident made: new history entry when the link is shared. */
  #changed(): void {
    this.#writeUrl = 'push';
  }

  readonly #onPopState = (): void => {
    if (!this.syncUrl) return;
    const shared = readSharedSearch(searchKeyPrefix(this)) ?? this.#presetState();
    void this.#applyShared(shared).then(() => this.requestUpdate());
  };

  #onPlaceChange(event: Event): void {
    this.place = (event.target as WirPlaceInput).value;
    this.#changed();
  }

  #onLanguageChange(event: Event): void {
    this.languageCode = (event.target as HTMLInputElement).value;
    this.#changed();
  }

  #onRadiusChange(event: Event): void {
    this.radiusKm = Number((event.target as HTMLSelectElement).value);
    this.#changed();
  }

  #toggle<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
    return on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);
  }

  #onTopic(topic: string, event: Event): void {
    this.selectedTopics = this.#toggle(this.selectedTopics, topic, (event.target as HTMLInputElement).checked);
    this.#changed();
  }

  #onDay(day: Day, event: Event): void {
    this.days = this.#toggle(this.days, day, (event.target as HTMLInputElement).checked);
    this.#changed();
  }

  #onDaypart(part: Daypart, event: Event): void {
    this.dayparts = this.#toggle(this.dayparts, part, (event.target as HTMLInputElement).checked);
    this.#changed();
  }

  #onGender(event: Event): void {
    this.gender = (event.target as HTMLInputElement).value as Gender;
    this.#changed();
  }

  #onRelax(step: Relaxation<LotsenQuery>): void {
    // The step names its change and the controls take it, so the form, the link and the
    // results always agree. The finder has one language: the related one replaces it.
    if (step.code === 'radius') this.radiusKm = step.params.toKm;
    else if (step.code === 'language-substitute') this.languageCode = step.params.code;
    this.#changed();
    // The clicked button disappears with the empty state; keep keyboard users in place.
    this.#focusAfterRender = '#results-heading';
  }

  #onMore(): void {
    const index = this.#feedTask.value?.index;
    if (!index || !this.nextCursor) return;
    const first = this.hits.length;
    const page = search(index, { ...this.#query(), cursor: this.nextCursor });
    this.hits = [...this.hits, ...page.hits];
    this.nextCursor = page.nextCursor;
    // The resident asked for more: take them to the first new card, not back to the top.
    this.#focusAfterRender = `#result-${first}`;
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
    const t = this.#i18n.t.bind(this.#i18n);
    return html`<div part="base" class="finder" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(this.#i18n, (locale) => (this.locale = locale)) : nothing}
      ${this.#renderForm()}
      <section class="results" part="results" aria-labelledby="results-heading" aria-busy=${this.#feedTask.status === TaskStatus.PENDING || this.#feedTask.status === TaskStatus.INITIAL || !this.ready ? 'true' : 'false'}>
        <h2 id="results-heading" part="results-heading" tabindex="-1">
          ${this.#feedTask.value && this.ready && this.#feedTask.status === TaskStatus.COMPLETE ? this.#countText() : t('lotsen.results.heading')}
        </h2>
        ${this.#feedTask.render({
          initial: () => renderSkeleton(this.#i18n),
          pending: () => renderSkeleton(this.#i18n),
          error: () => renderFeedError(this.#i18n, () => void this.#feedTask.run()),
          complete: () => (this.ready ? this.#renderResults() : renderSkeleton(this.#i18n)),
        })}
      </section>
      ${this.#announcer.render()}
    </div>`;
  }

  #renderForm() {
    const t = this.#i18n.t.bind(this.#i18n);
    const locale = this.#i18n.locale;
    const radiusSteps = [...new Set([...RADIUS_STEPS, this.radiusKm])].sort((a, b) => a - b);
    return html`<form part="form" class="form" role="search" aria-label=${t('lotsen.label')} @submit=${(e: Event) => e.preventDefault()}>
      <p class="intro">${t('lotsen.intro')}</p>
      <div class="where">
        <wir-place-input class="place" locale=${locale} .value=${this.place} @change=${this.#onPlaceChange}></wir-place-input>
        <div class="field radius">
          <label for="radius">${t('lotsen.radius.label')}</label>
          <select id="radius" @change=${this.#onRadiusChange}>
            ${radiusSteps.map((km) => html`<option value=${km} ?selected=${km === this.radiusKm}>${t('lotsen.radius.option', km)}</option>`)}
          </select>
        </div>
      </div>
      <wir-language-picker
        locale=${locale}
        label=${t('lotsen.language.label')}
        hint=${t('lotsen.language.hint')}
        .value=${this.languageCode}
        @change=${this.#onLanguageChange}
      ></wir-language-picker>
      <fieldset class="chips-field">
        <legend>${t('lotsen.topics.legend')}</legend>
        <p class="hint" id="topics-hint">${t('lotsen.topics.hint')}</p>
        <ul class="chips">
          ${LOTSEN_TOPICS.map(
            (topic) => html`<li>
              <input
                type="checkbox"
                class="chip-input"
                id="topic-${topic}"
                aria-describedby="topics-hint"
                .checked=${this.selectedTopics.includes(topic)}
                @change=${(e: Event) => this.#onTopic(topic, e)}
              />
              <label class="chip" part="topic" for="topic-${topic}">${topicIcon(topic)}<span>${t(`lotsen.topic.${topic}`)}</span></label>
            </li>`,
          )}
        </ul>
      </fieldset>
      <details class="wishes disclosure" ?open=${this.days.length > 0 || this.dayparts.length > 0 || this.gender !== ''}>
        <summary>${t('lotsen.more.summary')}</summary>
        <fieldset class="chips-field">
          <legend>${t('lotsen.days.legend')}</legend>
          <ul class="chips">
            ${DAYS.map(
              (day) => html`<li>
                <input type="checkbox" class="chip-input" id="day-${day}" .checked=${this.days.includes(day)} @change=${(e: Event) => this.#onDay(day, e)} />
                <label class="chip" for="day-${day}">${t(`lotsen.day.${day}`)}</label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <fieldset class="chips-field">
          <legend>${t('lotsen.dayparts.legend')}</legend>
          <ul class="chips">
            ${DAYPART_NAMES.map(
              (part) => html`<li>
                <input type="checkbox" class="chip-input" id="part-${part}" .checked=${this.dayparts.includes(part)} @change=${(e: Event) => this.#onDaypart(part, e)} />
                <label class="chip" for="part-${part}">${t(`lotsen.daypart.${part}`)}</label>
              </li>`,
            )}
          </ul>
        </fieldset>
        <fieldset class="chips-field">
          <legend>${t('lotsen.gender.legend')}</legend>
          <ul class="chips">
            ${(['', 'w', 'm'] as const).map(
              (g) => html`<li>
                <input type="radio" class="chip-input" name="gender" id="gender-${g || 'any'}" value=${g} .checked=${this.gender === g} @change=${this.#onGender} />
                <label class="chip" for="gender-${g || 'any'}">${t(g ? `lotsen.gender.${g}` : 'lotsen.gender.any')}</label>
              </li>`,
            )}
          </ul>
        </fieldset>
      </details>
    </form>`;
  }

  #renderResults() {
    if (this.hits.length === 0) return renderEmpty(this.#i18n, this.relaxations, (r) => this.#onRelax(r));
    const publisher = this.#feedTask.value?.publisher;
    const heading = this.contactUrl || this.contactEmail ? this.#i18n.t('lotsen.contact.override') : undefined;
    return html`${renderResultList(this.#i18n, this.hits, (hit, i) =>
      renderResultCard(this.#i18n, hit, i, {
        askedTopics: this.selectedTopics,
        contactOpen: this.openContacts.has(hit.record.id),
        contact: this.#contactFor(hit.record),
        contactHeading: heading ?? '',
        onToggleContact: () => this.#onToggleContact(hit),
      }),
    )}
      ${renderShowMore(this.#i18n, this.hits.length, this.total, this.nextCursor ? () => this.#onMore() : undefined)}
      ${publisher ? html`<p class="publisher">${this.#i18n.t('lotsen.source', publisher.name)}</p>` : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-lotsen-finder': WirLotsenFinder;
  }
}
