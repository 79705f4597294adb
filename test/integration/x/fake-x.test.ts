/**
 * The fake X server through the real twitter-api-v2 client (our reader) and plain HTTP: search
 * semantics, paging, the 7-day window, visibility over time, lookups, auth and rate limits.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { isXError } from '../../../lib/x/errors';
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
const users = worldUsers(config);
const TRUST = '100'; // @RiversideLT
const PARENT = '900';
const g = (query: string): QueryGroup => ({ id: 'g', source: 'mention', query, covers: [] });

let world: World | undefined;
afterEach(async () => {
  await world?.close();
  world = undefined;
});

const get = async (w: World, path: string, token = w.fx.bearerToken) => {
  const res = await fetch(`${w.fx.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
};

describe('fake X: recent search', () => {
  it('returns matching posts newest first, pages with next_token, and honours since_id', async () => {
    const posts = Array.from({ length: 25 }, (_, i) =>
      post(T0 - HOUR + i * MIN, PARENT, `post ${i} about Oakfield`),
    );
    posts.push(post(T0 - HOUR, PARENT, 'nothing relevant'));
    world = await startWorld(scenarioOf(users, posts), { reader: { pageSize: 10 } });
    const r = await world.reader.search(g('oakfield'), { startTime: new Date(T0 - 2 * HOUR).toISOString() });
    expect(r.posts).toHaveLength(25);
    expect(r.pages).toBe(3);
    expect(r.posts.map((p) => p.text)).toEqual(posts.slice(0, 25).map((p) => p.text)); // oldest first
    expect(r.newestId).toBe(posts[24]?.id);
    // since_id is exclusive
    const again = await world.reader.search(g('oakfield'), { sinceId: posts[22]?.id as string });
    expect(again.posts.map((p) => p.id)).toEqual([posts[23]?.id, posts[24]?.id]);
    const none = await world.reader.search(g('oakfield'), { sinceId: r.newestId as string });
    expect(none).toEqual({ posts: [], pages: 1 });
  });

  it('shows a post only between created_at and deleted_at on the simulated clock', async () => {
    const p = post(T0 + 10 * MIN, PARENT, 'Kingsmead news', {
      deleted_at: new Date(T0 + 30 * MIN).toISOString(),
    });
    const clock = simClock(T0);
    world = await startWorld(scenarioOf(users, [p]), { clock });
    const since = { startTime: new Date(T0 - MIN).toISOString() };
    expect((await world.reader.search(g('kingsmead'), since)).posts).toHaveLength(0);
    clock.set(T0 + 10 * MIN);
    expect((await world.reader.search(g('kingsmead'), since)).posts).toHaveLength(1);
    expect((await world.reader.visibility([p.id])).get(p.id)).toBe('live');
    clock.set(T0 + 30 * MIN);
    expect((await world.reader.search(g('kingsmead'), since)).posts).toHaveLength(0);
    expect((await world.reader.visibility([p.id])).get(p.id)).toBe('deleted');
  });

  it('keeps to the 7-day window and rejects older start_time and since_id like X', async () => {
    const old = post(T0 - 8 * DAY, PARENT, 'old Oakfield post');
    const recent = post(T0 - 6 * DAY, PARENT, 'recent Oakfield post');
    world = await startWorld(scenarioOf(users, [old, recent], T0 - 9 * DAY));
    const r = await get(world, `/2/tweets/search/recent?query=oakfield&max_results=10`);
    expect((r.body.data as { id: string }[]).map((d) => d.id)).toEqual([recent.id]);
    const bad = await get(
      world,
      `/2/tweets/search/recent?query=oakfield&start_time=${new Date(T0 - 8 * DAY).toISOString()}`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.title).toBe('Invalid Request');
    // Our reader recovers from a cursor older than the window by resuming from the window's start.
    const resumed = await world.reader.search(g('oakfield'), { sinceId: old.id });
    expect(resumed.posts.map((p) => p.id)).toEqual([recent.id]);
  });

  it('validates max_results and query length with X-style 400s', async () => {
    world = await startWorld(scenarioOf(users, []));
    for (const q of [
      'query=a&max_results=9',
      'query=a&max_results=101',
      `query=${'a'.repeat(513)}`,
      'query=-a',
      'query=a&bogus=1',
    ]) {
      const r = await get(world, `/2/tweets/search/recent?${q}`);
      expect(r.status, q).toBe(400);
      expect(r.body.type).toBe('https://api.x.com/2/problems/invalid-request');
    }
    expect((await get(world, `/2/tweets/search/recent?query=${'a'.repeat(512)}&max_results=10`)).status).toBe(
      200,
    );
    const err = await world.reader.search(g('x'.repeat(513)), {}).catch((e: unknown) => e);
    expect(isXError(err, 'bad_payload')).toBe(true);
  });

  it('returns users only when expanded, and entities computed from text', async () => {
    const p = post(T0 - MIN, PARENT, 'Well done @OakfieldAcad #proud');
    world = await startWorld(scenarioOf(users, [p]));
    const plain = await get(
      world,
      '/2/tweets/search/recent?query=%40oakfieldacad&tweet.fields=entities,author_id',
    );
    expect(plain.body.includes).toBeUndefined();
    const data = plain.body.data as { entities: { mentions: { username: string; id: string }[] } }[];
    expect(data[0]?.entities.mentions[0]).toMatchObject({ username: 'OakfieldAcad', id: '101' });
    const expanded = await get(
      world,
      '/2/tweets/search/recent?query=%40oakfieldacad&expansions=author_id&user.fields=description',
    );
    expect(expanded.body.includes).toEqual({
      users: [{ id: PARENT, name: 'Person 0', username: 'person0', description: 'a parent' }],
    });
    expect(world.fx.stats().usersReturned).toBe(1);
  });
});

describe('fake X: timelines and lookups', () => {
  it('serves a user timeline and mentions with since_id, pagination and max_results 5–100', async () => {
    const own = Array.from({ length: 7 }, (_, i) => post(T0 - HOUR + i * MIN, TRUST, `trust post ${i}`));
    const mention = post(T0 - MIN, PARENT, 'hey @RiversideLT');
    world = await startWorld(scenarioOf(users, [...own, mention]));
    const p1 = await get(world, `/2/users/${TRUST}/tweets?max_results=5`);
    expect((p1.body.data as unknown[]).length).toBe(5);
    const meta = p1.body.meta as { next_token: string; newest_id: string };
    expect(meta.newest_id).toBe(own[6]?.id);
    const p2 = await get(world, `/2/users/${TRUST}/tweets?max_results=5&pagination_token=${meta.next_token}`);
    expect((p2.body.data as unknown[]).length).toBe(2);
    expect((await get(world, `/2/users/${TRUST}/tweets?max_results=4`)).status).toBe(400);
    const since = await get(world, `/2/users/${TRUST}/tweets?since_id=${own[5]?.id}`);
    expect((since.body.data as { id: string }[]).map((d) => d.id)).toEqual([own[6]?.id]);
    const m = await get(world, `/2/users/${TRUST}/mentions`);
    expect((m.body.data as { id: string }[]).map((d) => d.id)).toEqual([mention.id]);
  });

  it('looks users up by username and id, omitting the unknown (sample 01)', async () => {
    world = await startWorld(scenarioOf(users, []));
    const found = await world.reader.usersByUsernames(['RiversideLT', 'nosuchuser', 'oakfieldacad']);
    expect(found.map((u) => u.username).sort()).toEqual(['OakfieldAcad', 'RiversideLT']);
    const raw = await get(world, '/2/users/by?usernames=RiversideLT,nosuchuser');
    expect((raw.body.errors as { title: string }[])[0]?.title).toBe('Not Found Error');
    const byId = await world.reader.usersByIds([PARENT, '123456']);
    expect(byId).toEqual([
      {
        id: PARENT,
        username: 'person0',
        name: 'Person 0',
        description: 'a parent',
        protected: false,
        verified: false,
      },
    ]);
  });

  it('maps post visibility: deleted, protected, suspended (sample 06)', async () => {
    const u = [
      ...users,
      { id: '700', username: 'locked', name: 'Locked', protected: true },
      { id: '701', username: 'banned', name: 'Banned', suspended_at: new Date(T0 - HOUR).toISOString() },
    ];
    const live = post(T0 - 2 * HOUR, PARENT, 'live');
    const gone = post(T0 - 2 * HOUR, PARENT, 'gone', { deleted_at: new Date(T0 - HOUR).toISOString() });
    const prot = post(T0 - 2 * HOUR, '700', 'protected');
    const susp = post(T0 - 2 * HOUR, '701', 'suspended');
    world = await startWorld(scenarioOf(u, [live, gone, prot, susp]));
    const v = await world.reader.visibility([live.id, gone.id, prot.id, susp.id]);
    expect(Object.fromEntries(v)).toEqual({
      [live.id]: 'live',
      [gone.id]: 'deleted',
      [prot.id]: 'protected',
      [susp.id]: 'suspended',
    });
    expect(
      (await world.reader.search(g('protected OR suspended OR live'), {})).posts.map((p) => p.text),
    ).toEqual(['live']);
  });
});

describe('fake X: auth and rate limits', () => {
  it('answers 401 to a wrong bearer token', async () => {
    world = await startWorld(scenarioOf(users, []));
    const r = await get(world, '/2/users/by?usernames=RiversideLT', 'wrong');
    expect(r.status).toBe(401);
    expect(r.body.title).toBe('Unauthorized');
  });

  it('counts requests per endpoint per 15-minute window and answers 429 with the reset time', async () => {
    const clock = simClock(T0);
    world = await startWorld(scenarioOf(users, []), { clock, fake: { limits: { '/2/users/by': 3 } } });
    for (let i = 0; i < 3; i++) {
      const ok = await get(world, '/2/users/by?usernames=RiversideLT');
      expect(ok.headers.get('x-rate-limit-remaining')).toBe(String(2 - i));
    }
    const limited = await get(world, '/2/users/by?usernames=RiversideLT');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-rate-limit-reset')).toBe(String(Math.ceil((T0 + 15 * MIN) / 1000)));
    // Other endpoints have their own counters.
    expect((await get(world, '/2/users?ids=100')).status).toBe(200);
    const err = await world.reader.usersByUsernames(['RiversideLT']).catch((e: unknown) => e);
    expect(isXError(err, 'rate_limited') && err.details.resetAt).toBe(
      Math.ceil((T0 + 15 * MIN) / 1000) * 1000,
    );
    clock.advance(15 * MIN);
    expect(await world.reader.usersByUsernames(['RiversideLT'])).toHaveLength(1);
    expect(world.fx.stats().rateLimited).toBe(2);
  });

  it('uses X app limits by default: the 451st search in a window is refused', async () => {
    world = await startWorld(scenarioOf(users, []));
    const w = world;
    const statuses = await Promise.all(
      Array.from({ length: 451 }, () =>
        fetch(`${w.fx.url}/2/tweets/search/recent?query=a`, {
          headers: { authorization: `Bearer ${w.fx.bearerToken}` },
        }).then(async (r) => {
          await r.arrayBuffer();
          return r.status;
        }),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(450);
    expect(statuses.filter((s) => s === 429)).toHaveLength(1);
  });
});
