import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, describe, it } from 'node:test';
import { daysFromToday, post, type RunningReceiver, sampleRequest, startReceiver, tempDbPath } from './receiver-harness.js';

const TOKEN = 'test-admin-token-0123456789abcdef';
const cleanups: Array<() => void | Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function receiver(options: Parameters<typeof startReceiver>[0] extends infer O ? Partial<O> : never = {}): Promise<RunningReceiver> {
  const db = tempDbPath();
  const running = await startReceiver({ dbPath: db.dbPath, ...options });
  cleanups.push(db.cleanup, () => running.close());
  return running;
}

function auth(token = TOKEN): Record<string, string> {
  return { Authorization: `Bearer ${token}` };
}

describe('POST /api/anfragen', () => {
  it('stores a valid request and answers 201 with its id, status "received" and a status link', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    const res = await post(r.endpoint, anfrage);
    assert.equal(res.status, 201);
    const body = (await res.json()) as { id: string; status: string; statusUrl: string };
    assert.deepEqual({ id: body.id, status: body.status }, { id: anfrage.id, status: 'received' });
    assert.match(body.statusUrl, new RegExp(`^${r.url}/anfrage/${anfrage.id}#[A-Za-z0-9_-]{43}$`));
    const list = (await (await fetch(r.endpoint, { headers: auth() })).json()) as { items: Array<{ id: string; request: unknown }> };
    assert.equal(list.items.length, 1);
    assert.deepEqual(list.items[0]!.request, anfrage);
  });

  it('answers a resend of the same id with 200, the same id and status and a fresh status link, storing it once', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    const first = (await (await post(r.endpoint, anfrage)).json()) as { id: string; status: string; statusUrl: string };
    // A form that re-stamps createdAt/consent.at on "Erneut senden" still sends the same request.
    const second = await post(r.endpoint, { ...anfrage, createdAt: '2026-11-28T10:05:00Z' });
    assert.equal(second.status, 200);
    const replay = (await second.json()) as { id: string; status: string; statusUrl: string };
    assert.deepEqual([replay.id, replay.status], [first.id, first.status]);
    // The first answer may never have arrived: the replay's link must work on its own.
    assert.match(replay.statusUrl, new RegExp(`/anfrage/${anfrage.id}#`));
    assert.notEqual(replay.statusUrl, first.statusUrl);
    const list = (await (await fetch(r.endpoint, { headers: auth() })).json()) as { items: unknown[] };
    assert.equal(list.items.length, 1);
  });

  it('answers 409 when a different request arrives under an existing id', async () => {
    const r = await receiver();
    const anfrage = sampleRequest();
    assert.equal((await post(r.endpoint, anfrage)).status, 201);
    const res = await post(r.endpoint, { ...anfrage, need: { ...anfrage.need, language: 'ar' } });
    assert.equal(res.status, 409);
    assert.deepEqual(await res.json(), { error: 'conflict', id: anfrage.id });
  });

  it('answers 400 listing every invalid field by path and code', async () => {
    const r = await receiver();
    const anfrage = sampleRequest();
    const bad = {
      ...anfrage,
      requester: { type: 'schule', name: 'X' }, // neither e-mail nor phone
      need: { ...anfrage.need, from: '9:30', durationMinutes: 5, notes: 'x'.repeat(1001) },
      consent: { privacy: false, at: anfrage.consent.at },
    };
    const res = await post(r.endpoint, bad);
    assert.equal(res.status, 400);
    const body = (await res.json()) as { error: string; errors: Array<{ path: string; code: string; message: string }> };
    assert.equal(body.error, 'invalid');
    const byPath = Object.fromEntries(body.errors.map((e) => [e.path, e.code]));
    assert.deepEqual(byPath, {
      'requester.email': 'contact-required',
      'need.from': 'invalid-time',
      'need.durationMinutes': 'invalid-duration',
      'need.notes': 'too-long',
      'consent.privacy': 'consent-required',
    });
    for (const e of body.errors) assert.ok(e.message.length > 0);
  });

  it('answers 400 invalid-json for a body that is not JSON', async () => {
    const r = await receiver();
    const res = await fetch(r.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: '{"format": "wir-anfrage",',
    });
    assert.equal(res.status, 400);
    assert.deepEqual(
      ((await res.json()) as { errors: Array<{ code: string }> }).errors.map((e) => e.code),
      ['invalid-json'],
    );
  });

  it('answers 400 when the Idempotency-Key header is missing or differs from the body id', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    const other = await post(r.endpoint, anfrage, { 'Idempotency-Key': crypto.randomUUID() });
    assert.equal(other.status, 400);
    const body = (await other.json()) as { errors: Array<{ path: string; code: string }> };
    assert.deepEqual(
      body.errors.map((e) => [e.path, e.code]),
      [['id', 'idempotency-key-mismatch']],
    );
    const missing = await fetch(r.endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(anfrage),
    });
    assert.equal(missing.status, 400);
    const list = (await (await fetch(r.endpoint, { headers: auth() })).json()) as { items: unknown[] };
    assert.equal(list.items.length, 0, 'nothing stored');
  });

  it('answers 415 for a body that is not sent as application/json', async () => {
    const r = await receiver();
    const anfrage = sampleRequest();
    const res = await post(r.endpoint, anfrage, { 'Content-Type': 'text/plain' });
    assert.equal(res.status, 415);
  });

  it('answers 413 before reading a body whose declared length is over 32 KB', async () => {
    const r = await receiver();
    const anfrage = sampleRequest({ locale: 'de' });
    const res = await post(r.endpoint, { ...anfrage, padding: 'x'.repeat(40 * 1024) });
    assert.equal(res.status, 413);
    assert.deepEqual(await res.json(), { error: 'too-large', maxBytes: 32768 });
  });

  it('answers 413 and stops reading a chunked body once it passes 32 KB', async () => {
    const r = await receiver();
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        r.endpoint,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => (text += chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      // No Content-Length: Node sends this chunked, so the cap must be enforced while reading.
      req.write('{"padding":"');
      req.write('x'.repeat(20 * 1024));
      req.write('x'.repeat(20 * 1024));
      req.end('"}');
    });
    assert.equal(status, 413);
    assert.match(body, /too-large/);
  });

  it('answers 429 with Retry-After once a client has used its per-minute budget', async () => {
    const r = await receiver({ rateLimit: { perMinute: 2 } });
    assert.equal((await post(r.endpoint, sampleRequest())).status, 201);
    assert.equal((await post(r.endpoint, sampleRequest())).status, 201);
    const res = await post(r.endpoint, sampleRequest());
    assert.equal(res.status, 429);
    const retryAfter = Number(res.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 30, `Retry-After ${retryAfter}`);
    assert.equal(((await res.json()) as { error: string }).error, 'rate-limited');
  });

  it('stores exactly 50 rows for 100 concurrent posts of 50 distinct ids', async () => {
    const r = await receiver({ adminToken: TOKEN, rateLimit: { perMinute: 1000 } });
    const anfragen = Array.from({ length: 50 }, () => sampleRequest());
    const responses = await Promise.all([...anfragen, ...anfragen].map((a) => post(r.endpoint, a)));
    const statuses = responses.map((res) => res.status);
    assert.equal(statuses.filter((s) => s === 201).length, 50);
    assert.equal(statuses.filter((s) => s === 200).length, 50);
    const list = (await (await fetch(r.endpoint, { headers: auth() })).json()) as { items: Array<{ id: string }> };
    assert.equal(list.items.length, 50);
    assert.deepEqual(new Set(list.items.map((i) => i.id)), new Set(anfragen.map((a) => a.id)));
  });
});

