import {
  schoolImportPreviewSchema,
  schoolImportResultSchema,
} from '../../shared/schemas/directory.ts';
import { schoolSchema, type SchoolInput } from '../../shared/schemas/school.ts';
import { apiRequest } from './api-request.ts';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The file as the server's import takes it: a media type it accepts, whatever
 * the browser guessed (an empty type, or «application/vnd.ms-excel» for a CSV).
 * The server tells CSV from XLSX by the bytes.
 */
export function schoolFileBody(file: File): Blob {
  const type = file.name.toLowerCase().endsWith('.xlsx') ? XLSX_TYPE : 'text/csv';
  return new Blob([file], { type });
}

/** Adds a school; a full name already in the directory is a `conflict`. */
export function createSchool(token: string, school: SchoolInput) {
  return apiRequest('/api/schools', { method: 'POST', body: school, token, schema: schoolSchema });
}

/** Rewrites a school's card. */
export function updateSchool(token: string, id: string, school: SchoolInput) {
  return apiRequest(`/api/schools/${id}`, {
    method: 'PUT',
    body: school,
    token,
    schema: schoolSchema,
  });
}

/** What importing the file would do, line by line; nothing is written. */
export function previewSchoolImport(token: string, file: File) {
  return apiRequest('/api/schools/import/preview', {
    method: 'POST',
    body: schoolFileBody(file),
    token,
    schema: schoolImportPreviewSchema,
  });
}

/** Imports the file: every line or none (`validation_failed` with the lines' issues). */
export function importSchoolFile(token: string, file: File) {
  return apiRequest('/api/schools/import', {
    method: 'POST',
    body: schoolFileBody(file),
    token,
    schema: schoolImportResultSchema,
  });
}
