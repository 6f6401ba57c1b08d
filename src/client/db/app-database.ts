import Dexie, { type EntityTable, type Table } from 'dexie';
import type {
  ActionRecord,
  AnswerRecord,
  AttachmentRecord,
  BlobRecord,
  ChecklistRow,
  ConflictRecord,
  OutboxRow,
  PersonRow,
  PlanRow,
  RejectionRow,
  RowRecord,
  SchoolRow,
  SessionRow,
  SettingRow,
  SyncStateRow,
  UserRow,
  VisitRecord,
} from './rows.ts';
import { schemaVersions } from './schema-versions.ts';

export const DATABASE_NAME = 'inspektor-ezh';

/** The device's database. Only files in `client/db` may touch it. */
export type AppDatabase = Dexie & {
  session: EntityTable<SessionRow, 'key'>;
  users: EntityTable<UserRow, 'id'>;
  schools: EntityTable<SchoolRow, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  outbox: EntityTable<OutboxRow, 'seq'>;
  visits: EntityTable<VisitRecord, 'id'>;
  answers: Table<AnswerRecord, [string, string]>;
  rows: EntityTable<RowRecord, 'id'>;
  actions: EntityTable<ActionRecord, 'id'>;
  attachments: EntityTable<AttachmentRecord, 'id'>;
  blobs: EntityTable<BlobRecord, 'sha256'>;
  syncState: EntityTable<SyncStateRow, 'key'>;
  conflicts: EntityTable<ConflictRecord, 'id'>;
  rejections: EntityTable<RejectionRow, 'id'>;
  plans: EntityTable<PlanRow, 'id'>;
  checklists: Table<ChecklistRow, [string, number]>;
  people: EntityTable<PersonRow, 'id'>;
};

export function openAppDatabase(name = DATABASE_NAME): AppDatabase {
  // No query cache: the answer path writes without Dexie (answer-direct-write)
  // and live queries must then read what IndexedDB holds.
  const db = new Dexie(name, { cache: 'disabled' }) as AppDatabase;
  for (const { version, stores, upgrade } of schemaVersions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  return db;
}

let shared: AppDatabase | undefined;

/** The one database of this app in this browser. */
export function appDatabase(): AppDatabase {
  shared ??= openAppDatabase();
  return shared;
}
