/** Today's date in the district's time zone, as YYYY-MM-DD. */
export function todayInDistrict(now = new Date()): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Simferopol' }).format(now);
}
