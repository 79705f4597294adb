/**
 * The COO's weekly digest, part 1: gather the numbers (SUAT §3, §13: the COO monitors how the policy
 * works). `buildDigestData` reads the store and returns plain, typed, JSON-serialisable data; rendering
 * (./render.ts) is pure and never touches the store.
 *
 * Where each number comes from (bounded reads only, never a table scan):
 *   - scorecards     the daily counters (`daysOf`: one query per scope for the week and the four before;
 *                    about 51 small queries for 50 academies). Each counter map is keyed by post or
 *                    flag id, so counts are key counts, and merging maps across scopes de-duplicates:
 *                    a post about two academies counts once for each academy, once in the trust total.
 *   - the week's flags   `flagsOnDay` for the UTC days the week touches (7, or 8 in summer time),
 *                    filtered to [start, end): for the five most concerning posts and the CSV.
 *   - open items     `flagsByStatus('open')` and `flagsByStatus('removal_requested')`: what is open now.
 *   - holds          `listHolds()` (a handful a year), those overlapping the week.
 *   - X spend        `getUsage(month)` for the UTC month the week ends in.
 *
 * Sentiment index: the mean of the per-post sentiments in [-1, 1] of the week's public mentions, × 100
 * and rounded (−100 … +100). Official posts are the trust's own voice and are counted but not scored.
 * Trend: against last week's index and against the pooled mean of the four weeks before this one.
 * Deltas are differences of the rounded indices, so the numbers a reader sees add up.
 *
 * Corrupt counter entries (a flag value that is not "kind|severity") are not dropped silently: they are
 * listed in `warnings`, which the digest prints.
 */
import { tz } from '@date-fns/tz';
import { addMonths, differenceInCalendarDays, getDaysInMonth } from 'date-fns';
import * as z from '../zod';
import type { Clock } from '../app/ports';
import { parseIsoMs } from '../app/time';
import type { Config } from '../config/schema';
import type { Flag, FlagStatus } from '../domain/flag';
import type { Hold } from '../domain/hold';
import { holdEnd } from '../domain/hold';
import { FINDING_KINDS, KIND_LABEL, SEVERITIES, SEVERITY_RANK } from '../domain/kinds';
import type { FindingKind, PostSource, Severity } from '../domain/kinds';
import type { DayCounters, DynamoStore } from '../store/dynamo-store';
import type { DigestWeek } from './week';
import { previousWeek, resolveWeek, utcDays, weeksBefore } from './week';

export interface DigestDeps {
  config: Config;
  store: DynamoStore;
  clock: Clock;
}

export type SeverityCounts = Record<Severity, number>;

export interface KindCount {
  kind: FindingKind;
  label: string;
  count: number;
  /** The most severe severity seen for this kind this week. */
  worst: Severity;
}

export interface DayPoint {
  date: string;
  /** "Mon" … "Sun" */
  weekday: string;
  official: number;
  mentions: number;
  flags: number;
  /** Worst severity among the day's flags, or null. */
  worst: Severity | null;
  sentiment: number | null;
}

export interface WeekPoint {
  id: string;
  official: number;
  mentions: number;
  flags: number;
  sentiment: number | null;
}

export interface SentimentSummary {
  /** −100 … +100, or null when there were no mentions to score. */
  index: number | null;
  lastWeek: number | null;
  /** Pooled over the four weeks before this one. */
  avg4: number | null;
  vsLastWeek: number | null;
  vsAvg4: number | null;
  /** How many mentions the index is based on. */
  samples: number;
}

