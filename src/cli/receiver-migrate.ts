/**
 * `wir-widgets receiver migrate --from <sqlite file> --to <postgres url>`: moves an office's
 * receiver data from SQLite to PostgreSQL (docs/receiver.md, "Moving to PostgreSQL").
 */
import { existsSync } from 'node:fs';
import { copyDatabase } from '../server/store/copy-database.js';
import { PostgresDb } from '../server/store/postgres/postgres-db.js';
import { SqliteDb } from '../server/store/sqlite/sqlite-db.js';

export const MIGRATE_USAGE = 'usage: wir-widgets receiver migrate --from <sqlite file> --to <postgres://…>';

export async function runMigrate(args: string[], out: (line: string) => void): Promise<number> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const from = option('--from');
  const to = option('--to');
  if (!from || !to) {
    out(MIGRATE_USAGE);
    return 2;
  }
  if (!existsSync(from)) {
    out(`--from ${from}: no such file`);
    return 2;
  }
  if (!/^postgres(ql)?:\/\//.test(to)) {
    out('--to must be a postgres:// URL');
    return 2;
  }
  const source = new SqliteDb(from);
  let target: PostgresDb | undefined;
  try {
    target = await PostgresDb.connect(to);
    const report = await copyDatabase(source, target);
    for (const { table, rows } of report.tables) out(`${table}: ${rows} rows copied`);
    out('done: the receiver can now run with WIR_DATABASE_URL set to the target; keep the SQLite file until you have checked it.');
    return 0;
  } catch (error) {
    out(`migrate failed, nothing was copied: ${(error as Error).message}`);
    return 1;
  } finally {
    await source.close();
    await target?.close();
  }
}
