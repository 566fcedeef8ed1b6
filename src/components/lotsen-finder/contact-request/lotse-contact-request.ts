import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { languageName } from '../../../core/language/index.js';
import { type Delivery, type LotseRequest, mailtoFor, validateRequest } from '../../../core/request/index.js';
import { LocaleController } from '../../../i18n/locale-controller.js';
import { kontakt } from '../../../i18n/messages/de/kontakt.js';
import { request } from '../../../i18n/messages/de/request.js';
import { Announcer } from '../../shared/announcer.js';
import { DraftController } from '../../shared/controllers/draft-controller.js';
import { FocusController } from '../../shared/controllers/focus-controller.js';
import { SubmissionController } from '../../shared/controllers/submission-controller.js';
import '../../shared/error-summary/define.js';
import { formFieldStyles } from '../../shared/form-fields/form-fields.styles.js';
import { requestViewStyles } from '../../shared/request-views/request-views.styles.js';
import type { SummaryRow } from '../../shared/request-views/review-view.js';
import { SEND_ANNOUNCEMENTS, successTexts } from '../../shared/request-views/send-texts.js';
import { renderSuccess } from '../../shared/request-views/success-view.js';
import { type ContactView, mailtoHref, renderContact } from '../../shared/search-states/search-states.js';
import { searchStatesStyles } from '../../shared/search-states/search-states.styles.js';
import { fieldStyles, hostReset } from '../../shared/styles/base.styles.js';
import { type ContactDraft, type ContactLotse, contactRequestFromDraft, emptyContactFields } from './contact-draft.js';
import { type ContactError, type ContactField, contactErrors, contactMessage } from './contact-errors.js';
import { isolated, renderContactForm } from './contact-form-view.js';
import { contactRequestStyles } from './contact-request.styles.js';

type Step = 'form' | 'success' | 'unsupported';

/**
 * A resident asks the coordination office for contact with one Lotse, from that Lotse's card in
 * `<wir-lotsen-finder>`, in the resident's language (docs/architecture.md, Request contract v1,
 * kind `lotse`). The finder loads this element on the first "Kontakt anfragen" and sets its
 * properties; it is not meant to be placed on a page by itself.
 *
 * The send is every request form's (SubmissionController over core `deliverRequest`): one id per
 * draft as Idempotency-Key, retries, offline wait, honeypot and minimum fill time, the draft in
 * sessionStorage (one per Lotse), the prepared e-mail and the office's contact on a final
 * failure. A receiver that does not know the kind (400 on `kind`) gets the office's contact.
 *
 * @tag wir-lotse-kontakt
 * @summary Contact request for a Lotse, sent to the coordination office's receiver.
 *
 * @fires wir-submit - Before sending (cancelable: call preventDefault to deliver `request` yourself).
 * @fires wir-submitted - The receiver stored the request; `id`, `replay`, and `statusUrl` when the receiver offers a status page.
 * @fires wir-error - Sending failed (`code` = the failure, with `status` and the receiver's field `errors`); the form keeps every field.
 * @fires wir-contact-cancel - The resident closed the form without sending.
 *
 * @csspart title - The heading of the form or of the success view.
 * @csspart button - The main action button.
 */
export class WirLotseKontakt extends LitElement {
  static override styles = [hostReset, fieldStyles, formFieldStyles, requestViewStyles, searchStatesStyles, contactRequestStyles];

