/** AttributeCheckController on a minimal host with one checked and one required attribute. */
import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { AttributeCheckController, REQUIRED_GRACE_MS } from '../../../../src/components/shared/controllers/attribute-check-controller.js';
import { warningsDuring } from '../../../support/console-warnings.js';

class CheckHost extends LitElement {
  @property() colour = '';
  @property() source = '';
  @property() note = '';
  readonly checks = new AttributeCheckController(this, {
    problems: () => [
      this.colour && this.colour !== 'green'
        ? { attribute: 'colour', value: this.colour, message: `colour="${this.colour}" is not green.` }
        : undefined,
    ],
    required: () => [this.source ? undefined : { attribute: 'source', value: undefined, message: 'source is missing.' }],
  });
  override render() {
    return html`<p>${this.checks.missing('source') ? 'no source' : this.note}</p>`;
  }
}
customElements.define('test-check-host', CheckHost);

const host = () => {
  const el = document.createElement('test-check-host') as CheckHost;
  document.body.append(el);
  return el;
};
const text = (el: CheckHost) => el.shadowRoot!.textContent!.trim();

afterEach(() => {
  for (const el of document.querySelectorAll('test-check-host')) el.remove();
});

describe('AttributeCheckController', () => {
  it('warns once per element and value, naming the element; again for another wrong value; never for a good one', async () => {
    const warnings = await warningsDuring(async () => {
      const a = host();
      a.source = 'x';
      a.colour = 'red';
      await a.updateComplete;
      a.note = 'typing';
      await a.updateComplete;
      a.colour = 'blue';
      await a.updateComplete;
      a.colour = 'green';
      await a.updateComplete;
      const b = host();
      b.source = 'x';
      b.colour = 'red';
      await b.updateComplete;
    });
    expect(warnings).to.deep.equal([
      'wir-widgets <test-check-host>: colour="red" is not green.',
      'wir-widgets <test-check-host>: colour="blue" is not green.',
      'wir-widgets <test-check-host>: colour="red" is not green.',
    ]);
  });

  it('reports a required attribute only after the grace time, and then tells the render it is missing', async () => {
    let el!: CheckHost;
    const early = await warningsDuring(async () => {
      el = host();
      await el.updateComplete;
    });
    expect(early).to.deep.equal([]);
    expect(el.checks.missing('source')).to.equal(false);
    const late = await warningsDuring(async () => {
      await waitUntil(() => text(el) === 'no source', 'the render knows', { timeout: REQUIRED_GRACE_MS + 2000 });
    });
    expect(late).to.deep.equal(['wir-widgets <test-check-host>: source is missing.']);
    el.source = 'x';
    await el.updateComplete;
    expect(el.checks.missing('source'), 'set later: no longer missing').to.equal(false);
  });

  it('says nothing when the required attribute arrives within the grace time', async () => {
    const warnings = await warningsDuring(async () => {
      const el = host();
      await new Promise((resolve) => setTimeout(resolve, REQUIRED_GRACE_MS / 3));
      el.source = 'x';
      await new Promise((resolve) => setTimeout(resolve, REQUIRED_GRACE_MS));
      await el.updateComplete;
    });
    expect(warnings).to.deep.equal([]);
  });
});
