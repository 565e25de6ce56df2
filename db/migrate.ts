import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Where the numbered `.sql` files are: beside this module in source, copied beside the bundle. */
export const MIGRATIONS_DIR = path.join(__dirname, 'migrations');

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort()
    .map((f) => ({ id: Number(f.slice(0, 4)), name: f, sql: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

export class NewerDatabaseError extends Error {}

/** Whether `migrate` would write (or refuse): a new file, a migration not yet applied, or a newer file. */
export function hasPendingMigrations(db: Database.Database, migrations: Migration[] = loadMigrations()): boolean {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'").get();
  if (!table) return true;
  const applied = db.prepare('SELECT name FROM schema_migrations ORDER BY id').all() as { name: string }[];
  return applied.length !== migrations.length || applied.some((a, i) => a.name !== migrations[i]!.name);
}

/**
 * Applies what is missing, all in one transaction. The applied migrations must be a
 * prefix of what ships: a database written by a newer version is refused.
 */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations()): number {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT id, name FROM schema_migrations ORDER BY id').all() as {
    id: number;
    name: string;
  }[];
  applied.forEach((a, i) => {
    if (migrations[i]?.name !== a.name) {
      throw new NewerDatabaseError(
        `This board file was written by a newer version of ACT Board (it has change "${a.name}"). ` +
          'Update ACT Board to open it; the file was left as it was.',
      );
    }
  });
  const pending = migrations.slice(applied.length);
  const record = db.prepare('INSERT INTO schema_migrations (id, name, applied_at) VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      record.run(m.id, m.name, new Date().toISOString());
    }
  })();
  return pending.length;
}
