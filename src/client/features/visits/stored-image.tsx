import { usePhotoImage } from '../../db/live-queries.ts';
import { BlobImage } from './photos/blob-image.tsx';

interface StoredImageProps {
  sha256: string;
  alt: string;
  className?: string;
}

/** An image kept on the device by its SHA-256 (a signature), shown full size. */
export function StoredImage({ sha256, alt, className }: StoredImageProps) {
  const blob = usePhotoImage(sha256, 'full');
  if (!blob) return null;
  return <BlobImage blob={blob} alt={alt} {...(className ? { className } : {})} />;
}
