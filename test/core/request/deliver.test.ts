/**
 * deliverRequest against real HTTP servers on 127.0.0.1 (scripted answers, and the real
 * receiver). Only the browser's network state is a stand-in (`Connectivity`): Node has no
 * `navigator.onLine`, and it is an edge we do not own; the tests that use it say so.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { type Connectivity, type DeliveryStep, deliverRequest } from '../../../src/core/request/deliver.js';
import { sampleRequest, startReceiver, tempDbPath } from '../../server/receiver-harness.js';
import { reply, scriptedServers } from './scripted-server.js';

const { scripted, cleanups } = scriptedServers();

/** Short but real backoff, so retries happen without waiting seconds. */
const fast = { baseDelayMs: 20, maxDelayMs: 100 };

/** A stand-in for the browser's network state that the test switches. */
function switchableConnectivity(startOnline: boolean): Connectivity & { set(online: boolean): void } {
  let online = startOnline;
  const waiting = new Set<() => void>();
  return {
    online: () => online,
    whenOnline: (signal) =>
      new Promise((resolve) => {
        if (signal.aborted) return resolve(false);
        if (online) return resolve(true);
        const done = () => resolve(true);
        waiting.add(done);
        signal.addEventListener('abort', () => {
          waiting.delete(done);
          resolve(false);
        });
      }),
    set(next) {
      online = next;
      if (!next) return;
      for (const done of waiting) done();
      waiting.clear();
    },
  };
}

