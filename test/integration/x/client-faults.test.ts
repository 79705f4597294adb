/**
 * Every injected fault through the real twitter-api-v2 client → the XError our adapter promises.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { XError } from '../../../lib/x/errors';
import type { QueryGroup } from '../../../lib/x/types';
import { MIN, T0, post, riverside, scenarioOf, startWorld, worldUsers } from '../../fixtures/x/world';
import type { World } from '../../fixtures/x/world';

const users = worldUsers(riverside());
const g: QueryGroup = { id: 'g', source: 'mention', query: 'oakfield', covers: [] };
const SEARCH = '/2/tweets/search';
let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const setup = async (requestTimeoutMs = 2_000) => {
  world = await startWorld(scenarioOf(users, [post(T0 - MIN, '900', 'Oakfield rocks')]), {
    reader: { requestTimeoutMs },
  });
  return world;
};
const failure = async (w: World): Promise<XError> => {
  const e = await w.reader.search(g, {}).then(
    () => undefined,
    (err: unknown) => err,
  );
  if (!(e instanceof XError)) throw new Error(`expected an XError, got ${String(e)}`);
  return e;
};

describe('X adapter error mapping', () => {
  it('429 → rate_limited with resetAt from x-rate-limit-reset (s → ms), not retried', async () => {
    const w = await setup();
    w.fx.inject({ endpoint: SEARCH, fault: '429' });
    const e = await failure(w);
    expect(e.kind).toBe('rate_limited');
    expect(e.details.resetAt).toBe(Math.ceil((T0 + 15 * MIN) / 1000) * 1000);
    expect(w.sleeps).toEqual([]);
    expect((await w.reader.search(g, {})).posts).toHaveLength(1);
  });

  it('429 UsageCapExceeded → usage_cap', async () => {
    const w = await setup();
    w.fx.inject({ fault: 'usage_cap' });
    expect((await failure(w)).kind).toBe('usage_cap');
  });

  it('the server-side monthly cap answers UsageCapExceeded too', async () => {
    world = await startWorld(scenarioOf(users, [post(T0 - MIN, '900', 'Oakfield rocks')]), {
      fake: { monthlyPostCap: 1 },
    });
    await world.reader.search(g, {});
    expect((await failure(world)).kind).toBe('usage_cap');
  });

  it.each(['401', '403'] as const)('%s → auth, not retried', async (fault) => {
    const w = await setup();
    w.fx.inject({ fault });
    const e = await failure(w);
    expect(e.kind).toBe('auth');
    expect(e.details.status).toBe(Number(fault));
    expect(w.sleeps).toEqual([]);
  });

  it.each(['500', '503', 'timeout'] as const)(
    '%s is retried with jittered backoff, then succeeds',
    async (fault) => {
      const w = await setup(250);
      w.fx.inject({ endpoint: SEARCH, fault, times: 2 });
      const r = await w.reader.search(g, {});
      expect(r.posts).toHaveLength(1);
      expect(w.sleeps).toEqual([50, 100]); // random 0.5 × min(cap, 100 × 2^n)
    },
  );

  it.each(['500', '503', 'timeout'] as const)(
    '%s that persists → unavailable after bounded retries',
    async (fault) => {
      const w = await setup(250);
      w.fx.inject({ endpoint: SEARCH, fault, times: 3 });
      const e = await failure(w);
      expect(e.kind).toBe('unavailable');
      expect(w.sleeps).toHaveLength(2);
      expect(w.fx.stats().requests['/2/tweets/search/recent']).toBe(3);
    },
  );

  it.each(['shape', 'json'] as const)('a malformed 200 (%s) → bad_payload', async (variant) => {
    const w = await setup();
    w.fx.inject({ fault: 'malformed', variant });
    expect((await failure(w)).kind).toBe('bad_payload');
  });

  it('slow answers still arrive within the timeout', async () => {
    const w = await setup();
    w.fx.inject({ fault: 'slow', delayMs: 50 });
    expect((await w.reader.search(g, {})).posts).toHaveLength(1);
  });

  it('never puts the token or post text into an error', async () => {
    const w = await setup();
    for (const fault of ['401', 'malformed', '500'] as const) {
      w.fx.inject({ fault, times: 3 });
      const e = await failure(w);
      const dump = JSON.stringify({ m: e.message, d: e.details, s: e.stack });
      expect(dump).not.toContain(w.fx.bearerToken);
      expect(dump).not.toContain('Oakfield rocks');
    }
  });

  it('meters every request, failed ones included', async () => {
    const w = await setup();
    w.meter.beginCycle();
    w.fx.inject({ fault: '503' });
    await w.reader.search(g, {});
    expect(w.meter.cycle()).toMatchObject({ requests: 2, postReads: 1, billedPostReads: 1 });
  });
});

describe('user search (OAuth 1.0a user context)', () => {
  it('is only offered with user-context credentials; X refuses the app token', async () => {
    const w = await setup();
    expect(w.reader.searchUsers).toBeUndefined();
    const res = await fetch(`${w.fx.url}/2/users/search?query=oakfield`, {
      headers: { authorization: `Bearer ${w.fx.bearerToken}` },
    });
    expect(res.status).toBe(403);
    await w.close();
    world = await startWorld(scenarioOf(users, []), {
      reader: { userContext: { appKey: 'k', appSecret: 's', accessToken: 't', accessSecret: 'a' } },
    });
    const found = await world.reader.searchUsers?.('Oakfield');
    expect(found?.map((u) => u.username).sort()).toEqual(['Oakfield6th', 'OakfieldAcad', 'OakfieldPE']);
  });
});
