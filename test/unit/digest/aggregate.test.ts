import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../lib/config/schema';
import type { DigestData } from '../../../lib/digest/aggregate';
import { buildDigestData, policyReview, usageSummary } from '../../../lib/digest/aggregate';
import type { Hold } from '../../../lib/domain/hold';
import { makeFlag, putFlag, putPost, riverside, startStore } from './helpers';
import type { TestStore } from './helpers';

const NOW = Date.parse('2026-11-23T07:30:00Z'); // Monday 07:30 GMT: the digest of 2026-W47
const config = riverside();
let t: TestStore;
let d: DigestData;

const card = (data: DigestData, scope: string) => {
  const c = data.scorecards.find((s) => s.scope === scope);
  if (!c) throw new Error(`no scorecard for ${scope}`);
  return c;
};

const hold = (over: Partial<Hold> & Pick<Hold, 'id' | 'scope' | 'startsAt'>): Hold => ({
  reason: 'test hold',
  declaredBy: 'ceo@riverside-trust.example',
  declaredAt: over.startsAt,
  ...over,
});

beforeAll(async () => {
  t = await startStore();
  const { store } = t;
  const post = (
    id: string,
    at: string,
    scopes: string[],
    source: 'official' | 'mention',
    sentiment: number,
  ) => putPost(store, config, { id, at, scopes, source, sentiment });

  // This week (W47): Oakfield has 2 official posts and 3 mentions (one shared with Kingsmead).
  await post('o1', '2026-11-16T09:00:00Z', ['oakfield'], 'official', 0.5);
  await post('o2', '2026-11-18T09:00:00Z', ['oakfield'], 'official', 0.7);
  await post('m1', '2026-11-17T12:00:00Z', ['oakfield'], 'mention', -0.5);
  await post('m2', '2026-11-17T13:00:00Z', ['oakfield'], 'mention', 0.3);
  await post('m3', '2026-11-19T13:00:00Z', ['oakfield', 'kingsmead'], 'mention', -0.8);
  await post('m4', '2026-11-20T13:00:00Z', ['kingsmead'], 'mention', 0.2);
  await post('m5', '2026-11-22T23:30:00Z', ['trust'], 'mention', 0.1); // Sunday 23:30 GMT: still W47
  await post('x1', '2026-11-23T00:30:00Z', ['oakfield'], 'mention', -1); // W48: not this digest
  // Last week and the three before (the four-week baseline) for Oakfield.
  await post('l1', '2026-11-15T23:30:00Z', ['oakfield'], 'mention', 0.4); // Sunday of W46
  await post('l2', '2026-11-10T10:00:00Z', ['oakfield'], 'mention', 0.2);
  await post('w45', '2026-11-04T10:00:00Z', ['oakfield'], 'mention', 0.6);
  await post('w43a', '2026-10-21T10:00:00Z', ['oakfield'], 'mention', 0);
  await post('w43b', '2026-10-22T10:00:00Z', ['oakfield'], 'mention', 0.2);
  await post('w42', '2026-10-14T10:00:00Z', ['oakfield'], 'mention', -1); // five weeks back: ignored

  const f = (over: Parameters<typeof makeFlag>[0]) => putFlag(store, config, makeFlag(over));
  await f({ id: 'a1', kind: 'threat', severity: 'critical', createdAt: '2026-11-23T07:00:00.000Z' });
  const sgPost = makeFlag({ id: 'tmp' }).post;
  await f({
    id: 'a2',
    kind: 'safeguarding',
    severity: 'critical',
    scopes: ['kingsmead'],
    createdAt: '2026-11-22T20:00:00.000Z',
    score: 0.7,
    post: sgPost,
  });
  await f({
    id: 'a13',
    kind: 'abuse',
    severity: 'high',
    scopes: ['kingsmead'],
    createdAt: '2026-11-22T20:00:00.000Z',
    score: 0.8,
    post: sgPost,
  });
  await f({
    id: 'a3',
    kind: 'abuse',
    severity: 'high',
    scopes: ['oakfield', 'kingsmead'],
    createdAt: '2026-11-23T04:30:00.000Z',
  });
  await f({
    id: 'a4',
    kind: 'abuse',
    severity: 'high',
    scopes: ['willowlane'],
    createdAt: '2026-11-20T10:00:00.000Z',
    score: 0.7,
    escalatedAt: '2026-11-20T14:00:00.000Z',
  });
  await f({ id: 'a5', kind: 'disparaging', severity: 'medium', createdAt: '2026-11-17T10:00:00.000Z' });
  const a6 = makeFlag({
    id: 'a6',
    kind: 'threat',
    severity: 'critical',
    status: 'removal_requested',
    createdAt: '2026-11-21T22:00:00.000Z',
    removalRequestedAt: '2026-11-22T01:00:00.000Z',
    removalRequestedBy: 'principal@oakfield.riverside-trust.example',
    score: 0.95,
  });
  await putFlag(store, config, a6);
  await f({
    id: 'a7',
    kind: 'abuse',
    severity: 'high',
    scopes: ['brookside'],
    status: 'removal_requested',
    createdAt: '2026-11-22T23:00:00.000Z',
    removalRequestedAt: '2026-11-23T00:00:00.000Z',
    score: 0.85,
  });
  await f({
    id: 'a8',
    kind: 'takedown_overdue',
    severity: 'high',
    createdAt: '2026-11-23T01:00:00.000Z',
    details: { originalFlagId: 'a6' },
    ...(a6.post ? { post: a6.post } : {}),
  });
  await f({
    id: 'a9',
    kind: 'register_gap',
    severity: 'low',
    scopes: ['kingsmead'],
    createdAt: '2026-11-16T06:00:00.000Z',
    post: undefined,
    details: {
      handle: 'KingsmeadSport',
      owner: 'kingsmead',
      problems: ['1 admin contact(s) instead of two'],
      knownGap: 'second admin in January',
    },
  });
  await f({
    id: 'a10',
    kind: 'unapproved_account',
    severity: 'high',
    scopes: ['brookside'],
    createdAt: '2026-11-17T06:00:00.000Z',
    post: undefined,
    details: {
      username: 'Brookside_Conf',
      name: 'Brookside Confessions',
      url: 'https://x.com/Brookside_Conf',
      reasons: ['name matches'],
    },
  });
  await f({ id: 'a11', status: 'false_positive', createdAt: '2026-11-18T10:00:00.000Z', score: 0.99 });
  await f({
    id: 'a12',
    kind: 'abuse',
    severity: 'high',
    scopes: ['kingsmead'],
    status: 'acknowledged',
    createdAt: '2026-11-19T10:00:00.000Z',
    score: 0.6,
  });
  await f({ id: 'a14', scopes: ['oakfield', 'kingsmead'], createdAt: '2026-11-19T11:00:00.000Z' });
  await f({
    id: 'a15',
    kind: 'hold_breach',
    severity: 'high',
    scopes: ['kingsmead'],
    status: 'acknowledged',
    createdAt: '2026-11-21T12:00:00.000Z',
    score: 1,
    details: { holdId: 'h3' },
  });
  await f({ id: 'lw1', createdAt: '2026-11-12T10:00:00.000Z' }); // last week

  await store.putHold(
    hold({
      id: 'h1',
      scope: 'oakfield',
      startsAt: '2026-11-10T00:00:00.000Z',
      endedAt: '2026-11-12T00:00:00.000Z',
    }),
  );
  await store.putHold(
    hold({
      id: 'h2',
      scope: 'trust',
      startsAt: '2026-11-14T12:00:00.000Z',
      until: '2026-11-17T12:00:00.000Z',
    }),
  );
  await store.putHold(hold({ id: 'h3', scope: 'kingsmead', startsAt: '2026-11-21T10:00:00.000Z' }));
  await store.putHold(hold({ id: 'h4', scope: 'brookside', startsAt: '2026-11-23T08:00:00.000Z' }));
  await store.addUsage('2026-11', {
    requests: 100,
    postReads: 9000,
    userReads: 1500,
    billedPostReads: 9000,
    billedUserReads: 1500,
    usd: 60,
  } as Parameters<typeof store.addUsage>[1]);

  d = await buildDigestData({ config, store, clock: { now: () => NOW } });
});
afterAll(async () => t.db.close());

