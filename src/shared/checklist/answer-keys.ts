/**
 * The key an answer is stored under: an item key, or `group/rowId/item` inside a
 * table. Kept free of zod: the device's first screen reads answers without it.
 */
export const rowAnswerKey = (group: string, rowId: string, item: string) =>
  `${group}/${rowId}/${item}`;

/** An answer's id among synced records: its visit and its key. */
export const answerRecordId = (visitId: string, itemKey: string) => `${visitId}:${itemKey}`;

/** The answer key in an answer's record id (visit ids hold no colon). */
export const itemKeyOfRecordId = (recordId: string) => recordId.slice(recordId.indexOf(':') + 1);
