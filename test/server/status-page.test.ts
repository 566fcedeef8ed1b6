/**
 * The requester's status page: the link from the 201 answer (and the confirmation mail)
 * opens it; the API answers only number, status and one sentence in the requester's locale;
 * a wrong token, a missing one and an erased request all look the same.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loggedIn, type RunningApp, startApp } from './koordination-harness.js';
import { daysFromToday, post, sampleRequest } from './receiver-harness.js';

let r: RunningApp;
before(async () => {
  r = await startApp();
  await r.addAccount('koordination@example.de', ['06438']);
});
after(() => r.close());

async function submit(overrides: Parameters<typeof sampleRequest>[0] = {}) {
  const anfrage = sampleRequest(overrides);
  const answer = (await (await post(`${r.url}/api/anfragen`, anfrage)).json()) as { statusUrl: string };
  const [page, token] = answer.statusUrl.split('#') as [string, string];
  return { anfrage, page, token };
}

function status(id: string, token: string, headers: Record<string, string> = {}) {
  return fetch(`${r.url}/api/anfrage-status/${id}`, { headers: { Authorization: `Bearer ${token}`, ...headers } });
}

describe('the status page', () => {
  it('is a shell under the strict CSP that names no request detail', async () => {
    const { anfrage, page } = await submit();
    assert.equal(page, `${r.url}/anfrage/${anfrage.id}`);
    const res = await fetch(page, { headers: { 'Accept-Language': 'tr-TR,tr;q=0.9' } });
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-security-policy')!, /script-src 'self'; style-src 'self'/);
    assert.equal(res.headers.get('referrer-policy'), 'no-referrer');
    const html = await res.text();
    assert.match(html, /<html lang="tr" dir="ltr">/);
    assert.match(html, /<wir-anfrage-status anfrage-id="[0-9a-f-]{36}" failed-text="Durum şu anda yüklenemiyor/);
    assert.ok(!html.includes('Erika') && !html.includes('Tigrinya'));
  });

  it("shows the status in the requester's locale and, once arranged, who comes when", async () => {
    const date = daysFromToday(21);
    const { anfrage, token } = await submit({ locale: 'de', need: { ...sampleRequest().need, date, from: '09:30' } });
    const before = (await (await status(anfrage.id, token)).json()) as Record<string, string>;
    assert.deepEqual(before, {
      locale: 'de',
      dir: 'ltr',
      title: 'Stand Ihrer Anfrage',
      numberLabel: 'Anfragenummer',
      number: anfrage.id.slice(0, 8).toUpperCase(),
      status: 'received',
      statusLabel: 'Angekommen',
      message: 'Ihre Anfrage ist angekommen. Die Koordinierungsstelle bearbeitet sie bald.',
    });
    const browser = await loggedIn(r.url, 'koordination@example.de');
    await browser.call('PATCH', `/api/koordination/anfragen/${anfrage.id}`, { status: 'matched', interpreterName: 'Frau S.' });
    await r.app.store.requests.setAssignment(anfrage.id, { name: 'Frau S.', gender: 'w' }, new Date());
    const after = (await (await status(anfrage.id, token)).json()) as Record<string, string>;
    const [, month, day] = date.split('-');
    assert.equal(after.statusLabel, 'Vermittelt');
    assert.equal(after.message, `Eine Dolmetscherin kommt am ${Number(day)}.${Number(month)}. um 9:30.`);
    assert.ok(!JSON.stringify(after).includes('Frau S.'), 'the interpreter stays unnamed');
  });

  it('speaks Arabic right-to-left for an Arabic request', async () => {
    const { anfrage, token } = await submit({ locale: 'ar' });
    const body = (await (await status(anfrage.id, token)).json()) as Record<string, string>;
    assert.deepEqual([body.locale, body.dir, body.statusLabel], ['ar', 'rtl', 'وصل']);
  });

  it("answers a wrong token, no token, another request's token and an erased request with the same 404", async () => {
    const a = await submit();
    const b = await submit();
    const answers = [
      await status(a.anfrage.id, b.token),
      await status(a.anfrage.id, 'x'.repeat(43)),
      await fetch(`${r.url}/api/anfrage-status/${a.anfrage.id}`),
    ];
    const browser = await loggedIn(r.url, 'koordination@example.de');
    await browser.call('DELETE', `/api/koordination/anfragen/${b.anfrage.id}`);
    answers.push(await status(b.anfrage.id, b.token, { 'Accept-Language': 'en' }));
    for (const res of answers) assert.equal(res.status, 404);
    const bodies = await Promise.all(answers.map((res) => res.json()));
    assert.equal((bodies[0] as { error: string }).error, 'invalid-link');
    assert.equal((bodies[3] as { message: string }).message, 'This link is not valid, or the request has been deleted.');
  });

  it('stores only hashes of the tokens', async () => {
    const { token } = await submit();
    const rows = await r.app.store.db.all<{ token_hash: string }>('SELECT token_hash FROM status_links');
    assert.ok(rows.every((row) => row.token_hash !== token && /^[0-9a-f]{64}$/.test(row.token_hash)));
  });
});
