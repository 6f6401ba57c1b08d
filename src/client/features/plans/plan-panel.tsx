import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface PlanPanelProps {
  title: string;
  open: boolean;
  onClose: () => void;
  children: ReactNode;
}

/**
 * A form above the plan. A closed panel stays mounted, only hidden, so what
 * was typed is still there when it is opened again; opening moves focus to
 * its heading.
 */
export function PlanPanel({ title, open, onClose, children }: PlanPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);
  return (
    <section className="card plan-panel" aria-labelledby={titleId} hidden={!open}>
      <div className="plan-panel__head">
        <h2 className="card__title" id={titleId} ref={heading} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('plans.close')}
        </button>
      </div>
      {children}
    </section>
  );
}
