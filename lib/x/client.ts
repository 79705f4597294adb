/**
 * The X adapter: `XReader` on top of the real twitter-api-v2 client.
 *
 * - Transport: twitter-api-v2 (`v2.get` with `fullResponse`, so we see headers and rate limits).
 *   With `baseUrl` (the local fake X server) a plugin rewrites https://api.x.com to it and an http
 *   agent is passed (FACTS.md recipe); otherwise a keep-alive https agent talks to X.
 * - Cost (DESIGN.md): posts are requested WITHOUT user expansions and with only the fields we map;
 *   search pages until caught up (no next_token) and the next cursor is `meta.newest_id` of the first
 *   page. Every response is reported to the meter (posts and users it carried).
 * - Validation: every body is parsed with zod (./schemas); a body of the wrong shape, or one that is
 *   not JSON, is `XError('bad_payload')`.
 * - Errors: 429 → `rate_limited` (resetAt from x-rate-limit-reset, epoch s → ms), 429 with title
 *   UsageCapExceeded → `usage_cap`, 401/403 → `auth`, 5xx, network errors and timeouts → bounded
 *   retries with full-jitter exponential backoff (sleep and random injectable), then `unavailable`;
 *   other 4xx → `bad_payload` (a request X refused: a bug on our side, not retried). A 200 with a
 *   partial `errors[]` does not throw: users not found are omitted; `visibility` maps "Not Found
 *   Error" → deleted and "Authorization Error" → protected or suspended by its detail text.
 * - A search whose since_id X refuses as older than the 7-day window (a poller that was down for a
 *   week) is retried once from the window's start, so the group resumes instead of failing forever.
 * - Nothing here logs. Errors never carry tokens or post text: the `cause` of an XError is a
 *   sanitised summary, never twitter-api-v2's error object (whose request holds the Authorization
 *   header).
 */
import http from 'node:http';
import https from 'node:https';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, TwitterApi } from 'twitter-api-v2';
import type { ITwitterApiClientPlugin, TwitterApiReadOnly } from 'twitter-api-v2';

/** twitter-api-v2's query type (not exported from the package root). */
type TRequestQuery = Record<string, string | number | boolean | string[] | undefined>;
import * as z from '../zod';
import type { Clock } from '../app/ports';
import type { Post } from '../domain/post';
import { XError } from './errors';
import type { ReadMeter } from './meter';
import {
  describeZodError,
  ErrorBodySchema,
  TimelineResponseSchema,
  TweetsLookupResponseSchema,
  UserSearchResponseSchema,
  UsersResponseSchema,
} from './schemas';
import type { Problem, XTweet, XUserPayload } from './schemas';
import type { QueryGroup, SearchResult, SinceSpec, Visibility, XReader, XUser } from './types';

export interface RetryOptions {
  /** Total tries for retryable failures (5xx, network, timeout). Default 3. */
  attempts?: number;
  /** First backoff ceiling; doubles each retry (full jitter). Default 500 ms. */
  baseDelayMs?: number;
  /** Backoff ceiling. Default 8 s. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  /** [0, 1). Default Math.random. */
  random?: () => number;
}

export interface UserContextCredentials {
  appKey: string;
  appSecret: string;
  accessToken: string;
  accessSecret: string;
}

export interface XReaderOptions {
  bearerToken: string;
  /** The local fake X server (http://127.0.0.1:PORT); real X when absent. */
  baseUrl?: string;
  meter: ReadMeter;
  clock: Clock;
  retry?: RetryOptions;
  /** Per-request timeout (real ms). Default 10 s. */
  requestTimeoutMs?: number;
  /** OAuth 1.0a user context: enables `searchUsers` (GET /2/users/search). */
  userContext?: UserContextCredentials;
  /** max_results for search pages (10–100). Default 100: fewer requests, same post reads. */
  pageSize?: number;
}

export interface XClient extends XReader {
  /** Release keep-alive sockets. */
  close(): void;
}

