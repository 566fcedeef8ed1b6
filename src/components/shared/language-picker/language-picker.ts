import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { findLanguages, getLanguage, LANGUAGES, languageName, POPULAR_LANGUAGES } from '../../../core/language/index.js';
import { LocaleController } from '../../../i18n/locale-controller.js';
import { languagePicker } from '../../../i18n/messages/de/language-picker.js';
import { Announcer } from '../announcer.js';
import { fieldStyles, hostReset } from '../styles/base.styles.js';
import { comboboxStyles } from '../styles/controls.styles.js';
import { languagePickerStyles } from './language-picker.styles.js';

interface Option {
  code: string;
  endonym: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/**
 * A searchable language picker: residents find their language by its German name, its name
 * in their UI language or its own name (endonym), e.g. "Tigrinya", "ትግርኛ" or "tig".
 * Follows the ARIA 1.2 combobox pattern with a listbox popup.
 *
 * @tag wir-language-picker
 * @summary Choose one language; endonyms shown in their own script and direction.
 *
 * @fires change - The chosen language changed; read `value` (a BCP 47 code, '' when cleared).
 *
 * @csspart base - The wrapper around label, hint, error and control.
 * @csspart input - The text input.
 * @csspart listbox - The popup list of languages.
 * @csspart option - One language in the list.
 *
 * @cssprop --wir-color-primary - Active option background and focus accents.
 * @cssprop --wir-color-border - Input and list border.
 * @cssprop --wir-radius - Corner radius.
 */
export class WirLanguagePicker extends LitElement {
  static override styles = [hostReset, fieldStyles, comboboxStyles, languagePickerStyles];
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };
  static formAssociated = true;

  readonly #i18n = new LocaleController(this, languagePicker);
  readonly #announcer = new Announcer(this);
  readonly #internals: ElementInternals | undefined = this.attachInternals?.();

  /** The chosen language as a BCP 47 code, or '' for none. */
  @property({ reflect: true }) value = '';

  /** Visible label; defaults to "Sprache" in the UI language. */
  @property() label = '';

  /** Hint under the label; defaults to a short how-to. Set to "-" to hide it. */
  @property() hint = '';

  /** Error text shown under the hint (GOV.UK pattern); empty for none. */
  @property() error = '';

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  /** Limit the choice to these codes (e.g. the languages a feed offers). Empty: all. */
  @property({ attribute: false }) codes: string[] = [];

  /** Codes not to offer (e.g. the main language when picking alternatives). */
  @property({ attribute: false }) exclude: string[] = [];

  /** Form field name, for use inside a plain <form>. */
  @property() name = '';

  /** Marks the field as required for assistive technology. */
  @property({ type: Boolean }) required = false;

  @state() private open = false;
  @state() private text = '';
  @state() private activeIndex = -1;

