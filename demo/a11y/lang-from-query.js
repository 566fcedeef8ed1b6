// Runs before the bundle (a classic script in <head>), so the widgets read the host's lang
// and dir when they first connect, exactly as on a site that serves the page in Arabic.
// External file, because the demo server's CSP allows no inline script.
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = ['ar', 'fa'].includes(lang) ? 'rtl' : 'ltr';
}
