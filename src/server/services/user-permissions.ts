import type { Role, User } from '../../shared/schemas/user.ts';
import { ProblemError } from '../problem-error.ts';

const refuse = (reason: string, message: string) =>
  new ProblemError('forbidden', { reason }, message);

/** Coordinators keep the district's accounts; the admins' accounts are the admins' own business. */
export function checkMayManage(actor: User, target: { role: Role }): void {
  if (actor.role === 'coordinator' && target.role === 'admin') {
    throw refuse('admin_account', 'Учётные записи администраторов изменяет только администратор.');
  }
}

/** Only an admin makes someone an admin. */
export function checkMayGrant(actor: User, role: Role): void {
  if (actor.role !== 'admin' && role === 'admin') {
    throw refuse('grant_admin', 'Назначить роль администратора может только администратор.');
  }
}

/** Nobody locks themselves out: no switching off one's own account or changing one's own role. */
export function checkSelfChange(
  actor: User,
  target: User,
  change: { role?: Role | undefined; active?: boolean | undefined },
): void {
  if (actor.id !== target.id) return;
  if (change.active === false) {
    throw refuse('self_deactivate', 'Нельзя отключить собственную учётную запись.');
  }
  if (change.role !== undefined && change.role !== target.role) {
    throw refuse('self_role', 'Нельзя изменить собственную роль.');
  }
}
