/**
 * GOV.UK form fields as template parts, drawn into the form's own shadow root (id references do
 * not cross shadow boundaries, so label, control, hint and error must live together). Every
 * field follows one contract, tested property by property in test/components/shared/form-fields:
 *
 * - a visible label (a legend for a group);
 * - the hint has the id `<id>-hint`, the error `<id>-error`; `aria-describedby` lists the hint,
 *   then the error, then anything the field adds (a character count);
 * - the error text starts with a visually hidden prefix ("Fehler:") so a screen reader says why
 *   it is red, and the control (or the group) gets `aria-invalid="true"`;
 * - a control carries `data-field` with the name the form's draft uses, so one `input` listener
 *   on the form serves every field.
 *
 * Styles: `fieldStyles` (base.styles.ts) and `formFieldStyles`.
 */
import { html, nothing, type TemplateResult } from 'lit';

/** What every field shows besides its control. */
export interface FieldText {
  /** Id of the control; base of the hint's and the error's ids. */
  id: string;
  label: string;
  hint?: string | undefined;
  /** The worded error, or '' for none. */
  error?: string | undefined;
  /** The visually hidden word before an error ("Fehler:" in the UI language). */
  errorPrefix: string;
}

/** The ids a control is described by: hint, then error, then `extra` (in that order). */
export function describedBy(id: string, text: { hint?: string | undefined; error?: string | undefined }, ...extra: string[]): string {
  return [text.hint ? `${id}-hint` : '', text.error ? `${id}-error` : '', ...extra].filter(Boolean).join(' ');
}

export function renderHint(id: string, hint: string | undefined): TemplateResult | typeof nothing {
  return hint ? html`<div class="hint" id="${id}-hint">${hint}</div>` : nothing;
}

export function renderError(id: string, error: string | undefined, prefix: string): TemplateResult | typeof nothing {
  return error ? html`<div class="error-message" id="${id}-error"><span class="visually-hidden">${prefix}</span> ${error}</div>` : nothing;
}

const invalid = (error: string | undefined) => (error ? 'true' : 'false');

/** Label, hint and error above a control, in the order GOV.UK reads them. */
function renderFieldHead(f: FieldText): TemplateResult {
  return html`<label for=${f.id}>${f.label}</label>
    ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error, f.errorPrefix)}`;
}
const wrapper = (error: string | undefined, extra = '') => `field ${error ? 'has-error' : ''} ${extra}`;

export interface TextField extends FieldText {
  /** The draft field this control edits (`data-field`). */
  field: string;
  value: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time';
  autocomplete?: string;
  inputmode?: string;
  /** Narrower inputs for short answers (a PLZ, a time). */
  width?: 'short' | 'medium';
  min?: string;
  spellcheck?: boolean;
}

export function renderTextField(f: TextField): TemplateResult {
  return html`<div class=${wrapper(f.error, f.width)}>
    ${renderFieldHead(f)}
    <input
      id=${f.id}
      name=${f.id}
      part="input"
      data-field=${f.field}
      type=${f.type ?? 'text'}
      .value=${f.value}
      autocomplete=${f.autocomplete ?? 'off'}
      inputmode=${f.inputmode ?? nothing}
      min=${f.min ?? nothing}
      spellcheck=${f.spellcheck === false ? 'false' : nothing}
      aria-describedby=${describedBy(f.id, f) || nothing}
      aria-invalid=${invalid(f.error)}
    />
  </div>`;
}

export interface SelectField extends FieldText {
  field: string;
  value: string;
  /** [value, text] pairs, in order. */
  options: ReadonlyArray<readonly [string, string]>;
}

export function renderSelectField(f: SelectField): TemplateResult {
  return html`<div class=${wrapper(f.error)}>
    ${renderFieldHead(f)}
    <select id=${f.id} name=${f.id} part="input" data-field=${f.field} aria-describedby=${describedBy(f.id, f) || nothing} aria-invalid=${invalid(f.error)}>
      ${f.options.map(([v, text]) => html`<option value=${v} ?selected=${v === f.value}>${text}</option>`)}
    </select>
  </div>`;
}

export interface TextareaField extends FieldText {
  field: string;
  value: string;
  rows?: number;
  /** Shown under the textarea and read after hint and error (a character count). */
  note?: { text: string; over: boolean } | undefined;
}

export function renderTextarea(f: TextareaField): TemplateResult {
  const noteId = `${f.id}-count`;
  return html`<div class=${wrapper(f.error)}>
    ${renderFieldHead(f)}
    <textarea
      id=${f.id}
      name=${f.id}
      part="input"
      data-field=${f.field}
      rows=${f.rows ?? 4}
      .value=${f.value}
      aria-describedby=${describedBy(f.id, f, f.note ? noteId : '') || nothing}
      aria-invalid=${invalid(f.error)}
    ></textarea>
    ${f.note ? html`<div class="hint count ${f.note.over ? 'over' : ''}" id=${noteId}>${f.note.text}</div>` : nothing}
  </div>`;
}

