/**
 * What `npm start` adds for trying the workspace: a demo interpreter list for Kreis Offenbach
 * (valid, never overwriting an office's own file), a demo coordinator whose printed password
 * works, and — without a mail server — the requester's status link in the terminal.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { validateFeedDocument } from '../../src/core/feed/index.js';
import { DEMO_EMAIL, demoMailTransport, ensureDemoCoordinator, ensureDemoInterpreterList } from '../../src/server/demo-koordination.js';
import { Browser, startApp } from './koordination-harness.js';
import { post, sampleRequest } from './receiver-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'wir-demo-k-'));
after(() => rmSync(dir, { recursive: true, force: true }));

describe('demo workspace', () => {
  it('writes a valid interpreter list for Kreis Offenbach once, and leaves an existing one alone', () => {
    const file = ensureDemoInterpreterList(join(dir, 'feeds'), '2026-11-28');
    const feed = validateFeedDocument(JSON.parse(readFileSync(file, 'utf8')), 'dolmetscher');
    assert.ok(feed.ok);
    assert.ok(feed.records.length >= 50, `${feed.records.length} interpreters`);
    assert.equal(feed.report.skipped.length, 0);
    assert.ok(feed.records.every((r) => r.serves?.some((k) => k.startsWith('06438')) || r.place?.kommune.startsWith('06438')));
    writeFileSync(file, '{"own": true}');
    ensureDemoInterpreterList(join(dir, 'feeds'), '2026-11-28');
    assert.equal(readFileSync(file, 'utf8'), '{"own": true}');
  });

  it('creates the demo coordinator with a fresh password on each start, and prints status links without a mail server', async () => {
    const r = await startApp({ mailTransport: demoMailTransport, mail: { from: 'x <x@example.de>', notify: new Map() } });
    try {
      const first = await ensureDemoCoordinator(r.app, new Date());
      const second = await ensureDemoCoordinator(r.app, new Date());
      assert.equal(first.email, DEMO_EMAIL);
      assert.notEqual(first.password, second.password);
      assert.equal((await new Browser(r.url).login(DEMO_EMAIL, first.password)).status, 401, 'the old password is replaced');
      const who = await new Browser(r.url).login(DEMO_EMAIL, second.password);
      assert.equal(who.status, 200);
      assert.deepEqual(
        (who.body as { account: { kommunen: Array<{ code: string }> } }).account.kommunen.map((k) => k.code),
        ['06438'],
      );

      const anfrage = sampleRequest();
      const { statusUrl } = (await (await post(`${r.url}/api/anfragen`, anfrage)).json()) as { statusUrl: string };
      await r.app.outbox.drain();
      assert.ok(r.logs.includes(`  Demo — Statusseite der anfragenden Stelle: ${statusUrl}`), r.logs.join('\n'));
      assert.ok(!r.logs.join('\n').includes(anfrage.requester.email!));
    } finally {
      await r.close();
    }
  });
});
