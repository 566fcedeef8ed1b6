import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { kommuneProblem, missingEndpointProblem, wirArea } from '../../core/attributes/index.js';
import { localToday } from '../../core/calendar/local-date.js';
import type { DolmetscherQuery } from '../../core/match/index.js';
import { kommuneByCode, kommuneId, loadGazetteer } from '../../core/place/index.js';
import type { AnfrageRequest, Delivery } from '../../core/request/index.js';
import { checkFormRules, earliestDate } from '../../core/request/lead-time.js';
import { mailtoFor } from '../../core/request/mailto.js';
import { REQUEST_LIMITS } from '../../core/schema/request-vocabulary.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { localeProblem } from '../../i18n/locales.js';
import { anfrage } from '../../i18n/messages/de/anfrage.js';
import { request } from '../../i18n/messages/de/request.js';
import { Announcer } from '../shared/announcer.js';
import { AttributeCheckController } from '../shared/controllers/attribute-check-controller.js';
import { DraftController, keepDraftAttribute } from '../shared/controllers/draft-controller.js';
import { FeedController } from '../shared/controllers/feed-controller.js';
import { FocusController } from '../shared/controllers/focus-controller.js';
import { SearchController } from '../shared/controllers/search-controller.js';
import { SubmissionController } from '../shared/controllers/submission-controller.js';
import '../shared/error-summary/define.js';
import { formFieldStyles } from '../shared/form-fields/form-fields.styles.js';
import '../shared/language-picker/define.js';
import type { WirLanguagePicker } from '../shared/language-picker/language-picker.js';
import { localeSwitchStyles, renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import { requestViewStyles } from '../shared/request-views/request-views.styles.js';
import { renderReview } from '../shared/request-views/review-view.js';
import { SEND_ANNOUNCEMENTS } from '../shared/request-views/send-texts.js';
import { renderSuccess } from '../shared/request-views/success-view.js';
import { fieldStyles, hostReset } from '../shared/styles/base.styles.js';
import { type AnfrageDraft, type DraftField, emptyFields, requestFromDraft } from './anfrage-draft.js';
import { renderAnfrageForm } from './anfrage-form-view.js';
import { anfrageSummaryRows } from './anfrage-summary.js';
import { reviewTexts, successTexts } from './anfrage-texts.js';
import { formatDate, language } from './anfrage-words.js';
import { dolmetscherAnfrageStyles } from './dolmetscher-anfrage.styles.js';
import { collectErrors, FIELDS_ANSWERED, type FieldError, type FormField, messageFor, ruleErrorsToFieldErrors } from './field-errors.js';

type Step = 'form' | 'review' | 'success';
/** The request schema's module, loaded after the first paint (zod is not needed to show the form). */
type RequestSchema = typeof import('../../core/request/validate.js');

/**
 * The request form for a Laiendolmetscher:in (docs/architecture.md, Request contract v1): who asks, which language, when, how and where; a
 * review step; then a send that arrives once (the draft id is the Idempotency-Key), survives a
 * flaky network (retries, offline wait) and never loses what the person typed (sessionStorage
 * draft, e-mail fallback). The parts are shared with every request form: DraftController,
 * SubmissionController over core `deliverRequest`, the GOV.UK field templates and the review and
 * success views; this element holds what is particular to interpreters.
 *
 * @tag wir-dolmetscher-anfrage
 * @summary Request a community interpreter; validated with the receiver's own schema.
 *
 * @fires wir-submit - Before sending (cancelable: call preventDefault to deliver `request` yourself).
 * @fires wir-submitted - The receiver stored the request; `id`, `replay`, and `statusUrl` when the receiver offers a status page.
 * @fires wir-error - Sending failed (`code` = the failure: `network`, `invalid`, `rate-limited` …, with `status` and, for a 400, the receiver's field `errors`; the form keeps every field), or the optional feed could not be used (`code` from the loader, or `records-skipped`).
 *
 * @csspart base - The wrapper of every step.
 * @csspart title - The heading of the current step.
 * @csspart form - The request form.
 * @csspart input - Every text field, select and text area (also inside the language fields).
 * @csspart button - Every button of a step.
 * @csspart listbox - The suggestion list of a language field.
 * @csspart option - One suggestion.
 * @csspart chip - One chosen further language.
 * @csspart live-region - The polite live region.
 * @csspart count - How many interpreters in the feed could take the request (with `feed`).
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
export class WirDolmetscherAnfrage extends LitElement {
  static override styles = [hostReset, fieldStyles, formFieldStyles, requestViewStyles, localeSwitchStyles, dolmetscherAnfrageStyles];

  readonly #i18n = new LocaleController(this, request, anfrage);
  readonly #announcer = new Announcer(this);
  readonly #focus = new FocusController(this);
  readonly #draft = new DraftController<AnfrageDraft>(this, {
    storageKey: 'wir-dolmetscher-anfrage',
    fields: emptyFields,
    enabled: () => this.keepDraft,
  });
  // biome-ignore lint/correctness/noUnusedPrivateClassMembers: it registers with the host and warns at updates; nothing else calls it
  readonly #checks = new AttributeCheckController(this, {
    problems: () => [kommuneProblem(this.kommune), localeProblem(this.locale)],
    required: () => [this.endpoint.trim() ? undefined : missingEndpointProblem()],
  });
  readonly #submission = new SubmissionController<AnfrageRequest>(this, this.#announcer, {
    endpoint: () => this.endpoint,
    minFillSeconds: () => this.minFillSeconds,
    announce: (what) => this.#i18n.t(SEND_ANNOUNCEMENTS[what]),
    fallback: () =>
      this.contactEmail
        ? { email: this.contactEmail, mailto: (request, email) => mailtoFor(request, email, this.#i18n.locale) }
        : undefined,
    delivered: (delivery) => this.#delivered(delivery),
  });
  /** A broken or missing feed is reported like in every widget, and only loses the count: the form works without one. */
  readonly #feed = new FeedController(this, 'dolmetscher', (loaded, engine) => engine.createIndexJob(loaded.records, 'dolmetscher'));
  /** How many interpreters could take the request; only the count leaves the feed, never who. */
  readonly #count = new SearchController(this, this.#announcer, {
    index: () => this.#feed.value,
    query: () => this.#countQuery(),
    run: (index, query) => this.#feed.engine!.search(index, query),
    announce: (result) => this.#countText(result.total),
  });

  /** URL the request is POSTed to (the reference receiver's /api/anfragen, or the host's). */
  @property() endpoint = '';

  /** Kreisschlüssel or AGS of the coordination office; without it the person picks the area. */
  @property() kommune = '';

  /** Optional dolmetscher feed URL (or, as a property, a feed document): then the form says how many interpreters could take the request. */
  @property() feed: string | object = '';

  /** Minimum lead time in working days (Mon–Fri); earlier dates are refused with an explanation. */
  @property({ type: Number, attribute: 'notice-days' }) noticeDays = 3;

  /** Longest appointment the office accepts, in minutes. */
  @property({ type: Number, attribute: 'max-duration' }) maxDuration = 240;

  /** The host's privacy notice (http/https); linked beside the consent box. */
  @property({ attribute: 'privacy-url' }) privacyUrl = '';

  /** Coordination office e-mail for "Per E-Mail senden" when sending fails for good. */
  @property({ attribute: 'contact-email' }) contactEmail = '';

  /** UI locale (de, en, ar, tr, uk, ru, fa, de-x-ls); otherwise the nearest `lang` up the tree, else German. */
  @property({ reflect: true }) locale?: string;

  /** Shows a language switch (endonyms) above the widget; the page's `lang` still decides the start. */
  @property({ type: Boolean, attribute: 'show-locale-switch' }) showLocaleSwitch = false;

  /** Keep the draft in sessionStorage across reloads; `keep-draft="false"` turns it off. */
  @property({ attribute: 'keep-draft', converter: keepDraftAttribute }) keepDraft = true;

  /** Seconds a person needs at least from first view to send; a faster send waits (bots do not). */
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;

  @state() private step: Step = 'form';
  @state() private errors: FieldError[] = [];
  @state() private sent: { id: string; statusUrl?: string | undefined } | undefined;

  /** Set when the honeypot was filled; such a "send" pretends success and posts nothing. */
  #trapped = false;

  get #d(): AnfrageDraft {
    return this.#draft.value;
  }

  /** The page's area when it is a WIR area; an unknown code counts as none, so the person picks the area and can send. */
  #hostKommune(): string {
    return wirArea(this.kommune) ? this.kommune.trim() : '';
  }

  #kommune(): string {
    return this.#hostKommune() || this.#d.kommune;
  }

  #set(patch: Partial<AnfrageDraft>, answers: DraftField[]): void {
    this.#draft.set(patch);
    this.#clearErrors(answers.flatMap((f) => FIELDS_ANSWERED[f] ?? [f as FormField]));
  }

  /**
   * A corrected field loses its error at once (the summary shrinks with it); new errors only
   * appear on the next "Weiter", never while typing (GOV.UK: validate on submit).
   */
  #clearErrors(fields: FormField[]): void {
    const errors = this.errors.filter((e) => !fields.includes(e.field as FormField));
    if (errors.length !== this.errors.length) this.errors = errors;
  }

  readonly #on = {
    submit: (event: Event) => this.#onContinue(event),
    input: (event: Event) => this.#onInput(event),
    language: (event: Event) => {
      const code = (event.target as WirLanguagePicker).value;
      this.#set({ language: code, alternatives: this.#d.alternatives.filter((c) => c !== code) }, ['language']);
    },
    alternative: (event: Event) => this.#onAlternative(event.target as WirLanguagePicker),
    removeAlternative: (code: string) => {
      this.#set({ alternatives: this.#d.alternatives.filter((c) => c !== code) }, ['alternatives']);
      this.#announcer.announce(this.#i18n.t('anfrage.alternatives.removed', language(this.#i18n, code)));
      this.#focus.focusAfterUpdate('#alternatives', { scroll: true });
    },
  };

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field as DraftField | undefined;
    if (!field) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      this.#set({ consent: target.checked, consentAt: target.checked ? new Date().toISOString() : '' }, ['consent']);
      return;
    }
    this.#set({ [field]: target.value }, [field]);
    if (field === 'notes') {
      const left = REQUEST_LIMITS.notesLength - target.value.length;
      this.#announcer.announce(left >= 0 ? this.#i18n.t('anfrage.notes.left', left) : this.#i18n.t('anfrage.notes.over', -left));
    }
    if (field === 'plz') void this.#guessKommune(target.value);
  }

  #onAlternative(picker: WirLanguagePicker): void {
    const code = picker.value;
    if (!code) return;
    picker.value = '';
    const alternatives = this.#d.alternatives;
    if (alternatives.includes(code) || alternatives.length >= REQUEST_LIMITS.alternatives) return;
    this.#set({ alternatives: [...alternatives, code] }, ['alternatives']);
    this.#announcer.announce(this.#i18n.t('anfrage.alternatives.added', language(this.#i18n, code)));
  }

  /** Fills the area from the appointment's PLZ when the person has not picked one. */
  async #guessKommune(plz: string): Promise<void> {
    if (this.#hostKommune() || this.#d.kommune || !/^\d{5}$/.test(plz.trim())) return;
    try {
      const result = (await loadGazetteer()).resolve(plz.trim());
      const area = result.status === 'found' ? kommuneByCode(result.place.ags ?? result.place.kommune) : undefined;
      if (area && !this.#d.kommune) this.#set({ kommune: kommuneId(area) }, ['kommune']);
    } catch {
      // The gazetteer chunk could not load: the person picks the area by hand.
    }
  }

  #schemaLoading: Promise<RequestSchema> | undefined;
  #schema: RequestSchema | undefined;

  override firstUpdated(): void {
    // The receiver's schema (zod) is not needed to paint the form: it loads right after.
    void this.#loadSchema().catch(() => {});
  }

  #loadSchema(): Promise<RequestSchema> {
    this.#schemaLoading ??= import('../../core/request/validate.js').then(
      (module) => (this.#schema = module),
      (error) => {
        this.#schemaLoading = undefined;
        throw error;
      },
    );
    return this.#schemaLoading;
  }

  /** Contract errors (the receiver's schema) plus the form's own rules, one per field. */
  #validate({ validateRequest }: RequestSchema): { errors: FieldError[]; request?: AnfrageRequest } {
    const result = validateRequest(requestFromDraft(this.#d, { kommune: this.#kommune(), locale: this.#i18n.locale, now: new Date() }));
    const today = localToday();
    const rules = ruleErrorsToFieldErrors(checkFormRules(this.#d, { today, noticeDays: this.noticeDays, maxDuration: this.maxDuration }), {
      days: this.noticeDays,
      earliest: formatDate(this.#i18n, earliestDate(today, this.noticeDays)),
      max: this.#i18n.t('anfrage.duration.option', this.maxDuration),
    });
    const errors = this.#placeErrors(collectErrors(result.ok ? [] : result.errors, rules));
    return errors.length || !result.ok ? { errors } : { errors, request: result.value };
  }

  /** A kommune set by the host is not a field the person can fix. */
  #placeErrors(errors: FieldError[]): FieldError[] {
    return errors.map((e) => (e.field === 'kommune' && this.#hostKommune() ? { ...e, field: 'general' } : e));
  }

  #showErrors(errors: FieldError[]): void {
    this.errors = errors;
    this.step = 'form';
    this.#focus.focusAfterUpdate('wir-error-summary');
  }

  #onContinue(event: Event): void {
    event.preventDefault();
    this.#trapped = !!this.renderRoot.querySelector<HTMLInputElement>('#homepage')?.value;
    // Only a person faster than the schema's download waits for it here.
    if (this.#schema) this.#continue(this.#schema);
    else void this.#loadSchema().then((schema) => this.#continue(schema));
  }

  #continue(schema: RequestSchema): void {
    const { errors } = this.#validate(schema);
    if (errors.length) {
      this.#showErrors(errors);
      return;
    }
    this.errors = [];
    this.#submission.reset();
    this.step = 'review';
    this.#focus.focusAfterUpdate('#step-title', { scroll: true });
  }

  #edit(field: string): void {
    if (this.#submission.busy) return;
    this.#submission.reset();
    this.step = 'form';
    // A radio group takes focus on its first radio.
    this.#focus.focusAfterUpdate(`#${this.#focusTarget(field as FormField)}`, { scroll: true });
  }

  #focusTarget(field: FormField): string {
    return field === 'requester-type' || field === 'mode' || field === 'gender' ? `${field}-0` : field;
  }

  async #send(): Promise<void> {
    if (this.#submission.busy) return;
    this.#draft.markSent();
    const { errors, request } = this.#validate(this.#schema ?? (await this.#loadSchema()));
    if (!request) return this.#showErrors(errors);
    await this.#submission.send(request, { startedAt: this.#d.startedAt, trapped: this.#trapped });
  }

  #delivered(delivery: Delivery): void {
    if (delivery.status === 'sent' || delivery.status === 'trapped') {
      this.#draft.clear();
      this.sent = { id: delivery.id, statusUrl: delivery.status === 'sent' ? delivery.statusUrl : undefined };
      this.errors = [];
      this.step = 'success';
      this.#focus.focusAfterUpdate('#step-title', { scroll: true });
    } else if (delivery.status === 'rejected') {
      // The receiver disagrees with the form (an older or stricter version): its reasons go on the fields.
      this.#showErrors(this.#placeErrors(collectErrors(delivery.errors, [])));
    } else if (delivery.status === 'failed') this.#focus.focusAfterUpdate('#failure', { scroll: true });
  }

  #startOver(): void {
    this.#draft.reset();
    this.errors = [];
    this.sent = undefined;
    this.step = 'form';
    this.#focus.focusAfterUpdate('#step-title', { scroll: true });
  }

  /** The engine query for the count, or undefined until a language is chosen. */
  #countQuery(): DolmetscherQuery | undefined {
    const d = this.#d;
    if (!d.language) return undefined;
    const kommune = this.#kommune();
    const query: DolmetscherQuery = { language: d.language, limit: 1 };
    if (d.alternatives.length) query.alternatives = d.alternatives;
    if (kommune) query.kommune = kommune;
    if (d.mode) query.mode = d.mode;
    if (d.setting) query.setting = d.setting;
    if (/^\d{4}-\d{2}-\d{2}$/.test(d.date)) query.date = d.date;
    if (query.date && /^\d{2}:\d{2}$/.test(d.from)) {
      query.from = d.from;
      query.durationMinutes = Number(d.duration) || 60;
    }
    return query;
  }

  /** "2 Laiendolmetscher:innen für Tigrinya in Kreis Offenbach …". */
  #countText(total: number): string {
    const kommune = this.#kommune();
    const area = kommune ? (kommuneByCode(kommune)?.name ?? '') : '';
    return this.#i18n.t('anfrage.feed.count', total, language(this.#i18n, this.#d.language), area);
  }

  #errorFor(field: FormField): string {
    const error = this.errors.find((e) => e.field === field);
    return error ? messageFor(error, this.#i18n.t.bind(this.#i18n)) : '';
  }

  #safePrivacyUrl(): string {
    if (!this.privacyUrl) return '';
    try {
      const url = new URL(this.privacyUrl, globalThis.location?.href);
      return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
    } catch {
      return '';
    }
  }

  override render() {
    const step =
      this.step === 'success' && this.sent
        ? this.#renderSuccess(this.sent)
        : this.step === 'review'
          ? this.#renderReview()
          : this.#renderForm();
    return html`<div part="base" class="anfrage" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(this.#i18n, (locale) => (this.locale = locale)) : nothing}
      ${this.#announcer.render()} ${step}
    </div>`;
  }

  #renderCount(): TemplateResult | typeof nothing {
    const result = this.#countQuery() ? this.#count.result : undefined;
    return result ? html`<p class="notice count-notice" part="count">${this.#countText(result.total)}</p>` : nothing;
  }

  #renderForm(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    return renderAnfrageForm({
      i18n: this.#i18n,
      draft: this.#d,
      errorFor: (field) => this.#errorFor(field),
      summary: this.errors.map((e) => ({
        target: e.field === 'general' ? 'step-title' : this.#focusTarget(e.field),
        text: messageFor(e, t),
      })),
      fixedKommune: !!this.#hostKommune(),
      noticeDays: this.noticeDays,
      maxDuration: this.maxDuration,
      privacyUrl: this.#safePrivacyUrl(),
      count: this.#renderCount(),
      on: this.#on,
    });
  }

  #renderReview(): TemplateResult {
    return renderReview({
      texts: reviewTexts(this.#i18n),
      rows: anfrageSummaryRows(this.#i18n, this.#d, this.#kommune()),
      state: this.#submission.state,
      failure: this.#submission.failure,
      extra: this.#renderCount(),
      onSend: () => void this.#send(),
      onChange: (field) => this.#edit(field),
      onBack: () => this.#edit('requester-type'),
    });
  }

  #renderSuccess(sent: { id: string; statusUrl?: string | undefined }): TemplateResult {
    return renderSuccess({
      texts: successTexts(this.#i18n),
      id: sent.id,
      statusUrl: sent.statusUrl,
      rows: anfrageSummaryRows(this.#i18n, this.#d, this.#kommune()),
      onAgain: () => this.#startOver(),
    });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-dolmetscher-anfrage': WirDolmetscherAnfrage;
  }
}
