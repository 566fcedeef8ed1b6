/**
 * Runs only the receiver (for production behind a reverse proxy; see docs/receiver.md):
 *   WIR_ADMIN_TOKEN=… WIR_ALLOWED_ORIGINS=https://www.kreis-offenbach.de tsx src/server/receiver-cli.ts
 * Listens on HOST (default 127.0.0.1) and PORT (default 8787).
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sendNotFound } from './http/json-response.js';
import { portFromEnv, receiverOptionsFromEnv } from './receiver/config.js';
import { createReceiver, isReceiverPath, RECEIVER_BASE_PATH, type Receiver } from './receiver/receiver.js';

/** Starts the receiver from environment variables; resolves with the exit code once it has stopped or failed. */
export async function runReceiver(env: Record<string, string | undefined> = process.env): Promise<number> {
  let receiver: Receiver;
  let port: number;
  try {
    port = portFromEnv(env, 8787);
    receiver = await createReceiver(receiverOptionsFromEnv(env));
  } catch (error) {
    console.error(`wir-receiver: ${(error as Error).message}`);
    return 1;
  }
  const host = env.HOST?.trim() || '127.0.0.1';
  const server = createServer((req, res) => {
    if (isReceiverPath(req.url)) return receiver.handle(req, res);
    sendNotFound(res);
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
      void receiver.close().then(() => done(1));
    });
    server.listen(port, host, () => {
      console.log(`wir-receiver: listening on http://${host}:${port}${RECEIVER_BASE_PATH}`);
    });
    const stop = () => server.close(() => void receiver.close().then(() => done(0)));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void runReceiver().then((code) => {
    process.exitCode = code;
  });
}
