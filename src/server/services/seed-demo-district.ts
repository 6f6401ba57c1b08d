import type { Db } from '../db/port.ts';
import { upsertSchoolByName } from '../queries/schools.ts';
import { demoPeople, demoSchools, demoUser } from './demo-district.ts';
import { todayInDistrict } from '../../shared/district-today.ts';
import { seedDemoPlan } from './demo-plan.ts';
import { newId } from './ids.ts';
import { randomPassword } from './passwords.ts';
import { putUser } from './users.ts';

/**
 * Seeds (or refreshes) the demonstration district: its schools, and one user of
 * every role with a fresh password. Returns the text that shows the logins.
 */
export async function seedDemoDistrict(
  db: Db,
  password?: string,
  now = new Date(),
): Promise<string> {
  return db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const school of demoSchools) {
      ids.push((await upsertSchoolByName(tx, newId(), school)).school.id);
    }
    const lines = ['', `Демо-район: школ — ${ids.length}. Пользователи (логин / пароль / роль):`];
    const idOf = new Map<string, string>();
    for (const person of demoPeople) {
      const secret = password ?? randomPassword();
      idOf.set(person.login, (await putUser(tx, demoUser(person, secret, ids[0] ?? ''))).id);
      lines.push(
        `  ${person.login.padEnd(12)} ${secret.padEnd(16)} ${person.role} — ${person.fullName}`,
      );
    }
    const team = {
      coordinatorId: idOf.get('koordinator') ?? '',
      inspectorIds: [idOf.get('inspektor') ?? '', idOf.get('inspektor2') ?? ''] as const,
      schoolIds: ids,
    };
    await seedDemoPlan(tx, team, todayInDistrict(now));
    lines.push('Пароли показаны один раз; при следующем запуске демо выдаются новые.', '');
    return lines.join('\n');
  });
}
