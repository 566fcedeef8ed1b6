/** Form-field contract, one property: the error summary takes focus, and each of its links moves focus to its field. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../../src/components/shared/error-summary/define.js';
import type { WirErrorSelectEvent, WirErrorSummary } from '../../../../src/components/shared/error-summary/error-summary.js';
import { renderRadioGroup, renderTextField } from '../../../../src/components/shared/form-fields/form-fields.js';
import { type FieldHost, PREFIX } from './field-host.js';

const ERRORS = [
  { target: 'name', text: 'Geben Sie Ihren Namen ein.' },
  { target: 'mode-0', text: 'Wählen Sie, wie gedolmetscht werden soll.' },
];

async function form(): Promise<{ el: FieldHost; summary: WirErrorSummary }> {
  const el = await fixture<FieldHost>(html`<test-field-host
    .content=${() =>
      html`<wir-error-summary .errors=${ERRORS} locale="de"></wir-error-summary>
        ${renderTextField({ id: 'name', field: 'name', label: 'Name', value: '', error: ERRORS[0]!.text, errorPrefix: PREFIX })}
        ${renderRadioGroup({
          id: 'mode',
          field: 'mode',
          label: 'Wie?',
          value: '',
          error: ERRORS[1]!.text,
          errorPrefix: PREFIX,
          options: [
            ['vor-ort', 'Vor Ort'],
            ['telefon', 'Am Telefon'],
          ],
        })}`}
  ></test-field-host>`);
  const summary = el.shadowRoot!.querySelector<WirErrorSummary>('wir-error-summary')!;
  await summary.updateComplete;
  return { el, summary };
}

describe('form fields: the error summary', () => {
  it('takes focus as a whole, with its list inside a role="alert"', async () => {
    const { summary } = await form();
    summary.focus();
    await waitUntil(() => summary.shadowRoot!.activeElement?.classList.contains('summary'), 'the summary box has focus');
    expect(summary.shadowRoot!.querySelector('.summary')!.getAttribute('tabindex')).to.equal('-1');
    expect(summary.shadowRoot!.querySelector('[role="alert"] ul')!.children).to.have.length(2);
  });

  it('moves focus to the field of each link (fragment links cannot reach into a shadow root)', async () => {
    const { el, summary } = await form();
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    expect(links.map((a) => a.textContent)).to.deep.equal(ERRORS.map((e) => e.text));
    for (const [i, link] of links.entries()) {
      const selected = oneEvent(summary, 'wir-error-select') as unknown as Promise<WirErrorSelectEvent>;
      link.click();
      expect((await selected).fieldId).to.equal(ERRORS[i]!.target);
      expect(el.shadowRoot!.activeElement?.id, `link ${i + 1}`).to.equal(ERRORS[i]!.target);
    }
  });
});
