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
];

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
