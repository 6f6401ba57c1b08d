import { useTranslation } from 'react-i18next';
import { questionId } from '../answer-paths.ts';
import { ConflictCard } from './conflict-card.tsx';
import { answerKeyOf } from './conflict-text.ts';
import type { VisitConflicts } from './visit-conflicts.ts';

interface ConflictsPanelProps {
  conflicts: VisitConflicts;
  /** Shows the section of a question and moves to it. */
  onOpenQuestion: (itemKey: string) => void;
}

/** Every undecided conflict of the visit, at its top, until someone chooses. */
export function ConflictsPanel({ conflicts, onOpenQuestion }: ConflictsPanelProps) {
  const { t } = useTranslation();
  if (conflicts.all.length === 0) return null;
  return (
    <section className="conflicts notice notice--warning" aria-labelledby="conflicts-title">
      <h2 className="conflicts__title" id="conflicts-title">
        {t('conflicts.title', { count: conflicts.all.length })}
      </h2>
      <p>{t('conflicts.explanation')}</p>
      <ul className="conflicts__list">
        {conflicts.all.map((conflict) => (
          <li key={conflict.id}>
            <ConflictCard conflict={conflict} conflicts={conflicts} withPlace />
            {conflict.collection === 'answers' && (
              <a
                className="link-button"
                href={`#${questionId(answerKeyOf(conflict))}`}
                onClick={(event) => {
                  event.preventDefault();
                  onOpenQuestion(answerKeyOf(conflict));
                }}
              >
                {t('conflicts.goToQuestion')}
              </a>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
