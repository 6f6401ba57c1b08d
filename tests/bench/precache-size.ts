import { distFileSize, readDistText } from './dist-files.ts';
import { kilobytes, type Bench } from './report.ts';

const INJECTED_ARRAY = /\[\{"(?:revision|url)":[^\]]*\}\]/;

/** The URLs of the precache manifest Workbox injected into sw.js (a JSON array literal). */
export function precacheUrls(sw: string): string[] {
  const injected = INJECTED_ARRAY.exec(sw)?.[0];
  if (injected !== undefined) {
    return (JSON.parse(injected) as { url: string }[]).map((entry) => entry.url);
  }
  // Another minifier may unquote the keys: fall back to the url:"…" entries.
  return [...new Set([...sw.matchAll(/\burl:\s*"([^"]+)"/g)].map((match) => match[1]!))];
}

export const precacheSize: Bench = {
  name: 'precache-size',
  async run() {
    const urls = precacheUrls(await readDistText('/sw.js'));
    if (urls.length === 0) throw new Error('no precache manifest found in sw.js');
    // Workbox stores a URL listed twice (with one revision) once: the cache holds unique files.
    const unique = [...new Set(urls)];
    const sizes = await Promise.all(
      unique.map(async (url) => ({ url, size: await distFileSize(url) })),
    );
    const total = sizes.reduce((sum, entry) => sum + entry.size, 0);
    const largest = [...sizes].sort((a, b) => b.size - a.size).slice(0, 3);
    const repeated = unique.filter((url) => urls.indexOf(url) !== urls.lastIndexOf(url));
    return [
      {
        title: '(b) Precache: what the service worker stores on install (sizes on disk)',
        columns: ['manifest entries', 'unique files', 'total'],
        rows: [[String(urls.length), String(unique.length), kilobytes(total)]],
        notes: [
          `largest: ${largest.map((entry) => `${entry.url} ${kilobytes(entry.size)}`).join(', ')}`,
          ...(repeated.length > 0 ? [`listed more than once: ${repeated.join(', ')}`] : []),
        ],
      },
    ];
  },
};
