/**
 * The receiver against arbitrary input (fast-check): any JSON, strings with any code points
 * (lone surrogates, controls, bidi characters), any combination of the headers it reads.
 * Whatever arrives, it never answers 5xx, never stores what the contract refuses, never
 * keeps two rows for one id, and never takes back an id it has answered as stored.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { validateRequest } from '../../src/core/request/validate.js';
import { type RunningReceiver, sampleRequest, startReceiver, tempDbPath } from './receiver-harness.js';

let r: RunningReceiver;
let cleanup: () => void;
before(async () => {
  const db = tempDbPath();
  cleanup = db.cleanup;
  r = await startReceiver({ dbPath: db.dbPath, rateLimit: { perMinute: 1_000_000 } });
});
after(async () => {
  await r.close();
  cleanup();
});

// A few ids, so that sends collide: replays, conflicts and case variants happen often.
const IDS = Array.from({ length: 6 }, () => crypto.randomUUID());

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0x3f }).map((c) => String.fromCharCode(c)), maxLength: 10 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
  fc.constantFrom('\u202E', '\u200B', 'Erika Mustermann', '=1+1', ''),
);

/** A request with some fields replaced by arbitrary values, or any JSON at all. */
const body = fc.oneof(
  fc
    .record({
      id: fc.constantFrom(...IDS, ...IDS.map((id) => id.toUpperCase()), 'not-a-uuid'),
      name: anyText,
      notes: fc.option(anyText, { nil: undefined }),
      organisation: fc.option(anyText, { nil: undefined }),
      language: fc.oneof(fc.constantFrom('ti', 'ar-SY', 'prs'), anyText),
      extra: fc.option(fc.jsonValue({ maxDepth: 3 }), { nil: undefined }),
    })
    .map(({ id, name, notes, organisation, language, extra }) => {
      const base = sampleRequest({ id });
      return {
        ...base,
        requester: { ...base.requester, name, ...(organisation === undefined ? {} : { organisation }) },
        need: { ...base.need, language, ...(notes === undefined ? {} : { notes }) },
        ...(extra === undefined ? {} : { extra }),
      } as unknown;
    }),
  fc.jsonValue({ maxDepth: 4 }),
);

const headers = fc.record({
  contentType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', '', 'APPLICATION/JSON'),
  key: fc.constantFrom('same', 'upper', 'missing', 'other'),
  origin: fc.constantFrom(undefined, 'https://evil.example', 'null'),
});

/** A request the receiver must take (one of the few ids, either case): a quarter of all sends. */
const valid = fc.record({
  value: fc.constantFrom(...IDS).map((id) => sampleRequest({ id }) as unknown),
  h: fc.record({
    contentType: fc.constant('application/json'),
    key: fc.constantFrom('same', 'upper'),
    origin: fc.constant(undefined),
  }),
});
const send = fc.oneof({ weight: 1, arbitrary: valid }, { weight: 3, arbitrary: fc.record({ value: body, h: headers }) });

describe('receiver under arbitrary input', () => {
  it('never 5xx, never stores what the contract refuses, one row per id, stored stays stored', async () => {
    const storedIds = new Set<string>();
    await fc.assert(
      fc.asyncProperty(send, async ({ value, h }) => {
        const id = typeof value === 'object' && value !== null && 'id' in value ? String((value as { id: unknown }).id) : '';
        const sent: Record<string, string> = {};
        if (h.contentType) sent['Content-Type'] = h.contentType;
        if (h.key === 'same') sent['Idempotency-Key'] = id;
        if (h.key === 'upper') sent['Idempotency-Key'] = id.toUpperCase();
        if (h.key === 'other') sent['Idempotency-Key'] = crypto.randomUUID();
        if (h.origin) sent.Origin = h.origin;
        const res = await fetch(r.endpoint, { method: 'POST', headers: sent, body: JSON.stringify(value) });
        await res.arrayBuffer();
        assert.ok(res.status < 500, `answered ${res.status}`);
        const lower = id.toLowerCase();
        if (res.status === 201) {
          assert.ok(!storedIds.has(lower), `${lower} stored a second time`);
          storedIds.add(lower);
        }
        if (storedIds.has(lower)) assert.ok(await r.receiver.store.requests.get(lower), `${lower} was answered stored, then lost`);
      }),
      { numRuns: 400 },
    );
    const rows = await r.receiver.store.requests.list();
    assert.equal(rows.length, new Set(rows.map((row) => row.id)).size, 'one row per id');
    assert.deepEqual(rows.map((row) => row.id).sort(), [...storedIds].sort());
    for (const row of rows) assert.ok(validateRequest(row.request).ok, `stored ${row.id} fails the contract`);
    assert.ok(storedIds.size > 0, 'some sends were valid, so the stored-side invariants were exercised');
  });
});
