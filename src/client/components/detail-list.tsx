import type { ReactNode } from 'react';

interface DetailListProps {
  rows: readonly { label: string; value: ReactNode }[];
}

/** Label–value pairs, as on a printed card. */
export function DetailList({ rows }: DetailListProps) {
  return (
    <dl className="detail-list">
      {rows.map((row) => (
        <div className="detail-list__row" key={row.label}>
          <dt>{row.label}</dt>
          <dd>{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
