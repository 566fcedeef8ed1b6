/** FocusController on a minimal host whose render replaces the element that has focus. */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { FocusController } from '../../../../src/components/shared/controllers/focus-controller.js';

class FocusHost extends LitElement {
  @property() step: 'ask' | 'done' = 'ask';
  readonly focusAfter = new FocusController(this);
  override render() {
    return this.step === 'ask'
      ? html`<button id="go" @click=${() => this.#next()}>weiter</button>`
      : html`<h2 id="title" tabindex="-1">fertig</h2>
          <p>text</p>`;
  }
  #next(): void {
    this.step = 'done';
    this.focusAfter.focusAfterUpdate('#title');
  }
}
customElements.define('test-focus-host', FocusHost);

describe('FocusController', () => {
  it('moves focus to the element the next render creates, where the pressed button was', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('#go')!;
    button.focus();
    button.click();
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
  });

  it('moves focus only once, not on later renders', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host></test-focus-host>`);
    el.shadowRoot!.querySelector<HTMLButtonElement>('#go')!.click();
    await el.updateComplete;
    const outside = document.createElement('button');
    document.body.append(outside);
    try {
      outside.focus();
      el.requestUpdate();
      await el.updateComplete;
      expect(document.activeElement, 'focus stays where the user put it').to.equal(outside);
    } finally {
      outside.remove();
    }
  });

  it('asks for an update itself, so a request without a state change still lands', async () => {
    const el = await fixture<FocusHost>(html`<test-focus-host step="done"></test-focus-host>`);
    el.focusAfter.focusAfterUpdate('#title');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('title');
  });
});
