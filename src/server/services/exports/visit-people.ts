import { z } from 'zod';
import { acknowledgementSchema, type Acknowledgement } from '../../../shared/schemas/visit.ts';
import type { ExportVisitRow } from '../../queries/export-records.ts';
import type { StaffMasker } from './staff-masker.ts';

/** The parts of a visit's record that name people; a record that does not fit names none. */
const recordPeopleSchema = z.object({
  commission: z.array(z.string()).catch([]),
  acknowledgement: acknowledgementSchema.nullable().catch(null),
});

/** Who made a visit, who was on its commission, and who signed for the school. */
export interface VisitPeople {
  author: string;
  commission: string[];
  acknowledgement: Acknowledgement | null;
}

/**
 * The people a visit names, as the export shows them. The school's
 * representative is school staff; so are the author and the commission of a
 * self-audit (the school's own people), masked with them. An inspection's
 * author and commission are the district's working group, never masked.
 */
export function visitPeople(visit: ExportVisitRow, masker: StaffMasker): VisitPeople {
  const { commission, acknowledgement } = recordPeopleSchema.parse(visit.record ?? {});
  const ownStaff = visit.kind === 'self_audit';
  const name = (person: string) => (ownStaff ? masker.name(visit.schoolId, person) : person);
  const author = name(visit.authorName);
  const members = commission.map(name);
  return {
    author,
    commission: members,
    acknowledgement: acknowledgement && {
      ...acknowledgement,
      name: masker.name(visit.schoolId, acknowledgement.name),
    },
  };
}
