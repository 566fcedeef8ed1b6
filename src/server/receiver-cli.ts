/**
 * Runs the receiver with the coordinator workspace (for production behind a reverse proxy;
 * see docs/receiver.md and docs/koordination.md):
 *   WIR_ALLOWED_ORIGINS=https://www.kreis-offenbach.de WIR_PUBLIC_URL=https://anfragen.kreis-offenbach.de \
 *   tsx src/server/receiver-cli.ts
 * Listens on HOST (default 127.0.0.1) and PORT (default 8787).
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendNotFound } from './http/json-response.js';
import { portFromEnv } from './receiver/config.js';
import { RECEIVER_BASE_PATH } from './receiver/receiver.js';
import { createServerApp, type ServerApp } from './server-app.js';
import { serverAppOptionsFromEnv } from './server-config.js';

/** Starts the receiver from environment variables; resolves with the exit code once it has stopped or failed. */
export async function runReceiver(env: Record<string, string | undefined> = process.env): Promise<number> {
  let app: ServerApp;
  let port: number;
  try {
    port = portFromEnv(env, 8787);
    app = await createServerApp(serverAppOptionsFromEnv(env));
  } catch (error) {
    console.error(`wir-receiver: ${(error as Error).message}`);
    return 1;
  }
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
      console.log(
        `wir-receiver: listening on http://${host}:${port}${RECEIVER_BASE_PATH}, workspace at http://${host}:${port}/koordination/`,
      );
    });
    const stop = () => server.close(() => void app.close().then(() => done(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runReceiver().then((code) => {
    process.exitCode = code;
  });
}