describe('digest aggregation on the daily counters', () => {
  it('reports the ISO week before now', () => {
    expect(d.week.id).toBe('2026-W47');
    expect(d.scorecards.map((c) => c.scope)[0]).toBe('trust');
    expect(d.scorecards.map((c) => c.scope).sort()).toEqual([
      'brookside',
      'kingsmead',
      'oakfield',
      'trust',
      'willowlane',
    ]);
  });

  it('counts official posts and mentions per academy; a shared mention counts for each, once in the total', () => {
    const oak = card(d, 'oakfield');
    expect(oak.official).toBe(2);
    expect(oak.mentions).toBe(3);
    expect(card(d, 'kingsmead').mentions).toBe(2);
    expect(card(d, 'trust').mentions).toBe(1);
    expect(d.total.mentions).toBe(5); // m1..m5; m3 once
    expect(d.total.official).toBe(2);
    expect(oak.mentionsLastWeek).toBe(2);
    expect(oak.days.map((x) => x.mentions)).toEqual([0, 2, 0, 1, 0, 0, 0]);
    expect(card(d, 'trust').days[6]?.mentions).toBe(1);
  });

  it('computes the sentiment index (−100…+100) and its trend against last week and the 4-week average', () => {
    const s = card(d, 'oakfield').sentiment;
    expect(s.index).toBe(-33); // mean(-0.5, 0.3, -0.8)
    expect(s.lastWeek).toBe(30); // mean(0.4, 0.2)
    expect(s.avg4).toBe(28); // pooled W43–W46: 0, 0.2, 0.6, 0.4, 0.2
    expect(s.vsLastWeek).toBe(-63);
    expect(s.vsAvg4).toBe(-61);
    expect(s.samples).toBe(3);
    expect(card(d, 'kingsmead').sentiment.index).toBe(-30);
    expect(d.total.sentiment.index).toBe(-14); // (-0.5+0.3-0.8+0.2+0.1)/5
    expect(card(d, 'willowlane').sentiment.index).toBeNull();
    expect(card(d, 'oakfield').weeks.map((w) => w.sentiment)).toEqual([10, null, 60, 30, -33]);
  });

  it('counts flags by kind and severity per academy; the total counts a shared flag once', () => {
    const oak = card(d, 'oakfield');
    expect(oak.flags.total).toBe(4); // a5, a6, a11, a14
    expect(oak.flags.bySeverity).toEqual({ critical: 1, high: 0, medium: 3, low: 0 });
    expect(oak.flags.byKind.map((k) => [k.kind, k.count])).toEqual([
      ['threat', 1],
      ['disparaging', 3],
    ]);
    expect(oak.flags.lastWeek).toBe(1);
    const km = card(d, 'kingsmead');
    expect(km.flags.total).toBe(6); // a2, a9, a12, a13, a14, a15
    expect(km.flags.bySeverity).toEqual({ critical: 1, high: 3, medium: 1, low: 1 });
    expect(d.total.flags.total).toBe(12); // 13 raised in W47 minus none; a14 counted once
    expect(d.weekFlags).toHaveLength(12);
    expect(d.weekFlags.map((f) => f.id)).not.toContain('a1'); // raised on Monday of W48
    expect(d.falsePositives).toBe(1);
    expect(d.scorecards.slice(1).map((c) => c.scope)).toEqual([
      'kingsmead',
      'oakfield',
      'brookside',
      'willowlane',
    ]);
  });

  it('ranks the most concerning posts by severity then score, one entry per post, no false positives', () => {
    expect(d.concerns.map((c) => c.flagIds.join('+'))).toEqual(['a6', 'a2+a13', 'a15', 'a7', 'a4']);
    expect(d.concerns[1]?.kinds).toEqual(['safeguarding', 'abuse']);
    expect(d.concerns.flatMap((c) => c.flagIds)).not.toContain('a11');
  });

  it('lists open items with their age, overdue past the escalation hours, and take-downs', () => {
    const o = d.open;
    // Most severe first, then oldest first.
    expect(o.unacknowledged.map((i) => i.flagId)).toEqual([
      'a2',
      'a1',
      'a4',
      'a13',
      'a3',
      'lw1',
      'a5',
      'a14',
    ]);
    expect(o.overdue.map((i) => i.flagId)).toEqual(['a2', 'a4', 'a13']);
    expect(o.unacknowledged.find((i) => i.flagId === 'a1')?.ageHours).toBe(0.5);
    expect(o.unacknowledged.find((i) => i.flagId === 'a4')?.escalated).toBe(true);
    expect(o.bySeverity).toEqual({ critical: 2, high: 3, medium: 3, low: 0 });
    expect(o.urgent.map((i) => i.flagId)).toEqual(['a2', 'a1', 'a4', 'a13', 'a3']);
    expect(o.minor).toEqual([
      {
        kind: 'disparaging',
        severity: 'medium',
        scopeNames: ['Oakfield Academy'],
        count: 2,
        oldestHours: 261.5,
      },
      {
        kind: 'disparaging',
        severity: 'medium',
        scopeNames: ['Oakfield Academy', 'Kingsmead Academy'],
        count: 1,
        oldestHours: 92.5,
      },
    ]);
    expect(o.takedowns.map((x) => [x.flagId, x.overdue, x.escalatedToCeo, x.hoursSinceRequest])).toEqual([
      ['a6', true, true, 30.5],
      ['a7', false, false, 7.5],
    ]);
    expect(o.takedownsOverdue).toBe(1);
  });

  it('lists unapproved accounts and register gaps, holds overlapping the week, and X spend', () => {
    expect(d.accounts.unapproved.map((a) => [a.username, a.scopeName])).toEqual([
      ['Brookside_Conf', 'Brookside Primary'],
    ]);
    expect(d.accounts.registerGaps).toEqual([
      {
        flagId: 'a9',
        handle: 'KingsmeadSport',
        ownerName: 'Kingsmead Academy',
        problems: ['1 admin contact(s) instead of two'],
        knownGap: 'second admin in January',
        since: '2026-11-16T06:00:00.000Z',
      },
    ]);
    expect(d.holds.map((h) => [h.id, h.hoursInWeek, h.activeAtWeekEnd, h.breaches])).toEqual([
      ['h2', 36, false, 0],
      ['h3', 38, true, 1],
    ]);
    expect(d.usage).toMatchObject({
      month: '2026-11',
      usd: 60,
      budgetUsd: 150,
      pctOfBudget: 40,
      status: 'ok',
    });
    expect(d.usage.projectedUsd).toBeCloseTo(80.67, 2);
    expect(d.policy).toEqual({
      name: 'Riverside Learning Trust Social Media Policy',
      nextReviewDate: '2027-01-31',
      daysUntil: 69,
      status: 'ok',
    });
    expect(d.warnings).toEqual([]);
  });

  it('names a corrupt counter entry in the warnings instead of dropping it silently', async () => {
    await t.store.recordDay('willowlane', '2026-11-18', 'flags', 'odd:1', 'not-a-kind', NOW);
    const again = await buildDigestData({ config, store: t.store, clock: { now: () => NOW } });
    expect(again.warnings).toEqual([
      'counter willowlane/2026-11-18: flag entry odd:1 is not "kind|severity"',
    ]);
    expect(card(again, 'willowlane').flags.total).toBe(1);
  });

  it('puts flags and posts in the right week across the October clock change', async () => {
    const { store } = t;
    const f = (id: string, createdAt: string) =>
      putFlag(store, config, makeFlag({ id, createdAt, scopes: ['brookside'] }));
    await f('oct-w42', '2026-10-18T22:30:00.000Z'); // Sun 18 Oct 23:30 BST
    await f('oct-w43-first', '2026-10-18T23:30:00.000Z'); // Mon 19 Oct 00:30 BST
    await f('oct-w43-last', '2026-10-25T23:30:00.000Z'); // Sun 25 Oct 23:30 GMT
    await f('oct-w44', '2026-10-26T00:30:00.000Z'); // Mon 26 Oct 00:30 GMT
    await putPost(store, config, {
      id: 'oct-m',
      at: '2026-10-25T23:30:00Z',
      scopes: ['brookside'],
      source: 'mention',
      sentiment: 0.5,
    });
    const w43 = await buildDigestData({ config, store, clock: { now: () => NOW } }, '2026-W43');
    expect(w43.week.id).toBe('2026-W43');
    expect(w43.weekFlags.map((x) => x.id)).toEqual(['oct-w43-first', 'oct-w43-last']);
    const bs = card(w43, 'brookside');
    expect(bs.flags.total).toBe(2);
    expect(bs.days.map((x) => x.flags)).toEqual([1, 0, 0, 0, 0, 0, 1]);
    expect(bs.days[6]?.mentions).toBe(1);
    const w44 = await buildDigestData(
      { config, store, clock: { now: () => NOW } },
      Date.parse('2026-10-28T12:00:00Z'),
    );
    expect(w44.weekFlags.map((x) => x.id)).toEqual(['oct-w44']);
  });
});

