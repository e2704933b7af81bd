import { z } from 'astro/zod';

/** YAML turns an unquoted 2022-10-14 into a Date; keep every date as ISO text. */
const toIsoText = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'number' ? String(v) : v;

/** A full calendar date, YYYY-MM-DD (the calendar is checked: no 30 February). */
export const isoDate = z.preprocess(toIsoText, z.iso.date({ error: 'expected a real date written YYYY-MM-DD' }));

/** A date known to the year, the month or the day: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = z.preprocess(
  toIsoText,
  z.union([z.string().regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/), z.iso.date()], {
    error: 'expected a date written YYYY, YYYY-MM or YYYY-MM-DD',
  }),
);

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-10-14" → "14 October 2022"; "2004-05" → "May 2004"; "1992" → "1992". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  if (!m) return y ?? iso;
  const month = MONTHS[Number(m) - 1];
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

/** A date range in words, sharing the month and year where they repeat. */
export function formatDateRange(start: string, end?: string): string {
  if (!end || end === start) return formatDate(start);
  const [sy, sm] = start.split('-');
  const [ey, em] = end.split('-');
  if (sy === ey && sm === em) return `${Number(start.slice(8))}–${formatDate(end)}`;
  if (sy === ey) return `${formatDate(start).replace(` ${sy}`, '')} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}
