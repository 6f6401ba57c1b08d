import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { distFile, readDistText } from './dist-files.ts';
import { kilobytes, type Bench } from './report.ts';

/** The module scripts index.html loads before anything is shown: the entry and its preloads. */
export function firstScreenScripts(html: string): string[] {
  const urls: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const isEntry = tag.startsWith('<script') && /\btype="module"/.test(tag);
    const isPreload = tag.startsWith('<link') && /\brel="modulepreload"/.test(tag);
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if ((isEntry || isPreload) && url !== undefined) urls.push(url);
  }
  return urls;
}

export const firstScreenJs: Bench = {
  name: 'first-screen-js',
  async run() {
    const scripts = firstScreenScripts(await readDistText('/index.html'));
    if (scripts.length === 0) throw new Error('index.html loads no module script');
    let raw = 0;
    let gzip = 0;
    const rows: string[][] = [];
    for (const url of scripts) {
      const bytes = await readFile(distFile(url));
      const zipped = gzipSync(bytes, { level: 9 }).length;
      raw += bytes.length;
      gzip += zipped;
      rows.push([url, kilobytes(bytes.length), kilobytes(zipped)]);
    }
    rows.push([`total, ${scripts.length} files`, kilobytes(raw), kilobytes(gzip)]);
    return [
      {
        title: '(a) JavaScript of the first screen (entry + modulepreload, gzip -9)',
        columns: ['file', 'raw', 'gzip'],
        rows,
      },
    ];
  },
};