export interface Scorecard {
  /** Academy id, "trust" (posts about the trust as a whole) or "all" (the de-duplicated total). */
  scope: string;
  name: string;
  official: number;
  mentions: number;
  officialLastWeek: number;
  mentionsLastWeek: number;
  sentiment: SentimentSummary;
  /** The seven days of the week, Monday first. */
  days: DayPoint[];
  /** Five weeks, oldest first; the last is this week. */
  weeks: WeekPoint[];
  flags: {
    total: number;
    lastWeek: number;
    bySeverity: SeverityCounts;
    /** Most severe first, then most frequent. */
    byKind: KindCount[];
  };
  /** Ranking weight (critical 1000, high 100, medium 10, low 1). */
  concern: number;
}

export interface ConcernPost {
  postId: string;
  url: string;
  text: string;
  /** @username when known, else the author id. */
  author: string;
  source: PostSource;
  accountHandle?: string;
  postedAt: string;
  flaggedAt: string;
  severity: Severity;
  score: number;
  kinds: FindingKind[];
  flagIds: string[];
  scopes: string[];
  scopeNames: string[];
  /** Status of the most severe flag on the post. */
  status: FlagStatus;
  explanation: string;
  clauses: string[];
}

export interface OpenItem {
  flagId: string;
  kind: FindingKind;
  severity: Severity;
  scopeNames: string[];
  createdAt: string;
  ageHours: number;
  /** Critical/high, open longer than the config's escalation hours. */
  overdue: boolean;
  escalated: boolean;
  explanation: string;
  url?: string;
  author?: string;
  excerpt?: string;
}

export interface TakedownItem {
  flagId: string;
  kind: FindingKind;
  severity: Severity;
  scopeNames: string[];
  requestedAt: string;
  requestedBy?: string;
  hoursSinceRequest: number;
  /** Still visible more than `alerts.takedownHours` after the request (or a takedown_overdue flag exists). */
  overdue: boolean;
  escalatedToCeo: boolean;
  url?: string;
  author?: string;
  excerpt?: string;
}

/** Medium and low open flags, grouped by kind and academy (they also go out in the daily roll-up). */
export interface OpenGroup {
  kind: FindingKind;
  severity: Severity;
  scopeNames: string[];
  count: number;
  oldestHours: number;
}

export interface OpenItems {
  asOf: string;
  /** Open (unacknowledged) flags, most severe then oldest first; account kinds are listed separately. */
  unacknowledged: OpenItem[];
  /** The critical and high ones among them (listed one by one in the digest). */
  urgent: OpenItem[];
  /** The medium and low ones, grouped; most numerous first. */
  minor: OpenGroup[];
  overdue: OpenItem[];
  bySeverity: SeverityCounts;
  takedowns: TakedownItem[];
  takedownsOverdue: number;
}

export interface HoldItem {
  id: string;
  scope: string;
  scopeName: string;
  reason: string;
  declaredBy: string;
  startsAt: string;
  /** When it stopped (the earlier of its planned end and when it was lifted), if it has. */
  endsAt?: string;
  endedBy?: string;
  activeAtWeekEnd: boolean;
  /** Hours of the week the hold was in force. */
  hoursInWeek: number;
  /** hold_breach flags raised this week for this hold. */
  breaches: number;
}

export interface UnapprovedAccountItem {
  flagId: string;
  username?: string;
  name?: string;
  url?: string;
  scopeName: string;
  firstSeen: string;
  status: FlagStatus;
  reasons: string[];
}

export interface RegisterGapItem {
  flagId: string;
  handle: string;
  ownerName: string;
  problems: string[];
  knownGap?: string;
  since: string;
}

export interface UsageSummary {
  /** UTC month (X bills per UTC month), the one the week ends in. */
  month: string;
  requests: number;
  postReads: number;
  userReads: number;
  usd: number;
  budgetUsd: number;
  pctOfBudget: number;
  daysElapsed: number;
  daysInMonth: number;
  /** Straight-line projection to the month's end; null in the month's first day. */
  projectedUsd: number | null;
  projectedPct: number | null;
  status: 'ok' | 'at_risk' | 'over';
}

