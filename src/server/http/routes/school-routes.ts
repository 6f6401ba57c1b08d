import { z } from 'zod';
import {
  schoolImportPreviewSchema,
  schoolImportResultSchema,
} from '../../../shared/schemas/directory.ts';
import {
  schoolInputSchema,
  schoolListResponseSchema,
  schoolSchema,
} from '../../../shared/schemas/school.ts';
import { ProblemError } from '../../problem-error.ts';
import { findSchool, listSchools } from '../../queries/schools.ts';
import { invalidInput } from '../../services/invalid-input.ts';
import { readTableBytes } from '../../services/read-table-file.ts';
import { importSchools, previewSchoolImport } from '../../services/school-import.ts';
import { createSchool, editSchool } from '../../services/schools.ts';
import { endpoint } from '../endpoint.ts';

/**
 * Media types a school file may be sent with; CSV and XLSX are told apart by
 * content (browsers on Windows label a .csv «application/vnd.ms-excel»).
 */
export const SCHOOL_FILE_TYPES = [
  'text/csv',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.ms-excel',
  'application/octet-stream',
] as const;

const SCHOOL_FILE_LIMIT = 5 * 1024 * 1024;
const DISTRICT = ['coordinator', 'admin'] as const;
const idParams = z.object({ id: z.uuid('Идентификатор школы — UUID') });
const fileBody = z.instanceof(Buffer, { message: 'Пришлите файл CSV или XLSX' });

export const schoolRoutes = [
  endpoint({
    method: 'GET',
    path: '/api/schools',
    summary: 'Справочник школ района (пользователю школы — только его школа)',
    tag: 'Школы',
    access: 'user',
    query: z.object({}),
    response: schoolListResponseSchema,
    problems: [],
    handler: async ({ user }, { db }) => {
      const schools = await listSchools(db);
      if (user.role !== 'school') return { schools };
      return { schools: schools.filter((school) => school.id === user.schoolId) };
    },
  }),
  endpoint({
    method: 'GET',
    path: '/api/schools/:id',
    summary: 'Одна школа справочника',
    tag: 'Школы',
    access: 'user',
    params: idParams,
    response: schoolSchema,
    problems: ['not_found'],
    handler: async ({ params, user }, { db }) => {
      const school = await findSchool(db, params.id);
      const hidden = user.role === 'school' && user.schoolId !== params.id;
      if (!school || hidden)
        throw new ProblemError('not_found', { id: params.id }, 'Школа не найдена.');
      return school;
    },
  }),
  endpoint({
    method: 'POST',
    path: '/api/schools',
    summary: 'Новая школа справочника (полное наименование — новое)',
    tag: 'Школы',
    access: DISTRICT,
    body: schoolInputSchema,
    response: schoolSchema,
    status: 201,
    problems: ['conflict'],
    handler: async ({ body, user }, { db }) => createSchool(db, user, body),
  }),
  endpoint({
    method: 'PUT',
    path: '/api/schools/:id',
    summary: 'Изменение школы справочника',
    tag: 'Школы',
    access: DISTRICT,
    params: idParams,
    body: schoolInputSchema,
    response: schoolSchema,
    problems: ['not_found', 'conflict'],
    handler: async ({ params, body, user }, { db }) => editSchool(db, user, params.id, body),
  }),
  endpoint({
    method: 'POST',
    path: '/api/schools/import/preview',
    summary: 'Что сделает импорт файла школ (CSV или XLSX), построчно; ничего не записывает',
    tag: 'Школы',
    access: DISTRICT,
    body: fileBody,
    binary: { request: SCHOOL_FILE_TYPES },
    bodyLimit: SCHOOL_FILE_LIMIT,
    response: schoolImportPreviewSchema,
    problems: ['bad_request'],
    handler: async ({ body }, { db }) => previewSchoolImport(db, await readTableBytes(body)),
  }),
  endpoint({
    method: 'POST',
    path: '/api/schools/import',
    summary: 'Импорт файла школ (CSV или XLSX): все строки или ни одной',
    tag: 'Школы',
    access: DISTRICT,
    body: fileBody,
    binary: { request: SCHOOL_FILE_TYPES },
    bodyLimit: SCHOOL_FILE_LIMIT,
    response: schoolImportResultSchema,
    problems: ['bad_request'],
    handler: async ({ body, user }, { db }) => {
      const table = await readTableBytes(body);
      const outcome = await importSchools(db, table, { userId: user.id, source: 'http' });
      if (outcome.ok) return outcome;
      const [first, ...rest] = outcome.errors;
      if (!first) throw new ProblemError('validation_failed');
      const message = `Импорт отменён, ничего не записано: исправьте ошибки в файле (${String(outcome.errors.length)}).`;
      throw invalidInput([first, ...rest], message);
    },
  }),
];
