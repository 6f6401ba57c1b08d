import type { EditOutcome } from '../../db/draft-edit.ts';
import {
  addAction,
  removeAction,
  updateAction,
  type ActionFields,
} from '../../db/actions-repository.ts';
import { appDatabase } from '../../db/app-database.ts';

/** Corrective-action changes from one draft visit, each tracked by the screen's save state. */
export function useActionEditing(visitId: string, track: (write: Promise<EditOutcome>) => void) {
  const db = appDatabase();
  return {
    add: () => track(addAction(db, visitId, new Date()).then((r) => r.outcome)),
    update: (id: string, fields: ActionFields) =>
      track(updateAction(db, visitId, id, fields, new Date())),
    remove: (id: string) => track(removeAction(db, visitId, id, new Date())),
  };
}

export type ActionEditing = ReturnType<typeof useActionEditing>;
