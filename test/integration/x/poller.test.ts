/**
 * pollGroups end to end: the planner's queries, the real twitter-api-v2 client, the fake X server on
 * a simulated clock, in-memory ports. Cycles are looped on the simulated clock.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Fault } from '../../../lib/local/fake-x';
import type { ScenarioInput } from '../../../lib/local/scenario';
import { planQueries } from '../../../lib/x/planner';
import { pollGroups } from '../../../lib/x/poller';
import type { PollBatch, PollReport } from '../../../lib/x/poller';
import type { QueryGroup } from '../../../lib/x/types';
import {
  DAY,
  HOUR,
  MIN,
  T0,
  post,
  riverside,
  scenarioOf,
  simClock,
  startWorld,
  worldUsers,
} from '../../fixtures/x/world';
import type { World } from '../../fixtures/x/world';

const config = riverside();
const groups = planQueries(config);
const users = worldUsers(config, 8);
const POLL = 5 * MIN;
// Account ids: RiversideLT 100, OakfieldAcad 101, … (worldUsers order); public people 900+.
const idOf = (handle: string) => String(100 + config.accounts.findIndex((a) => a.handle === handle));

/** A day of traffic from T0: official posts and mentions every few minutes, plus noise. */
const traffic = (): { posts: ScenarioInput['posts']; expected: Set<string> } => {
  const posts: ScenarioInput['posts'] = [];
  const expected = new Set<string>();
  const officials = ['RiversideLT', 'OakfieldAcad', 'KingsmeadAcad', 'BrooksidePri', 'WillowLanePri'];
  const mentionTexts = [
    'Worried about @OakfieldAcad',
    'Kingsmead parents evening chaos',
    'Go #BrooksideFamily',
    'Willow Lane is great',
    'The Riverside Trust again',
  ];
  for (let i = 0; i < 60; i++) {
    const ms = T0 + i * 3 * MIN + 30_000;
    const o = post(
      ms,
      idOf(officials[i % officials.length] as string),
      `Assembly news number ${i} at Oakfield`,
    );
    const m = post(
      ms + 10_000,
      String(900 + (i % 8)),
      `${mentionTexts[i % mentionTexts.length] as string} (${i})`,
    );
    const noise = post(ms + 20_000, String(900 + (i % 8)), `unrelated chatter ${i}`);
    posts.push(o, m, noise);
    expected.add(o.id);
    expected.add(m.id);
  }
  return { posts, expected };
};

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const deps = (w: World) => ({ reader: w.reader, meter: w.meter, clock: w.clock, ...w.ports });

/** Poll every 5 simulated minutes from T0 for `cycles` cycles; collect what `handle` got. */
const loop = async (
  w: World,
  cycles: number,
  onCycle: (i: number) => void = () => undefined,
  handle?: (b: PollBatch) => Promise<void>,
) => {
  const handed: PollBatch[] = [];
  const reports: PollReport[] = [];
  for (let i = 0; i < cycles; i++) {
    w.clock.set(T0 + (i + 1) * POLL);
    onCycle(i);
    reports.push(
      await pollGroups(deps(w), groups, async (b) => {
        if (handle) await handle(b);
        handed.push(b);
      }),
    );
  }
  return { handed, reports, ids: handed.flatMap((b) => b.posts.map((p) => p.id)) };
};

