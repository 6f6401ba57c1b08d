import { parseArgs } from 'node:util';
import { newUserSchema } from '../../shared/schemas/user.ts';
import type { Queryable } from '../db/port.ts';
import { listSchools } from '../queries/schools.ts';
import { randomPassword } from '../services/passwords.ts';
import { createUser } from '../services/users.ts';
import { CliError, withDb } from './cli-context.ts';

export const userCreateUsage =
  'user:create --login ЛОГИН --name "ФИО" --role inspector|school|coordinator|admin ' +
  '[--school ID_ИЛИ_КРАТКОЕ_НАИМЕНОВАНИЕ] [--password ПАРОЛЬ]';

async function resolveSchool(db: Queryable, value: string | undefined): Promise<string | null> {
  if (value === undefined) return null;
  const schools = await listSchools(db);
  const wanted = value.trim().toLowerCase();
  const found = schools.filter(
    (s) =>
      s.id === value || s.shortName.toLowerCase() === wanted || s.name.toLowerCase() === wanted,
  );
  if (found.length !== 1 || !found[0]) {
    throw new CliError(
      `Школа «${value}» ${found.length === 0 ? 'не найдена' : 'неоднозначна'} в справочнике.`,
    );
  }
  return found[0].id;
}

export async function userCreateCommand(args: string[]): Promise<string> {
  const { values } = parseArgs({
    args,
    options: {
      login: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      school: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const password = values.password ?? randomPassword();
  return withDb(async (db) => {
    const parsed = newUserSchema.safeParse({
      login: values.login,
      fullName: values.name,
      role: values.role,
      password,
      schoolId: await resolveSchool(db, values.school),
    });
    if (!parsed.success) {
      const lines = parsed.error.issues.map(
        (i) => `  ${i.path.join('.') || 'пользователь'}: ${i.message}`,
      );
      throw new CliError(
        `Пользователь не создан:\n${lines.join('\n')}\nФормат: ${userCreateUsage}`,
      );
    }
    const user = await createUser(db, parsed.data);
    const shown = values.password === undefined ? `, пароль: ${password}` : '';
    return `Создан пользователь «${user.login}» (${user.role})${shown}`;
  });
}
