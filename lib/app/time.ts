/**
 * Wall-clock helpers in the trust's time zone (Europe/London by default), via date-fns and
 * @date-fns/tz, so that "16:00 roll-up", "Monday 07:30 digest" and "day of a post" are right across
 * the clock changes, whatever the machine's own time zone.
 *
 * An instant is read, formatted and moved as a TZDate (`inZone`), whose fields are the zone's wall
 * clock: date-fns's `set`, `addDays`, `startOfDay` and the like work on it there. Across the clock
 * changes TZDate decides: a wall time that does not exist (clocks go forward) moves on by the gap, one
 * that happens twice (clocks go back) takes the later offset (GMT, the second 01:30). A time a person
 * types is checked more strictly (`parseLocalTime`): one that does not exist, or a bare one that
 * happens twice, is refused with the reason.
 */
import { tz, TZDate, tzOffset } from '@date-fns/tz';
import { addDays, format, getISODay, getISOWeek, isExists, isValid, parseISO, set } from 'date-fns';
import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** Whether `ms` is a time a Date can hold (not NaN, within ±8.64e15 ms of 1970). */
export const isInstant = (ms: number): boolean => Math.abs(ms) <= 8.64e15;

/** An instant as a date on the zone's wall clock: date-fns reads, formats and moves it there. */
export const inZone = (ms: number, zone: string): TZDate => new TZDate(ms, zone);

/** Whether an instant can be read on the zone's wall clock (not NaN, not beyond a Date's range). */
export const isShowable = (ms: number, zone: string): boolean => isInstant(ms) && isValid(inZone(ms, zone));

/** `format` (date-fns tokens) of an instant on the zone's wall clock, in British English. */
export const formatInZone = (ms: number, zone: string, pattern: string, locale: Locale = enGB): string =>
  format(inZone(ms, zone), pattern, { locale });

const zoneNames = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone's short name at an instant in British English, from Intl as luxon's "ZZZZ" gave it: "GMT",
 * "BST"; "GMT-5" where en-GB has no name for the zone; "UTC" for the zones UTC and GMT.
 */
export const zoneName = (ms: number, zone: string): string => {
  if (/^(utc|gmt)$/i.test(zone)) return 'UTC';
  let f = zoneNames.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' });
    zoneNames.set(zone, f);
  }
  return f.formatToParts(ms).find((p) => p.type === 'timeZoneName')?.value ?? '';
};

/** The zone's offset from UTC at an instant, in minutes (60 in BST). */
export const offsetAt = (ms: number, zone: string): number => tzOffset(zone, new Date(ms));

const ISO_SHAPE =
  /^((?:[+-]\d{6}|\d{4})(?:-?\d\d(?:-?\d\d)?|-?W(\d\d)(?:-?\d)?|-?\d{3})?)(?:[Tt](\d\d(?::?\d\d(?::?\d\d(?:[.,]\d{1,30})?)?)?)(?:([Zz])|([+-]\d\d)(?::?(\d\d))?)?)?$/;

/**
 * Epoch ms of an ISO 8601 date or date-time ("2026-11-24T07:12:00.000Z", "2026-11-24", "2026-W48-2"),
 * or NaN. One without an offset is read on the zone's wall clock. The shapes accepted are luxon's
 * `fromISO` (which this replaced), less its time-only and "[Zone/Name]" forms: no spaces, "T" before
 * the time, an offset only after a time.
 */
export const parseIsoMs = (input: string, zone: string): number => {
  const m = ISO_SHAPE.exec(input);
  if (!m) return NaN;
  const [, date = '', week, time, z, offsetHours, offsetMinutes] = m;
  const local = `${date}${time === undefined ? '' : `T${time}`}`;
  const floating = z === undefined && offsetHours === undefined;
  // Without an offset, parseISO reads the wall clock in the zone; with one, as UTC, less the offset.
  const t = parseISO(floating ? local : `${local}Z`, { in: tz(floating ? zone : 'UTC') });
  if (!isValid(t)) return NaN;
  // parseISO takes week 53 of any year (as week 1 of the next).
  if (week !== undefined && getISOWeek(t) !== Number(week)) return NaN;
  if (floating) return +t;
  const h = Number(offsetHours ?? 0);
  const min = Number(offsetMinutes ?? 0);
  return +t - (h * 60 + (h < 0 || Object.is(h, -0) ? -min : min)) * MINUTE_MS;
};

/** `formatInZone`, or "Invalid DateTime" for an instant that cannot be shown, as luxon's toFormat printed it. */
export const formatOrInvalid = (ms: number, zone: string, pattern: string): string =>
  isShowable(ms, zone) ? formatInZone(ms, zone, pattern) : 'Invalid DateTime';

/** `formatOrInvalid` of an ISO time (one without an offset read in `readZone`). */
export const formatIso = (input: string, zone: string, pattern: string, readZone = zone): string =>
  formatOrInvalid(parseIsoMs(input, readZone), zone, pattern);

/** `formatInZone` followed by the zone's short name: "Tue 24 Nov 2026, 07:12 GMT". */
export const formatWithZoneName = (ms: number, zone: string, pattern: string): string =>
  `${formatInZone(ms, zone, pattern)} ${zoneName(ms, zone)}`;