describe('coordinator routes', () => {
  it('answer 404 on every coordinator route when no admin token is configured', async () => {
    const r = await receiver();
    assert.equal((await fetch(r.endpoint, { headers: auth() })).status, 404);
    assert.equal((await fetch(`${r.endpoint}.csv`, { headers: auth() })).status, 404);
    const patch = await fetch(`${r.endpoint}/${crypto.randomUUID()}`, {
      method: 'PATCH',
      headers: { ...auth(), 'Content-Type': 'application/json' },
      body: '{"status":"done"}',
    });
    assert.equal(patch.status, 404);
  });

  it('answer 401 without a token or with a wrong one', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    await post(r.endpoint, anfrage);
    for (const headers of [{}, auth('wrong-token-of-similar-length-xx'), auth(TOKEN.slice(0, -1)), { Authorization: TOKEN }]) {
      const list = await fetch(r.endpoint, { headers });
      assert.equal(list.status, 401);
      assert.match(list.headers.get('www-authenticate') ?? '', /^Bearer/);
      assert.equal((await fetch(`${r.endpoint}.csv`, { headers })).status, 401);
      const patch = await fetch(`${r.endpoint}/${anfrage.id}`, {
        method: 'PATCH',
        headers: { ...headers, 'Content-Type': 'application/json' },
        body: '{"status":"done"}',
      });
      assert.equal(patch.status, 401);
    }
  });

  it('answer 429 once an address has spent its budget on wrong tokens', async () => {
    const r = await receiver({ adminToken: TOKEN, rateLimit: { perMinute: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await fetch(r.endpoint, { headers: auth(`guess-${i}`) })).status);
    assert.deepEqual(statuses, [401, 401, 401, 429]);
    // The right token still works: a coordinator is not locked out by someone else's guesses.
    assert.equal((await fetch(r.endpoint, { headers: auth() })).status, 200);
  });

  it('lists requests as JSON filtered by kommune, status and appointment date', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const a = sampleRequest({ kommune: '06438' });
    const b = sampleRequest({ kommune: '06438001', need: { ...sampleRequest().need, date: daysFromToday(37) } });
    const c = sampleRequest({ kommune: '06412' });
    for (const x of [a, b, c]) assert.equal((await post(r.endpoint, x)).status, 201);
    const ids = async (query: string) =>
      ((await (await fetch(`${r.endpoint}${query}`, { headers: auth() })).json()) as { items: Array<{ id: string }> }).items
        .map((i) => i.id)
        .sort();
    assert.deepEqual(await ids(''), [a.id, b.id, c.id].sort());
    // A Kreisschlüssel also finds requests routed to an AGS inside that Kreis.
    assert.deepEqual(await ids('?kommune=06438'), [a.id, b.id].sort());
    assert.deepEqual(await ids('?kommune=06438001'), [b.id]);
    assert.deepEqual(await ids(`?from=${daysFromToday(31)}`), [b.id]);
    assert.deepEqual(await ids(`?to=${daysFromToday(30)}`), [a.id, c.id].sort());
    assert.deepEqual(await ids('?status=done'), []);
    const bad = await fetch(`${r.endpoint}?kommune=abc&status=nope&from=3.12.2026`, { headers: auth() });
    assert.equal(bad.status, 400);
    assert.deepEqual(
      ((await bad.json()) as { errors: Array<{ path: string }> }).errors.map((e) => e.path),
      ['kommune', 'status', 'from'],
    );
  });

  it('PATCH sets the status, which the list then shows, and rejects unknown statuses and ids', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    await post(r.endpoint, anfrage);
    const patch = (id: string, body: string) =>
      fetch(`${r.endpoint}/${id}`, { method: 'PATCH', headers: { ...auth(), 'Content-Type': 'application/json' }, body });
    const ok = await patch(anfrage.id, '{"status":"in-progress"}');
    assert.equal(ok.status, 200);
    const okBody = (await ok.json()) as { id: string; status: string; updatedAt: string };
    assert.equal(okBody.id, anfrage.id);
    assert.equal(okBody.status, 'in-progress');
    const list = (await (await fetch(`${r.endpoint}?status=in-progress`, { headers: auth() })).json()) as {
      items: Array<{ id: string; status: string }>;
    };
    assert.deepEqual(
      list.items.map((i) => [i.id, i.status]),
      [[anfrage.id, 'in-progress']],
    );
    assert.equal((await patch(anfrage.id, '{"status":"archived"}')).status, 400);
    assert.equal((await patch(crypto.randomUUID(), '{"status":"done"}')).status, 404);
    // The replay's status stays "received": a resend does not learn the coordinator's status.
    const replay = (await (await post(r.endpoint, anfrage)).json()) as { id: string; status: string };
    assert.deepEqual([replay.id, replay.status], [anfrage.id, 'received']);
  });

  it('exports CSV with a header row, RFC 4180 quoting and formula cells neutralised', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const base = sampleRequest();
    const anfrage = sampleRequest({
      requester: { type: 'verein', organisation: '=HYPERLINK("http://evil.example","klick")', name: '@SUM(A1)', phone: '+49 6074 1' },
      need: { ...base.need, notes: 'Zeile 1, mit "Zitat"\nZeile 2', place: { address: '-2+3', plz: '63128', ort: 'Dietzenbach' } },
    });
    assert.equal((await post(r.endpoint, anfrage)).status, 201);
    const res = await fetch(`${r.endpoint}.csv`, { headers: auth() });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/csv/);
    assert.match(res.headers.get('content-disposition') ?? '', /attachment; filename="anfragen-\d{4}-\d{2}-\d{2}\.csv"/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
    assert.ok(text.startsWith('\uFEFF"id","status","received_at","kommune",'), 'BOM then header row');
    const rows = text.slice(1).split('\r\n');
    assert.equal(rows.at(-1), '', 'ends with CRLF');
    const record = text.slice(1).split('\r\n').slice(1).join('\r\n');
    assert.ok(record.includes(`"'=HYPERLINK(""http://evil.example"",""klick"")"`), record);
    assert.ok(record.includes(`,"'@SUM(A1)",`), record);
    assert.ok(record.includes(`,"'+49 6074 1",`), record);
    assert.ok(record.includes(`,"'-2+3",`), record);
    assert.ok(record.includes('"Zeile 1, mit ""Zitat""\nZeile 2"'), record);
  });
});

