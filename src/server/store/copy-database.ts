/**
 * Copies everything one receiver keeps from one database into another, for an office whose
 * SQLite file has outgrown one server (`wir-widgets receiver migrate --from FILE --to URL`).
 * Both sides are brought to the current schema first; the target must be empty, so a second
 * run cannot mix two offices' data. The copy is one transaction on the target: all or nothing.
 */
import { migrate } from './migrations.js';
import type { SqlDb, SqlValue } from './sql-db.js';

export interface CopyReport {
  /** Rows copied per table, in copy order. */
  tables: Array<{ table: string; rows: number }>;
}

const BATCH = 500;

export async function copyDatabase(from: SqlDb, to: SqlDb): Promise<CopyReport> {
  if (from.dialect !== 'sqlite') throw new Error('copying is supported from a SQLite file');
  await migrate(from);
  await migrate(to);
  const tables = (
    await from.all<{ name: string }>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> 'schema_version' ORDER BY rowid",
    )
  ).map((t) => t.name);
  for (const table of tables) {
    const row = await to.get<{ n: number | string }>(`SELECT COUNT(*) AS n FROM ${quoteName(table)}`);
    if (Number(row?.n ?? 0) > 0) throw new Error(`the target database is not empty (table ${table} has rows); copy into a new database`);
  }
  const report: CopyReport = { tables: [] };
  await to.transaction(async (tx) => {
    for (const table of tables) {
      const columns = (await from.all<{ name: string }>(`SELECT name FROM pragma_table_info('${table.replace(/'/g, "''")}')`)).map(
        (c) => c.name,
      );
      const insert = `INSERT INTO ${quoteName(table)} (${columns.map(quoteName).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      let copied = 0;
      for (let offset = 0; ; offset += BATCH) {
        const rows = await from.all<Record<string, SqlValue>>(`SELECT * FROM ${quoteName(table)} ORDER BY rowid LIMIT ? OFFSET ?`, [
          BATCH,
          offset,
        ]);
        for (const row of rows)
          await tx.run(
            insert,
            columns.map((c) => row[c] ?? null),
          );
        copied += rows.length;
        if (rows.length < BATCH) break;
      }
      report.tables.push({ table, rows: copied });
    }
    // Auto-numbered keys (the audit trail's) were copied with their values; PostgreSQL's
    // sequences must continue after them, or the next insert collides with a copied row.
    if (tx.dialect === 'postgres') {
      const serials = await tx.all<{ table_name: string; column_name: string }>(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'",
      );
      for (const { table_name: table, column_name: column } of serials) {
        await tx.get(
          `SELECT setval(pg_get_serial_sequence(?, ?), COALESCE((SELECT MAX(${quoteName(column)}) FROM ${quoteName(table)}), 0) + 1, false)`,
          [table, column],
        );
      }
    }
  });
  return report;
}

/** A table or column name as an SQL identifier (names come from the schema, never from input). */
function quoteName(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
