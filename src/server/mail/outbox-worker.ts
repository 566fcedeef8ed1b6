/**
 * Sends what the outbox holds. Each instance runs one worker; they share the table through
 * leases (outbox.ts), so with several instances on one database every mail still goes out
 * once. A failed attempt waits with exponential backoff and jitter (30 s, 1 min, 2 min, …
 * capped at an hour) and is given up after `maxAttempts` or a permanent SMTP refusal; the
 * log then says so (purpose and error code only).
 */
import type { Store } from '../store/index.js';
import { MailError, type MailTransport } from './mail-transport.js';

export interface OutboxWorkerOptions {
  log: (line: string) => void;
  now: () => Date;
  /** Look for due mails at least this often (another instance may have queued some). Default 5 s. */
  pollMs?: number;
  /** How long a claim holds; longer than one SMTP exchange can take. Default 2 min. */
  leaseMs?: number;
  /** First retry delay, doubling per attempt. Default 30 s. */
  retryBaseMs?: number;
  retryMaxMs?: number;
  /** Attempts before a mail is given up. Default 20 (about a day with the defaults). */
  maxAttempts?: number;
}

const BATCH = 10;

export class OutboxWorker {
  readonly #store: Store;
  readonly #transport: MailTransport;
  readonly #options: Required<OutboxWorkerOptions>;
  #timer: NodeJS.Timeout | undefined;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = true;

  constructor(store: Store, transport: MailTransport, options: OutboxWorkerOptions) {
    this.#store = store;
    this.#transport = transport;
    this.#options = { pollMs: 5000, leaseMs: 120_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000, maxAttempts: 20, ...options };
  }

  start(): void {
    this.#stopped = false;
    this.kick();
  }

  /** Something was queued: look now instead of at the next poll. */
  kick(): void {
    if (this.#stopped) return;
    if (this.#running) {
      this.#again = true;
      return;
    }
    clearTimeout(this.#timer);
    this.#running = this.#runOnce()
      .then(() => undefined)
      .catch(() => this.#options.log('outbox: could not read the outbox'))
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          this.kick();
        } else this.#schedule();
      });
  }

  /** Sends everything due now (tests and shutdown); returns how many were sent. */
  async drain(): Promise<number> {
    await this.#running;
    return this.#runOnce();
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#running;
    this.#transport.close();
  }

  async #schedule(): Promise<void> {
    if (this.#stopped) return;
    let wait = this.#options.pollMs;
    try {
      const due = await this.#store.outbox.nextDue();
      if (due) wait = Math.min(wait, Math.max(0, Date.parse(due) - this.#options.now().getTime()) + 5);
    } catch {
      // The next poll tries again.
    }
    if (this.#stopped) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.kick(), wait);
    // The timer must not keep a test run or a stopping server alive.
    this.#timer.unref();
  }

  async #runOnce(): Promise<number> {
    let sent = 0;
    for (;;) {
      const now = this.#options.now();
      const claim = crypto.randomUUID();
      const mails = await this.#store.outbox.claim(claim, now, new Date(now.getTime() + this.#options.leaseMs), BATCH);
      for (const mail of mails) {
        try {
          await this.#transport.send(mail);
          if (await this.#store.outbox.markSent(mail.id, claim, this.#options.now())) sent++;
        } catch (error) {
          const code = error instanceof MailError ? error.code : 'transport-error';
          const attempts = mail.attempts + 1;
          const giveUp = (error instanceof MailError && error.permanent) || attempts >= this.#options.maxAttempts;
          const delayMs = giveUp ? undefined : this.#backoff(attempts);
          const retryAt = delayMs === undefined ? undefined : new Date(this.#options.now().getTime() + delayMs);
          await this.#store.outbox.markAttemptFailed(mail.id, claim, code, retryAt, this.#options.now());
          this.#options.log(
            delayMs === undefined
              ? `outbox: ${mail.purpose} mail given up after ${attempts} attempt(s) (${code})`
              : `outbox: ${mail.purpose} mail not sent (${code}); attempt ${attempts}, next in ${(delayMs / 1000).toFixed(1)} s`,
          );
        }
      }
      if (mails.length < BATCH || this.#stopped) return sent;
    }
  }

  /** Doubling delay with ±20 % jitter, so many instances that failed together do not retry together. */
  #backoff(attempts: number): number {
    const base = Math.min(this.#options.retryMaxMs, this.#options.retryBaseMs * 2 ** (attempts - 1));
    return Math.round(base * (0.8 + Math.random() * 0.4));
  }
}
