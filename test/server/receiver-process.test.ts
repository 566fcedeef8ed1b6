/**
 * The receiver as operators run it: its own process, configured by environment variables,
 * stopped by a signal, and several processes sharing one PostgreSQL database.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { submitRequest } from '../../src/core/request/submit.js';
import { openStore } from '../../src/server/store/index.js';
import { testPostgres } from '../support/postgres.js';
import { post, sampleRequest, tempDbPath } from './receiver-harness.js';

interface Running {
  child: ChildProcess;
  url: string;
  lines: string[];
  exited: Promise<number | null>;
}

let postgres: Awaited<ReturnType<typeof testPostgres>>;
const cleanups: Array<() => unknown> = [];
before(async () => {
  postgres = await testPostgres();
});
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  await postgres.release();
});

/** Starts `receiver-cli.ts` on a free port with JSON logs; resolves once it listens. */
function startProcess(env: Record<string, string>): Promise<Running> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/receiver-cli.ts'], {
    env: { ...process.env, PORT: '0', WIR_LOG_FORMAT: 'json', WIR_RATE_LIMIT: '100000', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  cleanups.push(() => {
    if (child.exitCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    let buffer = '';
    child.stderr!.on('data', (chunk) => lines.push(`stderr: ${chunk}`));
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      for (let at = buffer.indexOf('\n'); at >= 0; at = buffer.indexOf('\n')) {
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 1);
        lines.push(line);
        const event = JSON.parse(line) as { event: string; url?: string };
        if (event.event === 'listening') resolve({ child, url: event.url!, lines, exited });
      }
    });
    void exited.then((code) => reject(new Error(`receiver exited with ${code} before listening: ${lines.join('\n')}`)));
  });
}

describe('a receiver process', () => {
  it('on SIGTERM finishes the POST in flight (201, stored), refuses new connections, and exits 0', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    const r = await startProcess({ WIR_DB_PATH: db.dbPath });
    const anfrage = sampleRequest();
    const body = Buffer.from(JSON.stringify(anfrage));
    const answered = new Promise<number>((resolve, reject) => {
      const req = httpRequest(
        `${r.url}/api/anfragen`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Content-Length': body.length, 'Idempotency-Key': anfrage.id },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      // Half the body now, the rest after the signal: the request is in flight when it comes.
      req.write(body.subarray(0, 100));
      setTimeout(() => {
        r.child.kill('SIGTERM');
        setTimeout(() => req.end(body.subarray(100)), 300);
      }, 300);
    });
    assert.equal(await answered, 201);
    assert.equal(await r.exited, 0);
    await assert.rejects(fetch(`${r.url}/healthz`), 'no longer accepting connections');
    const events = r.lines.map((l) => (JSON.parse(l) as { event: string }).event);
    // Without WIR_SMTP_URL the mails the request queued are written to the log as well
    // (docs/koordination.md); whether before or after the request line depends on timing.
    assert.deepEqual(
      events.filter((e) => e !== 'mail'),
      ['listening', 'stopping', 'request', 'stopped'],
    );
    const store = await openStore({ dbPath: db.dbPath });
    try {
      assert.ok(await store.requests.get(anfrage.id), 'the request that was in flight is stored');
    } finally {
      await store.close();
    }
  });

  it('writes JSON log lines without anything the requester typed', async () => {
    const db = tempDbPath();
    cleanups.push(db.cleanup);
    const r = await startProcess({ WIR_DB_PATH: db.dbPath });
    const anfrage = sampleRequest();
    assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 201);
    r.child.kill('SIGTERM');
    await r.exited;
    const request = r.lines.map((l) => JSON.parse(l) as Record<string, unknown>).find((l) => l.event === 'request');
    assert.deepEqual(Object.keys(request ?? {}).sort(), ['event', 'id', 'level', 'method', 'ms', 'path', 'status', 'time']);
    assert.equal(request?.id, anfrage.id);
    // Every line but the start line (which names the address it listens on).
    const all = r.lines.filter((l) => !l.includes('"listening"')).join('\n');
    for (const personal of [anfrage.requester.name, anfrage.requester.email!, 'Schulstraße', '127.0.0.1']) {
      assert.ok(!all.includes(personal), personal);
    }
  });
});

describe('two receiver processes on one PostgreSQL database', () => {
  it('200 concurrent sends of 50 ids spread over both, as the form sends: 50 rows, each id answered 201 once and 200 otherwise', async () => {
    const url = await postgres.createDatabase();
    const [a, b] = await Promise.all([startProcess({ WIR_DATABASE_URL: url }), startProcess({ WIR_DATABASE_URL: url })]);
    const requests = Array.from({ length: 50 }, () => sampleRequest());
    // The form's own client: a burst may be answered 503 with Retry-After (every pooled
    // connection busy), which it waits out and repeats, as a resident's browser would.
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => {
        const q = requests[i % 50]!;
        const target = i % 2 === 0 ? a : b;
        return submitRequest(q, { endpoint: `${target.url}/api/anfragen`, maxAttempts: 8 }).then(
          (outcome) => [q.id, outcome.ok ? outcome.status : `${outcome.kind} ${'status' in outcome ? outcome.status : ''}`] as const,
        );
      }),
    );
    const serverErrors = [...a.lines, ...b.lines].filter((l) => l.includes('"level":"error"'));
    assert.deepEqual(serverErrors, [], 'no unexpected failure in either process');
    for (const q of requests) {
      assert.deepEqual(
        answers
          .filter(([id]) => id === q.id)
          .map(([, s]) => s)
          .sort(),
        [200, 200, 200, 201],
        q.id,
      );
    }
    a.child.kill('SIGTERM');
    b.child.kill('SIGTERM');
    assert.deepEqual(await Promise.all([a.exited, b.exited]), [0, 0]);
    const store = await openStore({ databaseUrl: url });
    try {
      assert.equal(await store.requests.count(), 50);
    } finally {
      await store.close();
    }
  });
});
