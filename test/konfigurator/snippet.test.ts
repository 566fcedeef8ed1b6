import { expect } from '@open-wc/testing';
import { kurse } from '../../src/i18n/messages/de/kurse.js';
import { lotsen } from '../../src/i18n/messages/de/lotsen.js';
import { contrastRatio } from '../../src/konfigurator/contrast.js';
import {
  configProblems,
  cspDirectives,
  defaultConfig,
  LEVEL_NAMES,
  type SnippetConfig,
  snippetCss,
  snippetHtml,
  sourceOf,
  TOPIC_NAMES,
  widgetAttributes,
} from '../../src/konfigurator/snippet.js';

const config = (changes: Partial<SnippetConfig>): SnippetConfig => ({
  ...defaultConfig('https://cdn.example.de/wir-widgets/'),
  ...changes,
});

describe('konfigurator snippet', () => {
  it('writes the per-widget script, the element with only the options set, and a fallback paragraph', () => {
    const html = snippetHtml(config({ feed: '/daten/lotsen.json', kommune: '06438', topics: ['wohnen', 'behoerden'], radius: '15' }));
    expect(html).to.equal(
      [
        '<script type="module" src="https://cdn.example.de/wir-widgets/wir-lotsen-finder.js"></script>',
        '<wir-lotsen-finder feed="/daten/lotsen.json" kommune="06438" topics="behoerden wohnen">',
        '  <p>Die Suche nach Integrationslotsinnen und -lotsen braucht JavaScript.</p>',
        '</wir-lotsen-finder>',
      ].join('\n'),
    );
  });

  it('escapes what a webmaster types, so a quote cannot end the attribute', () => {
    const html = snippetHtml(config({ widget: 'wir-dolmetscher-anfrage', endpoint: '/api?a=1&b="x"', contactEmail: 'a<b@example.de' }));
    expect(html).to.contain('endpoint="/api?a=1&amp;b=&quot;x&quot;"');
    expect(html).to.contain('<a href="mailto:a&lt;b@example.de">a&lt;b@example.de</a>');
  });

  it('keeps options a widget does not have out of its element', () => {
    const base = {
      language: 'ti',
      levels: ['A1'],
      childcare: true,
      near: '63128',
      endpoint: '/api',
      privacyUrl: '/ds',
      contactEmail: 'a@b.de',
    };
    const names = (widget: SnippetConfig['widget']) => widgetAttributes(config({ ...base, widget })).map(([n]) => n);
    expect(names('wir-lotsen-finder')).to.deep.equal(['near', 'language', 'contact-email']);
    expect(names('wir-sprachkurs-suche')).to.deep.equal(['near', 'level', 'childcare']);
    expect(names('wir-dolmetscher-anfrage')).to.deep.equal(['endpoint', 'privacy-url', 'contact-email']);
  });

  it('gives CSS only for colours and corners that differ from the defaults', () => {
    expect(snippetCss(config({ colorPrimary: '#00594f' }))).to.equal('');
    expect(snippetCss(config({ colorPrimary: '#1B5E20', cornerRadius: '0' }))).to.equal(
      'wir-lotsen-finder {\n  --wir-color-primary: #1b5e20;\n  --wir-radius: 0px;\n}',
    );
  });

  it('names the script host and every fetched origin for the CSP, and self for paths on the same site', () => {
    expect(cspDirectives(config({ feed: 'https://daten.example.de/lotsen.json' })).required).to.deep.equal([
      'script-src https://cdn.example.de',
      'connect-src https://daten.example.de',
    ]);
    const form = config({
      widget: 'wir-dolmetscher-anfrage',
      scriptBase: '/wir-widgets/',
      feed: '/d.json',
      endpoint: 'https://anfragen.example.de/api/anfragen',
    });
    expect(cspDirectives(form).required).to.deep.equal(["script-src 'self'", "connect-src 'self' https://anfragen.example.de"]);
    expect(cspDirectives(form).trustedTypes).to.equal("require-trusted-types-for 'script'; trusted-types lit-html");
    expect(sourceOf('javascript:alert(1)')).to.equal(undefined);
    expect(sourceOf('//cdn.example.de/x.js')).to.equal('https://cdn.example.de');
  });

  it('says what is missing or wrong, field by field', () => {
    expect(configProblems(config({ feed: '' })).map((p) => p.field)).to.deep.equal(['feed']);
    expect(configProblems(config({ widget: 'wir-dolmetscher-anfrage' })).map((p) => p.field)).to.deep.equal(['endpoint', 'privacyUrl']);
    const wrong = configProblems(config({ feed: 'ftp://x/y.json', radius: 'weit', contactEmail: 'nobody', cornerRadius: '-2' }));
    expect(wrong.map((p) => p.field)).to.deep.equal(['feed', 'contactEmail', 'radius', 'cornerRadius']);
  });

  it('names topics and levels exactly as the widgets do', () => {
    for (const [topic, name] of Object.entries(TOPIC_NAMES)) expect(name).to.equal(lotsen[`lotsen.topic.${topic}` as keyof typeof lotsen]);
    for (const [level, name] of Object.entries(LEVEL_NAMES)) expect(name).to.equal(kurse[`kurse.level.${level}` as keyof typeof kurse]);
  });

  it('measures contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).to.be.closeTo(21, 0.01);
    expect(contrastRatio('#00594f', '#ffffff')).to.be.greaterThan(4.5);
    expect(contrastRatio('#ffbf47', '#ffffff')).to.be.lessThan(3);
  });
});
