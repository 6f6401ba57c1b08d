import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the suite is started from. */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export const distClientDir = path.join(repoRoot, 'dist/client');
export const serverEntry = path.join(repoRoot, 'dist/node/server/main.js');
export const cliEntry = path.join(repoRoot, 'src/server/cli/main.ts');
export const tsxBin = path.join(repoRoot, 'node_modules/.bin/tsx');
export const axeScript = path.join(repoRoot, 'node_modules/axe-core/axe.min.js');
export const screenshotsDir = path.join(repoRoot, 'test-results/screenshots');

/** The suite runs against the built app: say how to get it when it is missing. */
export function assertBuilt(): void {
  for (const file of [
    path.join(distClientDir, 'index.html'),
    path.join(distClientDir, 'sw.js'),
    serverEntry,
  ]) {
    if (!existsSync(file)) {
      throw new Error(`${path.relative(repoRoot, file)} is missing: run npm run build first`);
    }
  }
}
