/**
 * Runs the receiver with the coordinator workspace (for production behind a reverse proxy;
 * see docs/receiver.md and docs/koordination.md):
 *   WIR_ALLOWED_ORIGINS=https://www.kreis-offenbach.de WIR_PUBLIC_URL=https://anfragen.kreis-offenbach.de \
 *   npx wir-widgets receiver
 * (or, in a checkout, tsx src/server/receiver-cli.ts). Listens on HOST (default 127.0.0.1) and PORT (default 8787).
 *
 * SIGTERM (systemd stop, a container stop) and SIGINT shut it down gracefully: it stops
 * accepting connections, lets requests in flight finish (a form's POST gets its answer),
 * closes the database, then exits 0. Whatever has not finished after 20 seconds is cut.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendNotFound } from './http/json-response.js';
import { formatEventLog } from './http/request-log.js';
import { portFromEnv } from './receiver/config.js';
import { createServerApp, type ServerApp, type ServerAppOptions } from './server-app.js';
import { serverAppOptionsFromEnv } from './server-config.js';

const SHUTDOWN_GRACE_MS = 20_000;

/** Starts the receiver from environment variables (`npx wir-widgets receiver` calls this too); resolves with the exit code once it has stopped or failed. */
export async function runReceiver(env: Record<string, string | undefined> = process.env): Promise<number> {
  let app: ServerApp;
  let port: number;
  let options: ServerAppOptions;
  try {
    port = portFromEnv(env, 8787);
    options = serverAppOptionsFromEnv(env);
    app = await createServerApp(options);
  } catch (error) {
    console.error(`wir-receiver: ${(error as Error).message}`);
    return 1;
  }
  const format = options.logFormat ?? 'text';
  // In a terminal the program names itself; a JSON line carries its own fields.
  const log = (event: string, fields?: Record<string, string | number>) =>
    console.log(`${format === 'text' ? 'wir-receiver: ' : ''}${formatEventLog(format, event, fields)}`);
  const host = env.HOST?.trim() || '127.0.0.1';
  const server = createServer((req, res) => {
    if (!app.handle(req, res)) sendNotFound(res);
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  return new Promise<number>((done) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      console.error(
        error.code === 'EADDRINUSE'
          ? `wir-receiver: port ${port} is already in use; set PORT to a free port.`
          : `wir-receiver: ${error.message}`,
      );
      void app.close().then(() => done(1));
    });
    server.listen(port, host, () => {
      const actual = (server.address() as AddressInfo).port;
      log('listening', { url: `http://${host}:${actual}`, engine: app.store.db.dialect });
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      log('stopping', { signal });
      // Keep-alive connections with nothing in flight would hold close() open.
      server.closeIdleConnections();
      const cut = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
      cut.unref();
      server.close(() => {
        void app.close().then(() => {
          log('stopped');
          done(0);
        });
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runReceiver().then((code) => {
    process.exitCode = code;
  });
}
