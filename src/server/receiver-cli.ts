/**
 * Runs only the receiver (for production behind a reverse proxy; see docs/receiver.md):
 *   WIR_ADMIN_TOKEN=… WIR_ALLOWED_ORIGINS=https://www.kreis-offenbach.de npx wir-widgets receiver
 * (or, in a checkout, tsx src/server/receiver-cli.ts). Listens on HOST (default 127.0.0.1) and PORT (default 8787).
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { portFromEnv, receiverOptionsFromEnv } from './receiver/config.js';
import { createReceiver, isReceiverPath, RECEIVER_BASE_PATH } from './receiver/receiver.js';

/** Starts the receiver from the environment variables; `npx wir-widgets receiver` calls this too. */
export function runReceiver(): void {
  let receiver: ReturnType<typeof createReceiver>;
  let port: number;
  try {
    port = portFromEnv(process.env, 8787);
    receiver = createReceiver(receiverOptionsFromEnv(process.env));
  } catch (error) {
    console.error(`wir-receiver: ${(error as Error).message}`);
    process.exitCode = 1;
    return;
  }
  const host = process.env.HOST?.trim() || '127.0.0.1';
  const server = createServer((req, res) => {
    if (isReceiverPath(req.url)) return receiver.handle(req, res);
    res.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not-found"}');
  });
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(
      error.code === 'EADDRINUSE'
        ? `wir-receiver: port ${port} is already in use; set PORT to a free port.`
        : `wir-receiver: ${error.message}`,
    );
    receiver.close();
    process.exitCode = 1;
  });
  server.listen(port, host, () => {
    console.log(`wir-receiver: listening on http://${host}:${port}${RECEIVER_BASE_PATH}`);
  });
  const stop = () => server.close(() => receiver.close());
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runReceiver();
}
