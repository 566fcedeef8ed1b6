import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { validateFeedDocument } from '../../../src/core/feed/index.js';
import { FEED_KINDS, type FeedKind, lotseSchema, recordSchemaFor } from '../../../src/core/schema/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

describe('record schemas', () => {
  it('accepts every record the seeded generator makes, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.constantFrom(...FEED_KINDS), (seed, kind: FeedKind) => {
        for (const record of generateFeed(kind, 40, seed).records) {
          const r = recordSchemaFor(kind).safeParse(record);
          assert.ok(r.success, JSON.stringify(r.error?.issues));
        }
      }),
      { numRuns: 30 },
    );
  });

  // Each mutation breaks the contract at a known path; the report must name that path.
  const mutations: Array<[string, (r: any) => void, string]> = [
    ['non-http contact url', (r) => (r.contact.url = 'javascript:alert(1)'), 'contact.url'],
    ['latitude outside the box', (r) => (r.place.lat = 12.5), 'place.lat'],
    ['longitude as a string', (r) => (r.place.lon = '8.7'), 'place.lon'],
    ['unknown topic', (r) => (r.topics = ['hacking']), 'topics[0]'],
    ['missing available', (r) => delete r.available, 'available'],
    ['bad time', (r) => (r.availability = [{ day: 'mo', from: '9:00', to: '10:00' }]), 'availability[0].from'],
    ['reversed slot', (r) => (r.availability = [{ day: 'mo', from: '12:00', to: '10:00' }]), 'availability[0].to'],
    ['kommune outside WIR', (r) => (r.place.kommune = '09162'), 'place.kommune'],
    ['empty languages', (r) => (r.languages = []), 'languages'],
    ['unknown day', (r) => (r.availability = [{ day: 'xx', from: '09:00', to: '10:00' }]), 'availability[0].day'],
  ];
  for (const [name, mutate, path] of mutations) {
    it(`reports a ${name} at records[i].${path}`, () => {
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 19 }), (seed, index) => {
          const doc = JSON.parse(JSON.stringify(generateFeed('lotsen', 20, seed)));
          mutate(doc.records[index]);
          const result = validateFeedDocument(doc, 'lotsen');
          assert.ok(result.ok);
          assert.equal(result.report.valid, 19);
          assert.equal(result.report.skipped.length, 1);
          assert.equal(result.report.skipped[0]!.index, index);
          assert.equal(result.report.skipped[0]!.path, `records[${index}].${path}`);
          assert.equal(result.report.skipped[0]!.id, doc.records[index].id);
        }),
        { numRuns: 15 },
      );
    });
  }

  it('treats HTML in text fields as valid plain text', () => {
    const r = lotseSchema.safeParse({
      ...generateFeed('lotsen', 1, 1).records[0],
      name: '<img src=x onerror=alert(1)>',
      description: '<script>alert(1)</script>',
    });
    assert.ok(r.success);
  });

  it('ignores unknown fields (forward compatible)', () => {
    const record = { ...generateFeed('lotsen', 1, 3).records[0], futureField: { x: 1 } };
    assert.ok(lotseSchema.safeParse(record).success);
  });
});

describe('published JSON Schemas', () => {
  // A fresh instance per schema: the schemas carry $id, and ajv refuses the same $id twice.
  const newAjv = () => new (Ajv2020 as any)({ allErrors: true, strict: false, validateFormats: false });
  for (const kind of FEED_KINDS) {
    it(`validate the demo ${kind} feed with ajv`, () => {
      const validate = newAjv().compile(JSON.parse(readFileSync(`schema/wir-feed-${kind}.schema.json`, 'utf8')));
      const ok = validate(JSON.parse(readFileSync(`demo/data/${kind}.json`, 'utf8')));
      assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 3)));
    });
  }
  it('reject a javascript: URL and a wrong kind', () => {
    const validate = newAjv().compile(JSON.parse(readFileSync('schema/wir-feed-lotsen.schema.json', 'utf8')));
    const doc = JSON.parse(JSON.stringify(generateFeed('lotsen', 2, 5)));
    doc.records[1].contact.url = 'javascript:alert(1)';
    assert.equal(validate(doc), false);
    assert.equal(validate({ ...generateFeed('lotsen', 1, 5), kind: 'sprachkurse' }), false);
  });
});
