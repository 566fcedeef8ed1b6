import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { describedBy, renderError, renderHint } from '../../components/shared/form-fields/form-fields.js';

/**
 * One labelled input in the GOV.UK pattern, with the widgets' hint and error parts
 * (components/shared/form-fields: ids, the hidden "Fehler:", hint before error in
 * `aria-describedby`), all in the caller's shadow root. Unlike the widgets' form, whose one
 * listener reads `data-field`, each workspace field reports its own input.
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
  const described = describedBy(o.id, o) || undefined;
  const onInput = (event: Event) => o.onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<div class="field ${o.error ? 'has-error' : ''}">
    <label for=${o.id}>${o.label}</label>
    ${renderHint(o.id, o.hint)} ${renderError(o.id, o.error, o.errorPrefix)}
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