  readonly #i18n = new LocaleController(this, request, kontakt);
  readonly #announcer = new Announcer(this);
  readonly #focus = new FocusController(this);
  readonly #draft = new DraftController<ContactDraft>(this, {
    storageKey: () => `wir-lotse-kontakt:${this.lotse?.id ?? ''}`,
    fields: () => emptyContactFields({ language: this.language, topics: this.topics }),
    enabled: () => true,
  });
  readonly #submission = new SubmissionController<LotseRequest>(this, this.#announcer, {
    endpoint: () => this.endpoint,
    minFillSeconds: () => this.minFillSeconds,
    announce: (what) => this.#i18n.t(SEND_ANNOUNCEMENTS[what]),
    fallback: () => {
      const email = this.#officeEmail();
      return email ? { email, mailto: (request, to) => mailtoFor(request, to) } : undefined;
    },
    delivered: (delivery) => this.#delivered(delivery),
  });

  /** The Lotse asked for: feed id, display name, languages and topics. */
  @property({ attribute: false }) lotse: ContactLotse | undefined;
  /** The language to preselect (the one the resident searched for), one of the Lotse's. */
  @property() language = '';
  /** Topics to preselect (the ones the resident searched for). */
  @property({ attribute: false }) topics: readonly string[] = [];
  /** Kommune of the Lotse's place, else the feed publisher's: it routes the request. */
  @property() kommune = '';
  /** URL the request is POSTed to. */
  @property() endpoint = '';
  /** The host's privacy notice (http/https). */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';
  /** Working days the office usually needs to answer. */
  @property({ type: Number, attribute: 'response-days' }) responseDays = 3;
  /** Seconds a person needs at least from first view to send. */
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;
  /** The office's contact, for a failure and for a receiver that does not take this kind. */
  @property({ attribute: false }) contact: ContactView = {};
  /** UI locale; otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  @state() private step: Step = 'form';
  @state() private errors: ContactError[] = [];
  @state() private sent: { id: string; statusUrl?: string | undefined } | undefined;

  #trapped = false;

  get #d(): ContactDraft {
    return this.#draft.value;
  }

  /** Focus the form's heading (the finder calls this when it opens the form). */
  focusTitle(): void {
    this.#focus.focusAfterUpdate('#step-title', { scroll: true });
  }

  #officeEmail(): string | undefined {
    return mailtoHref(this.contact.email) ? this.contact.email!.trim() : undefined;
  }

  #set(patch: Partial<ContactDraft>, fields: ContactField[]): void {
    this.#draft.set(patch);
    const errors = this.errors.filter((e) => !fields.includes(e.field as ContactField));
    if (errors.length !== this.errors.length) this.errors = errors;
  }

  readonly #on = {
    submit: (event: Event) => {
      event.preventDefault();
      void this.#send();
    },
    send: () => void this.#send(),
    input: (event: Event) => this.#onInput(event),
    cancel: () => this.dispatchEvent(new Event('wir-contact-cancel', { bubbles: true, composed: true })),
  };

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLTextAreaElement;
    const field = target.dataset.field as ContactField | undefined;
    if (!field) return;
    if (field === 'consent') {
      const checked = (target as HTMLInputElement).checked;
      this.#set({ consent: checked, consentAt: checked ? new Date().toISOString() : '' }, ['consent']);
    } else if (field === 'topics') {
      const { checked, value } = target as HTMLInputElement;
      this.#set({ topics: checked ? [...this.#d.topics.filter((t) => t !== value), value] : this.#d.topics.filter((t) => t !== value) }, [
        'topics',
      ]);
    } else if (field === 'email' || field === 'phone') this.#set({ [field]: target.value }, ['email', 'phone']);
    else this.#set({ [field]: target.value }, [field]);
  }

  #validate(): { errors: ContactError[]; request?: LotseRequest } {
    if (!this.lotse) return { errors: [{ field: 'general', code: 'invalid' }] };
    const draft = contactRequestFromDraft(this.#d, {
      lotse: this.lotse,
      kommune: this.kommune,
      locale: this.#i18n.locale,
      now: new Date(),
    });
    const result = validateRequest(draft);
    if (!result.ok) return { errors: contactErrors(result.errors) };
    return { errors: [], request: result.value as LotseRequest };
  }

  #showErrors(errors: ContactError[]): void {
    this.errors = errors;
    this.step = 'form';
    this.#focus.focusAfterUpdate('wir-error-summary');
  }

  async #send(): Promise<void> {
    if (this.#submission.busy) return;
    this.#trapped = !!this.renderRoot.querySelector<HTMLInputElement>('#homepage')?.value;
    // The first send's time is kept for every resend of this draft.
    this.#draft.markSent();
    const { errors, request } = this.#validate();
    if (!request) return this.#showErrors(errors);
    this.errors = [];
    await this.#submission.send(request, { startedAt: this.#d.startedAt, trapped: this.#trapped });
  }

  #delivered(delivery: Delivery): void {
    if (delivery.status === 'sent' || delivery.status === 'trapped') {
      this.#draft.clear();
      this.sent = { id: delivery.id, statusUrl: delivery.status === 'sent' ? delivery.statusUrl : undefined };
      this.step = 'success';
      this.#focus.focusAfterUpdate('#step-title', { scroll: true });
    } else if (delivery.status === 'rejected') {
      // An older receiver knows no `kind: "lotse"`: the office's own contact is the way on.
      if (delivery.errors.some((e) => e.path === 'kind')) {
        this.step = 'unsupported';
        this.#focus.focusAfterUpdate('#unsupported', { scroll: true });
      } else this.#showErrors(contactErrors(delivery.errors));
    } else if (delivery.status === 'failed') this.#focus.focusAfterUpdate('#failure', { scroll: true });
  }

  #errorFor(field: ContactField): string {
    const error = this.errors.find((e) => e.field === field);
    return error ? contactMessage(error, this.#i18n) : '';
  }

  #safePrivacyUrl(): string {
    try {
      const url = new URL(this.privacyUrl, globalThis.location?.href);
      return this.privacyUrl && (url.protocol === 'https:' || url.protocol === 'http:') ? url.href : '';
    } catch {
      return '';
    }
  }

  override render() {
    if (!this.lotse) return nothing;
    const body =
      this.step === 'success' && this.sent
        ? this.#renderSuccess(this.lotse, this.sent)
        : this.step === 'unsupported'
          ? this.#renderUnsupported()
          : this.#renderForm(this.lotse);
    return html`<div class="contact-request" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>${this.#announcer.render()} ${body}</div>`;
  }

  #renderOffice(): TemplateResult {
    return html`<div class="office"><p>${this.#i18n.t('kontakt.office')}</p>${renderContact(this.#i18n, this.contact)}</div>`;
  }

  #renderForm(lotse: ContactLotse): TemplateResult {
    return renderContactForm({
      i18n: this.#i18n,
      draft: this.#d,
      lotse,
      errorFor: (field) => this.#errorFor(field),
      summary: this.errors.map((e) => ({
        target: e.field === 'general' ? 'step-title' : e.field === 'language' || e.field === 'topics' ? `${e.field}-0` : e.field,
        text: contactMessage(e, this.#i18n),
      })),
      privacyUrl: this.#safePrivacyUrl(),
      state: this.#submission.state,
      failure: this.#submission.failure,
      office: this.#renderOffice(),
      on: this.#on,
    });
  }

  #renderUnsupported(): TemplateResult {
    const email = this.#officeEmail();
    const request = email ? this.#validate().request : undefined;
    return html`<div class="failure" id="unsupported" tabindex="-1" role="alert">
      <p>${this.#i18n.t('kontakt.unsupported')}</p>
      ${request && email ? html`<p><a class="button secondary" id="mail" href=${mailtoFor(request, email)}>${this.#i18n.t('anfrage.mail')}</a></p>` : nothing}
      ${this.#renderOffice()}
    </div>`;
  }

  #summaryRows(lotse: ContactLotse): SummaryRow[] {
    const t = this.#i18n.t.bind(this.#i18n);
    const d = this.#d;
    const rows: SummaryRow[] = [
      { term: t('kontakt.summary.lotse'), value: lotse.name, field: 'name' },
      { term: t('kontakt.summary.language'), value: languageWord(this.#i18n, d.language), field: 'language' },
    ];
    if (d.topics.length) {
      rows.push({
        term: t('kontakt.summary.topics'),
        value: d.topics.map((x) => t(`lotsen.topic.${x}` as 'lotsen.topic.alltag')).join(', '),
        field: 'topics',
      });
    }
    rows.push({
      term: t('kontakt.summary.contact'),
      value: html`<bdi dir="ltr">${[d.phone, d.email].filter(Boolean).join(' · ')}</bdi>`,
      field: 'phone',
    });
    return rows;
  }

  #renderSuccess(lotse: ContactLotse, sent: { id: string; statusUrl?: string | undefined }): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    return renderSuccess({
      texts: successTexts(
        this.#i18n,
        [
          // "… fragt Layla B.." reads as a typo: the sentence's full stop goes when the name ends with one.
          t('kontakt.success.next1', isolated(lotse.name)).replace(/\.(\u2069)\./u, '.$1'),
          t('kontakt.success.next2', this.responseDays),
          t('anfrage.success.next3'),
        ],
        t('kontakt.close'),
      ),
      id: sent.id,
      statusUrl: sent.statusUrl,
      rows: this.#summaryRows(lotse),
      onAgain: () => this.#on.cancel(),
    });
  }
}

function languageWord(i18n: LocaleController, code: string): string {
  return code ? languageName(code, i18n.locale) : '';
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-lotse-kontakt': WirLotseKontakt;
  }
}
