/**
 * `npm start`: one local server for trying the widgets under a strict CSP, with the whole
 * server (server-app.ts) behind them so the request form works end to end and its requests
 * can be answered in the workspace.
 *
 *   /              demo/ (HTML pages, with the CSP header)
 *   /dist/…        the built bundles (hashed chunks cached for a year, see static-files.ts)
 *   /api/anfragen  the receiver (see docs/receiver.md)
 *   /koordination/ the coordinators' workspace (docs/koordination.md); `npm start` prints a
 *                  demo coordinator's e-mail and password
 *
 * Binds to 127.0.0.1 only: it is a demo, not a deployment (that is receiver-cli.ts behind
 * a reverse proxy).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { berlinDate } from '../core/calendar/berlin-time.js';
import { DEMO_KOMMUNE, DEMO_OFFICE, demoMailTransport, ensureDemoCoordinator, ensureDemoInterpreterList } from './demo-koordination.js';
import { portFromEnv } from './receiver/config.js';
import { createServerApp, type ServerApp, type ServerAppOptions } from './server-app.js';
import { serverAppOptionsFromEnv } from './server-config.js';
import { isHashedChunk, notFound, serveStatic } from './static-files.js';

const PROJECT_ROOT = resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

export interface DemoServerOptions {
  /** 0 picks a free port (tests). Default: $PORT or 8080. */
  port?: number;
  host?: string;
  demoDir?: string;
  distDir?: string;
  /** Server options (receiver, workspace, mail); default from the environment (WIR_*). */
  receiver?: ServerAppOptions;
}

export interface DemoServer {
  server: Server;
  port: number;
  url: string;
  app: ServerApp;
  close(): Promise<void>;
}

export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? portFromEnv(process.env, 8080);
  const demoDir = options.demoDir ?? resolve(PROJECT_ROOT, 'demo');
  const distDir = options.distDir ?? resolve(PROJECT_ROOT, 'dist');
  const app = await createServerApp(options.receiver ?? serverAppOptionsFromEnv(process.env));

  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (app.handle(req, res)) return;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.writeHead(405).end();
      return;
    }
    const served = path.startsWith('/dist/')
      ? serveStatic(req, res, distDir, path.slice('/dist/'.length), { immutable: isHashedChunk })
      : serveStatic(req, res, demoDir, path.slice(1));
    served.catch(() => (res.headersSent ? res.destroy() : notFound(res)));
  });
  // Slow or stalled clients must not hold the demo's sockets forever.
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;

  try {
    await new Promise<void>((resolveListen, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolveListen();
      });
    });
  } catch (error) {
    await app.close();
    throw error;
  }
  const actualPort = (server.address() as AddressInfo).port;
  return {
    server,
    port: actualPort,
    url: `http://${host}:${actualPort}/`,
    app,
    close: () =>
      new Promise<void>((resolveClose) => {
        server.close(() => void app.close().then(resolveClose));
        server.closeAllConnections();
      }),
  };
}

/**
 * The demo's server options: the environment's, plus — unless set there — an interpreter list
 * for Kreis Offenbach next to the database and an office address for its notices (written to
 * the log, since the demo has no mail server).
 */
function demoOptions(): ServerAppOptions {
  const options = serverAppOptionsFromEnv(process.env);
  options.feedsDir ??= resolve(dirname(options.dbPath), 'feeds');
  ensureDemoInterpreterList(options.feedsDir, berlinDate(Date.now()));
  if (options.mail && options.mail.notify.size === 0) options.mail = { ...options.mail, notify: new Map([[DEMO_KOMMUNE, [DEMO_OFFICE]]]) };
  options.mailTransport = demoMailTransport;
  return options;
}

async function main(): Promise<void> {
  let demo: DemoServer;
  try {
    demo = await startDemoServer({ receiver: demoOptions() });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      const port = portFromEnv(process.env, 8080);
      console.error(`wir-widgets demo: port ${port} is already in use. Stop the other server or run with PORT=<free port> npm start.`);
    } else {
      console.error(`wir-widgets demo: could not start: ${(error as Error).message}`);
    }
    process.exitCode = 1;
    return;
  }
  const coordinator = await ensureDemoCoordinator(demo.app, new Date());
  console.log(`wir-widgets demo: ${demo.url}`);
  console.log(`  Arbeitsbereich (workspace): ${demo.url}koordination/`);
  console.log(`  Demo-Koordination Kreis Offenbach — nur für die Demo / demo only:`);
  console.log(`    E-Mail:   ${coordinator.email}`);
  console.log(`    Passwort: ${coordinator.password}`);
  const stop = () => void demo.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}
