import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { activeHolds } from '../../../lib/app/holds';
import { nextLocalTime, parseLocalTime, TimeInputError } from '../../../lib/app/time';
import { parseConfig } from '../../../lib/config/load';
import type { Hold } from '../../../lib/domain/hold';
import { holdCovers } from '../../../lib/domain/hold';
import { buildTargets, dice, matchLookalike } from '../../../lib/domain/lookalike';
import { judgeHour, poissonTail } from '../../../lib/domain/spike';
import type { HourCount } from '../../../lib/domain/spike';

const LONDON = 'Europe/London';
const cfg = parseConfig(readFileSync(new URL('../../../config/riverside.yaml', import.meta.url), 'utf8'));

describe('wall-clock times in Europe/London', () => {
  it('reads GMT in winter and BST in summer', () => {
    expect(new Date(parseLocalTime('2026-11-23 18:00', LONDON)).toISOString()).toBe(
      '2026-11-23T18:00:00.000Z',
    );
    expect(new Date(parseLocalTime('2026-06-10 18:00', LONDON)).toISOString()).toBe(
      '2026-06-10T17:00:00.000Z',
    );
  });

  it('refuses a time skipped when the clocks go forward (last Sunday of March)', () => {
    expect(() => parseLocalTime('2026-03-29 01:30', LONDON)).toThrow(/does not exist in Europe\/London/);
    expect(new Date(parseLocalTime('2026-03-29 02:00', LONDON)).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('asks which one for a time that happens twice when the clocks go back (last Sunday of October)', () => {
    expect(() => parseLocalTime('2026-10-25 01:30', LONDON)).toThrow(TimeInputError);
    expect(() => parseLocalTime('2026-10-25 01:30', LONDON)).toThrow(/happens twice/);
    expect(new Date(parseLocalTime('2026-10-25 01:30 BST', LONDON)).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(new Date(parseLocalTime('2026-10-25 01:30 GMT', LONDON)).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('refuses garbage with the reason', () => {
    expect(() => parseLocalTime('tomorrow at six', LONDON)).toThrow(/is not a time like/);
    expect(() => parseLocalTime('2026-02-30 10:00', LONDON)).toThrow(/not a valid time/);
  });

  it('finds the next 16:00 roll-up across the October change', () => {
    const sat = Date.parse('2026-10-24T16:30:00Z'); // 17:30 BST on Saturday
    expect(new Date(nextLocalTime(sat, '16:00', LONDON)).toISOString()).toBe('2026-10-25T16:00:00.000Z'); // GMT Sunday
  });
});

const hold = (over: Partial<Hold>): Hold => ({
  id: 'h',
  scope: 'oakfield',
  reason: 'r',
  declaredBy: 'p',
  declaredAt: '2026-10-24T20:00:00.000Z',
  startsAt: '2026-10-24T23:00:00.000Z',
  ...over,
});

describe('holds across clock changes and overlaps', () => {
  it('covers the repeated hour when a hold spans the October change', () => {
    const h = hold({ until: new Date(parseLocalTime('2026-10-25 03:00', LONDON)).toISOString() });
    // 01:30 BST and 01:30 GMT are both inside; 03:00 GMT is the exclusive end.
    expect(holdCovers(h, '2026-10-25T00:30:00.000Z')).toBe(true);
    expect(holdCovers(h, '2026-10-25T01:30:00.000Z')).toBe(true);
    expect(holdCovers(h, '2026-10-25T02:59:59.999Z')).toBe(true);
    expect(holdCovers(h, '2026-10-25T03:00:00.000Z')).toBe(false);
  });

  it('ends at the earlier of its planned end and when it was lifted', () => {
    const h = hold({ until: '2026-10-26T12:00:00.000Z', endedAt: '2026-10-25T09:00:00.000Z' });
    expect(holdCovers(h, '2026-10-25T08:59:00.000Z')).toBe(true);
    expect(holdCovers(h, '2026-10-25T09:00:00.000Z')).toBe(false);
  });

  it('treats overlapping holds as one freeze from the first start to the last end', () => {
    const a = hold({ id: 'a', until: '2026-10-25T10:00:00.000Z' });
    const b = hold({
      id: 'b',
      scope: 'trust',
      startsAt: '2026-10-25T08:00:00.000Z',
      until: '2026-10-25T14:00:00.000Z',
    });
    const at = (iso: string) => activeHolds([a, b], Date.parse(iso)).map((h) => h.id);
    expect(at('2026-10-25T07:00:00.000Z')).toEqual(['a']);
    expect(at('2026-10-25T09:00:00.000Z')).toEqual(['a', 'b']);
    expect(at('2026-10-25T12:00:00.000Z')).toEqual(['b']);
    expect(at('2026-10-25T14:00:00.000Z')).toEqual([]);
  });
});

describe('look-alike accounts', () => {
  const targets = buildTargets(cfg);
  const judge = (username: string, name: string, description = '') =>
    matchLookalike(targets, { id: '1', username, name, description });

  it('catches a handle that extends a registered one', () => {
    expect(judge('KingsmeadAcadOfficial', 'Kingsmead Academy Official')?.scope).toBe('kingsmead');
  });
  it('catches a near-miss handle', () =>
    expect(judge('0akfieldAcad', 'Oakfield Acad')?.scope).toBe('oakfield'));
  it('catches a confessions page naming the school in its bio', () => {
    expect(judge('confess_bs', 'Confessions', 'anonymous confessions from Brookside parents')?.scope).toBe(
      'brookside',
    );
  });
  it('leaves a parent who mentions the school alone', () => {
    expect(
      judge('sarah_k82', 'Sarah K', 'mum of two, Kingsmead and Brookside, coffee addict'),
    ).toBeUndefined();
    expect(judge('oakfield_rovers', 'Oakfield Rovers FC', 'Sunday league football')).toBeUndefined();
  });
  it('measures similarity symmetrically in [0, 1]', () => {
    expect(dice('kingsmead', 'kingsmead')).toBe(1);
    expect(dice('abc', 'xyz')).toBe(0);
    expect(dice('oakfieldacad', 'oakfeildacad')).toBeCloseTo(dice('oakfeildacad', 'oakfieldacad'));
  });
});

/** Synthetic history: `days` days of a steady rate per hour with a daytime shape. */
const steady = (days: number, perDay: number): HourCount[] =>
  Array.from({ length: days }, (_, d) =>
    Array.from({ length: 24 }, (_, hour) => ({
      date: `2026-11-${String(d + 1).padStart(2, '0')}`,
      hour,
      count: hour >= 8 && hour < 20 ? Math.round(perDay / 12) : 0,
      weekend: false,
    })),
  ).flat();

describe('volume spike detection', () => {
  it('computes Poisson tails', () => {
    expect(poissonTail(0, 2)).toBe(1);
    expect(poissonTail(1, 1)).toBeCloseTo(1 - Math.exp(-1));
    expect(poissonTail(20, 1)).toBeLessThan(1e-15);
  });

  it('reports known storms and known quiet spells as true and false positives', () => {
    const history = steady(10, 24); // ~2 an hour in the day
    const cases = [
      { count: 25, hour: 11, storm: true },
      { count: 14, hour: 22, storm: true }, // night, usual ~0
      { count: 4, hour: 11, storm: false }, // a busy but normal hour
      { count: 7, hour: 3, storm: false }, // below the absolute floor
      { count: 6, hour: 14, storm: false },
    ];
    const verdicts = cases.map((c) => judgeHour(c.count, history, c.hour, false).spike);
    const tp = cases.filter((c, i) => c.storm && verdicts[i]).length;
    const fp = cases.filter((c, i) => !c.storm && verdicts[i]).length;
    expect({ tp, fp }).toEqual({ tp: 2, fp: 0 });
  });

  it('needs a bigger storm for a busy academy than a quiet one', () => {
    const busy = steady(10, 120); // ~10 an hour
    expect(judgeHour(20, busy, 11, false).spike).toBe(false);
    expect(judgeHour(60, busy, 11, false).spike).toBe(true);
  });

  it('does not alert on the first few mentions of a scope with no history', () => {
    expect(judgeHour(3, [], 10, false).spike).toBe(false);
    expect(judgeHour(12, [], 10, false).spike).toBe(true);
  });
});