describe('pollGroups', () => {
  it('reads every relevant post once, fills authors with one lookup, and advances cursors', async () => {
    const { posts, expected } = traffic();
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0) });
    const { handed, ids, reports } = await loop(world, 40);
    expect(new Set(ids)).toEqual(expected);
    expect(ids).toHaveLength(expected.size); // exactly once
    const all = handed.flatMap((b) => b.posts);
    expect(all.every((p) => p.authorUsername !== undefined && p.authorName !== undefined)).toBe(true);
    const official = all.filter((p) => p.source === 'official');
    expect(official).toHaveLength(60);
    expect(official.every((p) => p.accountHandle === p.authorUsername)).toBe(true);
    // Authors: 5 official handles resolved once via users/by (all 10), 8 public people via /2/users.
    const s = world.fx.stats();
    expect(s.requests['/2/users/by']).toBe(1);
    expect(s.billed.userReads).toBe(10 + 8);
    expect(s.byEndpoint['/2/users']?.users).toBe(8);
    expect(s.byEndpoint['/2/tweets/search/recent']?.users).toBe(0); // no user expansions on posts
    // Searches: one per group per cycle, nothing else.
    expect(s.requests['/2/tweets/search/recent']).toBe(40 * groups.length);
    expect(reports.every((r) => r.groups.every((g) => g.status === 'ok'))).toBe(true);
    for (const g of groups) expect(await world.ports.cursors.get(g.id)).toBeDefined();
    expect(s.rateLimited).toBe(0);
  });

  it('advances a cursor only after handle resolves; a throwing handle stops the cycle and rethrows', async () => {
    const { posts } = traffic();
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0) });
    world.clock.set(T0 + 10 * MIN);
    const boom = new Error('store down');
    const seen: string[] = [];
    await expect(
      pollGroups(deps(world), groups, (b) => {
        seen.push(b.group.id);
        return Promise.reject(boom);
      }),
    ).rejects.toBe(boom);
    expect(seen).toHaveLength(1); // stopped at the first group
    // No cursor moved past a post: each stays where the first run pinned it (now − lookback).
    const cursors = world.ports.cursors;
    const pinned = await Promise.all(groups.map((g) => cursors.get(g.id)));
    // The retry (same cycle, e.g. Lambda retry) hands the same posts again, then cursors move.
    const again: string[] = [];
    await pollGroups(deps(world), groups, (b) => {
      again.push(...b.posts.map((p) => p.id));
      return Promise.resolve();
    });
    expect(again.length).toBeGreaterThan(0);
    const oldest = again.reduce((m, id) => (BigInt(id) < m ? BigInt(id) : m), BigInt(again[0] ?? '0'));
    for (const c of pinned) expect(c !== undefined && BigInt(c) < oldest).toBe(true);
    for (const [i, g] of groups.entries()) {
      const now = await cursors.get(g.id);
      expect(now).toBeDefined();
      expect(BigInt(now ?? '0')).toBeGreaterThanOrEqual(BigInt(pinned[i] ?? '0'));
    }
  });

  const faults: { name: string; fault: Fault }[] = [
    { name: '429', fault: { endpoint: '/2/tweets/search', fault: '429', times: 2 } },
    { name: 'usage cap', fault: { fault: 'usage_cap', times: 3 } },
    { name: '500 beyond retries', fault: { endpoint: '/2/tweets/search', fault: '500', times: 4 } },
    { name: '503 beyond retries', fault: { endpoint: '/2/tweets/search', fault: '503', times: 5 } },
    { name: 'timeout beyond retries', fault: { endpoint: '/2/tweets/search', fault: 'timeout', times: 3 } },
    { name: 'malformed search', fault: { endpoint: '/2/tweets/search', fault: 'malformed', times: 2 } },
    { name: 'malformed user lookup', fault: { endpoint: '/2/users', fault: 'malformed', times: 1 } },
    { name: '500 on user lookup', fault: { endpoint: '/2/users', fault: '500', times: 6 } },
    { name: '401', fault: { fault: '401', times: 4 } },
  ];

  it.each(faults)('under $name, every post is eventually handed exactly once', async ({ fault }) => {
    const { posts, expected } = traffic();
    const reader = fault.fault === 'timeout' ? { requestTimeoutMs: 250 } : {};
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0), reader });
    const w = world;
    const { ids, reports } = await loop(w, 45, (i) => {
      if (i === 3 || i === 11 || i === 12) w.fx.inject(fault);
    });
    expect(ids).toHaveLength(expected.size);
    expect(new Set(ids)).toEqual(expected);
    const failed = reports.flatMap((r) => r.groups).filter((g) => g.status !== 'ok');
    expect(failed.length).toBeGreaterThan(0); // the fault did bite
    if (fault.fault === '401') expect(reports.some((r) => r.authFailed)).toBe(true);
  });

  it('skips a failing group with its cursor untouched while the others go on', async () => {
    const { posts } = traffic();
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0) });
    await loop(world, 2);
    const before = await Promise.all(groups.map((g) => world?.ports.cursors.get(g.id)));
    world.clock.set(T0 + 20 * MIN);
    world.fx.inject({ endpoint: '/2/tweets/search', fault: 'malformed', times: 1 });
    const r = await pollGroups(deps(world), groups, () => Promise.resolve());
    expect(r.groups.map((g) => g.status)).toEqual(['bad_payload', ...groups.slice(1).map(() => 'ok')]);
    expect(await world.ports.cursors.get(groups[0]?.id as string)).toBe(before[0]);
    expect(await world.ports.cursors.get(groups[1]?.id as string)).not.toBe(before[1]);
  });

  it('after a rate limit, does not spend requests on the other groups and reports resetAt', async () => {
    world = await startWorld(scenarioOf(users, traffic().posts), { clock: simClock(T0) });
    world.clock.set(T0 + 10 * MIN);
    world.fx.inject({ endpoint: '/2/tweets/search', fault: '429', times: 1 });
    const r = await pollGroups(deps(world), groups, () => Promise.resolve());
    expect(r.groups.every((g) => g.status === 'rate_limited' && g.resetAt !== undefined)).toBe(true);
    expect(world.fx.stats().requests['/2/tweets/search/recent']).toBe(1);
  });

  it('leaves no gap when the cycle after an empty first run fails', async () => {
    const g: QueryGroup[] = [{ id: 'quiet', source: 'mention', query: 'kingsmead', covers: ['Kingsmead'] }];
    const p = post(T0 + 7 * MIN, '900', 'Kingsmead late post'); // after cycle 1, during failed cycle 2
    world = await startWorld(scenarioOf(users, [p]), { clock: simClock(T0) });
    const got: string[] = [];
    const h = (b: PollBatch) => {
      got.push(...b.posts.map((x) => x.id));
      return Promise.resolve();
    };
    world.clock.set(T0 + 5 * MIN);
    await pollGroups(deps(world), g, h);
    world.clock.set(T0 + 10 * MIN);
    world.fx.inject({ fault: 'malformed' });
    await pollGroups(deps(world), g, h);
    world.clock.set(T0 + 15 * MIN);
    await pollGroups(deps(world), g, h);
    expect(got).toEqual([p.id]);
  });

  it('leaves no gap when the first runs themselves fail: the first window is pinned, not slid', async () => {
    const g: QueryGroup[] = [{ id: 'new', source: 'mention', query: 'kingsmead', covers: ['Kingsmead'] }];
    const p = post(T0 + 2 * MIN, '900', 'Kingsmead early post'); // inside the first run's look-back
    world = await startWorld(scenarioOf(users, [p]), { clock: simClock(T0) });
    const got: string[] = [];
    const h = (b: PollBatch) => {
      got.push(...b.posts.map((x) => x.id));
      return Promise.resolve();
    };
    for (const [at, fault] of [
      [T0 + 5 * MIN, true],
      [T0 + 10 * MIN, true],
      [T0 + 15 * MIN, false],
    ] as const) {
      world.clock.set(at);
      if (fault) world.fx.inject({ fault: 'malformed' });
      const r = await pollGroups(deps(world), g, h);
      expect(r.groups[0]?.status).toBe(fault ? 'bad_payload' : 'ok');
    }
    expect(got).toEqual([p.id]);
  });

  it('over budget: mentions are read every few cycles, official every cycle; alerts reported once', async () => {
    const { posts, expected } = traffic();
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0), budgetUsd: 0.2 }); // 40 post reads
    const { reports, ids } = await loop(world, 45);
    const alerts = reports.flatMap((r) => r.alerts.map((a) => a.level));
    expect(alerts).toEqual(['warning', 'exceeded']);
    const later = reports.slice(-12);
    expect(
      later.every((r) => r.groups.filter((g) => g.source === 'official').every((g) => g.status === 'ok')),
    ).toBe(true);
    const deferred = later.flatMap((r) => r.groups).filter((g) => g.status === 'deferred');
    expect(deferred.length).toBeGreaterThan(0);
    expect(later.some((r) => r.groups.some((g) => g.source === 'mention' && g.status === 'ok'))).toBe(true);
    // Throttled, not dropped: everything still arrives once.
    expect(new Set(ids)).toEqual(expected);
    expect(ids).toHaveLength(expected.size);
  });

  it('resolves unknown authors across all groups in as few /2/users calls as possible (100 ids each)', async () => {
    const crowd = Array.from({ length: 250 }, (_, i) => ({
      id: String(5000 + i),
      username: `crowd${i}`,
      name: `Crowd ${i}`,
    }));
    const posts = crowd.map((u, i) =>
      post(T0 + 1000 * i, u.id, i % 2 ? 'Kingsmead is closed' : 'Oakfield is closed'),
    );
    world = await startWorld(scenarioOf([...users, ...crowd], posts), { clock: simClock(T0) });
    world.clock.set(T0 + 5 * MIN);
    const r = await pollGroups(deps(world), groups, () => Promise.resolve());
    expect(r.groups.reduce((n, g) => n + g.posts, 0)).toBe(250);
    expect(world.fx.stats().requests['/2/users']).toBe(3);
    expect(r.userReads).toBe(250 + 10); // the crowd + the 10 registered accounts (users/by, once)
    // Known authors are not read again.
    world.clock.set(T0 + 10 * MIN);
    await pollGroups(deps(world), groups, () => Promise.resolve());
    expect(world.fx.stats().requests['/2/users']).toBe(3);
  });

  it('never returns post text or tokens in its report', async () => {
    const { posts } = traffic();
    world = await startWorld(scenarioOf(users, posts), { clock: simClock(T0 + HOUR) });
    world.fx.inject({ fault: '401' });
    const r = await pollGroups(deps(world), groups, () => Promise.resolve());
    const dump = JSON.stringify(r);
    expect(dump).not.toContain(world.fx.bearerToken);
    expect(dump).not.toContain('Assembly news');
    expect(DAY).toBeGreaterThan(0);
  });
});
