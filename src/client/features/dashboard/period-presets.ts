/** A period of visit dates, both ends included, as YYYY-MM-DD. */
export interface Period {
  from: string;
  to: string;
}

/** The periods the filter offers in one tap; anything else is «другой период». */
export const periodPresets = ['quarter', 'previousQuarter', 'schoolYear'] as const;
/** One of the presets. */
export type PeriodPreset = (typeof periodPresets)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The last day of a month (1–12) of a year. */
function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A calendar quarter (1–4) of a year as a period. */
export function quarterPeriod(year: number, quarter: number): Period {
  const first = (quarter - 1) * 3 + 1;
  const last = first + 2;
  return {
    from: `${String(year)}-${pad(first)}-01`,
    to: `${String(year)}-${pad(last)}-${pad(lastDay(year, last))}`,
  };
}

/** What a preset means on `today` (YYYY-MM-DD, the district's date). */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  const quarter = Math.floor((month - 1) / 3) + 1;
  switch (preset) {
    case 'quarter':
      return quarterPeriod(year, quarter);
    case 'previousQuarter':
      return quarter === 1 ? quarterPeriod(year - 1, 4) : quarterPeriod(year, quarter - 1);
    case 'schoolYear': {
      const start = month >= 9 ? year : year - 1;
      return { from: `${String(start)}-09-01`, to: `${String(start + 1)}-08-31` };
    }
  }
}

/** The preset a period is, on `today`, or `custom`. */
export function presetOf(period: Period, today: string): PeriodPreset | 'custom' {
  const found = periodPresets.find((preset) => {
    const candidate = presetPeriod(preset, today);
    return candidate.from === period.from && candidate.to === period.to;
  });
  return found ?? 'custom';
}
