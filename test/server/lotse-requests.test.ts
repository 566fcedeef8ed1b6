/**
 * A Lotse contact request (kind `lotse`) through the real server: the receiver stores and
 * exports it, the inbox filters by kind, the detail shows the Lotse as the office's Lotsen feed
 * (`<feeds>/<kommune>/lotsen.json`) lists them today and warns when they take nobody new, and
 * the mails and the status page speak of a Lotse contact. Mails go through a real SMTP server
 * in this process (smtp-sink.ts).
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { LotseRecord } from '../../src/core/schema/index.js';
import { type Browser, loggedIn, type RunningApp, startApp } from './koordination-harness.js';
import { post, sampleLotseRequest, sampleRequest } from './receiver-harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

const API = '/api/koordination';
const OFFICE = 'lotsen@kreis-offenbach.example';
let r: RunningApp;
let smtp: SmtpSink;
let browser: Browser;

function lotse(overrides: Partial<LotseRecord> & { id: string; name: string }): LotseRecord {
  return {
    languages: ['ti', { code: 'ar', level: 'fliessend' }],
    place: { ort: 'Dietzenbach', plz: '63128', kommune: '06438', lat: 50.01, lon: 8.78 },
    topics: ['behoerden', 'alltag'],
    available: true,
    contact: { name: 'WIR-Koordination Kreis Offenbach', email: OFFICE },
    ...overrides,
  } as LotseRecord;
}

function writeLotsenFeed(kommune: string, records: LotseRecord[]): void {
  mkdirSync(join(r.feedsDir, kommune), { recursive: true });
  writeFileSync(
    join(r.feedsDir, kommune, 'lotsen.json'),
    JSON.stringify({
      format: 'wir-feed',
      version: 1,
      kind: 'lotsen',
      publisher: { name: 'Testbüro', kommune },
      updated: '2026-11-20',
      records,
    }),
  );
}

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting for mails');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

interface Detail {
  item: { kind: string; lotseName?: string; request: { need: Record<string, unknown> } };
  lotse?: { found: boolean; problem?: string; record?: { name: string; available: boolean; place: { ort: string } }; updated?: string };
  next: string[];
}

before(async () => {
  smtp = await startSmtpSink();
  r = await startApp({
    mail: { smtpUrl: smtp.url, from: 'WIR-Koordination <noreply@kreis-offenbach.example>', notify: new Map([['06438', [OFFICE]]]) },
    publicUrl: 'https://anfragen.kreis-offenbach.example',
    outbox: { retryBaseMs: 200, retryMaxMs: 800, pollMs: 200 },
  });
  await r.addAccount('koordination@example.de', ['06438']);
  browser = await loggedIn(r.url, 'koordination@example.de');
});
after(async () => {
  await r.close();
  await smtp.stop();
});

describe('a Lotse contact request', () => {
  it('is stored by the receiver (201), replayed as one (200), and exported with its kind and Lotse', async () => {
    const anfrage = sampleLotseRequest();
    assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 201);
    assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 200);
    const stored = await r.app.store.requests.get(anfrage.id);
    assert.deepEqual(stored?.request, anfrage);
    const csv = await browser.call<{ raw: Buffer }>('GET', `${API}/anfragen.csv?kind=lotse`);
    const text = csv.body.raw.toString('utf8');
    assert.match(text.split('\r\n')[0]!, /"consent_at","kind","lotse_id","lotse_name","topics"/);
    assert.ok(text.includes('"lotse","L-17","Layla B.","behoerden"'), text);
  });

  it('is refused with 400 on kind when the kind is unknown (what the finder takes as "use the office contact")', async () => {
    const res = await post(`${r.url}/api/anfragen`, { ...sampleLotseRequest(), kind: 'lotse-v2' });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: Array<{ path: string; code: string }> };
    assert.deepEqual(
      body.errors.map((e) => [e.path, e.code]),
      [['kind', 'invalid-value']],
    );
  });

  it('is found in the inbox by kind, named by its Lotse', async () => {
    const anfrage = sampleLotseRequest({ need: { ...sampleLotseRequest().need, lotseName: 'Amina K.' } });
    await post(`${r.url}/api/anfragen`, anfrage);
    await post(`${r.url}/api/anfragen`, sampleRequest());
    const lotsen = await browser.call<{ items: Array<{ id: string; kind: string; lotseName?: string }> }>(
      'GET',
      `${API}/anfragen?kind=lotse`,
    );
    assert.ok(lotsen.body.items.length >= 1);
    assert.ok(lotsen.body.items.every((i) => i.kind === 'lotse'));
    assert.equal(lotsen.body.items.find((i) => i.id === anfrage.id)?.lotseName, 'Amina K.');
    const dolmetscher = await browser.call<{ items: Array<{ kind: string }> }>('GET', `${API}/anfragen?kind=dolmetscher`);
    assert.ok(dolmetscher.body.items.length >= 1 && dolmetscher.body.items.every((i) => i.kind === 'dolmetscher'));
  });

  it("shows the Lotse's current record from the office's Lotsen feed, and says when they take nobody new or left the list", async () => {
    const anfrage = sampleLotseRequest();
    await post(`${r.url}/api/anfragen`, anfrage);
    const detail = () => browser.call<Detail>('GET', `${API}/anfragen/${anfrage.id}`);

    assert.deepEqual((await detail()).body.lotse, { found: false, problem: 'no-list' });

    writeLotsenFeed('06438', [lotse({ id: 'L-17', name: 'Layla B.' })]);
    const current = (await detail()).body.lotse!;
    assert.equal(current.found, true);
    assert.deepEqual(
      [current.record?.name, current.record?.available, current.record?.place.ort, current.updated],
      ['Layla B.', true, 'Dietzenbach', '2026-11-20'],
    );

    // The office updates its feed: Layla takes nobody new. The file is read again (new mtime and size).
    writeLotsenFeed('06438', [lotse({ id: 'L-17', name: 'Layla B.', available: false }), lotse({ id: 'L-18', name: 'Omar T.' })]);
    assert.equal((await detail()).body.lotse?.record?.available, false);

    writeLotsenFeed('06438', [lotse({ id: 'L-18', name: 'Omar T.' })]);
    assert.deepEqual((await detail()).body.lotse, { found: false, problem: 'not-in-list' });
  });

  it('an interpreter request carries no Lotse part and keeps its suggestions', async () => {
    const anfrage = sampleRequest();
    await post(`${r.url}/api/anfragen`, anfrage);
    const detail = await browser.call<Detail>('GET', `${API}/anfragen/${anfrage.id}`);
    assert.equal(detail.body.lotse, undefined);
    const lotseRequest = sampleLotseRequest();
    await post(`${r.url}/api/anfragen`, lotseRequest);
    const suggestions = await browser.call<{ ok: boolean; problem?: string }>('GET', `${API}/anfragen/${lotseRequest.id}/vorschlaege`);
    assert.deepEqual([suggestions.body.ok, suggestions.body.problem], [false, 'not-applicable']);
  });

  it('mails the office without personal data, and the requester in their language about a Lotse, not an appointment', async () => {
    const anfrage = sampleLotseRequest({
      locale: 'de',
      requester: { type: 'privat', name: 'Samira Haddad', email: 'samira@example.de', phone: '0151 2345678' },
    });
    const answer = (await (await post(`${r.url}/api/anfragen`, anfrage)).json()) as { statusUrl: string };
    const number = anfrage.id.slice(0, 8).toUpperCase();
    // Earlier tests' mails may still arrive: wait for this request's two.
    const ofThis = () => smtp.mails.filter((m) => m.subject.includes(number));
    await waitFor(() => ofThis().length >= 2);
    const notice = ofThis().find((m) => m.to.includes(OFFICE))!;
    assert.equal(notice.subject, `Neue Lotsen-Anfrage ${number} – Tigrinya`);
    assert.ok(!notice.text.includes('Termin:'));
    for (const personal of ['Samira', 'Haddad', 'samira@', '2345678', 'Jobcenter']) {
      assert.ok(!`${notice.subject}\n${notice.text}`.includes(personal), `"${personal}" in the office notice`);
    }
    const confirmation = ofThis().find((m) => m.to.includes('samira@example.de'))!;
    assert.ok(confirmation.text.includes('Die Koordinierungsstelle fragt die Lotsin oder den Lotsen und meldet sich bei Ihnen.'));
    assert.ok(!confirmation.text.includes('Layla'), 'the mail does not name the volunteer');

    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'matched', interpreterName: 'Layla B.' });
    await waitFor(() => ofThis().length >= 3);
    const update = ofThis().filter((m) => m.to.includes('samira@example.de'))[1]!;
    assert.equal(update.subject, `Ihre Anfrage ${number}: Vermittelt`);
    assert.ok(update.text.includes('Die Koordinierungsstelle hat den Kontakt zur Lotsin oder zum Lotsen hergestellt.'), update.text);

    const [, token] = answer.statusUrl.split('#') as [string, string];
    const matched = (await (
      await fetch(`${r.url}/api/anfrage-status/${anfrage.id}`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { message: string };
    assert.match(matched.message, /Kontakt zur Lotsin oder zum Lotsen hergestellt/);
    // A contact has no appointment day: "erledigt" may follow at once, and says the support has ended.
    assert.ok((await browser.call<Detail>('GET', `${API}/anfragen/${anfrage.id}`)).body.next.includes('done'));
    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'done' });
    const done = (await (
      await fetch(`${r.url}/api/anfrage-status/${anfrage.id}`, { headers: { Authorization: `Bearer ${token}` } })
    ).json()) as { message: string };
    assert.equal(done.message, 'Die Begleitung ist abgeschlossen. Vielen Dank!');
  });
});
