import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type Gazetteer, kommuneByCode, loadGazetteer, type ResolvedPlace } from '../../../core/place/index.js';
import { LocaleController } from '../../../i18n/locale-controller.js';
import { place } from '../../../i18n/messages/de/place.js';
import { Announcer } from '../announcer.js';
import { ComboboxController, comboboxInput } from '../controllers/combobox-controller.js';
import { describedBy, renderError, renderHint } from '../form-fields/form-fields.js';
import { fieldStyles, hostReset } from '../styles/base.styles.js';
import { comboboxStyles } from '../styles/controls.styles.js';
import { placeInputStyles } from './place-input.styles.js';

/**
 * What the field resolves to: a point, its WIR area (Kreisschlüssel in `kommune`, AGS in
 * `ags` for cities with their own office) and a label. `kind: 'coords'` marks the browser's
 * location; its `label` names the nearest PLZ area.
 */
export type PlaceValue = ResolvedPlace;

/** Why the field shows a message under the input (besides a host-given `error`). */
type Notice =
  | { kind: 'none' }
  | { kind: 'ambiguous'; candidates: PlaceValue[] }
  | { kind: 'not-found'; text: string; suggestions: PlaceValue[] }
  | { kind: 'corrected'; label: string }
  | { kind: 'geo'; reason: 'denied' | 'unavailable' | 'unsupported' };

/** The parts a widget passes on (`exportparts`), so `wir-…::part(input)` reaches the field inside: theming is one surface (docs/gestaltung.md). */
export const PLACE_INPUT_PARTS = 'input, listbox, option, button, locate-button, candidates';

/**
 * The shared "where" field of the search widgets: a resident types a PLZ or a town and
 * picks from gazetteer suggestions (ARIA 1.2 combobox with a listbox popup, ComboboxController
 * as in `<wir-language-picker>`), or asks for their location with one button. The browser is asked
 * for the location only on that click; a refusal shows a plain message and the field keeps
 * working.
 *
 * A name that means several areas ("Offenbach": the city or the Kreis) is not guessed: the
 * candidates appear as buttons under the field. An unknown name shows an error with
 * "did you mean" buttons. Focus stays in the field while these appear (nothing jumps).
 *
 * API for widgets that reuse it:
 * - set `.value` (a `PlaceValue` or null) to show a place; the text follows;
 * - `resolveText('63128')` runs the same resolution as pressing Enter (for presets);
 * - listen to the native `change` event and read `.value` (null when the field was cleared).
 *
 * @tag wir-place-input
 * @summary PLZ or town with suggestions, or "use my location"; resolves to a point and a WIR area.
 *
 * @fires change - The resolved place changed through the user (or `resolveText`); read `value`.
 *
 * @csspart base - The wrapper around label, hint, error and control.
 * @csspart input - The text input.
 * @csspart listbox - The popup list of suggestions.
 * @csspart option - One suggestion.
 * @csspart locate-button - The "use my location" button.
 * @csspart candidates - The buttons offered for an ambiguous or unknown name.
 *
 * @cssprop --wir-color-primary - Active suggestion background, button colour.
 * @cssprop --wir-color-border - Input and list border.
 * @cssprop --wir-color-error - Error text and border.
 * @cssprop --wir-radius - Corner radius.
 */
export class WirPlaceInput extends LitElement {
  static override styles = [hostReset, fieldStyles, comboboxStyles, placeInputStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  readonly #i18n = new LocaleController(this, place);
  readonly #announcer = new Announcer(this);

  /** The resolved place, or null. Setting it shows its label in the field; it fires no event. */
  @property({ attribute: false }) value: PlaceValue | null = null;

  /** Visible label; defaults to "Wo?" in the UI language. */
  @property() label = '';

  /** Hint under the label; defaults to a PLZ/town example. Set to "-" to hide it. */
  @property() hint = '';

  /** Error text from the host form (GOV.UK pattern); shown before the field's own messages. */
  @property() error = '';

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  /** Marks the field as required for assistive technology. */
  @property({ type: Boolean }) required = false;

  /** Hides the "use my location" button (e.g. on a page that must not ask for it). */
  @property({ type: Boolean, attribute: 'no-geolocation' }) noGeolocation = false;

  @state() private text = '';
  @state() private suggestions: PlaceValue[] = [];
  @state() private notice: Notice = { kind: 'none' };
  @state() private locating = false;

  readonly #combo = new ComboboxController(this, {
    count: () => this.suggestions.length,
    optionId: (index) => `opt-${index}`,
    choose: (index) => this.#choose(this.suggestions[index]!),
    enter: (event) => {
      event.preventDefault();
      if (this.text.trim() !== this.#shown()) void this.resolveText(this.text);
      else this.#combo.close();
    },
    dismissed: (how) => {
      if (how === 'escape') this.text = this.value ? this.#display(this.value) : this.text;
      else if (how === 'blur' && this.text.trim() !== this.#shown()) void this.resolveText(this.text);
    },
  });
  #gazetteer: Gazetteer | undefined;
  /** The last value this element reported, so a host setting the same value stays silent. */
  #reported: PlaceValue | null = null;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value') && !this.#combo.open) this.text = this.value ? this.#display(this.value) : '';
  }

