/** What was typed into a number field: a number when it reads as one (decimal comma allowed). */
export function parseTypedNumber(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(/\s/g, '').replace(',', '.');
  const value = Number(normalised);
  return /^-?\d+(\.\d+)?$/.test(normalised) && Number.isFinite(value) ? value : trimmed;
}

/** A stored number as a person writes it in Russian: 12,5. */
export function numberAsTyped(value: unknown, decimalComma: boolean): string {
  if (typeof value === 'number')
    return decimalComma ? String(value).replace('.', ',') : String(value);
  return typeof value === 'string' ? value : '';
}
