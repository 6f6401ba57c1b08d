import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { ChartSpec } from './chart-spec.ts';

// Only what the dashboard draws: bars and lines over categories.
Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
);
Chart.defaults.font.family = getComputedStyle(document.documentElement).fontFamily;
Chart.defaults.color = '#1b2433';

/** Splits a long label into lines of about `width` characters at spaces. */
export function wrapLabel(label: string, width = 30): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line !== '' && line.length + word.length + 1 > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

function configOf(spec: ChartSpec, pixelRatio: number): ChartConfiguration<'bar' | 'line'> {
  const number = new Intl.NumberFormat(spec.locale, { maximumFractionDigits: 1 });
  const tick = (value: number | string) => {
    const text = typeof value === 'number' ? number.format(value) : value;
    return spec.percent ? `${text} %` : text;
  };
  const valueAxis = {
    beginAtZero: true,
    stacked: spec.stacked ?? false,
    ...(spec.max === undefined ? {} : { max: spec.max }),
    ticks: { callback: tick, ...(spec.percent ? {} : { precision: 0 }) },
  };
  // Every category keeps its label, however many there are.
  const categoryAxis = { stacked: spec.stacked ?? false, ticks: { autoSkip: false } };
  return {
    type: spec.type,
    data: {
      labels: spec.labels.map((label) => wrapLabel(label, 34)),
      datasets: spec.series.map((series) => ({
        label: series.label,
        data: [...series.values],
        backgroundColor: typeof series.colour === 'string' ? series.colour : [...series.colour],
        borderColor: typeof series.colour === 'string' ? series.colour : [...series.colour],
        spanGaps: true,
        pointRadius: 5,
        maxBarThickness: 56,
      })),
    },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      devicePixelRatio: pixelRatio,
      locale: spec.locale,
      plugins: { legend: { display: spec.series.length > 1, position: 'bottom' } },
      scales: spec.horizontal
        ? { x: valueAxis, y: categoryAxis }
        : { x: categoryAxis, y: valueAxis },
    },
  };
}

/** Draws a chart on a canvas; the caller destroys it. */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec, pixelRatio: number) {
  return new Chart(canvas, configOf(spec, pixelRatio));
}
