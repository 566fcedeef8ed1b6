/** Receiver configuration from environment variables (documented in docs/receiver.md). */
import type { ReceiverOptions } from './receiver.js';

export const DEFAULT_DB_PATH = './data/anfragen.sqlite';

type Env = Record<string, string | undefined>;

/** Throws with the variable's name when a value is unusable: a typo must fail at start, not silently. */
export function receiverOptionsFromEnv(env: Env = process.env): ReceiverOptions {
  const options: ReceiverOptions = { dbPath: nonEmpty(env.WIR_DB_PATH) ?? DEFAULT_DB_PATH };
  const token = nonEmpty(env.WIR_ADMIN_TOKEN);
  if (token !== undefined) {
    // A short token is guessable in a few million tries; the routes expose personal data.
    if (token.length < 16) throw new Error('WIR_ADMIN_TOKEN must be at least 16 characters (e.g. `openssl rand -hex 32`).');
    options.adminToken = token;
  }
  const origins = nonEmpty(env.WIR_ALLOWED_ORIGINS);
  if (origins !== undefined)
    options.allowedOrigins = origins
      .split(',')
      .map((o) => o.trim())
      .filter(Boolean);
  const retention = nonEmpty(env.WIR_RETENTION_DAYS);
  if (retention !== undefined) options.retentionDays = positiveNumber('WIR_RETENTION_DAYS', retention);
  const rate = nonEmpty(env.WIR_RATE_LIMIT);
  if (rate !== undefined) options.rateLimit = { perMinute: positiveNumber('WIR_RATE_LIMIT', rate) };
  if (env.WIR_TRUST_PROXY === '1' || env.WIR_TRUST_PROXY === 'true') options.trustProxy = true;
  return options;
}

export function portFromEnv(env: Env, fallback: number): number {
  const raw = nonEmpty(env.PORT);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${raw}".`);
  return port;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function positiveNumber(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, got "${raw}".`);
  return value;
}
