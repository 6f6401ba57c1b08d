/**
 * The fields of each synced collection a change may set once the record
 * exists, each merged on its own (no zod here: the answer path on the first
 * screen reads it).
 */
export const editableFields = {
  visits: ['date', 'commission', 'findings', 'recommendations'],
  answers: ['answer.value', 'answer.na', 'answer.note', 'answer.photos'],
  rows: ['position'],
  actions: ['what', 'responsible', 'deadline', 'status', 'comment', 'followedUpIn'],
  attachments: [],
  conflicts: [],
} as const satisfies Record<string, readonly string[]>;
