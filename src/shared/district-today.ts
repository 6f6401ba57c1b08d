/** The district's time zone: "today" for deadlines is the date there, not on the server's clock. */
export const DISTRICT_TIME_ZONE = 'Europe/Simferopol';

/** Today's date in the district as YYYY-MM-DD (the same Intl call the device makes). */
export function todayInDistrict(now: Date, timeZone = DISTRICT_TIME_ZONE): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone }).format(now);
}
