/** Form-field contract, one property: aria-invalid is "true" exactly while the field shows an error. */
import { expect, fixture, html } from '@open-wc/testing';
import {
  renderCheckboxField,
  renderRadioGroup,
  renderSelectField,
  renderTextarea,
  renderTextField,
} from '../../../../src/components/shared/form-fields/form-fields.js';
import { control, type FieldHost, PREFIX } from './field-host.js';

const fields = (error: string) => () =>
  html`${renderTextField({ id: 'email', field: 'email', label: 'E-Mail', value: '', error, errorPrefix: PREFIX })}
  ${renderSelectField({ id: 'setting', field: 'setting', label: 'Bereich', value: '', error, errorPrefix: PREFIX, options: [['', '–']] })}
  ${renderTextarea({ id: 'notes', field: 'notes', label: 'Hinweise', value: '', error, errorPrefix: PREFIX })}
  ${renderCheckboxField({ id: 'consent', field: 'consent', legend: 'Datenschutz', label: 'Ja', checked: false, error, errorPrefix: PREFIX })}
  ${renderRadioGroup({ id: 'mode', field: 'mode', label: 'Wie?', value: '', error, errorPrefix: PREFIX, options: [['a', 'A']] })}`;

const CONTROLS = ['#email', '#setting', '#notes', '#consent'];

describe('form fields: aria-invalid', () => {
  it('is "false" on every control while there is no error', async () => {
    const el = await fixture<FieldHost>(html`<test-field-host .content=${fields('')}></test-field-host>`);
    for (const selector of CONTROLS) expect(control(el, selector).getAttribute('aria-invalid'), selector).to.equal('false');
  });

  it('is "true" on every control that shows an error', async () => {
    const el = await fixture<FieldHost>(html`<test-field-host .content=${fields('Bitte korrigieren.')}></test-field-host>`);
    for (const selector of CONTROLS) expect(control(el, selector).getAttribute('aria-invalid'), selector).to.equal('true');
  });

  it('goes back to "false" once the error is gone (a corrected field)', async () => {
    const el = await fixture<FieldHost>(html`<test-field-host .content=${fields('Bitte korrigieren.')}></test-field-host>`);
    el.content = fields('');
    await el.updateComplete;
    for (const selector of CONTROLS) expect(control(el, selector).getAttribute('aria-invalid'), selector).to.equal('false');
  });

  it('marks a radio group by its fieldset (class and description), not each radio', async () => {
    const el = await fixture<FieldHost>(html`<test-field-host .content=${fields('Wählen Sie.')}></test-field-host>`);
    const group = el.shadowRoot!.querySelectorAll('fieldset')[1]!;
    expect(group.classList.contains('has-error')).to.equal(true);
    expect(group.getAttribute('aria-describedby')).to.equal('mode-error');
  });
});
