import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { mailtoFor } from '../../../src/core/request/mailto.js';
import { sampleLotseRequest, sampleRequest } from '../../server/receiver-harness.js';

function parts(mailto: string): { to: string; subject: string; body: string; raw: string } {
  assert.ok(mailto.startsWith('mailto:'));
  const [to, query] = mailto.slice('mailto:'.length).split('?') as [string, string];
  const params = new Map(query.split('&').map((pair) => pair.split('=') as [string, string]));
  assert.deepEqual([...params.keys()], ['subject', 'body'], 'only subject and body');
  return {
    to: decodeURIComponent(to),
    subject: decodeURIComponent(params.get('subject')!),
    body: decodeURIComponent(params.get('body')!),
    raw: mailto,
  };
}

describe('mailtoFor', () => {
  it('prepares a German e-mail to the office with language, date and request number', () => {
    const anfrage = sampleRequest({ need: { ...sampleRequest().need, date: '2026-12-03' } });
    const { to, subject, body } = parts(mailtoFor(anfrage, 'wir@kreis-offenbach.de'));
    assert.equal(to, 'wir@kreis-offenbach.de');
    assert.match(subject, /^Anfrage Laiendolmetscher:in: .*\(ti\), 03\.12\.2026 \([0-9a-f]{8}\)$/);
    assert.ok(body.includes(`Anfragenummer: ${anfrage.id}`));
    assert.ok(body.includes('Termin: 03.12.2026, 09:30 Uhr, 60 Minuten'));
    assert.ok(body.includes('Art: vor Ort'));
    assert.ok(body.includes('Ort: Schulstraße 1, 63128 Dietzenbach'));
    assert.ok(body.includes('Name: Erika Mustermann'));
    assert.ok(body.includes('Telefon: +49 6074 123456'));
  });

  it('encodes per RFC 6068: %20 for spaces, CRLF line breaks, UTF-8 percent-encoding', () => {
    const base = sampleRequest();
    const anfrage = sampleRequest({ need: { ...base.need, notes: 'Zeile 1\nZeile 2 & mehr' } });
    const { raw, body } = parts(mailtoFor(anfrage, 'wir@example.de'));
    assert.ok(!raw.includes(' ') && !raw.includes('+49'), 'no raw spaces, "+" encoded');
    assert.ok(!/[^\r]\n/.test(body), 'every line break is CRLF');
    assert.ok(body.includes('Hinweise: Zeile 1\r\nZeile 2 & mehr'));
    assert.ok(raw.includes('Schulstra%C3%9Fe'), 'ß as UTF-8');
  });

  it('cannot be turned into extra headers by a crafted address or text', () => {
    const base = sampleRequest();
    const anfrage = sampleRequest({ need: { ...base.need, notes: 'x&cc=evil@example.com' } });
    const raw = mailtoFor(anfrage, 'wir@example.de?bcc=evil@example.com');
    assert.equal(raw.split('?').length, 2);
    assert.equal(raw.split('&').length, 2);
  });

  it('uses English labels for an English locale', () => {
    const { subject, body } = parts(mailtoFor(sampleRequest(), 'wir@example.de', 'en-GB'));
    assert.match(subject, /^Request for a community interpreter: /);
    assert.ok(body.includes('Mode: on site'));
  });
});

describe('mailtoFor: a Lotse contact request', () => {
  it('names the Lotse by display name and feed id, the language and topics, and how to reach the resident', () => {
    const request = sampleLotseRequest();
    const url = mailtoFor(request, 'lotsen@kreis-offenbach.example');
    const subject = decodeURIComponent(/subject=([^&]*)/.exec(url)![1]!);
    const body = decodeURIComponent(/body=(.*)$/.exec(url)![1]!);
    assert.equal(subject, `Kontaktanfrage Integrationslotse:in: Layla B., Tigrinya (ti) (${request.id.slice(0, 8)})`);
    assert.match(body, /Lotse\/Lotsin: Layla B\. \(L-17\)/);
    assert.match(body, /Themen: Ämter und Behörden/);
    assert.match(body, /Hinweise: Termin beim Jobcenter/);
    assert.match(body, /Telefon: \+49 151 2345678/);
    assert.ok(!body.includes('Termin:'), 'no appointment lines for a Lotse contact');
  });
});
