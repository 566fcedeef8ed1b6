import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  audiencePresetProblem,
  kommuneProblem,
  languagePresetProblem,
  levelPresetProblem,
  missingEndpointProblem,
  missingFeedProblem,
  presetAudience,
  presetLanguage,
  presetList,
  programPresetProblem,
  topicsPresetProblem,
  wirArea,
} from '../../../src/core/attributes/index.js';
import { KOMMUNEN, kommuneId, LEVELS, LOTSEN_TOPICS } from '../../../src/core/index.js';

describe('kommune', () => {
  it('accepts every WIR area by its documented code, the 5-digit code of a city and an AGS inside a Kreis', () => {
    for (const k of KOMMUNEN) assert.equal(kommuneProblem(kommuneId(k)), undefined, kommuneId(k));
    assert.equal(wirArea('06411')?.name, 'Darmstadt');
    assert.equal(wirArea(' 06438 ')?.name, 'Kreis Offenbach');
    assert.equal(wirArea('06438001')?.name, 'Kreis Offenbach');
    assert.equal(kommuneProblem(''), undefined, 'no kommune is no problem');
  });

  it('names a lost leading zero, with the format, an example and the docs', () => {
    const problem = kommuneProblem('6438');
    assert.ok(problem);
    assert.equal(problem.attribute, 'kommune');
    assert.equal(problem.value, '6438');
    assert.match(problem.message, /^kommune="6438" is not a WIR area\./);
    assert.match(problem.message, /5 digits, e\.g\. 06438 = Kreis Offenbach/);
    assert.match(problem.message, /docs\/einbinden\.md/);
    assert.match(problem.message, /Did you mean kommune="06438" \(Kreis Offenbach\)\?/);
    assert.match(kommuneProblem('6412000')!.message, /Did you mean kommune="06412000" \(Frankfurt am Main\)/);
  });

  it('refuses codes outside the WIR areas and text, without a guess', () => {
    for (const value of ['09162', 'Offenbach', '064380', '12345678']) {
      const problem = kommuneProblem(value);
      assert.ok(problem, value);
      assert.doesNotMatch(problem.message, /Did you mean/, value);
    }
  });
});

describe('language preset', () => {
  it('takes codes of the table, with region or alias, and suggests the code for a language name', () => {
    for (const code of ['ti', 'ar-SY', 'prs', 'fa-AF', 'kmr']) {
      assert.equal(languagePresetProblem(code), undefined, code);
      assert.equal(presetLanguage(code), code);
    }
    const named = languagePresetProblem('Tigrinya');
    assert.ok(named);
    assert.match(named.message, /^language="Tigrinya" is not a language code the widgets know/);
    assert.match(named.message, /Did you mean language="ti" \(Tigrinya\)\?/);
    assert.match(named.message, /known codes: ar, prs, fa, .*\bti\b/);
    assert.equal(presetLanguage('Tigrinya'), '', 'an unknown language is not searched for');
    assert.equal(languagePresetProblem('zz')?.value, 'zz');
  });
});

describe('preset lists', () => {
  it('reads known values in canonical spelling and order, and lists the rest', () => {
    assert.deepEqual(presetList('wohnen, GESUNDHEIT arzt', LOTSEN_TOPICS), { known: ['gesundheit', 'wohnen'], unknown: ['arzt'] });
    assert.deepEqual(presetList('a1,b1', LEVELS), { known: ['A1', 'B1'], unknown: [] });
    assert.deepEqual(presetList(undefined, LEVELS), { known: [], unknown: [] });
  });

  it('names unknown topics, levels and programmes with the accepted values', () => {
    assert.equal(topicsPresetProblem('gesundheit wohnen'), undefined);
    assert.match(
      topicsPresetProblem('gesundheit arzt')!.message,
      /^topics="gesundheit arzt" names no topic: "arzt" is unknown and ignored\. Accepted.*behoerden, gesundheit/,
    );
    assert.match(topicsPresetProblem('arzt,kita')!.message, /no topics: "arzt", "kita" are unknown/);
    assert.equal(levelPresetProblem('A1,A2'), undefined);
    assert.equal(levelPresetProblem('unbekannt'), undefined);
    assert.match(
      levelPresetProblem('A3')!.message,
      /^level="A3" names no level: "A3" is unknown and ignored\. Accepted.*alpha, A1, A2, B1, B2, C1, or unbekannt/,
    );
    assert.equal(programPresetProblem('wir mitsprache-deutsch4u'), undefined);
    assert.match(programPresetProblem('mitsprache')!.message, /"mitsprache" is unknown/);
  });

  it('takes one known audience; "alle" and unknown words ask for none', () => {
    assert.equal(presetAudience(' Frauen '), 'frauen');
    assert.equal(presetAudience('alle'), '');
    assert.equal(presetAudience('kinder'), '');
    assert.equal(audiencePresetProblem('frauen'), undefined);
    assert.match(
      audiencePresetProblem('kinder')!.message,
      /^audience="kinder" is not an audience and is ignored\. Accepted \(one of\): frauen, eltern/,
    );
  });
});

describe('missing attributes', () => {
  it('say what to set, for which feed, and where to read', () => {
    assert.match(
      missingFeedProblem('lotsen').message,
      /^feed is missing, so there is nothing to search\. Set feed="…" to the address of a Lotsen feed/,
    );
    assert.match(missingFeedProblem('sprachkurse').message, /a Sprachkurse feed/);
    assert.equal(missingFeedProblem('lotsen').value, undefined);
    assert.match(missingEndpointProblem().message, /^endpoint is missing, so requests cannot be sent/);
  });
});
