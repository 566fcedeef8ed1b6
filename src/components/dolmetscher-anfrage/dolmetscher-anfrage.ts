import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { loadFeed } from '../../core/feed/index.js';
import { languageName } from '../../core/language/index.js';
import { createIndex, type DolmetscherQuery, type MatchIndex, search } from '../../core/match/index.js';
import { KOMMUNEN, kommuneByCode, kommuneId, loadGazetteer } from '../../core/place/index.js';
import {
  type AnfrageRequest,
  INTERPRETING_MODES,
  INTERPRETING_SETTINGS,
  mailtoFor,
  REQUEST_LIMITS,
  REQUESTER_TYPES,
  type SubmitOutcome,
  submitRequest,
  validateRequest,
} from '../../core/request/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { anfrage } from '../../i18n/messages/de/anfrage.js';
import { Announcer } from '../shared/announcer.js';
import { localeSwitchStyles, renderLocaleSwitch } from '../shared/locale-switch/locale-switch.js';
import '../shared/error-summary/define.js';
import type { WirErrorSummary } from '../shared/error-summary/error-summary.js';
import '../shared/language-picker/define.js';
import { localToday } from '../../core/calendar/local-date.js';
import { checkFormRules, earliestDate } from '../../core/request/lead-time.js';
import type { WirLanguagePicker } from '../shared/language-picker/language-picker.js';
import { fieldStyles, hostReset } from '../shared/styles/base.styles.js';
import { type AnfrageDraft, type DraftField, emptyDraft, requestFromDraft } from './anfrage-draft.js';
import { WirErrorEvent, WirSubmitEvent, WirSubmittedEvent } from './anfrage-events.js';
import { dolmetscherAnfrageStyles } from './dolmetscher-anfrage.styles.js';
import { DraftStorage } from './draft-storage.js';
import { collectErrors, type FieldError, type FormField, messageFor, ruleErrorsToFieldErrors } from './field-errors.js';

type Step = 'form' | 'review' | 'success';
type SendState = 'idle' | 'sending' | 'retrying' | 'offline' | 'failed';
type Failure = Extract<SubmitOutcome, { ok: false }>;

const DURATIONS = [15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 480];

/** The 33 WIR areas as [id, name] choices, alphabetical; the list never changes, so sort it once. */
const KOMMUNE_OPTIONS: ReadonlyArray<[string, string]> = [...KOMMUNEN]
  .sort((a, b) => a.name.localeCompare(b.name, 'de'))
  .map((k) => [kommuneId(k), k.name]);

/** `keep-draft="false"` turns the draft store off; any other value (or none) keeps it on. */
const booleanNotFalse = { fromAttribute: (value: string | null) => value !== 'false', toAttribute: (v: boolean) => String(v) };

/**
 * The request form for a Laiendolmetscher:in (docs/architecture.md, Request contract v1): who asks, which language, when,
 * how and where; a review step; then a send that arrives once (the draft id is the
 * Idempotency-Key), survives a flaky network (retries, offline wait) and never loses what the
 * person typed (sessionStorage draft, e-mail fallback).
 *
 * @tag wir-dolmetscher-anfrage
 * @summary Request a community interpreter; validated with the receiver's own schema.
 *
 * @fires wir-submit - Before sending (cancelable: call preventDefault to deliver `request` yourself).
 * @fires wir-submitted - The receiver stored the request; `id`, `replay`.
 * @fires wir-error - Sending failed; `kind`, `status`, `errors` (field errors of a 400). The form keeps every field.
 *
 * @csspart base - The wrapper of every step.
 * @csspart title - The heading of the current step.
 * @csspart button - The main action button of a step.
 * @csspart live-region - The polite live region.
 * @csspart count - How many interpreters in the feed could take the request (with `feed`).
 *
 * @cssprop --wir-color-primary - Buttons and accents.
 * @cssprop --wir-color-error - Error texts and borders.
 * @cssprop --wir-color-border - Field borders.
 * @cssprop --wir-radius - Corner radius.
 * @cssprop --wir-font-size - Base font size (default 16px).
 */
export class WirDolmetscherAnfrage extends LitElement {
  static override styles = [hostReset, fieldStyles, localeSwitchStyles, dolmetscherAnfrageStyles];

  readonly #i18n = new LocaleController(this, anfrage);
  readonly #announcer = new Announcer(this);

