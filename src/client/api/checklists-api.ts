import {
  checklistDeleteResponseSchema,
  checklistImportResponseSchema,
  checklistListResponseSchema,
  checklistVersionSchema,
} from '../../shared/schemas/checklist-version.ts';
import { apiRequest } from './api-request.ts';
import { downloadFile } from './download-file.ts';

/** Which version of which checklist. */
export interface VersionKey {
  checklistId: string;
  version: number;
}

const versionPath = (key: VersionKey) =>
  `/api/checklists/${encodeURIComponent(key.checklistId)}/${String(key.version)}`;

/** Every version the district keeps, drafts included. */
export async function fetchChecklistVersions(token: string) {
  const path = '/api/checklists?status=all';
  return (await apiRequest(path, { token, schema: checklistListResponseSchema })).checklists;
}

/** A version's definition as the JSON file the server gives, with its file name. */
export function downloadChecklistVersion(token: string, key: VersionKey) {
  return downloadFile(versionPath(key), `${key.checklistId}-v${String(key.version)}.json`, {
    token,
  });
}

/** Loads a definition as a draft (replacing a draft of that version). */
export function importChecklistDraft(token: string, definition: unknown) {
  return apiRequest('/api/checklists', {
    method: 'POST',
    body: definition,
    token,
    schema: checklistImportResponseSchema,
  });
}

/** Publishes a draft: it never changes after that. */
export function publishChecklistVersion(token: string, key: VersionKey) {
  return apiRequest(`${versionPath(key)}/publish`, {
    method: 'POST',
    token,
    schema: checklistVersionSchema,
  });
}

/** Removes a draft. */
export function deleteChecklistDraft(token: string, key: VersionKey) {
  return apiRequest(versionPath(key), {
    method: 'DELETE',
    token,
    schema: checklistDeleteResponseSchema,
  });
}
