import type { SyncRecord } from '../../../shared/schemas/sync.ts';
import type { FieldStamps } from '../../../shared/sync/merge-fields.ts';
import type { StoredRecord } from './state.ts';

/** The version of each field's last write: what a device bases its next edit on. */
export function fieldVersions(stamps: FieldStamps): Record<string, number> {
  const versions: Record<string, number> = {};
  for (const [field, stamp] of Object.entries(stamps)) versions[field] = stamp.v;
  return versions;
}

/** A stored record as devices receive it. */
export function toSyncRecord(record: Omit<StoredRecord, 'visitId'>): SyncRecord {
  return {
    collection: record.collection,
    id: record.id,
    version: record.version,
    data: record.data,
    versions: fieldVersions(record.stamps),
    deleted: record.deleted,
  };
}
