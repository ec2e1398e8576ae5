/** Dates, numbers and country names through Intl, in the interface language. */

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(date);
}

export function formatNumber(value: number, language: string): string {
  return new Intl.NumberFormat(language).format(value);
}

/** "България", "Bulgaria", "Бугарија" for BG; the code itself when Intl does not know it. */
export function countryName(code: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The date part of "now" as YYYY-MM-DD, for file names. */
export function isoDay(date = new Date()): string {
  return date.toISOString().slice(0, 10);
}
