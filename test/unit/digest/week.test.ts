import { describe, expect, it } from 'vitest';
import { DigestError, parseIsoWeek, previousWeek, utcDays, weeksBefore } from '../../../lib/digest/week';

const LONDON = 'Europe/London';
const iso = (ms: number): string => new Date(ms).toISOString();

describe('digest weeks (ISO weeks on the London wall clock)', () => {
  it('reads 2026-W47 as Monday 16 to Monday 23 November (GMT = UTC)', () => {
    const w = parseIsoWeek('2026-W47', LONDON);
    expect(iso(w.startMs)).toBe('2026-11-16T00:00:00.000Z');
    expect(iso(w.endMs)).toBe('2026-11-23T00:00:00.000Z');
    expect(w.dates).toEqual([
      '2026-11-16',
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
    ]);
    expect(w.label).toBe('Mon 16 – Sun 22 November 2026');
    expect(w.shortLabel).toBe('16–22 Nov 2026');
    expect(utcDays(w.startMs, w.endMs)).toHaveLength(7);
  });

  it('gives the week of the October clock change 169 hours, starting at 23:00 UTC on Sunday', () => {
    const w = parseIsoWeek('2026-W43', LONDON); // Mon 19 – Sun 25 October; clocks go back on the 25th
    expect(iso(w.startMs)).toBe('2026-10-18T23:00:00.000Z');
    expect(iso(w.endMs)).toBe('2026-10-26T00:00:00.000Z');
    expect((w.endMs - w.startMs) / 3_600_000).toBe(169);
    expect(w.dates[0]).toBe('2026-10-19');
    expect(w.dates[6]).toBe('2026-10-25');
    // Flags are indexed by UTC day: the week touches eight of them.
    expect(utcDays(w.startMs, w.endMs)).toEqual([
      '2026-10-18',
      '2026-10-19',
      '2026-10-20',
      '2026-10-21',
      '2026-10-22',
      '2026-10-23',
      '2026-10-24',
      '2026-10-25',
    ]);
  });

  it('gives the week of the March clock change 167 hours', () => {
    const w = parseIsoWeek('2026-W13', LONDON); // clocks go forward Sunday 29 March
    expect(iso(w.startMs)).toBe('2026-03-23T00:00:00.000Z');
    expect(iso(w.endMs)).toBe('2026-03-29T23:00:00.000Z');
  });

  it('labels a week across the new year and knows 2026 has 53 weeks', () => {
    const w = parseIsoWeek('2026-W53', LONDON);
    expect(w.label).toBe('Mon 28 December 2026 – Sun 3 January 2027');
    expect(w.id).toBe('2026-W53');
    expect(() => parseIsoWeek('2025-W53', LONDON)).toThrow(DigestError);
    expect(() => parseIsoWeek('2025-W53', LONDON)).toThrow(/2025 has 52 ISO weeks/);
    expect(() => parseIsoWeek('2026-47', LONDON)).toThrow(/not an ISO week like 2026-W47/);
    expect(() => parseIsoWeek('2026-W00', LONDON)).toThrow(DigestError);
  });

  it('reports the last full week before now, whatever the day', () => {
    expect(previousWeek(Date.parse('2026-11-23T07:30:00Z'), LONDON).id).toBe('2026-W47');
    expect(previousWeek(Date.parse('2026-11-29T23:59:00Z'), LONDON).id).toBe('2026-W47');
    // Sunday 23:30 UTC in summer is already Monday in London.
    expect(previousWeek(Date.parse('2026-06-14T23:30:00Z'), LONDON).id).toBe('2026-W24');
    expect(weeksBefore(parseIsoWeek('2026-W02', LONDON), 4, LONDON).id).toBe('2025-W50');
  });
});
