/**
 * The whole loop in real headless Chromium against the real server (the demo server with the
 * receiver, workspace, outbox and status page; SQLite file) and a real SMTP server: a school
 * sends the form on the demo page → the office gets a notice → the demo coordinator signs in,
 * finds the request in the inbox, opens it, sees the suggestions from the demo interpreter
 * list and arranges it → the requester's mails carry the status link, and the status page
 * says who comes when. Needs the built bundles (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { berlinDate } from '../../src/core/calendar/berlin-time.js';
import { languageName } from '../../src/core/language/index.js';
import type { DolmetscherRecord } from '../../src/core/schema/index.js';
import {
  DEMO_EMAIL,
  DEMO_KOMMUNE,
  DEMO_OFFICE,
  ensureDemoCoordinator,
  ensureDemoInterpreterList,
} from '../../src/server/demo-koordination.js';
import { type DemoServer, startDemoServer } from '../../src/server/demo-server.js';
import { launchChromium } from '../support/page-fixtures.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

let dir: string;
let smtp: SmtpSink;
let demo: DemoServer;
let browser: Browser;
let password: string;
let interpreter: DolmetscherRecord;
let appointment: string;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** A weekday about five weeks ahead: past every notice period, a normal school day. */
function appointmentDay(): string {
  let t = Date.now() + 35 * 86_400_000;
  while ([0, 6].includes(new Date(t).getUTCDay())) t += 86_400_000;
  return berlinDate(t);
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wir-loop-'));
  smtp = await startSmtpSink();
  const feedsDir = join(dir, 'feeds');
  const listFile = ensureDemoInterpreterList(feedsDir, berlinDate(Date.now()));
  appointment = appointmentDay();
  // Someone from the demo list the request below will surely match: serves the Kreis, no
  // fixed hours, on site at schools, no long notice.
  const records = (JSON.parse(readFileSync(listFile, 'utf8')) as { records: DolmetscherRecord[] }).records;
  interpreter = records.find(
    (r) =>
      r.serves?.includes(DEMO_KOMMUNE) &&
      !r.availability &&
      r.modes.includes('vor-ort') &&
      r.settings.includes('schule-kita') &&
      (r.noticeDays ?? 0) <= 14 &&
      typeof r.languages[0] === 'object',
  )!;
  assert.ok(interpreter, 'the demo list has someone to arrange');
  const port = await freePort();
  demo = await startDemoServer({
    port,
    receiver: {
      dbPath: join(dir, 'anfragen.sqlite'),
      feedsDir,
      log: () => undefined,
      publicUrl: `http://127.0.0.1:${port}`,
      mail: {
        smtpUrl: smtp.url,
        from: 'WIR-Koordination <noreply@kreis-offenbach.example>',
        notify: new Map([[DEMO_KOMMUNE, [DEMO_OFFICE]]]),
      },
    },
  });
  password = (await ensureDemoCoordinator(demo.app, new Date())).password;
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await demo?.close();
  await smtp?.stop();
  rmSync(dir, { recursive: true, force: true });
});