export interface PolicyReview {
  name: string;
  nextReviewDate?: string;
  /** Days from today (trust zone) to the review date; negative when past. */
  daysUntil?: number;
  status: 'ok' | 'due_soon' | 'overdue' | 'not_set';
}

export interface DigestData {
  trust: { id: string; name: string; timeZone: string };
  week: DigestWeek;
  generatedAt: string;
  /** The whole trust, de-duplicated across scopes. */
  total: Scorecard;
  /** "trust" (trust-wide posts) first, then the academies, most concerning first. */
  scorecards: Scorecard[];
  /** Flags raised this week (from the flags-by-day index), oldest first: the CSV. */
  weekFlags: Flag[];
  falsePositives: number;
  concerns: ConcernPost[];
  open: OpenItems;
  holds: HoldItem[];
  accounts: { unapproved: UnapprovedAccountItem[]; registerGaps: RegisterGapItem[] };
  usage: UsageSummary;
  policy: PolicyReview;
  warnings: string[];
}

const HOUR = 3_600_000;
const WEEKS_BACK = 4;
const TOP_CONCERNS = 5;
const ACCOUNT_KINDS: ReadonlySet<FindingKind> = new Set(['unapproved_account', 'register_gap']);
const CONCERN_WEIGHT: Record<Severity, number> = { critical: 1000, high: 100, medium: 10, low: 1 };
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;
const QUERY_CONCURRENCY = 8;

export const zeroSeverities = (): SeverityCounts => ({ critical: 0, high: 0, medium: 0, low: 0 });

export const scopeName = (config: Config, scope: string): string =>
  scope === 'trust'
    ? `${config.trust.name} (trust-wide)`
    : (config.academies.find((a) => a.id === scope)?.name ?? scope);

const isKind = (k: string): k is FindingKind => (FINDING_KINDS as readonly string[]).includes(k);
const isSeverity = (s: string): s is Severity => (SEVERITIES as readonly string[]).includes(s);

/** Counter value "kind|severity" → its parts, or undefined if it is not one. */
export const parseFlagEntry = (v: string): { kind: FindingKind; severity: Severity } | undefined => {
  const [kind, severity, ...rest] = v.split('|');
  if (rest.length > 0 || kind === undefined || severity === undefined) return undefined;
  return isKind(kind) && isSeverity(severity) ? { kind, severity } : undefined;
};

/** The posts and flags of some days of some scopes, keyed by id (so merging de-duplicates). */
interface Bucket {
  official: Map<string, number>;
  mentions: Map<string, number>;
  flags: Map<string, { kind: FindingKind; severity: Severity }>;
}

const emptyBucket = (): Bucket => ({ official: new Map(), mentions: new Map(), flags: new Map() });

/** Mean × 100, rounded; null for no values. */
export const sentimentIndex = (values: Iterable<number>): number | null => {
  let sum = 0;
  let n = 0;
  for (const v of values) {
    if (!Number.isFinite(v)) continue;
    sum += Math.max(-1, Math.min(1, v));
    n++;
  }
  if (n === 0) return null;
  const idx = Math.round((sum / n) * 100);
  return idx === 0 ? 0 : idx; // no "-0"
};

const diff = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

const worstOf = (severities: Iterable<Severity>): Severity | null => {
  let w: Severity | null = null;
  for (const s of severities) if (w === null || SEVERITY_RANK[s] > SEVERITY_RANK[w]) w = s;
  return w;
};

/** Run `fn` over `items` with at most `n` in flight, keeping order. */
const mapLimit = async <T, R>(items: readonly T[], n: number, fn: (t: T) => Promise<R>): Promise<R[]> => {
  const out: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
  return out;
};

const excerptOf = (text: string, max = 280): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
};

// ------------------------------------------------------------------------------------------ details

