/** The headings of the template, as the import reads them (src/shared/schools/school-import-rows.ts). */
export const TEMPLATE_HEADINGS = [
  'Полное наименование',
  'Краткое наименование',
  'Муниципальное образование',
  'Адрес',
  'Директор',
  'Телефон',
  'Электронная почта',
] as const;

const SAMPLE = [
  'Муниципальное бюджетное общеобразовательное учреждение «Примерная школа»',
  'МБОУ «Примерная школа»',
  'Сакский район Республики Крым',
  'с. Примерное, ул. Школьная, д. 1',
  'Иванова Мария Петровна',
  '+7 (36563) 2-00-00',
  'school@example.ru',
];

function cell(text: string): string {
  return /[";\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV template of the school directory: UTF-8 with a BOM and «;» between
 * cells, as Excel in Russian opens it with Cyrillic intact; one sample line.
 */
export function schoolTemplateCsv(): string {
  const lines = [TEMPLATE_HEADINGS, SAMPLE].map((cells) => cells.map(cell).join(';'));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