  /** The optional interpreter feed, indexed once; only counts leave it, never who. */
  readonly #feedTask = new Task(this, {
    task: async ([feed], { signal }): Promise<MatchIndex<'dolmetscher'> | undefined> => {
      if (!feed) return undefined;
      const result = await loadFeed(feed, 'dolmetscher', { signal });
      // A broken or missing feed only loses the count; the form works without one.
      return result.ok ? createIndex(result.records, 'dolmetscher') : undefined;
    },
    args: () => [this.feed] as const,
  });
  /** The interpreter count notice, worked out before each render (never during it). */
  #countNotice = '';
  /** The last count query and index, so typing a name does not re-run the search. */
  #countKey = '';
  #countIndex: unknown;
  #countTotal = 0;

  /** URL the request is POSTed to (the reference receiver's /api/anfragen, or the host's). */
  @property() endpoint = '';

  /** Kreisschlüssel or AGS of the coordination office; without it the person picks the area. */
  @property() kommune = '';

  /** Optional dolmetscher feed URL: then the form says how many interpreters could take the request. */
  @property() feed = '';

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
  @property({ attribute: 'keep-draft', converter: booleanNotFalse }) keepDraft = true;

  /** Seconds a person needs at least from first view to send; a faster send waits (bots do not). */
  @property({ type: Number, attribute: 'min-fill-seconds' }) minFillSeconds = 3;

  @state() private step: Step = 'form';
  @state() private draft: AnfrageDraft = emptyDraft();
  @state() private errors: FieldError[] = [];
  @state() private sendState: SendState = 'idle';
  @state() private failure: Failure | undefined;
  @state() private sentId = '';

  #storage: DraftStorage | undefined;
  #restored = false;
  /** Synchronous guard: a second click lands before Lit re-renders the first click's state. */
  #busy = false;
  #abort: AbortController | undefined;
  #focusAfterUpdate: string | undefined;
  /** Set when the honeypot was filled; such a "send" pretends success and posts nothing. */
  #trapped = false;
  /** The request that was sent last (for the e-mail fallback and the success summary). */
  #lastRequest: AnfrageRequest | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.#restored) {
      this.#restored = true;
      this.#storage = new DraftStorage(this.id);
      const saved = this.keepDraft ? this.#storage.load() : undefined;
      if (saved) this.draft = saved;
      else if (!this.keepDraft) this.#storage.clear();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#abort?.abort();
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('keepDraft') && !this.keepDraft) this.#storage?.clear();
    const text = this.#countText();
    // Announced when the count changes, not on every render (the live region would chatter).
    if (text && text !== this.#countNotice) this.#announcer.announce(text);
    this.#countNotice = text;
  }

  override updated(): void {
    const target = this.#focusAfterUpdate;
    if (!target) return;
    this.#focusAfterUpdate = undefined;
    if (target === 'summary') {
      this.renderRoot.querySelector<WirErrorSummary>('wir-error-summary')?.focus();
      return;
    }
    const element = this.renderRoot.querySelector<HTMLElement>(`#${target}`);
    element?.focus();
    element?.scrollIntoView?.({ block: 'nearest' });
  }

  // ---- state changes ------------------------------------------------------------------

  #set<K extends DraftField>(field: K, value: AnfrageDraft[K]): void {
    this.draft = { ...this.draft, [field]: value };
    this.#clearError(field);
    this.#save();
  }

  /**
   * A corrected field loses its error at once (the summary shrinks with it); new errors only
   * appear on the next "Weiter", never while typing (GOV.UK: validate on submit).
   */
  #clearError(field: DraftField): void {
    if (!this.errors.length) return;
    const formField: Record<string, FormField[]> = {
      requesterType: ['requester-type'],
      genderPreference: ['gender'],
      duration: ['duration'],
      // Either contact field satisfies "e-mail or phone".
      email: ['email', 'phone'],
      phone: ['email', 'phone'],
    };
    const clear = formField[field] ?? [field as FormField];
    const errors = this.errors.filter((e) => !clear.includes(e.field as FormField));
    if (errors.length !== this.errors.length) this.errors = errors;
  }

  #save(): void {
    if (this.keepDraft) this.#storage?.save(this.draft);
  }

  #onInput(event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    const field = target.dataset.field as DraftField | undefined;
    if (!field) return;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      this.draft = { ...this.draft, consent: target.checked, consentAt: target.checked ? new Date().toISOString() : '' };
      this.#clearError('consent');
      this.#save();
      return;
    }
    this.#set(field, target.value as never);
    if (field === 'notes') this.#announceNotesLeft();
    if (field === 'plz') void this.#guessKommune(target.value);
  }

  #announceNotesLeft(): void {
    const left = REQUEST_LIMITS.notesLength - this.draft.notes.length;
    this.#announcer.announce(left >= 0 ? this.#i18n.t('anfrage.notes.left', left) : this.#i18n.t('anfrage.notes.over', -left));
  }

  /** Fills the area from the appointment's PLZ when the person has not picked one. */
  async #guessKommune(plz: string): Promise<void> {
    if (this.kommune || this.draft.kommune || !/^\d{5}$/.test(plz.trim())) return;
    try {
      const gazetteer = await loadGazetteer();
      const result = gazetteer.resolve(plz.trim());
      if (result.status === 'found' && !this.draft.kommune) {
        const area = kommuneByCode(result.place.ags ?? result.place.kommune);
        if (area) this.#set('kommune', kommuneId(area));
      }
    } catch {
      // The gazetteer chunk could not load: the person picks the area by hand.
    }
  }

  #onLanguage(event: Event): void {
    const value = (event.target as WirLanguagePicker).value;
    this.draft = { ...this.draft, language: value, alternatives: this.draft.alternatives.filter((c) => c !== value) };
    this.#clearError('language');
    this.#save();
  }

  #onAlternative(event: Event): void {
    const picker = event.target as WirLanguagePicker;
    const code = picker.value;
    if (!code) return;
    picker.value = '';
    if (this.draft.alternatives.includes(code) || this.draft.alternatives.length >= REQUEST_LIMITS.alternatives) return;
    this.#set('alternatives', [...this.draft.alternatives, code]);
    this.#announcer.announce(this.#i18n.t('anfrage.alternatives.added', languageName(code, this.#i18n.locale)));
  }

  #removeAlternative(code: string): void {
    this.#set(
      'alternatives',
      this.draft.alternatives.filter((c) => c !== code),
    );
    this.#announcer.announce(this.#i18n.t('anfrage.alternatives.removed', languageName(code, this.#i18n.locale)));
    this.#focusAfterUpdate = 'alternatives';
  }

  #context(now = new Date()) {
    return { kommune: this.kommune || this.draft.kommune, locale: this.#i18n.locale, now };
  }

  /** Contract errors (the receiver's schema) plus the form's own rules, one per field. */
  #validate(): { errors: FieldError[]; request?: AnfrageRequest } {
    const candidate = requestFromDraft(this.draft, this.#context());
    const result = validateRequest(candidate);
    const today = localToday();
    const rules = ruleErrorsToFieldErrors(
      checkFormRules(this.draft, { today, noticeDays: this.noticeDays, maxDuration: this.maxDuration }),
      {
        days: this.noticeDays,
        earliest: this.#formatDate(earliestDate(today, this.noticeDays)),
        max: this.#i18n.t('anfrage.duration.option', this.maxDuration),
      },
    );
    const errors = this.#placeErrors(collectErrors(result.ok ? [] : result.errors, rules));
    return errors.length || !result.ok ? { errors } : { errors, request: result.value };
  }

  /** A kommune set by the host is not a field the person can fix. */
  #placeErrors(errors: FieldError[]): FieldError[] {
    return errors.map((e) => (e.field === 'kommune' && this.kommune ? { ...e, field: 'general' } : e));
  }

  #onContinue(event: Event): void {
    event.preventDefault();
    const honeypot = this.renderRoot.querySelector<HTMLInputElement>('#homepage');
    this.#trapped = !!honeypot?.value;
    const { errors } = this.#validate();
    this.errors = errors;
    if (errors.length) {
      this.#focusAfterUpdate = 'summary';
      return;
    }
    this.sendState = 'idle';
    this.failure = undefined;
    this.step = 'review';
    this.#focusAfterUpdate = 'step-title';
  }

  #edit(field: FormField): void {
    if (this.#busy) return;
    this.step = 'form';
    this.sendState = 'idle';
    this.#focusAfterUpdate = this.#focusTarget(field);
  }

  /** The control that takes focus for a field: a radio group's first radio, else the field itself. */
  #focusTarget(field: FormField): string {
    return field === 'requester-type' || field === 'mode' || field === 'gender' ? `${field}-0` : field;
  }

  async #send(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    const abort = new AbortController();
    this.#abort = abort;
    try {
      await this.#deliver(abort.signal);
    } finally {
      this.#busy = false;
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  async #deliver(signal: AbortSignal): Promise<void> {
    if (!this.draft.createdAt) {
      this.draft = { ...this.draft, createdAt: new Date().toISOString() };
      this.#save();
    }
    const { errors, request } = this.#validate();
    if (!request) {
      this.errors = errors;
      this.step = 'form';
      this.#focusAfterUpdate = 'summary';
      return;
    }
    this.#lastRequest = request;
    this.failure = undefined;
    this.sendState = 'sending';
    this.#announcer.announce(this.#i18n.t('anfrage.sending'));

    // A person needs seconds to fill this form; a script that got this far faster waits.
    const wait = this.draft.startedAt + this.minFillSeconds * 1000 - Date.now();
    if (wait > 0 && !(await sleep(wait, signal))) return;

    if (this.#trapped) {
      // Honeypot filled: answer like a success so the bot learns nothing, and post nothing.
      this.#succeed(request.id);
      return;
    }

    const submitEvent = new WirSubmitEvent(request);
    this.dispatchEvent(submitEvent);
    if (submitEvent.defaultPrevented) {
      this.sendState = 'idle';
      return;
    }

    for (;;) {
      if (globalThis.navigator?.onLine === false) {
        this.sendState = 'offline';
        this.#announcer.announce(this.#i18n.t('anfrage.offline'));
        if (!(await whenOnline(signal))) return;
        this.sendState = 'sending';
      }
      const outcome = await submitRequest(request, {
        endpoint: this.endpoint,
        signal,
        onAttempt: (info) => {
          if (info.nextDelayMs !== undefined) {
            this.sendState = 'retrying';
            this.#announcer.announce(this.#i18n.t('anfrage.retrying'));
          }
        },
      });
      if (outcome.ok) {
        this.#succeed(outcome.id);
        this.dispatchEvent(new WirSubmittedEvent(outcome.id, outcome.replay));
        return;
      }
      if (outcome.kind === 'aborted') return;
      // Lost the connection during the attempts: wait for it instead of giving up.
      if ((outcome.kind === 'network' || outcome.kind === 'timeout') && globalThis.navigator?.onLine === false) continue;
      this.#fail(outcome);
      return;
    }
  }

  #succeed(id: string): void {
    this.#storage?.clear();
    this.sentId = id;
    this.sendState = 'idle';
    this.errors = [];
    this.step = 'success';
    this.#focusAfterUpdate = 'step-title';
    this.#announcer.announce(this.#i18n.t('anfrage.announce.sent'));
  }

  #fail(outcome: Failure): void {
    this.dispatchEvent(
      new WirErrorEvent(
        outcome.kind,
        `wir-widgets: the request could not be sent (${outcome.kind})`,
        this.endpoint,
        outcome.status,
        outcome.errors ?? [],
      ),
    );
    if (outcome.kind === 'invalid' && outcome.errors?.length) {
      // The receiver disagrees with the form (an older or stricter version): show its
      // reasons on the fields, so the person can fix them.
      this.errors = this.#placeErrors(collectErrors(outcome.errors, []));
      this.sendState = 'idle';
      this.step = 'form';
      this.#focusAfterUpdate = 'summary';
      return;
    }
    this.failure = outcome;
    this.sendState = 'failed';
    this.#focusAfterUpdate = 'failure';
  }

  #startOver(): void {
    this.#storage?.clear();
    this.draft = emptyDraft();
    this.errors = [];
    this.sentId = '';
    this.#lastRequest = undefined;
    this.step = 'form';
    this.sendState = 'idle';
    this.#focusAfterUpdate = 'step-title';
  }

  /** "2 Laiendolmetscher:innen für Tigrinya in Kreis Offenbach …", or '' without feed or language. */
  #countText(): string {
    const index = this.#feedTask.value;
    const d = this.draft;
    if (!index || !d.language) return '';
    const kommune = this.kommune || d.kommune;
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
    const key = JSON.stringify(query);
    if (key !== this.#countKey || index !== this.#countIndex) {
      this.#countKey = key;
      this.#countIndex = index;
      this.#countTotal = search(index, query).total;
    }
    const total = this.#countTotal;
    const area = kommune ? (kommuneByCode(kommune)?.name ?? '') : '';
    return this.#i18n.t('anfrage.feed.count', total, this.#languageName(d.language), area);
  }

  private renderCount(): TemplateResult | typeof nothing {
    return this.#countNotice ? html`<p class="notice count-notice" part="count">${this.#countNotice}</p>` : nothing;
  }

  // ---- formatting ---------------------------------------------------------------------

  #formatDate(iso: string): string {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
    return new Intl.DateTimeFormat(this.#i18n.intlLocale, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
  }

  /** For keys built from a vocabulary value ('anfrage.mode.' + mode); all exist in every locale. */
  #text(key: string): string {
    return (this.#i18n.t as unknown as (key: string) => string)(key) ?? '';
  }

  #languageName(code: string): string {
    return languageName(code, this.#i18n.locale);
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

  // ---- rendering ----------------------------------------------------------------------

  override render() {
    return html`<div part="base" class="anfrage" dir=${this.#i18n.dir} lang=${this.#i18n.locale}>
      ${this.showLocaleSwitch ? renderLocaleSwitch(this.#i18n, (locale) => (this.locale = locale)) : nothing}
      ${this.#announcer.render()}
      ${this.step === 'success' ? this.renderSuccess() : this.step === 'review' ? this.renderReview() : this.renderForm()}
    </div>`;
  }

  private renderForm(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const d = this.draft;
    const today = localToday();
    const earliest = earliestDate(today, this.noticeDays);
    const t2 = (key: string) => this.#text(key);
    const summary = this.errors.map((e) => ({
      target: e.field === 'general' ? 'step-title' : this.#focusTarget(e.field),
      text: messageFor(e, t),
    }));
    return html`<form novalidate @submit=${this.#onContinue} @input=${this.#onInput} @change=${this.#onInput}>
      <h2 id="step-title" part="title" tabindex="-1">${t('anfrage.title')}</h2>
      <p class="intro">${t('anfrage.intro')}</p>
      ${summary.length ? html`<wir-error-summary .errors=${summary} locale=${this.#i18n.locale}></wir-error-summary>` : nothing}
      <p class="hint">${t('anfrage.required')}</p>

      <fieldset class="section">
        <legend class="section-title">${t('anfrage.section.requester')}</legend>
        ${this.renderRadios(
          'requester-type',
          'requesterType',
          t('anfrage.requesterType.legend'),
          REQUESTER_TYPES.map((v) => [v, t2(`anfrage.requesterType.${v}`)]),
          d.requesterType,
        )}
        ${this.renderText('organisation', t('anfrage.organisation.label'), d.organisation, {
          hint: t('anfrage.organisation.hint'),
          autocomplete: 'organization',
        })}
        ${this.renderText('name', t('anfrage.name.label'), d.name, { hint: t('anfrage.name.hint'), autocomplete: 'name' })}
        <fieldset class="group" aria-describedby="contact-hint">
          <legend>${t('anfrage.contact.legend')}</legend>
          <div class="hint" id="contact-hint">${t('anfrage.contact.hint')}</div>
          ${this.renderText('email', t('anfrage.email.label'), d.email, { type: 'email', autocomplete: 'email', spellcheck: false })}
          ${this.renderText('phone', t('anfrage.phone.label'), d.phone, { type: 'tel', autocomplete: 'tel', width: 'medium' })}
        </fieldset>
      </fieldset>

      <fieldset class="section">
        <legend class="section-title">${t('anfrage.section.need')}</legend>
        <wir-language-picker
          id="language"
          class="picker"
          .value=${d.language}
          label=${t('anfrage.language.label')}
          hint=${t('anfrage.language.hint')}
          error=${this.#errorFor('language')}
          locale=${this.#i18n.locale}
          required
          @change=${this.#onLanguage}
        ></wir-language-picker>
        ${this.renderAlternatives()}
        ${this.renderRadios(
          'mode',
          'mode',
          t('anfrage.mode.legend'),
          INTERPRETING_MODES.map((v) => [v, t2(`anfrage.mode.${v}`)]),
          d.mode,
          true,
        )}
        ${this.renderSelect('setting', t('anfrage.setting.label'), d.setting, [
          ['', t('anfrage.setting.choose')],
          ...INTERPRETING_SETTINGS.map((v) => [v, t2(`anfrage.setting.${v}`)] as [string, string]),
        ])}
        ${this.renderCount()}
      </fieldset>

      <fieldset class="section">
        <legend class="section-title">${t('anfrage.section.when')}</legend>
        ${this.renderText('date', t('anfrage.date.label'), d.date, {
          type: 'date',
          hint: t('anfrage.date.hint', this.noticeDays, this.#formatDate(earliest)),
          width: 'medium',
          min: earliest,
        })}
        <div class="row">
          ${this.renderText('from', t('anfrage.from.label'), d.from, { type: 'time', hint: t('anfrage.from.hint'), width: 'short' })}
          ${this.renderSelect(
            'duration',
            t('anfrage.duration.label'),
            d.duration,
            DURATIONS.filter((m) => m <= this.maxDuration || String(m) === d.duration).map((m) => [
              String(m),
              t('anfrage.duration.option', m),
            ]),
          )}
        </div>
      </fieldset>

      ${
        d.mode === 'vor-ort' || !this.kommune
          ? html`<fieldset class="section">
            <legend class="section-title">${t('anfrage.section.place')}</legend>
            ${
              d.mode === 'vor-ort'
                ? html`${this.renderText('address', t('anfrage.address.label'), d.address, { autocomplete: 'street-address' })}
                  <div class="row">
                    ${this.renderText('plz', t('anfrage.plz.label'), d.plz, {
                      autocomplete: 'postal-code',
                      inputmode: 'numeric',
                      width: 'short',
                      spellcheck: false,
                    })}
                    ${this.renderText('ort', t('anfrage.ort.label'), d.ort, { autocomplete: 'address-level2' })}
                  </div>`
                : nothing
            }
            ${
              this.kommune
                ? nothing
                : this.renderSelect(
                    'kommune',
                    t('anfrage.kommune.label'),
                    d.kommune,
                    [['', t('anfrage.kommune.choose')], ...KOMMUNE_OPTIONS],
                    t('anfrage.kommune.hint'),
                  )
            }
          </fieldset>`
          : nothing
      }

      <fieldset class="section">
        <legend class="section-title">${t('anfrage.section.more')}</legend>
        ${this.renderRadios(
          'gender',
          'genderPreference',
          t('anfrage.gender.legend'),
          [
            ['', t('anfrage.gender.none')],
            ['w', t('anfrage.gender.w')],
            ['m', t('anfrage.gender.m')],
          ],
          d.genderPreference,
          true,
        )}
        ${this.renderNotes()}
      </fieldset>

      ${this.renderConsent()}
      ${this.renderHoneypot()}

      <div class="actions">
        <button class="button" part="button" type="submit">${t('anfrage.toReview')}</button>
      </div>
    </form>`;
  }

  private renderText(
    field: FormField & DraftField,
    label: string,
    value: string,
    options: {
      type?: string;
      hint?: string;
      autocomplete?: string;
      inputmode?: string;
      width?: 'short' | 'medium';
      min?: string;
      spellcheck?: boolean;
    } = {},
  ): TemplateResult {
    const error = this.#errorFor(field);
    const describedBy = [options.hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''} ${options.width ?? ''}">
      <label for=${field}>${label}</label>
      ${options.hint ? html`<div class="hint" id="${field}-hint">${options.hint}</div>` : nothing}
      ${this.renderError(field, error)}
      <input
        id=${field}
        name=${field}
        data-field=${field}
        type=${options.type ?? 'text'}
        .value=${value}
        autocomplete=${options.autocomplete ?? 'off'}
        inputmode=${options.inputmode ?? nothing}
        min=${options.min ?? nothing}
        spellcheck=${options.spellcheck === false ? 'false' : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : 'false'}
      />
    </div>`;
  }

  private renderSelect(
    field: FormField & DraftField,
    label: string,
    value: string,
    options: Array<[string, string]>,
    hint = '',
  ): TemplateResult {
    const error = this.#errorFor(field);
    const describedBy = [hint ? `${field}-hint` : '', error ? `${field}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for=${field}>${label}</label>
      ${hint ? html`<div class="hint" id="${field}-hint">${hint}</div>` : nothing}
      ${this.renderError(field, error)}
      <select
        id=${field}
        name=${field}
        data-field=${field}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${error ? 'true' : 'false'}
      >
        ${options.map(([v, text]) => html`<option value=${v} ?selected=${v === value}>${text}</option>`)}
      </select>
    </div>`;
  }

  private renderRadios(
    field: FormField,
    draftField: DraftField,
    legend: string,
    options: Array<[string, string]>,
    value: string,
    inline = false,
  ): TemplateResult {
    const error = this.#errorFor(field);
    return html`<fieldset
      class="group ${error ? 'has-error' : ''}"
      aria-describedby=${error ? `${field}-error` : nothing}
    >
      <legend>${legend}</legend>
      ${this.renderError(field, error)}
      <div class="radios ${inline ? 'inline' : ''}">
        ${options.map(
          ([v, text], i) => html`<div class="choice">
            <input
              type="radio"
              id="${field}-${i}"
              name=${field}
              data-field=${draftField}
              .value=${v}
              .checked=${v === value}
            />
            <label for="${field}-${i}">${text}</label>
          </div>`,
        )}
      </div>
    </fieldset>`;
  }

  private renderError(field: string, error: string): TemplateResult | typeof nothing {
    return error
      ? html`<div class="error-message" id="${field}-error">
          <span class="visually-hidden">${this.#i18n.t('common.error.prefix')}</span> ${error}
        </div>`
      : nothing;
  }

  private renderAlternatives(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const alternatives = this.draft.alternatives;
    const full = alternatives.length >= REQUEST_LIMITS.alternatives;
    return html`<div class="alternatives">
      ${
        full
          ? html`<p class="hint" id="alternatives" tabindex="-1">${t('anfrage.alternatives.hint')}</p>`
          : html`<wir-language-picker
            id="alternatives"
            class="picker"
            label=${t('anfrage.alternatives.label')}
            hint=${t('anfrage.alternatives.hint')}
            error=${this.#errorFor('alternatives')}
            locale=${this.#i18n.locale}
            .exclude=${[this.draft.language, ...alternatives].filter(Boolean)}
            @change=${this.#onAlternative}
          ></wir-language-picker>`
      }
      ${
        alternatives.length
          ? html`<ul class="chips" aria-label=${t('anfrage.alternatives.list')}>
            ${alternatives.map(
              (code) => html`<li class="chip">
                <span lang=${code}>${this.#languageName(code)}</span>
                <button
                  type="button"
                  class="chip-remove"
                  aria-label=${t('anfrage.alternatives.remove', this.#languageName(code))}
                  @click=${() => this.#removeAlternative(code)}
                >
                  <svg viewBox="0 0 16 16" aria-hidden="true"><path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="2" /></svg>
                </button>
              </li>`,
            )}
          </ul>`
          : nothing
      }
    </div>`;
  }

  private renderNotes(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const error = this.#errorFor('notes');
    const left = REQUEST_LIMITS.notesLength - this.draft.notes.length;
    return html`<div class="field ${error ? 'has-error' : ''}">
      <label for="notes">${t('anfrage.notes.label')}</label>
      <div class="hint" id="notes-hint">${t('anfrage.notes.hint')}</div>
      ${this.renderError('notes', error)}
      <textarea
        id="notes"
        name="notes"
        data-field="notes"
        rows="4"
        .value=${this.draft.notes}
        aria-describedby=${['notes-hint', error ? 'notes-error' : '', 'notes-count'].filter(Boolean).join(' ')}
        aria-invalid=${error ? 'true' : 'false'}
      ></textarea>
      <div class="hint count ${left < 0 ? 'over' : ''}" id="notes-count">
        ${left >= 0 ? t('anfrage.notes.left', left) : t('anfrage.notes.over', -left)}
      </div>
    </div>`;
  }

  private renderConsent(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const error = this.#errorFor('consent');
    const privacy = this.#safePrivacyUrl();
    return html`<fieldset class="section group ${error ? 'has-error' : ''}" aria-describedby=${error ? 'consent-error' : nothing}>
      <legend class="section-title">${t('anfrage.consent.legend')}</legend>
      ${this.renderError('consent', error)}
      <div class="choice checkbox">
        <input type="checkbox" id="consent" name="consent" data-field="consent" .checked=${this.draft.consent} />
        <label for="consent">${t('anfrage.consent.label')}</label>
      </div>
      ${privacy ? html`<p><a class="link" href=${privacy} target="_blank" rel="noopener">${t('anfrage.consent.link')}</a></p>` : nothing}
    </fieldset>`;
  }

  private renderHoneypot(): TemplateResult {
    // Off-screen rather than display:none, so form-filling bots see and fill it; hidden from
    // assistive technology and out of the tab order, so people never meet it.
    return html`<div class="trap" aria-hidden="true">
      <label for="homepage">${this.#i18n.t('anfrage.honeypot')}</label>
      <input id="homepage" name="homepage" type="text" tabindex="-1" autocomplete="off" />
    </div>`;
  }

  /** The request as a description list; with "Ändern" buttons on the review step. */
  private renderSummary(withChange: boolean): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const d = this.draft;
    const none = t('anfrage.review.none');
    const kommune = kommuneByCode(this.kommune || d.kommune);
    const rows: Array<{ term: string; value: TemplateResult | string; field: FormField }> = [
      {
        term: t('anfrage.review.requester'),
        value: [this.#text(`anfrage.requesterType.${d.requesterType}`), d.organisation.trim(), d.name.trim()].filter(Boolean).join(', '),
        field: 'requester-type',
      },
      { term: t('anfrage.review.contact'), value: [d.email.trim(), d.phone.trim()].filter(Boolean).join(', '), field: 'email' },
      {
        term: t('anfrage.review.language'),
        value: html`${this.#languageName(d.language)}${
          d.alternatives.length
            ? html`<br />${t('anfrage.review.alternatives')}: ${d.alternatives.map((c) => this.#languageName(c)).join(', ')}`
            : nothing
        }`,
        field: 'language',
      },
      {
        term: t('anfrage.review.when'),
        value: t('anfrage.review.whenValue', this.#formatDate(d.date), d.from, t('anfrage.duration.option', Number(d.duration))),
        field: 'date',
      },
      {
        term: t('anfrage.review.how'),
        value: `${this.#text(`anfrage.mode.${d.mode}`)}, ${this.#text(`anfrage.setting.${d.setting}`)}`,
        field: 'mode',
      },
      {
        term: t('anfrage.review.place'),
        value: [d.mode === 'vor-ort' ? `${d.address.trim()}, ${d.plz.trim()} ${d.ort.trim()}` : '', kommune?.name ?? '']
          .filter(Boolean)
          .join(' · '),
        field: d.mode === 'vor-ort' ? 'address' : 'kommune',
      },
      {
        term: t('anfrage.review.wishes'),
        value:
          [d.genderPreference ? this.#text(`anfrage.gender.${d.genderPreference}`) : '', d.notes.trim()].filter(Boolean).join(' · ') ||
          none,
        field: 'notes',
      },
    ];
    return html`<dl class="summary-list">
      ${rows.map(
        (row) => html`<div class="summary-row">
          <dt>${row.term}</dt>
          <dd class="value">${typeof row.value === 'string' ? html`<bdi>${row.value}</bdi>` : row.value}</dd>
          ${
            withChange
              ? html`<dd class="change">
                <button type="button" class="link-button" @click=${() => this.#edit(row.field)}>
                  ${t('anfrage.review.change')}<span class="visually-hidden">: ${row.term}</span>
                </button>
              </dd>`
              : nothing
          }
        </div>`,
      )}
    </dl>`;
  }

  private renderReview(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const busy = this.sendState === 'sending' || this.sendState === 'retrying' || this.sendState === 'offline';
    return html`<section class="review" aria-labelledby="step-title">
      <h2 id="step-title" part="title" tabindex="-1">${t('anfrage.review.title')}</h2>
      <p class="intro">${t('anfrage.review.intro')}</p>
      ${this.renderSummary(true)} ${this.renderCount()} ${this.renderStatus()} ${this.sendState === 'failed' ? this.renderFailure() : nothing}
      <div class="actions">
        ${
          this.sendState === 'failed'
            ? nothing
            : html`<button
              class="button"
              part="button"
              type="button"
              id="send"
              aria-disabled=${busy ? 'true' : 'false'}
              @click=${() => void this.#send()}
            >
              ${busy ? html`<span class="spinner" aria-hidden="true"></span>${t('anfrage.sending')}` : t('anfrage.send')}
            </button>`
        }
        <button class="button secondary" type="button" ?hidden=${busy} @click=${() => this.#edit('requester-type')}>
          ${t('anfrage.back')}
        </button>
      </div>
    </section>`;
  }

  private renderStatus(): TemplateResult | typeof nothing {
    const t = this.#i18n.t.bind(this.#i18n);
    if (this.sendState === 'offline') return html`<p class="notice" id="status">${t('anfrage.offline')}</p>`;
    if (this.sendState === 'retrying') return html`<p class="notice" id="status">${t('anfrage.retrying')}</p>`;
    return nothing;
  }

  private renderFailure(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const failure = this.failure;
    let message: string;
    switch (failure?.kind) {
      case 'timeout':
        message = t('anfrage.failure.timeout');
        break;
      case 'server':
        message = t('anfrage.failure.server');
        break;
      case 'rate-limited':
        message = t('anfrage.failure.rate-limited', failure.retryAfterSeconds ?? 60);
        break;
      case 'too-large':
        message = t('anfrage.failure.too-large');
        break;
      case 'conflict':
        message = t('anfrage.failure.conflict');
        break;
      case 'rejected':
      case 'invalid':
        message = t('anfrage.failure.rejected');
        break;
      default:
        message = t('anfrage.failure.network');
    }
    const request = this.#lastRequest;
    const mailto = this.contactEmail && request ? mailtoFor(request, this.contactEmail, this.#i18n.locale) : '';
    const retryable = failure?.retryable !== false || failure?.kind === 'too-large';
    return html`<div class="failure" id="failure" tabindex="-1" role="alert">
      <h3>${t('anfrage.failure.title')}</h3>
      <p>${message}</p>
      <p>${t('anfrage.failure.next')}</p>
      <div class="actions">
        ${
          retryable && failure?.kind !== 'too-large'
            ? html`<button class="button" part="button" type="button" id="retry" @click=${() => void this.#send()}>
              ${t('anfrage.retry')}
            </button>`
            : nothing
        }
        ${mailto ? html`<a class="button secondary" id="mail" href=${mailto}>${t('anfrage.mail')}</a>` : nothing}
      </div>
    </div>`;
  }

  private renderSuccess(): TemplateResult {
    const t = this.#i18n.t.bind(this.#i18n);
    const short = this.sentId.slice(0, 8).toUpperCase();
    return html`<section class="success" aria-labelledby="step-title">
      <div class="panel">
        <h2 id="step-title" part="title" tabindex="-1">${t('anfrage.success.title')}</h2>
        <p class="number-label">${t('anfrage.success.number')}</p>
        <p class="number" dir="ltr">${short}</p>
        <p class="full-number">${t('anfrage.success.fullNumber')}: <span dir="ltr" class="id">${this.sentId}</span></p>
      </div>
      <h3>${t('anfrage.success.nextTitle')}</h3>
      <ol class="next">
        <li>${t('anfrage.success.next1')}</li>
        <li>${t('anfrage.success.next2')}</li>
        <li>${t('anfrage.success.next3')}</li>
      </ol>
      <h3>${t('anfrage.success.summary')}</h3>
      ${this.renderSummary(false)}
      <div class="actions no-print">
        <button class="button secondary" type="button" @click=${() => globalThis.print?.()}>${t('anfrage.success.print')}</button>
        <button class="button secondary" type="button" @click=${this.#startOver}>${t('anfrage.success.new')}</button>
      </div>
    </section>`;
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const timer = setTimeout(() => resolve(true), ms);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        resolve(false);
      },
      { once: true },
    );
  });
}

/** Resolves true when the browser says it is back online, false when aborted. */
function whenOnline(signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(false);
    const onOnline = () => {
      signal.removeEventListener('abort', onAbort);
      resolve(true);
    };
    const onAbort = () => {
      globalThis.removeEventListener('online', onOnline);
      resolve(false);
    };
    globalThis.addEventListener('online', onOnline, { once: true });
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

declare global {
  interface HTMLElementTagNameMap {
    'wir-dolmetscher-anfrage': WirDolmetscherAnfrage;
  }
  interface GlobalEventHandlersEventMap {
    'wir-submit': WirSubmitEvent;
    'wir-submitted': WirSubmittedEvent;
  }
}
