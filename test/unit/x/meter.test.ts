import { describe, expect, it } from 'vitest';
import { MemoryUsageStore } from '../../../lib/x/memory';
import { budgetPolicy, CostMeter } from '../../../lib/x/meter';

const setup = (budget = 1) => {
  let now = Date.parse('2026-03-31T23:00:00Z');
  const clock = { now: () => now };
  const store = new MemoryUsageStore();
  const meter = new CostMeter({
    prices: { postRead: 0.005, userRead: 0.01 },
    monthlyBudgetUsd: budget,
    store,
    clock,
  });
  return { meter, store, set: (ms: number) => (now = ms), clock };
};
const ids = (from: number, n: number) => Array.from({ length: n }, (_, i) => String(from + i));

describe('CostMeter', () => {
  it('counts requests, raw and billed reads, and dollars', async () => {
    const { meter } = setup(100);
    meter.beginCycle();
    await meter.record({ endpoint: 's', postIds: ids(1, 10), userIds: ['u1'] });
    await meter.record({ endpoint: 's' });
    expect(meter.cycle()).toEqual({
      requests: 2,
      postReads: 10,
      userReads: 1,
      billedPostReads: 10,
      billedUserReads: 1,
      usd: 0.06,
    });
  });

  it('bills the same resource once per UTC day, again the next day', async () => {
    const { meter, set } = setup(100);
    await meter.record({ endpoint: 's', postIds: ['1', '2'], userIds: ['9'] });
    await meter.record({ endpoint: 's', postIds: ['1', '2', '3'], userIds: ['9'] });
    let m = await meter.month();
    expect([m.postReads, m.billedPostReads, m.billedUserReads]).toEqual([5, 3, 1]);
    set(Date.parse('2026-03-31T23:59:59Z'));
    await meter.record({ endpoint: 's', postIds: ['1'] });
    expect((await meter.month()).billedPostReads).toBe(3);
    set(Date.parse('2026-04-01T00:00:01Z')); // new day and new month
    await meter.record({ endpoint: 's', postIds: ['1'] });
    m = await meter.month();
    expect(m.month).toBe('2026-04');
    expect(m.billedPostReads).toBe(1);
  });

  it('dedupes across processes when the store remembers the day', async () => {
    const { store, clock } = setup(100);
    const a = new CostMeter({
      prices: { postRead: 0.005, userRead: 0.01 },
      monthlyBudgetUsd: 100,
      store,
      clock,
    });
    const b = new CostMeter({
      prices: { postRead: 0.005, userRead: 0.01 },
      monthlyBudgetUsd: 100,
      store,
      clock,
    });
    await a.record({ endpoint: 's', postIds: ['1'] });
    await b.record({ endpoint: 's', postIds: ['1'] });
    expect((await store.get('2026-03')).billedPostReads).toBe(1);
  });

  it('alerts once at 80% and once at 100% of the monthly budget', async () => {
    const { meter } = setup(1); // $1 = 200 post reads
    await meter.record({ endpoint: 's', postIds: ids(1, 150) }); // $0.75
    expect(meter.drainAlerts()).toEqual([]);
    expect((await meter.budget()).level).toBe('ok');
    await meter.record({ endpoint: 's', postIds: ids(1000, 20) }); // $0.85
    const warn = meter.drainAlerts();
    expect(warn.map((a) => a.level)).toEqual(['warning']);
    expect(warn[0]?.message).toMatch(/80%/);
    await meter.record({ endpoint: 's', postIds: ids(2000, 10) }); // $0.90
    expect(meter.drainAlerts()).toEqual([]);
    await meter.record({ endpoint: 's', postIds: ids(3000, 40) }); // $1.10
    expect(meter.drainAlerts().map((a) => a.level)).toEqual(['exceeded']);
    await meter.record({ endpoint: 's', postIds: ids(4000, 40) });
    expect(meter.drainAlerts()).toEqual([]);
    expect((await meter.budget()).level).toBe('exceeded');
  });

  it('a second process does not alert again for the same month', async () => {
    const { store, clock } = setup(1);
    const a = new CostMeter({
      prices: { postRead: 0.005, userRead: 0.01 },
      monthlyBudgetUsd: 1,
      store,
      clock,
    });
    await a.record({ endpoint: 's', postIds: ids(1, 170) });
    expect(a.drainAlerts()).toHaveLength(1);
    const b = new CostMeter({
      prices: { postRead: 0.005, userRead: 0.01 },
      monthlyBudgetUsd: 1,
      store,
      clock,
    });
    await b.budget();
    expect(b.drainAlerts()).toEqual([]);
  });

  it('over budget: discovery stops first, then mentions are read less often', () => {
    expect(budgetPolicy(0.5)).toEqual({ discovery: true, mentionEvery: 1 });
    expect(budgetPolicy(0.9)).toEqual({ discovery: true, mentionEvery: 1 });
    expect(budgetPolicy(1)).toEqual({ discovery: false, mentionEvery: 3 });
    expect(budgetPolicy(1.5).mentionEvery).toBeGreaterThan(3);
  });
});
