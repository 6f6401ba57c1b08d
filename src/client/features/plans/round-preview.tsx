import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../components/notice.tsx';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { previewRows } from './preview-rows.ts';
import type { PlanLookup } from './use-plan-lookup.ts';
import type { ShownRound } from './use-round-planning.ts';

interface RoundPreviewProps {
  shown: ShownRound;
  lookup: PlanLookup;
  busy: boolean;
  onPlan: () => void;
}

function PreviewTable({
  shown,
  lookup,
  labelId,
}: {
  shown: ShownRound;
  lookup: PlanLookup;
  labelId: string;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <div className="plan-table-wrap">
      <table className="plan-table" aria-labelledby={labelId}>
        <thead>
          <tr>
            <th scope="col">{t('plans.fields.date')}</th>
            <th scope="col">{t('plans.fields.school')}</th>
            <th scope="col">{t('plans.fields.inspectors')}</th>
            <th scope="col">{t('plans.round.checklists')}</th>
          </tr>
        </thead>
        <tbody>
          {previewRows(shown.result.plans).map((row) => (
            <tr key={`${row.plannedOn}|${row.schoolId}`}>
              <td>{formatDate(`${row.plannedOn}T12:00:00Z`, language)}</td>
              <td>{lookup.schoolName(row.schoolId)}</td>
              <td>{row.inspectorIds.map(lookup.personName).join(', ')}</td>
              <td>{row.checklistIds.map(lookup.checklistShortTitle).join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * What a round plans, before it is saved: each school's day and inspector,
 * and the schools that cannot be planned with the reason. After «Запланировать»,
 * how many visits went into the plan.
 */
export function RoundPreviewView({ shown, lookup, busy, onPlan }: RoundPreviewProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const { plans, issues } = shown.result;
  return (
    <section className="round-preview" aria-labelledby={titleId}>
      <h3 className="round-preview__title" id={titleId}>
        {shown.saved ? t('plans.round.savedTitle') : t('plans.round.previewTitle')}
      </h3>
      {shown.saved ? (
        <Notice tone="success">{t('plans.round.done', { count: plans.length })}</Notice>
      ) : (
        <p className="field__hint">{t('plans.round.nothingSaved')}</p>
      )}
      {issues.length > 0 && (
        <Notice tone="warning">
          <p className="notice__text">{t('plans.round.issuesTitle', { count: issues.length })}</p>
          <ul className="plan-issues">
            {issues.map((issue) => (
              <li key={issue.schoolId}>{issue.message}</li>
            ))}
          </ul>
        </Notice>
      )}
      {plans.length === 0 ? (
        <p className="empty">{t('plans.round.previewEmpty')}</p>
      ) : (
        <PreviewTable shown={shown} lookup={lookup} labelId={titleId} />
      )}
      {!shown.saved && plans.length > 0 && (
        <button type="button" className="button button--primary" disabled={busy} onClick={onPlan}>
          {t('plans.round.submit')}
        </button>
      )}
    </section>
  );
}
