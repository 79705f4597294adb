/**
 * The fake X server cannot drift from the real API: every endpoint's responses, success and error,
 * are validated against the official OpenAPI spec (a copy of shared/xapi/openapi.json in test/fixtures) with ajv, resolving
 * `$ref`s to `#/components/...` inside the spec.
 *
 * Where the spec has no schema for a body the live API really sends (the `about:blank` problems of
 * 401/429/503, UsageCapExceeded and Client Forbidden, all recorded in sample 07 and in X's docs), the
 * test checks it against the recorded sample's shape instead and asserts that the spec indeed does
 * not describe it, so the day the spec does, this test says so.
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import type { ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DAY,
  HOUR,
  MIN,
  T0,
  post,
  riverside,
  scenarioOf,
  startWorld,
  worldUsers,
} from '../../fixtures/x/world';
import type { World } from '../../fixtures/x/world';

// Copies of shared/xapi (test/fixtures/x/xapi/README.md), so the contract is checked on every machine.
const SPEC_PATH = new URL('../../fixtures/x/xapi/openapi.json', import.meta.url);
const SAMPLES = new URL('../../fixtures/x/xapi/samples/', import.meta.url);

interface Spec {
  paths: Record<
    string,
    { get?: { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> } }
  >;
}

// ajv-formats is CJS with a default export; under ESM interop the callable may sit on .default.
const addFormats =
  (addFormatsPlugin as unknown as { default?: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

describe('fake X responses conform to the official OpenAPI spec', () => {
  const spec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as Spec;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  ajv.addFormat('int32', true).addFormat('int64', true).addFormat('double', true);
  ajv.addSchema(spec as object, 'openapi.json');
  const validators = new Map<string, ValidateFunction>();
  const validatorFor = (path: string, status: number, contentType: string): ValidateFunction | undefined => {
    const responses = spec.paths[path]?.get?.responses;
    if (!responses) throw new Error(`spec has no GET ${path}`);
    const resp = responses[String(status)] ?? responses.default;
    const media = contentType.includes('problem+json') ? 'application/problem+json' : 'application/json';
    const ref = resp?.content?.[media]?.schema.$ref;
    if (ref === undefined) return undefined;
    const key = `openapi.json${ref}`;
    let v = validators.get(key);
    if (!v) {
      v = ajv.compile({ $ref: key });
      validators.set(key, v);
    }
    return v;
  };

  // Shapes of recorded bodies the spec does not describe (sample 07 and X's documented errors).
  const sample07 = JSON.parse(readFileSync(new URL('07_rate_limit_429_variants.json', SAMPLES), 'utf8')) as {
    cases: { body: unknown }[];
  };
  const keysOf = (o: unknown) => Object.keys(o as object).sort();
  const aboutBlank = keysOf(sample07.cases[1]?.body);
  const usageCap = keysOf(sample07.cases[2]?.body);

  let world: World;
  const users = [
    ...worldUsers(riverside()),
    { id: '700', username: 'locked', name: 'Locked', protected: true },
    { id: '701', username: 'banned', name: 'Banned', suspended_at: new Date(T0 - HOUR).toISOString() },
  ];
  const live = post(T0 - HOUR, '900', 'Hello @OakfieldAcad about #Oakfield https://example.org', {
    in_reply_to_user_id: '101',
    conversation_id: '1',
  });
  const rt = post(T0 - 30 * MIN, '901', 'RT @person0: Hello @OakfieldAcad', {
    referenced_tweets: [{ type: 'retweeted', id: live.id }],
  });
  const gone = post(T0 - 2 * HOUR, '900', 'gone', { deleted_at: new Date(T0 - HOUR).toISOString() });
  const prot = post(T0 - 2 * HOUR, '700', 'protected');
  const own = post(T0 - 3 * HOUR, '100', 'From the trust');

  beforeAll(async () => {
    world = await startWorld(scenarioOf(users, [live, rt, gone, prot, own], T0 - 2 * DAY));
  });
  afterAll(async () => {
    await world.close();
  });

  const fields =
    'tweet.fields=created_at,author_id,conversation_id,in_reply_to_user_id,referenced_tweets,entities,lang&expansions=author_id,referenced_tweets.id,entities.mentions.username&user.fields=created_at,description,protected,verified';
  const cases: { name: string; url: string; spec: string; status: number; token?: string }[] = [
    {
      name: 'search',
      url: `/2/tweets/search/recent?query=oakfield&${fields}`,
      spec: '/2/tweets/search/recent',
      status: 200,
    },
    {
      name: 'search, paged',
      url: '/2/tweets/search/recent?query=oakfield&max_results=10',
      spec: '/2/tweets/search/recent',
      status: 200,
    },
    {
      name: 'search, empty',
      url: '/2/tweets/search/recent?query=nothingmatches',
      spec: '/2/tweets/search/recent',
      status: 200,
    },
    {
      name: 'search, bad max_results',
      url: '/2/tweets/search/recent?query=a&max_results=5',
      spec: '/2/tweets/search/recent',
      status: 400,
    },
    {
      name: 'search, query too long',
      url: `/2/tweets/search/recent?query=${'a'.repeat(513)}`,
      spec: '/2/tweets/search/recent',
      status: 400,
    },
    { name: 'timeline', url: `/2/users/100/tweets?${fields}`, spec: '/2/users/{id}/tweets', status: 200 },
    { name: 'mentions', url: `/2/users/101/mentions?${fields}`, spec: '/2/users/{id}/mentions', status: 200 },
    {
      name: 'timeline, bad max_results',
      url: '/2/users/100/tweets?max_results=200',
      spec: '/2/users/{id}/tweets',
      status: 400,
    },
    {
      name: 'users/by with not found',
      url: '/2/users/by?usernames=RiversideLT,nosuchuser,banned&user.fields=created_at,description',
      spec: '/2/users/by',
      status: 200,
    },
    {
      name: 'users by ids',
      url: '/2/users?ids=100,900,123&user.fields=protected,verified',
      spec: '/2/users',
      status: 200,
    },
    { name: 'user by id', url: '/2/users/100', spec: '/2/users/{id}', status: 200 },
    { name: 'user by id, not found', url: '/2/users/123', spec: '/2/users/{id}', status: 200 },
    {
      name: 'tweets lookup, deleted + protected',
      url: `/2/tweets?ids=${live.id},${gone.id},${prot.id}&${fields}`,
      spec: '/2/tweets',
      status: 200,
    },
    {
      name: 'tweets lookup, too many ids',
      url: `/2/tweets?ids=${Array.from({ length: 101 }, (_, i) => i + 1).join(',')}`,
      spec: '/2/tweets',
      status: 400,
    },
    { name: 'usage', url: '/2/usage/tweets?days=3', spec: '/2/usage/tweets', status: 200 },
  ];

  it.each(cases)('$name', async (c) => {
    const res = await fetch(`${world.fx.url}${c.url}`, {
      headers: { authorization: `Bearer ${world.fx.bearerToken}` },
    });
    expect(res.status).toBe(c.status);
    const body: unknown = await res.json();
    const v = validatorFor(c.spec, res.status, res.headers.get('content-type') ?? '');
    expect(v, 'spec has a schema for this response').toBeDefined();
    const ok = v?.(body);
    expect(v?.errors ?? [], JSON.stringify(body).slice(0, 300)).toEqual([]);
    expect(ok).toBe(true);
  });

  it('user search (OAuth 1.0a user context)', async () => {
    const res = await fetch(
      `${world.fx.url}/2/users/search?query=Oakfield&max_results=2&user.fields=description`,
      {
        headers: { authorization: 'OAuth oauth_consumer_key="k", oauth_token="t", oauth_signature="s"' },
      },
    );
    expect(res.status).toBe(200);
    const body: unknown = await res.json();
    const v = validatorFor('/2/users/search', 200, 'application/json');
    expect(v?.(body), JSON.stringify(v?.errors)).toBe(true);
    expect((body as { meta: { next_token?: string } }).meta.next_token).toBeDefined();
  });

  it('the validator bites: a drifted body fails', () => {
    const v = validatorFor('/2/tweets/search/recent', 200, 'application/json');
    expect(v?.({ data: [{ id: 5, text: 'x' }], meta: { result_count: 1 } })).toBe(false);
    expect(v?.({ data: [{ id: '5', text: 'x', created_at: 'yesterday' }] })).toBe(false);
    const p = validatorFor('/2/tweets/search/recent', 400, 'application/problem+json');
    expect(
      p?.({
        title: 'Invalid Request',
        detail: 'x',
        type: 'https://api.twitter.com/2/problems/invalid-request',
      }),
    ).toBe(false);
  });

  it('a strict copy of the spec accepts only fields the spec knows (besides the live names it renamed)', async () => {
    // Compile Post and User with additionalProperties: false to catch invented fields.
    const strictSpec = JSON.parse(readFileSync(SPEC_PATH, 'utf8')) as {
      components: {
        schemas: Record<string, { properties?: Record<string, unknown>; additionalProperties?: boolean }>;
      };
    };
    const renamed = ['edit_history_tweet_ids', 'referenced_tweets'];
    for (const name of ['Post', 'User']) {
      const s = strictSpec.components.schemas[name];
      if (s?.properties) {
        for (const r of renamed) s.properties[r] = {};
        s.additionalProperties = false;
      }
    }
    const strict = new Ajv({ strict: false });
    addFormats(strict);
    strict.addFormat('int32', true).addFormat('int64', true);
    strict.addSchema(strictSpec as object, 'strict.json');
    const v = strict.compile({ $ref: 'strict.json#/components/schemas/SearchPostsRecentResponse' });
    const res = await fetch(`${world.fx.url}/2/tweets/search/recent?query=oakfield&${fields}`, {
      headers: { authorization: `Bearer ${world.fx.bearerToken}` },
    });
    const body: unknown = await res.json();
    expect(v(body), JSON.stringify(v.errors)).toBe(true);
  });

  it.each([
    { name: '401 wrong token', fault: undefined, token: 'wrong', status: 401, shape: aboutBlank },
    { name: '429 rate limit', fault: '429' as const, status: 429, shape: aboutBlank },
    { name: '503', fault: '503' as const, status: 503, shape: aboutBlank },
    { name: '429 usage cap', fault: 'usage_cap' as const, status: 429, shape: usageCap },
  ])('$name: matches the recorded sample (the spec has no schema for it)', async (c) => {
    if (c.fault) world.fx.inject({ endpoint: '/2/users/by', fault: c.fault });
    const res = await fetch(`${world.fx.url}/2/users/by?usernames=RiversideLT`, {
      headers: { authorization: `Bearer ${c.token ?? world.fx.bearerToken}` },
    });
    expect(res.status).toBe(c.status);
    const body = (await res.json()) as Record<string, unknown>;
    expect(keysOf(body)).toEqual(c.shape);
    // The spec's Problem union does not describe these bodies (about:blank / usage-capped types).
    const v = validatorFor('/2/users/by', c.status, 'application/problem+json');
    expect(v?.(body)).toBe(false);
  });

  it('500 is the spec’s InternalErrorProblem', async () => {
    world.fx.inject({ endpoint: '/2/users/by', fault: '500' });
    const res = await fetch(`${world.fx.url}/2/users/by?usernames=RiversideLT`, {
      headers: { authorization: `Bearer ${world.fx.bearerToken}` },
    });
    expect(res.status).toBe(500);
    const v = validatorFor('/2/users/by', 500, res.headers.get('content-type') ?? '');
    const body: unknown = await res.json();
    expect(v?.(body), JSON.stringify(v?.errors)).toBe(true);
  });
});
