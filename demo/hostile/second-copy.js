// A second module instance of the same bundle (another URL), as a second CMS plugin would load it.
await import('/dist/wir-widgets.js?plugin=2');
document.documentElement.dataset.secondCopy = 'loaded';
