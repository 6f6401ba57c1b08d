import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import { ScoreBadge } from './score-badge.tsx';
import type { VisitEngine } from './use-visit-engine.ts';

interface SectionNavProps {
  definition: ChecklistDefinition;
  engine: VisitEngine;
  current: string;
  onSelect: (key: string) => void;
  /** Steps after the sections (findings and recommendations, completion). */
  extra: readonly { key: string; title: string }[];
}

interface StepProps {
  title: string;
  current: boolean;
  onSelect: () => void;
  children?: ReactNode;
}

function Step({ title, current, onSelect, children }: StepProps) {
  return (
    <li>
      <button
        type="button"
        className={current ? 'section-nav__item section-nav__item--current' : 'section-nav__item'}
        aria-current={current ? 'step' : undefined}
        onClick={onSelect}
      >
        <span className="section-nav__title">{title}</span>
        {children}
      </button>
    </li>
  );
}

/** The sections with their progress and live score; one is open at a time. */
export function SectionNav({ definition, engine, current, onSelect, extra }: SectionNavProps) {
  const { t } = useTranslation();
  const percentOf = (key: string) =>
    engine.score.sections.find((s) => s.key === key)?.percent ?? null;
  return (
    <nav className="section-nav" aria-label={t('visits.sections')}>
      <ol>
        {definition.sections.map((section) => {
          const progress = engine.progress.get(section.key);
          const complete =
            progress !== undefined && progress.answeredRequired === progress.required;
          return (
            <Step
              key={section.key}
              title={section.title}
              current={section.key === current}
              onSelect={() => onSelect(section.key)}
            >
              {/* A section of computed results only has nothing to fill in. */}
              {progress !== undefined && progress.required > 0 && (
                <span
                  className={
                    complete
                      ? 'section-nav__progress section-nav__progress--done'
                      : 'section-nav__progress'
                  }
                >
                  {t('visits.progress', {
                    answered: progress.answeredRequired,
                    required: progress.required,
                  })}
                </span>
              )}
              <ScoreBadge percent={percentOf(section.key)} />
            </Step>
          );
        })}
        {extra.map((step) => (
          <Step
            key={step.key}
            title={step.title}
            current={step.key === current}
            onSelect={() => onSelect(step.key)}
          />
        ))}
      </ol>
    </nav>
  );
}
