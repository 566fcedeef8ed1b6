/**
 * The form step of the interpreter request, drawn with the shared GOV.UK field templates:
 * who asks, what is needed, when, where, wishes, consent. One `input`/`change` listener on the
 * form reads each control's `data-field`; the language pickers report through their own events.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { localToday } from '../../core/calendar/local-date.js';
import { KOMMUNEN, kommuneId } from '../../core/place/index.js';
import { earliestDate } from '../../core/request/lead-time.js';
import { INTERPRETING_MODES, INTERPRETING_SETTINGS, REQUEST_LIMITS, REQUESTER_TYPES } from '../../core/schema/request-vocabulary.js';
import type { LocaleController } from '../../i18n/locale-controller.js';
import type { ErrorSummaryEntry } from '../shared/error-summary/error-summary.js';
import {
  type ChoiceGroup,
  type FieldText,
  renderCheckboxField,
  renderHoneypot,
  renderRadioGroup,
  renderSelectField,
  renderTextarea,
  renderTextField,
  type TextField,
} from '../shared/form-fields/form-fields.js';
import { LANGUAGE_PICKER_PARTS } from '../shared/language-picker/language-picker.js';
import type { AnfrageDraft } from './anfrage-draft.js';
import { formatDate, language, vocabulary } from './anfrage-words.js';
import type { FormField } from './field-errors.js';

const DURATIONS = [15, 30, 45, 60, 90, 120, 150, 180, 240, 300, 360, 480];

/** The 33 WIR areas as [id, name] choices, alphabetical; the list never changes, so sort it once. */
const KOMMUNE_OPTIONS: ReadonlyArray<[string, string]> = [...KOMMUNEN]
  .sort((a, b) => a.name.localeCompare(b.name, 'de'))
  .map((k) => [kommuneId(k), k.name]);

export interface AnfrageFormView {
  i18n: LocaleController;
  draft: AnfrageDraft;
  /** The worded error of a field, or ''. */
  errorFor: (field: FormField) => string;
  summary: readonly ErrorSummaryEntry[];
  /** The host set the area (`kommune`): the person does not choose it. */
  fixedKommune: boolean;
  noticeDays: number;
  maxDuration: number;
  /** The host's privacy notice, already checked to be http(s), or ''. */
  privacyUrl: string;
  /** How many interpreters could take the request (with a feed). */
  count: TemplateResult | typeof nothing;
  on: {
    submit: (event: Event) => void;
    input: (event: Event) => void;
    language: (event: Event) => void;
    alternative: (event: Event) => void;
    removeAlternative: (code: string) => void;
  };
}

export function renderAnfrageForm(v: AnfrageFormView): TemplateResult {
  const { i18n, draft: d } = v;
  const t = i18n.t.bind(i18n);
  const text = (id: FormField & keyof AnfrageDraft, label: string, extra: Partial<TextField> = {}) =>
    renderTextField({ ...field(v, id, label), value: String(d[id]), ...extra });
  const earliest = earliestDate(localToday(), v.noticeDays);
  return html`<form part="form" novalidate @submit=${v.on.submit} @input=${v.on.input} @change=${v.on.input}>
    <h2 id="step-title" part="title" tabindex="-1">${t('anfrage.title')}</h2>
    <p class="intro">${t('anfrage.intro')}</p>
    ${v.summary.length ? html`<wir-error-summary .errors=${v.summary} locale=${i18n.locale}></wir-error-summary>` : nothing}
    <p class="hint">${t('anfrage.required')}</p>

    <fieldset class="section">
      <legend class="section-title">${t('anfrage.section.requester')}</legend>
      ${radios(v, 'requester-type', 'requesterType', t('anfrage.requesterType.legend'), REQUESTER_TYPES, 'anfrage.requesterType')}
      ${text('organisation', t('anfrage.organisation.label'), { hint: t('anfrage.organisation.hint'), autocomplete: 'organization' })}
      ${text('name', t('anfrage.name.label'), { hint: t('anfrage.name.hint'), autocomplete: 'name' })}
      <fieldset class="group" aria-describedby="contact-hint">
        <legend>${t('anfrage.contact.legend')}</legend>
        <div class="hint" id="contact-hint">${t('anfrage.contact.hint')}</div>
        ${text('email', t('anfrage.email.label'), { type: 'email', autocomplete: 'email', spellcheck: false })}
        ${text('phone', t('anfrage.phone.label'), { type: 'tel', autocomplete: 'tel', width: 'medium' })}
      </fieldset>
    </fieldset>

    <fieldset class="section">
      <legend class="section-title">${t('anfrage.section.need')}</legend>
      <wir-language-picker
        id="language"
        exportparts=${LANGUAGE_PICKER_PARTS}
        class="picker"
        .value=${d.language}
        label=${t('anfrage.language.label')}
        hint=${t('anfrage.language.hint')}
        error=${v.errorFor('language')}
        locale=${i18n.locale}
        required
        @change=${v.on.language}
      ></wir-language-picker>
      ${renderAlternatives(v)}
      ${radios(v, 'mode', 'mode', t('anfrage.mode.legend'), INTERPRETING_MODES, 'anfrage.mode', false, {
        value: 'vor-ort',
        id: 'address-fields',
        content: renderAddress(v, text),
      })}
      ${renderSelectField({
        ...field(v, 'setting', t('anfrage.setting.label')),
        value: d.setting,
        options: [
          ['', t('anfrage.setting.choose')],
          ...INTERPRETING_SETTINGS.map((s) => [s, vocabulary(i18n, `anfrage.setting.${s}`)] as const),
        ],
      })}
      ${v.count}
    </fieldset>

    <fieldset class="section">
      <legend class="section-title">${t('anfrage.section.when')}</legend>
      ${text('date', t('anfrage.date.label'), {
        type: 'date',
        hint: t('anfrage.date.hint', v.noticeDays, formatDate(i18n, earliest)),
        width: 'medium',
        min: earliest,
      })}
      <div class="row">
        ${text('from', t('anfrage.from.label'), { type: 'time', hint: t('anfrage.from.hint'), width: 'short' })}
        ${renderSelectField({
          ...field(v, 'duration', t('anfrage.duration.label')),
          value: d.duration,
          options: DURATIONS.filter((m) => m <= v.maxDuration || String(m) === d.duration).map(
            (m) => [String(m), t('anfrage.duration.option', m)] as const,
          ),
        })}
      </div>
    </fieldset>

    ${v.fixedKommune ? nothing : renderKommune(v)}

    <fieldset class="section">
      <legend class="section-title">${t('anfrage.section.more')}</legend>
      ${radios(v, 'gender', 'genderPreference', t('anfrage.gender.legend'), ['', 'w', 'm'], 'anfrage.gender', true)}
      ${renderNotes(v)}
    </fieldset>

    ${renderCheckboxField({
      ...field(v, 'consent', t('anfrage.consent.label')),
      legend: t('anfrage.consent.legend'),
      checked: d.consent,
      after: v.privacyUrl
        ? html`<p><a class="link" href=${v.privacyUrl} target="_blank" rel="noopener">${t('anfrage.consent.link')}</a></p>`
        : nothing,
    })}
    ${renderHoneypot('homepage', t('anfrage.honeypot'))}

    <div class="actions">
      <button class="button" part="button" type="submit">${t('anfrage.toReview')}</button>
    </div>
  </form>`;
}

