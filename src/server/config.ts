import path from 'node:path';
import { z } from 'zod';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATA_DIR: z.string().min(1).default('./data'),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z.url({ protocol: /^postgres(ql)?$/, error: 'ожидается адрес вида postgres://…' }).optional(),
    ),
    STATIC_DIR: z.string().min(1).default('./dist/client'),
    INITIAL_ADMIN_LOGIN: z.preprocess(emptyAsUndefined, z.string().min(3).max(64).optional()),
    INITIAL_ADMIN_PASSWORD: z.preprocess(
      emptyAsUndefined,
      z.string().min(8, 'пароль не короче 8 символов').optional(),
    ),
    TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
    LOGIN_RATE_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    BODY_LIMIT_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(64 * 1024 * 1024)
      .default(1024 * 1024),
    TRUST_PROXY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((v) => v === 'true'),
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
