/**
 * The key an answer is stored under: an item key, or `group/rowId/item` inside a
 * table. Kept free of zod: the device's first screen reads answers without it.
 */
export const rowAnswerKey = (group: string, rowId: string, item: string) =>
  `${group}/${rowId}/${item}`;
