/**
 * Accounts and sessions of the workspace against the real server: what a person logging in
 * sees, what an attacker guessing sees (the same), the cookie's attributes, the server-side
 * end of a session, the Origin check, password links and the TOTP second factor.
 */
import assert from 'node:assert/strict';
import { request as httpRequest } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { DEFAULT_SCRYPT_COST, hashPassword, needsRehash, verifyPassword } from '../../src/server/koordination/password-hash.js';
import { base32Decode, base32Encode, hotp, matchTotp, totpCode } from '../../src/server/koordination/totp.js';
import { Browser, loggedIn, PASSWORD, type RunningApp, startApp, TEST_COST } from './koordination-harness.js';

const API = '/api/koordination';
let clock = Date.now();
let r: RunningApp;

before(async () => {
  r = await startApp({ now: () => new Date(clock), totpPolicy: ['06411'] });
  await r.addAccount('koordination@example.de', ['06438']);
  await r.addAccount('admin@example.de', [], { admin: true });
  await r.addAccount('streng@example.de', ['06411']);
});
after(() => r.close());

/** A raw request so Host and headers reach the server exactly as a browser behind a proxy would send them. */
function raw(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; setCookie: string[] }> {
  const url = new URL(r.url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: url.hostname, port: url.port, path, method: 'POST', headers }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, setCookie: res.headers['set-cookie'] ?? [] });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('login', () => {
  it('answers unknown e-mail, wrong password and a disabled account the same way', async () => {
    await r.addAccount('gesperrt@example.de', ['06438']);
    const disabled = await r.app.store.accounts.byEmail('gesperrt@example.de');
    await r.app.store.accounts.setDisabled(disabled!.account.id, true, new Date());
    const answers = [
      await new Browser(r.url).login('niemand@example.de'),
      await new Browser(r.url).login('koordination@example.de', 'falsches-passwort-123'),
      await new Browser(r.url).login('gesperrt@example.de'),
    ];
    for (const a of answers) {
      assert.equal(a.status, 401);
      assert.deepEqual(a.body, { error: 'invalid-credentials' });
      assert.equal(a.headers.get('set-cookie'), null);
    }
  });

  it('sets an HttpOnly, SameSite=Strict session cookie; without Secure only on loopback', async () => {
    const ok = await new Browser(r.url).login('Koordination@Example.de');
    assert.equal(ok.status, 200);
    const cookie = ok.headers.get('set-cookie')!;
    assert.match(cookie, /^wir-koordination=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/);
    // The same server reached through a proxy under its public name: Secure and the __Host- prefix.
    const proxied = await raw(
      `${API}/login`,
      {
        Host: 'anfragen.example.de',
        Origin: 'https://anfragen.example.de',
        'Content-Type': 'application/json',
        'X-Forwarded-For': '203.0.113.9',
      },
      JSON.stringify({ email: 'koordination@example.de', password: PASSWORD }),
    );
    assert.equal(proxied.status, 200);
    assert.match(proxied.setCookie[0]!, /^__Host-wir-koordination=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Secure$/);
  });

  it('stores only a hash of the session id', async () => {
    const browser = await loggedIn(r.url, 'koordination@example.de');
    const id = browser.cookie.split('=')[1]!;
    const rows = await r.app.store.db.all<{ id_hash: string }>('SELECT id_hash FROM sessions');
    assert.ok(rows.length > 0);
    assert.ok(rows.every((row) => row.id_hash !== id && /^[0-9a-f]{64}$/.test(row.id_hash)));
  });

  it('throttles an address after 5 failures — the same for an unknown one — and a right password waits too', async () => {
    for (const email of ['koordination@example.de', 'unbekannt@example.de']) {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i++) statuses.push((await new Browser(r.url).login(email, `falsch-${i}-xxxxxxxx`)).status);
      assert.deepEqual(statuses, [401, 401, 401, 401, 401, 429], email);
    }
    const blocked = await new Browser(r.url).login('koordination@example.de');
    assert.equal(blocked.status, 429);
    assert.ok(Number(blocked.headers.get('retry-after')) > 0);
    clock += 61_000;
    assert.equal((await new Browser(r.url).login('koordination@example.de')).status, 200, 'after the wait, the right password works');
  });

  it('throttles a client address that tries many different e-mail addresses', async () => {
    const strict = await startApp({ loginAttemptsPerMinute: 6 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i++) statuses.push((await new Browser(strict.url).login(`person${i}@example.de`)).status);
      assert.deepEqual(statuses, [401, 401, 401, 429]);
    } finally {
      await strict.close();
    }
  });
});