export const TWEET_FIELDS = [
  'created_at',
  'author_id',
  'conversation_id',
  'in_reply_to_user_id',
  'referenced_tweets',
  'entities',
  'lang',
].join(',');
export const USER_FIELDS = ['created_at', 'description', 'protected', 'verified'].join(',');

const SEARCH_WINDOW_MS = 7 * 24 * 3_600_000;

/** FACTS.md: twitter-api-v2 has no base-URL setting; rewrite the URL in a plugin. */
const toLocal = (base: string): ITwitterApiClientPlugin => ({
  onBeforeRequestConfig({ params }) {
    params.url = params.url.replace(/^https:\/\/(api|upload)\.(x|twitter)\.com/, base.replace(/\/$/, ''));
  },
});

const chunks = <T>(xs: T[], n: number): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
};

/** Turn whatever the transport threw into an XError; undefined for errors that are our bugs. */
export const toXError = (e: unknown, endpoint: string): XError | undefined => {
  if (e instanceof XError) return e;
  if (e instanceof ApiResponseError) {
    const status = e.code;
    const body = ErrorBodySchema.safeParse(e.data);
    const title = body.success ? body.data.title : undefined;
    const params = body.success
      ? [...new Set((body.data.errors ?? []).flatMap((x) => Object.keys(x.parameters ?? {})))]
      : [];
    // Sanitised: never the ApiResponseError itself (its request carries the Authorization header).
    const cause = { name: 'ApiResponseError', status, title };
    const what = `X ${endpoint} answered HTTP ${status}${title ? ` (${title})` : ''}`;
    if (status === 429) {
      if (title === 'UsageCapExceeded')
        return new XError('usage_cap', `${what}: monthly usage cap reached`, { endpoint, status, cause });
      const reset = e.rateLimit?.reset;
      const details: ConstructorParameters<typeof XError>[2] = { endpoint, status, cause };
      if (reset !== undefined && Number.isFinite(reset)) details.resetAt = reset * 1000;
      return new XError('rate_limited', `${what}: rate limit exceeded`, details);
    }
    if (status === 401 || status === 403)
      return new XError('auth', `${what}: credentials rejected`, { endpoint, status, cause });
    if (status >= 500) return new XError('unavailable', what, { endpoint, status, cause });
    return new XError(
      'bad_payload',
      `${what}: request refused${params.length > 0 ? ` (parameters: ${params.join(', ')})` : ''}`,
      { endpoint, status, cause },
    );
  }
  if (e instanceof ApiPartialResponseError)
    return new XError('bad_payload', `X ${endpoint} sent a body that is not valid JSON`, {
      endpoint,
      cause: { name: 'ApiPartialResponseError' },
    });
  if (e instanceof ApiRequestError) {
    // twitter-api-v2 1.29 stores the cause under `error` but its getter reads `requestError`.
    const opts = (e as unknown as { _options?: { error?: unknown; requestError?: unknown } })._options;
    const inner = opts?.requestError ?? opts?.error;
    const msg = inner instanceof Error ? inner.message : e.message;
    const timeout = /timeout/i.test(msg);
    return new XError('unavailable', `X ${endpoint}: ${timeout ? 'request timed out' : 'network error'}`, {
      endpoint,
      cause: { name: 'ApiRequestError', code: (inner as NodeJS.ErrnoException | undefined)?.code, timeout },
    });
  }
  return undefined;
};

const toXUser = (u: XUserPayload): XUser => {
  const out: XUser = {
    id: u.id,
    username: u.username,
    name: u.name,
    description: u.description ?? '',
    protected: u.protected ?? false,
    verified: u.verified ?? false,
  };
  if (u.created_at !== undefined) out.createdAt = u.created_at;
  return out;
};

