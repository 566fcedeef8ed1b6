import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInSlices, runToEnd, type SlicedJob, yieldToHost } from '../../../src/core/slices/index.js';

function* countTo(n: number, seen: number[]): SlicedJob<number> {
  let sum = 0;
  for (let i = 1; i <= n; i++) {
    seen.push(i);
    sum += i;
    yield;
  }
  return sum;
}

describe('sliced jobs', () => {
  it('runToEnd and runInSlices execute the same steps and return the same result', async () => {
    const a: number[] = [];
    const b: number[] = [];
    assert.equal(runToEnd(countTo(50, a)), 1275);
    assert.equal(await runInSlices(countTo(50, b), { budgetMs: 0 }), 1275);
    assert.deepEqual(a, b);
  });

  it('gives the host its turn between slices: a queued timer runs before the job ends', async () => {
    const order: string[] = [];
    setTimeout(() => order.push('timer'), 0);
    function* slow(): SlicedJob<void> {
      const until = Date.now() + 60;
      while (Date.now() < until) yield;
      order.push('job');
    }
    await runInSlices(slow(), { budgetMs: 4 });
    assert.deepEqual(order, ['timer', 'job']);
  });

  it('stops between slices when the signal aborts, with its reason', async () => {
    const controller = new AbortController();
    const seen: number[] = [];
    const run = runInSlices(countTo(1000, seen), { budgetMs: 0, signal: controller.signal });
    controller.abort(new Error('left the page'));
    await assert.rejects(run, /left the page/);
    assert.ok(seen.length < 1000);
  });

  it('yieldToHost resolves (and leaves no open handle behind in Node)', async () => {
    await yieldToHost();
  });
});
