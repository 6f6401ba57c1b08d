import { useMemo } from 'react';
import { appDatabase } from '../../../db/app-database.ts';
import { addPhoto, removePhoto } from '../../../db/attachments-repository.ts';
import type { EditOutcome } from '../../../db/draft-edit.ts';
import type { PreparedPhoto } from '../../../lib/prepare-photo.ts';

/** Attaching photos to the items of one visit, and taking them off (`path` as for answers). */
export interface PhotoActions {
  add: (path: string, photo: PreparedPhoto) => void;
  remove: (path: string, sha256: string) => void;
}

/** Photo changes go through the screen's write tracker: «Сохранено» only once committed. */
export function usePhotoActions(
  visitId: string,
  track: (write: Promise<EditOutcome>) => void,
): PhotoActions {
  return useMemo(
    () => ({
      add: (path, photo) => track(addPhoto(appDatabase(), visitId, path, photo, new Date())),
      remove: (path, sha256) =>
        track(removePhoto(appDatabase(), visitId, path, sha256, new Date())),
    }),
    [visitId, track],
  );
}
