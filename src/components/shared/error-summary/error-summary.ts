import { html, LitElement, nothing } from 'lit';
import { property, query } from 'lit/decorators.js';
import { LocaleController } from '../../../i18n/locale-controller.js';
import { hostReset } from '../styles/base.styles.js';
import { errorSummaryStyles } from './error-summary.styles.js';

export interface ErrorSummaryEntry {
  /** Id of the control to focus, looked up in the shadow root (or document) this summary sits in. */
  target: string;
  text: string;
}

/**
 * The GOV.UK error summary for forms inside a shadow root: a list of what to fix, each entry
 * a link to its field. Fragment links cannot reach into a shadow root, so a click moves focus
 * with JavaScript to the element with that id in the summary's own root node; that is why the
 * summary must sit in the same shadow root as the form's fields.
 *
 * @tag wir-error-summary
 * @summary Lists a form's errors and links each to its field.
 *
 * @fires wir-error-select - An entry was chosen; `fieldId` names the field that received focus (WirErrorSelectEvent).
 *
 * @csspart base - The box with the heading and the list.
 *
 * @cssprop --wir-color-error - Border and link colour.
 */
export class WirErrorSummary extends LitElement {
  static override styles = [hostReset, errorSummaryStyles];

  readonly #i18n = new LocaleController(this);

  /** What to fix, in form order. */
  @property({ attribute: false }) errors: ErrorSummaryEntry[] = [];

  /** Heading; defaults to "Bitte prüfen Sie Ihre Angaben" in the UI language. */
  @property() heading = '';

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree. */
  @property({ reflect: true }) locale?: string;

  @query('.summary') private box!: HTMLElement;

  /** Moves focus to the summary box, so screen readers read it at once after a failed submit. */
  override focus(options?: FocusOptions): void {
    void this.updateComplete.then(() => {
      this.box?.focus(options);
      this.box?.scrollIntoView?.({ block: 'start', behavior: 'auto' });
    });
  }

  #select(event: Event, target: string): void {
    event.preventDefault();
    const root = this.getRootNode() as Document | ShadowRoot;
    const element = root.getElementById?.(target) as HTMLElement | null;
    if (!element) return;
    // Focus first, then scroll so the label above the field is visible too (GOV.UK does the
    // same: the legend or label explains the error text).
    element.focus({ preventScroll: true });
    const label = (root.querySelector?.(`label[for="${CSS.escape(target)}"]`) as HTMLElement | null) ?? element;
    (element.closest('fieldset') ?? label).scrollIntoView?.({ block: 'start' });
    this.dispatchEvent(new WirErrorSelectEvent(target));
  }

  override render() {
    if (!this.errors.length) return nothing;
    return html`<div part="base" class="summary" tabindex="-1" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
      <div role="alert">
        <h2 id="title">${this.heading || this.#i18n.t('common.errorSummary.title')}</h2>
        <ul>
          ${this.errors.map((e) => html`<li><a href="#${e.target}" @click=${(ev: Event) => this.#select(ev, e.target)}>${e.text}</a></li>`)}
        </ul>
      </div>
    </div>`;
  }
}

/** An entry of the summary was chosen and focus moved to the field with id `fieldId`. */
export class WirErrorSelectEvent extends Event {
  constructor(readonly fieldId: string) {
    super('wir-error-select', { bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-error-summary': WirErrorSummary;
  }
  interface GlobalEventHandlersEventMap {
    'wir-error-select': WirErrorSelectEvent;
  }
}
