/**
 * A minimal host for the GOV.UK field templates: it draws whatever `content` returns into its
 * own shadow root, with the styles the widgets use, so the tests read the real markup.
 */
import { html, LitElement, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { formFieldStyles } from '../../../../src/components/shared/form-fields/form-fields.styles.js';
import { fieldStyles, hostReset } from '../../../../src/components/shared/styles/base.styles.js';

export class FieldHost extends LitElement {
  static override styles = [hostReset, fieldStyles, formFieldStyles];
  @property({ attribute: false }) content: () => TemplateResult = () => html``;
  override render() {
    return html`<form novalidate>${this.content()}</form>`;
  }
}
if (!customElements.get('test-field-host')) customElements.define('test-field-host', FieldHost);

export const PREFIX = 'Fehler:';
export const control = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
