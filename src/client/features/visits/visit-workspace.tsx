import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Answer, Answers } from '../../../shared/checklist/answer-schema.ts';
import type { ChecklistDefinition } from '../../../shared/checklist/definition-schema.ts';
import type { Visit } from '../../../shared/schemas/visit.ts';
import { Notice } from '../../components/notice.tsx';
import { questionId, rowOfPath } from './answer-paths.ts';
import { ScoreBadge } from './score-badge.tsx';
import { SectionNav } from './section-nav.tsx';
import { SectionPanel } from './section-panel.tsx';
import { saveAnswer } from '../../db/answers-repository.ts';
import { appDatabase } from '../../db/app-database.ts';
import type { VisitFields } from '../../db/draft-edit.ts';
import { updateVisitFields } from '../../db/visits-repository.ts';
import { CompletionPanel } from './completion-panel.tsx';
import { FindingsPanel } from './findings-panel.tsx';
import { isEditable } from '../../../shared/visits/status-transitions.ts';
import { useWriteTracker } from './use-write-tracker.ts';
import { useFocusAfterRender } from './use-focus-after-render.ts';
import { useRowActions } from './use-row-actions.ts';
import { usePhotoActions } from './photos/use-photo-actions.ts';
import { useVisitEngine } from './use-visit-engine.ts';
import { VisitHeader } from './visit-header.tsx';
import { COMPLETION, FINDINGS } from './visit-steps.ts';
import { ConflictsPanel } from './conflicts/conflicts-panel.tsx';
import { RejectionsPanel } from './conflicts/rejections-panel.tsx';
import { useVisitConflicts, VisitConflictsContext } from './conflicts/visit-conflicts.ts';
import { ReturnedPanel } from './review/returned-panel.tsx';
import { ReviewPanel } from './review/review-panel.tsx';
import { useVisitReview, VisitReviewContext } from './review/visit-review.ts';

interface VisitWorkspaceProps {
  visit: Visit;
  schoolName: string;
  definition: ChecklistDefinition;
  answers: Answers;
  /** The signed-in person: the author of status changes. */
  userId: string;
  /** A coordinator or administrator: reviews completed visits. */
  managesDistrict: boolean;
}

/** Filling a visit: sections on the side, one section at a time, every answer saved at once. */
export function VisitWorkspace({
  visit,
  schoolName,
  definition,
  answers,
  userId,
  managesDistrict,
}: VisitWorkspaceProps) {
  const { t } = useTranslation();
  const engine = useVisitEngine(definition, answers);
  const [params, setParams] = useSearchParams();
  const current = params.get('section') ?? definition.sections[0]?.key ?? '';
  const step = current === FINDINGS || current === COMPLETION ? current : undefined;
  const section = step
    ? undefined
    : (definition.sections.find((s) => s.key === current) ?? definition.sections[0]);
  const stepTitle = step === COMPLETION ? t('completion.title') : t('visits.findingsSection');
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const { state, track } = useWriteTracker();
  const readOnly = !isEditable(visit.status);

  const open = useCallback((rowId: string) => setExpanded((set) => new Set(set).add(rowId)), []);
  const toggle = useCallback(
    (rowId: string) =>
      setExpanded((set) => {
        const next = new Set(set);
        if (!next.delete(rowId)) next.add(rowId);
        return next;
      }),
    [],
  );
  const rowActions = useRowActions(visit.id, open);
  const photoActions = usePhotoActions(visit.id, track);
  const select = (key: string) => setParams({ section: key }, { replace: true });
  // Stable, so that a question whose answer did not change is not re-rendered.
  const change = useCallback(
    (path: string, answer: Answer) =>
      track(saveAnswer(appDatabase(), visit.id, path, answer, new Date())),
    [visit.id, track],
  );
  const changeFields = (fields: VisitFields) =>
    track(updateVisitFields(appDatabase(), visit.id, fields, new Date()));

  const conflicts = useVisitConflicts(visit.id, engine.index, readOnly, userId, track);
  const review = useVisitReview(visit, managesDistrict);

  const focusOn = useFocusAfterRender();
  function openQuestion(path: string, sectionKey: string) {
    const rowId = rowOfPath(path);
    if (rowId) open(rowId);
    select(sectionKey);
    focusOn(questionId(path));
  }
  function nextUnanswered() {
    const next = engine.unanswered[0];
    if (next) openQuestion(next.path, next.section);
  }
  function openQuestionAt(path: string) {
    const top = path.split('/')[0];
    const owner = definition.sections.find((s) => s.items.some((item) => item.key === top));
    if (owner) openQuestion(path, owner.key);
  }

  return (
    <VisitConflictsContext value={conflicts}>
      <VisitReviewContext value={review}>
        <div className="visit">
          <VisitHeader
            visit={visit}
            schoolName={schoolName}
            definition={definition}
            saveState={state}
          >
            <span className="visit__total">
              {t('visits.total')}:{' '}
              <ScoreBadge percent={engine.score.percent} level={engine.score.level} />
            </span>
          </VisitHeader>
          {readOnly && !review.reviewing && <Notice tone="info">{t('visits.readOnly')}</Notice>}
          <ReturnedPanel
            status={visit.status}
            index={engine.index}
            onOpenQuestion={openQuestionAt}
          />
          <ReviewPanel
            visitId={visit.id}
            userId={userId}
            index={engine.index}
            onOpenQuestion={openQuestionAt}
          />
          <RejectionsPanel visitId={visit.id} index={engine.index} />
          <ConflictsPanel conflicts={conflicts} onOpenQuestion={openQuestionAt} />
          <div className="visit__body">
            <div className="visit__aside">
              <SectionNav
                definition={definition}
                engine={engine}
                current={section?.key ?? step ?? FINDINGS}
                onSelect={select}
                extra={[
                  { key: FINDINGS, title: t('visits.findingsSection') },
                  { key: COMPLETION, title: t('completion.title') },
                ]}
              />
              {!readOnly && (
                <div className="visit__next">
                  <button
                    type="button"
                    className="button button--primary"
                    onClick={nextUnanswered}
                    disabled={engine.unanswered.length === 0}
                  >
                    {engine.unanswered.length === 0
                      ? t('visits.allAnswered')
                      : `${t('visits.nextUnanswered')} (${engine.unanswered.length})`}
                  </button>
                </div>
              )}
            </div>
            <section className="visit__section" aria-labelledby="visit-section-title">
              <h2 className="visit__section-title" id="visit-section-title">
                {section ? section.title : stepTitle}
              </h2>
              {section ? (
                <SectionPanel
                  section={section}
                  engine={engine}
                  readOnly={readOnly}
                  expanded={expanded}
                  onToggleRow={toggle}
                  onChange={change}
                  rowActions={rowActions}
                  photoActions={photoActions}
                />
              ) : step === COMPLETION ? (
                <CompletionPanel
                  visit={visit}
                  engine={engine}
                  userId={userId}
                  track={track}
                  onNextUnanswered={nextUnanswered}
                />
              ) : (
                <FindingsPanel
                  visit={visit}
                  readOnly={readOnly}
                  onChange={changeFields}
                  track={track}
                />
              )}
            </section>
          </div>
        </div>
      </VisitReviewContext>
    </VisitConflictsContext>
  );
}
