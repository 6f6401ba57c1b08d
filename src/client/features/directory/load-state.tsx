import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/loading.tsx';
import { Notice } from '../../components/notice.tsx';
import { useFailureText } from '../../lib/use-failure-text.ts';
import type { ServerData } from './use-server-data.ts';

/** What the state needs of a tab's data. */
type LoadSource = Pick<ServerData<unknown>, 'data' | 'failure' | 'reload'>;

/**
 * How reading a tab's data goes: loading the first time, or why it failed with a
 * retry (what was read before stays below). Offline, the page's notice says it all.
 */
export function LoadState({ source, online }: { source: LoadSource; online: boolean }) {
  const { t } = useTranslation();
  const failureText = useFailureText();
  if (!online) return null;
  if (source.failure !== undefined) {
    return (
      <Notice tone="error">
        <p className="directory-notice__text">
          {t('directory.loadFailed', { reason: failureText(source.failure) })}
        </p>
        <button type="button" className="button" onClick={source.reload}>
          {t('directory.retry')}
        </button>
      </Notice>
    );
  }
  if (source.data === undefined) return <Loading label={t('directory.loading')} />;
  return null;
}