const UnapprovedDetails = z.object({
  username: z.optional(z.string()),
  name: z.optional(z.string()),
  url: z.optional(z.string()),
  reasons: z.optional(z.array(z.string())),
});
const RegisterGapDetails = z.object({
  handle: z.string(),
  owner: z.optional(z.string()),
  problems: z._default(z.array(z.string()), []),
  knownGap: z.optional(z.nullable(z.string())),
});
const HoldBreachDetails = z.object({ holdId: z.string() });
const TakedownDetails = z.object({ originalFlagId: z.string() });

// ------------------------------------------------------------------------------------------ build

interface ScopeDays {
  scope: string;
  byDate: Map<string, DayCounters>;
}

export const buildDigestData = async (deps: DigestDeps, week?: string | number): Promise<DigestData> => {
  const { config, store, clock } = deps;
  const zone = config.trust.timeZone;
  const now = clock.now();
  const thisWeek = week === undefined ? previousWeek(now, zone) : resolveWeek(week, zone);
  const history = Array.from({ length: WEEKS_BACK }, (_, i) => weeksBefore(thisWeek, WEEKS_BACK - i, zone));
  const allWeeks = [...history, thisWeek];
  const warnings: string[] = [];

  // 1. Counters: one query per scope covering the five weeks.
  const scopes = ['trust', ...config.academies.map((a) => a.id)];
  const from = allWeeks[0]?.dates[0] ?? thisWeek.dates[0] ?? '';
  const to = thisWeek.dates[6] ?? '';
  const scopeDays: ScopeDays[] = await mapLimit(scopes, QUERY_CONCURRENCY, async (scope) => {
    const days = await store.daysOf(scope, from, to);
    return { scope, byDate: new Map(days.map((d) => [d.date, d])) };
  });

  const fill = (bucket: Bucket, sd: readonly ScopeDays[], dates: readonly string[]): Bucket => {
    for (const s of sd)
      for (const date of dates) {
        const day = s.byDate.get(date);
        if (!day) continue;
        for (const [id, v] of Object.entries(day.official)) bucket.official.set(id, v);
        for (const [id, v] of Object.entries(day.mentions)) bucket.mentions.set(id, v);
        for (const [id, v] of Object.entries(day.flags)) {
          const parsed = parseFlagEntry(v);
          if (parsed) bucket.flags.set(id, parsed);
          else if (!bucket.flags.has(id)) {
            const w = `counter ${s.scope}/${date}: flag entry ${id} is not "kind|severity"`;
            if (!warnings.includes(w)) warnings.push(w);
          }
        }
      }
    return bucket;
  };

  const scorecardOf = (scope: string, name: string, sd: readonly ScopeDays[]): Scorecard => {
    const weekBuckets = allWeeks.map((w) => fill(emptyBucket(), sd, w.dates));
    const cur = weekBuckets[WEEKS_BACK] ?? emptyBucket();
    const last = weekBuckets[WEEKS_BACK - 1] ?? emptyBucket();
    const pooled = emptyBucket();
    for (const b of weekBuckets.slice(0, WEEKS_BACK))
      for (const [id, v] of b.mentions) pooled.mentions.set(id, v);

    const index = sentimentIndex(cur.mentions.values());
    const lastWeek = sentimentIndex(last.mentions.values());
    const avg4 = sentimentIndex(pooled.mentions.values());

    const bySeverity = zeroSeverities();
    const kinds = new Map<FindingKind, { count: number; worst: Severity }>();
    for (const f of cur.flags.values()) {
      bySeverity[f.severity]++;
      const k = kinds.get(f.kind);
      if (!k) kinds.set(f.kind, { count: 1, worst: f.severity });
      else {
        k.count++;
        if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[k.worst]) k.worst = f.severity;
      }
    }
    const byKind: KindCount[] = [...kinds.entries()]
      .map(([kind, v]) => ({ kind, label: KIND_LABEL[kind], count: v.count, worst: v.worst }))
      .sort(
        (a, b) =>
          SEVERITY_RANK[b.worst] - SEVERITY_RANK[a.worst] ||
          b.count - a.count ||
          a.kind.localeCompare(b.kind),
      );

    const days: DayPoint[] = thisWeek.dates.map((date, i) => {
      const b = fill(emptyBucket(), sd, [date]);
      return {
        date,
        weekday: WEEKDAYS[i] ?? '',
        official: b.official.size,
        mentions: b.mentions.size,
        flags: b.flags.size,
        worst: worstOf([...b.flags.values()].map((f) => f.severity)),
        sentiment: sentimentIndex(b.mentions.values()),
      };
    });

    return {
      scope,
      name,
      official: cur.official.size,
      mentions: cur.mentions.size,
      officialLastWeek: last.official.size,
      mentionsLastWeek: last.mentions.size,
      sentiment: {
        index,
        lastWeek,
        avg4,
        vsLastWeek: diff(index, lastWeek),
        vsAvg4: diff(index, avg4),
        samples: cur.mentions.size,
      },
      days,
      weeks: allWeeks.map((w, i) => {
        const b = weekBuckets[i] ?? emptyBucket();
        return {
          id: w.id,
          official: b.official.size,
          mentions: b.mentions.size,
          flags: b.flags.size,
          sentiment: sentimentIndex(b.mentions.values()),
        };
      }),
      flags: { total: cur.flags.size, lastWeek: last.flags.size, bySeverity, byKind },
      concern: SEVERITIES.reduce((sum, s) => sum + CONCERN_WEIGHT[s] * bySeverity[s], 0),
    };
  };

  const total = scorecardOf('all', config.trust.name, scopeDays);
  const trustCard = scorecardOf(
    'trust',
    scopeName(config, 'trust'),
    scopeDays.filter((s) => s.scope === 'trust'),
  );
  const order = new Map(config.academies.map((a, i) => [a.id, i]));
  const academyCards = config.academies
    .map((a) =>
      scorecardOf(
        a.id,
        a.name,
        scopeDays.filter((s) => s.scope === a.id),
      ),
    )
    .sort((a, b) => b.concern - a.concern || (order.get(a.scope) ?? 0) - (order.get(b.scope) ?? 0));

  // 2. The week's flags (bounded: the UTC days the week touches), open items, holds, usage.
  const [dayFlags, openFlags, removalFlags, holds, usage] = await Promise.all([
    mapLimit(utcDays(thisWeek.startMs, thisWeek.endMs), QUERY_CONCURRENCY, (d) => store.flagsOnDay(d)),
    store.flagsByStatus('open'),
    store.flagsByStatus('removal_requested'),
    store.listHolds(),
    store.getUsage(usageMonth(thisWeek, now)),
  ]);
  const weekFlags = dayFlags
    .flat()
    .filter((f) => {
      const t = Date.parse(f.createdAt);
      return t >= thisWeek.startMs && t < thisWeek.endMs;
    })
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));

  const names = (scopes: readonly string[]): string[] => scopes.map((s) => scopeName(config, s));

  return {
    trust: { id: config.trust.id, name: config.trust.name, timeZone: zone },
    week: thisWeek,
    generatedAt: new Date(now).toISOString(),
    total,
    scorecards: [trustCard, ...academyCards],
    weekFlags,
    falsePositives: weekFlags.filter((f) => f.status === 'false_positive').length,
    concerns: topConcerns(weekFlags, names),
    open: openItems(config, now, openFlags, removalFlags, names),
    holds: holdsOfWeek(config, thisWeek, holds, weekFlags),
    accounts: accountItems(config, openFlags, removalFlags, warnings),
    usage: usageSummary(config, usage, now),
    policy: policyReview(config, now),
    warnings,
  };
};

