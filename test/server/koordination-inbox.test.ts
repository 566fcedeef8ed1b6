/**
 * The inbox as a coordinator uses it, against the real server: what the list shows and in
 * which order, filters and counts, the detail, status changes with their audit trail,
 * suggestions from the office's list and "Vermitteln an …", export, and erasure for good.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import ExcelJS from 'exceljs';
import { type Browser, interpreter, loggedIn, type RunningApp, startApp, writeInterpreterList } from './koordination-harness.js';
import { daysFromToday, post, sampleRequest } from './receiver-harness.js';

const API = '/api/koordination';
let r: RunningApp;
let browser: Browser;

interface ListAnswer {
  items: Array<{ id: string; number: string; status: string; language: string; kind: string }>;
  total: number;
  counts: Record<string, number>;
}

interface DetailAnswer {
  item: {
    id: string;
    status: string;
    note: string;
    assignment?: { id?: string; name: string; gender?: string };
    request: { requester: { name: string } };
  };
  next: string[];
  audit: Array<{ action: string; actorEmail?: string; actorKind: string; from?: string; to?: string }>;
}

before(async () => {
  r = await startApp();
  await r.addAccount('koordination@example.de', ['06438']);
  browser = await loggedIn(r.url, 'koordination@example.de');
});
after(() => r.close());

async function send(overrides: Parameters<typeof sampleRequest>[0] = {}) {
  const anfrage = sampleRequest(overrides);
  assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 201);
  return anfrage;
}

describe('the inbox list', () => {
  it('shows new requests first, counts per status, and filters by status, language, date and number', async () => {
    const first = await send({ need: { ...sampleRequest().need, language: 'ar-SY', date: daysFromToday(20) } });
    const second = await send({ need: { ...sampleRequest().need, language: 'ti', date: daysFromToday(40) } });
    const third = await send({ need: { ...sampleRequest().need, language: 'uk', date: daysFromToday(10) } });
    await browser.call('PATCH', `${API}/anfragen/${first.id}`, { status: 'in-progress' });

    const all = await browser.call<ListAnswer>('GET', `${API}/anfragen`);
    assert.deepEqual(
      all.body.items.map((i) => i.id),
      [third.id, second.id, first.id],
      'new ones first (newest first), then in progress',
    );
    assert.deepEqual(all.body.counts, { received: 2, 'in-progress': 1 });
    assert.equal(all.body.items[0]!.number, third.id.slice(0, 8).toUpperCase());

    const ids = async (query: string) => (await browser.call<ListAnswer>('GET', `${API}/anfragen?${query}`)).body.items.map((i) => i.id);
    assert.deepEqual(await ids('status=in-progress'), [first.id]);
    assert.deepEqual(await ids('language=ar'), [first.id], 'a primary language finds its regional variants');
    assert.deepEqual(await ids(`from=${daysFromToday(15)}&to=${daysFromToday(30)}`), [first.id]);
    assert.deepEqual(await ids(`number=${second.id.slice(0, 8).toUpperCase()}`), [second.id]);
    assert.deepEqual(await ids('kind=lotse'), []);
    const counts = (await browser.call<ListAnswer>('GET', `${API}/anfragen?status=received&language=ti`)).body.counts;
    assert.deepEqual(counts, { received: 1 }, 'counts follow every filter but the status');
    assert.equal((await browser.call('GET', `${API}/anfragen?status=archived`)).status, 400);
  });
});

describe('a request in detail', () => {
  it('shows everything sent, moves through the statuses and keeps who changed what, when, from → to', async () => {
    const anfrage = await send();
    const detail = await browser.call<DetailAnswer>('GET', `${API}/anfragen/${anfrage.id}`);
    assert.deepEqual(detail.body.item.request, anfrage);
    assert.deepEqual(detail.body.next, ['in-progress', 'matched', 'cancelled']);

    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { note: 'Schule ruft zurück: Raum 12' });
    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'in-progress' });
    const refused = await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'done' });
    assert.equal(refused.status, 409, '"erledigt" only after the appointment day');
    const after = await browser.call<DetailAnswer>('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'cancelled' });
    assert.equal(after.body.item.status, 'cancelled');
    assert.equal(after.body.item.note, 'Schule ruft zurück: Raum 12');
    assert.deepEqual(
      after.body.audit.map((e) => [e.action, e.actorKind, e.actorEmail ?? '', e.from ?? '', e.to ?? '']),
      [
        ['received', 'requester', '', '', 'received'],
        ['note', 'account', 'koordination@example.de', '', ''],
        ['status', 'account', 'koordination@example.de', 'received', 'in-progress'],
        ['status', 'account', 'koordination@example.de', 'in-progress', 'cancelled'],
      ],
    );
    assert.ok(!JSON.stringify(after.body.audit).includes('Raum 12'), 'the note text stays out of the trail');
  });

  it('erasure removes the request from the files; the trail keeps only "deleted" with the number', async () => {
    const anfrage = await send({
      requester: { type: 'privat', name: 'Ganz Weg', email: 'ganz.weg@example.de' },
      need: { ...sampleRequest().need, notes: 'Notiz-die-verschwinden-muss' },
    });
    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { note: 'Interne-Notiz-weg', status: 'in-progress' });
    assert.equal((await browser.call('DELETE', `${API}/anfragen/${anfrage.id}`)).status, 204);
    assert.equal((await browser.call('GET', `${API}/anfragen/${anfrage.id}`)).status, 404);
    const traces = ['ganz.weg@example.de', 'Ganz Weg', 'Notiz-die-verschwinden-muss', 'Interne-Notiz-weg', anfrage.id];
    if (r.databaseUrl) {
      // PostgreSQL: the rows are gone from every table (disk pages follow with VACUUM, see docs/receiver.md).
      for (const table of ['anfragen', 'audit', 'outbox', 'status_links']) {
        const rows = await r.app.store.db.all<Record<string, unknown>>(`SELECT * FROM ${table}`);
        for (const text of traces) assert.ok(!JSON.stringify(rows).includes(text), `"${text}" is still in ${table}`);
      }
    } else {
      await r.app.store.db.scrub();
      const bytes = Buffer.concat([readFileSync(r.dbPath), readFileSync(`${r.dbPath}-wal`, { flag: 'a+' })]).toString('latin1');
      for (const text of traces) assert.ok(!bytes.includes(text), `"${text}" is still in the database files`);
    }
    const entries = await r.app.store.audit.general(50);
    const deleted = entries.find((e) => e.action === 'deleted')!;
    assert.deepEqual(
      [deleted.to, deleted.actorEmail, deleted.kommune, deleted.anfrageId],
      [anfrage.id.slice(0, 8).toUpperCase(), 'koordination@example.de', '06438', undefined],
    );
  });
});

describe('suggestions and "Vermitteln an …"', () => {
  it("lists the ten best from the office's list with their reasons, and records the assignment", async () => {
    const date = daysFromToday(30);
    const weekday = ['so', 'mo', 'di', 'mi', 'do', 'fr', 'sa'][new Date(`${date}T12:00:00Z`).getUTCDay()]!;
    const records = [
      interpreter({
        id: 'ti-1',
        name: 'Saba G.',
        gender: 'w',
        languages: [{ code: 'ti', level: 'muttersprache' }],
        availability: [{ day: weekday as 'mo', from: '08:00', to: '12:00' }],
      }),
      interpreter({ id: 'am-1', name: 'Dawit H.', gender: 'm', languages: ['am'] }),
      interpreter({
        id: 'ti-late',
        name: 'Nur Nachmittags',
        languages: ['ti'],
        availability: [{ day: weekday as 'mo', from: '14:00', to: '18:00' }],
      }),
      interpreter({ id: 'ar-1', name: 'Keine Passung', languages: ['ar'] }),
      ...Array.from({ length: 12 }, (_, i) => interpreter({ id: `ti-x${i}`, name: `Tigrinya ${i}`, languages: ['ti'] })),
    ];
    writeInterpreterList(r.feedsDir, '06438', records);
    const anfrage = await send({ need: { ...sampleRequest().need, date, from: '09:30' } });

    const answer = await browser.call<{
      ok: boolean;
      total: number;
      items: Array<{ record: { id: string }; reasons: Array<{ code: string; params: Record<string, unknown> }> }>;
    }>('GET', `${API}/anfragen/${anfrage.id}/vorschlaege`);
    assert.equal(answer.body.ok, true);
    assert.equal(answer.body.items.length, 10, 'the ten best');
    assert.equal(answer.body.total, 14, 'Tigrinya (13 minus the afternoon one) and Amharic as the listed alternative');
    const ids = answer.body.items.map((i) => i.record.id);
    assert.equal(ids[0], 'ti-1', 'native speaker available that morning first');
    assert.ok(!ids.includes('ti-late') && !ids.includes('ar-1'));
    const codes = answer.body.items[0]!.reasons.map((x) => x.code);
    for (const code of ['language', 'serves', 'mode', 'setting', 'available-at']) assert.ok(codes.includes(code), `${code} in ${codes}`);

    const matched = await browser.call<DetailAnswer>('PATCH', `${API}/anfragen/${anfrage.id}`, {
      status: 'matched',
      interpreterId: 'ti-1',
    });
    assert.equal(matched.status, 200);
    assert.equal(matched.body.item.status, 'matched');
    assert.deepEqual(matched.body.item.assignment, { id: 'ti-1', name: 'Saba G.', gender: 'w' });
    assert.deepEqual(
      matched.body.audit.slice(-2).map((e) => [e.action, e.from ?? '', e.to]),
      [
        ['assigned', '', 'Saba G.'],
        ['status', 'received', 'matched'],
      ],
    );
    const back = await browser.call<DetailAnswer>('PATCH', `${API}/anfragen/${anfrage.id}`, { status: 'in-progress' });
    assert.equal(back.body.item.assignment, undefined, 'leaving "vermittelt" clears the assignment');
    const manual = await browser.call<DetailAnswer>('PATCH', `${API}/anfragen/${anfrage.id}`, {
      status: 'matched',
      interpreterName: 'Frau Tesfay (extern)',
    });
    assert.deepEqual(manual.body.item.assignment, { name: 'Frau Tesfay (extern)' });
  });

  it('says when the office has no list', async () => {
    const other = await startApp();
    try {
      await other.addAccount('ohne@example.de', ['06438']);
      const b = await loggedIn(other.url, 'ohne@example.de');
      const anfrage = sampleRequest();
      await post(`${other.url}/api/anfragen`, anfrage);
      const answer = await b.call('GET', `${API}/anfragen/${anfrage.id}/vorschlaege`);
      assert.deepEqual(answer.body, { ok: false, problem: 'no-list', items: [] });
    } finally {
      await other.close();
    }
  });
});

describe('export', () => {
  it("CSV follows the receiver's rules and adds the office's columns; Excel holds the same rows as text", async () => {
    const anfrage = await send({ requester: { type: 'verein', name: '=HYPERLINK("x")', email: 'export@example.de' } });
    await browser.call('PATCH', `${API}/anfragen/${anfrage.id}`, { note: 'Notiz fürs Amt' });
    const csv = await browser.call<{ raw: Buffer }>('GET', `${API}/anfragen.csv?number=${anfrage.id.slice(0, 8)}`);
    assert.match(csv.headers.get('content-disposition')!, /^attachment; filename="anfragen-\d{4}-\d{2}-\d{2}\.csv"$/);
    const text = csv.body.raw.toString('utf8');
    assert.ok(text.startsWith('\uFEFF"id","status"'));
    assert.ok(text.includes('"\'=HYPERLINK(""x"")"'), 'formula neutralised');
    assert.ok(text.split('\r\n')[0]!.endsWith('"assigned_to","assigned_id","note"'));
    assert.ok(text.includes('"Notiz fürs Amt"'));

    const xlsx = await browser.call<{ raw: Buffer }>('GET', `${API}/anfragen.xlsx?number=${anfrage.id.slice(0, 8)}`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.body.raw as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const header = (sheet.getRow(1).values as string[]).slice(1);
    const row = (sheet.getRow(2).values as unknown[]).slice(1);
    assert.equal(row[header.indexOf('name')], '=HYPERLINK("x")', 'a plain text cell, not a formula');
    assert.equal(sheet.getRow(2).getCell(header.indexOf('name') + 1).type, ExcelJS.ValueType.String);
    assert.equal(row[header.indexOf('note')], 'Notiz fürs Amt');
    const exports = (await r.app.store.audit.general(20)).filter((e) => e.action === 'export');
    assert.deepEqual(
      exports.slice(0, 2).map((e) => e.to),
      ['xlsx:1', 'csv:1'],
      'each export is in the protocol',
    );
  });
});
