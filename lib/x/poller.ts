/**
 * The poller: one cycle over the planned query groups.
 *
 *   1. Budget: read the month's spend; over budget, mention groups are polled only every Nth cycle
 *      (budgetPolicy), official groups always.
 *   2. Registered handles → ids from the AuthorCache (X only when unknown or a week old).
 *   3. Search each group from its cursor (since_id); a first run pins its cursor at `now − max(lookback, 1 h)`.
 *      A group failing with an XError is skipped this cycle with its cursor untouched and reported;
 *      the others go on. After a usage cap, an auth failure or a rate limit on search, the remaining
 *      groups are not even tried (they would fail the same way and only add requests).
 *   4. Authors: the ids not in the AuthorCache, across all groups, resolved with as few
 *      `usersByIds` calls as possible (100 per call) and cached; posts get authorUsername/authorName,
 *      official posts their registered accountHandle. If that lookup fails, the groups that need it
 *      are deferred (cursor untouched, read again next cycle: not billed again the same UTC day).
 *   5. `handle` per group (official groups first), then the cursor advances to the group's
 *      newest_id, ONLY after `handle` resolved. A post already handed over in this cycle by another
 *      group is not handed again, and a mention group never hands a registered account's post (the
 *      official groups cover every registered account), so a post is handed once even when an
 *      official group fails or mentions are deferred in the cycle where the overlap happens.
 *
 * Handle errors: if `handle` throws, the cycle stops and the error is rethrown, with that group's
 * cursor (and those of the groups not yet handled) untouched. Never swallowed: in Lambda the
 * invocation fails and is retried, and the next run reads the same posts again from the same
 * cursors, so nothing is lost; `handle` must be idempotent (conditional writes keyed by post id),
 * which it is anyway for at-least-once delivery.
 *
 * A group's first run stores a synthetic cursor (the snowflake of now − max(lookback, 1 h)) before it
 * searches, so the runs after it, failed or empty, continue from there instead of sliding the look-back
 * window past posts that appeared while they failed.
 */
import type { Clock } from '../app/ports';
import type { Post } from '../domain/post';
import { isXError } from './errors';
import type { XError, XErrorKind } from './errors';
import { budgetPolicy } from './meter';
import type { BudgetAlert, BudgetStatus, CostMeter } from './meter';
import { handlesOf, resolveHandles } from './planner';
import type { AuthorCache, CursorStore } from './ports';
import type { QueryGroup, XReader, XUser } from './types';

export interface PollDeps {
  reader: XReader;
  cursors: CursorStore;
  authors: AuthorCache;
  meter: CostMeter;
  clock: Clock;
}

export interface PollBatch {
  group: QueryGroup;
  /** Oldest first; authorUsername/authorName filled when X knows the author. */
  posts: Post[];
  newestId?: string;
}

export interface PollOptions {
  /** First run of a group (no cursor): read from now − lookbackMs. Default: one poll interval. */
  lookbackMs?: number;
  /** The poll interval, for the over-budget mention throttle. Default 5 minutes. */
  pollIntervalMs?: number;
}

export type PollGroupStatus = 'ok' | 'deferred' | XErrorKind;

export interface PollGroupReport {
  id: string;
  source: QueryGroup['source'];
  status: PollGroupStatus;
  /** Posts handed to `handle`. */
  posts: number;
  /** Search requests made. */
  pages: number;
  /** For rate_limited: when to try again (epoch ms). */
  resetAt?: number;
}

export interface PollReport {
  groups: PollGroupReport[];
  /** Author resolution: 'ok' or the XError kind that made groups wait. */
  authors: 'ok' | XErrorKind;
  /** Resolving registered handles (cached; X at most weekly): 'ok' or the XError kind. */
  accounts: 'ok' | XErrorKind;
  /** Registered handles X does not know (renamed/deleted/suspended): tell the operations contact. */
  missingAccounts: string[];
  /** An XError of kind 'auth' happened: the caller tells the operations contact (once). */
  authFailed: boolean;
  requests: number;
  postReads: number;
  userReads: number;
  /** Dollars billed for this cycle (pay-per-use, per-day dedupe). */
  usd: number;
  budget: BudgetStatus;
  /** Budget alerts claimed in this cycle (80%, 100%): the caller emails them. */
  alerts: BudgetAlert[];
}