// ------------------------------------------------------------------------------------------ parts

/** The five most concerning posts: severity, then score, then how many kinds; one entry per post. */
export const topConcerns = (
  weekFlags: readonly Flag[],
  names: (scopes: readonly string[]) => string[],
  n = TOP_CONCERNS,
): ConcernPost[] => {
  const byPost = new Map<string, Flag[]>();
  for (const f of weekFlags) {
    if (!f.post || f.status === 'false_positive') continue;
    const list = byPost.get(f.post.id);
    if (list) list.push(f);
    else byPost.set(f.post.id, [f]);
  }
  const items: ConcernPost[] = [];
  for (const flags of byPost.values()) {
    const sorted = [...flags].sort(
      (a, b) => SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || b.score - a.score,
    );
    const top = sorted[0];
    const post = top?.post;
    if (!top || !post) continue;
    const scopes = [...new Set(flags.flatMap((f) => f.scopes))];
    items.push({
      postId: post.id,
      url: post.url,
      text: post.text,
      author: post.authorUsername !== undefined ? `@${post.authorUsername}` : post.authorId,
      source: post.source,
      ...(post.accountHandle !== undefined ? { accountHandle: post.accountHandle } : {}),
      postedAt: post.createdAt,
      flaggedAt: sorted.map((f) => f.createdAt).sort()[0] ?? top.createdAt,
      severity: top.severity,
      score: Math.max(...flags.map((f) => f.score)),
      kinds: [...new Set(sorted.map((f) => f.kind))],
      flagIds: sorted.map((f) => f.id),
      scopes,
      scopeNames: names(scopes),
      status: top.status,
      explanation: top.explanation,
      clauses: [...new Set(sorted.flatMap((f) => f.policy.clauses))],
    });
  }
  items.sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.score - a.score ||
      b.kinds.length - a.kinds.length ||
      a.postedAt.localeCompare(b.postedAt),
  );
  return items.slice(0, n);
};

