import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { Notice } from '../../components/notice.tsx';
import type { EditOutcome } from '../../db/draft-edit.ts';
import { useVisitActions } from '../../db/live-queries.ts';
import { AcknowledgementForm } from './acknowledgement-form.tsx';
import { AcknowledgementView } from './acknowledgement-view.tsx';
import { LabelledDraft } from './controls/labelled-draft.tsx';
import { useCompletion } from './use-completion.ts';
import type { VisitEngine } from './use-visit-engine.ts';
import { VisitHistory } from './visit-history.tsx';
import { VisitSummary } from './visit-summary.tsx';

interface CompletionPanelProps {
  visit: Visit;
  engine: VisitEngine;
  userId: string;
  track: (write: Promise<EditOutcome>) => void;
  onNextUnanswered: () => void;
}

/** The last step: what is still missing, the summary, the school's acknowledgement, completing and reopening. */
export function CompletionPanel({
  visit,
  engine,
  userId,
  track,
  onNextUnanswered,
}: CompletionPanelProps) {
  const { t } = useTranslation();
  const actions = useVisitActions(visit.id) ?? [];
  const completion = useCompletion(visit, engine, userId, track);
  const [busy, setBusy] = useState(false);
  const [reason, setReason] = useState('');
  const editable = isEditable(visit.status);

  const run = async (step: () => Promise<boolean>) => {
    setBusy(true);
    try {
      await step();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="section-panel completion">
      {editable && engine.unanswered.length > 0 && (
        <Notice tone="warning">
          {t('completion.unanswered', { count: engine.unanswered.length })}{' '}
          <button type="button" className="link-button" onClick={onNextUnanswered}>
            {t('completion.goToUnanswered')}
          </button>
        </Notice>
      )}
      {editable && engine.issues.size > 0 && (
        <Notice tone="warning">{t('completion.invalid', { count: engine.issues.size })}</Notice>
      )}
      {!editable && (
        <Notice tone="success">
          {t('completion.completedAt', { status: t(`visits.statuses.${visit.status}`) })}{' '}
          <Link to={`/visits/${visit.id}/report`}>{t('report.open')}</Link>
        </Notice>
      )}

      <VisitSummary engine={engine} actions={actions} level={3} />

      {!editable && visit.acknowledgement && (
        <section aria-labelledby="visit-acknowledged">
          <h3 className="summary__title" id="visit-acknowledged">
            {t('completion.acknowledgement')}
          </h3>
          <AcknowledgementView acknowledgement={visit.acknowledgement} />
        </section>
      )}

      {editable && completion.needsAcknowledgement && (
        <AcknowledgementForm
          draft={completion.draft}
          onChange={completion.changeDraft}
          onSignature={completion.onSignature}
        />
      )}

      {editable && (
        <div className="completion__finish">
          {completion.problems.length > 0 && (
            <Notice tone="error">
              {t('completion.cannotComplete')}
              <ul>
                {completion.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Notice>
          )}
          <button
            type="button"
            className="button button--primary button--large"
            disabled={busy}
            onClick={() => void run(completion.complete)}
          >
            {t('completion.complete')}
          </button>
          <p className="muted">{t('completion.completeHint')}</p>
        </div>
      )}

      {visit.status === 'completed' && visit.authorId === userId && (
        <form
          className="completion__reopen"
          onSubmit={(event) => {
            event.preventDefault();
            if (!window.confirm(t('completion.reopenConfirm'))) return;
            void run(async () => {
              const reopened = await completion.reopen(reason);
              if (reopened) setReason('');
              return reopened;
            });
          }}
        >
          <LabelledDraft
            label={t('completion.reopenReason')}
            value={reason}
            maxLength={4000}
            disabled={busy}
            onChange={setReason}
          />
          <button type="submit" className="button" disabled={busy || reason.trim() === ''}>
            {t('completion.reopen')}
          </button>
        </form>
      )}

      <VisitHistory history={visit.history} />
    </div>
  );
}