/** yyyy-mm-dd of an instant in the zone ("" for NaN). */
export const localDate = (ms: number, zone: string): string =>
  isShowable(ms, zone) ? formatInZone(ms, zone, 'yyyy-MM-dd') : '';

/** Hour of day (0–23) of an instant in the zone. */
export const localHour = (ms: number, zone: string): number => inZone(ms, zone).getHours();

/** Minute of the local day (0–1439) of an instant in the zone. */
export const localMinute = (ms: number, zone: string): number => {
  const t = inZone(ms, zone);
  return t.getHours() * 60 + t.getMinutes();
};

/** Whether the instant falls on a Saturday or Sunday in the zone. */
export const isWeekend = (ms: number, zone: string): boolean => getISODay(inZone(ms, zone)) >= 6;

/** The same local day at hh:mm:00.000 (a time the clocks skip moves on by the gap, as TZDate does). */
export const atLocalTime = (d: TZDate, hhmm: string): TZDate => {
  const [h, m] = hhmm.split(':').map(Number);
  return set(d, { hours: h ?? 0, minutes: m ?? 0, seconds: 0, milliseconds: 0 });
};

/** The next instant at or after `ms` whose local time is hh:mm (today's if not yet passed, else tomorrow's). */
export const nextLocalTime = (ms: number, hhmm: string, zone: string): number => {
  const today = inZone(ms, zone);
  const next = +atLocalTime(today, hhmm);
  return next >= ms ? next : +atLocalTime(addDays(today, 1), hhmm);
};

/** ISO string of an instant (UTC, millisecond precision). */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** yyyy-mm of an instant in UTC (X bills per UTC month). */
export const utcMonth = (ms: number): string => iso(ms).slice(0, 7);

export class TimeInputError extends Error {
  override readonly name = 'TimeInputError';
}

/** Why a typed date and time is not one (worded as luxon worded it), or undefined. 24:00 is allowed. */
const invalidWallTime = (year: number, month: number, day: number, hour: number, minute: number) => {
  const bad = (unit: string, value: number): string =>
    `you specified ${value} (of type number) as a ${unit}, which is invalid`;
  if (month < 1 || month > 12) return bad('month', month);
  if (!isExists(year, month - 1, day)) return bad('day', day);
  if (hour > 23 && !(hour === 24 && minute === 0)) return bad('hour', hour);
  if (minute > 59) return bad('minute', minute);
  return undefined;
};

/**
 * Parse a wall-clock time a person typed ("2026-11-23 18:00", "2026-11-23T18:00", optionally with
 * "GMT"/"BST"/"Z"/"+01:00") in the trust's zone. Across the clock changes:
 * - a time that does not exist (clocks go forward, 01:00–01:59 on the last Sunday of March in the UK)
 *   is refused with the reason;
 * - a time that happens twice (clocks go back, 01:00–01:59 on the last Sunday of October) is refused
 *   unless it says which one (GMT/BST or an offset).
 */
export const parseLocalTime = (input: string, zone: string): number => {
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})[ T](\d{1,2}):(\d{2})\s*(Z|GMT|UTC|BST|[+-]\d{2}:?\d{2})?\s*$/i.exec(
    input,
  );
  if (!m) throw new TimeInputError(`"${input}" is not a time like "2026-11-23 18:00"`);
  const [, year, month, day, hh, mm, suffix] = m;
  const base = `${year}-${month}-${day}T${hh?.padStart(2, '0')}:${mm}`;
  const [y, mo, d, h, mi] = [year, month, day, hh, mm].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const invalid = invalidWallTime(y, mo, d, h, mi);
  if (invalid) throw new TimeInputError(`"${input}" is not a valid time (${invalid})`);
  if (suffix) {
    const wall = Date.UTC(y, mo - 1, d, h, mi);
    const s = suffix.toUpperCase();
    const offset =
      s === 'Z' || s === 'GMT' || s === 'UTC'
        ? 0
        : s === 'BST'
          ? 60
          : Number(s.slice(0, 3)) * 60 + Number(s.slice(0, 1) + s.slice(-2));
    return wall - offset * MINUTE_MS;
  }
  const t = +new TZDate(y, mo - 1, d, h, mi, zone);
  const readBack = (ms: number): string => formatInZone(ms, zone, "yyyy-MM-dd'T'HH:mm");
  // TZDate moves a time that does not exist on by the gap: detect it by reading the wall clock back.
  if (readBack(t) !== base)
    throw new TimeInputError(
      `${base.replace('T', ' ')} does not exist in ${zone}: the clocks go forward then. Use ${formatInZone(t, zone, 'HH:mm')} or later.`,
    );
  // It happens twice if the instant with the offset of a day before or after reads the same wall clock.
  const other = [t - DAY_MS, t + DAY_MS].map((n) => t + (offsetAt(t, zone) - offsetAt(n, zone)) * MINUTE_MS);
  if (other.some((o) => o !== t && readBack(o) === base))
    throw new TimeInputError(
      `${base.replace('T', ' ')} happens twice in ${zone} (the clocks go back). Say which: add GMT or BST, e.g. "${base.replace('T', ' ')} BST".`,
    );
  return t;
};
