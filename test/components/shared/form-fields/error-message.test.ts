/** Form-field contract, one property: an error starts with a visually hidden "Fehler:" and is visible text otherwise. */
import { expect, fixture, html } from '@open-wc/testing';
import { renderTextField } from '../../../../src/components/shared/form-fields/form-fields.js';
import { control, type FieldHost, PREFIX } from './field-host.js';

describe('form fields: the error message', () => {
  it('starts with the prefix in a visually hidden span, then the message', async () => {
    const el = await fixture<FieldHost>(
      html`<test-field-host
        .content=${() => renderTextField({ id: 'name', field: 'name', label: 'Name', value: '', error: 'Geben Sie Ihren Namen ein.', errorPrefix: PREFIX })}
      ></test-field-host>`,
    );
    const error = control(el, '#name-error');
    const prefix = error.firstElementChild as HTMLElement;
    expect(prefix.classList.contains('visually-hidden')).to.equal(true);
    expect(prefix.textContent).to.equal('Fehler:');
    expect(error.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Fehler: Geben Sie Ihren Namen ein.');
    const box = prefix.getBoundingClientRect();
    expect(box.width * box.height, 'the prefix takes no visible room').to.be.at.most(1);
  });

  it('stands between the label and the control, so it is read before the input is reached', async () => {
    const el = await fixture<FieldHost>(
      html`<test-field-host
        .content=${() => renderTextField({ id: 'name', field: 'name', label: 'Name', value: '', hint: 'Hinweis', error: 'Fehlt.', errorPrefix: PREFIX })}
      ></test-field-host>`,
    );
    const order = [...el.shadowRoot!.querySelector('.field')!.children].map((c) => c.localName + (c.id ? `#${c.id}` : ''));
    expect(order).to.deep.equal(['label', 'div#name-hint', 'div#name-error', 'input#name']);
  });

  it('is not drawn at all without an error', async () => {
    const el = await fixture<FieldHost>(
      html`<test-field-host .content=${() => renderTextField({ id: 'name', field: 'name', label: 'Name', value: '', error: '', errorPrefix: PREFIX })}></test-field-host>`,
    );
    expect(el.shadowRoot!.querySelector('.error-message')).to.equal(null);
  });
});
