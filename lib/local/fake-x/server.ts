/**
 * The fake X API v2 server: a node:http server, in process, that serves a scenario on a simulated
 * clock in the exact response shapes of the real API (shared/xapi/samples, shared/xapi/openapi.json),
 * so the real twitter-api-v2 client and our adapter run unchanged against it.
 *
 * What it models, because TrustWatch's correctness and cost depend on it:
 * - Visibility over time: a post exists once `clock.now()` has passed its created_at and until its
 *   deleted_at; a suspended author's posts vanish; a protected author's posts are not searchable and
 *   lookups answer "Authorization Error".
 * - Recent search: the query language (./query), since_id/until_id (exclusive), start_time
 *   (inclusive)/end_time (exclusive), the 7-day window, max_results 10–100, next_token paging, newest
 *   first, `meta.newest_id/oldest_id/result_count/next_token`; expansions only when asked.
 * - Timelines and mentions (max_results 5–100, pagination_token), user and post lookups with partial
 *   `errors[]` (sample 01, sample 06), `GET /2/usage/tweets`.
 * - X-style 400s for bad parameters (unknown parameters and fields too, as X does), 401 for a wrong
 *   bearer token, per-endpoint 15-minute rate-limit windows on the simulated clock with X's app
 *   limits and `x-rate-limit-*` headers, a real 429 when exceeded, and an optional monthly post cap
 *   (429 UsageCapExceeded, sample 07).
 * - Injected faults (`inject`) for resilience tests: 429, usage cap, 500, 503, timeout (never
 *   answers), slow (answers after a real delay), malformed (200 with a broken body), 401, 403.
 * - Metering (`stats`): requests per endpoint, posts and users returned, and what X would bill under
 *   pay-per-use (each resource once per UTC day), to check the adapter's own meter against.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Socket } from 'node:net';
import type { Clock } from '../../app/ports';
import { ScenarioSchema, snowflakeTime } from '../scenario';
import type { Scenario, ScenarioInput, ScenarioPost, ScenarioUser } from '../scenario';
import { computeEntities } from './entities';
import type { Entities } from './entities';
import { matches, parseQuery, QueryError, tokenize } from './query';
import type { MatchablePost, QueryNode } from './query';

export const FAKE_X_BEARER = 'fake-x-local-bearer-token-0000000000000000';

const WINDOW_MS = 15 * 60_000;
const SEARCH_WINDOW_MS = 7 * 24 * 3_600_000;
const PROBLEM = 'https://api.x.com/2/problems';

export type EndpointKey =
  | '/2/tweets/search/recent'
  | '/2/users/:id/tweets'
  | '/2/users/:id/mentions'
  | '/2/users/by'
  | '/2/users/by/username/:username'
  | '/2/users'
  | '/2/users/:id'
  | '/2/tweets'
  | '/2/usage/tweets'
  | '/2/users/search';

/** X's app-only limits per 15 minutes (FACTS.md), per endpoint. */
export const X_APP_LIMITS: Record<EndpointKey, number> = {
  '/2/tweets/search/recent': 450,
  '/2/users/:id/tweets': 10_000,
  '/2/users/:id/mentions': 450,
  '/2/users/by': 300,
  '/2/users/by/username/:username': 300,
  '/2/users': 300,
  '/2/users/:id': 300,
  '/2/tweets': 3_500,
  '/2/usage/tweets': 50,
  '/2/users/search': 900,
};

export type FaultKind =
  '429' | 'usage_cap' | '500' | '503' | 'timeout' | 'slow' | 'malformed' | '401' | '403';

export interface Fault {
  /** Path prefix the fault applies to, e.g. "/2/tweets/search"; all endpoints when absent. */
  endpoint?: string;
  fault: FaultKind;
  /** How many requests it affects (default 1). */
  times?: number;
  /** For 'slow': real milliseconds before answering (default 50). */
  delayMs?: number;
  /** For 'malformed': a 200 whose JSON has the wrong shape (default) or is not JSON at all. */
  variant?: 'shape' | 'json';
}

export interface EndpointStats {
  requests: number;
  posts: number;
  users: number;
  statuses: Record<string, number>;
}

export interface FakeXStats {
  totalRequests: number;
  /** Requests per endpoint (route template). */
  requests: Partial<Record<EndpointKey, number>>;
  byEndpoint: Partial<Record<EndpointKey, EndpointStats>>;
  /** Post objects returned (data + includes.tweets), every time. */
  postsReturned: number;
  /** User objects returned (data + includes.users), every time. */
  usersReturned: number;
  distinctPosts: number;
  distinctUsers: number;
  /** What pay-per-use bills: each post/user once per UTC day. */
  billed: { postReads: number; userReads: number };
  /** 429s served because a rate-limit window was exhausted (not injected). */
  rateLimited: number;
  faultsServed: number;
}

export interface FakeXOptions {
  scenario: Scenario | ScenarioInput;
  clock: Clock;
  /** 0 (default): any free port. */
  port?: number;
  bearerToken?: string;
  /** Override rate limits (per 15 minutes) per endpoint. */
  limits?: Partial<Record<EndpointKey, number>>;
  /** Monthly post-read cap (posts returned per UTC month); 429 UsageCapExceeded once reached. */
  monthlyPostCap?: number;
}

export interface FakeX {
  url: string;
  bearerToken: string;
  close(): Promise<void>;
  inject(fault: Fault): void;
  stats(): FakeXStats;
}

interface UserRec {
  u: ScenarioUser;
  lower: string;
  suspendedMs?: number;
}

