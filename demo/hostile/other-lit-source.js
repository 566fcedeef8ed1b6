// A host theme's own component built with Lit 2 (bundled by the hostile-page test set-up
// into dist/hostile/other-lit.js), to prove two Lit versions live side by side.
import { LitElement, html, css } from 'lit-2';

class ThemeBanner extends LitElement {
  static styles = css`:host { display: block; padding: 8px; background: #222; color: #fff; }`;
  render() {
    return html`<p>Theme banner (Lit 2)</p>`;
  }
}
customElements.define('theme-banner', ThemeBanner);
