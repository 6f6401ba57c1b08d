import { useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { preparePhoto, type PhotoProblem, type PreparedPhoto } from '../../../lib/prepare-photo.ts';

const messages = {
  not_image: 'visits.photos.notImage',
  failed: 'visits.photos.failed',
} as const satisfies Record<PhotoProblem, string>;

/**
 * Turns the files picked in a file input (or just taken with the camera) into
 * prepared photos, one by one; a file that is not an image is named in `error`
 * and nothing of it is kept.
 */
export function usePhotoPicking(onPhoto: (photo: PreparedPhoto) => void) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function onChange(event: ChangeEvent<HTMLInputElement>) {
    const files = Array.from(event.target.files ?? []);
    // The same file may be picked again later (after deleting its photo, say).
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setError(null);
    for (const file of files) {
      const result = await preparePhoto(file);
      if (result.ok) onPhoto(result.photo);
      else setError(t(messages[result.problem], { name: file.name }));
    }
    setBusy(false);
  }

  return { busy, error, onChange };
}
