import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  JournalCompliance,
  JournalField,
  JournalFigures,
} from '../../../shared/analytics/dashboard-schema.ts';
import { chartColours, type ChartSpec } from './chart-spec.ts';
import { ChartView } from './chart-view.tsx';
import { DataTable, FigureSection } from './figure-section.tsx';
import { JournalSchools } from './journal-schools.tsx';
import { ShareBar } from './share-bar.tsx';
import type { DashboardLabels } from './use-dashboard-labels.ts';
import { useFigureFormat } from './use-figure-format.ts';

interface JournalSectionProps {
  journals: readonly JournalCompliance[];
  labels: DashboardLabels;
}

type Translate = TFunction;

/** Rows of the chart and its table: each mandatory field, then timeliness. */
function rowsOf(t: Translate, figures: JournalFigures) {
  return [
    ...figures.fields.map((field) => ({
      key: field.field,
      label: t(`dashboard.journals.fields.${field.field}`),
      field,
      rate: field.rate,
    })),
    ...(figures.timeliness
      ? [
          {
            key: 'timeliness',
            label: t('dashboard.journals.timeliness'),
            field: undefined,
            rate: figures.timeliness.rate,
          },
        ]
      : []),
  ];
}

function chartOf(t: Translate, figures: JournalFigures, locale: string): ChartSpec {
  const rows = rowsOf(t, figures);
  return {
    type: 'bar',
    horizontal: true,
    labels: rows.map((row) => row.label),
    series: [
      {
        label: t('dashboard.journals.rate'),
        values: rows.map((row) => (row.rate === null ? null : row.rate * 100)),
        colour: chartColours.blue,
      },
    ],
    max: 100,
    percent: true,
    locale,
  };
}

function filledText(t: Translate, field: JournalField): string {
  if (field.denominator === 0) return t('dashboard.journals.notChecked');
  if (field.answers) return t('dashboard.journals.answersOf', field.answers);
  return t('dashboard.journals.lessonsOf', { filled: field.numerator, total: field.denominator });
}

function District({ figures }: { figures: JournalFigures }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const rows = rowsOf(t, figures);
  const spec = useMemo(() => chartOf(t, figures, format.locale), [t, figures, format.locale]);
  return (
    <>
      <ChartView spec={spec} label={t('dashboard.journals.chart')} height={rows.length * 34 + 60} />
      <DataTable caption={t('dashboard.tableOfChart')} wide>
        <thead>
          <tr>
            <th scope="col">{t('dashboard.journals.field')}</th>
            <th scope="col">{t('dashboard.journals.filled')}</th>
            <th scope="col">{t('dashboard.journals.rate')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>
                {row.field
                  ? filledText(t, row.field)
                  : t('dashboard.journals.lateOf', {
                      late: figures.timeliness?.late ?? 0,
                      total: figures.timeliness?.lessons ?? 0,
                    })}
              </td>
              <td className="dash-table__bar">
                <ShareBar share={row.rate} text={format.share(row.rate)} />
              </td>
            </tr>
          ))}
        </tbody>
      </DataTable>
    </>
  );
}

/** Fill rates of the mandatory lesson fields and timeliness: district-wide and per school. */
export function JournalSection({ journals, labels }: JournalSectionProps) {
  const { t } = useTranslation();
  return (
    <FigureSection title={t('dashboard.sections.journals')}>
      {journals.length === 0 && <p>{t('dashboard.none')}</p>}
      {journals.map((compliance) => (
        <div key={compliance.checklistId} className="dash-block">
          {journals.length > 1 && (
            <h3 className="dash-block__title">{labels.checklistTitle(compliance.checklistId)}</h3>
          )}
          <p>{t('dashboard.journals.summary', { journals: compliance.district.journals })}</p>
          <District figures={compliance.district} />
          <JournalSchools compliance={compliance} labels={labels} />
        </div>
      ))}
    </FigureSection>
  );
}
