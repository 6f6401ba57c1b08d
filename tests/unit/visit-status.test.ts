import { describe, expect, it } from 'vitest';
import { visitStatuses, type VisitStatus } from '../../src/shared/schemas/visit.ts';
import { canChangeStatus, isEditable } from '../../src/shared/visits/status-transitions.ts';

describe('the life of a visit', () => {
  const allowed: [VisitStatus, VisitStatus][] = [
    ['draft', 'completed'],
    ['returned', 'completed'],
    ['completed', 'draft'],
    ['completed', 'accepted'],
    ['completed', 'returned'],
  ];

  it('allows exactly the transitions of the process, nothing else', () => {
    for (const from of visitStatuses) {
      for (const to of visitStatuses) {
        const expected = allowed.some(([a, b]) => a === from && b === to);
        expect(canChangeStatus(from, to), `${from} → ${to}`).toBe(expected);
      }
    }
  });

  it('lets answers change only in drafts and returned visits', () => {
    expect(visitStatuses.filter(isEditable)).toEqual(['draft', 'returned']);
  });
});
