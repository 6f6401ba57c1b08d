import path from 'node:path';
import { z } from 'zod';
import { PGLITE_SHARED_BUFFERS_MB } from './db/pglite-db.ts';
import { loginNameSchema, passwordSchema } from '../shared/schemas/user.ts';

const emptyAsUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

/** A number from the environment; an empty variable means the default, not zero. */
const envNumber = (min: number, max: number, fallback: number) =>
  z.preprocess(emptyAsUndefined, z.coerce.number().int().min(min).max(max).default(fallback));

const envSchema = z
  .object({
    PORT: envNumber(0, 65535, 8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^postgres(ql)?$/, error: 'ожидается адрес вида postgres://…' }).optional(),
    ),
    // PostgreSQL's page cache when the database is the embedded PGlite (in the server's memory).
    PGLITE_SHARED_BUFFERS_MB: envNumber(1, 4096, PGLITE_SHARED_BUFFERS_MB),
    STATIC_DIR: z.string().min(1).default('./dist/client'),
    INITIAL_ADMIN_LOGIN: z.preprocess(emptyAsUndefined, loginNameSchema.optional()),
    INITIAL_ADMIN_PASSWORD: z.preprocess(emptyAsUndefined, passwordSchema.optional()),
    TOKEN_TTL_DAYS: envNumber(1, 365, 30),
    LOGIN_RATE_LIMIT: envNumber(1, 10_000, 10),
    BODY_LIMIT_BYTES: envNumber(1024, 64 * 1024 * 1024, 1024 * 1024),
    // false, true (trust every proxy), a number of proxy hops, or proxy addresses/subnets.
    TRUST_PROXY: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default('false')
        .transform((value): boolean | number | string[] => {
          if (value === 'true' || value === 'false') return value === 'true';
          if (/^\d+$/.test(value)) return Number(value);
          return value.split(',').map((part) => part.trim());
        }),
    ),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
  })
  .refine(
    (env) => (env.INITIAL_ADMIN_LOGIN === undefined) === (env.INITIAL_ADMIN_PASSWORD === undefined),
    {
      message: 'INITIAL_ADMIN_LOGIN и INITIAL_ADMIN_PASSWORD задаются только вместе',
      path: ['INITIAL_ADMIN_PASSWORD'],
    },
  );

export type Config = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(readonly lines: string[]) {
    super(`Ошибка конфигурации:\n${lines.join('\n')}`);
  }
}

/** Reads the configuration from the environment, or explains every wrong variable. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`),
    );
  }
  return {
    ...parsed.data,
    DATA_DIR: path.resolve(parsed.data.DATA_DIR),
    STATIC_DIR: path.resolve(parsed.data.STATIC_DIR),
  };
}
