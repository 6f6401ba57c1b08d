import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Visit } from '../../../shared/schemas/visit.ts';
import type { VisitFields } from '../../db/visits-repository.ts';
import { DraftInput } from './controls/draft-input.tsx';

interface FindingsPanelProps {
  visit: Visit;
  readOnly: boolean;
  onChange: (fields: VisitFields) => void;
}

/** What the commission found and recommends, in its own words. */
export function FindingsPanel({ visit, readOnly, onChange }: FindingsPanelProps) {
  const { t } = useTranslation();
  const ids = { findings: useId(), recommendations: useId() };
  return (
    <div className="section-panel">
      <label className="field" htmlFor={ids.findings}>
        <span className="field__label">{t('visits.findings')}</span>
        <DraftInput
          id={ids.findings}
          value={visit.findings}
          multiline
          maxLength={20_000}
          disabled={readOnly}
          invalid={false}
          onChange={(findings) => onChange({ findings })}
        />
      </label>
      <label className="field" htmlFor={ids.recommendations}>
        <span className="field__label">{t('visits.recommendations')}</span>
        <DraftInput
          id={ids.recommendations}
          value={visit.recommendations}
          multiline
          maxLength={20_000}
          disabled={readOnly}
          invalid={false}
          onChange={(recommendations) => onChange({ recommendations })}
        />
      </label>
    </div>
  );
}
