import { describe, expect, it } from 'vitest';
import { MAX_MUTATIONS_PER_PUSH, pushRequestSchema } from '../../src/shared/schemas/sync.ts';
import { collectionRules } from '../../src/shared/sync/collections.ts';
import { formatHlc } from '../../src/shared/sync/hlc.ts';

const CLIENT = '0193a8f0-0000-7000-8000-000000000001';
const VISIT = '0193a8f0-0000-7000-8000-0000000000aa';
const hlc = formatHlc({ wall: 1_763_800_000_000, counter: 0, node: 'a1' });

const put = (mid: number) => ({
  op: 'put',
  mid,
  collection: 'answers',
  id: `${VISIT}:internet`,
  fields: { 'answer.value': 'yes' },
  base: { 'answer.value': 0 },
  hlc,
});

describe('the push request', () => {
  it('takes puts, deletes, status transitions and conflict choices', () => {
    const parsed = pushRequestSchema.parse({
      clientId: CLIENT,
      epoch: null,
      mutations: [
        put(1),
        { op: 'delete', mid: 2, collection: 'rows', id: 'r1', hlc },
        { op: 'transition', mid: 3, collection: 'visits', id: VISIT, to: 'completed', hlc },
        { op: 'resolve', mid: 4, conflictId: CLIENT, keep: 'lost', hlc },
      ],
    });
    expect(parsed.mutations.map((m) => m.op)).toEqual(['put', 'delete', 'transition', 'resolve']);
  });

  it('refuses a change stamped with something that is not a clock, saying so in Russian', () => {
    const result = pushRequestSchema.safeParse({
      clientId: CLIENT,
      epoch: null,
      mutations: [{ ...put(1), hlc: '2026-11-22T10:00:00Z' }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Метка времени изменения в неверном формате');
  });

  it('refuses an empty push and one over the batch limit', () => {
    const many = Array.from({ length: MAX_MUTATIONS_PER_PUSH + 1 }, (_, i) => put(i + 1));
    for (const mutations of [[], many]) {
      expect(
        pushRequestSchema.safeParse({ clientId: CLIENT, epoch: null, mutations }).success,
      ).toBe(false);
    }
  });
});

describe('synced collections', () => {
  it('name an answer by its visit and item, and find the visit of every record', () => {
    const answer = { visitId: VISIT, itemKey: 'staff/r1/skill', answer: { value: 2 } };
    expect(collectionRules.answers.idOf(answer)).toBe(`${VISIT}:staff/r1/skill`);
    expect(collectionRules.answers.visitIdOf(answer)).toBe(VISIT);
    expect(collectionRules.visits.visitIdOf({ id: VISIT })).toBe(VISIT);
  });

  it('let nobody change a visit’s status, school or author by a plain edit', () => {
    for (const field of ['status', 'schoolId', 'authorId', 'history', 'acknowledgement']) {
      expect(collectionRules.visits.editable).not.toContain(field);
    }
    expect(collectionRules.attachments.editable).toEqual([]);
  });
});
