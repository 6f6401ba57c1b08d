import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { distFile, readDistText } from '../bench/dist-files.ts';
import { firstScreenScripts } from '../bench/first-screen-js.ts';

/** The budget of the first screen's JavaScript (gzip), from the foundation issue. */
const BUDGET_BYTES = 200 * 1024;

describe('the JavaScript the first screen needs (the built app)', () => {
  it('stays within 200 KB gzip and leaves the validation library to the screens that use it', async () => {
    const scripts = firstScreenScripts(await readDistText('/index.html'));
    const files = await Promise.all(scripts.map((url) => readFile(distFile(url))));
    const gzip = files.reduce((sum, bytes) => sum + gzipSync(bytes, { level: 9 }).length, 0);
    expect(gzip).toBeLessThanOrEqual(BUDGET_BYTES);
    // zod's internal type name is a fingerprint of the library being bundled in.
    const withZod = scripts.filter((_url, i) => files[i]?.toString('utf8').includes('$ZodType'));
    expect(withZod).toEqual([]);
  });
});
