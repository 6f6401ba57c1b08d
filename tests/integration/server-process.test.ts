import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runToEnd, startServerProcess, stopProcess } from '../fixtures/processes.ts';

async function login(port: number, loginName: string, password: string): Promise<number> {
  const response = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password }),
  });
  return response.status;
}

describe('the server as a process, on a PGlite data folder', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'inspektor-data-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('creates the first admin once with a printed password, and starts again harmlessly', async () => {
    const first = await startServerProcess({ DATA_DIR: dataDir });
    const password = /Пароль \(показывается один раз, сохраните его\): (\S+)/.exec(
      first.output(),
    )?.[1];
    expect(password).toBeDefined();
    expect(first.output()).toContain('логин «admin»');
    expect(await login(first.port, 'admin', password ?? '')).toBe(200);

    const refused = await runToEnd('src/server/main.ts', [], { DATA_DIR: dataDir, PORT: '0' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('использует другой процесс');
    expect(await stopProcess(first.child)).toBe(0);

    const second = await startServerProcess({ DATA_DIR: dataDir });
    expect(second.output()).not.toContain('Пароль');
    expect(await login(second.port, 'admin', password ?? '')).toBe(200);
    expect(await stopProcess(second.child)).toBe(0);
  });

  it('refuses wrong configuration with a message naming the variable', async () => {
    const result = await runToEnd('src/server/main.ts', [], {
      DATA_DIR: dataDir,
      PORT: 'восемь',
      DATABASE_URL: 'mysql://nope',
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Ошибка конфигурации');
    expect(result.stderr).toMatch(/PORT: /);
    expect(result.stderr).toMatch(/DATABASE_URL: ожидается адрес вида postgres/);
  });

  it('imports schools from the command line, all or nothing', async () => {
    const cliDir = await mkdtemp(path.join(tmpdir(), 'inspektor-cli-'));
    const bad = path.join(cliDir, 'bad.csv');
    await writeFile(
      bad,
      'Полное наименование,Краткое наименование\nМБОУ «Одна»,Одна\n,Без названия\n',
    );
    const refused = await runToEnd('src/server/cli/main.ts', ['school:import', bad], {
      DATA_DIR: cliDir,
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Импорт отменён, ничего не записано');
    expect(refused.stderr).toContain(
      'строка 3, «полное наименование»: Укажите полное наименование',
    );

    const good = path.join(cliDir, 'good.csv');
    await writeFile(good, 'Полное наименование,Краткое наименование\nМБОУ «Одна»,Одна\n');
    const imported = await runToEnd('src/server/cli/main.ts', ['school:import', good], {
      DATA_DIR: cliDir,
    });
    expect(imported.stdout).toContain('добавлено школ — 1, обновлено — 0');

    const created = await runToEnd(
      'src/server/cli/main.ts',
      [
        'user:create',
        '--login',
        'zavuch1',
        '--name',
        'Иванова И. И.',
        '--role',
        'school',
        '--school',
        'Одна',
      ],
      { DATA_DIR: cliDir },
    );
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/Создан пользователь «zavuch1» \(school\), пароль: \S{15}/);

    const unbound = await runToEnd(
      'src/server/cli/main.ts',
      ['user:create', '--login', 'zavuch2', '--name', 'Петрова', '--role', 'school'],
      { DATA_DIR: cliDir },
    );
    expect(unbound.code).toBe(1);
    expect(unbound.stderr).toContain('привязывается к одной школе');
    await rm(cliDir, { recursive: true, force: true });
  });
});
