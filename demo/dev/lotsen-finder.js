// Dev page switches, read from this page's query string (kept in an external file for CSP):
// ?lang=ar|en sets the page language (the finder follows it), ?state=error|empty shows that state.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
const finder = document.querySelector('wir-lotsen-finder');
const state = params.get('state');
if (finder && state === 'error') finder.setAttribute('feed', '/data/does-not-exist.json');
if (finder && state === 'empty') {
  finder.setAttribute('language', 'vi');
  finder.setAttribute('near', '63128');
}
if (finder && params.get('open') !== null) {
  customElements
    .whenDefined('wir-lotsen-finder')
    .then(() => setTimeout(() => finder.shadowRoot?.querySelector('[part~="contact-button"]')?.click(), 1500));
}
// ?near= (empty) starts without a place, to look at the empty field and placeholder.
if (finder && params.has('near')) finder.setAttribute('near', params.get('near') ?? '');
