import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmActionProps {
  /** The button's text. */
  label: string;
  /** The button's name for screen readers when the text alone is ambiguous (in a table row). */
  accessibleLabel?: string;
  question: string;
  confirmLabel: string;
  disabled: boolean;
  onConfirm: () => void;
}

/**
 * A button that asks first: the question and «yes» / «cancel» take its place
 * until one of them is pressed.
 */
export function ConfirmAction(props: ConfirmActionProps) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (asking) yes.current?.focus();
  }, [asking]);
  if (!asking) {
    return (
      <button
        type="button"
        className="button"
        disabled={props.disabled}
        aria-label={props.accessibleLabel}
        onClick={() => setAsking(true)}
      >
        {props.label}
      </button>
    );
  }
  return (
    <div className="directory-confirm" role="group" aria-label={props.label}>
      <p className="directory-confirm__question">{props.question}</p>
      <div className="directory-buttons">
        <button
          ref={yes}
          type="button"
          className="button button--primary"
          disabled={props.disabled}
          onClick={() => {
            setAsking(false);
            props.onConfirm();
          }}
        >
          {props.confirmLabel}
        </button>
        <button type="button" className="button" onClick={() => setAsking(false)}>
          {t('directory.cancel')}
        </button>
      </div>
    </div>
  );
}
