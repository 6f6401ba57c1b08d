import { useMemo } from 'react';
import type { Answers } from '../../../shared/checklist/answer-schema.ts';
import { indexDefinition } from '../../../shared/checklist/definition-index.ts';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import { scopeOf } from '../../../shared/checklist/evaluate.ts';
import { checklistProgress, unansweredRequired } from '../../../shared/checklist/progress.ts';
import { scoreChecklist } from '../../../shared/checklist/scoring.ts';
import { validateAnswers } from '../../../shared/checklist/validation.ts';

/** Everything the filling screen shows that the engine derives from the answers. */
export function useVisitEngine(definition: ChecklistDefinition, answers: Answers) {
  const index = useMemo(() => indexDefinition(definition), [definition]);
  return useMemo(() => {
    const issues = new Map<string, string[]>();
    for (const issue of validateAnswers(index, answers)) {
      // Unanswered required questions are shown by their mark and «следующий незаполненный».
      if (issue.kind === 'required') continue;
      issues.set(issue.path, [...(issues.get(issue.path) ?? []), issue.message]);
    }
    return {
      index,
      answers,
      scope: scopeOf(answers, index.computed),
      issues,
      score: scoreChecklist(index, answers),
      progress: checklistProgress(index, answers),
      unanswered: unansweredRequired(index, answers),
    };
  }, [index, answers]);
}

export type VisitEngine = ReturnType<typeof useVisitEngine>;
