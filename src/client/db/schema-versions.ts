import type { Transaction } from 'dexie';

/**
 * Every schema this database has had, oldest first. A version, once shipped,
 * is never edited: a change is a new entry with its upgrade, and a test that
 * upgrades real data of the previous version.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * The user kept inside a v1 session row, checked by hand: zod cannot be awaited
 * inside an IndexedDB upgrade transaction, and it is not part of the first screen.
 */
function isLegacyUser(value: unknown): value is { id: string } {
  if (typeof value !== 'object' || value === null) return false;
  const user = value as Record<string, unknown>;
  return ['id', 'login', 'fullName', 'role'].every((key) => typeof user[key] === 'string');
}

/** v1: the first directory-only cut. The user lived inside the session row. */
const v1: SchemaVersion = {
  version: 1,
  stores: {
    session: 'key',
    schools: 'id, name',
    settings: 'key',
  },
};

/**
 * v2: known users get their own table (commission members are picked from it),
 * schools are indexed for search and by municipality, the outbox appears, and
 * the tables the visit and checklist features fill are declared.
 */
const v2: SchemaVersion = {
  version: 2,
  stores: {
    session: 'key',
    users: 'id, login',
    schools: 'id, shortName, municipality',
    settings: 'key',
    outbox: '++seq, &mutationId, table, entityId',
    templates: '[id+version], id',
    visits: 'id, schoolId, status, updatedAt',
    answers: '[visitId+itemKey], visitId',
    attachments: 'id, visitId, sha256',
    blobs: 'sha256',
  },
  async upgrade(tx) {
    const sessions = (await tx.table('session').toArray()) as Record<string, unknown>[];
    for (const row of sessions) {
      const { user, ...rest } = row;
      // A damaged legacy row costs a sign-in, never the upgrade (and the data with it).
      if (!isLegacyUser(user)) {
        await tx.table('session').delete(row.key);
        continue;
      }
      await tx.table('users').put(user);
      await tx.table('session').put({ ...rest, userId: user.id });
    }
  },
};

/**
 * v3: visits are filled on the device. Rows of tables (roster, journal sample)
 * get their own table, corrective actions appear, visits are found by school and
 * checklist, answers and photos by item. The v2 visit tables were declared but
 * never written, so no data needs reshaping.
 */
const v3: SchemaVersion = {
  version: 3,
  stores: {
    visits: 'id, schoolId, status, updatedAt, [schoolId+checklistId]',
    answers: '[visitId+itemKey], visitId',
    rows: 'id, visitId, [visitId+group]',
    actions: 'id, visitId, schoolId, status',
    attachments: 'id, visitId, sha256, [visitId+itemKey]',
  },
};

/**
 * v4: sync. Per synced record, the server versions of its fields (what the
 * next edit is based on); conflicts found by the server and changes it
 * refused, both shown to people; photos waiting for upload are found by
 * `uploaded`. Outbox rows may now say which fields they changed (`fields`):
 * older rows have none and are sent as whole records, which the server merges.
 */
const v4: SchemaVersion = {
  version: 4,
  stores: {
    blobs: 'sha256, uploaded',
    syncState: 'key',
    conflicts: 'id, visitId, [collection+recordId]',
    rejections: '++id, mid, visitId',
  },
};

/**
 * v5: the district's plan and directory on the device. Visits planned for this
 * person (`plans`), the published checklist versions (`checklists`, replacing
 * the never-written v2 `templates`), and the names of the people who appear in
 * visits' histories (`people`). A visit may name the plan it carries out, and a
 * status change may carry a reviewer's remarks per question: stored visits get
 * both, empty.
 */
const v5: SchemaVersion = {
  version: 5,
  stores: {
    templates: null,
    checklists: '[id+version], id',
    plans: 'id, plannedOn',
    people: 'id',
    visits: 'id, schoolId, status, updatedAt, [schoolId+checklistId], planId',
  },
  async upgrade(tx) {
    await tx
      .table('visits')
      .toCollection()
      .modify((visit: Record<string, unknown>) => {
        visit.planId ??= null;
        const history = Array.isArray(visit.history) ? (visit.history as unknown[]) : [];
        visit.history = history.map((change) =>
          typeof change === 'object' && change !== null && !('comments' in change)
            ? { ...change, comments: [] }
            : change,
        );
      });
  },
};

export const schemaVersions: readonly SchemaVersion[] = [v1, v2, v3, v4, v5];
export const CURRENT_SCHEMA_VERSION = v5.version;
