export interface Size {
  width: number;
  height: number;
}

/**
 * The size an image is drawn at so that its longer side is at most `limit`
 * pixels, keeping its proportions. Smaller images keep their size: never enlarged.
 */
export function fitWithin({ width, height }: Size, limit: number): Size {
  const longer = Math.max(width, height);
  if (longer <= limit) return { width, height };
  const scale = limit / longer;
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
