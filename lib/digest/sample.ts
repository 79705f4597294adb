/**
 * Sample data for the digest: fills a store so the digest can be built, previewed, benchmarked and
 * rendered in a browser before (or without) a full pipeline run.
 *
 *   seedRiversideWeek   the demo week (lib/local/demo/riverside-week.ts) replayed through the production
 *                       path `processPosts` (post records, flags, daily counters) with a stand-in
 *                       classifier that returns exactly the demo's expected findings, then the demo's
 *                       events (acknowledge, removal requested → removed, false positive, the Oakfield
 *                       hold), the mention storm, the impostor accounts, the register gap, four earlier
 *                       weeks of counters for the trends, and the month's X usage.
 *   sampleConfig        a config with N academies (the bench and the 50-academy browser test).
 *   seedSynthetic       N academies × five weeks of day counters (written in bulk) and a few hundred
 *                       flags in the digest week (written one by one, as the pipeline does).
 *
 * Deterministic (mulberry32 PRNG, fixed times): the same call gives the same store contents. This is
 * test and preview tooling: nothing on a production path imports it.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { BatchWriteCommandOutput, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import Sentiment from 'sentiment';
import { registerGapFlags } from '../app/discover';
import { processPosts, raiseFlag } from '../app/process-posts';
import type { Clock } from '../app/ports';
import { localDate } from '../app/time';
import { parseConfigObject } from '../config/load';
import type { Config, ConfigInput } from '../config/schema';
import { buildDirectory } from '../domain/attribution';
import type { Finding } from '../domain/finding';
import { flagId } from '../domain/flag';
import type { Flag, FlagStatus } from '../domain/flag';
import type { Hold } from '../domain/hold';
import { CONTENT_KINDS, isContentKind } from '../domain/kinds';
import type { ContentKind, FindingKind, Severity } from '../domain/kinds';
import { POLICY } from '../domain/policy';
import type { Post } from '../domain/post';
import { postUrl } from '../domain/post';
import { deliveryFor, route } from '../domain/routing';
import {
  RIVERSIDE_WEEK_EXPECTED,
  RIVERSIDE_WEEK_POST_IDS,
  buildRiversideWeek,
} from '../local/demo/riverside-week';
import { silentObs } from '../obs/log';
import { UsageSchema } from '../store/dynamo-store';
import type { DayCounters, DynamoStore, Usage } from '../store/dynamo-store';
import { TABLE_KEYS } from '../store/table';
import type { DigestWeek } from './week';
import { parseIsoWeek, weeksBefore } from './week';

export interface SeedTarget {
  store: DynamoStore;
  doc: DynamoDBDocumentClient;
  tableName: string;
}

/** The severity the classifier gives each content kind (DESIGN.md table). */
export const CONTENT_SEVERITY: Record<ContentKind, Severity> = {
  threat: 'critical',
  safeguarding: 'critical',
  abuse: 'high',
  profanity: 'high',
  disparaging: 'medium',
  media_enquiry: 'medium',
  personal_data: 'high',
  pupil_identification: 'high',
  sensitive_topic: 'medium',
  solicitation: 'low',
};

// ------------------------------------------------------------------------------------------ randomness

const fnv1a = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

