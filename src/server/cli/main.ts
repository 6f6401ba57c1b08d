import { applyRussianValidationMessages } from '../../shared/schemas/russian-messages.ts';
import { ConfigError } from '../config.ts';
import { ProblemError } from '../problem-error.ts';
import { DataDirBusyError } from '../db/data-dir-lock.ts';
import { CliError } from './cli-context.ts';
import { demoSeedCommand } from './demo-seed-command.ts';
import { schoolImportCommand } from './school-import-command.ts';
import { syncNewEpochCommand } from './sync-epoch-command.ts';
import { userCreateCommand, userCreateUsage } from './user-create-command.ts';

const commands: Record<string, (args: string[]) => Promise<string>> = {
  'user:create': userCreateCommand,
  'school:import': schoolImportCommand,
  'demo:seed': demoSeedCommand,
  'sync:new-epoch': syncNewEpochCommand,
};

const usage = [
  'Команды (npm run cli -- КОМАНДА …):',
  `  ${userCreateUsage}`,
  '  school:import ФАЙЛ.csv|ФАЙЛ.xlsx   — справочник школ; при любой ошибке ничего не записывается',
  '  demo:seed [--password ПАРОЛЬ]      — демо-район: 10 школ и пользователи всех ролей',
  '  sync:new-epoch                     — после восстановления из резервной копии: устройства отправят всё заново',
].join('\n');

async function run(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name === undefined ? undefined : commands[name];
  if (command === undefined) {
    process.stderr.write(
      `${name === undefined ? '' : `Неизвестная команда «${name}».\n`}${usage}\n`,
    );
    return 2;
  }
  try {
    process.stdout.write(`${await command(args)}\n`);
    return 0;
  } catch (error) {
    if (
      error instanceof CliError ||
      error instanceof ConfigError ||
      error instanceof ProblemError ||
      error instanceof DataDirBusyError
    ) {
      process.stderr.write(`${error.message}\n`);
      return 1;
    }
    if (
      error instanceof TypeError &&
      'code' in error &&
      String(error.code).startsWith('ERR_PARSE_ARGS')
    ) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      return 2;
    }
    throw error;
  }
}

applyRussianValidationMessages();
process.exitCode = await run(process.argv.slice(2));
