/** Calendar arithmetic on ISO dates (`YYYY-MM-DD`), in UTC so that no time zone shifts a day. */
const DAY_MS = 86_400_000;

const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const toDate = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The date `days` after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return toDate(toTime(date) + days * DAY_MS);
}

/** Monday to Friday between `from` and `to`, both included. */
export function workingDays(from: string, to: string): string[] {
  const days: string[] = [];
  for (let time = toTime(from); time <= toTime(to); time += DAY_MS) {
    const weekday = new Date(time).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.push(toDate(time));
  }
  return days;
}
