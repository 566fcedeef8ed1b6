/**
 * What `npm start` adds so the whole loop can be tried in a minute — form → inbox →
 * suggestion → "vermittelt" → status page: a demo coordinator for Kreis Offenbach (06438)
 * with a fresh random password printed at start, and a demo interpreter list for that Kreis
 * made by the sample generator (src/sample/). Demo only: a real office gets its accounts from
 * `wir-widgets receiver user add` and its list from its own data (docs/koordination.md).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFeed } from '../sample/generate.js';
import { createAccount, setPassword } from './koordination/account-admin.js';
import { logTransport, type MailTransport } from './mail/mail-transport.js';
import type { ServerApp } from './server-app.js';

export const DEMO_KOMMUNE = '06438';
export const DEMO_EMAIL = 'koordination@kreis-offenbach.example';
export const DEMO_OFFICE = 'wir@kreis-offenbach.example';

/** Interpreters of the sample generator who serve Kreis Offenbach or live there: about a hundred. */
export function demoInterpreterList(referenceDate: string) {
  const feed = generateFeed('dolmetscher', 3000, 2026, referenceDate);
  const records = feed.records.filter(
    (r) => r.serves?.some((k) => k.startsWith(DEMO_KOMMUNE)) || r.place?.kommune.startsWith(DEMO_KOMMUNE),
  );
  return {
    ...feed,
    publisher: { name: 'WIR-Koordination Kreis Offenbach (Beispieldaten)', kommune: DEMO_KOMMUNE },
    records,
  };
}

/** Writes the demo list unless the folder already has one (an office's own file is never overwritten). */
export function ensureDemoInterpreterList(feedsDir: string, referenceDate: string): string {
  const file = join(feedsDir, DEMO_KOMMUNE, 'dolmetscher.json');
  if (!existsSync(file)) {
    mkdirSync(join(feedsDir, DEMO_KOMMUNE), { recursive: true });
    writeFileSync(file, `${JSON.stringify(demoInterpreterList(referenceDate), null, 1)}\n`);
  }
  return file;
}

/** Readable enough to type from the terminal, random enough for a demo on a laptop. */
function demoPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  const pick = () => alphabet[crypto.getRandomValues(new Uint32Array(1))[0]! % alphabet.length];
  const group = () => Array.from({ length: 4 }, pick).join('');
  return `wir-${group()}-${group()}-${group()}`;
}

/** Creates the demo coordinator if needed and gives it a new password; returns what to print. */
export async function ensureDemoCoordinator(app: ServerApp, now: Date): Promise<{ email: string; password: string }> {
  const system = { kind: 'system' as const };
  let account = await app.store.accounts.byEmail(DEMO_EMAIL).then((found) => found?.account);
  if (!account) {
    const created = await createAccount(app.store, { email: DEMO_EMAIL, kommunen: [DEMO_KOMMUNE], admin: true }, system, now);
    if (!('account' in created)) throw new Error(`demo coordinator: ${created.problem}`);
    account = created.account;
  }
  const password = demoPassword();
  const set = await setPassword(app.store, account, password, app.auth.cost, system, now);
  if (!set.ok) throw new Error(`demo coordinator: ${set.problem}`);
  return { email: DEMO_EMAIL, password };
}

/**
 * The demo's mail "delivery" without a mail server: the log line every installation writes,
 * plus — for the requester's confirmation only — the status link it carries, so the loop can
 * be followed to the status page from the terminal. Demo only: a real receiver never logs
 * a status link (it is a secret), and links reach the requester by mail and in the form's answer.
 */
export function demoMailTransport(log: (line: string) => void): MailTransport {
  const plain = logTransport(log);
  return {
    async send(mail) {
      await plain.send(mail);
      const link = mail.purpose === 'confirmation' ? /https?:\/\/\S+\/anfrage\/\S+/.exec(mail.body)?.[0] : undefined;
      if (link) log(`  Demo — Statusseite der anfragenden Stelle: ${link}`);
    },
    close() {},
  };
}
