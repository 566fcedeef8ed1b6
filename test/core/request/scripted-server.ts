/** A real node:http server on 127.0.0.1:0 that answers each POST with the next scripted step. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after } from 'node:test';

export type Step = (req: IncomingMessage, res: ServerResponse) => void;

export interface SeenRequest {
  method: string;
  headers: IncomingMessage['headers'];
  body: string;
  at: number;
}

export interface ScriptedServer {
  endpoint: string;
  seen: SeenRequest[];
  close(): Promise<void>;
}

export const reply =
  (status: number, body: unknown = {}, headers: Record<string, string> = {}): Step =>
  (_req, res) => {
    res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  };

/** Never answers: the client's timeout has to end the attempt. */
export const hang: Step = () => {};

export async function startScriptedServer(steps: Step[]): Promise<ScriptedServer> {
  const seen: SeenRequest[] = [];
  let next = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method ?? '', headers: req.headers, body, at: Date.now() });
      const step = steps[Math.min(next++, steps.length - 1)]!;
      step(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/api/anfragen`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * For one test file: `scripted(...steps)` starts a server that is closed after the file's last
 * test; `cleanups` takes any other teardown (a receiver, a temp folder), run in reverse order.
 */
export function scriptedServers(): { scripted: (...steps: Step[]) => Promise<ScriptedServer>; cleanups: Array<() => unknown> } {
  const cleanups: Array<() => unknown> = [];
  after(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });
  return {
    cleanups,
    async scripted(...steps) {
      const server = await startScriptedServer(steps);
      cleanups.push(() => server.close());
      return server;
    },
  };
}