/** Label, error and the draft field a control edits: the form id doubles as the draft's name where they agree. */
function field(v: AnfrageFormView, id: FormField, label: string): FieldText & { field: string } {
  return { id, field: id, label, error: v.errorFor(id), errorPrefix: v.i18n.t('common.error.prefix') };
}

function radios(
  v: AnfrageFormView,
  id: FormField,
  draftField: 'requesterType' | 'mode' | 'genderPreference',
  legend: string,
  values: readonly string[],
  keyBase: string,
  inline = false,
  conditional?: ChoiceGroup['conditional'],
): TemplateResult {
  // The gender wish's "no wish" is the empty value, worded as "Egal".
  const options = values.map((value) => [value, vocabulary(v.i18n, `${keyBase}.${value || 'none'}`)] as const);
  return renderRadioGroup({ ...field(v, id, legend), field: draftField, value: v.draft[draftField], options, inline, conditional });
}

/** Where the interpreter goes: shown right under "Vor Ort", the choice that asks for it. */
function renderAddress(
  v: AnfrageFormView,
  text: (id: FormField & keyof AnfrageDraft, label: string, extra?: Partial<TextField>) => TemplateResult,
): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  return html`${text('address', t('anfrage.address.label'), { autocomplete: 'street-address' })}
    <div class="row">
      ${text('plz', t('anfrage.plz.label'), { autocomplete: 'postal-code', inputmode: 'numeric', width: 'short', spellcheck: false })}
      ${text('ort', t('anfrage.ort.label'), { autocomplete: 'address-level2' })}
    </div>`;
}

/** The WIR area, asked only when the page did not set `kommune`. */
function renderKommune(v: AnfrageFormView): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  return html`<fieldset class="section">
    <legend class="section-title">${t('anfrage.section.place')}</legend>
    ${renderSelectField({
      ...field(v, 'kommune', t('anfrage.kommune.label')),
      hint: t('anfrage.kommune.hint'),
      value: v.draft.kommune,
      options: [['', t('anfrage.kommune.choose')], ...KOMMUNE_OPTIONS],
    })}
  </fieldset>`;
}

function renderAlternatives(v: AnfrageFormView): TemplateResult {
  const { i18n, draft } = v;
  const t = i18n.t.bind(i18n);
  const alternatives = draft.alternatives;
  const full = alternatives.length >= REQUEST_LIMITS.alternatives;
  return html`<div class="alternatives">
    ${
      full
        ? html`<p class="hint" id="alternatives" tabindex="-1">${t('anfrage.alternatives.hint')}</p>`
        : html`<wir-language-picker
          id="alternatives"
          exportparts=${LANGUAGE_PICKER_PARTS}
          class="picker"
          label=${t('anfrage.alternatives.label')}
          hint=${t('anfrage.alternatives.hint')}
          error=${v.errorFor('alternatives')}
          locale=${i18n.locale}
          .exclude=${[draft.language, ...alternatives].filter(Boolean)}
          @change=${v.on.alternative}
        ></wir-language-picker>`
    }
    ${
      alternatives.length
        ? html`<ul class="chips" aria-label=${t('anfrage.alternatives.list')}>
          ${alternatives.map(
            (code) => html`<li class="chip" part="chip">
              <span lang=${code}>${language(i18n, code)}</span>
              <button
                type="button"
                class="chip-remove"
                aria-label=${t('anfrage.alternatives.remove', language(i18n, code))}
                @click=${() => v.on.removeAlternative(code)}
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

function renderNotes(v: AnfrageFormView): TemplateResult {
  const t = v.i18n.t.bind(v.i18n);
  const left = REQUEST_LIMITS.notesLength - v.draft.notes.length;
  return renderTextarea({
    ...field(v, 'notes', t('anfrage.notes.label')),
    hint: t('anfrage.notes.hint'),
    value: v.draft.notes,
    note: { text: left >= 0 ? t('anfrage.notes.left', left) : t('anfrage.notes.over', -left), over: left < 0 },
  });
}