describe('deliverRequest', () => {
  it('sends the request once and reports it sent, with the status page the receiver offers', async () => {
    const anfrage = sampleRequest();
    const server = await scripted(reply(201, { id: anfrage.id, status: 'received', statusUrl: 'https://wir.example/anfrage/abc#t0k' }));
    const steps: DeliveryStep[] = [];
    const delivery = await deliverRequest(anfrage, {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      onStep: (s) => steps.push(s),
    });
    assert.deepEqual(delivery, { status: 'sent', id: anfrage.id, replay: false, statusUrl: 'https://wir.example/anfrage/abc#t0k' });
    assert.equal(server.seen.length, 1);
    assert.equal(server.seen[0]!.headers['idempotency-key'], anfrage.id);
    assert.deepEqual(steps, ['sending']);
  });

  it('never hands on a status link that is not http(s)', async () => {
    const server = await scripted(reply(201, { statusUrl: 'javascript:alert(1)' }));
    const delivery = await deliverRequest(sampleRequest(), { endpoint: server.endpoint, signal: new AbortController().signal });
    assert.equal(delivery.status, 'sent');
    assert.equal('statusUrl' in delivery, false);
  });

  it('waits until a person could have filled the form before the first POST', async () => {
    const server = await scripted(reply(201));
    const startedAt = Date.now();
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      startedAt,
      minFillMs: 400,
    });
    assert.equal(delivery.status, 'sent');
    const waited = server.seen[0]!.at - startedAt;
    assert.ok(waited >= 390, `first POST after ${waited} ms`);
  });

  it('sends at once when the person took longer than the minimum', async () => {
    const server = await scripted(reply(201));
    const before = Date.now();
    await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      startedAt: before - 60_000,
      minFillMs: 5000,
    });
    assert.ok(server.seen[0]!.at - before < 1000);
  });

  it('answers a filled honeypot like a success and posts nothing', async () => {
    const server = await scripted(reply(201));
    const anfrage = sampleRequest();
    const delivery = await deliverRequest(anfrage, { endpoint: server.endpoint, signal: new AbortController().signal, trapped: true });
    assert.deepEqual(delivery, { status: 'trapped', id: anfrage.id });
    assert.equal(server.seen.length, 0);
  });

  it('posts nothing when the host takes the request over', async () => {
    const server = await scripted(reply(201));
    const anfrage = sampleRequest();
    const handed: unknown[] = [];
    const delivery = await deliverRequest(anfrage, {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      beforeSend: (request) => {
        handed.push(request);
        return false;
      },
    });
    assert.deepEqual(delivery, { status: 'cancelled' });
    assert.deepEqual(handed, [anfrage]);
    assert.equal(server.seen.length, 0);
  });

  it('tries nothing while offline and sends once the connection is back (stand-in network state)', async () => {
    const server = await scripted(reply(201));
    const network = switchableConnectivity(false);
    const steps: DeliveryStep[] = [];
    const delivering = deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      connectivity: network,
      onStep: (s) => {
        steps.push(s);
        // Online again a moment after the form said it waits.
        if (s === 'offline') setTimeout(() => network.set(true), 50);
      },
    });
    const delivery = await delivering;
    assert.equal(delivery.status, 'sent');
    assert.deepEqual(steps, ['sending', 'offline', 'sending']);
    assert.equal(server.seen.length, 1);
  });

  it('waits again when the connection drops during the attempts, instead of failing (stand-in network state)', async () => {
    const network = switchableConnectivity(true);
    // The first POST loses its connection and the device goes offline with it.
    const server = await scripted((req) => {
      network.set(false);
      req.socket.destroy();
      setTimeout(() => network.set(true), 50);
    }, reply(201));
    const steps: DeliveryStep[] = [];
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      connectivity: network,
      maxAttempts: 1,
      onStep: (s) => steps.push(s),
    });
    assert.equal(delivery.status, 'sent');
    assert.deepEqual(steps, ['sending', 'offline', 'sending']);
    assert.equal(server.seen.length, 2);
  });

  it('says when it retries, and fails for good with a prepared e-mail after the last attempt', async () => {
    const server = await scripted(reply(503));
    const anfrage = sampleRequest();
    const steps: DeliveryStep[] = [];
    const delivery = await deliverRequest(anfrage, {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      maxAttempts: 3,
      ...fast,
      onStep: (s) => steps.push(s),
      fallback: { email: 'wir@kreis.example', mailto: (request, email) => `mailto:${email}?subject=${request.id}` },
    });
    assert.deepEqual(delivery, {
      status: 'failed',
      failure: { ok: false, kind: 'server', retryable: true, status: 503 },
      retry: true,
      mailto: `mailto:wir@kreis.example?subject=${anfrage.id}`,
    });
    assert.deepEqual(steps, ['sending', 'retrying', 'retrying']);
    assert.equal(server.seen.length, 3);
  });

  it('does not offer a retry where sending again cannot help (409), nor an e-mail without an address', async () => {
    const server = await scripted(reply(409));
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      fallback: { email: '', mailto: () => 'mailto:x' },
    });
    assert.deepEqual(delivery, { status: 'failed', failure: { ok: false, kind: 'conflict', retryable: false, status: 409 }, retry: false });
  });

  it('hands the receiver’s field errors back for the form, without an e-mail', async () => {
    const server = await scripted(
      reply(400, { errors: [{ path: 'requester.email', code: 'invalid-email', message: 'Enter an e-mail.' }] }),
    );
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: new AbortController().signal,
      fallback: { email: 'wir@kreis.example', mailto: () => 'mailto:x' },
    });
    assert.equal(delivery.status, 'rejected');
    assert.deepEqual(delivery.status === 'rejected' && delivery.errors, [
      { path: 'requester.email', code: 'invalid-email', message: 'Enter an e-mail.' },
    ]);
  });

  it('stops while waiting out the fill time when the form goes away, posting nothing', async () => {
    const server = await scripted(reply(201));
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 30);
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: controller.signal,
      startedAt: Date.now(),
      minFillMs: 5000,
    });
    assert.deepEqual(delivery, { status: 'aborted' });
    assert.equal(server.seen.length, 0);
  });

  it('stops waiting for the connection when the form goes away (stand-in network state)', async () => {
    const server = await scripted(reply(201));
    const controller = new AbortController();
    const delivery = await deliverRequest(sampleRequest(), {
      endpoint: server.endpoint,
      signal: controller.signal,
      connectivity: switchableConnectivity(false),
      onStep: (s) => s === 'offline' && controller.abort(),
    });
    assert.deepEqual(delivery, { status: 'aborted' });
    assert.equal(server.seen.length, 0);
  });

  it('stores the request once at the real receiver, however often it is delivered', async () => {
    const db = tempDbPath();
    const running = await startReceiver({ dbPath: db.dbPath, log: () => {} });
    cleanups.push(db.cleanup, () => running.close());
    const anfrage = sampleRequest();
    const signal = new AbortController().signal;
    const first = await deliverRequest(anfrage, { endpoint: running.endpoint, signal });
    const again = await deliverRequest(anfrage, { endpoint: running.endpoint, signal });
    assert.equal(first.status === 'sent' && first.replay, false);
    assert.equal(again.status === 'sent' && again.replay, true);
  });
});