const toPost = (t: XTweet, group: QueryGroup, endpoint: string): Post => {
  if (t.author_id === undefined || t.created_at === undefined)
    throw new XError('bad_payload', `X ${endpoint}: post without author_id/created_at`, { endpoint });
  const p: Post = {
    id: t.id,
    text: t.text,
    authorId: t.author_id,
    createdAt: t.created_at,
    source: group.source,
    mentions: (t.entities?.mentions ?? []).flatMap((m) => (m.username ? [m.username] : [])),
    referenced: (t.referenced_tweets ?? []).map((r) => ({ type: r.type, id: r.id })),
  };
  if (t.lang !== undefined) p.lang = t.lang;
  return p;
};

/** "Authorization Error" detail → why the post cannot be seen. */
const authorizationVisibility = (p: Problem): Visibility =>
  /suspend/i.test(p.detail ?? '') ? 'suspended' : /withheld/i.test(p.detail ?? '') ? 'withheld' : 'protected';

export const createXReader = (opts: XReaderOptions): XClient => {
  const agent = opts.baseUrl ? new http.Agent({ keepAlive: true }) : new https.Agent({ keepAlive: true });
  const settings = opts.baseUrl
    ? { plugins: [toLocal(opts.baseUrl)], httpAgent: agent }
    : { httpAgent: agent };
  const app: TwitterApiReadOnly = new TwitterApi(opts.bearerToken, settings).readOnly;
  const user: TwitterApiReadOnly | undefined = opts.userContext
    ? new TwitterApi(opts.userContext, settings).readOnly
    : undefined;
  const timeout = opts.requestTimeoutMs ?? 10_000;
  const attempts = Math.max(1, opts.retry?.attempts ?? 3);
  const base = opts.retry?.baseDelayMs ?? 500;
  const cap = opts.retry?.maxDelayMs ?? 8_000;
  const sleep = opts.retry?.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const random = opts.retry?.random ?? Math.random;
  const pageSize = Math.min(100, Math.max(10, opts.pageSize ?? 100));

  /** One GET with retries, validation and metering. */
  const get = async <S extends z.ZodMiniType>(
    client: TwitterApiReadOnly,
    endpoint: string,
    path: string,
    query: TRequestQuery,
    schema: S,
    count: (body: z.output<S>) => { postIds: string[]; userIds: string[] },
  ): Promise<z.output<S>> => {
    for (let attempt = 1; ; attempt++) {
      let raw: unknown;
      try {
        const res = await client.v2.get<unknown>(path, query, { fullResponse: true, timeout });
        raw = res.data;
      } catch (e) {
        await opts.meter.record({ endpoint });
        const xe = toXError(e, endpoint);
        if (xe === undefined) throw e;
        if (xe.kind !== 'unavailable' || attempt >= attempts) throw xe;
        await sleep(Math.floor(random() * Math.min(cap, base * 2 ** (attempt - 1))));
        continue;
      }
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        await opts.meter.record({ endpoint });
        throw new XError(
          'bad_payload',
          `X ${endpoint}: unexpected payload (${describeZodError(parsed.error)})`,
          {
            endpoint,
            status: 200,
          },
        );
      }
      await opts.meter.record({ endpoint, ...count(parsed.data) });
      return parsed.data;
    }
  };

  const countTimeline = (b: z.output<typeof TimelineResponseSchema>) => ({
    postIds: [...(b.data ?? []), ...(b.includes?.tweets ?? [])].map((t) => t.id),
    userIds: (b.includes?.users ?? []).map((u) => u.id),
  });
  const countUsers = (b: z.output<typeof UsersResponseSchema>) => ({
    postIds: [],
    userIds: (b.data ?? []).map((u) => u.id),
  });

  const searchOnce = async (group: QueryGroup, since: SinceSpec): Promise<SearchResult> => {
    const endpoint = '/2/tweets/search/recent';
    const params: TRequestQuery = { query: group.query, max_results: pageSize, 'tweet.fields': TWEET_FIELDS };
    if (since.sinceId !== undefined) params.since_id = since.sinceId;
    else if (since.startTime !== undefined) params.start_time = since.startTime;
    const pages: Post[][] = [];
    let newestId: string | undefined;
    let token: string | undefined;
    const tokens = new Set<string>();
    do {
      const q: TRequestQuery = token === undefined ? params : { ...params, next_token: token };
      const body = await get(app, endpoint, 'tweets/search/recent', q, TimelineResponseSchema, countTimeline);
      if (pages.length === 0) newestId = body.meta.newest_id;
      pages.push((body.data ?? []).map((t) => toPost(t, group, endpoint)).reverse());
      token = body.meta.next_token;
      if (token !== undefined) {
        if (tokens.has(token))
          throw new XError('bad_payload', `X ${endpoint}: pagination token repeated`, { endpoint });
        tokens.add(token);
      }
    } while (token !== undefined);
    const result: SearchResult = { posts: pages.reverse().flat(), pages: pages.length };
    if (newestId !== undefined) result.newestId = newestId;
    return result;
  };

  const reader: XClient = {
    async search(group, since) {
      try {
        return await searchOnce(group, since);
      } catch (e) {
        if (
          since.sinceId !== undefined &&
          e instanceof XError &&
          e.kind === 'bad_payload' &&
          e.details.status === 400 &&
          e.message.includes('since_id')
        ) {
          // The cursor fell out of the 7-day window: resume from the window's start (a minute in).
          const startTime = new Date(opts.clock.now() - SEARCH_WINDOW_MS + 60_000).toISOString();
          return searchOnce(group, { startTime });
        }
        throw e;
      }
    },

    async usersByIds(ids) {
      const out: XUser[] = [];
      for (const chunk of chunks([...new Set(ids)], 100)) {
        const body = await get(
          app,
          '/2/users',
          'users',
          { ids: chunk.join(','), 'user.fields': USER_FIELDS },
          UsersResponseSchema,
          countUsers,
        );
        out.push(...(body.data ?? []).map(toXUser));
      }
      return out;
    },

    async usersByUsernames(usernames) {
      const out: XUser[] = [];
      const unique = [
        ...new Map(usernames.map((u) => [u.replace(/^@/, '').toLowerCase(), u.replace(/^@/, '')])).values(),
      ];
      for (const chunk of chunks(unique, 100)) {
        const body = await get(
          app,
          '/2/users/by',
          'users/by',
          { usernames: chunk.join(','), 'user.fields': USER_FIELDS },
          UsersResponseSchema,
          countUsers,
        );
        out.push(...(body.data ?? []).map(toXUser));
      }
      return out;
    },

    async visibility(ids) {
      const out = new Map<string, Visibility>();
      for (const chunk of chunks([...new Set(ids)], 100)) {
        const body = await get(
          app,
          '/2/tweets',
          'tweets',
          { ids: chunk.join(',') },
          TweetsLookupResponseSchema,
          (b) => ({
            postIds: (b.data ?? []).map((t) => t.id),
            userIds: [],
          }),
        );
        for (const t of body.data ?? []) out.set(t.id, 'live');
        for (const p of body.errors ?? []) {
          const id = p.value ?? p.resource_id;
          if (id === undefined || !chunk.includes(id)) continue;
          if (p.title === 'Not Found Error') out.set(id, 'deleted');
          else if (p.title === 'Authorization Error') out.set(id, authorizationVisibility(p));
          else if (/suspend/i.test(p.detail ?? '')) out.set(id, 'suspended');
          else if (/withheld/i.test(`${p.title ?? ''} ${p.detail ?? ''}`)) out.set(id, 'withheld');
        }
      }
      return out;
    },

    close() {
      agent.destroy();
    },
  };

  if (user) {
    reader.searchUsers = async (query: string) => {
      const body = await get(
        user,
        '/2/users/search',
        'users/search',
        { query, max_results: 100, 'user.fields': USER_FIELDS },
        UserSearchResponseSchema,
        countUsers,
      );
      return (body.data ?? []).map(toXUser);
    };
  }
  return reader;
};