export const openItems = (
  config: Config,
  now: number,
  openFlags: readonly Flag[],
  removalFlags: readonly Flag[],
  names: (scopes: readonly string[]) => string[],
): OpenItems => {
  const hoursSince = (isoTime: string): number => Math.max(0, (now - Date.parse(isoTime)) / HOUR);
  const overdueIds = new Set(
    openFlags
      .filter((f) => f.kind === 'takedown_overdue')
      .flatMap((f) => {
        const d = TakedownDetails.safeParse(f.details ?? {});
        return d.success ? [d.data.originalFlagId] : [];
      }),
  );
  const overduePostIds = new Set(
    openFlags.filter((f) => f.kind === 'takedown_overdue' && f.post).map((f) => f.post?.id ?? ''),
  );

  const unacknowledged: OpenItem[] = openFlags
    .filter((f) => !ACCOUNT_KINDS.has(f.kind) && f.kind !== 'takedown_overdue')
    .map((f) => {
      const ageHours = hoursSince(f.createdAt);
      const limit =
        f.severity === 'critical'
          ? config.alerts.escalateAfterHours.critical
          : f.severity === 'high'
            ? config.alerts.escalateAfterHours.high
            : undefined;
      return {
        flagId: f.id,
        kind: f.kind,
        severity: f.severity,
        scopeNames: names(f.scopes),
        createdAt: f.createdAt,
        ageHours,
        overdue: limit !== undefined && ageHours >= limit,
        escalated: f.escalatedAt !== undefined,
        explanation: f.explanation,
        ...(f.post
          ? {
              url: f.post.url,
              author: f.post.authorUsername !== undefined ? `@${f.post.authorUsername}` : f.post.authorId,
              excerpt: excerptOf(f.post.text, 160),
            }
          : {}),
      };
    })
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        a.createdAt.localeCompare(b.createdAt) ||
        a.flagId.localeCompare(b.flagId),
    );

  const bySeverity = zeroSeverities();
  for (const i of unacknowledged) bySeverity[i.severity]++;

  const takedowns: TakedownItem[] = removalFlags
    .map((f) => {
      const requestedAt = f.removalRequestedAt ?? f.createdAt;
      const hours = hoursSince(requestedAt);
      const escalatedToCeo = overdueIds.has(f.id) || (f.post !== undefined && overduePostIds.has(f.post.id));
      return {
        flagId: f.id,
        kind: f.kind,
        severity: f.severity,
        scopeNames: names(f.scopes),
        requestedAt,
        ...(f.removalRequestedBy !== undefined ? { requestedBy: f.removalRequestedBy } : {}),
        hoursSinceRequest: hours,
        overdue: escalatedToCeo || hours >= config.alerts.takedownHours,
        escalatedToCeo,
        ...(f.post
          ? {
              url: f.post.url,
              author: f.post.authorUsername !== undefined ? `@${f.post.authorUsername}` : f.post.authorId,
              excerpt: excerptOf(f.post.text, 160),
            }
          : {}),
      };
    })
    .sort((a, b) => a.requestedAt.localeCompare(b.requestedAt));

  const groups = new Map<string, OpenGroup>();
  for (const i of unacknowledged) {
    if (i.severity === 'critical' || i.severity === 'high') continue;
    const key = `${i.kind}|${i.severity}|${i.scopeNames.join('|')}`;
    const g = groups.get(key);
    if (g) {
      g.count++;
      g.oldestHours = Math.max(g.oldestHours, i.ageHours);
    } else
      groups.set(key, {
        kind: i.kind,
        severity: i.severity,
        scopeNames: i.scopeNames,
        count: 1,
        oldestHours: i.ageHours,
      });
  }
  const minor = [...groups.values()].sort(
    (a, b) =>
      SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
      b.count - a.count ||
      b.oldestHours - a.oldestHours,
  );

  return {
    asOf: new Date(now).toISOString(),
    unacknowledged,
    urgent: unacknowledged.filter((i) => i.severity === 'critical' || i.severity === 'high'),
    minor,
    overdue: unacknowledged.filter((i) => i.overdue),
    bySeverity,
    takedowns,
    takedownsOverdue: takedowns.filter((t) => t.overdue).length,
  };
};

