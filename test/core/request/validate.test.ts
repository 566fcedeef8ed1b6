import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newDraftId } from '../../../src/core/request/draft-id.js';
import { validateRequest } from '../../../src/core/request/validate.js';
import { sampleLotseRequest, sampleRequest } from '../../server/receiver-harness.js';

function codes(input: unknown): Record<string, string> {
  const result = validateRequest(input);
  return result.ok ? {} : Object.fromEntries(result.errors.map((e) => [e.path, e.code]));
}

describe('validateRequest', () => {
  it('accepts a complete request and returns it unchanged', () => {
    const anfrage = sampleRequest();
    assert.deepEqual(validateRequest(anfrage), { ok: true, value: anfrage });
  });

  it('accepts a minimal request with only a phone number and no optional fields', () => {
    const { need } = sampleRequest();
    const minimal = sampleRequest({
      requester: { type: 'privat', name: 'A. B.', phone: '06074 12345' },
      need: { language: 'prs', date: need.date, from: '14:00', durationMinutes: 15, mode: 'telefon', setting: 'beratung' },
    });
    assert.equal(validateRequest(minimal).ok, true);
  });

  it('drops fields the contract does not know (a newer form may send more)', () => {
    const result = validateRequest({ ...sampleRequest(), honeypot: '', extra: { a: 1 } });
    assert.equal(result.ok, true);
    assert.ok(result.ok && !('extra' in result.value));
  });

  it('asks for an e-mail or a phone number on the e-mail field when both are missing', () => {
    const anfrage = sampleRequest({ requester: { type: 'kita', name: 'Kita Sonnenschein' } });
    assert.deepEqual(codes(anfrage), { 'requester.email': 'contact-required' });
  });

  it('reports missing fields as required, with dotted paths', () => {
    const { need, ...rest } = sampleRequest();
    const { language: _language, ...needWithoutLanguage } = need;
    assert.deepEqual(codes({ ...rest, need: needWithoutLanguage }), { 'need.language': 'required' });
    assert.deepEqual(codes({ ...rest, need, requester: { type: 'schule', name: '   ', email: 'a@b.de' } }), {
      'requester.name': 'required',
    });
    // Without a kind nothing else can be judged: the kind decides what `need` holds.
    assert.deepEqual(codes({}), { kind: 'required' });
    assert.equal(codes({ kind: 'dolmetscher' }).requester, 'required');
  });

  it('gives each kind of wrong input its own code the form can translate', () => {
    const base = sampleRequest();
    assert.deepEqual(
      codes({
        ...base,
        id: 'not-a-uuid',
        kommune: '6438',
        locale: 'deutsch!',
        requester: { ...base.requester, email: 'erika@', phone: 'call me' },
        need: {
          ...base.need,
          date: '2026-02-30',
          from: '24:00',
          durationMinutes: 481,
          mode: 'brief',
          alternatives: ['am', 'x y'],
          place: { address: 'Weg 1', plz: '631', ort: 'Dietzenbach' },
          notes: 'x'.repeat(1001),
        },
        consent: { privacy: false, at: 'yesterday' },
      }),
      {
        id: 'invalid-id',
        kommune: 'invalid-kommune',
        locale: 'invalid-language',
        'requester.email': 'invalid-email',
        'requester.phone': 'invalid-phone',
        'need.date': 'invalid-date',
        'need.from': 'invalid-time',
        'need.durationMinutes': 'invalid-duration',
        'need.mode': 'invalid-value',
        'need.alternatives.1': 'invalid-language',
        'need.place.plz': 'invalid-plz',
        'need.notes': 'too-long',
        'consent.privacy': 'consent-required',
        'consent.at': 'invalid-datetime',
      },
    );
  });

  it('treats a missing consent like an unticked one', () => {
    const anfrage = sampleRequest();
    assert.deepEqual(codes({ ...anfrage, consent: { at: anfrage.consent.at } }), { 'consent.privacy': 'consent-required' });
  });

  it('accepts both a Kreisschlüssel and an 8-digit AGS, and names up to 200 characters', () => {
    assert.equal(validateRequest(sampleRequest({ kommune: '06438001' })).ok, true);
    const base = sampleRequest();
    assert.equal(validateRequest({ ...base, requester: { ...base.requester, name: 'n'.repeat(200) } }).ok, true);
    assert.deepEqual(codes({ ...base, requester: { ...base.requester, name: 'n'.repeat(201) } }), { 'requester.name': 'too-long' });
  });

  it("does not judge the date against today: that is the form's rule, not the contract's", () => {
    const base = sampleRequest();
    assert.equal(validateRequest({ ...base, need: { ...base.need, date: '2020-01-01' } }).ok, true);
  });
});

describe('validateRequest: locales', () => {
  it('accepts a request sent from a form in Leichte Sprache (de-x-ls, a private-use subtag)', () => {
    assert.equal(validateRequest(sampleRequest({ locale: 'de-x-ls' })).ok, true);
    assert.equal(validateRequest(sampleLotseRequest({ locale: 'de-x-ls' })).ok, true);
  });

  it('still refuses language codes with a bare one-letter subtag or an empty private-use part', () => {
    for (const locale of ['de-x', 'de-l-s', 'x-de', 'de-x-', 'de-x-toolongtag']) {
      assert.deepEqual(codes(sampleRequest({ locale })), { locale: 'invalid-language' }, locale);
    }
  });
});

describe('validateRequest: kind lotse', () => {
  it('accepts a contact request naming the Lotse by feed id and display name', () => {
    const request = sampleLotseRequest();
    assert.deepEqual(validateRequest(request), { ok: true, value: request });
    const { topics: _topics, note: _note, ...minimal } = request.need;
    assert.equal(validateRequest(sampleLotseRequest({ need: minimal })).ok, true);
  });

  it('answers an unknown kind with invalid-value on `kind` (what an older receiver says to a newer form)', () => {
    assert.deepEqual(codes({ ...sampleLotseRequest(), kind: 'sprachkurs' }), { kind: 'invalid-value' });
  });

  it('checks the Lotse fields: id and name present, known topics, a capped plain-text note', () => {
    const base = sampleLotseRequest();
    assert.deepEqual(codes({ ...base, need: { ...base.need, lotseId: '', lotseName: ' ' } }), {
      'need.lotseId': 'required',
      'need.lotseName': 'required',
    });
    assert.deepEqual(codes({ ...base, need: { ...base.need, topics: ['behoerden', 'steuern'] } }), { 'need.topics.1': 'invalid-value' });
    assert.deepEqual(codes({ ...base, need: { ...base.need, note: 'n'.repeat(501) } }), { 'need.note': 'too-long' });
    assert.deepEqual(codes({ ...base, need: { ...base.need, note: 'a\u202Eb' } }), { 'need.note': 'invalid-characters' });
  });

  it('does not take interpreter fields for a Lotse (the kind decides the shape of need)', () => {
    const dolmetscher = sampleRequest();
    assert.deepEqual(codes({ ...dolmetscher, kind: 'lotse' }), { 'need.lotseId': 'required', 'need.lotseName': 'required' });
  });

  it('asks for e-mail or phone as for an interpreter request', () => {
    assert.deepEqual(codes(sampleLotseRequest({ requester: { type: 'privat', name: 'Samira' } })), {
      'requester.email': 'contact-required',
    });
  });
});

describe('newDraftId', () => {
  it('makes a fresh UUID v4 each time', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newDraftId()));
    assert.equal(ids.size, 100);
    for (const id of ids) assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(validateRequest(sampleRequest({ id: newDraftId() })).ok, true);
  });
});
