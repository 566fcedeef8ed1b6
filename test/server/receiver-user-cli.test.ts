/**
 * `wir-widgets receiver user …` on a real SQLite file, and what its output is good for: the
 * one-time link sets a password in the running workspace, --password-stdin logs in directly,
 * and a disabled account no longer can.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { receiverCommand } from '../../src/cli/receiver-user.js';
import { Browser, type RunningApp, startApp } from './koordination-harness.js';

const dir = mkdtempSync(join(tmpdir(), 'wir-cli-user-'));
const dbPath = join(dir, 'anfragen.sqlite');
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(args: string, stdin = '', env: Record<string, string> = {}) {
  const lines: string[] = [];
  const code = await receiverCommand(args.split(' '), {
    env: { WIR_DB_PATH: dbPath, ...env },
    out: (l) => lines.push(l),
    readStdin: async () => stdin,
  });
  return { code, text: lines.join('\n') };
}

describe('wir-widgets receiver user', () => {
  let r: RunningApp | undefined;
  after(() => r?.close());

  it('add prints a one-time link; list, link, disable and enable do what they say', async () => {
    const added = await cli('user add --email Amt@Kreis-Offenbach.example --kommune 06438,06432', '', {
      WIR_PUBLIC_URL: 'https://anfragen.example.de/',
    });
    assert.equal(added.code, 0);
    assert.match(added.text, /^account created: amt@kreis-offenbach\.example \(06432, 06438\)\n/);
    const link = /https:\/\/anfragen\.example\.de\/koordination\/passwort#([A-Za-z0-9_-]{43})/.exec(added.text);
    assert.ok(link, added.text);

    assert.equal((await cli('user add --email amt@kreis-offenbach.example --kommune 06438')).code, 1, 'taken');
    assert.match((await cli('user add --email x@example.de --kommune 99999')).text, /not a Kreisschlüssel or AGS of a WIR area: 99999/);
    assert.equal((await cli('user add --email x@example.de')).code, 2, 'a coordinator needs a Kommune');
    assert.equal((await cli('user add --email admin@example.de --admin')).code, 0, 'an admin needs none');

    const piped = await cli('user add --email skript@example.de --kommune 06411 --password-stdin', 'ein-langes-skript-passwort\n');
    assert.match(piped.text, /password set$/);

    r = await startApp({ dbPath, loginAttemptsPerMinute: 10_000 });
    const browser = new Browser(r.url);
    assert.equal((await browser.login('skript@example.de', 'ein-langes-skript-passwort')).status, 200);
    assert.equal(
      (await browser.call('POST', '/api/koordination/passwort', { token: link[1], password: 'vom-link-gesetzt-123' })).status,
      204,
    );
    assert.equal((await new Browser(r.url).login('amt@kreis-offenbach.example', 'vom-link-gesetzt-123')).status, 200);

    const listed = await cli('user list');
    assert.match(listed.text, /admin@example\.de \(–; admin\) {2}\[no password yet\]/);
    assert.match(listed.text, /skript@example\.de \(06411\)$/m);

    assert.equal((await cli('user disable --email skript@example.de')).text, 'disabled: skript@example.de');
    assert.equal((await browser.call('GET', '/api/koordination/sitzung')).status, 401, 'logged out at once');
    assert.equal((await new Browser(r.url).login('skript@example.de', 'ein-langes-skript-passwort')).status, 401);
    await cli('user enable --email skript@example.de');
    assert.equal((await new Browser(r.url).login('skript@example.de', 'ein-langes-skript-passwort')).status, 200);

    const again = await cli('user link --email amt@kreis-offenbach.example');
    assert.match(again.text, /http:\/\/127\.0\.0\.1:8787\/koordination\/passwort#/);
    assert.equal((await cli('user link --email niemand@example.de')).code, 1);
    assert.equal((await cli('user frobnicate --email amt@kreis-offenbach.example')).code, 2);
  });
});
