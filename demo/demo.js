// Lets the demo be viewed in another language (?lang=ar) without inline script (the demo
// is served under a strict Content-Security-Policy, like a careful municipal site).
const RTL = ['ar', 'fa'];
const lang = new URLSearchParams(location.search).get('lang');
if (lang) {
  document.documentElement.lang = lang;
  document.documentElement.dir = RTL.includes(lang.split('-')[0]) ? 'rtl' : 'ltr';
}