export const holdsOfWeek = (
  config: Config,
  week: DigestWeek,
  holds: readonly Hold[],
  weekFlags: readonly Flag[],
): HoldItem[] =>
  holds
    .filter((h) => {
      const start = Date.parse(h.startsAt);
      const end = holdEnd(h);
      return start < week.endMs && (end === undefined || Date.parse(end) > week.startMs);
    })
    .map((h) => {
      const end = holdEnd(h);
      const from = Math.max(Date.parse(h.startsAt), week.startMs);
      const until = Math.min(end === undefined ? week.endMs : Date.parse(end), week.endMs);
      return {
        id: h.id,
        scope: h.scope,
        scopeName: scopeName(config, h.scope),
        reason: h.reason,
        declaredBy: h.declaredBy,
        startsAt: h.startsAt,
        ...(end !== undefined ? { endsAt: end } : {}),
        ...(h.endedBy !== undefined ? { endedBy: h.endedBy } : {}),
        activeAtWeekEnd: end === undefined || Date.parse(end) >= week.endMs,
        hoursInWeek: Math.max(0, Math.round(((until - from) / HOUR) * 10) / 10),
        breaches: weekFlags.filter((f) => {
          if (f.kind !== 'hold_breach') return false;
          const d = HoldBreachDetails.safeParse(f.details ?? {});
          return d.success && d.data.holdId === h.id;
        }).length,
      };
    })
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));

