import type { DirectoryUser } from '../../../../shared/schemas/directory.ts';
import type { School } from '../../../../shared/schemas/school.ts';

/** The schools an inspector covers, in the directory's order (unknown ids left out). */
export function schoolsOf(inspector: DirectoryUser, schools: readonly School[]): School[] {
  const ids = new Set(inspector.schoolIds);
  return schools.filter((school) => ids.has(school.id));
}

/** Schools no active inspector covers: nobody will visit them by plan. */
export function uncoveredSchools(
  inspectors: readonly DirectoryUser[],
  schools: readonly School[],
): School[] {
  const covered = new Set(
    inspectors.filter((inspector) => inspector.active).flatMap((inspector) => inspector.schoolIds),
  );
  return schools.filter((school) => !covered.has(school.id));
}