const X_EPOCH = 1288834974657n;
/**
 * How far a group's first run reads back, at least: an hour of posts (a few reads for a trust) covers
 * a deployment whose first cycles fail, and shows what was said just before monitoring began.
 */
export const FIRST_RUN_LOOKBACK_MS = 60 * 60_000;

/** The smallest snowflake id of millisecond `ms`, minus one: a since_id that includes `ms`. */
const sinceIdAt = (ms: number): string => (((BigInt(ms) - X_EPOCH) << 22n) - 1n).toString();

/** Kinds after which the other groups would fail the same way this cycle. */
const STOPS_ALL: XErrorKind[] = ['usage_cap', 'auth', 'rate_limited'];

export const pollGroups = async (
  deps: PollDeps,
  groups: QueryGroup[],
  handle: (batch: PollBatch) => Promise<void>,
  opts: PollOptions = {},
): Promise<PollReport> => {
  const { reader, cursors, authors, meter, clock } = deps;
  const interval = opts.pollIntervalMs ?? 5 * 60_000;
  const lookback = opts.lookbackMs ?? interval;
  meter.beginCycle();
  const now = clock.now();
  const budget = await meter.budget();
  const policy = budgetPolicy(budget.fraction);
  const mentionsThisCycle = Math.floor(now / interval) % policy.mentionEvery === 0;

  const reports = new Map<string, PollGroupReport>();
  let authFailed = false;
  let stopAll: XError | undefined;
  const fail = (g: QueryGroup, e: XError, pages = 0) => {
    const r: PollGroupReport = { id: g.id, source: g.source, status: e.kind, posts: 0, pages };
    if (e.details.resetAt !== undefined) r.resetAt = e.details.resetAt;
    reports.set(g.id, r);
    if (e.kind === 'auth') authFailed = true;
  };

  // Official groups first: their posts win the in-cycle dedupe and they matter most.
  const ordered = [
    ...groups.filter((g) => g.source === 'official'),
    ...groups.filter((g) => g.source !== 'official'),
  ];

  // Registered accounts (for accountHandle); cached, so normally no X request.
  const officialHandles = ordered.filter((g) => g.source === 'official').flatMap(handlesOf);
  let handleById = new Map<string, string>();
  let missingAccounts: string[] = [];
  let accountsStatus: 'ok' | XErrorKind = 'ok';
  if (officialHandles.length > 0) {
    try {
      const resolved = await resolveHandles(deps, officialHandles);
      handleById = resolved.handleById;
      missingAccounts = resolved.missing;
    } catch (e) {
      if (!isXError(e)) throw e;
      accountsStatus = e.kind;
      if (e.kind === 'auth') authFailed = true;
      if (STOPS_ALL.includes(e.kind) && e.kind !== 'rate_limited') stopAll = e;
      // A rate-limited users/by does not stop search; accountHandle then comes from author names.
    }
  }

  // ---- search ----------------------------------------------------------------------------------------
  const results = new Map<string, { posts: Post[]; newestId?: string; pages: number }>();
  for (const g of ordered) {
    if (g.source === 'mention' && !mentionsThisCycle) {
      reports.set(g.id, { id: g.id, source: g.source, status: 'deferred', posts: 0, pages: 0 });
      continue;
    }
    if (stopAll) {
      fail(g, stopAll);
      continue;
    }
    let cursor = await cursors.get(g.id);
    if (cursor === undefined) {
      // A group's first run pins where it starts reading before it searches, so a first run that
      // fails is retried from the same point instead of sliding its window past the posts of the
      // cycles that failed. It reaches back at least FIRST_RUN_LOOKBACK_MS, so first cycles that could
      // not even write the pin (DynamoDB down or throttled) lose nothing either.
      cursor = sinceIdAt(now - Math.max(lookback, FIRST_RUN_LOOKBACK_MS));
      await cursors.put(g.id, cursor);
    }
    try {
      const res = await reader.search(g, { sinceId: cursor });
      const entry: { posts: Post[]; newestId?: string; pages: number } = {
        posts: res.posts,
        pages: res.pages,
      };
      if (res.newestId !== undefined) entry.newestId = res.newestId;
      results.set(g.id, entry);
    } catch (e) {
      if (!isXError(e)) throw e;
      fail(g, e);
      if (STOPS_ALL.includes(e.kind)) stopAll = e;
    }
  }

  // ---- authors ---------------------------------------------------------------------------------------
  const authorIds = [...new Set([...results.values()].flatMap((r) => r.posts.map((p) => p.authorId)))];
  const known = authorIds.length > 0 ? await authors.getMany(authorIds) : new Map<string, XUser>();
  const unknown = new Set(authorIds.filter((id) => !known.has(id)));
  let authorsStatus: 'ok' | XErrorKind = 'ok';
  if (unknown.size > 0) {
    try {
      const users = await reader.usersByIds([...unknown]);
      await authors.putMany(users);
      for (const u of users) known.set(u.id, u);
    } catch (e) {
      if (!isXError(e)) throw e;
      authorsStatus = e.kind;
      if (e.kind === 'auth') authFailed = true;
    }
  }

  // ---- hand over, then advance cursors -----------------------------------------------------------------
  const handed = new Set<string>();
  // A registered account's post is official, whichever query returned it: the official groups cover
  // every registered account, so mention groups never hand such a post (no cross-cycle duplicates
  // when one group failed or was deferred while the other succeeded).
  const registeredHandles = new Set(officialHandles.map((h) => h.toLowerCase()));
  const isRegistered = (p: Post): boolean =>
    handleById.has(p.authorId) || registeredHandles.has(known.get(p.authorId)?.username.toLowerCase() ?? '');
  for (const g of ordered) {
    const r = results.get(g.id);
    if (!r) continue;
    const needsLookup = authorsStatus !== 'ok' && r.posts.some((p) => unknown.has(p.authorId));
    if (needsLookup) {
      reports.set(g.id, {
        id: g.id,
        source: g.source,
        status: authorsStatus as XErrorKind,
        posts: 0,
        pages: r.pages,
      });
      continue;
    }
    const posts: Post[] = [];
    for (const p of r.posts) {
      if (handed.has(p.id)) continue;
      if (g.source === 'mention' && isRegistered(p)) continue;
      handed.add(p.id);
      const u = known.get(p.authorId);
      const out: Post = { ...p };
      if (u) {
        out.authorUsername = u.username;
        out.authorName = u.name;
      }
      if (g.source === 'official') {
        const h =
          handleById.get(p.authorId) ??
          handlesOf(g).find((x) => x.toLowerCase() === u?.username.toLowerCase());
        if (h !== undefined) out.accountHandle = h;
      }
      posts.push(out);
    }
    if (posts.length > 0) {
      const batch: PollBatch = { group: g, posts };
      if (r.newestId !== undefined) batch.newestId = r.newestId;
      await handle(batch); // throws → rethrown as is: this and later cursors stay where they were
    }
    if (r.newestId !== undefined) await cursors.put(g.id, r.newestId);
    reports.set(g.id, { id: g.id, source: g.source, status: 'ok', posts: posts.length, pages: r.pages });
  }

  const cycle = meter.cycle();
  return {
    groups: groups.map(
      (g) => reports.get(g.id) ?? { id: g.id, source: g.source, status: 'ok', posts: 0, pages: 0 },
    ),
    authors: authorsStatus,
    accounts: accountsStatus,
    missingAccounts,
    authFailed,
    requests: cycle.requests,
    postReads: cycle.postReads,
    userReads: cycle.userReads,
    usd: cycle.usd,
    budget: await meter.budget(),
    alerts: meter.drainAlerts(),
  };
};
