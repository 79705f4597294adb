/**
 * ISO weeks in the trust's time zone, for the weekly digest.
 *
 * A digest week is Monday 00:00 to the next Monday 00:00 on the trust's wall clock (Europe/London by
 * default), half-open [start, end). Around the clock changes a week is 167 or 169 hours long, so the
 * boundaries are computed with luxon in the zone, never by adding 7 × 24 h to an instant. The daily
 * counters are keyed by local date (lib/app/process-posts.ts), so a week is also exactly seven local
 * dates; flags are indexed by UTC day (`flagsOnDay`), so `utcDays` lists the UTC days the week
 * touches (seven in winter, eight in summer, when local Monday 00:00 is Sunday 23:00 UTC).
 */
import { DateTime } from 'luxon';

export class DigestError extends Error {
  override readonly name = 'DigestError';
}

export interface DigestWeek {
  /** ISO week id, e.g. "2026-W47". */
  id: string;
  /** Local Monday 00:00 (epoch ms). */
  startMs: number;
  /** The next local Monday 00:00 (exclusive). */
  endMs: number;
  /** The seven local dates, Monday first (yyyy-mm-dd). */
  dates: string[];
  /** "Mon 16 – Sun 22 November 2026" */
  label: string;
  /** "16–22 Nov 2026", for subjects. */
  shortLabel: string;
}

const WEEK_ID = /^(\d{4})-W(\d{2})$/;

const fromStart = (start: DateTime): DigestWeek => {
  const end = start.plus({ weeks: 1 });
  const last = end.minus({ days: 1 });
  const dates = Array.from({ length: 7 }, (_, i) => start.plus({ days: i }).toISODate() ?? '');
  const sameYear = start.year === last.year;
  const sameMonth = sameYear && start.month === last.month;
  const label = sameMonth
    ? `Mon ${start.day} – Sun ${last.toFormat('d LLLL yyyy')}`
    : sameYear
      ? `Mon ${start.toFormat('d LLLL')} – Sun ${last.toFormat('d LLLL yyyy')}`
      : `Mon ${start.toFormat('d LLLL yyyy')} – Sun ${last.toFormat('d LLLL yyyy')}`;
  const shortLabel = sameMonth
    ? `${start.day}–${last.toFormat('d LLL yyyy')}`
    : sameYear
      ? `${start.toFormat('d LLL')} – ${last.toFormat('d LLL yyyy')}`
      : `${start.toFormat('d LLL yyyy')} – ${last.toFormat('d LLL yyyy')}`;
  return {
    id: `${start.weekYear}-W${String(start.weekNumber).padStart(2, '0')}`,
    startMs: start.toMillis(),
    endMs: end.toMillis(),
    dates,
    label,
    shortLabel,
  };
};

/** The ISO week containing an instant. */
export const weekContaining = (ms: number, zone: string): DigestWeek =>
  fromStart(DateTime.fromMillis(ms, { zone }).startOf('week'));

/** The last complete ISO week before the one containing `nowMs` (what a Monday digest reports). */
export const previousWeek = (nowMs: number, zone: string): DigestWeek =>
  fromStart(DateTime.fromMillis(nowMs, { zone }).startOf('week').minus({ weeks: 1 }));

/** The week `n` weeks before `week` (n = 1: the week before). */
export const weeksBefore = (week: DigestWeek, n: number, zone: string): DigestWeek =>
  fromStart(DateTime.fromMillis(week.startMs, { zone }).minus({ weeks: n }));

/** Parse "2026-W47" (ISO week-year and week number). Throws DigestError naming the problem. */
export const parseIsoWeek = (id: string, zone: string): DigestWeek => {
  const m = WEEK_ID.exec(id.trim());
  if (!m) throw new DigestError(`"${id}" is not an ISO week like 2026-W47`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  const start = DateTime.fromObject({ weekYear: year, weekNumber: week, weekday: 1 }, { zone });
  if (!start.isValid || start.weekYear !== year || start.weekNumber !== week)
    throw new DigestError(`"${id}" does not exist: ${year} has ${weeksInYear(year, zone)} ISO weeks`);
  return fromStart(start.startOf('day'));
};

const weeksInYear = (year: number, zone: string): number =>
  DateTime.fromObject({ year, month: 12, day: 28 }, { zone }).weekNumber;

/** A week given as an ISO week id, or as any instant inside it. */
export const resolveWeek = (week: string | number, zone: string): DigestWeek =>
  typeof week === 'number' ? weekContaining(week, zone) : parseIsoWeek(week, zone);

/** The UTC days (yyyy-mm-dd) that [startMs, endMs) touches: the keys of the flags-by-day index. */
export const utcDays = (startMs: number, endMs: number): string[] => {
  const days: string[] = [];
  let d = DateTime.fromMillis(startMs, { zone: 'utc' }).startOf('day');
  while (d.toMillis() < endMs) {
    days.push(d.toISODate() ?? '');
    d = d.plus({ days: 1 });
  }
  return days;
};
