import { expect } from '@open-wc/testing';

describe('dist/wir-widgets.js beside another version of itself', () => {
  it('keeps the other version’s element, warns once per tag and throws nothing', async () => {
    class OlderPicker extends HTMLElement {
      static wirVersion = '0.0.1';
    }
    customElements.define('wir-language-picker', OlderPicker);
    const warnings: string[] = [];
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(String(args[0]));
    try {
      // A variable URL: the built file is loaded as a browser would, not resolved by TypeScript.
      const bundle = '/dist/wir-widgets.js';
      await import(/* @vite-ignore */ bundle);
      await import(/* @vite-ignore */ `${bundle}?copy=2`);
    } finally {
      console.warn = originalWarn;
    }
    expect(customElements.get('wir-language-picker')).to.equal(OlderPicker);
    const aboutPicker = warnings.filter((w) => w.includes('<wir-language-picker>'));
    expect(aboutPicker).to.have.length(1);
    expect(aboutPicker[0]).to.contain('0.0.1');
  });
});
