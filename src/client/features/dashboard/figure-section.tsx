import { useId, type ReactNode } from 'react';

interface FigureSectionProps {
  title: string;
  hint?: string;
  children: ReactNode;
}

/** One block of the dashboard: a heading, a line on what it counts, the figures. */
export function FigureSection({ title, hint, children }: FigureSectionProps) {
  const id = useId();
  return (
    <section className="dash-section" aria-labelledby={id}>
      <h2 className="dash-section__title" id={id}>
        {title}
      </h2>
      {hint !== undefined && <p className="dash-section__hint">{hint}</p>}
      {children}
    </section>
  );
}

interface DataTableProps {
  caption: string;
  /** The caption only for screen readers, when a heading right above says the same. */
  captionHidden?: boolean;
  children: ReactNode;
  /** Wide tables scroll sideways on a narrow screen (and can be scrolled from the keyboard). */
  wide?: boolean;
  /** Many narrow columns: smaller type. */
  dense?: boolean;
}

/** A table of figures with its caption; also the text alternative of a chart. */
export function DataTable({
  caption,
  captionHidden = false,
  children,
  wide = false,
  dense = false,
}: DataTableProps) {
  const table = (
    <table className={dense ? 'dash-table dash-table--dense' : 'dash-table'}>
      <caption className={captionHidden ? 'visually-hidden' : 'dash-table__caption'}>
        {caption}
      </caption>
      {children}
    </table>
  );
  if (!wide) return table;
  return (
    <div className="dash-table-scroll" role="region" aria-label={caption} tabIndex={0}>
      {table}
    </div>
  );
}
