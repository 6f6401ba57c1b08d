import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations } from '../../src/server/db/migrate.ts';
import type { Db } from '../../src/server/db/port.ts';
import { readEpoch } from '../../src/server/queries/server-meta.ts';
import { openFreshPostgres, postgresAvailable, testDatabases } from '../fixtures/test-databases.ts';
import { addSchool } from '../fixtures/users.ts';

describe.each(testDatabases)('migrations on $name', ({ open }) => {
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    db = undefined;
  });

  it('applies every migration once, records it, and a second run changes nothing', async () => {
    db = await open({ migrated: false });
    const all = (await readMigrations()).map((m) => m.name);
    expect(await migrate(db)).toEqual(all);
    const epoch = await readEpoch(db);
    const schoolId = await addSchool(db);

    expect(await migrate(db)).toEqual([]);
    const recorded = await db.query<{ name: string }>(
      'SELECT name FROM schema_migrations ORDER BY name',
    );
    expect(recorded.map((r) => r.name)).toEqual(all);
    expect(await readEpoch(db)).toBe(epoch);
    expect(await db.query('SELECT id FROM schools WHERE id = $1', [schoolId])).toHaveLength(1);
  });

  it('rolls a failing migration back whole and does not record it', async () => {
    db = await open({ migrated: false });
    const broken = [
      {
        name: '20990101-01-broken.sql',
        sql: 'CREATE TABLE half_done (id int); SELECT * FROM missing_table;',
      },
    ];
    await expect(migrate(db, broken)).rejects.toThrow();
    expect(
      await db.query("SELECT 1 FROM schema_migrations WHERE name = '20990101-01-broken.sql'"),
    ).toEqual([]);
    expect(
      await db.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half_done'"),
    ).toEqual([]);
  });
});

describe.runIf(postgresAvailable)(
  'migrations from two server processes at once (PostgreSQL)',
  () => {
    it('apply each migration exactly once', async () => {
      const { db, url } = await openFreshPostgres();
      const { openPostgresDb } = await import('../../src/server/db/postgres-db.ts');
      const second = openPostgresDb(url);
      try {
        const [a, b] = await Promise.all([migrate(db), migrate(second)]);
        const all = (await readMigrations()).map((m) => m.name);
        expect([...a, ...b].sort()).toEqual(all);
        expect(await db.query('SELECT name FROM schema_migrations')).toHaveLength(all.length);
      } finally {
        await second.close();
        await db.close();
      }
    });
  },
);
