import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LatestResult } from '../../../shared/analytics/dashboard-schema.ts';
import { useVisitIdsOnDevice } from '../../db/live-queries.ts';
import { DataTable, FigureSection } from './figure-section.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface LatestTableProps {
  latest: readonly LatestResult[];
  /** Columns, in the checklists' order. */
  checklistIds: readonly string[];
  labels: DashboardLabels;
}

function LevelCell({ result, linked }: { result: LatestResult; linked: boolean }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const body = (
    <>
      <span className="level-cell__percent">{format.percent(result.percent)}</span>
      <span className="level-cell__level">
        {result.level ? t(`visits.levels.${result.level}`) : t('visits.noScore')}
      </span>
      <span className="level-cell__meta">
        {format.date(result.date)}
        {result.kind === 'self_audit' && ` · ${t('dashboard.latest.selfAudit')}`}
      </span>
    </>
  );
  return (
    <td className={`level-cell level-cell--${result.level ?? 'none'}`}>
      {linked ? (
        <Link
          className="level-cell__link"
          to={`/visits/${result.visitId}`}
          title={t('dashboard.latest.openVisit')}
        >
          {body}
        </Link>
      ) : (
        body
      )}
    </td>
  );
}

/** The colour table: each school's latest level per checklist, the level in words and colour. */
export function LatestTable({ latest, checklistIds, labels }: LatestTableProps) {
  const { t } = useTranslation();
  const onDevice = useVisitIdsOnDevice(latest.map((cell) => cell.visitId));
  const cells = new Map(latest.map((cell) => [`${cell.schoolId}|${cell.checklistId}`, cell]));
  const schoolIds = [...new Set(latest.map((cell) => cell.schoolId))].sort(labels.bySchoolName);
  return (
    <FigureSection title={t('dashboard.sections.latest')} hint={t('dashboard.latest.hint')}>
      <DataTable captionHidden caption={t('dashboard.sections.latest')} wide>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.latest.school')}</th>
            {checklistIds.map((id) => (
              <th scope="col" key={id}>
                {labels.checklist(id)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {schoolIds.map((schoolId) => (
            <tr key={schoolId}>
              <th scope="row">{labels.school(schoolId)}</th>
              {checklistIds.map((checklistId) => {
                const cell = cells.get(`${schoolId}|${checklistId}`);
                return cell ? (
                  <LevelCell
                    key={checklistId}
                    result={cell}
                    linked={onDevice?.has(cell.visitId) ?? false}
                  />
                ) : (
                  <td key={checklistId} className="level-cell level-cell--empty">
                    {t('dashboard.latest.noResult')}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </DataTable>
    </FigureSection>
  );
}
