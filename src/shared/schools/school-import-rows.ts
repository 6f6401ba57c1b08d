import type { Issue } from '../schemas/problem.ts';
import { schoolInputSchema, type SchoolInput } from '../schemas/school.ts';

type SchoolField = keyof SchoolInput;

/** Column headings a person may write in a spreadsheet, by field. */
const HEADINGS: Record<SchoolField, readonly string[]> = {
  name: ['полное наименование', 'наименование', 'название', 'name'],
  shortName: [
    'краткое наименование',
    'краткое название',
    'сокращённое наименование',
    'сокращенное наименование',
    'shortname',
    'short name',
  ],
  municipality: ['муниципальное образование', 'муниципалитет', 'район', 'municipality'],
  address: ['адрес', 'address'],
  director: ['директор', 'руководитель', 'фио директора', 'director'],
  phone: ['телефон', 'phone'],
  email: ['электронная почта', 'e-mail', 'email', 'эл. почта'],
};

const REQUIRED: readonly SchoolField[] = ['name', 'shortName'];

function normalise(heading: string): string {
  return heading.trim().toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ');
}

function fieldFor(heading: string): SchoolField | undefined {
  const wanted = normalise(heading);
  return (Object.keys(HEADINGS) as SchoolField[]).find((field) =>
    HEADINGS[field].some((alias) => normalise(alias) === wanted),
  );
}

export interface SchoolImportResult {
  rows: SchoolInput[];
  /** Path is `строка N` (as numbered in the file, heading = 1) and the column. */
  errors: Issue[];
}

/**
 * Turns a table read from CSV or XLSX (first row: headings) into schools,
 * or reports every wrong cell. Nothing is meant to be written when `errors` is not empty.
 */
export function parseSchoolTable(table: readonly (readonly string[])[]): SchoolImportResult {
  const [headings = [], ...body] = table;
  const fields = headings.map(fieldFor);
  const errors: Issue[] = REQUIRED.filter((field) => !fields.includes(field)).map((field) => ({
    path: 'заголовок',
    message: `Нет обязательного столбца «${HEADINGS[field][0] ?? field}»`,
  }));
  if (errors.length > 0) return { rows: [], errors };

  const rows: SchoolInput[] = [];
  const firstLineOfName = new Map<string, number>();
  body.forEach((cells, index) => {
    const line = index + 2;
    if (cells.every((cell) => cell.trim() === '')) return;
    const record: Partial<Record<SchoolField, string>> = {};
    fields.forEach((field, column) => {
      if (field !== undefined) record[field] = cells[column] ?? '';
    });
    const parsed = schoolInputSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as SchoolField;
        errors.push({
          path: `строка ${line}, «${HEADINGS[field][0] ?? field}»`,
          message: issue.message,
        });
      }
      return;
    }
    const key = normalise(parsed.data.name);
    const first = firstLineOfName.get(key);
    if (first !== undefined) {
      errors.push({ path: `строка ${line}`, message: `Школа уже указана в строке ${first}` });
      return;
    }
    firstLineOfName.set(key, line);
    rows.push(parsed.data);
  });
  if (rows.length === 0 && errors.length === 0) {
    errors.push({ path: 'файл', message: 'В файле нет ни одной школы' });
  }
  return { rows, errors };
}
