/** Several offices' feeds → one feed for a region. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeFeeds } from '../../../src/core/import/index.js';
import type { FeedDocument, LotseRecord } from '../../../src/core/schema/index.js';

const lotse = (id: string, kommune: string, ort: string): LotseRecord => ({
  id,
  name: `Person ${id}`,
  languages: ['ar'],
  place: { ort, kommune, lat: 50.1, lon: 8.7 },
  topics: ['alltag'],
  available: true,
  contact: { name: `WIR ${kommune}` },
});
const feed = (kommune: string, records: unknown[]): FeedDocument =>
  ({ format: 'wir-feed', version: 1, kind: 'lotsen', publisher: { name: `WIR ${kommune}`, kommune }, records }) as FeedDocument;

test('ids used by two offices get the Kommune as prefix in both; a report per source', () => {
  const offenbach = feed('06438', [lotse('L-1', '06438', 'Dietzenbach'), lotse('L-2', '06438', 'Rodgau')]);
  const giessen = feed('06531', [lotse('L-1', '06531', 'Gießen'), lotse('G-9', '06531', 'Linden'), { id: 'broken' }]);
  const result = mergeFeeds(
    [
      { name: 'offenbach.json', document: offenbach },
      { name: 'giessen.json', document: giessen },
    ],
    { publisher: { name: 'WIR Hessen' }, today: '2026-12-01' },
  );
  assert.equal(result.exitCode, 1, 'a record of giessen.json was skipped');
  assert.deepEqual(
    result.feed!.records.map((r) => r.id),
    ['06438-L-1', 'L-2', '06531-L-1', 'G-9'],
  );
  assert.deepEqual(result.feed!.publisher, { name: 'WIR Hessen' });
  assert.deepEqual(
    result.reports.map((r) => [r.source, r.kind, r.total, r.valid, r.prefixed, r.skipped.length]),
    [
      ['offenbach.json', 'lotsen', 2, 2, 1, 0],
      ['giessen.json', 'lotsen', 3, 2, 1, 1],
    ],
  );
  assert.match(result.reports[1]!.skipped[0]!, /^records\[2\]/);
});

test('merging feeds of different kinds, or a file that is not a feed, is refused (exit 2)', () => {
  const courses = { ...feed('06438', []), kind: 'sprachkurse' };
  const mixed = mergeFeeds([
    { name: 'a.json', document: feed('06438', [lotse('a', '06438', 'Rodgau')]) },
    { name: 'b.json', document: courses },
  ]);
  assert.equal(mixed.exitCode, 2);
  assert.match(mixed.error!, /different kinds/);
  const broken = mergeFeeds([{ name: 'c.json', document: { hello: 'world' } }]);
  assert.equal(broken.exitCode, 2);
  assert.match(broken.reports[0]!.error!, /not a WIR feed|kind/);
});

test('without a publisher for the merged feed, sources of different offices need one', () => {
  const result = mergeFeeds([
    { name: 'a.json', document: feed('06438', [lotse('a', '06438', 'Rodgau')]) },
    { name: 'b.json', document: feed('06531', [lotse('b', '06531', 'Linden')]) },
  ]);
  assert.equal(result.exitCode, 2);
  assert.match(result.error!, /publisher/);
});
