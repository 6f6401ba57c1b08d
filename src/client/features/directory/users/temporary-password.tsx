import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../../components/notice.tsx';

/** A temporary password the server made, and whose account it opens. */
export interface IssuedPassword {
  login: string;
  password: string;
}

interface TemporaryPasswordProps {
  issued: IssuedPassword;
  onDone: () => void;
}

/**
 * The temporary password, shown this once: selectable, with a copy button and
 * a warning that it cannot be seen again.
 */
export function TemporaryPassword({ issued, onDone }: TemporaryPasswordProps) {
  const { t } = useTranslation();
  const id = useId();
  const [copied, setCopied] = useState<boolean>();
  const field = useRef<HTMLInputElement>(null);
  // Brought into view and selected: it is there to be copied.
  useEffect(() => field.current?.focus(), [issued]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.password);
      setCopied(true);
    } catch {
      // No clipboard outside a secure context: the field below can still be selected.
      setCopied(false);
    }
  };
  return (
    <Notice tone="warning">
      <section className="temp-password" aria-labelledby={`${id}-title`}>
        <h2 className="card__title" id={`${id}-title`}>
          {t('directory.users.passwordTitle', { login: issued.login })}
        </h2>
        <div className="temp-password__row">
          <label className="visually-hidden" htmlFor={`${id}-value`}>
            {t('directory.users.passwordLabel')}
          </label>
          <input
            ref={field}
            id={`${id}-value`}
            className="field__input temp-password__value"
            readOnly
            value={issued.password}
            onFocus={(event) => event.target.select()}
          />
          <button type="button" className="button" onClick={() => void copy()}>
            {t('directory.users.copy')}
          </button>
        </div>
        <p className="directory-notice__text" aria-live="polite">
          {copied === true && t('directory.users.copied')}
          {copied === false && t('directory.users.copyFailed')}
        </p>
        <p className="directory-notice__text">
          <strong>{t('directory.users.passwordOnce')}</strong>
        </p>
        <button type="button" className="button button--primary" onClick={onDone}>
          {t('directory.users.passwordSeen')}
        </button>
      </section>
    </Notice>
  );
}
