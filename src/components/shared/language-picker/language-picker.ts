import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { findLanguages, getLanguage, LANGUAGES, languageName, POPULAR_LANGUAGES } from '../../../core/language/index.js';
import { LocaleController } from '../../../i18n/locale-controller.js';
import { languagePicker } from '../../../i18n/messages/de/language-picker.js';
import { Announcer } from '../announcer.js';
import { ComboboxController, comboboxInput } from '../controllers/combobox-controller.js';
import { describedBy, renderError, renderHint } from '../form-fields/form-fields.js';
import { fieldStyles, hostReset } from '../styles/base.styles.js';
import { comboboxStyles } from '../styles/controls.styles.js';
import { languagePickerStyles } from './language-picker.styles.js';

interface Option {
  code: string;
  endonym: string;
  name: string;
  dir: 'ltr' | 'rtl';
}

/** The parts a widget passes on (`exportparts`), as PLACE_INPUT_PARTS in place-input.ts. */
export const LANGUAGE_PICKER_PARTS = 'input, listbox, option';

/**
 * A searchable language picker: residents find their language by its German name, its name
 * in their UI language or its own name (endonym), e.g. "Tigrinya", "ትግርኛ" or "tig".
 * Follows the ARIA 1.2 combobox pattern with a listbox popup (ComboboxController); label, hint
 * and error follow the GOV.UK field contract (form-fields.ts).
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

  @state() private text = '';

  readonly #combo = new ComboboxController(this, {
    count: () => this.#flat().length,
    optionId: (index) => `opt-${this.#flat()[index]?.code ?? ''}`,
    openAt: () =>
      Math.max(
        0,
        this.#flat().findIndex((o) => o.code === this.value),
      ),
    choose: (index) => this.#choose(this.#flat()[index]?.code ?? ''),
    escape: (event) => {
      if (!this.text) return;
      event.preventDefault();
      this.#choose('');
    },
    dismissed: (how) => this.#onDismissed(how),
  });

  @query('input') private input!: HTMLInputElement;

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('value')) {
      this.#internals?.setFormValue(this.value || null);
      if (!this.#combo.open) this.text = this.value ? this.#displayName(this.value) : '';
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
    const query = this.#combo.open && this.text !== this.#displayName(this.value) ? this.text.trim() : '';
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

  #choose(code: string): void {
    const changed = code !== this.value;
    this.value = code;
    this.text = code ? this.#displayName(code) : '';
    this.#combo.close();
    if (code) this.#announcer.announce(this.#i18n.t('picker.selected', languageName(code, this.#i18n.locale)));
    if (changed) this.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  /** Leaving with a full name typed picks its exact match, as people expect; otherwise the chosen language shows again. */
  #onDismissed(how: 'escape' | 'tab' | 'blur'): void {
    const typed = this.text.trim().toLowerCase();
    if (how === 'blur' && this.#combo.open && typed) {
      const exact = this.#flat().find((o) => [o.name, o.endonym, o.code].some((s) => s.toLowerCase() === typed));
      if (exact) {
        this.#choose(exact.code);
        return;
      }
    }
    this.text = this.value ? this.#displayName(this.value) : '';
  }

  #onInput(event: Event): void {
    this.text = (event.target as HTMLInputElement).value;
    this.#combo.show(this.text.trim() ? 0 : -1);
    const count = this.#flat().length;
    this.#announcer.announce(count ? this.#i18n.t('picker.count', count) : this.#i18n.t('picker.none'));
    if (!this.text.trim() && this.value) this.#choose('');
  }

  #onToggle(): void {
    if (this.#combo.open) {
      this.#onDismissed('escape');
      this.#combo.close();
    } else {
      this.#combo.show();
      this.input.focus();
    }
  }

  override render() {
    const t = this.#i18n.t.bind(this.#i18n);
    const hint = this.hint === '-' ? '' : this.hint || t('picker.hint');
    const label = this.label || t('picker.label');
    const open = this.#combo.open;
    const groups = open ? this.#groups() : [];
    const empty = open && groups.every((g) => g.options.length === 0);
    let index = -1;
    return html`
      <div part="base" class="field ${this.error ? 'has-error' : ''}" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
        <label for="input">${label}</label>
        ${renderHint('input', hint)} ${renderError('input', this.error, t('common.error.prefix'))}
        <div class="combo" @focusout=${this.#combo.onFocusOut}>
          <div class="control">
            <input
              id="input"
              part="input"
              type="text"
              ${comboboxInput(this.#combo)}
              autocomplete="off"
              autocapitalize="off"
              spellcheck="false"
              aria-describedby=${describedBy('input', { hint, error: this.error }) || nothing}
              aria-invalid=${this.error ? 'true' : 'false'}
              ?required=${this.required}
              placeholder=${t('picker.placeholder')}
              .value=${this.text}
              @input=${this.#onInput}
              @keydown=${this.#combo.onKeyDown}
              @click=${() => !open && this.#combo.show()}
            />
            <button class="toggle" type="button" tabindex="-1" aria-label=${t('picker.toggle')} @click=${this.#onToggle}>
              <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M3 6l5 5 5-5" fill="none" stroke="currentColor" stroke-width="2" /></svg>
            </button>
          </div>
          <div role="listbox" id="listbox" part="listbox" aria-label=${label} ?hidden=${!open}>
            ${empty ? html`<div class="empty" role="presentation">${t('picker.none')}</div>` : nothing}
            ${groups.map(
              (group, g) => html`
                <div role="group" aria-labelledby=${group.label ? `group-${g}` : nothing} aria-label=${group.label ? nothing : t('picker.label')}>
                  ${group.label ? html`<div class="group-label" id="group-${g}" role="presentation">${group.label}</div>` : nothing}
                  ${group.options.map((option) => {
                    index += 1;
                    return html`<div
                      role="option"
                      part="option"
                      id="opt-${option.code}"
                      class=${index === this.#combo.activeIndex ? 'active' : ''}
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
