import { useMemo } from 'react';
import { addRow, duplicateRow, removeRow } from '../../db/answers-repository.ts';
import { appDatabase } from '../../db/app-database.ts';

export interface RowActions {
  add: (group: string) => void;
  duplicate: (rowId: string) => void;
  remove: (rowId: string) => void;
}

/** Adding, copying and removing table rows; a new or copied row opens for filling. */
export function useRowActions(visitId: string, open: (rowId: string) => void): RowActions {
  return useMemo(() => {
    const db = appDatabase();
    return {
      add: (group) => {
        void addRow(db, visitId, group, new Date()).then(({ rowId }) => rowId && open(rowId));
      },
      duplicate: (rowId) => {
        void duplicateRow(db, visitId, rowId, new Date()).then(
          ({ rowId: copy }) => copy && open(copy),
        );
      },
      remove: (rowId) => {
        void removeRow(db, visitId, rowId, new Date());
      },
    };
  }, [visitId, open]);
}
