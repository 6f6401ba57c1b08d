import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/server/config.ts';
import { applyRussianValidationMessages } from '../../src/shared/schemas/russian-messages.ts';

applyRussianValidationMessages();

function errorLines(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.lines;
    throw error;
  }
  throw new Error('configuration was accepted');
}

describe('server configuration', () => {
  it('has defaults that need no set-up: PGlite in ./data, local address, port 8080', () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 8080,
      HOST: '127.0.0.1',
      TOKEN_TTL_DAYS: 30,
      PGLITE_SHARED_BUFFERS_MB: 16,
    });
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.DATA_DIR).toMatch(/\/data$/);
    expect(config.STATIC_DIR).toMatch(/\/dist\/client$/);
  });

  it('treats empty variables as unset', () => {
    expect(parseConfig({ PORT: '', TOKEN_TTL_DAYS: ' ', LOGIN_RATE_LIMIT: '' })).toMatchObject({
      PORT: 8080,
      TOKEN_TTL_DAYS: 30,
      LOGIN_RATE_LIMIT: 10,
    });
    expect(
      parseConfig({ DATABASE_URL: '', INITIAL_ADMIN_LOGIN: '', INITIAL_ADMIN_PASSWORD: '' })
        .DATABASE_URL,
    ).toBeUndefined();
  });

  it.each([
    [{ PORT: '70000' }, 'PORT'],
    [{ PORT: 'abc' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL: ожидается адрес вида postgres://…'],
    [
      { INITIAL_ADMIN_LOGIN: 'chief' },
      'INITIAL_ADMIN_PASSWORD: INITIAL_ADMIN_LOGIN и INITIAL_ADMIN_PASSWORD задаются только вместе',
    ],
    [
      { INITIAL_ADMIN_LOGIN: 'chief', INITIAL_ADMIN_PASSWORD: 'short' },
      'INITIAL_ADMIN_PASSWORD: Пароль — не короче 8 символов',
    ],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ PGLITE_SHARED_BUFFERS_MB: '0' }, 'PGLITE_SHARED_BUFFERS_MB'],
    [{ PGLITE_SHARED_BUFFERS_MB: '128MB' }, 'PGLITE_SHARED_BUFFERS_MB'],
    [
      { INITIAL_ADMIN_LOGIN: 'Главный Админ', INITIAL_ADMIN_PASSWORD: 'long-enough' },
      'INITIAL_ADMIN_LOGIN: Логин — латинские',
    ],
    [
      { INITIAL_ADMIN_LOGIN: 'chief', INITIAL_ADMIN_PASSWORD: 'x'.repeat(201) },
      'INITIAL_ADMIN_PASSWORD: Пароль — не длиннее 200 символов',
    ],
  ])('explains a wrong value: %j', (env, expected) => {
    expect(errorLines(env).join('\n')).toContain(expected);
  });

  it.each([
    ['false', false],
    ['true', true],
    ['2', 2],
    ['10.0.0.1, 10.0.0.0/8', ['10.0.0.1', '10.0.0.0/8']],
  ])('reads TRUST_PROXY=%s', (value, expected) => {
    expect(parseConfig({ TRUST_PROXY: value }).TRUST_PROXY).toEqual(expected);
  });

  it('accepts a PostgreSQL address', () => {
    expect(parseConfig({ DATABASE_URL: 'postgresql://u:p@db:5432/inspektor' }).DATABASE_URL).toBe(
      'postgresql://u:p@db:5432/inspektor',
    );
  });
});
