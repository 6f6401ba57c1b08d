import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AddPhotoControl } from './add-photo-control.tsx';
import { PhotoThumbnail } from './photo-thumbnail.tsx';
import { PhotoViewer } from './photo-viewer.tsx';
import type { PhotoActions } from './use-photo-actions.ts';

interface PhotoStripProps {
  /** The answer path of the item (`key` or `group/rowId/key`). */
  path: string;
  itemLabel: string;
  photos: readonly string[];
  readOnly: boolean;
  actions: PhotoActions;
  /** The id of the question's label. */
  labelId: string;
  /** The photos are the item's answer (a photo item), not evidence beside it. */
  asAnswer: boolean;
}

/** The photos of one item: thumbnails that open full size, and «+ Фото» while the visit is editable. */
export function PhotoStrip({
  path,
  itemLabel,
  photos,
  readOnly,
  actions,
  labelId,
  asAnswer,
}: PhotoStripProps) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<string | null>(null);
  if (readOnly && photos.length === 0) return null;
  const nameOf = (index: number) =>
    t('visits.photos.photoOf', { number: index + 1, label: itemLabel });
  const openedIndex = opened === null ? -1 : photos.indexOf(opened);
  return (
    <div
      className="photo-strip"
      {...(asAnswer ? { role: 'group', 'aria-labelledby': labelId } : {})}
    >
      {photos.length > 0 && (
        <ul className="photo-strip__list">
          {photos.map((sha256, index) => (
            <li key={sha256}>
              <PhotoThumbnail
                sha256={sha256}
                name={nameOf(index)}
                onOpen={() => setOpened(sha256)}
              />
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <AddPhotoControl describedBy={labelId} onPhoto={(photo) => actions.add(path, photo)} />
      )}
      {opened !== null && openedIndex >= 0 && (
        <PhotoViewer
          sha256={opened}
          name={nameOf(openedIndex)}
          readOnly={readOnly}
          onClose={() => setOpened(null)}
          onRemove={() => {
            setOpened(null);
            actions.remove(path, opened);
          }}
        />
      )}
    </div>
  );
}
