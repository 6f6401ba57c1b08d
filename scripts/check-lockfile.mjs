// `npm ci` refuses a lock file that names a platform package (an optional dependency) without
// an entry for it, which happens when the registry lacks some platform builds of a release.
// This check finds such packages before CI does; pin them in package.json "overrides".
import { readFileSync } from 'node:fs';

const { packages } = JSON.parse(readFileSync('package-lock.json', 'utf8'));
const problems = [];
for (const [where, info] of Object.entries(packages)) {
  for (const dependency of Object.keys(info.optionalDependencies ?? {})) {
    let dir = where;
    let found = false;
    while (!found) {
      found = `${dir ? `${dir}/` : ''}node_modules/${dependency}` in packages;
      if (dir === '') break;
      const cut = dir.lastIndexOf('/node_modules/');
      dir = cut === -1 ? '' : dir.slice(0, cut);
    }
    if (!found) problems.push(`${where}@${info.version} → ${dependency}`);
  }
}
if (problems.length > 0) {
  console.error(`package-lock.json lacks optional platform packages (npm ci would refuse it):`);
  for (const line of problems.slice(0, 20)) console.error(`  ${line}`);
  process.exit(1);
}