export const prng = (seed: string): (() => number) => {
  let a = fnv1a(seed);
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const analyzer = new Sentiment();

/** Sentiment in [-1, 1] from AFINN (comparative score per word, scaled): the sample's stand-in. */
export const sampleSentiment = (text: string): number =>
  Math.max(-1, Math.min(1, Math.round((analyzer.analyze(text).comparative / 1.5) * 1000) / 1000));

/** A usage delta with every counter the store's schema knows (defaults 0), whatever it adds later. */
const usageDelta = (month: string, v: Partial<Omit<Usage, 'month'>>): Omit<Usage, 'month'> => {
  const { month: _m, ...rest } = UsageSchema.parse({ month, ...v });
  return rest;
};

// ------------------------------------------------------------------------------------------ bulk days

/** Write whole day-counter items in bulk (BatchWrite, 25 at a time): far faster than one update per post. */
export const putDayCounters = async (target: SeedTarget, days: readonly DayCounters[]): Promise<void> => {
  const K = TABLE_KEYS;
  for (let i = 0; i < days.length; i += 25) {
    let requests: { PutRequest: { Item: Record<string, unknown> } }[] | undefined = days
      .slice(i, i + 25)
      .map((d) => ({ PutRequest: { Item: { [K.pk]: `DAY#${d.scope}`, [K.sk]: d.date, ...d } } }));
    for (let attempt = 0; requests && requests.length > 0; attempt++) {
      if (attempt > 8) throw new Error(`BatchWrite left ${requests.length} day items unprocessed`);
      const res: BatchWriteCommandOutput = await target.doc.send(
        new BatchWriteCommand({ RequestItems: { [target.tableName]: requests } }),
      );
      requests = res.UnprocessedItems?.[target.tableName]?.flatMap((r) =>
        r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : [],
      );
    }
  }
};

const emptyDay = (scope: string, date: string): DayCounters => ({
  scope,
  date,
  official: {},
  mentions: {},
  flags: {},
  mentionMinutes: {},
});

/** Synthetic history: `weeks` of counters per scope with a rough weekly rhythm. */
const historyDays = (
  scopes: readonly string[],
  weeks: readonly DigestWeek[],
  rand: () => number,
  scale: (scope: string) => number,
): DayCounters[] => {
  const out: DayCounters[] = [];
  let n = 0;
  const kinds: [FindingKind, Severity][] = [
    ['disparaging', 'medium'],
    ['disparaging', 'medium'],
    ['media_enquiry', 'medium'],
    ['abuse', 'high'],
    ['solicitation', 'low'],
    ['safeguarding', 'critical'],
  ];
  for (const w of weeks)
    for (const scope of scopes) {
      const s = scale(scope);
      w.dates.forEach((date, i) => {
        const d = emptyDay(scope, date);
        const weekend = i >= 5;
        const official = Math.floor(rand() * (weekend ? 1.5 : 4) * s);
        const mentions = Math.floor(rand() * (weekend ? 4 : 9) * s);
        for (let k = 0; k < official; k++)
          d.official[`h${++n}`] = Math.round((0.3 + rand() * 0.6) * 100) / 100;
        for (let k = 0; k < mentions; k++)
          d.mentions[`h${++n}`] = Math.round((rand() * 1.3 - 0.45) * 100) / 100;
        if (rand() < 0.22 * s) {
          const [kind, sev] = kinds[Math.floor(rand() * (rand() < 0.9 ? 4 : kinds.length))] ?? [
            'disparaging',
            'medium',
          ];
          d.flags[`${kind}:h${++n}`] = `${kind}|${sev}`;
        }
        out.push(d);
      });
    }
  return out;
};

// ------------------------------------------------------------------------------------------ Riverside

export const RIVERSIDE_DIGEST_WEEK = '2026-W47';
/** Monday 23 November 2026, 07:30 in London (GMT): when the demo week's digest is sent. */
export const RIVERSIDE_DIGEST_NOW = Date.parse('2026-11-23T07:30:00Z');

const mutableClock = (t: number): Clock & { set(ms: number): void } => {
  let now = t;
  return { now: () => now, set: (ms: number) => (now = ms) };
};

const HOLD_END = '2026-11-20T16:00:00.000Z';

export interface RiversideSeedResult {
  flags: number;
  posts: number;
}

/**
 * Replay the demo week into `target` as the pipeline would store it (see the module header). Post
 * sentiment comes from AFINN (`sampleSentiment`); flags' kinds are exactly RIVERSIDE_WEEK_EXPECTED
 * (plus the borderline Willow Lane complaint, which the demo's Headteacher marks a false positive).
 */
export const seedRiversideWeek = async (target: SeedTarget, config: Config): Promise<RiversideSeedResult> => {
  const { store } = target;
  const scenario = buildRiversideWeek();
  const zone = config.trust.timeZone;
  const week = parseIsoWeek(RIVERSIDE_DIGEST_WEEK, zone);
  const users = new Map(scenario.users.map((u) => [u.id, u]));
  const obs = silentObs();
  const clock = mutableClock(week.startMs);

  // Expected content findings per post id, plus the borderline complaint.
  const expected = new Map<string, ContentKind[]>();
  for (const e of RIVERSIDE_WEEK_EXPECTED)
    if (e.postId !== undefined && isContentKind(e.kind))
      expected.set(e.postId, [...(expected.get(e.postId) ?? []), e.kind]);
  const border = RIVERSIDE_WEEK_POST_IDS['wl_border'];
  if (border !== undefined) expected.set(border, [...(expected.get(border) ?? []), 'disparaging']);

  // The Oakfield hold (declared from the mention-storm alert Thu 10:15, lifted Fri 16:00).
  const spikeAt = '2026-11-18T19:00:00.000Z';
  const spikeId = flagId('volume_spike', `oakfield:${spikeAt.slice(0, 13)}`);
  const hold: Hold = {
    id: `flag-${spikeId}`,
    scope: 'oakfield',
    reason: 'Mention storm about the Year 11 prom: pause official posting while we respond',
    declaredBy: 'principal@oakfield.riverside-trust.example',
    declaredAt: '2026-11-19T10:15:00.000Z',
    startsAt: '2026-11-19T10:15:00.000Z',
    origin: spikeId,
  };
  await store.putHold(hold);

  const directory = buildDirectory(config);
  let current: Finding[] = [];
  const classify = (): Finding[] => current;
  const deps = { config, store, clock, obs, classify, sentiment: sampleSentiment };
  const posts = [...scenario.posts].sort((a, b) => a.created_at.localeCompare(b.created_at));
  let flags = 0;
  for (const p of posts) {
    const author = users.get(p.author_id);
    const kinds = expected.get(p.id) ?? [];
    current = kinds.map((kind, i) => ({
      kind,
      severity: CONTENT_SEVERITY[kind],
      score: Math.round((0.62 + (fnv1a(p.id + kind) % 37) / 100) * 100) / 100,
      evidence: [],
      rule: `${kind}.sample`,
      explanation:
        i === 0 ? `Sample finding: ${kind.replace(/_/g, ' ')}.` : `Also ${kind.replace(/_/g, ' ')}.`,
    }));
    const post: Post = {
      id: p.id,
      text: p.text,
      authorId: p.author_id,
      ...(author ? { authorUsername: author.username, authorName: author.name } : {}),
      createdAt: p.created_at,
      source: 'mention',
      mentions: [...p.text.matchAll(/@([A-Za-z0-9_]{1,15})/g)].flatMap((m) => (m[1] ? [m[1]] : [])),
      referenced: p.referenced_tweets ?? [],
    };
    clock.set(Date.parse(p.created_at) + 90_000);
    const r = await processPosts(deps, { directory, holds: [{ ...hold, endedAt: HOLD_END }] }, [post]);
    flags += r.flags.length;
  }

  // The mention storm (Wednesday evening) and the impostor accounts (found by Tuesday's discovery run).
  const at = (iso: string): number => Date.parse(iso);
  const event = (f: Omit<Flag, 'to' | 'cc' | 'delivery' | 'policy' | 'status' | 'evidence'>): Flag => ({
    ...f,
    status: 'open',
    evidence: [],
    delivery: deliveryFor(config, f.kind, f.severity),
    policy: POLICY[f.kind],
    ...route(config, { kind: f.kind, severity: f.severity, scopes: f.scopes }),
  });
  const extra: Flag[] = [
    event({
      id: spikeId,
      kind: 'volume_spike',
      severity: 'high',
      scopes: ['oakfield'],
      createdAt: spikeAt,
      score: 0.9,
      rule: 'volume.spike',
      explanation: '12 mentions in the last hour against a usual 0.4 for this time (30.0×).',
      details: { count: 12, baseline: 0.4, ratio: 30 },
    }),
    ...(
      [
        ['KingsmeadAcad_', 'Kingsmead Academy', 'kingsmead', '2026-11-17T06:00:00.000Z'],
        ['Brookside_Conf', 'Brookside Confessions', 'brookside', '2026-11-17T06:00:00.000Z'],
      ] as const
    ).map(([username, name, scope, createdAt]) => {
      const user = scenario.users.find((u) => u.username === username);
      return event({
        id: flagId('unapproved_account', user?.id ?? username),
        kind: 'unapproved_account',
        severity: 'high',
        scopes: [scope],
        createdAt,
        score: 0.8,
        rule: 'account.lookalike',
        explanation: `@${username} presents itself as ${name} but is not in the register of approved accounts.`,
        details: {
          userId: user?.id ?? username,
          username,
          name: user?.name ?? name,
          url: `https://x.com/${username}`,
          reasons: ['name matches an academy', 'not in the register'],
        },
      });
    }),
    ...registerGapFlags(config, '2026-11-16T06:00:00.000Z'),
  ];
  for (const f of extra) {
    await raiseFlag({ config, store, obs }, f, at(f.createdAt));
    flags++;
  }

  // What people did (the scenario's events), and the take-down that X carried out.
  const id = (key: string): string => RIVERSIDE_WEEK_POST_IDS[key] ?? key;
  await store.transitionFlag(flagId('safeguarding', id('sg_brookside')), ['open'], 'acknowledged', {
    acknowledgedAt: '2026-11-16T20:02:36.000Z',
    acknowledgedBy: 'dsl@brookside.riverside-trust.example',
  });
  const km = flagId('threat', id('threat_km'));
  await store.transitionFlag(km, ['open'], 'removal_requested', {
    removalRequestedAt: '2026-11-18T09:10:00.000Z',
    removalRequestedBy: 'principal@kingsmead.riverside-trust.example',
  });
  await store.transitionFlag(km, ['removal_requested'], 'resolved', {
    resolvedAt: '2026-11-18T20:05:00.000Z',
    resolution: 'post no longer visible on X (deleted)',
  });
  await store.transitionFlag(flagId('disparaging', id('wl_border')), ['open'], 'false_positive', {
    acknowledgedAt: '2026-11-18T16:40:00.000Z',
    acknowledgedBy: 'head@willowlane.riverside-trust.example',
  });
  await store.endHold(hold.id, HOLD_END, 'principal@oakfield.riverside-trust.example');
  // The Oakfield threat: removal requested on Friday; X has not acted by Monday (take-down overdue).
  await store.transitionFlag(
    flagId('threat', id('threat_oak')),
    ['open', 'acknowledged'],
    'removal_requested',
    {
      removalRequestedAt: '2026-11-20T11:00:00.000Z',
      removalRequestedBy: 'principal@oakfield.riverside-trust.example',
    },
  );
  // Most immediate flags were acknowledged within the day; the pile-on was left to the roll-up.
  for (const d of week.dates.slice(0, 5)) {
    for (const f of await store.flagsOnDay(d)) {
      if (f.status !== 'open' || f.kind === 'disparaging' || f.kind === 'unapproved_account') continue;
      if (f.kind === 'register_gap' || f.kind === 'media_enquiry' || f.kind === 'hold_breach') continue;
      if (fnv1a(f.id) % 3 === 0) continue;
      await store.transitionFlag(f.id, ['open'], 'acknowledged', {
        acknowledgedAt: new Date(at(f.createdAt) + 45 * 60_000).toISOString(),
        acknowledgedBy: 'principal@riverside-trust.example',
      });
    }
  }
  for (const f of await store.flagsByStatus('open'))
    if ((f.severity === 'critical' || f.severity === 'high') && f.kind !== 'unapproved_account')
      await store.markEscalated(
        f.id,
        new Date(at(f.createdAt) + config.alerts.escalateAfterHours[f.severity] * 3_600_000).toISOString(),
      );

  // Four earlier weeks of counters (quieter), and two older flags still open.
  const scopes = ['trust', ...config.academies.map((a) => a.id)];
  const history = Array.from({ length: 4 }, (_, i) => weeksBefore(week, 4 - i, zone));
  await putDayCounters(
    target,
    historyDays(scopes, history, prng('riverside-history'), (s) =>
      s === 'trust' ? 0.5 : s === 'oakfield' ? 1.2 : 1,
    ),
  );
  const old: Flag[] = [
    event({
      id: 'disparaging:sample-old-1',
      kind: 'disparaging',
      severity: 'medium',
      scopes: ['kingsmead'],
      createdAt: '2026-11-12T19:40:00.000Z',
      score: 0.71,
      rule: 'disparaging.sample',
      explanation: 'Sample finding: disparaging.',
      post: {
        id: '2120000000000000001',
        text: 'Kingsmead parents evening was a shambles again. Nobody knew which room anyone was in. @KingsmeadAcad',
        url: postUrl({ id: '2120000000000000001', authorUsername: 'stevo_wright' }),
        authorId: '9001',
        authorUsername: 'stevo_wright',
        createdAt: '2026-11-12T19:38:00.000Z',
        capturedAt: '2026-11-12T19:40:00.000Z',
        source: 'mention',
      },
    }),
  ];
  for (const f of old) await raiseFlag({ config, store, obs }, f, at(f.createdAt));

  await store.addUsage(
    '2026-11',
    usageDelta('2026-11', { requests: 2184, postReads: 8740, userReads: 912, usd: 52.82 }),
  );
  return { flags, posts: posts.length };
};

// ------------------------------------------------------------------------------------------ synthetic

const PLACES = [
  'Ashford',
  'Beacon Hill',
  'Bramley',
  'Castlefield',
  'Darnell',
  'Eastbrook',
  'Elmwood',
  'Fairfield',
  'Foxhollow',
  'Glenmoor',
  'Greenacre',
  'Harrowgate',
  'Hawthorn',
  'Hillcrest',
  'Ivybridge',
  'Juniper Park',
  'Kestrel',
  'Larchmere',
  'Longmeadow',
  'Maple Grove',
  'Meadowbank',
  'Millbrook',
  'Northgate',
  'Oakridge',
  'Orchard Vale',
  'Parkside',
  'Queensway',
  'Redhill',
  'Ridgeway',
  'Rosewood',
  'Sandringham',
  'Southfield',
  'Stonebridge',
  'Summerfield',
  'Thornbury',
  'Upton',
  'Valley Road',
  'Westcliff',
  'Whitmore',
  'Willowbrook',
  'Windmill Hill',
  'Woodlands',
  'Yarrow',
  'Abbeyfields',
  'Bishops Wood',
  'Cedar Lane',
  'Dovecote',
  'Highfield',
  'Lakeside',
  'Moorfield',
] as const;
const TYPES = [
  'Primary',
  'Academy',
  'Primary Academy',
  'Junior School',
  'Infant School',
  'Community Primary',
];

/** A valid config with `n` academies (one account each), based on `base` (e.g. config/riverside.yaml). */
export const sampleConfig = (base: Config, n: number): Config => {
  const academies = Array.from({ length: n }, (_, i) => {
    const place = PLACES[i % PLACES.length] ?? `Place ${i}`;
    const name =
      i === 7
        ? 'St Mary and St John Church of England Voluntary Aided Primary Academy'
        : `${place}${i >= PLACES.length ? ` ${Math.floor(i / PLACES.length) + 1}` : ''} ${TYPES[i % TYPES.length]}`;
    const id = `a${String(i + 1).padStart(2, '0')}-${place.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`.slice(
      0,
      40,
    );
    const dom = `${id}.trust.example`;
    return {
      id,
      name,
      principal: { name: `Head of ${place}`, email: `head@${dom}`, title: 'Headteacher' as const },
      dsl: { name: `DSL of ${place}`, email: `dsl@${dom}` },
    };
  });
  const input: ConfigInput = {
    trust: {
      id: base.trust.id,
      name: base.trust.name,
      timeZone: base.trust.timeZone,
      ceo: base.trust.ceo,
      coo: base.trust.coo,
      commsLead: base.trust.commsLead,
      operations: base.trust.operations,
    },
    academies,
    accounts: [
      ...base.accounts.filter((a) => a.owner === 'trust'),
      ...academies.map((a, i) => ({
        platform: 'x' as const,
        handle: `Acad${String(i + 1).padStart(2, '0')}${a.id.replace(/[^a-z]/g, '').slice(0, 8)}`,
        owner: a.id,
        approvedBy: a.principal.name,
        approvedOn: '2025-09-01',
        admins: [
          { name: 'Office', email: `office@${a.id}.trust.example` },
          { name: a.principal.name, email: a.principal.email },
        ],
      })),
    ],
    alerts: { from: base.alerts.from, fromName: base.alerts.fromName },
    schedule: { digest: base.schedule.digest },
    x: { monthlyBudgetUsd: base.x.monthlyBudgetUsd },
    policy: {
      name: base.policy.name,
      ...(base.policy.nextReviewDate !== undefined ? { nextReviewDate: base.policy.nextReviewDate } : {}),
    },
  };
  return parseConfigObject(input, `sample config (${n} academies)`);
};

const SAMPLE_TEXTS: Record<ContentKind, string> = {
  threat: 'Someone should sort that teacher out at the gates tomorrow, I know what car he drives.',
  safeguarding: 'A Year 6 girl told my daughter an adult she met online keeps asking her to meet up.',
  abuse: 'The new head is a useless clown and everyone at the school gates says so.',
  profanity: 'What a bloody shambles of a sports day, honestly.',
  disparaging: 'Communication from this school is a joke. Three letters, three different dates.',
  media_enquiry: 'Journalist at the local paper here. Could the school comment on the staffing story? DM me.',
  personal_data: 'Call Mrs Smith on 07700 900123 if your child has not returned the consent form.',
  pupil_identification: 'Well done to Amelia Jones in 4B for her brilliant story!',
  sensitive_topic: 'We can’t comment on the investigation into the staffing changes at this stage.',
  solicitation: 'Vote for our head’s husband in the council election on Thursday!',
};

export interface SyntheticSeedOptions {
  week: string;
  /** Flags raised in the digest week (spread across academies). */
  flags?: number;
  seed?: string;
}

/** Seed `config`'s academies with five weeks of counters and `flags` flags in the digest week. */
export const seedSynthetic = async (
  target: SeedTarget,
  config: Config,
  opts: SyntheticSeedOptions,
): Promise<{ days: number; flags: number }> => {
  const zone = config.trust.timeZone;
  const week = parseIsoWeek(opts.week, zone);
  const rand = prng(opts.seed ?? 'synthetic');
  const scopes = ['trust', ...config.academies.map((a) => a.id)];
  const history = Array.from({ length: 4 }, (_, i) => weeksBefore(week, 4 - i, zone));
  const scale = new Map(scopes.map((s) => [s, 0.4 + rand() * 1.4]));
  const days = historyDays(scopes, [...history, week], rand, (s) => scale.get(s) ?? 1);
  // The digest week's flags are real flag items (and counted in the days' maps like the pipeline does).
  const byKey = new Map(days.map((d) => [`${d.scope}|${d.date}`, d]));
  for (const d of days) if (week.dates.includes(d.date)) d.flags = {};
  const flags: Flag[] = [];
  const nFlags = opts.flags ?? 300;
  const statuses: FlagStatus[] = [
    'open',
    'open',
    'acknowledged',
    'acknowledged',
    'acknowledged',
    'false_positive',
    'resolved',
  ];
  for (let i = 0; i < nFlags; i++) {
    const r = rand();
    const kind: ContentKind =
      r < 0.03
        ? 'threat'
        : r < 0.06
          ? 'safeguarding'
          : r < 0.2
            ? 'abuse'
            : (CONTENT_KINDS[4 + Math.floor(rand() * 6)] ?? 'disparaging');
    const academy = config.academies[Math.floor(rand() * rand() * config.academies.length)];
    const scopesOf = academy ? (rand() < 0.05 ? [academy.id, 'trust'] : [academy.id]) : ['trust'];
    const createdMs = week.startMs + Math.floor(rand() * (week.endMs - week.startMs - 60_000));
    const createdAt = new Date(createdMs).toISOString();
    const postId = String(2120000000000000000n + BigInt(i * 7919 + 13));
    const username = `user_${Math.floor(rand() * 5000)}`;
    const severity = CONTENT_SEVERITY[kind];
    const status = statuses[Math.floor(rand() * statuses.length)] ?? 'open';
    const official = ['personal_data', 'pupil_identification', 'sensitive_topic', 'solicitation'].includes(
      kind,
    );
    flags.push({
      id: flagId(kind, postId),
      kind,
      severity,
      scopes: scopesOf,
      status,
      delivery: deliveryFor(config, kind, severity),
      createdAt,
      post: {
        id: postId,
        text: `${SAMPLE_TEXTS[kind]} ${academy?.name ?? config.trust.name}`,
        url: postUrl({ id: postId, authorUsername: username }),
        authorId: String(100000 + i),
        authorUsername: username,
        createdAt: new Date(createdMs - 120_000).toISOString(),
        capturedAt: createdAt,
        source: official ? 'official' : 'mention',
      },
      score: Math.round((0.5 + rand() * 0.5) * 100) / 100,
      evidence: [],
      rule: `${kind}.sample`,
      explanation: `Sample finding: ${kind.replace(/_/g, ' ')}.`,
      policy: POLICY[kind],
      ...route(config, { kind, severity, scopes: scopesOf }),
      ...(status === 'acknowledged' || status === 'false_positive'
        ? {
            acknowledgedAt: new Date(createdMs + 3_600_000).toISOString(),
            acknowledgedBy: 'head@trust.example',
          }
        : {}),
    });
    const date = localDate(createdMs, zone);
    for (const s of scopesOf) {
      const day = byKey.get(`${s}|${date}`);
      if (day) day.flags[flagId(kind, postId)] = `${kind}|${severity}`;
    }
  }
  await putDayCounters(target, days);
  for (const f of flags) await target.store.putFlag(f, undefined, Date.parse(f.createdAt));
  const month = new Date(week.endMs - 1).toISOString().slice(0, 7);
  await target.store.addUsage(
    month,
    usageDelta(month, { requests: 5200, postReads: 21000, userReads: 2600, usd: 131.4 }),
  );
  return { days: days.length, flags: flags.length };
};
