import type { ReactNode } from 'react';

interface NoticeProps {
  tone: 'info' | 'warning' | 'error' | 'success';
  children: ReactNode;
}

/** A message box; errors are announced to screen readers at once. */
export function Notice({ tone, children }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}
