import { useEffect, useRef } from 'react';
import type { ChartSpec } from './chart-spec.ts';

interface ChartViewProps {
  spec: ChartSpec;
  /** What the chart shows, for screen readers; its data is in a table next to it. */
  label: string;
  height: number;
}

/**
 * A chart drawn by the chart library, which is loaded only when the first
 * chart is on screen. Drawn at twice the pixel density at least, so that it
 * prints sharply.
 */
export function ChartView({ spec, label, height }: ChartViewProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy: () => void } | undefined;
    let gone = false;
    void import('./chart-setup.ts').then(({ drawChart }) => {
      if (gone || !canvas.current) return;
      chart = drawChart(canvas.current, spec, Math.max(window.devicePixelRatio, 2));
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [spec]);
  return (
    <div className="chart" style={{ height }}>
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
