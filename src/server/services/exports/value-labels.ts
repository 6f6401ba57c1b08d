import type { Level } from '../../../shared/checklist/definition-schema.ts';
import type { ActionStatus, VisitKind, VisitStatus } from '../../../shared/schemas/visit.ts';

/** The Russian words exports use for codes, worded as the app's screens word them. */

/** Kinds of visit. */
export const kindLabels: Record<VisitKind, string> = {
  inspection: 'Проверка рабочей группы',
  self_audit: 'Самоаудит школы',
};

/** A visit's statuses. */
export const statusLabels: Record<VisitStatus, string> = {
  draft: 'Черновик',
  completed: 'Завершено',
  accepted: 'Принято',
  returned: 'Возвращено',
};

/** Levels of implementation. */
export const levelLabels: Record<Level, string> = {
  optimal: 'Оптимальный',
  desirable: 'Желательный',
  basic: 'Базовый',
  insufficient: 'Недостаточный',
};

/** A corrective action's statuses. */
export const actionStatusLabels: Record<ActionStatus, string> = {
  open: 'Открыта',
  done: 'Выполнена',
  not_done: 'Не выполнена',
};

/** Yes / partly / no answers. */
export const yesNoLabels: Readonly<Record<string, string>> = {
  yes: 'Да',
  partly: 'Частично',
  no: 'Нет',
};

/** Skill levels 0–2 of the staff roster. */
export const skillLabels: readonly string[] = [
  '0 — не умеет',
  '1 — с помощью',
  '2 — самостоятельно',
];

/** «Не применимо»: the item does not apply at this school. */
export const NOT_APPLICABLE = 'Не применимо';

/** The word for a code, or the code itself when it has none (a newer value, say). */
export function labelOf(labels: Readonly<Record<string, string>>, code: string | null): string {
  if (code === null) return '';
  return Object.hasOwn(labels, code) ? (labels[code] ?? code) : code;
}
