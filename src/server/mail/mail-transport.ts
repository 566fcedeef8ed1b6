/**
 * Where the outbox hands its mails: SMTP through nodemailer (WIR_SMTP_URL), or, without a
 * mail server (the demo), the log — one line per mail naming its purpose, how many
 * recipients and the subject, which never carries personal data (see mail-texts.ts).
 */
import type { ClaimedMail } from '../store/index.js';

export interface MailTransport {
  /** Resolves when the server accepted the mail; rejects with a MailError otherwise. */
  send(mail: ClaimedMail): Promise<void>;
  close(): void;
}

/** A send that failed; `permanent` when retrying cannot help (the server refused for good). */
export class MailError extends Error {
  constructor(
    readonly code: string,
    readonly permanent: boolean,
  ) {
    super(code);
    this.name = 'MailError';
  }
}

export function logTransport(log: (line: string) => void): MailTransport {
  return {
    async send(mail) {
      log(`mail ${mail.purpose} to ${mail.recipients.length} recipient(s), not sent (no WIR_SMTP_URL): ${mail.subject}`);
    },
    close() {},
  };
}

export async function smtpTransport(url: string, from: string): Promise<MailTransport> {
  // Loaded only when configured: an installation that never mails needs no nodemailer.
  const nodemailer = await import('nodemailer');
  const transporter = nodemailer.createTransport(url, { from });
  // A mail server that stops answering must not hold a worker's lease for long.
  Object.assign(transporter.options, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  return {
    async send(mail) {
      try {
        await transporter.sendMail({ to: mail.recipients, subject: mail.subject, text: mail.body });
      } catch (error) {
        const e = error as { code?: string; responseCode?: number };
        // 5xx is the server's final "no" (unknown mailbox, refused sender); anything else —
        // refused connection, timeout, 4xx — may work on a later attempt.
        const permanent = typeof e.responseCode === 'number' && e.responseCode >= 500;
        throw new MailError(e.responseCode ? `smtp-${e.responseCode}` : (e.code ?? 'smtp-error'), permanent);
      }
    },
    close() {
      transporter.close();
    },
  };
}
