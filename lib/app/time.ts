/**
 * Wall-clock helpers in the trust's time zone (Europe/London by default), via luxon, so that
 * "16:00 roll-up", "Monday 07:30 digest" and "day of a post" are right across the clock changes.
 */
import { DateTime } from 'luxon';

/** yyyy-mm-dd of an instant in the zone. */
export const localDate = (ms: number, zone: string): string =>
  DateTime.fromMillis(ms, { zone }).toISODate() ?? '';

/** Hour of day (0–23) of an instant in the zone. */
export const localHour = (ms: number, zone: string): number => DateTime.fromMillis(ms, { zone }).hour;

/** Minute of the local day (0–1439) of an instant in the zone. */
export const localMinute = (ms: number, zone: string): number => {
  const t = DateTime.fromMillis(ms, { zone });
  return t.hour * 60 + t.minute;
};

/** Whether the instant falls on a Saturday or Sunday in the zone. */
export const isWeekend = (ms: number, zone: string): boolean =>
  DateTime.fromMillis(ms, { zone }).weekday >= 6;

/** The next instant at or after `ms` whose local time is hh:mm (today's if not yet passed, else tomorrow's). */
export const nextLocalTime = (ms: number, hhmm: string, zone: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  const now = DateTime.fromMillis(ms, { zone });
  let at = now.set({ hour: h ?? 0, minute: m ?? 0, second: 0, millisecond: 0 });
  if (at.toMillis() < ms) at = at.plus({ days: 1 }).set({ hour: h ?? 0, minute: m ?? 0 });
  return at.toMillis();
};

/** ISO string of an instant (UTC, millisecond precision). */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** yyyy-mm of an instant in UTC (X bills per UTC month). */
export const utcMonth = (ms: number): string => iso(ms).slice(0, 7);

export class TimeInputError extends Error {
  override readonly name = 'TimeInputError';
}

/**
 * Parse a wall-clock time a person typed ("2026-11-23 18:00", "2026-11-23T18:00", optionally with
 * "GMT"/"BST"/"Z"/"+01:00") in the trust's zone. Across the clock changes:
 * - a time that does not exist (clocks go forward, 01:00–01:59 on the last Sunday of March in the UK)
 *   is refused with the reason;
 * - a time that happens twice (clocks go back, 01:00–01:59 on the last Sunday of October) is refused
 *   unless it says which one (GMT/BST or an offset).
 */
export const parseLocalTime = (input: string, zone: string): number => {
  const m = /^\s*(\d{4}-\d{2}-\d{2})[ T](\d{1,2}):(\d{2})\s*(Z|GMT|UTC|BST|[+-]\d{2}:?\d{2})?\s*$/i.exec(
    input,
  );
  if (!m) throw new TimeInputError(`"${input}" is not a time like "2026-11-23 18:00"`);
  const [, date, hh, mm, suffix] = m;
  const base = `${date}T${hh?.padStart(2, '0')}:${mm}`;
  if (suffix) {
    const s = suffix.toUpperCase();
    const offset =
      s === 'Z' || s === 'GMT' || s === 'UTC'
        ? '+00:00'
        : s === 'BST'
          ? '+01:00'
          : s.includes(':')
            ? s
            : `${s.slice(0, 3)}:${s.slice(3)}`;
    const t = DateTime.fromISO(`${base}${offset}`, { setZone: true });
    if (!t.isValid)
      throw new TimeInputError(`"${input}" is not a valid time (${t.invalidExplanation ?? 'invalid'})`);
    return t.toMillis();
  }
  const t = DateTime.fromISO(base, { zone });
  if (!t.isValid)
    throw new TimeInputError(`"${input}" is not a valid time (${t.invalidExplanation ?? 'invalid'})`);
  // luxon shifts a non-existent local time forward; detect it by reading the wall clock back.
  if (t.toFormat("yyyy-MM-dd'T'HH:mm") !== base)
    throw new TimeInputError(
      `${base.replace('T', ' ')} does not exist in ${zone}: the clocks go forward then. Use ${t.toFormat('HH:mm')} or later.`,
    );
  const offsets = t.getPossibleOffsets();
  if (offsets.length > 1)
    throw new TimeInputError(
      `${base.replace('T', ' ')} happens twice in ${zone} (the clocks go back). Say which: add GMT or BST, e.g. "${base.replace('T', ' ')} BST".`,
    );
  return t.toMillis();
};
