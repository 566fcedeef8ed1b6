import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';

/**
 * One labelled input in the GOV.UK pattern: label, hint, error (with a visually hidden
 * "Fehler:"), and `aria-describedby` naming hint then error, all in the caller's shadow
 * root. A template part, not an element, so the label's `for` reaches the input.
 */
export interface TextFieldOptions {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'search';
  hint?: string;
  error?: string;
  errorPrefix: string;
  autocomplete?: string;
  inputmode?: 'numeric' | 'email' | 'text';
  multiline?: boolean;
  maxlength?: number;
  spellcheck?: boolean;
}

export function textField(o: TextFieldOptions): TemplateResult {
  const described = [o.hint ? `${o.id}-hint` : '', o.error ? `${o.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${o.hint ? html`<span class="hint" id="${o.id}-hint">${o.hint}</span>` : nothing}
    ${o.error ? html`<span class="error-message" id="${o.id}-error"><span class="visually-hidden">${o.errorPrefix} </span>${o.error}</span>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${o.id}
            rows="5"
            maxlength=${ifDefined(o.maxlength)}
            aria-describedby=${ifDefined(described)}
            aria-invalid=${o.error ? 'true' : 'false'}
            .value=${live(o.value)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${o.id}
            type=${o.type ?? 'text'}
            autocomplete=${ifDefined(o.autocomplete)}
            inputmode=${ifDefined(o.inputmode)}
            spellcheck=${o.spellcheck === false ? 'false' : 'true'}
            aria-describedby=${ifDefined(described)}
            aria-invalid=${o.error ? 'true' : 'false'}
            .value=${live(o.value)}
            @input=${onInput}
          />`
    }
  </div>`;
}
