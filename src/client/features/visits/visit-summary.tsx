import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { evaluate } from '../../../shared/checklist/evaluate.ts';
import { failedItems, type FailedItem } from '../../../shared/checklist/failures.ts';
import { visibleItems } from '../../../shared/checklist/visibility.ts';
import type { CorrectiveAction } from '../../../shared/schemas/visit.ts';
import { formatDate, formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { ScoreBadge } from './score-badge.tsx';
import { useAnswerText } from './use-answer-text.ts';
import type { VisitEngine } from './use-visit-engine.ts';

interface VisitSummaryProps {
  engine: VisitEngine;
  actions: readonly CorrectiveAction[];
  /** Heading level of the summary's parts: 2 on the report, 3 inside the visit. */
  level: 2 | 3;
}

function FailedEntry({ failed }: { failed: FailedItem }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const answerText = useAnswerText();
  const percent = (value: number) => formatPercent(value, language);
  if (failed.kind === 'group') {
    const rows = failed.rows.map((row) => {
      const title =
        typeof row.title === 'number'
          ? t('visits.rowUntitled', { label: failed.item.rowLabel, number: row.title })
          : row.title;
      return `${title} — ${percent(row.percent)}`;
    });
    return (
      <li className="failed-item">
        <span className="failed-item__label">{failed.item.label}</span>{' '}
        <span className="failed-item__answer">{percent(failed.percent)}</span>
        {rows.length > 0 && (
          <p className="failed-item__note">
            {t('completion.rowsBelow', { rows: rows.join('; ') })}
          </p>
        )}
      </li>
    );
  }
  const note = failed.answer?.note?.trim();
  return (
    <li className="failed-item">
      <span className="failed-item__label">{failed.item.label}</span>{' '}
      <span className="failed-item__answer">
        {answerText(failed.item, failed.answer, failed.computed)}
      </span>
      {note && <p className="failed-item__note">{t('completion.noteText', { note })}</p>}
    </li>
  );
}

/** The figures the checklist computes (shares of staff by level, fill rates of journal fields). */
function Indicators({ engine, Heading }: { engine: VisitEngine; Heading: 'h2' | 'h3' }) {
  const { t } = useTranslation();
  const answerText = useAnswerText();
  const sections = engine.index.definition.sections
    .map((section) => ({
      section,
      items: visibleItems(section.items, engine.scope).filter((item) => item.kind === 'computed'),
    }))
    .filter(({ items }) => items.length > 0);
  if (sections.length === 0) return null;
  return (
    <>
      <Heading className="summary__title">{t('completion.indicators')}</Heading>
      {sections.map(({ section, items }) => (
        <div key={section.key} className="summary__group">
          <p className="summary__group-title">{section.title}</p>
          <table className="summary-table summary-table--compact">
            <tbody>
              {items.map((item) => (
                <tr key={item.key}>
                  <th scope="row">{item.label}</th>
                  <td>{answerText(item, undefined, evaluate(item.expression, engine.scope))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </>
  );
}

/** Scores per section, the level, the items found wanting and the agreed actions. */
export function VisitSummary({ engine, actions, level }: VisitSummaryProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const Heading = level === 2 ? 'h2' : 'h3';
  const { definition } = engine.index;
  const failed = useMemo(() => failedItems(engine.index, engine.answers), [engine]);
  const titles = new Map(definition.sections.map((s) => [s.key, s.title]));
  const agreed = actions.filter((a) => a.what.trim() !== '');

  return (
    <div className="summary">
      <Heading className="summary__title">{t('completion.scores')}</Heading>
      <table className="summary-table">
        <thead>
          <tr>
            <th scope="col">{t('completion.section')}</th>
            <th scope="col">{t('completion.score')}</th>
          </tr>
        </thead>
        <tbody>
          {engine.score.sections.map((section) => (
            <tr key={section.key}>
              <th scope="row">{titles.get(section.key)}</th>
              <td>
                <ScoreBadge percent={section.percent} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('completion.overall')}</th>
            <td>
              <ScoreBadge percent={engine.score.percent} level={engine.score.level} />
            </td>
          </tr>
        </tfoot>
      </table>

      <Indicators engine={engine} Heading={Heading} />

      <Heading className="summary__title">{t('completion.failed')}</Heading>
      {failed.length === 0 ? (
        <p className="muted">{t('completion.noFailed')}</p>
      ) : (
        bySection(failed).map(([section, entries]) => (
          <div key={section} className="summary__group">
            <p className="summary__group-title">{titles.get(section)}</p>
            <ul className="failed-list">
              {entries.map((entry) => (
                <FailedEntry key={entry.item.key} failed={entry} />
              ))}
            </ul>
          </div>
        ))
      )}

      <Heading className="summary__title">{t('visits.actions')}</Heading>
      {agreed.length === 0 ? (
        <p className="muted">{t('visits.noActions')}</p>
      ) : (
        <ol className="summary-actions">
          {agreed.map((action) => (
            <li key={action.id}>
              {action.what}
              <span className="muted">
                {' — '}
                {t('visits.actionMeta', {
                  responsible: action.responsible || '—',
                  deadline: action.deadline
                    ? formatDate(`${action.deadline}T12:00:00Z`, language)
                    : '—',
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

/** Failed items grouped by section, in checklist order. */
function bySection(failed: readonly FailedItem[]): [string, FailedItem[]][] {
  const groups = new Map<string, FailedItem[]>();
  for (const entry of failed)
    groups.set(entry.section, [...(groups.get(entry.section) ?? []), entry]);
  return [...groups];
}