  /**
   * Resolves typed text the way Enter does: found → value + `change`; several areas →
   * candidate buttons; unknown → error with suggestions. Resolves to the new value or null.
   */
  async resolveText(text: string): Promise<PlaceValue | null> {
    this.text = text;
    this.#combo.close();
    const raw = text.trim();
    if (!raw) {
      this.notice = { kind: 'none' };
      this.#commit(null);
      return null;
    }
    const gazetteer = await this.#loadGazetteer();
    const result = gazetteer.resolve(raw);
    if (result.status === 'found') {
      this.notice = result.corrected ? { kind: 'corrected', label: result.place.label } : { kind: 'none' };
      this.#commit(result.place);
      return result.place;
    }
    if (result.status === 'ambiguous') {
      this.notice = { kind: 'ambiguous', candidates: result.candidates };
      this.#announcer.announce(`${this.#i18n.t('place.ambiguous')} ${this.#i18n.t('place.count', result.candidates.length)}`);
    } else {
      this.notice = { kind: 'not-found', text: raw, suggestions: result.suggestions };
    }
    this.#commit(null);
    return null;
  }

  /** Empties the field and reports null if a place was set. */
  clear(): void {
    this.notice = { kind: 'none' };
    this.text = '';
    this.#combo.close();
    this.#commit(null);
  }

  #loadGazetteer(): Promise<Gazetteer> {
    if (this.#gazetteer) return Promise.resolve(this.#gazetteer);
    return loadGazetteer().then((g) => (this.#gazetteer = g));
  }

  /** What the input shows for the current value ('' for none). */
  #shown(): string {
    return this.value ? this.#display(this.value) : '';
  }

  /** What the input shows for a place: "Mein Standort (bei 63128 Dietzenbach)" for coordinates. */
  #display(place: PlaceValue): string {
    return place.kind === 'coords' ? this.#i18n.t('place.myLocation', place.label) : place.label;
  }

