import type { Size } from './fit-within.ts';

type Context2d = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** Draws the image at `size` on white (a transparent PNG does not turn black as a JPEG). */
function paint(context: Context2d, image: ImageBitmap, { width, height }: Size): void {
  context.fillStyle = '#fff';
  context.fillRect(0, 0, width, height);
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = 'high';
  context.drawImage(image, 0, 0, width, height);
}

function canvasToBlob(canvas: HTMLCanvasElement, quality: number): Promise<Blob> {
  return new Promise((resolve, reject) => {
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no JPEG'))),
      'image/jpeg',
      quality,
    );
  });
}

/** The image redrawn at `size` and encoded as JPEG; off the page's canvas where the browser can. */
export async function drawJpeg(image: ImageBitmap, size: Size, quality: number): Promise<Blob> {
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D context');
    paint(context, image, size);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  }
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D context');
  paint(context, image, size);
  return canvasToBlob(canvas, quality);
}
