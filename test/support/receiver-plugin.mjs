/**
 * Web Test Runner plugin: mounts the REAL reference receiver (src/server/receiver, with a temp
 * SQLite file) on the test server at /api/anfragen, same origin as the test page, and gives
 * tests commands to break it the ways networks break (`executeServerCommand` from
 * '@web/test-runner-commands'):
 *
 *   receiver-stop            connections to /api/anfragen are destroyed (a network error in the browser)
 *   receiver-start           answers again
 *   receiver-slow {ms}       each POST waits ms before the receiver sees it (0 = off)
 *   receiver-lose-response   the next POST is stored, but its connection is destroyed instead of answered
 *   receiver-tamper {path, value}  the next POST body gets `value` at `path` before the receiver
 *                            validates it, so the receiver answers a real 400 for that field
 *   receiver-count {id}      rows stored for that id (0 or 1)
 *   receiver-posts {id}      POSTs that reached /api/anfragen for that id (counts every attempt)
 *   receiver-get {id}        the stored request as the receiver keeps it (or null)
 *
 * State is per test server (all test files share it); tests use fresh draft ids, so counts by
 * id never mix between tests.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { tsImport } from 'tsx/esm/api';

export function receiverPlugin() {
  let receiver;
  let dir;
  const state = { down: false, delayMs: 0, loseNext: false, tamper: undefined };
  const posts = new Map();

  async function readAll(req) {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  /** A request object the receiver can read like the original, carrying a changed body. */
  function withBody(req, body) {
    const copy = Readable.from([body]);
    copy.headers = { ...req.headers, 'content-length': String(body.length) };
    copy.method = req.method;
    copy.url = req.url;
    copy.socket = req.socket;
    return copy;
  }

  return {
    name: 'wir-receiver',

    async serverStart({ server }) {
      const here = import.meta.url;
      const { createReceiver, isReceiverPath } = await tsImport('../../src/server/receiver/receiver.ts', here);
      dir = mkdtempSync(join(tmpdir(), 'wir-wtr-receiver-'));
      const dbPath = join(dir, 'anfragen.sqlite');
      // A generous rate limit: every test posts from 127.0.0.1, and the limiter is not what
      // these tests are about (the Node contract tests cover 429).
      receiver = await createReceiver({ dbPath, rateLimit: { perMinute: 100000 }, log: () => {} });

      const onReceiverRequest = async (req, res) => {
        let body;
        if (req.method === 'POST') {
          body = await readAll(req);
          const id = String(req.headers['idempotency-key'] ?? '');
          posts.set(id, (posts.get(id) ?? 0) + 1);
          if (state.delayMs > 0) await new Promise((r) => setTimeout(r, state.delayMs));
        }
        if (state.down) {
          req.socket.destroy();
          return;
        }
        if (body && state.tamper) {
          const { path: at, value } = state.tamper;
          state.tamper = undefined;
          try {
            const json = JSON.parse(body.toString('utf8'));
            const keys = at.split('.');
            let node = json;
            for (const key of keys.slice(0, -1)) node = node[key];
            node[keys.at(-1)] = value;
            body = Buffer.from(JSON.stringify(json));
          } catch {
            // leave the body as it was; the test will see that nothing changed
          }
        }
        if (body && state.loseNext) {
          state.loseNext = false;
          // Let the receiver store it, then cut the line before the answer gets out.
          res.writeHead = () => res;
          res.end = () => {
            req.socket.destroy();
            return res;
          };
        }
        receiver.handle(body ? withBody(req, body) : req, res);
      };
      // Koa composed its middleware when the server was created (koa-compose copies the
      // list), so app.use() here would come too late: take the receiver's paths off the
      // node:http server before Koa sees them, as the demo server does.
      const koaListeners = server.listeners('request');
      server.removeAllListeners('request');
      server.on('request', (req, res) => {
        if (isReceiverPath(req.url)) {
          onReceiverRequest(req, res).catch(() => req.socket.destroy());
          return;
        }
        for (const listener of koaListeners) listener.call(server, req, res);
      });
    },

    async serverStop() {
      await receiver?.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },

    async executeCommand({ command, payload }) {
      switch (command) {
        case 'receiver-stop':
          state.down = true;
          return true;
        case 'receiver-start':
          state.down = false;
          state.delayMs = 0;
          return true;
        case 'receiver-slow':
          state.delayMs = Number(payload?.ms ?? 0);
          return true;
        case 'receiver-lose-response':
          state.loseNext = true;
          return true;
        case 'receiver-tamper':
          state.tamper = { path: String(payload.path), value: payload.value };
          return true;
        case 'receiver-count':
          return (await receiver.store.requests.get(String(payload.id).toLowerCase())) ? 1 : 0;
        case 'receiver-get':
          return (await receiver.store.requests.get(String(payload.id).toLowerCase()))?.request ?? null;
        case 'receiver-posts':
          return posts.get(String(payload.id)) ?? 0;
        default:
          return undefined;
      }
    },
  };
}
