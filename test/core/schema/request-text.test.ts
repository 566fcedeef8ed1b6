/**
 * The text rules of the request contract. The form validates its draft with the same schema
 * as the receiver, so what is refused here is refused in the form before anything is sent.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { receiverRuleErrors } from '../../../src/core/request/lead-time.js';
import { validateRequest } from '../../../src/core/request/validate.js';
import { hasVisibleText } from '../../../src/core/schema/request.js';
import { sampleRequest } from '../../server/receiver-harness.js';

function codeOf(input: unknown, path: string): string | undefined {
  const result = validateRequest(input);
  return result.ok ? undefined : result.errors.find((e) => e.path === path)?.code;
}

describe('request text fields', () => {
  const single: Array<[string, string, string | undefined]> = [
    ['plain text', 'Heinrich-Mann-Schule', undefined],
    ['Arabic with a direction mark inside', 'مدرسة\u200F 1', undefined],
    ['a tab', 'Schule\tA', 'invalid-characters'],
    ['a line break', 'Schule\nA', 'invalid-characters'],
    ['DEL', 'Schule\u007F', 'invalid-characters'],
    ['a left-to-right embedding', '\u202Aschule', 'invalid-characters'],
    ['a first-strong isolate', 'a\u2068b\u2069', 'invalid-characters'],
    ['a lone low surrogate', 'a\uDC00', 'invalid-characters'],
    ['a whole emoji (a surrogate pair)', 'Schule 🏫', undefined],
    ['only a BOM and a word joiner', '\uFEFF\u2060', 'required'],
  ];
  for (const [label, organisation, code] of single) {
    it(`organisation with ${label}: ${code ?? 'accepted'}`, () => {
      const anfrage = sampleRequest({ requester: { ...sampleRequest().requester, organisation } });
      assert.equal(codeOf(anfrage, 'requester.organisation'), code);
    });
  }

  it('notes may hold tabs, LF and CR LF, not a lone CR or other controls', () => {
    const withNotes = (notes: string) => sampleRequest({ need: { ...sampleRequest().need, notes } });
    assert.equal(codeOf(withNotes('a\tb\nc\r\nd'), 'need.notes'), undefined);
    assert.equal(codeOf(withNotes('a\rb'), 'need.notes'), 'invalid-characters');
    assert.equal(codeOf(withNotes('a\u0007b'), 'need.notes'), 'invalid-characters');
    assert.equal(codeOf(withNotes('a\u202Eb'), 'need.notes'), 'invalid-characters');
  });

  it('lower-cases the request id, so a key in either case names one request', () => {
    const anfrage = sampleRequest();
    const result = validateRequest({ ...anfrage, id: anfrage.id.toUpperCase() });
    assert.ok(result.ok);
    assert.equal(result.value.id, anfrage.id);
  });

  it('hasVisibleText tells a person-visible value from whitespace and invisible marks', () => {
    assert.equal(hasVisibleText(' \u200B\u00AD\u200E '), false);
    assert.equal(hasVisibleText(' a '), true);
  });
});

describe('receiverRuleErrors', () => {
  const need = sampleRequest().need;
  it('allows today and later in Germany, refuses yesterday', () => {
    const now = new Date('2027-06-15T22:30:00Z'); // 00:30 on 16 June in Germany
    const at = (date: string) => receiverRuleErrors({ createdAt: now.toISOString(), need: { ...need, date } }, now).map((e) => e.code);
    assert.deepEqual(at('2027-06-15'), ['date-past']);
    assert.deepEqual(at('2027-06-16'), []);
  });

  it('allows a createdAt up to a day ahead (a wrong device clock), refuses more', () => {
    const now = new Date('2027-06-15T10:00:00Z');
    const at = (createdAt: string) => receiverRuleErrors({ createdAt, need: { ...need, date: '2027-07-01' } }, now).map((e) => e.code);
    assert.deepEqual(at('2027-06-16T09:59:00Z'), []);
    assert.deepEqual(at('2027-06-16T10:01:00Z'), ['created-in-future']);
  });
});
