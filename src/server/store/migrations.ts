/**
 * Versioned schema changes, applied in order at start. `schema_version` records each one, so
 * a database made by any earlier release is brought up to date, and every step runs once:
 * the runner holds the write lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock in
 * the same transaction), so two instances starting together migrate once.
 *
 * Append new steps at the end; never edit one that has shipped. Where the engines' DDL differs,
 * a step gives both texts.
 */
import type { SqlDb } from './sql-db.js';

export interface Migration {
  version: number;
  name: string;
  sql: string | { sqlite: string; postgres: string };
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'requests',
    // IF NOT EXISTS: release 0.1 created this table without a schema_version; its databases
    // keep their rows and are recorded as version 1.
    sql: `
      CREATE TABLE IF NOT EXISTS anfragen (
        id          TEXT PRIMARY KEY,
        payload     TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        kommune     TEXT NOT NULL,
        need_date   TEXT NOT NULL,
        status      TEXT NOT NULL DEFAULT 'received',
        received_at TEXT NOT NULL,
        updated_at  TEXT NOT NULL
      );
      CREATE INDEX IF NOT EXISTS anfragen_received_at ON anfragen (received_at);
      CREATE INDEX IF NOT EXISTS anfragen_kommune_date ON anfragen (kommune, need_date);
    `,
  },
  {
    version: 2,
    name: 'koordination',
    // The workspace (docs/koordination.md): per-person accounts bound to Kommunen, their
    // sessions, the audit trail, the mail outbox and the requester's status links. Columns
    // added to anfragen are what the inbox filters on (kind, language) and what the office
    // adds (note, assignment); the payload stays exactly what the requester sent.
    sql: {
      sqlite: `
        ${anfragenWorkColumns()}
        UPDATE anfragen SET language = COALESCE(json_extract(payload, '$.need.language'), '');
        ${koordinationTables('INTEGER PRIMARY KEY AUTOINCREMENT')}
      `,
      postgres: `
        ${anfragenWorkColumns()}
        UPDATE anfragen SET language = COALESCE(payload::json -> 'need' ->> 'language', '');
        ${koordinationTables('BIGSERIAL PRIMARY KEY')}
      `,
    },
  },
];

function anfragenWorkColumns(): string {
  return `
    ALTER TABLE anfragen ADD COLUMN kind TEXT NOT NULL DEFAULT 'dolmetscher';
    ALTER TABLE anfragen ADD COLUMN language TEXT NOT NULL DEFAULT '';
    ALTER TABLE anfragen ADD COLUMN note TEXT NOT NULL DEFAULT '';
    ALTER TABLE anfragen ADD COLUMN interpreter_id TEXT;
    ALTER TABLE anfragen ADD COLUMN interpreter_name TEXT;
    ALTER TABLE anfragen ADD COLUMN interpreter_gender TEXT;
    CREATE INDEX anfragen_kommune_received ON anfragen (kommune, received_at);
  `;
}

/** Tables of step 2; only the auto-numbered key of the audit trail differs between engines. */
function koordinationTables(serialKey: string): string {
  return `
    CREATE TABLE accounts (
      id             TEXT PRIMARY KEY,
      email          TEXT NOT NULL UNIQUE,
      is_admin       INTEGER NOT NULL DEFAULT 0,
      password_hash  TEXT,
      totp_secret    TEXT,
      totp_pending   TEXT,
      totp_last_step INTEGER,
      totp_required  INTEGER NOT NULL DEFAULT 0,
      disabled_at    TEXT,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL
    );
    CREATE TABLE account_kommunen (
      account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      kommune    TEXT NOT NULL,
      PRIMARY KEY (account_id, kommune)
    );
    CREATE TABLE sessions (
      id_hash       TEXT PRIMARY KEY,
      account_id    TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      second_factor INTEGER NOT NULL DEFAULT 0,
      created_at    TEXT NOT NULL,
      last_seen_at  TEXT NOT NULL
    );
    CREATE INDEX sessions_account ON sessions (account_id);
    CREATE TABLE password_links (
      token_hash TEXT PRIMARY KEY,
      account_id TEXT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
      expires_at TEXT NOT NULL
    );
    CREATE TABLE login_throttle (
      key           TEXT PRIMARY KEY,
      failures      INTEGER NOT NULL,
      blocked_until TEXT,
      updated_at    TEXT NOT NULL
    );
    CREATE TABLE status_links (
      token_hash TEXT PRIMARY KEY,
      anfrage_id TEXT NOT NULL REFERENCES anfragen (id) ON DELETE CASCADE,
      created_at TEXT NOT NULL
    );
    CREATE INDEX status_links_anfrage ON status_links (anfrage_id);
    CREATE TABLE outbox (
      id              TEXT PRIMARY KEY,
      dedupe_key      TEXT NOT NULL UNIQUE,
      anfrage_id      TEXT REFERENCES anfragen (id) ON DELETE CASCADE,
      purpose         TEXT NOT NULL,
      recipients      TEXT NOT NULL,
      subject         TEXT NOT NULL,
      body            TEXT NOT NULL,
      created_at      TEXT NOT NULL,
      attempts        INTEGER NOT NULL DEFAULT 0,
      next_attempt_at TEXT NOT NULL,
      lease_owner     TEXT,
      lease_until     TEXT,
      sent_at         TEXT,
      failed_at       TEXT,
      last_error      TEXT
    );
    CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);
    CREATE INDEX outbox_anfrage ON outbox (anfrage_id);
    CREATE TABLE audit (
      id         ${serialKey},
      at         TEXT NOT NULL,
      actor_kind TEXT NOT NULL,
      actor_id   TEXT,
      anfrage_id TEXT REFERENCES anfragen (id) ON DELETE CASCADE,
      kommune    TEXT,
      action     TEXT NOT NULL,
      from_value TEXT,
      to_value   TEXT
    );
    CREATE INDEX audit_anfrage ON audit (anfrage_id, id);
  `;
}

export const SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;

/** Brings the database to SCHEMA_VERSION; returns the versions it applied (empty if none). */
export async function migrate(db: SqlDb, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  return db.transaction(async (tx) => {
    if (tx.dialect === 'postgres') await tx.get('SELECT pg_advisory_xact_lock(?)', [MIGRATION_LOCK]);
    await tx.exec('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
    const row = await tx.get<{ v: number | null }>('SELECT MAX(version) AS v FROM schema_version');
    const current = Number(row?.v ?? 0);
    const applied: number[] = [];
    for (const step of migrations) {
      if (step.version <= current) continue;
      await tx.exec(typeof step.sql === 'string' ? step.sql : step.sql[tx.dialect]);
      await tx.run('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)', [
        step.version,
        step.name,
        new Date().toISOString(),
      ]);
      applied.push(step.version);
    }
    return applied;
  });
}

/** Advisory lock key for migrations (any constant; "WIR" in ASCII). */
const MIGRATION_LOCK = 0x574952;