interface PostRec {
  p: ScenarioPost;
  createdMs: number;
  deletedMs?: number;
  author: UserRec;
  entities: Entities;
  m: MatchablePost;
}

class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`HTTP ${status}`);
  }
}

const invalidRequest = (parameter: string, value: string, message: string): HttpProblem =>
  new HttpProblem(400, {
    errors: [{ parameters: { [parameter]: [value] }, message }],
    title: 'Invalid Request',
    detail: 'One or more parameters to your request was invalid.',
    type: `${PROBLEM}/invalid-request`,
  });

const TWEET_FIELDS = new Set([
  // The spec's post.fields enum (2.167 renames some fields) plus the names the live API and
  // twitter-api-v2 use (tweet.fields: author_id, in_reply_to_user_id, referenced_tweets, …).
  ...[
    'article',
    'attachments',
    'card_uri',
    'community_id',
    'context_annotations',
    'conversation_id',
    'created_at',
    'display_text_range',
    'edit_controls',
    'entities',
    'geo',
    'id',
    'lang',
    'non_public_metrics',
    'note_tweet',
    'organic_metrics',
    'possibly_sensitive',
    'promoted_metrics',
    'public_metrics',
    'reply_settings',
    'scopes',
    'source',
    'text',
    'withheld',
  ],
  ...['author_id', 'in_reply_to_user_id', 'referenced_tweets', 'edit_history_tweet_ids'],
]);
const USER_FIELDS = new Set([
  'affiliation',
  'connection_status',
  'created_at',
  'description',
  'entities',
  'id',
  'location',
  'most_recent_tweet_id',
  'name',
  'pinned_tweet_id',
  'profile_banner_url',
  'profile_image_url',
  'protected',
  'public_metrics',
  'receives_your_dm',
  'subscription_type',
  'url',
  'username',
  'verified',
  'verified_type',
  'withheld',
]);
const TWEET_EXPANSIONS = new Set([
  'author_id',
  'entities.mentions.username',
  'in_reply_to_user_id',
  'referenced_tweets.id',
  'referenced_tweets.id.author_id',
  'attachments.media_keys',
  'attachments.poll_ids',
  'geo.place_id',
  'edit_history_tweet_ids',
]);
const FIELD_PARAMS = ['tweet.fields', 'user.fields', 'media.fields', 'poll.fields', 'place.fields'];

const ALLOWED_PARAMS: Record<EndpointKey, string[]> = {
  '/2/tweets/search/recent': [
    'query',
    'max_results',
    'next_token',
    'pagination_token',
    'since_id',
    'until_id',
    'start_time',
    'end_time',
    'sort_order',
    'expansions',
    ...FIELD_PARAMS,
  ],
  '/2/users/:id/tweets': [
    'max_results',
    'pagination_token',
    'since_id',
    'until_id',
    'start_time',
    'end_time',
    'exclude',
    'expansions',
    ...FIELD_PARAMS,
  ],
  '/2/users/:id/mentions': [
    'max_results',
    'pagination_token',
    'since_id',
    'until_id',
    'start_time',
    'end_time',
    'expansions',
    ...FIELD_PARAMS,
  ],
  '/2/users/by': ['usernames', 'expansions', 'user.fields', 'tweet.fields'],
  '/2/users/by/username/:username': ['expansions', 'user.fields', 'tweet.fields'],
  '/2/users': ['ids', 'expansions', 'user.fields', 'tweet.fields'],
  '/2/users/:id': ['expansions', 'user.fields', 'tweet.fields'],
  '/2/tweets': ['ids', 'expansions', ...FIELD_PARAMS],
  '/2/usage/tweets': ['days', 'usage.fields'],
  '/2/users/search': ['query', 'max_results', 'next_token', 'expansions', 'user.fields', 'tweet.fields'],
};

const iso = (ms: number): string => new Date(ms).toISOString();
const cmpId = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;
const isId = (s: string): boolean => /^\d{1,19}$/.test(s);
const dayOf = (ms: number): string => iso(ms).slice(0, 10);

/** next_token/pagination_token: the last id served, base32hex (as the spec describes the tokens). */
const encodeToken = (lastId: string): string => `t${BigInt(lastId).toString(32)}`;
const decodeToken = (token: string): string | undefined => {
  if (!/^t[0-9a-v]{1,13}$/.test(token)) return undefined;
  let v = 0n;
  for (const ch of token.slice(1)) v = v * 32n + BigInt(parseInt(ch, 32));
  return v.toString();
};

