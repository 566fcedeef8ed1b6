/** ComboboxController on a minimal combobox of 30 fruits, driven by real key presses. */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css, LitElement } from 'lit';
import { ComboboxController, type Dismissal } from '../../../../src/components/shared/controllers/combobox-controller.js';

const FRUITS = Array.from({ length: 30 }, (_, i) => `Frucht ${i + 1}`);

class ComboHost extends LitElement {
  static override styles = css`
    [role='listbox'] {
      max-block-size: 5em;
      overflow-y: auto;
    }
  `;
  chosen: number[] = [];
  enters = 0;
  escapes = 0;
  dismissals: Dismissal[] = [];
  /** Where the list opens (the chosen option). */
  current = 3;
  readonly combo = new ComboboxController(this, {
    count: () => FRUITS.length,
    optionId: (i) => `opt-${i}`,
    openAt: () => this.current,
    choose: (i) => {
      this.chosen.push(i);
      this.combo.close();
    },
    enter: () => this.enters++,
    escape: () => this.escapes++,
    dismissed: (how) => this.dismissals.push(how),
  });
  override render() {
    return html`<div @focusout=${this.combo.onFocusOut}>
        <input
          role="combobox"
          aria-controls="list"
          aria-expanded=${this.combo.open ? 'true' : 'false'}
          aria-activedescendant=${this.combo.activeId ?? ''}
          @keydown=${this.combo.onKeyDown}
        />
        <div role="listbox" id="list" ?hidden=${!this.combo.open}>
          ${FRUITS.map((f, i) => html`<div role="option" id="opt-${i}" tabindex="-1" aria-selected=${i === this.combo.activeIndex ? 'true' : 'false'}>${f}</div>`)}
        </div>
      </div>`;
  }
}
customElements.define('test-combo-host', ComboHost);

async function combo(): Promise<ComboHost> {
  const wrapper = await fixture<HTMLDivElement>(html`<div><test-combo-host></test-combo-host><button id="after">weiter</button></div>`);
  const el = wrapper.querySelector<ComboHost>('test-combo-host')!;
  await el.updateComplete;
  el.shadowRoot!.querySelector('input')!.focus();
  return el;
}
const input = (el: ComboHost) => el.shadowRoot!.querySelector('input')!;
const press = async (el: ComboHost, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('ComboboxController', () => {
  it('opens on ArrowDown at the chosen option and points aria-activedescendant at it', async () => {
    const el = await combo();
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    await press(el, 'ArrowDown');
    expect(input(el).getAttribute('aria-expanded')).to.equal('true');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-3');
  });

  it('moves the active option with the arrows and by eight with the Page keys, never past either end', async () => {
    const el = await combo();
    el.current = 0;
    await press(el, 'ArrowDown');
    await press(el, 'ArrowUp');
    expect(el.combo.activeIndex, 'stays on the first').to.equal(0);
    await press(el, 'ArrowDown');
    expect(el.combo.activeIndex).to.equal(1);
    await press(el, 'PageDown');
    expect(el.combo.activeIndex).to.equal(9);
    for (let i = 0; i < 4; i++) await press(el, 'PageDown');
    expect(el.combo.activeIndex, 'stays on the last').to.equal(29);
    await press(el, 'PageUp');
    expect(input(el).getAttribute('aria-activedescendant')).to.equal('opt-21');
  });

  it('scrolls the active option into the visible part of the list', async () => {
    const el = await combo();
    el.current = 0;
    await press(el, 'ArrowDown');
    await press(el, 'PageDown');
    await press(el, 'PageDown');
    const list = el.shadowRoot!.querySelector<HTMLElement>('[role="listbox"]')!.getBoundingClientRect();
    const active = el.shadowRoot!.querySelector('#opt-16')!.getBoundingClientRect();
    expect(active.top).to.be.at.least(list.top - 1);
    expect(active.bottom).to.be.at.most(list.bottom + 1);
  });

  it('chooses the active option with Enter, and hands Enter to the host when none is active', async () => {
    const el = await combo();
    await press(el, 'Enter');
    expect(el.enters, 'closed list: the host decides').to.equal(1);
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    await press(el, 'Enter');
    expect(el.chosen).to.deep.equal([4]);
    expect(input(el).getAttribute('aria-expanded')).to.equal('false');
    expect(input(el).hasAttribute('aria-activedescendant') && input(el).getAttribute('aria-activedescendant')).to.equal('');
  });

  it('closes on Escape without a choice, and hands Escape on a closed list to the host', async () => {
    const el = await combo();
    await press(el, 'ArrowDown');
    await press(el, 'Escape');
    expect(el.dismissals).to.deep.equal(['escape']);
    expect(el.combo.open).to.equal(false);
    expect(el.chosen).to.deep.equal([]);
    await press(el, 'Escape');
    expect(el.escapes).to.equal(1);
  });

  it('closes when Tab leaves the input, and when focus leaves the widget', async () => {
    const el = await combo();
    await press(el, 'ArrowDown');
    await press(el, 'Tab');
    expect(el.dismissals).to.deep.equal(['tab', 'blur']);
    expect(el.combo.open).to.equal(false);
    expect(document.activeElement?.id).to.equal('after');
  });

  it('stays open while focus moves inside the widget (to an option)', async () => {
    const el = await combo();
    await press(el, 'ArrowDown');
    el.shadowRoot!.querySelector<HTMLElement>('#opt-5')!.focus();
    await el.updateComplete;
    expect(el.combo.open).to.equal(true);
    expect(el.dismissals).to.deep.equal([]);
  });
});
