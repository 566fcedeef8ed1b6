/** Receiver configuration from environment variables (documented in docs/receiver.md). */
import { normalisePublicUrl } from '../http/public-url.js';
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
  // Whole days from 1 to 10 years: a larger value overflows the date arithmetic of the purge.
  if (retention !== undefined) options.retentionDays = numberBetween('WIR_RETENTION_DAYS', retention, 1, 3650, 'whole days');
  const rate = nonEmpty(env.WIR_RATE_LIMIT);
  // Below 1 a client never has a whole token, so every POST would be refused.
  if (rate !== undefined) options.rateLimit = { perMinute: numberBetween('WIR_RATE_LIMIT', rate, 1, 1_000_000, 'posts per minute') };
  const databaseUrl = nonEmpty(env.WIR_DATABASE_URL);
  if (databaseUrl !== undefined) {
    if (!/^postgres(ql)?:\/\//.test(databaseUrl))
      throw new Error('WIR_DATABASE_URL must start with postgres:// (or leave it unset for SQLite).');
    options.databaseUrl = databaseUrl;
  }
  if (env.WIR_TRUST_PROXY === '1' || env.WIR_TRUST_PROXY === 'true') options.trustProxy = true;
  const publicUrl = nonEmpty(env.WIR_PUBLIC_URL);
  if (publicUrl !== undefined) {
    try {
      options.publicUrl = normalisePublicUrl(publicUrl);
    } catch {
      throw new Error('WIR_PUBLIC_URL must be the http(s) address people reach this server at, e.g. https://anfragen.example.de.');
    }
  }
  const logFormat = nonEmpty(env.WIR_LOG_FORMAT);
  if (logFormat !== undefined) {
    if (logFormat !== 'json' && logFormat !== 'text') throw new Error(`WIR_LOG_FORMAT must be "json" or "text", got "${logFormat}".`);
    options.logFormat = logFormat;
  }
  return options;
}

export function portFromEnv(env: Env, fallback: number): number {
  const raw = nonEmpty(env.PORT);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be 0–65535, got "${raw}".`);
  return port;
}

export function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function numberBetween(name: string, raw: string, min: number, max: number, unit: string): number {
  const value = Number(raw);
  const whole = unit.startsWith('whole');
  if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
    throw new Error(`${name} must be ${unit} from ${min} to ${max.toLocaleString('en')}, got "${raw}".`);
  }
  return value;
}
