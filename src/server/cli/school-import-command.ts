import { importSchools } from '../services/school-import.ts';
import { readTableFile } from '../services/read-table-file.ts';
import { CliError, withDb } from './cli-context.ts';

export async function schoolImportCommand(args: string[]): Promise<string> {
  const [file] = args;
  if (file === undefined) throw new CliError('Укажите файл: school:import ФАЙЛ.csv|ФАЙЛ.xlsx');
  const table = await readTableFile(file);
  return withDb(async (db) => {
    const outcome = await importSchools(db, table);
    if (!outcome.ok) {
      const lines = outcome.errors.map((e) => `  ${e.path}: ${e.message}`);
      throw new CliError(
        `Импорт отменён, ничего не записано. Исправьте ошибки (${outcome.errors.length}):\n${lines.join('\n')}`,
      );
    }
    return `Импорт выполнен: добавлено школ — ${outcome.created}, обновлено — ${outcome.updated}.`;
  });
}