  /** The WIR area under a label, so "Offenbach am Main" and "Kreis Offenbach" read apart. */
  #area(place: PlaceValue): string {
    const area = kommuneByCode(place.ags ?? place.kommune);
    return area && area.name !== place.label ? area.name : '';
  }

  #commit(place: PlaceValue | null): void {
    this.value = place;
    if (place) this.text = this.#display(place);
    const before = this.#reported;
    this.#reported = place;
    const same =
      before === place || (!!before && !!place && before.lat === place.lat && before.lon === place.lon && before.label === place.label);
    if (!same) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #choose(place: PlaceValue): void {
    this.notice = { kind: 'none' };
    this.#combo.close();
    this.#commit(place);
    this.#announcer.announce(this.#i18n.t('place.chosen', this.#display(place)));
  }

  async #onInput(event: Event): Promise<void> {
    const text = (event.target as HTMLInputElement).value;
    this.text = text;
    if (this.notice.kind !== 'geo') this.notice = { kind: 'none' };
    const gazetteer = await this.#loadGazetteer();
    if (this.text !== text) return; // a newer keystroke won
    this.suggestions = text.trim() ? gazetteer.suggest(text, 8) : [];
    if (this.suggestions.length) this.#combo.show(-1);
    else this.#combo.close();
    if (text.trim()) this.#announcer.announce(this.#i18n.t('place.count', this.suggestions.length));
  }

  #onFocusIn(): void {
    // Start loading the PLZ chunk while the resident reaches for the keyboard.
    void this.#loadGazetteer();
  }

  #onLocate(): void {
    const geo = globalThis.navigator?.geolocation;
    if (!geo) {
      this.notice = { kind: 'geo', reason: 'unsupported' };
      return;
    }
    this.locating = true;
    this.notice = { kind: 'none' };
    this.#announcer.announce(this.#i18n.t('place.locating'));
    geo.getCurrentPosition(
      async (position) => {
        const gazetteer = await this.#loadGazetteer();
        this.locating = false;
        this.#choose(gazetteer.fromCoords(position.coords.latitude, position.coords.longitude));
      },
      (error) => {
        this.locating = false;
        this.notice = { kind: 'geo', reason: error.code === error.PERMISSION_DENIED ? 'denied' : 'unavailable' };
      },
      // A resident on the move needs a fresh fix, but a five-minute-old one is near enough.
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }

  /** The field's own problem as error text, or '' (ambiguity is a question, not an error). */
  #problem(): string {
    const n = this.notice;
    if (n.kind === 'not-found') return this.#i18n.t('place.notFound', n.text);
    if (n.kind === 'geo') return this.#i18n.t(`place.geo.${n.reason}`);
    return '';
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const hint = this.hint === '-' ? '' : this.hint || t('place.hint');
    const error = [this.error, this.#problem()].filter(Boolean).join(' ');
    const open = this.#combo.open;
    return html`
      <div part="base" class="field ${error ? 'has-error' : ''}" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
        <label for="input">${this.label || t('place.label')}</label>
        ${renderHint('input', hint)} ${renderError('input', error, t('common.error.prefix'))}
        <div class="row">
          <div class="combo" @focusin=${this.#onFocusIn} @focusout=${this.#combo.onFocusOut}>
            <input
              id="input"
              part="input"
              type="text"
              ${comboboxInput(this.#combo)}
              dir="auto"
              inputmode="text"
              autocomplete="postal-code"
              autocapitalize="words"
              spellcheck="false"
              aria-describedby=${describedBy('input', { hint, error }, this.notice.kind === 'corrected' ? 'note' : '') || nothing}
              aria-invalid=${error ? 'true' : 'false'}
              ?required=${this.required}
              placeholder=${t('place.placeholder')}
              .value=${this.text}
              @input=${this.#onInput}
              @keydown=${this.#combo.onKeyDown}
            />
            <div role="listbox" id="listbox" part="listbox" aria-label=${t('place.suggestions')} ?hidden=${!open}>
              ${
                open
                  ? this.suggestions.map(
                      (place, i) => html`<div
                      role="option"
                      part="option"
                      id="opt-${i}"
                      class=${i === this.#combo.activeIndex ? 'active' : ''}
                      aria-selected=${i === this.#combo.activeIndex ? 'true' : 'false'}
                      @pointerdown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.#choose(place)}
                    >
                      <bdi class="place-label">${place.label}</bdi>
                      ${this.#area(place) ? html`<span class="area">${this.#area(place)}</span>` : nothing}
                    </div>`,
                    )
                  : nothing
              }
            </div>
          </div>
          ${
            this.noGeolocation
              ? nothing
              : html`<button
                type="button"
                class="button secondary locate"
                part="button locate-button"
                aria-busy=${this.locating ? 'true' : 'false'}
                ?disabled=${this.locating}
                @click=${this.#onLocate}
              >
                <svg viewBox="0 0 24 24" aria-hidden="true" class="icon">
                  <circle cx="12" cy="12" r="4" fill="currentColor" />
                  <path d="M12 2v3M12 19v3M2 12h3M19 12h3" stroke="currentColor" stroke-width="2" fill="none" />
                  <circle cx="12" cy="12" r="7" stroke="currentColor" stroke-width="2" fill="none" />
                </svg>
                <span>${this.locating ? t('place.locating') : t('place.locate')}</span>
              </button>`
          }
        </div>
        ${this.notice.kind === 'corrected' ? html`<div class="note" id="note">${t('place.corrected', this.notice.label)}</div>` : nothing}
        ${this.#renderCandidates()} ${this.#announcer.render()}
      </div>
    `;
  }

  #renderCandidates() {
    const n = this.notice;
    const places = n.kind === 'ambiguous' ? n.candidates : n.kind === 'not-found' ? n.suggestions : [];
    if (places.length === 0) return nothing;
    const title = n.kind === 'ambiguous' ? this.#i18n.t('place.ambiguous') : this.#i18n.t('place.didYouMean');
    return html`<div class="candidates" part="candidates" role="group" aria-labelledby="candidates-title">
      <p class="candidates-title" id="candidates-title">${title}</p>
      <ul class="row-list">
        ${places.map(
          (place) => html`<li>
            <button type="button" class="candidate" @click=${() => this.#choose(place)}>
              <bdi class="place-label">${place.label}</bdi>
              ${this.#area(place) ? html`<span class="area">${this.#area(place)}</span>` : nothing}
            </button>
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-place-input': WirPlaceInput;
  }
}