describe('sessions', () => {
  it('logout ends the session on the server: the old cookie no longer works', async () => {
    const browser = await loggedIn(r.url, 'koordination@example.de');
    const cookie = browser.cookie;
    assert.equal((await browser.call('GET', `${API}/anfragen`)).status, 200);
    assert.equal((await browser.call('POST', `${API}/logout`)).status, 204);
    const replayed = new Browser(r.url);
    replayed.cookie = cookie;
    assert.equal((await replayed.call('GET', `${API}/anfragen`)).status, 401);
  });

  it('ends after 8 idle hours, not while in use', async () => {
    const browser = await loggedIn(r.url, 'koordination@example.de');
    clock += 7 * 3_600_000;
    assert.equal((await browser.call('GET', `${API}/sitzung`)).status, 200, 'after 7 hours');
    clock += 7 * 3_600_000;
    assert.equal((await browser.call('GET', `${API}/sitzung`)).status, 200, '7 more hours, but it was used in between');
    clock += 8 * 3_600_000 + 1000;
    assert.equal((await browser.call('GET', `${API}/sitzung`)).status, 401, 'after 8 idle hours');
  });

  it('refuses a state-changing call without this server as Origin', async () => {
    const browser = await loggedIn(r.url, 'koordination@example.de');
    assert.equal((await browser.call('POST', `${API}/logout`, undefined, { Origin: 'https://evil.example' })).status, 403);
    const noOrigin = await fetch(`${r.url}${API}/logout`, { method: 'POST', headers: { Cookie: browser.cookie } });
    assert.equal(noOrigin.status, 403);
    assert.equal((await browser.call('GET', `${API}/sitzung`)).status, 200, 'the session survived both');
  });

  it('a disabled account is logged out everywhere at once', async () => {
    await r.addAccount('bald-weg@example.de', ['06438']);
    const browser = await loggedIn(r.url, 'bald-weg@example.de');
    const admin = await loggedIn(r.url, 'admin@example.de');
    const { body } = await admin.call<{ items: Array<{ id: string; email: string }> }>('GET', `${API}/konten`);
    const target = body.items.find((a) => a.email === 'bald-weg@example.de')!;
    assert.equal((await admin.call('PATCH', `${API}/konten/${target.id}`, { disabled: true })).status, 200);
    assert.equal((await browser.call('GET', `${API}/anfragen`)).status, 401);
  });
});

describe('password links', () => {
  it('an admin creates an account; its link sets a password once, and expires after 24 hours', async () => {
    const admin = await loggedIn(r.url, 'admin@example.de');
    const created = await admin.call<{ setupUrl: string }>('POST', `${API}/konten`, { email: 'neu@example.de', kommunen: ['06438'] });
    assert.equal(created.status, 201);
    const token = created.body.setupUrl.split('#')[1]!;
    assert.match(created.body.setupUrl, new RegExp(`^${r.url}/koordination/passwort#`));
    const anon = new Browser(r.url);
    assert.deepEqual((await anon.call('POST', `${API}/passwort/pruefen`, { token })).body, { email: 'neu@example.de' });
    const weak = await anon.call('POST', `${API}/passwort`, { token, password: 'kurz' });
    assert.deepEqual([weak.status, weak.body], [400, { error: 'weak-password', problem: 'too-short' }]);
    assert.equal((await anon.call('POST', `${API}/passwort`, { token, password: 'ein-gutes-neues-passwort' })).status, 204);
    assert.equal((await anon.call('POST', `${API}/passwort`, { token, password: 'noch-ein-anderes-passwort' })).status, 404, 'spent');
    assert.equal((await anon.login('neu@example.de', 'ein-gutes-neues-passwort')).status, 200);

    const again = await admin.call<{ setupUrl: string }>('POST', `${API}/konten`, { email: 'spaet@example.de', kommunen: ['06438'] });
    clock += 24 * 3_600_000 + 1000;
    const late = await anon.call('POST', `${API}/passwort`, {
      token: again.body.setupUrl.split('#')[1],
      password: 'ein-gutes-neues-passwort',
    });
    assert.equal(late.status, 404);
  });
});