export interface ChoiceGroup extends FieldText {
  field: string;
  value: string;
  options: ReadonlyArray<readonly [string, string]>;
  /** Side by side for short choices (Ja/Nein). */
  inline?: boolean;
  /** Fields that one choice brings (GOV.UK conditional reveal): drawn right under that radio while it is chosen. */
  conditional?: { value: string; id: string; content: TemplateResult };
}

/**
 * Radios in a fieldset: the legend names the group, hint and error describe the fieldset, and
 * each radio has the id `<id>-<n>` (an error summary links to the first). A conditional block
 * follows its radio in the DOM, so focus stays on the choice and Tab goes next into the fields it
 * brought; as in GOV.UK Frontend, nothing is announced and the radio names the block with
 * aria-controls only (their research found aria-expanded on radios misread by screen readers).
 */
export function renderRadioGroup(f: ChoiceGroup): TemplateResult {
  return html`<fieldset class="group ${f.error ? 'has-error' : ''}" aria-describedby=${describedBy(f.id, f) || nothing}>
    <legend>${f.label}</legend>
    ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error, f.errorPrefix)}
    <div class="radios ${f.inline ? 'inline' : ''}">
      ${f.options.map(([v, text], i) => {
        const reveal = f.conditional?.value === v && v === f.value ? f.conditional : undefined;
        return html`<div class="choice">
              <input
                type="radio"
                id="${f.id}-${i}"
                name=${f.id}
                data-field=${f.field}
                .value=${v}
                .checked=${v === f.value}
                aria-controls=${reveal ? reveal.id : nothing}
              />
              <label for="${f.id}-${i}">${text}</label>
            </div>
            ${reveal ? html`<div class="conditional" id=${reveal.id}>${reveal.content}</div>` : nothing}`;
      })}
    </div>
  </fieldset>`;
}

export interface CheckboxGroup extends FieldText {
  field: string;
  /** The ticked values. */
  values: readonly string[];
  options: ReadonlyArray<readonly [string, string]>;
}

/**
 * Several boxes in a fieldset (pick any): legend, hint and error as for radios; each box has
 * the id `<id>-<n>` and its value, so the form's one `change` listener toggles `value` in `field`.
 */
export function renderCheckboxGroup(f: CheckboxGroup): TemplateResult {
  return html`<fieldset class="group ${f.error ? 'has-error' : ''}" aria-describedby=${describedBy(f.id, f) || nothing}>
    <legend>${f.label}</legend>
    ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error, f.errorPrefix)}
    <div class="checkboxes">
      ${f.options.map(
        ([v, text], i) => html`<div class="choice checkbox">
          <input type="checkbox" id="${f.id}-${i}" name=${f.id} data-field=${f.field} .value=${v} .checked=${f.values.includes(v)} />
          <label for="${f.id}-${i}">${text}</label>
        </div>`,
      )}
    </div>
  </fieldset>`;
}

export interface CheckboxField extends FieldText {
  field: string;
  checked: boolean;
  /** The legend of the fieldset around the box (e.g. "Datenschutz"). */
  legend: string;
  /** Content after the box (a link to the privacy notice). */
  after?: TemplateResult | typeof nothing;
}

/** One checkbox that must be ticked (consent), in a fieldset that carries its hint and error. */
export function renderCheckboxField(f: CheckboxField): TemplateResult {
  return html`<fieldset class="section group ${f.error ? 'has-error' : ''}" aria-describedby=${describedBy(f.id, f) || nothing}>
    <legend class="section-title">${f.legend}</legend>
    ${renderHint(f.id, f.hint)} ${renderError(f.id, f.error, f.errorPrefix)}
    <div class="choice checkbox">
      <input type="checkbox" id=${f.id} name=${f.id} data-field=${f.field} .checked=${f.checked} aria-invalid=${invalid(f.error)} />
      <label for=${f.id}>${f.label}</label>
    </div>
    ${f.after ?? nothing}
  </fieldset>`;
}

/**
 * A field that people never meet and form-filling bots do: clipped rather than display:none (bots
 * skip hidden fields), hidden from assistive technology and out of the tab order. A filled trap
 * makes the send pretend success (deliverRequest's `trapped`). The form reads it by its id.
 */
export function renderHoneypot(id: string, label: string): TemplateResult {
  return html`<div class="trap" aria-hidden="true">
    <label for=${id}>${label}</label>
    <input id=${id} name=${id} type="text" tabindex="-1" autocomplete="off" />
  </div>`;
}
