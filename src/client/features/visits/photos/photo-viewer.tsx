import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePhotoImage } from '../../../db/live-queries.ts';
import { BlobImage } from './blob-image.tsx';

interface PhotoViewerProps {
  sha256: string;
  name: string;
  readOnly: boolean;
  onClose: () => void;
  onRemove: () => void;
}

/** One photo full size in a modal dialog; Esc or «Закрыть» closes it. */
export function PhotoViewer({ sha256, name, readOnly, onClose, onRemove }: PhotoViewerProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const dialog = useRef<HTMLDialogElement | null>(null);
  const image = usePhotoImage(sha256, 'full');
  const open = (element: HTMLDialogElement | null) => {
    dialog.current = element;
    if (element && !element.open) element.showModal();
  };
  const remove = () => {
    if (window.confirm(t('visits.photos.removeConfirm'))) onRemove();
  };
  return (
    <dialog ref={open} className="photo-viewer" aria-labelledby={titleId} onClose={onClose}>
      <div className="photo-viewer__bar">
        <h2 className="photo-viewer__title" id={titleId}>
          {name}
        </h2>
        {!readOnly && (
          <button type="button" className="button button--small button--danger" onClick={remove}>
            {t('visits.photos.remove')}
          </button>
        )}
        <button
          type="button"
          className="button button--small"
          onClick={() => dialog.current?.close()}
        >
          {t('visits.photos.close')}
        </button>
      </div>
      <div className="photo-viewer__frame">
        {image ? (
          <BlobImage blob={image} alt={name} className="photo-viewer__image" />
        ) : (
          <p className="muted">{image === null ? t('visits.photos.notOnDevice') : '…'}</p>
        )}
      </div>
    </dialog>
  );
}
