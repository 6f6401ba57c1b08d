import { applyRussianValidationMessages } from '../shared/schemas/russian-messages.ts';
import { ConfigError, parseConfig } from './config.ts';
import { DataDirBusyError, lockDataDir } from './db/data-dir-lock.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open-db.ts';
import { buildApp } from './http/build-app.ts';
import { packageVersion } from './package-version.ts';
import { ensureBuiltinChecklists } from './services/builtin-checklists-seed.ts';
import { backfillVisitResults } from './services/visit-results.ts';
import { ensureInitialAdmin } from './services/initial-admin.ts';
import { seedDemoDistrict } from './services/seed-demo-district.ts';
import { describeAdmin, describeStart } from './start-message.ts';

async function main(): Promise<void> {
  applyRussianValidationMessages();
  const config = parseConfig(process.env);
  const release = lockDataDir(config, 'запуск сервера');
  const db = await openDb(config);
  const applied = await migrate(db);
  await ensureBuiltinChecklists(db);
  // Completed visits without results (from before results were kept) get them now.
  await backfillVisitResults(db);
  const admin = await ensureInitialAdmin(
    db,
    config.INITIAL_ADMIN_LOGIN !== undefined && config.INITIAL_ADMIN_PASSWORD !== undefined
      ? { login: config.INITIAL_ADMIN_LOGIN, password: config.INITIAL_ADMIN_PASSWORD }
      : undefined,
  );
  // Printed at once: a generated password must not be lost if anything below fails.
  process.stdout.write(describeAdmin(admin));
  if (process.argv.includes('--demo')) process.stdout.write(await seedDemoDistrict(db));
  const { app, staticServed } = await buildApp({ db, config, version: packageVersion() });
  await app.listen({ port: config.PORT, host: config.HOST });
  const port = (app.server.address() as { port: number } | null)?.port ?? config.PORT;
  process.stdout.write(describeStart({ config, db: db.kind, port, applied, staticServed }));

  const stop = async () => {
    await app.close();
    await db.close();
    release();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

/** Not every library throws an Error: say what was thrown rather than «[object Object]». */
function describe(thrown: unknown): string {
  try {
    // `undefined` for what JSON cannot say (undefined itself, a function).
    const text = JSON.stringify(thrown) as string | undefined;
    return text ?? String(thrown);
  } catch {
    return String(thrown);
  }
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirBusyError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    process.stderr.write(
      `Сервер не запустился: ${error instanceof Error ? (error.stack ?? error.message) : describe(error)}\n`,
    );
  }
  process.exit(1);
});