describe('second factor (TOTP, RFC 6238)', () => {
  it('matches the RFC test vectors', () => {
    // RFC 6238 Appendix B, SHA-1 seed "12345678901234567890"; 8-digit codes.
    const seed = Buffer.from('12345678901234567890');
    assert.equal(hotp(seed, Math.floor(59 / 30), 8), '94287082');
    assert.equal(hotp(seed, Math.floor(1111111109 / 30), 8), '07081804');
    assert.equal(hotp(seed, Math.floor(20000000000 / 30), 8), '65353130');
    assert.deepEqual(base32Decode(base32Encode(seed)), seed);
    const secret = base32Encode(seed);
    const at = new Date(1_111_111_109_000);
    assert.equal(
      matchTotp(secret, totpCode(secret, new Date(at.getTime() - 30_000)), at),
      Math.floor(1111111109 / 30) - 1,
      'one step late still counts',
    );
    assert.equal(matchTotp(secret, totpCode(secret, new Date(at.getTime() - 90_000)), at), undefined, 'three steps late does not');
  });

  it('switched on by the person, then asked at login; a code works once', async () => {
    await r.addAccount('zwei@example.de', ['06438']);
    const browser = await loggedIn(r.url, 'zwei@example.de');
    const setup = await browser.call<{ secret: string; uri: string }>('POST', `${API}/totp/einrichten`);
    assert.match(setup.body.uri, /^otpauth:\/\/totp\/WIR%20Koordination%3Azwei%40example\.de\?secret=[A-Z2-7]+&issuer=WIR\+Koordination/);
    assert.equal((await browser.call('POST', `${API}/totp/bestaetigen`, { code: '000000' })).status, 400);
    assert.equal(
      (await browser.call('POST', `${API}/totp/bestaetigen`, { code: totpCode(setup.body.secret, new Date(clock)) })).status,
      204,
    );

    const next = new Browser(r.url);
    assert.deepEqual((await next.login('zwei@example.de')).body, { error: 'code-required' });
    clock += 30_000;
    const code = totpCode(setup.body.secret, new Date(clock));
    assert.equal((await next.login('zwei@example.de', PASSWORD, code)).status, 200);
    assert.deepEqual(
      (await new Browser(r.url).login('zwei@example.de', PASSWORD, code)).body,
      { error: 'invalid-code' },
      'the same code twice',
    );
  });

  it('an office that requires it: the first login can only set it up', async () => {
    const browser = await loggedIn(r.url, 'streng@example.de');
    const who = await browser.call<{ needsTotpSetup: boolean }>('GET', `${API}/sitzung`);
    assert.equal(who.body.needsTotpSetup, true);
    assert.deepEqual((await browser.call('GET', `${API}/anfragen`)).body, { error: 'totp-setup-required' });
    const setup = await browser.call<{ secret: string }>('POST', `${API}/totp/einrichten`);
    clock += 30_000;
    assert.equal(
      (await browser.call('POST', `${API}/totp/bestaetigen`, { code: totpCode(setup.body.secret, new Date(clock)) })).status,
      204,
    );
    assert.equal((await browser.call('GET', `${API}/anfragen`)).status, 200);
    assert.equal((await browser.call('POST', `${API}/totp/ausschalten`, { password: PASSWORD })).status, 409, 'required by the office');
  });
});

describe('password hashing', () => {
  it('uses scrypt with N=2^16, r=8, p=2 by default, and re-hashes weaker hashes at login', async () => {
    const hash = await hashPassword('ein-langes-passwort', DEFAULT_SCRYPT_COST);
    assert.match(hash, /^scrypt\$16\$8\$2\$/);
    assert.ok(await verifyPassword('ein-langes-passwort', hash));
    assert.ok(!(await verifyPassword('ein-langes-passwort!', hash)));
    assert.ok(!needsRehash(hash));
    assert.ok(needsRehash(await hashPassword('x', TEST_COST)));
  });
});
