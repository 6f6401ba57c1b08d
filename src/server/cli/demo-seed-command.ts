import { parseArgs } from 'node:util';
import { upsertSchoolByName } from '../queries/schools.ts';
import { demoPeople, demoSchools, demoUser } from '../services/demo-district.ts';
import { newId } from '../services/ids.ts';
import { randomPassword } from '../services/passwords.ts';
import { putUser } from '../services/users.ts';
import { withDb } from './cli-context.ts';

/** Seeds (or refreshes) the demonstration district and prints every login. */
export async function demoSeedCommand(args: string[]): Promise<string> {
  const { values } = parseArgs({ args, options: { password: { type: 'string' } } });
  return withDb((db) =>
    db.transaction(async (tx) => {
      const ids: string[] = [];
      for (const school of demoSchools)
        ids.push((await upsertSchoolByName(tx, newId(), school)).school.id);
      const lines = [
        'Демо-район: школ — ' + String(ids.length) + '. Пользователи (логин / пароль / роль):',
      ];
      for (const person of demoPeople) {
        const password = values.password ?? randomPassword();
        await putUser(tx, demoUser(person, password, ids[0] ?? ''));
        lines.push(
          `  ${person.login.padEnd(12)} ${password.padEnd(16)} ${person.role} — ${person.fullName}`,
        );
      }
      lines.push('Пароли показаны один раз; повторный запуск npm run demo выдаёт новые.');
      return lines.join('\n');
    }),
  );
}