export const accountItems = (
  config: Config,
  openFlags: readonly Flag[],
  removalFlags: readonly Flag[],
  warnings: string[],
): DigestData['accounts'] => {
  const unapproved = [...openFlags, ...removalFlags]
    .filter((f) => f.kind === 'unapproved_account')
    .map((f): UnapprovedAccountItem => {
      const d = UnapprovedDetails.safeParse(f.details ?? {});
      if (!d.success) warnings.push(`flag ${f.id}: account details are not readable`);
      const det = d.success ? d.data : {};
      const scope = f.scopes[0] ?? 'trust';
      return {
        flagId: f.id,
        ...(det.username !== undefined ? { username: det.username } : {}),
        ...(det.name !== undefined ? { name: det.name } : {}),
        ...(det.url !== undefined ? { url: det.url } : {}),
        scopeName: scopeName(config, scope),
        firstSeen: f.createdAt,
        status: f.status,
        reasons: det.reasons ?? [],
      };
    })
    .sort((a, b) => a.firstSeen.localeCompare(b.firstSeen));

  const registerGaps = openFlags
    .filter((f) => f.kind === 'register_gap')
    .flatMap((f): RegisterGapItem[] => {
      const d = RegisterGapDetails.safeParse(f.details ?? {});
      if (!d.success) {
        warnings.push(`flag ${f.id}: register details are not readable`);
        return [];
      }
      const owner = d.data.owner ?? f.scopes[0] ?? 'trust';
      return [
        {
          flagId: f.id,
          handle: d.data.handle,
          ownerName: owner === 'trust' ? config.trust.name : scopeName(config, owner),
          problems: d.data.problems,
          ...(d.data.knownGap ? { knownGap: d.data.knownGap } : {}),
          since: f.createdAt,
        },
      ];
    })
    .sort((a, b) => a.handle.localeCompare(b.handle));

  return { unapproved, registerGaps };
};

/** The UTC month X usage is reported for: the month the week's last instant falls in. */
export const usageMonth = (week: DigestWeek, now: number): string =>
  new Date(Math.min(week.endMs - 1, now)).toISOString().slice(0, 7);

export const usageSummary = (
  config: Config,
  u: { month: string; requests: number; postReads: number; userReads: number; usd: number },
  now: number,
): UsageSummary => {
  const monthStart = parseIsoMs(`${u.month}-01T00:00:00Z`, 'UTC');
  const monthEnd = +addMonths(monthStart, 1, { in: tz('UTC') });
  const daysInMonth = Number.isNaN(monthStart) ? 30 : getDaysInMonth(monthStart, { in: tz('UTC') });
  const asOf = Math.min(Math.max(now, monthStart), monthEnd);
  const daysElapsed = (asOf - monthStart) / 86_400_000;
  const budget = config.x.monthlyBudgetUsd;
  const projectedUsd = daysElapsed >= 1 ? (u.usd / daysElapsed) * daysInMonth : null;
  const pct = (v: number): number => Math.round((v / budget) * 1000) / 10;
  return {
    month: u.month,
    requests: u.requests,
    postReads: u.postReads,
    userReads: u.userReads,
    usd: Math.round(u.usd * 100) / 100,
    budgetUsd: budget,
    pctOfBudget: pct(u.usd),
    daysElapsed: Math.round(daysElapsed * 10) / 10,
    daysInMonth,
    projectedUsd: projectedUsd === null ? null : Math.round(projectedUsd * 100) / 100,
    projectedPct: projectedUsd === null ? null : pct(projectedUsd),
    status: u.usd >= budget ? 'over' : projectedUsd !== null && projectedUsd > budget ? 'at_risk' : 'ok',
  };
};

export const policyReview = (config: Config, now: number): PolicyReview => {
  const { name, nextReviewDate } = config.policy;
  if (nextReviewDate === undefined) return { name, status: 'not_set' };
  const zone = config.trust.timeZone;
  // Whole days between the two dates on the zone's calendar.
  const daysUntil = differenceInCalendarDays(parseIsoMs(nextReviewDate, zone), now, { in: tz(zone) });
  return {
    name,
    nextReviewDate,
    daysUntil,
    status: daysUntil < 0 ? 'overdue' : daysUntil <= 30 ? 'due_soon' : 'ok',
  };
};