  @query('input') private input!: HTMLInputElement;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      this.#internals?.setFormValue(this.value || null);
      if (!this.open) this.text = this.value ? this.#displayName(this.value) : '';
    }
  }

  /** The language label a sighted user sees in the input once chosen. */
  #displayName(code: string): string {
    const info = getLanguage(code);
    const name = languageName(code, this.#i18n.locale);
    return info && info.endonym !== name ? `${name} – ${info.endonym}` : name;
  }

  #allowed(code: string): boolean {
    if (this.exclude.includes(code)) return false;
    return this.codes.length === 0 || this.codes.includes(code);
  }

  #toOption(code: string): Option | undefined {
    const info = getLanguage(code);
    if (!info) return undefined;
    return { code, endonym: info.endonym, name: languageName(code, this.#i18n.locale), dir: info.dir };
  }

  /** Popular languages first when nothing is typed; otherwise the matches for the text. */
  #groups(): Array<{ label: string; options: Option[] }> {
    const query = this.open && this.text !== this.#displayName(this.value) ? this.text.trim() : '';
    const toOptions = (codes: string[]) =>
      codes
        .filter((c) => this.#allowed(c))
        .map((c) => this.#toOption(c))
        .filter((o): o is Option => !!o);
    // findLanguages gives each code once (best match kind), already in display order.
    if (query) return [{ label: '', options: toOptions(findLanguages(query, this.#i18n.locale).map((m) => m.code)) }];
    const popular = toOptions(POPULAR_LANGUAGES.slice(0, 8));
    const popularCodes = new Set(popular.map((o) => o.code));
    const rest = toOptions(LANGUAGES.map((l) => l.code).filter((c) => !popularCodes.has(c)));
    rest.sort((a, b) => a.name.localeCompare(b.name, this.#i18n.intlLocale));
    return popular.length
      ? [
          { label: this.#i18n.t('picker.popular'), options: popular },
          { label: this.#i18n.t('picker.all'), options: rest },
        ]
      : [{ label: '', options: rest }];
  }

  #flat(): Option[] {
    return this.#groups().flatMap((g) => g.options);
  }

  #openList(): void {
    if (this.open) return;
    this.open = true;
    const options = this.#flat();
    this.activeIndex = Math.max(
      0,
      options.findIndex((o) => o.code === this.value),
    );
  }

  #close(restoreText = true): void {
    this.open = false;
    this.activeIndex = -1;
    if (restoreText) this.text = this.value ? this.#displayName(this.value) : '';
  }

  #choose(code: string): void {
    const changed = code !== this.value;
    this.value = code;
    this.text = code ? this.#displayName(code) : '';
    this.#close(false);
    if (code) this.#announcer.announce(this.#i18n.t('picker.selected', languageName(code, this.#i18n.locale)));
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.open = true;
    this.activeIndex = this.text.trim() ? 0 : -1;
    const count = this.#flat().length;
    this.#announcer.announce(count ? this.#i18n.t('picker.count', count) : this.#i18n.t('picker.none'));
    if (!this.text.trim() && this.value) this.#choose('');
  }

  #onKeyDown(event: KeyboardEvent): void {
    const options = this.#flat();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) this.#openList();
        else this.activeIndex = Math.min(options.length - 1, this.activeIndex + 1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (!this.open) this.#openList();
        else this.activeIndex = Math.max(0, this.activeIndex - 1);
        break;
      case 'PageDown':
        if (this.open) {
          event.preventDefault();
          this.activeIndex = Math.min(options.length - 1, this.activeIndex + 8);
        }
        break;
      case 'PageUp':
        if (this.open) {
          event.preventDefault();
          this.activeIndex = Math.max(0, this.activeIndex - 8);
        }
        break;
      case 'Enter': {
        const option = options[this.activeIndex];
        if (this.open && option) {
          event.preventDefault();
          this.#choose(option.code);
        }
        break;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.#close();
        } else if (this.text) {
          event.preventDefault();
          this.#choose('');
        }
        break;
      case 'Tab':
        if (this.open) this.#close();
        break;
    }
  }

  #onFocusOut(event: FocusEvent): void {
    const next = event.relatedTarget as Node | null;
    if (next && this.shadowRoot?.contains(next)) return;
    // Typing a full name and leaving the field picks the single exact match, as people expect.
    if (this.open && this.text.trim()) {
      const options = this.#flat();
      const exact = options.find((o) => [o.name, o.endonym, o.code].some((s) => s.toLowerCase() === this.text.trim().toLowerCase()));
      if (exact) {
        this.#choose(exact.code);
        return;
      }
    }
    this.#close();
  }

  #onToggle(): void {
    if (this.open) this.#close();
    else {
      this.#openList();
      this.input.focus();
    }
  }

  override updated(): void {
    if (this.open && this.activeIndex >= 0) {
      this.renderRoot.querySelector('[role="option"].active')?.scrollIntoView({ block: 'nearest' });
    }
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const hint = this.hint === '-' ? '' : this.hint || t('picker.hint');
    const describedBy = [hint ? 'hint' : '', this.error ? 'error' : ''].filter(Boolean).join(' ');
    const groups = this.open ? this.#groups() : [];
    const flat = groups.flatMap((g) => g.options);
    const active = flat[this.activeIndex];
    let index = -1;
    return html`
      <div part="base" class="field ${this.error ? 'has-error' : ''}" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
        <label for="input">${this.label || t('picker.label')}</label>
        ${hint ? html`<div class="hint" id="hint">${hint}</div>` : nothing}
        ${
          this.error
            ? html`<div class="error-message" id="error"><span class="visually-hidden">${t('common.error.prefix')}</span> ${this.error}</div>`
            : nothing
        }
        <div class="combo" @focusout=${this.#onFocusOut}>
          <div class="control">
            <input
              id="input"
              part="input"
              type="text"
              role="combobox"
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              aria-autocomplete="list"
              aria-controls="listbox"
              aria-expanded=${this.open ? 'true' : 'false'}
              aria-activedescendant=${active ? `opt-${active.code}` : nothing}
              aria-describedby=${describedBy || nothing}
              aria-invalid=${this.error ? 'true' : 'false'}
              ?required=${this.required}
              placeholder=${t('picker.placeholder')}
              .value=${this.text}
              @input=${this.#onInput}
              @keydown=${this.#onKeyDown}
              @click=${() => this.#openList()}
            />
            <button class="toggle" type="button" tabindex="-1" aria-label=${t('picker.toggle')} @click=${this.#onToggle}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
            </button>
          </div>
          <div role="listbox" id="listbox" part="listbox" aria-label=${this.label || t('picker.label')} ?hidden=${!this.open}>
            ${this.open && flat.length === 0 ? html`<div class="empty" role="presentation">${t('picker.none')}</div>` : nothing}
            ${groups.map(
              (group, g) => html`
                <div role="group" aria-labelledby=${group.label ? `group-${g}` : nothing} aria-label=${group.label ? nothing : t('picker.label')}>
                  ${group.label ? html`<div class="group-label" id="group-${g}" role="presentation">${group.label}</div>` : nothing}
                  ${group.options.map((option) => {
                    index += 1;
                    const i = index;
                    return html`<div
                      role="option"
                      part="option"
                      id="opt-${option.code}"
                      class=${i === this.activeIndex ? 'active' : ''}
                      aria-selected=${option.code === this.value ? 'true' : 'false'}
                      @pointerdown=${(e: Event) => e.preventDefault()}
                      @click=${() => this.#choose(option.code)}
                    >
                      <span class="endonym" lang=${option.code} dir=${option.dir}>${option.endonym}</span>
                      ${option.name !== option.endonym ? html`<span class="name">${option.name}</span>` : nothing}
                    </div>`;
                  })}
                </div>
              `,
            )}
          </div>
        </div>
        ${this.#announcer.render()}
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-language-picker': WirLanguagePicker;
  }
}
