import { useTranslation } from 'react-i18next';
import type { Level } from '../../../shared/checklist/definition-schema.ts';
import { formatPercent } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';

interface ScoreBadgeProps {
  percent: number | null;
  level?: Level | null;
}

/** «75 % · желательный», coloured by level. */
export function ScoreBadge({ percent, level }: ScoreBadgeProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (percent === null) return <span className="score score--none">{t('visits.noScore')}</span>;
  return (
    <span className={`score score--${level ?? 'plain'}`}>
      {formatPercent(percent, language)}
      {level ? ` · ${t(`visits.levels.${level}`)}` : ''}
    </span>
  );
}
