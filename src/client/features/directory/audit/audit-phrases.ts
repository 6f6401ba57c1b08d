import type { Role } from '../../../../shared/schemas/user.ts';
import { roles } from '../../../../shared/schemas/user.ts';
import type { directoryRu } from '../../../i18n/ru-directory.ts';

/** The audit codes the log has a Russian phrase for. */
export const AUDIT_ACTIONS = [
  'user.create',
  'user.update',
  'user.deactivate',
  'user.password_reset',
  'user.schools',
  'school.create',
  'school.update',
  'school.import',
  'checklist.builtin',
  'checklist.import',
  'checklist.publish',
  'checklist.delete',
  'plan.create',
  'plan.round',
  'plan.change',
  'export.xlsx',
  'export.csv',
  'export.json',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The code as one the log can phrase, or `undefined` (shown as it is). */
export function knownAuditAction(code: string): AuditAction | undefined {
  return AUDIT_ACTIONS.find((action) => action === code);
}

type DetailWord = Exclude<keyof typeof directoryRu.audit.details, 'fields'>;

/** The words the summary is written with (the catalogue's, in the interface language). */
export interface AuditWords {
  word: (key: DetailWord) => string;
  role: (role: Role) => string;
  field: (name: ChangedField) => string;
}

/** Fields an account change (in `changes`) or a plan change (at the top) may name. */
const ACCOUNT_FIELDS = ['fullName', 'role', 'schoolId', 'active'] as const;
const PLAN_FIELDS = ['plannedOn', 'inspectorIds', 'note', 'cancelled'] as const;
type ChangedField = (typeof ACCOUNT_FIELDS)[number] | (typeof PLAN_FIELDS)[number];

const isText = (value: unknown): value is string => typeof value === 'string' && value !== '';
const isCount = (value: unknown): value is number => typeof value === 'number';

function changedFields(details: Record<string, unknown>, words: AuditWords): string[] {
  const { changes } = details;
  const account = typeof changes === 'object' && changes !== null ? changes : undefined;
  const fields = account
    ? ACCOUNT_FIELDS.filter((field) => field in account)
    : PLAN_FIELDS.filter((field) => field in details);
  return fields.map(words.field);
}

function whatParts(details: Record<string, unknown>, words: AuditWords): string[] {
  const { word } = words;
  const parts: string[] = [];
  if (isText(details.login)) parts.push(`${word('login')}: ${details.login}`);
  if (isText(details.name)) parts.push(`${word('name')}: «${details.name}»`);
  const role = roles.find((r) => r === details.role);
  if (role) parts.push(`${word('role')}: ${words.role(role)}`);
  if (isText(details.checklistId) && isCount(details.version)) {
    const version = `${word('version')} ${String(details.version)}`;
    parts.push(`${word('checklist')}: ${details.checklistId}, ${version}`);
  }
  if (isText(details.dataset)) parts.push(`${word('dataset')}: ${details.dataset}`);
  const versions = Array.isArray(details.versions) ? details.versions.filter(isText) : [];
  if (versions.length > 0) {
    // The built-in checklists are written as `readiness@1`.
    const named = versions.map((v) => v.replace(/^(.+)@(\d+)$/, `$1 (${word('version')} $2)`));
    parts.push(`${word('checklists')}: ${named.join(', ')}`);
  }
  return parts;
}

function countParts(details: Record<string, unknown>, words: AuditWords): string[] {
  const { word } = words;
  const parts: string[] = [];
  for (const key of ['created', 'updated', 'plans', 'visits'] as const) {
    const value = details[key];
    if (isCount(value)) parts.push(`${word(key)}: ${String(value)}`);
  }
  if (Array.isArray(details.schoolIds)) {
    parts.push(`${word('schools')}: ${String(details.schoolIds.length)}`);
  }
  if (isCount(details.tokensRevoked) && details.tokensRevoked > 0) {
    parts.push(`${word('tokensRevoked')}: ${String(details.tokensRevoked)}`);
  }
  return parts;
}

/**
 * A line of the audit log's details in a few words: who or what it was about,
 * how many, what changed. Ids and filters are left out.
 */
export function auditDetailParts(details: Record<string, unknown>, words: AuditWords): string[] {
  const parts = [...whatParts(details, words), ...countParts(details, words)];
  const changed = changedFields(details, words);
  if (changed.length > 0) parts.push(`${words.word('changed')}: ${changed.join(', ')}`);
  if (details.masked === true) parts.push(words.word('masked'));
  if (details.replaced === true) parts.push(words.word('replaced'));
  if (details.source === 'cli') parts.push(`${words.word('source')}: ${words.word('sourceCli')}`);
  return parts;
}
