import { sha256Hex } from '../../lib/sha256-hex.ts';

/** The signature as a PNG and its SHA-256 (hex): stored like any photo, by content. */
export async function signatureImage(
  canvas: HTMLCanvasElement,
): Promise<{ blob: Blob; sha256: string }> {
  const blob = await new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((png) => {
      if (png) resolve(png);
      else reject(new Error('the signature could not be encoded'));
    }, 'image/png');
  });
  return { blob, sha256: await sha256Hex(blob) };
}
