import { useEffect, useMemo, useState } from 'react';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import { userListResponseSchema } from '../../../shared/schemas/directory.ts';
import type { School } from '../../../shared/schemas/school.ts';
import { apiRequest } from '../../api/api-request.ts';
import { useLatestChecklists } from '../../db/checklist-queries.ts';
import { usePeople, useSchools } from '../../db/live-queries.ts';

/** An inspector who may be sent, and the schools they cover (empty when not known). */
export interface Inspector {
  id: string;
  fullName: string;
  schoolIds: readonly string[];
}

/** Names and choices the plan screen shows: schools, checklists, people, inspectors. */
export interface PlanLookup {
  schools: School[];
  checklists: ChecklistDefinition[];
  /** The active inspectors, by name. */
  inspectors: Inspector[];
  schoolName: (id: string) => string;
  checklistTitle: (id: string) => string;
  checklistShortTitle: (id: string) => string;
  personName: (id: string) => string;
}

/** The active inspectors and the schools each covers, from the district's list of users. */
async function fetchActiveInspectors(token: string): Promise<Inspector[]> {
  const { users } = await apiRequest('/api/users', { token, schema: userListResponseSchema });
  return users
    .filter((user) => user.role === 'inspector' && user.active)
    .map(({ id, fullName, schoolIds }) => ({ id, fullName, schoolIds }));
}

const byName = (a: Inspector, b: Inspector) => a.fullName.localeCompare(b.fullName, 'ru');

/**
 * Everything the plan screen names: schools and checklists from the device,
 * people's names from the device, and — online — which inspectors are active
 * and whom they cover (without it, every inspector the device knows).
 */
export function usePlanLookup(token: string | undefined): PlanLookup | undefined {
  const schools = useSchools();
  const checklists = useLatestChecklists();
  const people = usePeople();
  const [active, setActive] = useState<Inspector[] | undefined>();
  useEffect(() => {
    if (token === undefined) return;
    let current = true;
    fetchActiveInspectors(token).then(
      (list) => current && setActive(list),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [token]);
  return useMemo(() => {
    if (!schools || !checklists || !people) return undefined;
    const known = [...people.values()]
      .filter((person) => person.role === 'inspector')
      .map(({ id, fullName }) => ({ id, fullName, schoolIds: [] }));
    const schoolsById = new Map(schools.map((school) => [school.id, school]));
    const checklistsById = new Map(checklists.map((checklist) => [checklist.id, checklist]));
    return {
      schools,
      checklists,
      inspectors: [...(active ?? known)].sort(byName),
      schoolName: (id) => schoolsById.get(id)?.shortName ?? id,
      checklistTitle: (id) => checklistsById.get(id)?.title ?? id,
      checklistShortTitle: (id) => checklistsById.get(id)?.shortTitle ?? id,
      personName: (id) =>
        people.get(id)?.fullName ?? active?.find((i) => i.id === id)?.fullName ?? id,
    };
  }, [schools, checklists, people, active]);
}
