import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { parseRetryAfter, type SubmitAttemptInfo, submitRequest } from '../../../src/core/request/submit.js';
import { sampleRequest, startReceiver, tempDbPath } from '../../server/receiver-harness.js';
import { hang, reply, scriptedServers } from './scripted-server.js';

const { scripted, cleanups } = scriptedServers();

// Backoff is real but short, so the tests show the retries happen without waiting seconds.
const fast = { baseDelayMs: 20, maxDelayMs: 100 };

describe('submitRequest', () => {
  it('sends JSON with the draft id as Idempotency-Key and reports 201 as stored', async () => {
    const server = await scripted(reply(201, { status: 'received' }));
    const anfrage = sampleRequest();
    const outcome = await submitRequest(anfrage, { endpoint: server.endpoint });
    assert.equal(server.seen.length, 1);
    const [seen] = server.seen;
    assert.equal(seen!.method, 'POST');
    assert.equal(seen!.headers['idempotency-key'], anfrage.id);
    assert.match(seen!.headers['content-type'] ?? '', /^application\/json/);
    assert.deepEqual(JSON.parse(seen!.body), anfrage);
    assert.equal(outcome.ok, true);
    assert.equal(outcome.ok && outcome.status, 201);
    assert.equal(outcome.ok && outcome.replay, false);
  });

  it('retries after two 503s and succeeds on the third attempt, resending the same body and key', async () => {
    const server = await scripted(reply(503), reply(503), reply(201, { status: 'received' }));
    const anfrage = sampleRequest();
    const attempts: SubmitAttemptInfo[] = [];
    const outcome = await submitRequest(anfrage, { endpoint: server.endpoint, ...fast, onAttempt: (i) => attempts.push(i) });
    assert.deepEqual(outcome, { ok: true, status: 201, id: anfrage.id, replay: false });
    assert.equal(server.seen.length, 3);
    assert.equal(new Set(server.seen.map((s) => s.body)).size, 1, 'identical bodies');
    assert.deepEqual(
      server.seen.map((s) => s.headers['idempotency-key']),
      [anfrage.id, anfrage.id, anfrage.id],
    );
    assert.deepEqual(
      attempts.map((a) => a.attempt),
      [1, 2, 3],
    );
    assert.deepEqual(
      attempts.map((a) => !a.outcome.ok && a.outcome.kind),
      ['server', 'server', false],
    );
    // Exponential with equal jitter: attempt 2 waits 10–20 ms, attempt 3 waits 20–40 ms.
    assert.ok(attempts[0]!.nextDelayMs! >= 10 && attempts[0]!.nextDelayMs! <= 20);
    assert.ok(attempts[1]!.nextDelayMs! >= 20 && attempts[1]!.nextDelayMs! <= 40);
  });

  it('reports a 200 from the receiver as a replay of an already stored request', async () => {
    const server = await scripted(reply(200, { status: 'received' }));
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint });
    assert.equal(outcome.ok && outcome.replay, true);
  });

  it('waits the Retry-After seconds of a 429 before trying again', async () => {
    const server = await scripted(reply(429, { error: 'rate-limited' }, { 'Retry-After': '1' }), reply(201));
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, ...fast });
    assert.equal(outcome.ok, true);
    assert.equal(server.seen.length, 2);
    const waited = server.seen[1]!.at - server.seen[0]!.at;
    assert.ok(waited >= 950, `waited ${waited} ms`);
  });

  it('understands Retry-After given as an HTTP date', async () => {
    const inTwoSeconds = new Date(Date.now() + 2000).toUTCString();
    const server = await scripted(reply(503, {}, { 'Retry-After': inTwoSeconds }), reply(201));
    const delays: Array<number | undefined> = [];
    const outcome = await submitRequest(sampleRequest(), {
      endpoint: server.endpoint,
      ...fast,
      sleep: async () => {}, // the delay is asserted, not waited for
      onAttempt: (i) => delays.push(i.nextDelayMs),
    });
    assert.equal(outcome.ok, true);
    assert.ok(delays[0]! >= 1000 && delays[0]! <= 2100, `delay ${delays[0]}`);
  });

  it('gives up at once when Retry-After is longer than the cap, telling how long to wait', async () => {
    const server = await scripted(reply(429, {}, { 'Retry-After': '3600' }));
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, maxRetryAfterSeconds: 30 });
    assert.deepEqual(outcome, { ok: false, kind: 'rate-limited', retryable: true, status: 429, retryAfterSeconds: 3600 });
    assert.equal(server.seen.length, 1);
  });

  it('ends a hanging attempt with its timeout and retries until maxAttempts', async () => {
    const server = await scripted(hang);
    const started = Date.now();
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, timeoutMs: 150, maxAttempts: 2, ...fast });
    assert.deepEqual(outcome, { ok: false, kind: 'timeout', retryable: true });
    assert.equal(server.seen.length, 2);
    assert.ok(Date.now() - started < 2000);
  });

  it('times out a server that sends headers and then stalls the body', async () => {
    const server = await scripted((_req, res) => {
      res.writeHead(201, { 'Content-Type': 'application/json' });
      res.write('{"id":');
    });
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, timeoutMs: 150, maxAttempts: 1 });
    assert.equal(!outcome.ok && outcome.kind, 'timeout');
  });

  it('does not retry a 400 and returns the field errors from the body', async () => {
    const server = await scripted(
      reply(400, { error: 'invalid', errors: [{ path: 'need.from', code: 'invalid-time', message: 'Enter a time' }, { path: 'x' }] }),
    );
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, ...fast });
    assert.equal(server.seen.length, 1);
    assert.equal(outcome.ok, false);
    if (outcome.ok) return;
    assert.equal(outcome.kind, 'invalid');
    assert.equal(outcome.retryable, false);
    assert.deepEqual(outcome.errors, [
      { path: 'need.from', code: 'invalid-time', message: 'Enter a time' },
      { path: 'x', code: 'invalid', message: 'This value is not valid.' },
    ]);
  });

  it('maps 409, 413 and other 4xx to final failures without retrying', async () => {
    for (const [status, kind] of [
      [409, 'conflict'],
      [413, 'too-large'],
      [404, 'rejected'],
    ] as const) {
      const server = await scripted(reply(status));
      const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, ...fast });
      assert.deepEqual(outcome, { ok: false, kind, retryable: false, status });
      assert.equal(server.seen.length, 1);
    }
  });

  it('reports a refused connection as a retryable network failure after all attempts', async () => {
    // Take a free port and close it again, so nothing listens there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const attempts: number[] = [];
    const outcome = await submitRequest(sampleRequest(), {
      endpoint: `http://127.0.0.1:${port}/api/anfragen`,
      maxAttempts: 3,
      ...fast,
      onAttempt: (i) => attempts.push(i.attempt),
    });
    assert.deepEqual(outcome, { ok: false, kind: 'network', retryable: true });
    assert.deepEqual(attempts, [1, 2, 3]);
  });

  it('stops waiting between attempts when the caller aborts', async () => {
    const server = await scripted(reply(503));
    const controller = new AbortController();
    const outcome = await submitRequest(sampleRequest(), {
      endpoint: server.endpoint,
      baseDelayMs: 10_000,
      signal: controller.signal,
      onAttempt: () => setTimeout(() => controller.abort(), 20),
    });
    assert.deepEqual(outcome, { ok: false, kind: 'aborted', retryable: true });
    assert.equal(server.seen.length, 1);
  });

  it('aborts an attempt in flight when the caller aborts', async () => {
    const server = await scripted(hang);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const outcome = await submitRequest(sampleRequest(), { endpoint: server.endpoint, signal: controller.signal, timeoutMs: 5000 });
    assert.deepEqual(outcome, { ok: false, kind: 'aborted', retryable: true });
  });

  it('sends nothing to an empty endpoint (a page without the attribute) and fails for good at once (stand-in fetch that counts calls)', async () => {
    let calls = 0;
    for (const endpoint of ['', '   ']) {
      const outcome = await submitRequest(sampleRequest(), {
        endpoint,
        fetch: () => {
          calls++;
          return Promise.resolve(new Response(null, { status: 201 }));
        },
      });
      assert.deepEqual(outcome, { ok: false, kind: 'rejected', retryable: false });
    }
    assert.equal(calls, 0, 'fetch was never called');
  });

  it('never rejects, even when fetch itself throws synchronously (stand-in fetch)', async () => {
    const outcome = await submitRequest(sampleRequest(), {
      endpoint: 'http://127.0.0.1:1/',
      maxAttempts: 1,
      fetch: () => {
        throw new TypeError('fetch is broken');
      },
    });
    assert.deepEqual(outcome, { ok: false, kind: 'network', retryable: true });
  });

  it('stores once at the real receiver: first send 201, resend of the same draft 200', async () => {
    const db = tempDbPath();
    const running = await startReceiver({ dbPath: db.dbPath, log: () => {} });
    cleanups.push(db.cleanup, () => running.close());
    const anfrage = sampleRequest();
    const first = await submitRequest(anfrage, { endpoint: running.endpoint });
    const second = await submitRequest(anfrage, { endpoint: running.endpoint });
    // The receiver offers the requester's status page; a replay hands out a fresh link to it.
    const statusLink = new RegExp(`^http://127\\.0\\.0\\.1:\\d+/anfrage/${anfrage.id}#[A-Za-z0-9_-]{43}$`);
    assert.ok(first.ok && second.ok);
    assert.match(first.statusUrl ?? '', statusLink);
    assert.match(second.statusUrl ?? '', statusLink);
    assert.deepEqual({ ...first, statusUrl: undefined }, { ok: true, status: 201, id: anfrage.id, replay: false, statusUrl: undefined });
    assert.deepEqual({ ...second, statusUrl: undefined }, { ok: true, status: 200, id: anfrage.id, replay: true, statusUrl: undefined });
  });
});

describe('parseRetryAfter', () => {
  it('reads delay-seconds and HTTP dates, and ignores garbage', () => {
    const now = Date.parse('2026-11-28T10:00:00Z');
    assert.equal(parseRetryAfter('120', now), 120);
    assert.equal(parseRetryAfter(' 0 ', now), 0);
    assert.equal(parseRetryAfter('Sat, 28 Nov 2026 10:00:30 GMT', now), 30);
    assert.equal(parseRetryAfter('Sat, 28 Nov 2026 09:00:00 GMT', now), 0);
    assert.equal(parseRetryAfter('soon', now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });
});
