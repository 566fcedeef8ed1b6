/** Form-field contract, one property: aria-describedby lists the hint, then the error, then extras. */
import { expect, fixture, html } from '@open-wc/testing';
import {
  renderCheckboxField,
  renderRadioGroup,
  renderSelectField,
  renderTextarea,
  renderTextField,
} from '../../../../src/components/shared/form-fields/form-fields.js';
import { control, type FieldHost, PREFIX } from './field-host.js';
import '../../../../src/components/shared/language-picker/define.js';
import '../../../../src/components/shared/place-input/define.js';

const text = (hint: string, error: string) =>
  renderTextField({ id: 'name', field: 'name', label: 'Name', value: '', hint, error, errorPrefix: PREFIX });

async function host(content: () => ReturnType<typeof text>): Promise<FieldHost> {
  return fixture<FieldHost>(html`<test-field-host .content=${content}></test-field-host>`);
}

/** Every id in aria-describedby names an element of the same shadow root. */
function resolves(el: FieldHost, selector: string): void {
  for (const id of control(el, selector).getAttribute('aria-describedby')!.split(' ')) {
    expect(el.shadowRoot!.getElementById(id), `#${id} exists beside the control`).to.exist;
  }
}

describe('form fields: aria-describedby', () => {
  it('is the hint, then the error', async () => {
    const el = await host(() => text('Vor- und Nachname', 'Geben Sie Ihren Namen ein.'));
    expect(control(el, '#name').getAttribute('aria-describedby')).to.equal('name-hint name-error');
    resolves(el, '#name');
  });

  it('is the hint alone without an error, the error alone without a hint, and absent without both', async () => {
    expect(control(await host(() => text('Hinweis', '')), '#name').getAttribute('aria-describedby')).to.equal('name-hint');
    expect(control(await host(() => text('', 'Fehlt.')), '#name').getAttribute('aria-describedby')).to.equal('name-error');
    expect(control(await host(() => text('', '')), '#name').hasAttribute('aria-describedby')).to.equal(false);
  });

  it('adds a textarea’s character count after hint and error', async () => {
    const el = await host(() =>
      renderTextarea({
        id: 'notes',
        field: 'notes',
        label: 'Hinweise',
        value: '',
        hint: 'Keine Diagnosen.',
        error: 'Zu lang.',
        errorPrefix: PREFIX,
        note: { text: 'Noch 10 Zeichen', over: false },
      }),
    );
    expect(control(el, '#notes').getAttribute('aria-describedby')).to.equal('notes-hint notes-error notes-count');
    resolves(el, '#notes');
  });

  it('is the same on a select', async () => {
    const el = await host(() =>
      renderSelectField({
        id: 'setting',
        field: 'setting',
        label: 'Bereich',
        value: '',
        hint: 'Wo?',
        error: 'Wählen Sie.',
        errorPrefix: PREFIX,
        options: [['', 'Bitte auswählen']],
      }),
    );
    expect(control(el, '#setting').getAttribute('aria-describedby')).to.equal('setting-hint setting-error');
  });

  it('sits on the fieldset of a radio group and of a checkbox, which name the group', async () => {
    const radios = await host(() =>
      renderRadioGroup({
        id: 'mode',
        field: 'mode',
        label: 'Wie?',
        value: '',
        hint: 'Eine Antwort.',
        error: 'Wählen Sie, wie.',
        errorPrefix: PREFIX,
        options: [
          ['vor-ort', 'Vor Ort'],
          ['telefon', 'Am Telefon'],
        ],
      }),
    );
    expect(control(radios, 'fieldset').getAttribute('aria-describedby')).to.equal('mode-hint mode-error');
    resolves(radios, 'fieldset');
    const consent = await host(() =>
      renderCheckboxField({
        id: 'consent',
        field: 'consent',
        legend: 'Datenschutz',
        label: 'Ja',
        checked: false,
        error: 'Bitte zustimmen.',
        errorPrefix: PREFIX,
      }),
    );
    expect(control(consent, 'fieldset').getAttribute('aria-describedby')).to.equal('consent-error');
  });

  it('follows the same order in the language picker and the place field', async () => {
    for (const tag of ['wir-language-picker', 'wir-place-input']) {
      const el = document.createElement(tag) as HTMLElement & { error: string; updateComplete: Promise<unknown> };
      el.error = 'Bitte angeben.';
      await fixture(html`<div lang="de">${el}</div>`);
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('input')!.getAttribute('aria-describedby'), tag).to.equal('input-hint input-error');
    }
  });
});