export const startFakeX = async (opts: FakeXOptions): Promise<FakeX> => {
  const scenario: Scenario = ScenarioSchema.parse(opts.scenario);
  const clock = opts.clock;
  const bearer = opts.bearerToken ?? FAKE_X_BEARER;
  const limits: Record<EndpointKey, number> = { ...X_APP_LIMITS, ...opts.limits };

  // ---- the data, indexed once ------------------------------------------------------------------
  const usersById = new Map<string, UserRec>();
  const usersByName = new Map<string, UserRec>();
  for (const u of scenario.users) {
    const rec: UserRec = { u, lower: u.username.toLowerCase() };
    if (u.suspended_at !== undefined) rec.suspendedMs = Date.parse(u.suspended_at);
    usersById.set(u.id, rec);
    usersByName.set(rec.lower, rec);
  }
  const resolveMention = (lower: string) => {
    const r = usersByName.get(lower);
    return r ? { id: r.u.id, username: r.u.username } : undefined;
  };
  const postsById = new Map<string, PostRec>();
  const all: PostRec[] = [];
  for (const p of scenario.posts) {
    const author = usersById.get(p.author_id);
    if (!author) throw new Error(`scenario post ${p.id}: unknown author_id ${p.author_id}`);
    const entities = computeEntities(p.text, resolveMention);
    const replyTo = p.in_reply_to_user_id !== undefined ? usersById.get(p.in_reply_to_user_id) : undefined;
    const refs = p.referenced_tweets ?? [];
    const rec: PostRec = {
      p,
      createdMs: Date.parse(p.created_at),
      author,
      entities,
      m: {
        tokens: tokenize(p.text),
        mentions: new Set((entities.mentions ?? []).map((e) => e.username.toLowerCase())),
        hashtags: new Set((entities.hashtags ?? []).map((e) => e.tag.toLowerCase())),
        authorUsername: author.lower,
        authorId: author.u.id,
        isRetweet: refs.some((r) => r.type === 'retweeted'),
        isReply: refs.some((r) => r.type === 'replied_to') || p.in_reply_to_user_id !== undefined,
        isQuote: refs.some((r) => r.type === 'quoted'),
        hasLinks: (entities.urls?.length ?? 0) > 0,
        lang: p.lang,
        conversationId: p.conversation_id ?? p.id,
      },
    };
    if (replyTo) rec.m.inReplyToUsername = replyTo.lower;
    if (p.in_reply_to_user_id !== undefined) rec.m.inReplyToUserId = p.in_reply_to_user_id;
    if (p.deleted_at !== undefined) rec.deletedMs = Date.parse(p.deleted_at);
    postsById.set(p.id, rec);
    all.push(rec);
  }
  all.sort((a, b) => cmpId(a.p.id, b.p.id));
  // Scenario ids are snowflakes of created_at, so id order is time order and scans can stop early.
  const timeOrdered = all.every(
    (r, i) =>
      Math.abs(snowflakeTime(r.p.id) - r.createdMs) < 1000 &&
      (i === 0 || (all[i - 1] as PostRec).createdMs <= r.createdMs),
  );
  const byAuthor = new Map<string, PostRec[]>();
  const mentionsOf = new Map<string, PostRec[]>();
  for (const r of all) {
    const list = byAuthor.get(r.author.u.id) ?? [];
    list.push(r);
    byAuthor.set(r.author.u.id, list);
    for (const m of r.entities.mentions ?? []) {
      if (m.id === undefined) continue;
      const ml = mentionsOf.get(m.id) ?? [];
      if (ml[ml.length - 1] !== r) ml.push(r);
      mentionsOf.set(m.id, ml);
    }
  }

  const suspended = (u: UserRec, now: number) => u.suspendedMs !== undefined && now >= u.suspendedMs;
  const exists = (r: PostRec, now: number) =>
    r.createdMs <= now && (r.deletedMs === undefined || now < r.deletedMs);
  const visible = (r: PostRec, now: number) => exists(r, now) && !suspended(r.author, now);

  // ---- state: faults, rate limits, stats --------------------------------------------------------
  const faults: (Fault & { left: number })[] = [];
  const windows = new Map<EndpointKey, { start: number; count: number }>();
  const byEndpoint: Partial<Record<EndpointKey, EndpointStats>> = {};
  const seenPosts = new Set<string>();
  const seenUsers = new Set<string>();
  const billedDay = { day: '', keys: new Set<string>() };
  const billed = { postReads: 0, userReads: 0 };
  const monthPosts = new Map<string, number>();
  const dailyPosts = new Map<string, number>();
  let totalRequests = 0;
  let rateLimited = 0;
  let faultsServed = 0;

  const epStats = (ep: EndpointKey): EndpointStats =>
    (byEndpoint[ep] ??= { requests: 0, posts: 0, users: 0, statuses: {} });

  const meterReads = (ep: EndpointKey, postIds: string[], userIds: string[], now: number) => {
    const s = epStats(ep);
    s.posts += postIds.length;
    s.users += userIds.length;
    const day = dayOf(now);
    if (billedDay.day !== day) {
      billedDay.day = day;
      billedDay.keys = new Set();
    }
    for (const id of postIds) {
      seenPosts.add(id);
      if (!billedDay.keys.has(`p${id}`)) {
        billedDay.keys.add(`p${id}`);
        billed.postReads++;
      }
    }
    for (const id of userIds) {
      seenUsers.add(id);
      if (!billedDay.keys.has(`u${id}`)) {
        billedDay.keys.add(`u${id}`);
        billed.userReads++;
      }
    }
    const month = day.slice(0, 7);
    monthPosts.set(month, (monthPosts.get(month) ?? 0) + postIds.length);
    dailyPosts.set(day, (dailyPosts.get(day) ?? 0) + postIds.length);
  };

  const rateHeaders = (ep: EndpointKey, now: number): Record<string, string> => {
    const w = windows.get(ep);
    const limit = limits[ep];
    if (!w || now >= w.start + WINDOW_MS)
      return {
        'x-rate-limit-limit': String(limit),
        'x-rate-limit-remaining': String(limit),
        'x-rate-limit-reset': String(Math.ceil((now + WINDOW_MS) / 1000)),
      };
    return {
      'x-rate-limit-limit': String(limit),
      'x-rate-limit-remaining': String(Math.max(0, limit - w.count)),
      'x-rate-limit-reset': String(Math.ceil((w.start + WINDOW_MS) / 1000)),
    };
  };
  /** Count one request against the endpoint's window; false when the window is exhausted. */
  const consume = (ep: EndpointKey, now: number): boolean => {
    let w = windows.get(ep);
    if (!w || now >= w.start + WINDOW_MS) {
      w = { start: now, count: 0 };
      windows.set(ep, w);
    }
    if (w.count >= limits[ep]) return false;
    w.count++;
    return true;
  };

  // ---- object builders ---------------------------------------------------------------------------
  const tweetObject = (r: PostRec, fields: Set<string>): Record<string, unknown> => {
    const p = r.p;
    const o: Record<string, unknown> = { id: p.id, text: p.text, edit_history_tweet_ids: [p.id] };
    if (fields.has('created_at')) o.created_at = iso(r.createdMs);
    if (fields.has('author_id')) o.author_id = p.author_id;
    if (fields.has('conversation_id')) o.conversation_id = p.conversation_id ?? p.id;
    if (fields.has('in_reply_to_user_id') && p.in_reply_to_user_id !== undefined)
      o.in_reply_to_user_id = p.in_reply_to_user_id;
    if (fields.has('referenced_tweets') && p.referenced_tweets && p.referenced_tweets.length > 0)
      o.referenced_tweets = p.referenced_tweets.map((t) => ({ type: t.type, id: t.id }));
    if (fields.has('entities') && Object.keys(r.entities).length > 0) o.entities = r.entities;
    if (fields.has('lang')) o.lang = p.lang;
    return o;
  };
  const userObject = (r: UserRec, fields: Set<string>): Record<string, unknown> => {
    const u = r.u;
    const o: Record<string, unknown> = { id: u.id, name: u.name, username: u.username };
    if (fields.has('created_at') && u.created_at !== undefined) o.created_at = iso(Date.parse(u.created_at));
    if (fields.has('description')) o.description = u.description;
    if (fields.has('protected')) o.protected = u.protected;
    if (fields.has('verified')) o.verified = u.verified;
    return o;
  };

  // ---- parameter parsing -----------------------------------------------------------------------
  const listParam = (q: URLSearchParams, name: string, allowed: Set<string>): Set<string> => {
    const raw = q.get(name);
    if (raw === null) return new Set();
    const items = raw.split(',');
    for (const it of items)
      if (!allowed.has(it))
        throw invalidRequest(
          name,
          it,
          `The \`${name}\` query parameter value [${it}] is not one of [${[...allowed].join(',')}]`,
        );
    return new Set(items);
  };
  const intParam = (q: URLSearchParams, name: string, min: number, max: number, dflt: number): number => {
    const raw = q.get(name);
    if (raw === null) return dflt;
    const n = Number(raw);
    if (!/^\d+$/.test(raw) || n < min || n > max)
      throw invalidRequest(
        name,
        raw,
        `The \`${name}\` query parameter value [${raw}] is not between ${min} and ${max}`,
      );
    return n;
  };
  const idParam = (q: URLSearchParams, name: string): string | undefined => {
    const raw = q.get(name);
    if (raw === null) return undefined;
    if (!isId(raw))
      throw invalidRequest(name, raw, `The \`${name}\` query parameter value [${raw}] is not valid`);
    return raw;
  };
  const timeParam = (q: URLSearchParams, name: string): number | undefined => {
    const raw = q.get(name);
    if (raw === null) return undefined;
    const ms = Date.parse(raw);
    if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(raw) || Number.isNaN(ms))
      throw invalidRequest(
        name,
        raw,
        `The \`${name}\` query parameter value [${raw}] is not a valid RFC 3339 timestamp`,
      );
    return ms;
  };
  const idsParam = (q: URLSearchParams, name: string, valid: (s: string) => boolean): string[] => {
    const raw = q.get(name);
    if (raw === null || raw === '')
      throw invalidRequest(name, '', `The \`${name}\` query parameter can not be empty`);
    const items = raw.split(',');
    if (items.length > 100)
      throw invalidRequest(name, raw, `The \`${name}\` query parameter can have at most 100 items`);
    for (const it of items)
      if (!valid(it))
        throw invalidRequest(
          name,
          it,
          `The \`${name}\` query parameter value [${it}] does not match the expected format`,
        );
    return items;
  };
  const checkKnownParams = (ep: EndpointKey, q: URLSearchParams) => {
    const allowed = ALLOWED_PARAMS[ep];
    for (const k of q.keys())
      if (!allowed.includes(k))
        throw invalidRequest(
          k,
          q.get(k) ?? '',
          `The query parameter [${k}] is not one of [${allowed.join(',')}]`,
        );
  };

  interface Rendered {
    body: Record<string, unknown>;
    postIds: string[];
    userIds: string[];
  }

  /** data + includes for a list of posts, with the requested fields and expansions. */
  const renderPosts = (list: PostRec[], q: URLSearchParams, now: number): Rendered => {
    const tf = listParam(q, 'tweet.fields', TWEET_FIELDS);
    const uf = listParam(q, 'user.fields', USER_FIELDS);
    const ex = listParam(q, 'expansions', TWEET_EXPANSIONS);
    const data = list.map((r) => tweetObject(r, tf));
    const postIds = list.map((r) => r.p.id);
    const users = new Map<string, UserRec>();
    const addUser = (id: string | undefined) => {
      if (id === undefined) return;
      const u = usersById.get(id);
      if (u && !suspended(u, now)) users.set(id, u);
    };
    const refPosts = new Map<string, PostRec>();
    for (const r of list) {
      if (ex.has('author_id')) addUser(r.p.author_id);
      if (ex.has('in_reply_to_user_id')) addUser(r.p.in_reply_to_user_id);
      if (ex.has('entities.mentions.username')) for (const m of r.entities.mentions ?? []) addUser(m.id);
      if (ex.has('referenced_tweets.id') || ex.has('referenced_tweets.id.author_id'))
        for (const ref of r.p.referenced_tweets ?? []) {
          const rp = postsById.get(ref.id);
          if (rp && visible(rp, now) && !rp.author.u.protected) {
            refPosts.set(rp.p.id, rp);
            if (ex.has('referenced_tweets.id.author_id')) addUser(rp.p.author_id);
          }
        }
    }
    const body: Record<string, unknown> = {};
    if (data.length > 0) body.data = data;
    const includes: Record<string, unknown> = {};
    if (users.size > 0) includes.users = [...users.values()].map((u) => userObject(u, uf));
    if (refPosts.size > 0) includes.tweets = [...refPosts.values()].map((r) => tweetObject(r, tf));
    if (Object.keys(includes).length > 0) body.includes = includes;
    return { body, postIds: [...postIds, ...refPosts.keys()], userIds: [...users.keys()] };
  };

  /** Shared by search and timelines: bounds, paging and meta. `list` is ascending by id. */
  const pagedScan = (
    list: PostRec[],
    q: URLSearchParams,
    now: number,
    o: { pageParam: string; min: number; max: number; dflt: number; window?: boolean; cap?: number },
    pred: (r: PostRec) => boolean,
  ): Rendered => {
    const max = intParam(q, 'max_results', o.min, o.max, o.dflt);
    const sinceId = idParam(q, 'since_id');
    const untilId = idParam(q, 'until_id');
    const startMs = timeParam(q, 'start_time');
    const endMs = timeParam(q, 'end_time');
    const windowStart = now - SEARCH_WINDOW_MS;
    if (o.window) {
      if (startMs !== undefined && startMs < windowStart)
        throw invalidRequest(
          'start_time',
          q.get('start_time') ?? '',
          `Invalid 'start_time':'${q.get('start_time') ?? ''}'. 'start_time' must be on or after ${iso(windowStart)}`,
        );
      if (sinceId !== undefined && snowflakeTime(sinceId) < windowStart)
        throw invalidRequest(
          'since_id',
          sinceId,
          `Invalid 'since_id':'${sinceId}'. 'since_id' must be a tweet id created after ${iso(windowStart)}`,
        );
    }
    if (endMs !== undefined && endMs > now - 10_000)
      throw invalidRequest(
        'end_time',
        q.get('end_time') ?? '',
        `Invalid 'end_time':'${q.get('end_time') ?? ''}'. 'end_time' must be a minimum of 10 seconds prior to the request time.`,
      );
    const tokenRaw = q.get(o.pageParam) ?? q.get('pagination_token');
    let before: string | undefined;
    if (tokenRaw !== null) {
      before = decodeToken(tokenRaw);
      if (before === undefined)
        throw invalidRequest(
          o.pageParam,
          tokenRaw,
          `The \`${o.pageParam}\` query parameter value is not valid`,
        );
    }
    // Start after since_id (binary search), stop once posts are in the future (ids are time-ordered).
    let lo = 0;
    if (sinceId !== undefined) {
      let a = 0;
      let b = list.length;
      while (a < b) {
        const mid = (a + b) >> 1;
        if (cmpId((list[mid] as PostRec).p.id, sinceId) <= 0) a = mid + 1;
        else b = mid;
      }
      lo = a;
    }
    const matched: PostRec[] = [];
    for (let i = lo; i < list.length; i++) {
      const r = list[i] as PostRec;
      if (timeOrdered && r.createdMs > now) break;
      if (!visible(r, now)) continue;
      if (o.window && r.createdMs < windowStart) continue;
      if (startMs !== undefined && r.createdMs < startMs) continue;
      if (endMs !== undefined && r.createdMs >= endMs) continue;
      if (untilId !== undefined && cmpId(r.p.id, untilId) >= 0) continue;
      if (!pred(r)) continue;
      matched.push(r);
    }
    matched.reverse(); // newest first
    const capped = o.cap !== undefined ? matched.slice(0, o.cap) : matched;
    const rest = before === undefined ? capped : capped.filter((r) => cmpId(r.p.id, before) < 0);
    const page = rest.slice(0, max);
    const rendered = renderPosts(page, q, now);
    const meta: Record<string, unknown> = {};
    if (page.length > 0) {
      meta.newest_id = (page[0] as PostRec).p.id;
      meta.oldest_id = (page[page.length - 1] as PostRec).p.id;
    }
    meta.result_count = page.length;
    if (rest.length > page.length) meta.next_token = encodeToken((page[page.length - 1] as PostRec).p.id);
    rendered.body.meta = meta;
    return rendered;
  };

  const userLookup = (
    keys: string[],
    q: URLSearchParams,
    now: number,
    by: 'ids' | 'usernames' | 'id' | 'username',
  ): Rendered => {
    const uf = listParam(q, 'user.fields', USER_FIELDS);
    listParam(q, 'expansions', new Set(['pinned_tweet_id', 'most_recent_tweet_id']));
    listParam(q, 'tweet.fields', TWEET_FIELDS);
    const data: Record<string, unknown>[] = [];
    const errors: Record<string, unknown>[] = [];
    const userIds: string[] = [];
    const parameter = by;
    for (const key of keys) {
      const rec = by === 'ids' || by === 'id' ? usersById.get(key) : usersByName.get(key.toLowerCase());
      if (!rec)
        errors.push({
          value: key,
          detail: `Could not find user with ${by}: [${key}].`,
          title: 'Not Found Error',
          resource_type: 'user',
          parameter,
          resource_id: key,
          type: `${PROBLEM}/resource-not-found`,
        });
      else if (suspended(rec, now))
        errors.push({
          value: key,
          detail: `User has been suspended: [${key}].`,
          title: 'Forbidden',
          resource_type: 'user',
          parameter,
          resource_id: key,
          type: `${PROBLEM}/resource-unavailable`,
        });
      else {
        data.push(userObject(rec, uf));
        userIds.push(rec.u.id);
      }
    }
    const body: Record<string, unknown> = {};
    if (data.length > 0) body.data = by === 'id' || by === 'username' ? data[0] : data;
    if (errors.length > 0) body.errors = errors;
    return { body, postIds: [], userIds };
  };

  const tweetLookup = (q: URLSearchParams, now: number): Rendered => {
    const ids = idsParam(q, 'ids', isId);
    const found: PostRec[] = [];
    const errors: Record<string, unknown>[] = [];
    for (const id of ids) {
      const r = postsById.get(id);
      if (!r || !exists(r, now))
        errors.push({
          value: id,
          detail: `Could not find tweet with ids: [${id}].`,
          title: 'Not Found Error',
          resource_type: 'tweet',
          parameter: 'ids',
          resource_id: id,
          type: `${PROBLEM}/resource-not-found`,
        });
      else if (suspended(r.author, now) || r.author.u.protected)
        errors.push({
          value: id,
          detail: suspended(r.author, now)
            ? `Sorry, you are not authorized to see the Tweet with ids: [${id}]. Its author is suspended.`
            : `Sorry, you are not authorized to see the Tweet with ids: [${id}]. Its author's Tweets are protected.`,
          title: 'Authorization Error',
          resource_type: 'tweet',
          parameter: 'ids',
          resource_id: id,
          type: `${PROBLEM}/not-authorized-for-resource`,
        });
      else found.push(r);
    }
    const rendered = renderPosts(found, q, now);
    if (errors.length > 0) rendered.body.errors = errors;
    return rendered;
  };

  const usage = (q: URLSearchParams, now: number): Rendered => {
    const days = intParam(q, 'days', 1, 90, 7);
    listParam(
      q,
      'usage.fields',
      new Set([
        'cap_reset_day',
        'daily_client_app_usage',
        'daily_project_usage',
        'project_cap',
        'project_id',
        'project_usage',
      ]),
    );
    const entries: { date: string; usage: string }[] = [];
    for (let d = days - 1; d >= 0; d--) {
      const day = dayOf(now - d * 86_400_000);
      entries.push({ date: `${day}T00:00:00.000Z`, usage: String(dailyPosts.get(day) ?? 0) });
    }
    return {
      body: {
        data: {
          project_id: '1',
          project_cap: String(opts.monthlyPostCap ?? 2_000_000),
          project_usage: String(monthPosts.get(dayOf(now).slice(0, 7)) ?? 0),
          cap_reset_day: 1,
          daily_project_usage: { project_id: '1', usage: entries },
        },
      },
      postIds: [],
      userIds: [],
    };
  };

  const userSearch = (q: URLSearchParams, now: number): Rendered => {
    const query = q.get('query') ?? '';
    if (!/^[A-Za-z0-9_' ]{1,50}$/.test(query))
      throw invalidRequest('query', query, `The \`query\` query parameter value [${query}] is not valid`);
    const max = intParam(q, 'max_results', 1, 1000, 100);
    const words = tokenize(query);
    const hits = [...usersById.values()].filter((r) => {
      if (suspended(r, now)) return false;
      const toks = new Set([...tokenize(r.u.name), ...tokenize(r.u.description), r.lower]);
      return words.every((w) => toks.has(w) || r.lower.includes(w));
    });
    hits.sort((a, b) => cmpId(a.u.id, b.u.id));
    const tokenRaw = q.get('next_token');
    const after = tokenRaw === null ? undefined : decodeToken(tokenRaw);
    const rest = after === undefined ? hits : hits.filter((r) => cmpId(r.u.id, after) > 0);
    const page = rest.slice(0, max);
    const uf = listParam(q, 'user.fields', USER_FIELDS);
    const body: Record<string, unknown> = {};
    if (page.length > 0) body.data = page.map((r) => userObject(r, uf));
    const meta: Record<string, unknown> = { result_count: page.length };
    if (rest.length > page.length) meta.next_token = encodeToken((page[page.length - 1] as UserRec).u.id);
    body.meta = meta;
    return { body, postIds: [], userIds: page.map((r) => r.u.id) };
  };

  // ---- routing ---------------------------------------------------------------------------------
  const route = (path: string): { ep: EndpointKey; param?: string } | undefined => {
    if (path === '/2/tweets/search/recent') return { ep: '/2/tweets/search/recent' };
    if (path === '/2/tweets') return { ep: '/2/tweets' };
    if (path === '/2/usage/tweets') return { ep: '/2/usage/tweets' };
    if (path === '/2/users') return { ep: '/2/users' };
    if (path === '/2/users/by') return { ep: '/2/users/by' };
    if (path === '/2/users/search') return { ep: '/2/users/search' };
    let m = /^\/2\/users\/by\/username\/([^/]+)$/.exec(path);
    if (m) return { ep: '/2/users/by/username/:username', param: decodeURIComponent(m[1] as string) };
    m = /^\/2\/users\/([^/]+)\/(tweets|mentions)$/.exec(path);
    if (m)
      return {
        ep: m[2] === 'tweets' ? '/2/users/:id/tweets' : '/2/users/:id/mentions',
        param: decodeURIComponent(m[1] as string),
      };
    m = /^\/2\/users\/([^/]+)$/.exec(path);
    if (m) return { ep: '/2/users/:id', param: decodeURIComponent(m[1] as string) };
    return undefined;
  };

  const handle = (ep: EndpointKey, param: string | undefined, q: URLSearchParams, now: number): Rendered => {
    checkKnownParams(ep, q);
    switch (ep) {
      case '/2/tweets/search/recent': {
        const query = q.get('query');
        if (query === null || query === '')
          throw invalidRequest('query', '', 'The `query` query parameter can not be empty');
        let ast: QueryNode;
        try {
          ast = parseQuery(query);
        } catch (e) {
          if (e instanceof QueryError)
            throw new HttpProblem(400, {
              errors: [
                { parameters: { query: [query] }, message: `The \`query\` param is invalid. ${e.message}` },
              ],
              title: 'Invalid Request',
              detail: 'One or more parameters to your request was invalid.',
              type: `${PROBLEM}/invalid-request`,
            });
          throw e;
        }
        const so = q.get('sort_order');
        if (so !== null && so !== 'recency' && so !== 'relevancy')
          throw invalidRequest(
            'sort_order',
            so,
            `The \`sort_order\` query parameter value [${so}] is not valid`,
          );
        return pagedScan(
          all,
          q,
          now,
          { pageParam: 'next_token', min: 10, max: 100, dflt: 10, window: true },
          (r) => !r.author.u.protected && matches(ast, r.m),
        );
      }
      case '/2/users/:id/tweets':
      case '/2/users/:id/mentions': {
        if (param === undefined || !isId(param))
          throw invalidRequest(
            'id',
            param ?? '',
            `The \`id\` query parameter value [${param ?? ''}] is not valid`,
          );
        const user = usersById.get(param);
        if (!user || suspended(user, now))
          return {
            body: {
              errors: [
                {
                  value: param,
                  detail: `Could not find user with id: [${param}].`,
                  title: 'Not Found Error',
                  resource_type: 'user',
                  parameter: 'id',
                  resource_id: param,
                  type: `${PROBLEM}/resource-not-found`,
                },
              ],
            },
            postIds: [],
            userIds: [],
          };
        const isTimeline = ep === '/2/users/:id/tweets';
        const exclude = listParam(q, 'exclude', new Set(['replies', 'retweets']));
        const list = (isTimeline ? byAuthor.get(param) : mentionsOf.get(param)) ?? [];
        return pagedScan(
          list,
          q,
          now,
          { pageParam: 'pagination_token', min: 5, max: 100, dflt: 10, cap: isTimeline ? 3200 : 800 },
          (r) =>
            (isTimeline || !r.author.u.protected) &&
            !(exclude.has('replies') && r.m.isReply) &&
            !(exclude.has('retweets') && r.m.isRetweet),
        );
      }
      case '/2/users/by':
        return userLookup(
          idsParam(q, 'usernames', (s) => /^[A-Za-z0-9_]{1,15}$/.test(s)),
          q,
          now,
          'usernames',
        );
      case '/2/users/by/username/:username':
        return userLookup([param ?? ''], q, now, 'username');
      case '/2/users':
        return userLookup(idsParam(q, 'ids', isId), q, now, 'ids');
      case '/2/users/:id':
        if (param === undefined || !isId(param))
          throw invalidRequest(
            'id',
            param ?? '',
            `The \`id\` query parameter value [${param ?? ''}] is not valid`,
          );
        return userLookup([param], q, now, 'id');
      case '/2/tweets':
        return tweetLookup(q, now);
      case '/2/usage/tweets':
        return usage(q, now);
      case '/2/users/search':
        return userSearch(q, now);
    }
  };

  const problemBody = (status: number, title: string): Record<string, unknown> => ({
    title,
    detail: title,
    type: 'about:blank',
    status,
  });
  const usageCapBody = {
    account_id: '1',
    product_name: 'pay-per-use',
    title: 'UsageCapExceeded',
    period: 'Monthly',
    scope: 'Product',
    detail: 'Usage cap exceeded: Monthly product cap',
    type: 'https://api.twitter.com/2/problems/usage-capped',
  };
  const forbiddenBody = {
    client_id: '1',
    detail:
      'When authenticating requests to the Twitter API v2 endpoints, you must use keys and tokens from a Twitter developer App that is attached to a Project. You can create a project via the developer portal.',
    registration_url: 'https://developer.x.com/en/docs/projects/overview',
    title: 'Client Forbidden',
    required_enrollment: 'Appropriate Level of API Access',
    reason: 'client-not-enrolled',
    type: 'https://api.twitter.com/2/problems/client-forbidden',
  };

  const pending = new Set<http.ServerResponse>();
  const sockets = new Set<Socket>();

  const send = (
    res: http.ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string>,
    contentType = status >= 400 ? 'application/problem+json' : 'application/json; charset=utf-8',
  ) => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    res.writeHead(status, {
      'content-type': contentType,
      'content-length': String(Buffer.byteLength(text)),
      'api-version': '2.167',
      'x-access-level': 'read',
      ...headers,
    });
    res.end(text);
  };

  const serve = (req: http.IncomingMessage, res: http.ServerResponse) => {
    const now = clock.now();
    const url = new URL(req.url ?? '/', 'http://localhost');
    const path = url.pathname;
    totalRequests++;
    const r = route(path);
    if (req.method !== 'GET' || !r) {
      send(res, 404, problemBody(404, 'Not Found'), {});
      return;
    }
    const st = epStats(r.ep);
    st.requests++;
    const reply = (status: number, body: unknown, headers: Record<string, string>, ct?: string) => {
      st.statuses[status] = (st.statuses[status] ?? 0) + 1;
      send(res, status, body, headers, ct);
    };

    // Injected faults come first: they stand for X (or the network) misbehaving.
    const f = faults.find((x) => x.left > 0 && (x.endpoint === undefined || path.startsWith(x.endpoint)));
    if (f && f.fault !== 'slow') {
      f.left--;
      faultsServed++;
      const rl = rateHeaders(r.ep, now);
      switch (f.fault) {
        case '429':
          return reply(429, problemBody(429, 'Too Many Requests'), { ...rl, 'x-rate-limit-remaining': '0' });
        case 'usage_cap':
          return reply(429, usageCapBody, {
            'x-rate-limit-limit': rl['x-rate-limit-limit'] as string,
            'x-rate-limit-remaining': rl['x-rate-limit-remaining'] as string,
          });
        case '500':
          return reply(
            500,
            {
              title: 'Internal Server Error',
              detail: 'Internal Server Error',
              type: `${PROBLEM}/internal-error`,
              status: 500,
            },
            rl,
          );
        case '503':
          return reply(503, problemBody(503, 'Service Unavailable'), rl);
        case '401':
          return reply(401, problemBody(401, 'Unauthorized'), {});
        case '403':
          return reply(403, forbiddenBody, {});
        case 'malformed':
          return f.variant === 'json'
            ? reply(200, '{"data":[{"id":"1","text":', rl, 'application/json; charset=utf-8')
            : reply(200, { data: [{ id: 1, text: null }], meta: { result_count: 'one' } }, rl);
        case 'timeout':
          // Never answer; the client's timeout fires. The response is ended when the client goes away.
          st.statuses.timeout = (st.statuses.timeout ?? 0) + 1;
          pending.add(res);
          req.on('close', () => {
            pending.delete(res);
            if (!res.writableEnded) res.destroy();
          });
          return;
      }
    }

    const auth = req.headers.authorization ?? '';
    const bearerOk = auth === `Bearer ${bearer}`;
    const oauthUser = auth.startsWith('OAuth ') && auth.includes('oauth_consumer_key=');
    if (!bearerOk && !oauthUser) return reply(401, problemBody(401, 'Unauthorized'), {});
    if (r.ep === '/2/users/search' && !oauthUser)
      return reply(
        403,
        {
          title: 'Unsupported Authentication',
          detail:
            'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',
          type: 'https://api.twitter.com/2/problems/unsupported-authentication',
          status: 403,
        },
        {},
      );
    if (!consume(r.ep, now)) {
      rateLimited++;
      return reply(429, problemBody(429, 'Too Many Requests'), rateHeaders(r.ep, now));
    }
    const rl = rateHeaders(r.ep, now);
    const returnsPosts =
      r.ep === '/2/tweets/search/recent' ||
      r.ep === '/2/tweets' ||
      r.ep.endsWith('/tweets') ||
      r.ep.endsWith('/mentions');
    if (
      opts.monthlyPostCap !== undefined &&
      returnsPosts &&
      (monthPosts.get(dayOf(now).slice(0, 7)) ?? 0) >= opts.monthlyPostCap
    )
      return reply(429, usageCapBody, rl);

    let out: Rendered;
    try {
      out = handle(r.ep, r.param, url.searchParams, now);
    } catch (e) {
      if (e instanceof HttpProblem) return reply(e.status, e.body, rl);
      throw e;
    }
    meterReads(r.ep, out.postIds, out.userIds, now);
    if (f && f.fault === 'slow') {
      f.left--;
      faultsServed++;
      pending.add(res);
      setTimeout(() => {
        pending.delete(res);
        if (!res.destroyed) reply(200, out.body, rl);
      }, f.delayMs ?? 50);
      return;
    }
    reply(200, out.body, rl);
  };

  const server = http.createServer((req, res) => {
    try {
      serve(req, res);
    } catch (e) {
      if (!res.headersSent)
        send(
          res,
          500,
          { title: 'Internal Server Error', detail: String(e), type: `${PROBLEM}/internal-error` },
          {},
        );
    }
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    bearerToken: bearer,
    inject(fault) {
      faults.push({ ...fault, left: fault.times ?? 1 });
    },
    stats() {
      const requests: Partial<Record<EndpointKey, number>> = {};
      let postsReturned = 0;
      let usersReturned = 0;
      for (const [k, v] of Object.entries(byEndpoint) as [EndpointKey, EndpointStats][]) {
        requests[k] = v.requests;
        postsReturned += v.posts;
        usersReturned += v.users;
      }
      return {
        totalRequests,
        requests,
        byEndpoint: structuredClone(byEndpoint),
        postsReturned,
        usersReturned,
        distinctPosts: seenPosts.size,
        distinctUsers: seenUsers.size,
        billed: { ...billed },
        rateLimited,
        faultsServed,
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const res of pending) res.destroy();
        pending.clear();
        server.close((err) => (err ? reject(err) : resolve()));
        for (const s of sockets) s.destroy();
        server.closeAllConnections();
      }),
  };
};