describe('form → inbox → suggestion → vermittelt → status page', () => {
  it('works end to end in Chromium', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const languageCode = (interpreter.languages[0] as { code: string }).code;
    const language = languageName(languageCode, 'de');

    // 1. A school sends the form on the demo page.
    await page.goto(demo.url);
    const form = page.locator('wir-dolmetscher-anfrage');
    await form.getByRole('heading', { level: 2 }).first().waitFor();
    await form.getByLabel('Schule', { exact: true }).check();
    await form.getByLabel('Name der Einrichtung (optional)').fill('Heinrich-Mann-Schule');
    await form.getByLabel('Ihr Name').fill('Erika Mustermann');
    await form.getByLabel('E-Mail-Adresse').fill('erika.mustermann@example.de');
    const picker = form.getByRole('combobox', { name: 'Sprache' });
    await picker.fill(language);
    await form.locator(`[role="option"][id="opt-${languageCode}"]`).click();
    await form.getByLabel('Vor Ort').check();
    await form.getByLabel('Bereich').selectOption('schule-kita');
    await form.getByLabel('Datum').fill(appointment);
    await form.getByLabel('Beginn').fill('09:30');
    await form.getByLabel('Straße und Hausnummer').fill('Schulstraße 1');
    await form.getByLabel('Postleitzahl').fill('63128');
    await form.getByLabel('Ort', { exact: true }).fill('Dietzenbach');
    await form.locator('#consent').check();
    await form.getByRole('button', { name: 'Weiter zur Prüfung' }).click();
    await form.getByRole('button', { name: 'Anfrage senden' }).click();
    await form.getByRole('heading', { name: 'Ihre Anfrage ist angekommen' }).waitFor({ timeout: 15_000 });
    const number = (await form.locator('.number').textContent())!.trim();
    assert.match(number, /^[0-9A-F]{8}$/);
    const successLink = await form.locator('#status-link').getAttribute('href');
    assert.match(
      successLink ?? '',
      /^http:\/\/127\.0\.0\.1:\d+\/anfrage\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}$/,
      'the success view links to the status page',
    );

    // 2. The office is told (no personal data), the requester gets a confirmation with a status link.
    await smtp.waitFor(2);
    const notice = smtp.mails.find((m) => m.to.includes(DEMO_OFFICE))!;
    assert.match(notice.subject, new RegExp(`Neue Dolmetscher-Anfrage ${number}`));
    assert.ok(!notice.text.includes('Erika') && !notice.text.includes('Heinrich-Mann'));
    const confirmation = smtp.mails.find((m) => m.to.includes('erika.mustermann@example.de'))!;
    const statusLink = /http:\/\/127\.0\.0\.1:\d+\/anfrage\/[0-9a-f-]{36}#[A-Za-z0-9_-]{43}/.exec(confirmation.text)?.[0];
    assert.ok(statusLink, confirmation.text);

    // 3. The coordinator signs in and finds the request at the top of the inbox.
    const workspace = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await workspace.goto(notice.text.match(/http:\/\/\S+\/koordination\/anfragen\/\S+/)![0]);
    await workspace.getByLabel('E-Mail-Adresse').fill(DEMO_EMAIL);
    await workspace.getByLabel('Passwort').fill(password);
    await workspace.getByRole('button', { name: 'Anmelden' }).click();
    // The notice's link leads straight to the request once signed in.
    await workspace.getByRole('heading', { name: `Anfrage ${number}`, level: 1 }).waitFor();
    await workspace.getByRole('link', { name: 'Zurück zu den Anfragen' }).click();
    await workspace.getByRole('heading', { name: 'Anfragen', level: 1 }).waitFor();
    const first = workspace.locator('wir-koordination-inbox ol.items > li').first();
    assert.equal((await first.locator('a').textContent())?.replace(/\s+/g, ' ').trim().endsWith(number), true);
    assert.match((await first.textContent()) ?? '', new RegExp(`neu[\\s\\S]*${language}`));
    await first.locator('a').click();

    // 4. The detail shows what was sent and the suggestions; the coordinator arranges it.
    await workspace.getByRole('heading', { name: `Anfrage ${number}`, level: 1 }).waitFor();
    assert.ok(await workspace.getByText('erika.mustermann@example.de').isVisible());
    const person = workspace.locator('wir-koordination-vorschlaege li.person', { hasText: interpreter.name });
    await person.waitFor();
    assert.match((await person.textContent()) ?? '', new RegExp(`spricht ${language}`));
    await person.getByRole('button', { name: `Vermitteln an ${interpreter.name}` }).click();
    await person.getByRole('button', { name: 'Ja, vermitteln' }).click();
    await workspace.locator('.head .badge.matched').waitFor();
    assert.match((await workspace.locator('.head').textContent()) ?? '', new RegExp(`Vermittelt an ${interpreter.name}`));
    assert.match(
      (await workspace.locator('ol.audit').textContent()) ?? '',
      /Status: neu → vermittelt[\s\S]*koordination@kreis-offenbach\.example/,
    );

    // 5. The requester is told, and the status page says who comes when.
    await smtp.waitFor(3);
    const update = smtp.mails.filter((m) => m.to.includes('erika.mustermann@example.de'))[1]!;
    assert.equal(update.subject, `Ihre Anfrage ${number}: Vermittelt`);
    const [, month, day] = appointment.split('-');
    const who =
      interpreter.gender === 'w' ? 'Eine Dolmetscherin' : interpreter.gender === 'm' ? 'Ein Dolmetscher' : 'Eine Person zum Dolmetschen';
    const sentence = `${who} kommt am ${Number(day)}.${Number(month)}. um 9:30.`;
    assert.ok(update.text.includes(sentence), update.text);
    const status = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await status.goto(statusLink!);
    await status.getByText(sentence).waitFor();
    assert.equal(await status.locator('wir-anfrage-status .status').textContent(), 'Vermittelt');
    // The link the success view gave opens the same page.
    const fromForm = await browser.newPage({ viewport: { width: 390, height: 800 } });
    await fromForm.goto(successLink!);
    await fromForm.getByText(sentence).waitFor();
    assert.ok(!((await status.content()) + (await status.locator('wir-anfrage-status').innerHTML())).includes('Erika'));
  });
});
