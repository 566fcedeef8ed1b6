/**
 * Mail settings from the environment (docs/koordination.md):
 *   WIR_SMTP_URL   smtp://user:pass@host:587 or smtps://…:465; unset = mails go to the log
 *   WIR_MAIL_FROM  sender, e.g. "WIR-Koordination <noreply@kreis-offenbach.de>"
 *   WIR_NOTIFY     office addresses per Kommune: 06438=wir@kreis-offenbach.example,vertretung@…;06411=…
 */
import { KOMMUNE_CODE } from '../store/kommune-scope.js';

export interface MailSettings {
  smtpUrl?: string;
  from: string;
  /** Kommune code → office addresses. */
  notify: ReadonlyMap<string, readonly string[]>;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Addresses here are typed by
// an operator; the check is there to catch a swapped `,` and `;`, not to parse RFC 5322.
const ADDRESS = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

export function parseNotify(raw: string): Map<string, string[]> {
  const notify = new Map<string, string[]>();
  for (const entry of raw.split(';')) {
    if (!entry.trim()) continue;
    const [code, addresses, extra] = entry.split('=');
    const kommune = code?.trim() ?? '';
    if (extra !== undefined || !KOMMUNE_CODE.test(kommune)) {
      throw new Error(`WIR_NOTIFY: "${entry.trim()}" is not "<Kommune code>=<address>[,<address>…]".`);
    }
    const list = (addresses ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const bad = list.find((a) => !ADDRESS.test(a));
    if (bad !== undefined || list.length === 0) throw new Error(`WIR_NOTIFY: "${bad ?? entry.trim()}" is not an e-mail address.`);
    notify.set(kommune, [...(notify.get(kommune) ?? []), ...list]);
  }
  return notify;
}

/** The office addresses for a request's Kommune: its own entry, else its Kreis's. */
export function officeAddresses(notify: ReadonlyMap<string, readonly string[]>, kommune: string): readonly string[] {
  return notify.get(kommune) ?? notify.get(kommune.slice(0, 5)) ?? [];
}

type Env = Record<string, string | undefined>;

export function mailSettingsFromEnv(env: Env): MailSettings {
  const smtpUrl = env.WIR_SMTP_URL?.trim() || undefined;
  if (smtpUrl !== undefined && !/^smtps?:\/\//.test(smtpUrl)) throw new Error('WIR_SMTP_URL must start with smtp:// or smtps://.');
  const from = env.WIR_MAIL_FROM?.trim() || '';
  if (smtpUrl && !from) throw new Error('WIR_MAIL_FROM is needed with WIR_SMTP_URL (e.g. "WIR-Koordination <noreply@example.de>").');
  const settings: MailSettings = { from: from || 'WIR-Koordination <noreply@localhost>', notify: parseNotify(env.WIR_NOTIFY ?? '') };
  if (smtpUrl) settings.smtpUrl = smtpUrl;
  return settings;
}
