/** Starts a real receiver on 127.0.0.1:0 with a temp SQLite file, for the server tests. */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { berlinDate } from '../../src/core/calendar/berlin-time.js';
import type { DolmetscherRequest, LotseRequest } from '../../src/core/schema/request.js';
import { createReceiver, type Receiver, type ReceiverOptions } from '../../src/server/receiver/receiver.js';

export interface RunningReceiver {
  url: string;
  endpoint: string;
  port: number;
  receiver: Receiver;
  logs: string[];
  dbPath: string;
  close(): Promise<void>;
}

export function tempDbPath(): { dbPath: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'wir-receiver-test-'));
  return { dbPath: join(dir, 'anfragen.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export async function startReceiver(options: Partial<ReceiverOptions> & { dbPath: string }): Promise<RunningReceiver> {
  const logs: string[] = [];
  const receiver = await createReceiver({ log: (line) => logs.push(line), ...options });
  const server: Server = createServer((req, res) => receiver.handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    endpoint: `${url}/api/anfragen`,
    port,
    receiver,
    logs,
    dbPath: options.dbPath,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => void receiver.close().then(resolve));
        server.closeAllConnections();
      }),
  };
}

/** A day `days` from now in Germany (YYYY-MM-DD): appointments must not lie in the past. */
export function daysFromToday(days: number): string {
  return berlinDate(Date.now() + days * 86_400_000);
}

export function sampleRequest(overrides: Partial<DolmetscherRequest> = {}): DolmetscherRequest {
  return {
    format: 'wir-anfrage',
    version: 1,
    kind: 'dolmetscher',
    id: crypto.randomUUID(),
    createdAt: '2026-11-28T10:00:00Z',
    kommune: '06438',
    locale: 'de',
    requester: {
      type: 'schule',
      organisation: 'Heinrich-Mann-Schule',
      name: 'Erika Mustermann',
      email: 'erika.mustermann@example.de',
      phone: '+49 6074 123456',
    },
    need: {
      language: 'ti',
      alternatives: ['am'],
      date: daysFromToday(30),
      from: '09:30',
      durationMinutes: 60,
      mode: 'vor-ort',
      setting: 'schule-kita',
      place: { address: 'Schulstraße 1', plz: '63128', ort: 'Dietzenbach' },
      notes: 'Elterngespräch, bitte am Sekretariat melden',
    },
    consent: { privacy: true, at: '2026-11-28T10:00:00Z' },
    ...overrides,
  };
}

export function post(endpoint: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const id = typeof body === 'object' && body !== null && 'id' in body ? String((body as { id: unknown }).id) : '';
  return fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': id, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** A resident's request for contact with a Lotse (kind `lotse`), as `<wir-lotsen-finder>` sends it. */
export function sampleLotseRequest(overrides: Partial<LotseRequest> = {}): LotseRequest {
  return {
    format: 'wir-anfrage',
    version: 1,
    kind: 'lotse',
    id: crypto.randomUUID(),
    createdAt: '2026-11-28T10:00:00Z',
    kommune: '06438',
    locale: 'ar',
    requester: { type: 'privat', name: 'Samira H.', phone: '+49 151 2345678' },
    need: { lotseId: 'L-17', lotseName: 'Layla B.', language: 'ti', topics: ['behoerden'], note: 'Termin beim Jobcenter' },
    consent: { privacy: true, at: '2026-11-28T10:00:00Z' },
    ...overrides,
  };
}
