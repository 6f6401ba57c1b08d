import { useTranslation } from 'react-i18next';
import type { Answers } from '../../../shared/checklist/answer-schema.ts';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { School } from '../../../shared/schemas/school.ts';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { useActionsToFollowUp, useVisitActions } from '../../db/live-queries.ts';
import { formatDate } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { AcknowledgementView } from './acknowledgement-view.tsx';
import { useVisitEngine } from './use-visit-engine.ts';
import { VisitSummary } from './visit-summary.tsx';

interface VisitReportProps {
  visit: Visit;
  school: School | null;
  definition: ChecklistDefinition;
  answers: Answers;
}

function TextBlock({ title, text }: { title: string; text: string }) {
  const { t } = useTranslation();
  return (
    <section className="report__block">
      <h2 className="summary__title">{title}</h2>
      <p className="report__text">{text.trim() || t('report.none')}</p>
    </section>
  );
}

/** The printable body of the report: the same summary the visit shows, on paper. */
export function VisitReport({ visit, school, definition, answers }: VisitReportProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const engine = useVisitEngine(definition, answers);
  const actions = useVisitActions(visit.id) ?? [];
  const followedUp = (useActionsToFollowUp(visit.schoolId, visit.id) ?? []).filter(
    (action) => action.followedUpIn === visit.id,
  );
  const date = (iso: string) => formatDate(`${iso}T12:00:00Z`, language);

  return (
    <article className="report" aria-labelledby="report-title">
      <h1 className="report__title" id="report-title">
        {t('report.title')}
      </h1>
      {isEditable(visit.status) && <p className="report__draft">{t('report.notCompleted')}</p>}
      <dl className="report__meta">
        <dt>{t('report.school')}</dt>
        <dd>{school?.name ?? '—'}</dd>
        <dt>{t('report.date')}</dt>
        <dd>{date(visit.date)}</dd>
        <dt>{t('report.kind')}</dt>
        <dd>{t(`visits.kinds.${visit.kind}`)}</dd>
        <dt>{t('report.checklist')}</dt>
        <dd>
          {definition.title} ({t('report.version', { version: definition.version })})
        </dd>
        <dt>{t('report.commission')}</dt>
        <dd>
          {visit.commission.length > 0 ? visit.commission.join(', ') : t('report.noCommission')}
        </dd>
      </dl>

      <VisitSummary engine={engine} actions={actions} level={2} />

      <TextBlock title={t('report.findings')} text={visit.findings} />
      <TextBlock title={t('report.recommendations')} text={visit.recommendations} />

      {followedUp.length > 0 && (
        <section className="report__block">
          <h2 className="summary__title">{t('visits.followUp')}</h2>
          <ol className="summary-actions">
            {followedUp.map((action) => (
              <li key={action.id}>
                {action.what} —{' '}
                <strong>
                  {action.status === 'done' ? t('visits.actionDone') : t('visits.actionNotDone')}
                </strong>
                {action.comment && <span className="muted"> ({action.comment})</span>}
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="report__block report__signatures">
        <h2 className="summary__title">{t('report.signatures')}</h2>
        <p className="report__sign-title">{t('report.commissionSignature')}</p>
        <ul className="report__sign-lines">
          {visit.commission.map((member) => (
            <li key={member}>
              <span className="report__sign-line" aria-hidden="true" /> {member}
            </li>
          ))}
        </ul>
        <p className="report__sign-title">{t('completion.acknowledgement')}</p>
        {visit.acknowledgement ? (
          <AcknowledgementView acknowledgement={visit.acknowledgement} />
        ) : (
          <p className="report__sign-lines">
            <span className="report__sign-line" aria-hidden="true" />
          </p>
        )}
      </section>
    </article>
  );
}
