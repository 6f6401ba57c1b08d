import { useTranslation } from 'react-i18next';
import type { Acknowledgement } from '../../../shared/schemas/visit.ts';
import { formatDateTime } from '../../i18n/format.ts';
import { useLanguage } from '../../i18n/use-language.ts';
import { StoredImage } from './stored-image.tsx';

/** Who acknowledged the results for the school, how, and what they objected to. */
export function AcknowledgementView({ acknowledgement }: { acknowledgement: Acknowledgement }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <dl className="acknowledged">
      <dt>{t('completion.representative')}</dt>
      <dd>
        {acknowledgement.name}, {acknowledgement.position}
      </dd>
      <dt>{t('completion.signature')}</dt>
      <dd>
        {acknowledgement.signature ? (
          <StoredImage
            sha256={acknowledgement.signature}
            alt={t('completion.signatureOf', { name: acknowledgement.name })}
            className="acknowledged__signature"
          />
        ) : (
          t('completion.acquaintedText')
        )}
        <span className="muted"> · {formatDateTime(acknowledgement.at, language)}</span>
      </dd>
      <dt>{t('completion.objections')}</dt>
      <dd>{acknowledgement.objections || t('completion.noObjections')}</dd>
    </dl>
  );
}
