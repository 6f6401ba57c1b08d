import type { Config } from './config.ts';
import type { InitialAdmin } from './services/initial-admin.ts';

interface StartFacts {
  config: Config;
  db: 'pglite' | 'postgres';
  port: number;
  applied: string[];
  staticServed: boolean;
}

/** The first administrator's login, and a generated password shown this one time. */
export function describeAdmin(admin: InitialAdmin): string {
  if (!admin.created) return '';
  const lines = ['', `Создан первый администратор: логин «${admin.login}»`];
  lines.push(
    admin.generated
      ? `Пароль (показывается один раз, сохраните его): ${admin.password}`
      : 'Пароль: из INITIAL_ADMIN_PASSWORD',
  );
  return `${lines.join('\n')}\n`;
}

/** What a person starting the server needs to read: where it is and how to get in. */
export function describeStart(facts: StartFacts): string {
  const everywhere = facts.config.HOST === '0.0.0.0';
  const lines = [
    '',
    'Инспектор ЭЖ запущен',
    `  Адрес:        http://${everywhere ? 'localhost' : facts.config.HOST}:${facts.port}/`,
    everywhere
      ? '  Доступен и в локальной сети: http://<IP-адрес этого компьютера>:' +
        String(facts.port) +
        '/'
      : '  Открыт только на этом компьютере (для планшетов в сети: HOST=0.0.0.0).',
    facts.db === 'postgres'
      ? '  База данных:  PostgreSQL (DATABASE_URL)'
      : `  База данных:  встроенная PGlite, ${facts.config.DATA_DIR}/pglite`,
  ];
  if (facts.applied.length > 0) lines.push(`  Миграции:     применено ${facts.applied.length}`);
  if (!facts.staticServed) {
    lines.push(
      `  Внимание: нет собранного приложения в ${facts.config.STATIC_DIR} — выполните npm run build.`,
    );
  }
  lines.push(
    '',
    '  Вход: логином администратора (создаётся при первом запуске, пароль печатается один раз).',
    '  Демо-район со школами и пользователями всех ролей: npm run demo (печатает логины и пароли).',
    '',
  );
  return lines.join('\n');
}
