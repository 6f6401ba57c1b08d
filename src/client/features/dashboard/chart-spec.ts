/**
 * What a chart shows, said without the chart library: the sections describe
 * their charts with this, and only chart-setup.ts (loaded on demand) draws them.
 */

/** One series of a chart: its name in the legend, a value per category, its colour. */
export interface ChartSeries {
  label: string;
  values: readonly (number | null)[];
  /** One colour for the series, or one per category. */
  colour: string | readonly string[];
}

/** A bar or line chart over categories, with one or more series. */
export interface ChartSpec {
  type: 'bar' | 'line';
  /** Category labels; long ones are wrapped onto several lines. */
  labels: readonly string[];
  series: readonly ChartSeries[];
  /** Bars along the horizontal axis, categories down the side. */
  horizontal?: boolean;
  stacked?: boolean;
  /** The value axis ends here (100 for percentages). */
  max?: number;
  /** Values are percentages: ticks read «50 %». */
  percent?: boolean;
  /** BCP 47 locale for the numbers (decimal comma in Russian). */
  locale: string;
}

/** Colours that print distinguishably in grey too (dark, middle, light). */
export const chartColours = {
  blue: '#1f4e8c',
  green: '#1f7a46',
  amber: '#c98a00',
  red: '#b3261e',
  teal: '#3f8f8a',
  grey: '#8a94a6',
} as const;

/** The series colours of checklists, in the order they come. */
export const seriesColours = [
  chartColours.blue,
  chartColours.amber,
  chartColours.teal,
  chartColours.red,
  chartColours.grey,
] as const;

/** ICT skill levels 0, 1, 2: red, amber, green. */
export const skillLevelColours = [
  chartColours.red,
  chartColours.amber,
  chartColours.green,
] as const;
