// ?lang=ar|en sets the page language (the widget follows it); ?preset=1 adds the
// MitSprache/A1/childcare presets; ?empty=1 a search with no result; ?feed=broken a bad feed.
const params = new URLSearchParams(location.search);
const lang = params.get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}
if (params.get('wide')) document.querySelector('.page-main')?.classList.add('wide');
customElements.whenDefined('wir-sprachkurs-suche').then(() => {
  const el = document.querySelector('wir-sprachkurs-suche');
  if (params.get('preset')) {
    el.setAttribute('program', 'mitsprache-deutsch4u');
    el.setAttribute('level', 'A1');
    el.setAttribute('childcare', '');
  }
  if (params.get('empty')) {
    el.setAttribute('level', 'B2');
    el.setAttribute('childcare', '');
    el.setAttribute('audience', 'frauen');
    el.setAttribute('radius', '10');
  }
  if (params.get('feed') === 'broken') el.setAttribute('feed', '/test/fixtures/broken-lotsen.json');
});
