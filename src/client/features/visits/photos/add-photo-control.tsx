import { useTranslation } from 'react-i18next';
import type { PreparedPhoto } from '../../../lib/prepare-photo.ts';
import { usePhotoPicking } from './use-photo-picking.ts';

interface AddPhotoControlProps {
  /** The question's label: it tells which question the photo is for. */
  describedBy: string;
  onPhoto: (photo: PreparedPhoto) => void;
}

/**
 * «+ Фото»: opens the tablet's back camera (or the file picker on a computer).
 * The input itself stays focusable, so the control works from the keyboard.
 */
export function AddPhotoControl({ describedBy, onPhoto }: AddPhotoControlProps) {
  const { t } = useTranslation();
  const { busy, error, onChange } = usePhotoPicking(onPhoto);
  return (
    <>
      <label className="photo-add">
        <input
          type="file"
          accept="image/*"
          capture="environment"
          multiple
          className="visually-hidden"
          aria-label={t('visits.photos.addLabel')}
          aria-describedby={describedBy}
          disabled={busy}
          onChange={(event) => void onChange(event)}
        />
        <span aria-hidden="true">+ {t('visits.photos.add')}</span>
      </label>
      <span className="photo-strip__status" role="status">
        {busy ? t('visits.photos.preparing') : ''}
      </span>
      {error && (
        <p className="photo-strip__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
