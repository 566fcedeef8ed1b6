/**
 * The whole loop in real headless Chromium against the real server (the demo server with the
 * receiver, workspace, outbox and status page; SQLite file) and a real SMTP server: a school
 * sends the form on the demo page → the office gets a notice → the demo coordinator signs in,
 * finds the request in the inbox, opens it, sees the suggestions from the demo interpreter
 * list and arranges it → the requester's mails carry the status link, and the status page
 * says who comes when. Needs the built bundles (npm test builds first).
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { berlinDate } from '../../src/core/calendar/berlin-time.js';
import { languageName } from '../../src/core/language/index.js';
import type { DolmetscherRecord, LotseRecord } from '../../src/core/schema/index.js';
import {
  DEMO_EMAIL,
  DEMO_KOMMUNE,
  DEMO_OFFICE,
  ensureDemoCoordinator,
  ensureDemoInterpreterList,
} from '../../src/server/demo-koordination.js';
import { type DemoServer, startDemoServer } from '../../src/server/demo-server.js';
import { createAccount, setPassword } from '../../src/server/koordination/account-admin.js';
import { launchChromium } from '../support/page-fixtures.js';
import { PASSWORD, TEST_COST } from './koordination-harness.js';
import { type SmtpSink, startSmtpSink } from './smtp-sink.js';

let dir: string;
let smtp: SmtpSink;
let demo: DemoServer;
let browser: Browser;
let password: string;
let interpreter: DolmetscherRecord;
let appointment: string;
let feedsDir: string;

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
  feedsDir = join(dir, 'feeds');
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

describe('finder in Arabic → Lotse contact request → inbox → the Lotse as the office lists them', () => {
  it('works end to end in Chromium, right-to-left', async () => {
    // The Lotsen feed the demo page shows, and the first Tigrinya speaker near Dietzenbach in it.
    const feed = (await (await fetch(`${demo.url}data/lotsen.json`)).json()) as { records: LotseRecord[]; publisher: object };
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    page.setDefaultTimeout(20_000);
    await page.goto(demo.url);
    const finder = page.locator('wir-lotsen-finder');
    await finder.locator('[part~="card"]').first().waitFor();
    await finder.evaluate((el) => {
      (el as HTMLElement & { locale: string }).locale = 'ar';
      el.setAttribute('language', 'ti');
    });
    // The new search has run once the first card marks Tigrinya as the language that matched.
    await finder.locator('[part~="card"]').first().locator('.language.match [lang="ti"]').waitFor();
    await finder.locator('#results-heading', { hasText: 'تم العثور' }).waitFor();
    const name = (await finder.locator('.card-title').first().textContent())!.trim();
    // Display names repeat in a feed of 600; the one on the card speaks Tigrinya and takes people.
    const lotse = feed.records.find(
      (r) => r.name === name && r.available && r.languages.some((l) => (typeof l === 'string' ? l : l.code) === 'ti'),
    );
    assert.ok(lotse, `${name} is in the served feed`);
    // The request goes to the Kommune of the Lotse's place; that office's coordinator reads it,
    // and the office's own copy of its feed on the server now marks the Lotse as taking nobody new.
    const kreis = lotse.place.kommune.slice(0, 5);
    mkdirSync(join(feedsDir, kreis), { recursive: true });
    const listed = { ...feed, records: feed.records.map((r) => (r.id === lotse.id ? { ...r, available: false } : r)) };
    writeFileSync(join(feedsDir, kreis, 'lotsen.json'), JSON.stringify(listed));
    const office = await createAccount(
      demo.app.store,
      { email: `lotsen@${kreis}.example`, kommunen: [kreis], admin: false },
      { kind: 'system' },
      new Date(),
    );
    assert.ok('account' in office);
    await setPassword(demo.app.store, office.account, PASSWORD, TEST_COST, { kind: 'system' }, new Date());

    // 1. The resident asks for contact from the card, in Arabic.
    const card = finder.locator('[part~="card"]').first();
    await card.locator('[part~="contact-button"]').click();
    await card.getByRole('button', { name: 'طلب التواصل', exact: true }).click();
    const form = card.locator('wir-lotse-kontakt');
    await form.locator('#step-title', { hasText: 'طلب التواصل مع' }).waitFor();
    assert.ok((await form.locator('#step-title').textContent())?.includes(name));
    assert.equal(await form.locator('input[name="language"]:checked').inputValue(), 'ti');
    await form.getByLabel('اسمك الأول أو اسمك').fill('سميرة');
    await form.getByLabel('رقم الهاتف').fill('0151 2345678');
    await form.getByLabel('البريد الإلكتروني').fill('samira@example.de');
    await form.locator('#consent').check();
    await form.getByRole('button', { name: 'إرسال الطلب' }).click();
    await form.getByRole('heading', { name: 'وصل طلبك' }).waitFor({ timeout: 15_000 });
    assert.equal(await form.locator('.contact-request').getAttribute('dir'), 'rtl');
    const number = (await form.locator('.number').textContent())!.trim();
    assert.match(number, /^[0-9A-F]{8}$/);
    assert.ok(await form.locator('#status-link').isVisible(), 'the receiver offers a status page');

    // 2. The resident gets an Arabic confirmation (this office has no notification address in the demo).
    const ofThis = () => smtp.mails.filter((m) => m.subject.includes(number));
    for (let i = 0; ofThis().length < 1 && i < 200; i++) await new Promise((r) => setTimeout(r, 50));
    const confirmation = ofThis().find((m) => m.to.includes('samira@example.de'))!;
    assert.ok(confirmation.text.includes('يسأل مكتب التنسيق المرشد أو المرشدة'), confirmation.text);

    // 3. The coordinator finds it in the inbox under "Lotsin/Lotse" and sees the warning.
    const workspace = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    workspace.setDefaultTimeout(20_000);
    await workspace.goto(`${demo.url}koordination/`);
    await workspace.getByLabel('E-Mail-Adresse').fill(`lotsen@${kreis}.example`);
    await workspace.getByLabel('Passwort').fill(PASSWORD);
    await workspace.getByRole('button', { name: 'Anmelden' }).click();
    await workspace.getByRole('heading', { name: 'Anfragen', level: 1 }).waitFor();
    // The inbox's filters live in the address (back and reload keep them): the kind filter "Lotsin/Lotse".
    await workspace.goto(`${demo.url}koordination/?kind=lotse`);
    await workspace.getByRole('heading', { name: 'Anfragen', level: 1 }).waitFor();
    assert.equal(await workspace.locator('wir-koordination-inbox select#kind').inputValue(), 'lotse');
    const item = workspace.locator('wir-koordination-inbox ol.items > li', { hasText: number });
    await item.waitFor();
    assert.ok(((await item.textContent()) ?? '').includes(`Lotsin/Lotse · Tigrinya · ${name}`));
    await item.locator('a').click();
    await workspace.getByRole('heading', { name: `Anfrage ${number}`, level: 1 }).waitFor();
    const panel = workspace.locator('section', { has: workspace.getByRole('heading', { name: 'Lotsin/Lotse im Verzeichnis' }) });
    await panel.waitFor();
    assert.match((await panel.textContent()) ?? '', /nimmt diese Lotsin oder dieser Lotse derzeit niemanden neu an/);
    assert.ok(await workspace.getByText('samira@example.de').isVisible());
  });
});