describe('CORS', () => {
  const ALLOWED = 'https://www.kreis-offenbach.de';

  it('answers the preflight of an allowed origin with the methods and headers the form needs', async () => {
    const r = await receiver({ allowedOrigins: [`${ALLOWED}/`] });
    const res = await fetch(r.endpoint, {
      method: 'OPTIONS',
      headers: {
        Origin: ALLOWED,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key',
      },
    });
    assert.equal(res.status, 204);
    assert.equal(res.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(res.headers.get('access-control-allow-methods') ?? '', /POST/);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /Idempotency-Key/i);
    assert.match(res.headers.get('access-control-allow-headers') ?? '', /Content-Type/i);
  });

  it('refuses the preflight of an origin that is not listed, without CORS headers', async () => {
    const r = await receiver({ allowedOrigins: [ALLOWED] });
    const res = await fetch(r.endpoint, {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    assert.equal(res.status, 403);
    assert.equal(res.headers.get('access-control-allow-origin'), null);
  });

  it('lets an allowed origin post and read Retry-After; refuses and stores nothing for other origins', async () => {
    const r = await receiver({ allowedOrigins: [ALLOWED], adminToken: TOKEN });
    const ok = await post(r.endpoint, sampleRequest(), { Origin: ALLOWED });
    assert.equal(ok.status, 201);
    assert.equal(ok.headers.get('access-control-allow-origin'), ALLOWED);
    assert.match(ok.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const denied = await post(r.endpoint, sampleRequest(), { Origin: 'https://evil.example' });
    assert.equal(denied.status, 403);
    assert.equal(denied.headers.get('access-control-allow-origin'), null);
    // Same origin (the demo page served by the same host) needs no listing.
    const same = await post(r.endpoint, sampleRequest(), { Origin: r.url });
    assert.equal(same.status, 201);
    assert.equal(same.headers.get('access-control-allow-origin'), null);
    const list = (await (await fetch(r.endpoint, { headers: auth() })).json()) as { items: unknown[] };
    assert.equal(list.items.length, 2);
  });
});

describe('storage and privacy', () => {
  it('keeps stored requests across a restart on the same SQLite file', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    const first = await startReceiver({ dbPath: db.dbPath, adminToken: TOKEN });
    const anfrage = sampleRequest();
    assert.equal((await post(first.endpoint, anfrage)).status, 201);
    await first.close();
    const second = await startReceiver({ dbPath: db.dbPath, adminToken: TOKEN });
    cleanups.push(() => second.close());
    const list = (await (await fetch(second.endpoint, { headers: auth() })).json()) as { items: Array<{ id: string }> };
    assert.deepEqual(
      list.items.map((i) => i.id),
      [anfrage.id],
    );
    // The id is still known after the restart: a resend is a replay, not a new row.
    assert.equal((await post(second.endpoint, anfrage)).status, 200);
  });

  it('deletes requests older than the retention period at start and on purge', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    let clock = new Date('2026-01-01T12:00:00Z');
    const now = () => clock;
    const first = await startReceiver({ dbPath: db.dbPath, adminToken: TOKEN, retentionDays: 90, now });
    const old = sampleRequest({ createdAt: clock.toISOString() });
    assert.equal((await post(first.endpoint, old)).status, 201);
    clock = new Date('2026-03-01T12:00:00Z'); // 59 days later
    const recent = sampleRequest({ createdAt: clock.toISOString() });
    assert.equal((await post(first.endpoint, recent)).status, 201);
    await first.close();

    clock = new Date('2026-04-15T12:00:00Z'); // old: 104 days, recent: 45 days
    const second = await startReceiver({ dbPath: db.dbPath, adminToken: TOKEN, retentionDays: 90, now });
    cleanups.push(() => second.close());
    const ids = async () =>
      ((await (await fetch(second.endpoint, { headers: auth() })).json()) as { items: Array<{ id: string }> }).items.map((i) => i.id);
    assert.deepEqual(await ids(), [recent.id], 'purged at start');
    clock = new Date('2026-06-01T12:00:00Z'); // recent: 92 days
    assert.equal(await second.receiver.purgeExpired(), 1);
    assert.deepEqual(await ids(), []);
  });

  it('logs method, path, status, duration and id, but nothing the requester typed', async () => {
    const r = await receiver({ adminToken: TOKEN });
    const anfrage = sampleRequest();
    await post(r.endpoint, anfrage);
    await post(r.endpoint, { ...anfrage, requester: { type: 'schule', name: 'Nur Name' } });
    await fetch(`${r.endpoint}?kommune=06438`, { headers: auth() });
    await fetch(`${r.endpoint}.csv`, { headers: auth() });
    // Log lines are written on 'finish'; give the last one a tick.
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(r.logs.length, 4);
    assert.match(r.logs[0]!, new RegExp(`^POST /api/anfragen 201 \\d+\\.\\dms id=${anfrage.id}$`));
    const all = r.logs.join('\n');
    for (const personal of [
      anfrage.requester.name,
      anfrage.requester.email!,
      anfrage.requester.phone!,
      anfrage.requester.organisation!,
      'Nur Name',
      'Schulstraße',
      'Elterngespräch',
      TOKEN,
      '127.0.0.1',
    ]) {
      assert.ok(!all.includes(personal), `log must not contain "${personal}"`);
    }
  });

  it('answers 404 for unknown paths and 405 with Allow for unsupported methods', async () => {
    const r = await receiver();
    assert.equal((await fetch(`${r.endpoint}/nope`)).status, 404);
    const del = await fetch(r.endpoint, { method: 'DELETE' });
    assert.equal(del.status, 405);
    assert.match(del.headers.get('allow') ?? '', /POST/);
  });
});
