import { describe, expect, it } from 'vitest';
import { fitWithin } from '../../src/client/lib/fit-within.ts';

describe('the size a photo is kept at', () => {
  it.each([
    ['landscape camera photo', 4000, 3000, 1600, 1600, 1200],
    ['portrait camera photo', 3000, 4000, 1600, 1200, 1600],
    ['3:2 picture', 3000, 2000, 1600, 1600, 1067],
    ['square', 2048, 2048, 1600, 1600, 1600],
    ['exactly the limit', 1600, 900, 1600, 1600, 900],
    ['smaller: never enlarged', 800, 600, 1600, 800, 600],
    ['thumbnail of a photo', 1600, 1067, 240, 240, 160],
    ['a long thin strip keeps at least one pixel', 10_000, 3, 240, 240, 1],
  ])('%s: %i×%i within %i → %i×%i', (_name, width, height, limit, fitWidth, fitHeight) => {
    expect(fitWithin({ width, height }, limit)).toEqual({ width: fitWidth, height: fitHeight });
  });
});
