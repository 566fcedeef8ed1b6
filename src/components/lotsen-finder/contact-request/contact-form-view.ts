/**
 * The contact form's one step, drawn with the shared GOV.UK field templates: who asks and how
 * to reach them, the language to talk in (from the Lotse's languages), the topics, a short
 * note, consent. One `input`/`change` listener on the form reads each control's `data-field`.
 * The send status and a final failure are shown under the fields: the form is short, so it
 * sends without a review step.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { languageName } from '../../../core/language/index.js';
import { REQUEST_LIMITS } from '../../../core/request/index.js';
import type { LocaleController } from '../../../i18n/locale-controller.js';
import type { FinalFailure, SendState } from '../../shared/controllers/submission-controller.js';
import type { ErrorSummaryEntry } from '../../shared/error-summary/error-summary.js';
import {
  type FieldText,
  renderCheckboxField,
  renderCheckboxGroup,
  renderHoneypot,
  renderRadioGroup,
  renderTextarea,
  renderTextField,
} from '../../shared/form-fields/form-fields.js';
import { isSending, renderFailure, renderSendButton, renderSendStatus } from '../../shared/request-views/review-view.js';
import { sendTexts } from '../../shared/request-views/send-texts.js';
import type { ContactDraft, ContactLotse } from './contact-draft.js';
import type { ContactField } from './contact-errors.js';

export interface ContactFormView {
  i18n: LocaleController;
  draft: ContactDraft;
  lotse: ContactLotse;
  errorFor: (field: ContactField) => string;
  summary: readonly ErrorSummaryEntry[];
  /** The host's privacy notice, already checked to be http(s), or ''. */
  privacyUrl: string;
  state: SendState;
  failure: FinalFailure | undefined;
  /** The office's contact, shown with a final failure. */
  office: TemplateResult | typeof nothing;
  on: { submit: (event: Event) => void; input: (event: Event) => void; send: () => void; cancel: () => void };
}

/**
 * A feed name inside a sentence of the UI language, in Unicode isolates (FSI … PDI): in Arabic
 * "طلب التواصل مع Layla B." otherwise shows its full stop on the wrong side of the name.
 * Lit binds these sentences as text, so <bdi> cannot be used inside them.
 */
export function isolated(name: string): string {
  return `\u2068${name}\u2069`;
}

export function renderContactForm(v: ContactFormView): TemplateResult {
  const { i18n, draft: d } = v;
  const t = i18n.t.bind(i18n);
  const field = (id: ContactField, label: string): FieldText & { field: string } => ({
    id,
    field: id,
    label,
    error: v.errorFor(id),
    errorPrefix: t('common.error.prefix'),
  });
  const busy = isSending(v.state);
  const left = REQUEST_LIMITS.lotseNoteLength - d.note.length;
  const texts = sendTexts(i18n);
  return html`<form novalidate @submit=${v.on.submit} @input=${v.on.input} @change=${v.on.input}>
    <h4 id="step-title" part="title" tabindex="-1">${t('kontakt.title', isolated(v.lotse.name))}</h4>
    <p class="intro">${t('kontakt.intro')}</p>
    ${v.summary.length ? html`<wir-error-summary .errors=${v.summary} locale=${i18n.locale}></wir-error-summary>` : nothing}
    ${renderTextField({ ...field('name', t('kontakt.name.label')), value: d.name, autocomplete: 'name' })}
    <fieldset class="group" aria-describedby="contact-hint">
      <legend>${t('kontakt.contact.legend')}</legend>
      <div class="hint" id="contact-hint">${t('kontakt.contact.hint')}</div>
      ${renderTextField({ ...field('phone', t('anfrage.phone.label')), value: d.phone, type: 'tel', autocomplete: 'tel', width: 'medium' })}
      ${renderTextField({ ...field('email', t('anfrage.email.label')), value: d.email, type: 'email', autocomplete: 'email', spellcheck: false })}
    </fieldset>
    ${renderRadioGroup({
      ...field('language', t('kontakt.language.legend')),
      value: d.language,
      options: v.lotse.languages.map((code) => [code, languageName(code, i18n.locale)] as const),
    })}
    ${
      v.lotse.topics.length
        ? renderCheckboxGroup({
            ...field('topics', t('kontakt.topics.legend')),
            values: d.topics,
            options: v.lotse.topics.map((topic) => [topic, t(`lotsen.topic.${topic}` as 'lotsen.topic.alltag')] as const),
          })
        : nothing
    }
    ${renderTextarea({
      ...field('note', t('kontakt.note.label')),
      hint: t('kontakt.note.hint'),
      value: d.note,
      rows: 3,
      note: { text: left >= 0 ? t('anfrage.notes.left', left) : t('anfrage.notes.over', -left), over: left < 0 },
    })}
    ${renderCheckboxField({
      ...field('consent', t('kontakt.consent.label')),
      legend: t('anfrage.consent.legend'),
      checked: d.consent,
      after: v.privacyUrl
        ? html`<p><a class="link" href=${v.privacyUrl} target="_blank" rel="noopener">${t('anfrage.consent.link')}</a></p>`
        : nothing,
    })}
    ${renderHoneypot('homepage', t('anfrage.honeypot'))} ${renderSendStatus(v.state, texts)}
    ${v.state === 'failed' && v.failure ? renderFailure(v.failure, texts, v.on.send, v.office) : nothing}
    <div class="actions">
      ${v.state === 'failed' ? nothing : renderSendButton(v.state, texts, v.on.send, 'submit')}
      <button class="button secondary" type="button" id="cancel" ?hidden=${busy} @click=${v.on.cancel}>${t('kontakt.cancel')}</button>
    </div>
  </form>`;
}
