import type { ReactNode } from 'react';

interface ReloadScreenProps {
  title: string;
  reloadLabel: string;
  children: ReactNode;
}

/** A whole-page explanation of what went wrong, with a reload button. */
export function ReloadScreen({ title, reloadLabel, children }: ReloadScreenProps) {
  return (
    <main className="page page--centered" id="main">
      <h1 className="page__title">{title}</h1>
      {children}
      <button
        type="button"
        className="button button--primary"
        onClick={() => window.location.reload()}
      >
        {reloadLabel}
      </button>
    </main>
  );
}
