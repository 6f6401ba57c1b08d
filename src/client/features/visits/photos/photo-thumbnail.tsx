import { useTranslation } from 'react-i18next';
import { usePhotoImage } from '../../../db/live-queries.ts';
import { BlobImage } from './blob-image.tsx';

interface PhotoThumbnailProps {
  sha256: string;
  name: string;
  onOpen: () => void;
}

/** A photo's thumbnail; pressing it opens the photo full size. */
export function PhotoThumbnail({ sha256, name, onOpen }: PhotoThumbnailProps) {
  const { t } = useTranslation();
  const thumbnail = usePhotoImage(sha256, 'thumbnail');
  return (
    <button type="button" className="photo-thumb" onClick={onOpen}>
      {thumbnail ? (
        <BlobImage blob={thumbnail} alt={name} className="photo-thumb__image" />
      ) : (
        <span className="photo-thumb__missing">
          <span className="visually-hidden">{name}: </span>
          {thumbnail === null ? t('visits.photos.notOnDevice') : '…'}
        </span>
      )}
    </button>
  );
}