describe('X spend and policy review', () => {
  const withBudget = (usd: number): Config => ({ ...config, x: { ...config.x, monthlyBudgetUsd: usd } });
  const u = (usd: number) => ({ month: '2026-11', requests: 1, postReads: 1, userReads: 1, usd });
  const mid = Date.parse('2026-11-16T00:00:00Z'); // 15 days into a 30-day month

  it('projects the month linearly and says when it will exceed or has exceeded the budget', () => {
    expect(usageSummary(withBudget(150), u(50), mid)).toMatchObject({
      projectedUsd: 100,
      status: 'ok',
      daysElapsed: 15,
    });
    expect(usageSummary(withBudget(150), u(80), mid)).toMatchObject({ projectedUsd: 160, status: 'at_risk' });
    expect(usageSummary(withBudget(150), u(151), mid)).toMatchObject({ status: 'over', pctOfBudget: 100.7 });
    expect(usageSummary(withBudget(150), u(3), Date.parse('2026-11-01T05:00:00Z')).projectedUsd).toBeNull();
    // A past month is complete: no extrapolation beyond its end.
    expect(usageSummary(withBudget(150), u(90), Date.parse('2027-01-05T00:00:00Z')).projectedUsd).toBe(90);
  });

  it('warns when the policy review is past or within 30 days', () => {
    const at = (date: string | undefined): Config => ({
      ...config,
      policy: { ...config.policy, ...(date ? { nextReviewDate: date } : { nextReviewDate: undefined }) },
    });
    expect(policyReview(at('2026-12-23'), NOW)).toMatchObject({ daysUntil: 30, status: 'due_soon' });
    expect(policyReview(at('2026-12-24'), NOW)).toMatchObject({ daysUntil: 31, status: 'ok' });
    expect(policyReview(at('2026-11-22'), NOW)).toMatchObject({ daysUntil: -1, status: 'overdue' });
    expect(policyReview(at(undefined), NOW).status).toBe('not_set');
  });
});
