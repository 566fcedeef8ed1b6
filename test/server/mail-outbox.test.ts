/**
 * Telling people, through a real SMTP server in this process (smtp-sink.ts) and the server's
 * real outbox and nodemailer transport: who gets which mail with which words, what never
 * goes into a mail, a mail server that is down when the request arrives, and two server
 * instances on one database sending each mail once.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { OutboxRepository } from '../../src/server/store/outbox.js';
import { type Engine, loggedIn, type RunningApp, releasePostgres, startApp } from './koordination-harness.js';
import { daysFromToday, post, sampleRequest } from './receiver-harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

const API = '/api/koordination';
let smtp: SmtpSink;
const running: RunningApp[] = [];

before(async () => {
  smtp = await startSmtpSink();
});
after(async () => {
  for (const app of running) await app.close();
  await smtp.stop();
  await releasePostgres();
});

async function appWithMail(extra: Parameters<typeof startApp>[0] = {}): Promise<RunningApp> {
  const app = await startApp({
    mail: {
      smtpUrl: smtp.url,
      from: 'WIR-Koordination <noreply@kreis-offenbach.example>',
      notify: new Map([['06438', ['wir@kreis-offenbach.example', 'vertretung@kreis-offenbach.example']]]),
    },
    publicUrl: 'https://anfragen.kreis-offenbach.example',
    outbox: { retryBaseMs: 200, retryMaxMs: 800, pollMs: 200 },
    ...extra,
  });
  running.push(app);
  return app;
}

function mailsTo(address: string) {
  return smtp.mails.filter((m) => m.to.includes(address));
}

describe('mails for a new request', () => {
  it('the office gets number, kind, language, date and a link — and nothing personal', async () => {
    smtp.mails.length = 0;
    const r = await appWithMail();
    const anfrage = sampleRequest({ need: { ...sampleRequest().need, date: '2027-03-04', notes: 'Geheime-Notiz' } });
    assert.equal((await post(`${r.url}/api/anfragen`, anfrage)).status, 201);
    await smtp.waitFor(2);
    const [notice] = mailsTo('wir@kreis-offenbach.example');
    assert.ok(notice);
    assert.deepEqual(notice.to, ['wir@kreis-offenbach.example', 'vertretung@kreis-offenbach.example']);
    const number = anfrage.id.slice(0, 8).toUpperCase();
    assert.equal(notice.subject, `Neue Dolmetscher-Anfrage ${number} – Tigrinya, Do., 04.03.2027`);
    assert.match(notice.text, new RegExp(`Nummer:\\s+${number}`));
    assert.match(notice.text, /Sprache: Tigrinya/);
    assert.ok(notice.text.includes(`https://anfragen.kreis-offenbach.example/koordination/anfragen/${anfrage.id}`));
    for (const personal of [
      'Erika',
      'Mustermann',
      'erika.mustermann',
      'Heinrich-Mann',
      '6074',
      'Schulstraße',
      'Dietzenbach',
      '63128',
      'Geheime-Notiz',
    ]) {
      assert.ok(!`${notice.subject}\n${notice.text}`.includes(personal), `"${personal}" in the office notice`);
    }
  });

  it('the requester gets a confirmation in their language with a working status link', async () => {
    smtp.mails.length = 0;
    const r = await appWithMail();
    const anfrage = sampleRequest({ locale: 'uk', requester: { type: 'privat', name: 'Olena K.', email: 'olena@example.de' } });
    const answer = (await (await post(`${r.url}/api/anfragen`, anfrage)).json()) as { statusUrl: string };
    await smtp.waitFor(2);
    const [confirmation] = mailsTo('olena@example.de');
    assert.ok(confirmation);
    assert.match(confirmation.from, /^"?WIR-Koordination"? <noreply@kreis-offenbach\.example>$/);
    assert.equal(confirmation.subject, `Ваш запит ${anfrage.id.slice(0, 8).toUpperCase()} отримано`);
    const link = /https:\/\/anfragen\.kreis-offenbach\.example\/anfrage\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}/.exec(confirmation.text)?.[0];
    assert.ok(link, confirmation.text);
    assert.ok(!confirmation.text.includes('Olena'), 'the mail repeats nothing the requester typed');
    assert.equal(link, answer.statusUrl, 'the mail carries the link the form showed');
    const status = await fetch(`${r.url}/api/anfrage-status/${anfrage.id}`, { headers: { Authorization: `Bearer ${link.split('#')[1]}` } });
    assert.equal(status.status, 200);
    assert.equal(((await status.json()) as { statusLabel: string }).statusLabel, 'Отримано');
  });

  it('a request without an e-mail address causes only the office notice', async () => {
    smtp.mails.length = 0;
    const r = await appWithMail();
    const anfrage = sampleRequest({ requester: { type: 'schule', name: 'Nur Telefon', phone: '+49 6074 99999' } });
    await post(`${r.url}/api/anfragen`, anfrage);
    await smtp.waitFor(1);
    await r.app.outbox.drain();
    assert.equal(smtp.mails.length, 1);
    assert.deepEqual(smtp.mails[0]!.to, ['wir@kreis-offenbach.example', 'vertretung@kreis-offenbach.example']);
  });
});

describe('updates to the requester', () => {
  it('on "vermittelt" in their language with who comes when; on "abgesagt"; not on other changes', async () => {
    smtp.mails.length = 0;
    const r = await appWithMail();
    await r.addAccount('koordination@example.de', ['06438']);
    const browser = await loggedIn(r.url, 'koordination@example.de');
    const date = daysFromToday(30);
    const ar = sampleRequest({
      locale: 'ar',
      requester: { type: 'privat', name: 'Layla', email: 'layla@example.de' },
      need: { ...sampleRequest().need, date, from: '09:30' },
    });
    await post(`${r.url}/api/anfragen`, ar);
    await smtp.waitFor(2);
    await browser.call('PATCH', `${API}/anfragen/${ar.id}`, { status: 'in-progress' });
    await browser.call('PATCH', `${API}/anfragen/${ar.id}`, { status: 'matched', interpreterName: 'Frau S.' });
    await smtp.waitFor(3);
    await r.app.outbox.drain();
    const toLayla = mailsTo('layla@example.de');
    assert.equal(toLayla.length, 2, 'confirmation and one update (not for "in Bearbeitung")');
    const update = toLayla[1]!;
    assert.equal(update.subject, `طلبك ${ar.id.slice(0, 8).toUpperCase()}: تم الترتيب`);
    const day = new Intl.DateTimeFormat('ar-u-ca-gregory-nu-latn', { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
    assert.ok(update.text.includes(`سيأتي شخص للترجمة في ${day} الساعة 9:30.`), update.text);

    const de = sampleRequest({ requester: { type: 'privat', name: 'Max', email: 'max@example.de' } });
    await post(`${r.url}/api/anfragen`, de);
    await smtp.waitFor(5);
    await browser.call('PATCH', `${API}/anfragen/${de.id}`, { status: 'cancelled' });
    await smtp.waitFor(6);
    const cancelled = mailsTo('max@example.de')[1]!;
    assert.equal(cancelled.subject, `Ihre Anfrage ${de.id.slice(0, 8).toUpperCase()}: Abgesagt`);
    assert.match(cancelled.text, /Ihre Anfrage wurde abgesagt/);
  });
});

describe('a mail server that is down', () => {
  it('the request is stored and answered 201; when the server is back the mails arrive exactly once', async () => {
    smtp.mails.length = 0;
    const r = await appWithMail();
    await smtp.stop();
    const outbox = new OutboxRepository(r.app.store.db);
    try {
      const anfrage = sampleRequest({ requester: { type: 'privat', name: 'Geduldig', email: 'geduldig@example.de' } });
      const res = await post(`${r.url}/api/anfragen`, anfrage);
      assert.equal(res.status, 201);
      // Let a few attempts fail against the closed port.
      const deadline = Date.now() + 10_000;
      while (!r.logs.some((l) => /confirmation mail not sent .*attempt 2/.test(l)) && Date.now() < deadline)
        await new Promise((x) => setTimeout(x, 100));
      assert.ok(
        r.logs.some((l) => /outbox: confirmation mail not sent \(E[A-Z]+\); attempt 2/.test(l)),
        r.logs.join('\n'),
      );
      assert.equal(await outbox.pending(), 2);
      assert.equal(smtp.mails.length, 0);
    } finally {
      await smtp.start();
    }
    await smtp.waitFor(2);
    // Give every retry that could still fire time to do so: nothing more may arrive.
    await new Promise((x) => setTimeout(x, 1500));
    await r.app.outbox.drain();
    assert.equal(mailsTo('geduldig@example.de').length, 1);
    assert.equal(mailsTo('wir@kreis-offenbach.example').length, 1);
    assert.equal(await outbox.pending(), 0);
    const rows = await r.app.store.db.all<{ recipients: string; body: string }>('SELECT recipients, body FROM outbox');
    assert.ok(
      rows.every((row) => row.recipients === '[]' && row.body === ''),
      'sent mails keep no addresses or text',
    );
  });

  for (const engine of ['sqlite', 'postgres'] as Engine[])
    it(`two instances on one database send each mail once (${engine})`, async () => {
      smtp.mails.length = 0;
      const first = await appWithMail();
      const second = await appWithMail({
        dbPath: first.dbPath,
        feedsDir: first.feedsDir,
        ...(first.databaseUrl ? { databaseUrl: first.databaseUrl } : {}),
      });
      const requests = Array.from({ length: 8 }, (_, i) =>
        sampleRequest({ requester: { type: 'privat', name: `P${i}`, email: `p${i}@example.de` } }),
      );
      await Promise.all(requests.map((a, i) => post(`${(i % 2 ? second : first).url}/api/anfragen`, a)));
      await smtp.waitFor(16);
      await Promise.all([first.app.outbox.drain(), second.app.outbox.drain()]);
      await new Promise((x) => setTimeout(x, 500));
      assert.equal(smtp.mails.length, 16);
      for (let i = 0; i < 8; i++) assert.equal(mailsTo(`p${i}@example.de`).length, 1);
    });
});

describe('without WIR_SMTP_URL', () => {
  it('mails go to the log, one line each, without personal data', async () => {
    const r = await startApp({ mail: { from: 'x <x@example.de>', notify: new Map([['06438', ['wir@kreis-offenbach.example']]]) } });
    running.push(r);
    const anfrage = sampleRequest({ requester: { type: 'privat', name: 'Log Person', email: 'log.person@example.de' } });
    await post(`${r.url}/api/anfragen`, anfrage);
    await r.app.outbox.drain();
    const lines = r.logs.filter((l) => l.startsWith('mail '));
    assert.equal(lines.length, 2, r.logs.join('\n'));
    assert.match(lines.join('\n'), /mail office-notice to 1 recipient\(s\), not sent \(no WIR_SMTP_URL\): Neue Dolmetscher-Anfrage/);
    for (const personal of ['log.person', 'Log Person', 'wir@kreis-offenbach']) assert.ok(!r.logs.join('\n').includes(personal), personal);
  });
});
