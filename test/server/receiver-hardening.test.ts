/**
 * What an attack on the receiver found, one finding per block, each against the real receiver
 * on a real SQLite file.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { receiverOptionsFromEnv } from '../../src/server/receiver/config.js';
import { daysFromToday, post, type RunningReceiver, sampleRequest, startReceiver, tempDbPath } from './receiver-harness.js';

const TOKEN = 'test-admin-token-0123456789abcdef';
const auth = { Authorization: `Bearer ${TOKEN}` };
const cleanups: Array<() => void | Promise<void>> = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

async function receiver(options: Partial<Parameters<typeof startReceiver>[0]> = {}): Promise<RunningReceiver> {
  const db = tempDbPath();
  const running = await startReceiver({ dbPath: db.dbPath, adminToken: TOKEN, ...options });
  cleanups.push(db.cleanup, () => running.close());
  return running;
}

/** Every byte the database keeps on disk: the file, its write-ahead log and shared memory. */
function databaseBytes(dbPath: string): string {
  return ['', '-wal', '-shm']
    .map((suffix) => `${dbPath}${suffix}`)
    .filter((file) => existsSync(file))
    .map((file) => readFileSync(file).toString('latin1'))
    .join('\n');
}

describe('deleted requests leave the database files', () => {
  it('retention: none of 20 purged e-mail addresses can be found in the raw bytes, before or after shutdown', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    let clock = new Date(Date.now() - 100 * 86_400_000);
    const r = await startReceiver({ dbPath: db.dbPath, retentionDays: 90, now: () => clock });
    const addresses = Array.from({ length: 20 }, (_, i) => `geloescht.person${i}@example.de`);
    for (const email of addresses) {
      const anfrage = sampleRequest({ createdAt: clock.toISOString(), requester: { type: 'privat', name: `Person ${email}`, email } });
      assert.equal((await post(r.endpoint, anfrage)).status, 201);
    }
    clock = new Date();
    const kept = sampleRequest({ requester: { type: 'privat', name: 'Bleibt', email: 'bleibt@example.de' } });
    assert.equal((await post(r.endpoint, kept)).status, 201);
    assert.ok(databaseBytes(db.dbPath).includes('geloescht.person7@example.de'), 'the addresses were on disk before the purge');

    assert.equal(await r.receiver.purgeExpired(), 20);
    const running = databaseBytes(db.dbPath);
    for (const email of addresses) assert.ok(!running.includes(email), `${email} still on disk after the purge`);
    assert.ok(running.includes('bleibt@example.de'), 'the request within the retention period stays');

    await r.close();
    const stopped = databaseBytes(db.dbPath);
    for (const email of addresses) assert.ok(!stopped.includes(email), `${email} on disk after shutdown`);
  });

  it('erasure of one request removes its name, e-mail and notes from the files', async () => {
    const r = await receiver();
    const anfrage = sampleRequest({
      requester: { type: 'privat', name: 'Zu Löschen', email: 'zu.loeschen@example.de' },
      need: { ...sampleRequest().need, notes: 'Notiz-die-verschwinden-muss' },
    });
    assert.equal((await post(r.endpoint, anfrage)).status, 201);
    assert.equal(await r.receiver.store.requests.delete(anfrage.id), true);
    const bytes = databaseBytes(r.dbPath);
    for (const text of ['zu.loeschen@example.de', 'Notiz-die-verschwinden-muss', anfrage.id]) {
      assert.ok(!bytes.includes(text), `"${text}" is still in the database files`);
    }
  });
});

/** Splits CSV the way a spreadsheet does with `separator`: quote-aware, or naively (a quote after text is literal). */
function spreadsheetCells(csv: string, separator: ',' | ';', quoteAware: boolean): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  let atStart = true;
  for (let i = 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
      continue;
    }
    if (ch === '"' && atStart && quoteAware) {
      quoted = true;
      atStart = false;
    } else if (ch === separator || ch === '\n' || ch === '\r') {
      cells.push(cell);
      cell = '';
      atStart = true;
    } else {
      cell += ch;
      atStart = false;
    }
  }
  cells.push(cell);
  return cells;
}

