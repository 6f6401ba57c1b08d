import type { TFunction } from 'i18next';
import { itemKeyOfRecordId } from '../../../../shared/checklist/answer-keys.ts';
import type { DefinitionIndex } from '../../../../shared/checklist/definition-index.ts';
import type { SimpleItem } from '../../../../shared/checklist/item-schema.ts';
import type { Conflict } from '../../../../shared/schemas/conflict.ts';
import { formatDate } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/languages.ts';
import { answerOptions } from '../answer-options.ts';
import { numberAsTyped } from '../number-text.ts';

/** A long text in a button is cut here; the card shows it whole. */
const SHORT = 40;

export function shortened(text: string): string {
  return text.length > SHORT ? `${text.slice(0, SHORT - 1).trimEnd()}…` : text;
}

/** The question an answer key points to: a top-level item or one in a table row. */
export function itemOfAnswerKey(index: DefinitionIndex, itemKey: string): SimpleItem | undefined {
  const parts = itemKey.split('/');
  const [group, , inner] = parts;
  if (parts.length === 3 && group !== undefined && inner !== undefined)
    return index.groupItems.get(group)?.get(inner);
  const item = index.items.get(itemKey);
  return item && item.kind !== 'repeat' ? item : undefined;
}

export const answerKeyOf = (conflict: Conflict) => itemKeyOfRecordId(conflict.recordId);

/** A question as people read it: its label, after its table's for a question in a table row. */
export function questionTitle(index: DefinitionIndex, itemKey: string): string {
  const item = itemOfAnswerKey(index, itemKey);
  const group = itemKey.includes('/') ? index.items.get(itemKey.split('/')[0] ?? '') : undefined;
  const label = item?.label ?? itemKey;
  return group ? `${group.label}: ${label}` : label;
}

/** Where the conflict is, in the words of the visit's screen. */
export function conflictPlace(conflict: Conflict, index: DefinitionIndex, t: TFunction): string {
  if (conflict.collection === 'answers') {
    const question = questionTitle(index, answerKeyOf(conflict));
    if (conflict.field === 'answer.note') return t('conflicts.noteOf', { question });
    if (conflict.field === 'answer.photos') return t('conflicts.photosOf', { question });
    return question;
  }
  if (conflict.collection === 'visits') {
    const labels: Record<string, string> = {
      date: t('visits.date'),
      commission: t('visits.commission'),
      findings: t('visits.findings'),
      recommendations: t('visits.recommendations'),
      acknowledgement: t('conflicts.acknowledgement'),
    };
    return labels[conflict.field] ?? conflict.field;
  }
  if (conflict.collection === 'actions') return t('conflicts.action');
  return t('conflicts.tableRow');
}

function answerValueText(
  value: unknown,
  item: SimpleItem | undefined,
  t: TFunction,
  language: Language,
) {
  const options = item ? answerOptions(item, t) : [];
  if (options.length > 0) {
    const labelOf = (v: string) => options.find((option) => option.value === v)?.label ?? v;
    return (Array.isArray(value) ? value.map(String) : [String(value)]).map(labelOf).join(', ');
  }
  if (item?.kind === 'number') return numberAsTyped(value, language === 'ru');
  if (item?.kind === 'date' && typeof value === 'string')
    return formatDate(`${value}T12:00:00Z`, language);
  return String(value);
}

/** One of the two values, as a person reads it. */
export function conflictValueText(
  conflict: Conflict,
  value: unknown,
  index: DefinitionIndex,
  t: TFunction,
  language: Language,
): string {
  if (value === null || value === undefined || value === '') return t('conflicts.empty');
  const { field } = conflict;
  if (field === 'answer.na') return value === true ? t('visits.na') : t('conflicts.empty');
  if (field === 'answer.photos' && Array.isArray(value))
    return t('conflicts.photoCount', { count: value.length });
  if (field === 'answer.value') {
    return answerValueText(value, itemOfAnswerKey(index, answerKeyOf(conflict)), t, language);
  }
  if (field === 'acknowledgement' && typeof value === 'object') {
    const { name, position } = value as { name?: unknown; position?: unknown };
    return [name, position].filter((part) => typeof part === 'string').join(', ');
  }
  if (field === 'date' && typeof value === 'string')
    return formatDate(`${value}T12:00:00Z`, language);
  if (Array.isArray(value)) return value.map(plain).join(', ');
  return plain(value);
}

const plain = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value);
