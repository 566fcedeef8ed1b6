import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseFeedJson } from '../../../src/core/feed/feed-json.js';
import { runInSlices, runToEnd } from '../../../src/core/slices/index.js';
import { generateFeed } from '../../../src/sample/generate.js';

/** What parseFeedJson gives: the value, or the error JSON.parse would throw. */
const outcome = (run: () => unknown) => {
  try {
    return { value: run() };
  } catch (error) {
    return { error: (error as Error).message };
  }
};
const reference = (text: string) => outcome(() => JSON.parse(text));
const sliced = (text: string) => outcome(() => runToEnd(parseFeedJson(text)));

describe('parseFeedJson', () => {
  it('returns what JSON.parse returns for a generated feed, key order included', () => {
    const text = JSON.stringify(generateFeed('lotsen', 200, 7), null, 1);
    const ours = runToEnd(parseFeedJson(text));
    assert.deepEqual(ours, JSON.parse(text));
    assert.equal(JSON.stringify(ours), JSON.stringify(JSON.parse(text)));
  });

  it('pauses between records, so a large feed can be parsed in slices', async () => {
    const text = JSON.stringify(generateFeed('lotsen', 300, 3));
    let pauses = 0;
    const value = await runInSlices(parseFeedJson(text), {
      budgetMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    assert.deepEqual(value, JSON.parse(text));
    assert.ok(pauses >= 300 / 16, `paused ${pauses} times`);
  });

  it('the last of duplicate "records" keys wins, array or not', () => {
    for (const text of ['{"records":[1,2],"x":1,"records":[3]}', '{"records":[1],"records":"none"}', '{"records":"a","records":[{"a":1}]}'])
      assert.deepEqual(sliced(text), reference(text));
  });

  it('strings with brackets, quotes and escapes inside records do not confuse the scan', () => {
    const text = '{"format":"wir-feed","records":[{"n":"a]\\"}{[","m":"\\\\"},{"n":"\\\\\\"]"},[1,[2,{"x":"]"}]],null,true,-1.5e3]}';
    assert.deepEqual(sliced(text), reference(text));
  });

  it('broken text gets JSON.parse’s own verdict', () => {
    for (const text of [
      '',
      ' ',
      '{',
      '{"records":[1,2',
      '{"records":[1,,2]}',
      '{"records":[1] x}',
      '{"records":[{"a":}]}',
      '<!doctype html>',
      '[1,2]',
    ])
      assert.deepEqual(sliced(text), reference(text), text);
  });

  it('equals JSON.parse for any JSON document with a records array (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.array(fc.jsonValue(), { maxLength: 40 }),
        fc.integer({ min: 0, max: 2 }),
        (rest, records, indent) => {
          const text = JSON.stringify({ ...rest, records }, null, indent);
          assert.deepEqual(sliced(text), reference(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('equals JSON.parse for arbitrary JSON text (property)', () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        assert.deepEqual(sliced(text), reference(text));
      }),
      { numRuns: 300 },
    );
  });
});
