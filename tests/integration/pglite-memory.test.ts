import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/server/config.ts';
import { openDb } from '../../src/server/db/open-db.ts';
import type { Db } from '../../src/server/db/port.ts';
import { makeTempDir, removeDir } from '../support/temp-dir.ts';

/** The embedded engine runs in the server's process: its page cache is the server's memory. */
describe('the embedded database’s page cache', () => {
  let db: Db | undefined;
  let dir: string | undefined;

  afterEach(async () => {
    await db?.close();
    if (dir !== undefined) await removeDir(dir);
    db = undefined;
    dir = undefined;
  });

  async function sharedBuffers(env: Record<string, string>): Promise<string | undefined> {
    dir = await makeTempDir('pglite-memory');
    db = await openDb(parseConfig({ ...env, DATA_DIR: dir }));
    const rows = await db.query<{ shared_buffers: string }>('SHOW shared_buffers');
    return rows[0]?.shared_buffers;
  }

  it('is 16 MB unless the server is told otherwise, not PostgreSQL’s 128 MB', async () => {
    expect(await sharedBuffers({})).toBe('16MB');
  });

  it('takes the size PGLITE_SHARED_BUFFERS_MB gives', async () => {
    expect(await sharedBuffers({ PGLITE_SHARED_BUFFERS_MB: '48' })).toBe('48MB');
  });
});
