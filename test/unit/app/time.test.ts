import { describe, expect, it } from 'vitest';
import {
  formatInZone,
  isWeekend,
  localDate,
  localHour,
  nextLocalTime,
  parseIsoMs,
  parseLocalTime,
  zoneName,
} from '../../../lib/app/time';
import { isKnownTimeZone } from '../../../lib/config/schema';
import { formatDay, formatRange, formatTime, isoMs } from '../../../lib/mail/format';
import { weekContaining } from '../../../lib/digest/week';

// Clocks go forward at 01:00 GMT on Sunday 29 March 2026 and back at 01:00 GMT on Sunday 25 October
// 2026. None of this may depend on the machine's own time zone: the suite is also run with
// TZ=America/New_York.
const LONDON = 'Europe/London';
const at = (s: string): number => Date.parse(s);
const iso = (ms: number): string => new Date(ms).toISOString();

describe('zone short names (en-GB), both sides of each clock change', () => {
  it('says GMT before and BST after the March change, and back again in October', () => {
    expect(zoneName(at('2026-03-29T00:59:59Z'), LONDON)).toBe('GMT');
    expect(zoneName(at('2026-03-29T01:00:00Z'), LONDON)).toBe('BST');
    expect(zoneName(at('2026-10-25T00:59:59Z'), LONDON)).toBe('BST');
    expect(zoneName(at('2026-10-25T01:00:00Z'), LONDON)).toBe('GMT');
  });

  it('gives an offset where en-GB has no name, and UTC for UTC', () => {
    expect(zoneName(at('2026-01-15T12:00:00Z'), 'America/New_York')).toBe('GMT-5');
    expect(zoneName(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe('GMT-4');
    expect(zoneName(at('2026-07-15T12:00:00Z'), 'UTC')).toBe('UTC');
  });

  it('prints email times with the name on the right side of the change', () => {
    expect(formatTime('2026-10-25T00:30:00.000Z', LONDON)).toBe('Sun 25 Oct 2026, 01:30 BST');
    expect(formatTime('2026-10-25T01:30:00.000Z', LONDON)).toBe('Sun 25 Oct 2026, 01:30 GMT');
    expect(formatTime(at('2026-03-29T00:30:00Z'), LONDON)).toBe('Sun 29 Mar 2026, 00:30 GMT');
    expect(formatTime(at('2026-03-29T01:30:00Z'), LONDON)).toBe('Sun 29 Mar 2026, 02:30 BST');
    // Same local day, but GMT then BST: both written out in full.
    expect(formatRange('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z', LONDON)).toBe(
      'Sun 29 Mar 2026, 00:30 GMT and Sun 29 Mar 2026, 02:30 BST',
    );
    expect(formatRange('2026-11-24T06:00:00Z', '2026-11-24T07:00:00Z', LONDON)).toBe(
      '06:00 and 07:00 GMT on Tue 24 Nov 2026',
    );
  });

  it('writes September as "Sep" in emails, as the digest and the CLI do', () => {
    expect(formatDay('2026-09-08T10:00:00Z', LONDON)).toBe('Tue 8 Sep 2026');
    expect(formatTime('2026-09-08T10:00:00Z', LONDON)).toBe('Tue 8 Sep 2026, 11:00 BST');
  });
});

describe('wall clock to instant across the clock changes', () => {
  it('puts a 16:00 roll-up on the day after the March change at 15:00 UTC, and in winter at 16:00', () => {
    expect(iso(nextLocalTime(at('2026-03-30T09:00:00Z'), '16:00', LONDON))).toBe('2026-03-30T15:00:00.000Z');
    expect(iso(nextLocalTime(at('2026-03-28T17:00:00Z'), '16:00', LONDON))).toBe('2026-03-29T15:00:00.000Z');
    expect(iso(nextLocalTime(at('2026-10-25T16:30:00Z'), '16:00', LONDON))).toBe('2026-10-26T16:00:00.000Z');
  });

  it('reads a stored wall time in the zone (BST in summer)', () => {
    expect(parseIsoMs('2026-03-29T02:00', LONDON)).toBe(at('2026-03-29T01:00:00Z'));
    expect(parseIsoMs('2026-10-25T02:00', LONDON)).toBe(at('2026-10-25T02:00:00Z'));
  });

  it('reads the wall clock back the same way', () => {
    expect(formatInZone(at('2026-06-10T17:00:00Z'), LONDON, 'HH:mm')).toBe('18:00');
    expect(localDate(at('2026-06-14T23:30:00Z'), LONDON)).toBe('2026-06-15');
    expect(localHour(at('2026-10-25T01:30:00Z'), LONDON)).toBe(1);
    expect(isWeekend(at('2026-06-14T23:30:00Z'), LONDON)).toBe(false); // Monday 00:30 BST
    expect(isWeekend(at('2026-06-14T22:30:00Z'), LONDON)).toBe(true); // Sunday 23:30 BST
    expect(formatInZone(at('2026-03-29T01:00:00Z'), LONDON, "EEEE d LLLL yyyy 'at' HH:mm")).toBe(
      'Sunday 29 March 2026 at 02:00',
    );
  });

  it('finds the local Monday 00:00 of a week whose Sunday has the repeated hour', () => {
    const w = weekContaining(at('2026-10-25T01:30:00Z'), LONDON); // the second 01:30, Sunday
    expect(w.id).toBe('2026-W43');
    expect(iso(w.startMs)).toBe('2026-10-18T23:00:00.000Z');
    expect(iso(w.endMs)).toBe('2026-10-26T00:00:00.000Z');
    const m = weekContaining(at('2026-03-29T01:30:00Z'), LONDON); // 02:30 BST, Sunday
    expect(m.id).toBe('2026-W13');
    expect((m.endMs - m.startMs) / 3_600_000).toBe(167);
  });
});

describe('typed times', () => {
  it('names the first time that exists after a skipped one', () => {
    expect(() => parseLocalTime('2026-03-29 01:30', LONDON)).toThrow(
      '2026-03-29 01:30 does not exist in Europe/London: the clocks go forward then. Use 02:30 or later.',
    );
    expect(() => parseLocalTime('2026-03-29 1:00', LONDON)).toThrow(/Use 02:00 or later/);
    expect(iso(parseLocalTime('2026-03-29 00:59', LONDON))).toBe('2026-03-29T00:59:00.000Z');
  });

  it('accepts the repeated hour with GMT, BST or an offset, and refuses it bare', () => {
    expect(() => parseLocalTime('2026-10-25 01:00', LONDON)).toThrow(/happens twice/);
    expect(() => parseLocalTime('2026-10-25 01:59', LONDON)).toThrow(/happens twice/);
    expect(iso(parseLocalTime('2026-10-25 00:59', LONDON))).toBe('2026-10-24T23:59:00.000Z');
    expect(iso(parseLocalTime('2026-10-25 02:00', LONDON))).toBe('2026-10-25T02:00:00.000Z');
    expect(iso(parseLocalTime('2026-10-25T01:30+0100', LONDON))).toBe('2026-10-25T00:30:00.000Z');
    expect(iso(parseLocalTime('2026-10-25 01:30 -00:30', LONDON))).toBe('2026-10-25T02:00:00.000Z');
  });

  it('says what is wrong with a date or time that is not one', () => {
    expect(() => parseLocalTime('2026-02-30 10:00', LONDON)).toThrow(
      '"2026-02-30 10:00" is not a valid time (you specified 30 (of type number) as a day, which is invalid)',
    );
    expect(() => parseLocalTime('2026-13-01 10:00', LONDON)).toThrow(/13 \(of type number\) as a month/);
    expect(() => parseLocalTime('2026-11-23 7:60', LONDON)).toThrow(/60 \(of type number\) as a minute/);
    expect(() => parseLocalTime('2026-11-23 25:00 GMT', LONDON)).toThrow(/25 \(of type number\) as a hour/);
    expect(iso(parseLocalTime('2024-02-29 10:00', LONDON))).toBe('2024-02-29T10:00:00.000Z');
  });
});

describe('ISO times read from storage', () => {
  it('reads what toISOString writes, dates, offsets and week dates', () => {
    expect(isoMs('2026-11-24T07:12:00.000Z')).toBe(at('2026-11-24T07:12:00.000Z'));
    expect(isoMs('2026-11-24T08:12:00+01:00')).toBe(at('2026-11-24T07:12:00.000Z'));
    expect(isoMs('2026-11-24')).toBe(at('2026-11-24T00:00:00.000Z'));
    expect(parseIsoMs('2026-06-10T18:00', LONDON)).toBe(at('2026-06-10T17:00:00Z'));
    expect(parseIsoMs('2026-W48-2', 'UTC')).toBe(at('2026-11-24T00:00:00Z'));
  });

  it('refuses what luxon refused: spaces, impossible dates, week 53 of a 52-week year', () => {
    for (const s of [
      '',
      'garbage',
      '2026-11-24 07:12Z',
      ' 2026-11-24',
      '2026-02-29',
      '2025-W53-1',
      '2026-11-24T07:60Z',
    ])
      expect(isoMs(s), s).toBeUndefined();
    expect(isoMs('2026-W53-1')).toBe(at('2026-12-28T00:00:00Z'));
    expect(formatTime('not a time', LONDON)).toBe('not a time');
  });
});

describe('time zone names in the config', () => {
  it('knows IANA zones and refuses others', () => {
    expect(isKnownTimeZone('Europe/London')).toBe(true);
    expect(isKnownTimeZone('America/New_York')).toBe(true);
    expect(isKnownTimeZone('UTC')).toBe(true);
    expect(isKnownTimeZone('Europe/Londn')).toBe(false);
    expect(isKnownTimeZone('Mars/Olympus')).toBe(false);
    expect(isKnownTimeZone('')).toBe(false);
  });
});
