import { checklistListResponseSchema } from '../../shared/schemas/checklist-version.ts';
import { peopleResponseSchema } from '../../shared/schemas/person.ts';
import { apiRequest } from './api-request.ts';

/** The published checklist versions, whole: the device starts and fills visits on them offline. */
export async function fetchPublishedChecklists(token: string) {
  const { checklists } = await apiRequest('/api/checklists', {
    token,
    schema: checklistListResponseSchema,
  });
  return checklists.map((version) => version.definition);
}

/** The names of the district's people, for visits' histories. */
export async function fetchPeople(token: string) {
  return (await apiRequest('/api/people', { token, schema: peopleResponseSchema })).people;
}
