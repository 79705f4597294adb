/**
 * ISO weeks in the trust's time zone, for the weekly digest.
 *
 * A digest week is Monday 00:00 to the next Monday 00:00 on the trust's wall clock (Europe/London by
 * default), half-open [start, end). Around the clock changes a week is 167 or 169 hours long, so the
 * boundaries are moved on the zone's wall clock (date-fns `startOfISOWeek` and `addDays` on a TZDate),
 * never by adding 7 × 24 h to an instant. The daily counters are keyed by local date
 * (lib/app/process-posts.ts), so a week is also exactly seven local dates; flags are indexed by UTC
 * day (`flagsOnDay`), so `utcDays` lists the UTC days the week touches (seven in winter, eight in
 * summer, when local Monday 00:00 is Sunday 23:00 UTC).
 */
import { tz, TZDate } from '@date-fns/tz';
import {
  addDays,
  addWeeks,
  eachDayOfInterval,
  format,
  getISOWeek,
  getISOWeeksInYear,
  getISOWeekYear,
  startOfISOWeek,
  startOfISOWeekYear,
} from 'date-fns';
import { formatOrInvalid, inZone, localDate } from '../app/time';

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

/** The instant `days` calendar days after `ms` on the zone's wall clock (same local time). */
const plusDays = (ms: number, days: number, zone: string): number => +addDays(inZone(ms, zone), days);

/** The week starting at `start` (a local Monday 00:00). */
const fromStart = (start: number, zone: string): DigestWeek => {
  const end = plusDays(start, 7, zone);
  const last = plusDays(end, -1, zone);
  const dates = Array.from({ length: 7 }, (_, i) => localDate(plusDays(start, i, zone), zone));
  const s = inZone(start, zone);
  const l = inZone(last, zone);
  const f = (ms: number, pattern: string): string => formatOrInvalid(ms, zone, pattern);
  const sameYear = s.getFullYear() === l.getFullYear();
  const sameMonth = sameYear && s.getMonth() === l.getMonth();
  const label = sameMonth
    ? `Mon ${s.getDate()} – Sun ${f(last, 'd LLLL yyyy')}`
    : sameYear
      ? `Mon ${f(start, 'd LLLL')} – Sun ${f(last, 'd LLLL yyyy')}`
      : `Mon ${f(start, 'd LLLL yyyy')} – Sun ${f(last, 'd LLLL yyyy')}`;
  const shortLabel = sameMonth
    ? `${s.getDate()}–${f(last, 'd LLL yyyy')}`
    : sameYear
      ? `${f(start, 'd LLL')} – ${f(last, 'd LLL yyyy')}`
      : `${f(start, 'd LLL yyyy')} – ${f(last, 'd LLL yyyy')}`;
  return {
    id: `${getISOWeekYear(s)}-W${String(getISOWeek(s)).padStart(2, '0')}`,
    startMs: start,
    endMs: end,
    dates,
    label,
    shortLabel,
  };
};

/** Local Monday 00:00 of the ISO week containing an instant. */
const startOfWeek = (ms: number, zone: string): number => +startOfISOWeek(inZone(ms, zone));

/** The ISO week containing an instant. */
export const weekContaining = (ms: number, zone: string): DigestWeek =>
  fromStart(startOfWeek(ms, zone), zone);

/** The last complete ISO week before the one containing `nowMs` (what a Monday digest reports). */
export const previousWeek = (nowMs: number, zone: string): DigestWeek =>
  fromStart(plusDays(startOfWeek(nowMs, zone), -7, zone), zone);

/** The week `n` weeks before `week` (n = 1: the week before). */
export const weeksBefore = (week: DigestWeek, n: number, zone: string): DigestWeek =>
  fromStart(plusDays(week.startMs, -7 * n, zone), zone);

/** 4 January of `year` (always in ISO week 1), 00:00 in the zone. */
const jan4 = (year: number, zone: string): TZDate => new TZDate(year, 0, 4, zone);

/** Parse "2026-W47" (ISO week-year and week number). Throws DigestError naming the problem. */
export const parseIsoWeek = (id: string, zone: string): DigestWeek => {
  const m = WEEK_ID.exec(id.trim());
  if (!m) throw new DigestError(`"${id}" is not an ISO week like 2026-W47`);
  const year = Number(m[1]);
  const week = Number(m[2]);
  const weeks = getISOWeeksInYear(jan4(year, zone));
  if (week < 1 || week > weeks)
    throw new DigestError(`"${id}" does not exist: ${year} has ${weeks} ISO weeks`);
  return fromStart(+addWeeks(startOfISOWeekYear(jan4(year, zone)), week - 1), zone);
};

/** A week given as an ISO week id, or as any instant inside it. */
export const resolveWeek = (week: string | number, zone: string): DigestWeek =>
  typeof week === 'number' ? weekContaining(week, zone) : parseIsoWeek(week, zone);

/** The UTC days (yyyy-mm-dd) that [startMs, endMs) touches: the keys of the flags-by-day index. */
export const utcDays = (startMs: number, endMs: number): string[] =>
  endMs <= startMs
    ? []
    : eachDayOfInterval({ start: startMs, end: endMs - 1 }, { in: tz('UTC') }).map((d) =>
        format(d, 'yyyy-MM-dd'),
      );
