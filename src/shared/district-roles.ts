import type { Role } from './schemas/user.ts';

/**
 * The district's people: they plan, review, see every school's results and
 * export them. Free of zod: the first screen's navigation asks it.
 */
export function managesDistrict(role: Role | undefined): boolean {
  return role === 'coordinator' || role === 'admin';
}