describe('CSV export is safe whichever separator the spreadsheet picks', () => {
  it('no cell starts a formula when split on "," or ";", quote-aware or not', async () => {
    const r = await receiver();
    const base = sampleRequest();
    const hostile = ['Frau X;=1+1;Y', 'A,=HYPERLINK("http://evil.example")', 'B; "=2+2"', 'C\n@SUM(A1)', '-5+5', 'D;\t=3+3'];
    for (const [i, text] of hostile.entries()) {
      const anfrage = sampleRequest({
        // Names are single-line; notes keep their line breaks (a split point of their own).
        requester: {
          type: 'verein',
          organisation: text.replace(/\s/g, ' '),
          name: `Name ${text.replace(/\s/g, ' ')}`,
          email: `p${i}@example.de`,
        },
        need: { ...base.need, notes: text },
      });
      assert.equal((await post(r.endpoint, anfrage)).status, 201, text);
    }
    const res = await fetch(`${r.endpoint}.csv`, { headers: auth });
    const csv = (await res.text()).replace(/^\uFEFF/, '');
    for (const separator of [',', ';'] as const) {
      for (const quoteAware of [true, false]) {
        const cells = spreadsheetCells(csv, separator, quoteAware);
        const formulas = cells.map((c) => c.replace(/^[\s"]+/, '')).filter((c) => /^[=+\-@]/.test(c));
        assert.deepEqual(formulas, [], `separator "${separator}", quote-aware ${quoteAware}`);
      }
    }
    // Still readable: the text is all there, only an apostrophe before each trigger.
    assert.ok(csv.includes(`"Frau X;'=1+1;Y"`), csv);
  });
});

describe('request ids in upper and lower case', () => {
  it('are one request: one row, a replay for the other case, and PATCH reaches it by either case', async () => {
    const r = await receiver();
    const anfrage = sampleRequest();
    const upper = { ...anfrage, id: anfrage.id.toUpperCase() };
    const first = await post(r.endpoint, upper, { 'Idempotency-Key': upper.id });
    assert.equal(first.status, 201);
    const body = (await first.json()) as { id: string; status: string };
    assert.deepEqual([body.id, body.status], [anfrage.id, 'received'], 'answered with the lower-case id');
    assert.equal((await post(r.endpoint, anfrage)).status, 200);
    assert.equal((await post(r.endpoint, upper, { 'Idempotency-Key': anfrage.id })).status, 200, 'key in the other case');
    assert.equal(await r.receiver.store.requests.count(), 1);
    const patch = await fetch(`${r.endpoint}/${upper.id}`, {
      method: 'PATCH',
      headers: { ...auth, 'Content-Type': 'application/json' },
      body: JSON.stringify({ status: 'in-progress' }),
    });
    assert.equal(patch.status, 200);
    assert.equal((await r.receiver.store.requests.get(anfrage.id))?.status, 'in-progress');
  });
});

describe('a database locked by another process', () => {
  it('keeps health and unknown paths answering while a POST waits, then answers that POST 503 with Retry-After', async () => {
    const r = await receiver();
    const other = new Database(r.dbPath);
    other.exec('BEGIN IMMEDIATE');
    other
      .prepare(
        "INSERT INTO anfragen (id, payload, fingerprint, kommune, need_date, received_at, updated_at) VALUES ('x','{}','x','06438','2030-01-01','t','t')",
      )
      .run();
    try {
      const order: string[] = [];
      const posting = post(r.endpoint, sampleRequest()).then((res) => {
        order.push('post');
        return res;
      });
      // Let the POST reach the store and start waiting for the lock.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const [health, nope] = await Promise.all([fetch(`${r.url}/healthz`), fetch(`${r.endpoint}/nope`)]);
      order.push('others');
      assert.equal(health.status, 200, 'the database can still be read');
      assert.equal(nope.status, 404);
      const res = await posting;
      assert.deepEqual(order, ['others', 'post'], 'health and 404 did not wait behind the locked write');
      assert.equal(res.status, 503);
      assert.match(res.headers.get('retry-after') ?? '', /^\d+$/);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    assert.equal((await post(r.endpoint, sampleRequest())).status, 201, 'stores again once the lock is gone');
  });
});

describe('configuration that cannot work is refused at start, naming the variable', () => {
  for (const [name, value] of [
    ['WIR_RATE_LIMIT', '0.5'],
    ['WIR_RATE_LIMIT', '0'],
    ['WIR_RETENTION_DAYS', '1e9'],
    ['WIR_RETENTION_DAYS', '0.1'],
  ] as const) {
    it(`${name}=${value}`, () => {
      assert.throws(() => receiverOptionsFromEnv({ [name]: value }), new RegExp(`^Error: ${name} `));
    });
  }
});

describe('database file and folder are private whatever the umask', () => {
  it('creates the folder 0700 and the file, its -wal and -shm 0600 under umask 022', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    const dbPath = join(db.dbPath, '..', 'nested', 'anfragen.sqlite');
    const previous = process.umask(0o022);
    let r: RunningReceiver;
    try {
      r = await startReceiver({ dbPath });
    } finally {
      process.umask(previous);
    }
    cleanups.push(() => r.close());
    assert.equal((await post(r.endpoint, sampleRequest())).status, 201);
    assert.equal(statSync(join(dbPath, '..')).mode & 0o777, 0o700);
    for (const file of [dbPath, `${dbPath}-wal`, `${dbPath}-shm`]) assert.equal(statSync(file).mode & 0o777, 0o600, file);
  });
});

describe('text fields take text, not control or invisible characters', () => {
  const cases: Array<[string, string, string]> = [
    ['a NUL character', 'Erika\u0000Mustermann', 'invalid-characters'],
    ['a right-to-left override', 'Erika \u202Enamretsum', 'invalid-characters'],
    ['a lone surrogate', 'Erika \uD800', 'invalid-characters'],
    ['only zero-width spaces', '\u200B\u200B\u200B', 'required'],
    ['only a soft hyphen and a direction mark', '\u00AD\u200F', 'required'],
  ];
  for (const [label, name, code] of cases) {
    it(`refuses a name with ${label} (${code})`, async () => {
      const r = await receiver();
      const anfrage = sampleRequest({ requester: { type: 'privat', name, email: 'a@example.de' } });
      const res = await post(r.endpoint, anfrage);
      assert.equal(res.status, 400);
      const body = (await res.json()) as { errors: Array<{ path: string; code: string; message: string }> };
      assert.deepEqual(body.errors, [{ path: 'requester.name', code, message: body.errors[0]!.message }]);
    });
  }

  it('keeps tabs and line breaks in notes', async () => {
    const r = await receiver();
    const anfrage = sampleRequest({ need: { ...sampleRequest().need, notes: 'Zeile 1\r\nZeile 2\n\tEingerückt' } });
    assert.equal((await post(r.endpoint, anfrage)).status, 201);
  });

  it('refuses a body that is not valid UTF-8 instead of storing U+FFFD', async () => {
    const r = await receiver();
    const anfrage = sampleRequest();
    const json = Buffer.from(JSON.stringify({ ...anfrage, requester: { ...anfrage.requester, name: 'Müller' } }), 'utf8');
    const at = json.indexOf(Buffer.from('Müller'));
    json[at + 1] = 0xff; // the first byte of "ü" becomes a byte no UTF-8 text contains
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        `${r.endpoint}`,
        { method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': anfrage.id } },
        (response) => {
          let body = '';
          response.on('data', (c) => {
            body += c;
          });
          response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
        },
      );
      req.on('error', reject);
      req.end(json);
    });
    assert.equal(res.status, 400);
    assert.match(res.body, /"code":"invalid-encoding"/);
    assert.equal(await r.receiver.store.requests.count(), 0);
  });
});

describe('dates the receiver checks against its own clock', () => {
  it('refuses an appointment before today in Germany', async () => {
    const r = await receiver();
    const res = await post(r.endpoint, sampleRequest({ need: { ...sampleRequest().need, date: '2020-01-01' } }));
    assert.equal(res.status, 400);
    assert.deepEqual(
      ((await res.json()) as { errors: Array<{ path: string; code: string }> }).errors.map((e) => [e.path, e.code]),
      [['need.date', 'date-past']],
    );
  });

  it('counts "today" in Germany: at 23:30 UTC on 31 March it is already 1 April there', async () => {
    const r = await receiver({ now: () => new Date('2027-03-31T23:30:00Z') });
    const request = (date: string) => sampleRequest({ createdAt: '2027-03-31T23:29:00Z', need: { ...sampleRequest().need, date } });
    assert.equal((await post(r.endpoint, request('2027-03-31'))).status, 400, 'yesterday in Germany');
    assert.equal((await post(r.endpoint, request('2027-04-01'))).status, 201, 'today in Germany');
  });

  it('refuses a createdAt more than a day ahead of the server clock, and accepts one a few hours ahead', async () => {
    const r = await receiver();
    const ahead = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();
    const far = await post(r.endpoint, sampleRequest({ createdAt: ahead(30) }));
    assert.equal(far.status, 400);
    assert.match(await far.text(), /created-in-future/);
    assert.equal(
      (await post(r.endpoint, sampleRequest({ createdAt: ahead(3), need: { ...sampleRequest().need, date: daysFromToday(5) } }))).status,
      201,
    );
  });
});

describe('every answer carries nosniff', () => {
  it('404 and 405 too', async () => {
    const r = await receiver();
    for (const res of [
      await fetch(`${r.endpoint}/nope`),
      await fetch(r.endpoint, { method: 'DELETE' }),
      await fetch(`${r.url}/healthz`, { method: 'POST' }),
    ]) {
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff', `${res.status}`);
    }
  });
});
