import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import type { Store } from '../../lib/create-store.ts';
import { SaveStatus } from './save-status.tsx';
import type { SaveState } from './use-write-tracker.ts';

interface VisitHeaderProps {
  visit: Visit;
  schoolName: string;
  definition: ChecklistDefinition;
  saveState: Store<SaveState>;
  children: ReactNode;
}

export function VisitHeader({
  visit,
  schoolName,
  definition,
  saveState,
  children,
}: VisitHeaderProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <header className="visit__header">
      <div>
        <h1 className="page__title">{schoolName}</h1>
        <p className="page__subtitle">
          {definition.shortTitle} · {t(`visits.kinds.${visit.kind}`)} ·{' '}
          {formatDate(`${visit.date}T12:00:00Z`, language)} · {t(`visits.statuses.${visit.status}`)}
        </p>
      </div>
      <div className="visit__status">
        {children}
        <SaveStatus state={saveState} />
      </div>
    </header>
  );
}
