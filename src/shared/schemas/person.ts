import { z } from 'zod';
import { roleSchema } from './user.ts';

/** A person of the district as others see them in histories and lists: a name and a role, no login. */
export const personSchema = z.object({
  id: z.uuid(),
  fullName: z.string(),
  role: roleSchema,
});
export type Person = z.infer<typeof personSchema>;

export const peopleResponseSchema = z.object({ people: z.array(personSchema) });
export type PeopleResponse = z.infer<typeof peopleResponseSchema>;
