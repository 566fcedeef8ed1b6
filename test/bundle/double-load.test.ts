import { expect } from '@open-wc/testing';

// These tests load the built file a webmaster copies (npm run build runs before them).
const load = (query = '') => import(/* @vite-ignore */ `/dist/wir-widgets.js${query}`);

describe('dist/wir-widgets.js loaded twice on one page', () => {
  it('throws nothing, keeps the first definition and does not warn when versions match', async () => {
    const errors: unknown[] = [];
    const warnings: unknown[][] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    const originalWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    window.addEventListener('error', onError);
    try {
      await load();
      const first = customElements.get('wir-language-picker');
      expect(first, 'the bundle registered the language picker').to.exist;
      // A different URL is a second module instance: exactly what two CMS plugins cause.
      await load('?copy=2');
      expect(customElements.get('wir-language-picker')).to.equal(first);
      const el = document.createElement('wir-language-picker');
      document.body.append(el);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(el.shadowRoot?.querySelector('input')).to.exist;
      el.remove();
    } finally {
      window.removeEventListener('error', onError);
      console.warn = originalWarn;
    }
    expect(errors).to.deep.equal([]);
    expect(warnings.filter((w) => String(w[0]).includes('wir-widgets'))).to.deep.equal([]);
  });
});
