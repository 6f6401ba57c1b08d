import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { distClientDir } from '../support/paths.ts';

/** A file of the built app by its URL path ("/assets/x.js" or "assets/x.js"). */
export function distFile(url: string): string {
  return path.join(distClientDir, decodeURIComponent(url.replace(/^\//, '').split(/[?#]/)[0]!));
}

export function readDistText(url: string): Promise<string> {
  return readFile(distFile(url), 'utf8');
}

export async function distFileSize(url: string): Promise<number> {
  return (await stat(distFile(url))).size;
}
