import { drawJpeg } from './draw-jpeg.ts';
import { fitWithin } from './fit-within.ts';
import { sha256Hex } from './sha256-hex.ts';

/** The longer side of a stored photo, and of its thumbnail, in pixels. */
export const PHOTO_MAX_SIDE = 1600;
export const THUMBNAIL_MAX_SIDE = 240;
const PHOTO_QUALITY = 0.85;
const THUMBNAIL_QUALITY = 0.8;

export interface PreparedPhoto {
  sha256: string;
  blob: Blob;
  thumbnail: Blob;
  width: number;
  height: number;
  takenAt: Date;
}

/** `not_image`: the file is not a picture the browser can open; `failed`: it could not be redrawn. */
export type PhotoProblem = 'not_image' | 'failed';

export type PreparePhotoResult =
  { ok: true; photo: PreparedPhoto } | { ok: false; problem: PhotoProblem };

async function decode(file: File): Promise<ImageBitmap | null> {
  if (file.type !== '' && !file.type.startsWith('image/')) return null;
  try {
    // The camera's EXIF orientation applied, so that a portrait photo stays upright.
    return await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return null;
  }
}

/**
 * Turns a camera photo or a picked image into what the device keeps: a JPEG whose
 * longer side is at most 1600 px, a thumbnail of at most 240 px, and the SHA-256
 * of the JPEG (its address on the server).
 */
export async function preparePhoto(file: File): Promise<PreparePhotoResult> {
  const image = await decode(file);
  if (!image) return { ok: false, problem: 'not_image' };
  try {
    const size = fitWithin(image, PHOTO_MAX_SIDE);
    const blob = await drawJpeg(image, size, PHOTO_QUALITY);
    const thumbnail = await drawJpeg(
      image,
      fitWithin(image, THUMBNAIL_MAX_SIDE),
      THUMBNAIL_QUALITY,
    );
    const photo = {
      sha256: await sha256Hex(blob),
      blob,
      thumbnail,
      ...size,
      takenAt: new Date(file.lastModified || Date.now()),
    };
    return { ok: true, photo };
  } catch {
    return { ok: false, problem: 'failed' };
  } finally {
    image.close();
  }
}
