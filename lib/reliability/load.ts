/**
 * Load: a federation of 50 academies on the embedded runtime, at 100, 300 and 1,000 registered
 * accounts, measuring one poll cycle (plan → search every query group → authors → store, classify,
 * flag, count → storm check): real time and DynamoDB operations (every command the document client
 * sends, counted by wrapping `send`, lib/reliability/dynamo).
 *
 * The claim to test: a cycle's cost grows with the NEW posts it reads and with the number of query
 * groups (the X planner packs `from:` handles and academy names into ≤ 512-character queries), not
 * with the history already in the table. So each size is measured twice with the same flow of new
 * posts per cycle: on an empty table, and again after a lot of history has been written (posts,
 * flags, day counters, authors: `historyPosts` posts through the real processPosts use case, dated
 * over the previous days).
 *
 * The federation (config) is generated and validated with the real config schema; the scenario is
 * synthetic: every cycle `postsPerCycle` new posts, half from official accounts, half public mentions
 * of an academy by name, a few of them flaggable (abusive / disparaging wording).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPollCycle } from '../app/poll';
import { processPosts } from '../app/process-posts';
import { parseConfigObject } from '../config/load';
import type { Config } from '../config/schema';
import { buildDirectory } from '../domain/attribution';
import type { Classifier } from '../domain/finding';
import type { Post } from '../domain/post';
import { SimClock } from '../local/clock';
import { startFakeX } from '../local/fake-x';
import { startLocalRuntime } from '../local/runtime';
import { snowflake } from '../local/scenario';
import type { Scenario, ScenarioPost, ScenarioUser } from '../local/scenario';
import { silentObs } from '../obs/log';
import { planQueries } from '../x/planner';
import { startManagedDynamo } from './dynamo';
import { rng } from './prng';

const PLACES = [
  'Ashbury',
  'Beckford',
  'Caldmoor',
  'Dunmere',
  'Elmstead',
  'Farthing',
  'Glenholme',
  'Harwick',
  'Ivybridge',
  'Juniper',
  'Kestrel',
  'Larkhill',
  'Millbrook',
  'Northgate',
  'Oakhurst',
  'Pendle',
  'Quarrydale',
  'Ravensworth',
  'Saltmarsh',
  'Thornbury',
  'Underwood',
  'Valebrook',
  'Westcliff',
  'Yarrow',
  'Zennor',
  'Alderley',
  'Brambleton',
  'Coldharbour',
  'Deepdale',
  'Eastwick',
  'Foxley',
  'Greystone',
  'Hollybush',
  'Ingleton',
  'Kingsclere',
  'Longridge',
  'Marshfield',
  'Netherton',
  'Orchard',
  'Primrose',
  'Redhill',
  'Stonebridge',
  'Tidewell',
  'Upton',
  'Wickham',
  'Whitmore',
  'Birchwood',
  'Clayfield',
  'Dovecote',
  'Fernhill',
] as const;

export const ACADEMIES = 50;

const person = (name: string, email: string) => ({ name, email });

/** A federation config: 50 academies, `accounts` registered accounts (≈ 10 trust-owned). */
export const federationConfig = (base: Config, accounts: number): Config => {
  const academies = PLACES.slice(0, ACADEMIES).map((place, i) => {
    const id = `acad${String(i + 1).padStart(2, '0')}`;
    const domain = `${id}.northstar.example`;
    return {
      id,
      name: `${place} Academy`,
      aliases: [place],
      keywords: [],
      principal: { ...person(`Head of ${place}`, `head@${domain}`), title: 'Principal' as const },
      dsl: person(`DSL of ${place}`, `dsl@${domain}`),
    };
  });
  const trustAccounts = Math.min(10, Math.max(1, Math.floor(accounts / 100)));
  const list = Array.from({ length: accounts }, (_, i) => {
    const trust = i < trustAccounts;
    const owner = trust ? 'trust' : (academies[(i - trustAccounts) % ACADEMIES]?.id ?? 'acad01');
    const handle = trust ? `nstar_${i}` : `${owner}_a${Math.floor((i - trustAccounts) / ACADEMIES)}`;
    const domain = trust ? 'northstar.example' : `${owner}.northstar.example`;
    return {
      platform: 'x' as const,
      handle,
      owner,
      approvedBy: 'Federation CEO',
      approvedOn: '2025-09-01',
      admins: [person('Comms office', `comms@${domain}`), person('IT desk', `it@${domain}`)],
    };
  });
  return parseConfigObject(
    {
      trust: {
        id: 'northstar',
        name: 'Northstar Academies Federation',
        timeZone: 'Europe/London',
        aliases: ['Northstar Federation'],
        keywords: ['#NorthstarFed'],
        ceo: person('Federation CEO', 'ceo@northstar.example'),
        coo: person('Federation COO', 'coo@northstar.example'),
        commsLead: person('Federation comms', 'comms@northstar.example'),
        operations: person('Federation IT', 'it-ops@northstar.example'),
      },
      academies,
      accounts: list,
      alerts: { ...base.alerts },
      schedule: { ...base.schedule, digest: { ...base.schedule.digest } },
      // High enough that the budget throttle (fewer mention polls) never changes what is measured.
      x: { monthlyBudgetUsd: 1_000_000, prices: { ...base.x.prices } },
      retention: { ...base.retention },
      policy: { ...base.policy },
    },
    `federation-${accounts}`,
  );
};

const MENTIONS = [
  (a: string) => `Lovely carol concert at ${a} tonight, well done everyone`,
  (a: string) => `Does anyone know when ${a} breaks up for Christmas?`,
  (a: string) => `${a} parents evening was really useful, thank you`,
  (a: string) => `Traffic outside ${a} at pick-up is a nightmare again`,
  (a: string) => `${a} is a joke of a school, useless head and lazy teachers`,
];
const OFFICIAL = [
  'Year 7 enjoyed their science trip today',
  'Reminder: non-uniform day on Friday for Children in Need',
  'Congratulations to our netball team on their win',
  'Open evening next Thursday from 6pm, all welcome',
];

/** Posts (`perCycle` per poll interval) for [fromMs, toMs), deterministic for a seed. */
export const syntheticPosts = (
  config: Config,
  users: { official: ScenarioUser[]; public: ScenarioUser[] },
  fromMs: number,
  toMs: number,
  stepMs: number,
  perCycle: number,
  seed: number,
): ScenarioPost[] => {
  const r = rng(seed);
  const out: ScenarioPost[] = [];
  let seq = 0;
  for (let t = fromMs; t < toMs; t += stepMs)
    for (let i = 0; i < perCycle; i++) {
      const at = t + Math.floor(((i + 0.5) / perCycle) * stepMs);
      const official = i % 2 === 0;
      const author = official ? r.pick(users.official) : r.pick(users.public);
      const academy = r.pick(config.academies);
      out.push({
        id: snowflake(at, seq++ & 0xfff),
        author_id: author.id,
        text: official
          ? `${r.pick(OFFICIAL)} #${academy.aliases[0] ?? 'school'}`
          : (r.pick(MENTIONS) as (a: string) => string)(academy.aliases[0] ?? academy.name),
        created_at: new Date(at).toISOString(),
        lang: 'en',
      });
    }
  return out;
};

export interface LoadPhase {
  cycles: number;
  /** Median real ms per poll cycle. */
  msPerCycle: number;
  /** Mean DynamoDB commands per poll cycle, and by command. */
  dynamoOpsPerCycle: number;
  byCommand: Record<string, number>;
  /** Mean new posts stored per cycle. */
  postsPerCycle: number;
  xRequestsPerCycle: number;
}

export interface LoadRow {
  accounts: number;
  academies: number;
  groups: { official: number; mention: number };
  fresh: LoadPhase;
  /** Posts of history in the table before the second measurement. */
  historyPosts: number;
  withHistory: LoadPhase;
  /** Dynamo ops per cycle, with history ÷ fresh (≈ 1: independent of history). */
  historyRatio: number;
}

export interface LoadOptions {
  base: Config;
  classify: Classifier;
  sentiment: (text: string) => number;
  sizes: readonly number[];
  cycles: number;
  postsPerCycle: number;
  historyPosts: number;
  onProgress?: (msg: string) => void;
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.floor((s.length - 1) / 2)] ?? 0);
};

export const runLoad = async (opts: LoadOptions): Promise<LoadRow[]> => {
  const rows: LoadRow[] = [];
  for (const size of opts.sizes) {
    const config = federationConfig(opts.base, size);
    const groups = planQueries(config);
    const official: ScenarioUser[] = config.accounts.map((a, i) => ({
      id: snowflake(Date.parse('2015-01-01T00:00:00Z') + Math.floor(i / 4000), i % 4000),
      username: a.handle,
      name: `${a.owner} account ${i}`,
      description: '',
      protected: false,
      verified: false,
    }));
    const publicUsers: ScenarioUser[] = Array.from({ length: 300 }, (_, i) => ({
      id: snowflake(Date.parse('2016-01-01T00:00:00Z'), i),
      username: `parent_${i}`,
      name: `Parent ${i}`,
      description: '',
      protected: false,
      verified: false,
    }));
    const step = config.schedule.pollMinutes * 60_000;
    const t0 = Date.parse('2026-11-16T09:00:00Z');
    // Measurement windows: fresh at t0, with history one day later (history dated in between).
    const t1 = t0 + 86_400_000;
    const posts = [
      ...syntheticPosts(
        config,
        { official, public: publicUsers },
        t0 - step,
        t0 + opts.cycles * step,
        step,
        opts.postsPerCycle,
        size,
      ),
      ...syntheticPosts(
        config,
        { official, public: publicUsers },
        t1 - step,
        t1 + opts.cycles * step,
        step,
        opts.postsPerCycle,
        size + 1,
      ),
    ];
    const scenario: Scenario = {
      name: `federation-${size}`,
      description: 'reliability load',
      start: new Date(t0).toISOString(),
      end: new Date(t1 + opts.cycles * step).toISOString(),
      users: [...official, ...publicUsers],
      posts,
      events: [],
    };
    const dir = await mkdtemp(join(tmpdir(), 'tw-load-'));
    const clock = new SimClock(t0 - step);
    const fakeX = await startFakeX({ scenario, clock });
    const dyn = await startManagedDynamo(join(dir, 'db'));
    const rt = await startLocalRuntime({
      config,
      clock,
      obs: silentObs(),
      classify: opts.classify,
      sentiment: opts.sentiment,
      x: { bearerToken: fakeX.bearerToken, baseUrl: fakeX.url },
      linkKey: 'reliability-load-key-0123456789abcdefghij',
      actionsBaseUrl: 'http://127.0.0.1:8788/a',
      dynamo: dyn.connect(),
    });
    const measure = async (from: number): Promise<LoadPhase> => {
      const ms: number[] = [];
      let ops = 0;
      let stored = 0;
      let xRequests = 0;
      const byCommand = new Map<string, number>();
      // Two warm-up cycles (first search of each group, registered handles resolved), not measured.
      for (let c = -2; c < opts.cycles; c++) {
        clock.set(Math.max(clock.now(), from + c * step));
        const before = new Map(dyn.commands);
        const xBefore = fakeX.stats().totalRequests;
        const start = performance.now();
        const r = await runPollCycle(rt.deps, { lookbackMs: step });
        const took = performance.now() - start;
        if (c < 0) continue;
        ms.push(took);
        stored += r.posts;
        xRequests += fakeX.stats().totalRequests - xBefore;
        for (const [k, v] of dyn.commands) {
          const d = v - (before.get(k) ?? 0);
          ops += d;
          byCommand.set(k, (byCommand.get(k) ?? 0) + d);
        }
      }
      const n = Math.max(1, opts.cycles);
      return {
        cycles: opts.cycles,
        msPerCycle: Math.round(median(ms)),
        dynamoOpsPerCycle: Math.round((ops / n) * 10) / 10,
        byCommand: Object.fromEntries([...byCommand].map(([k, v]) => [k, Math.round((v / n) * 10) / 10])),
        postsPerCycle: Math.round((stored / n) * 10) / 10,
        xRequestsPerCycle: Math.round((xRequests / n) * 10) / 10,
      };
    };
    try {
      opts.onProgress?.(`load ${size} accounts: ${groups.length} query groups, fresh table`);
      const fresh = await measure(t0);
      // History: posts of the hours in between, through the real processPosts (posts, flags, counters).
      opts.onProgress?.(`load ${size} accounts: writing ${opts.historyPosts} posts of history`);
      const handles = await rt.deps.authors.getHandles(config.accounts.map((a) => a.handle));
      const ids = new Map<string, string>();
      for (const [h, e] of handles) if (e.id) ids.set(h, e.id);
      const directory = buildDirectory(config, ids);
      const hStart = t0 + (opts.cycles + 2) * step;
      const hEnd = t1 - 3 * step;
      const history = syntheticPosts(
        config,
        { official, public: publicUsers },
        hStart,
        hEnd,
        Math.max(1000, Math.floor((hEnd - hStart) / Math.max(1, opts.historyPosts))),
        1,
        size + 2,
      ).slice(0, opts.historyPosts);
      const byId = new Map([...official, ...publicUsers].map((u) => [u.id, u]));
      for (let i = 0; i < history.length; i += 50) {
        const batch: Post[] = history.slice(i, i + 50).map((p) => {
          const author = byId.get(p.author_id);
          const registered = ids.has((author?.username ?? '').toLowerCase());
          return {
            id: p.id,
            text: p.text,
            authorId: p.author_id,
            authorUsername: author?.username ?? 'unknown',
            authorName: author?.name ?? 'unknown',
            ...(registered ? { accountHandle: author?.username ?? '' } : {}),
            createdAt: p.created_at,
            source: registered ? 'official' : 'mention',
            mentions: [],
            referenced: [],
          };
        });
        clock.set(Math.max(clock.now(), Date.parse(batch[batch.length - 1]?.createdAt ?? '') + 1));
        await processPosts(rt.deps, { directory, holds: [] }, batch);
      }
      const withHistory = await measure(t1);
      rows.push({
        accounts: size,
        academies: config.academies.length,
        groups: {
          official: groups.filter((g) => g.source === 'official').length,
          mention: groups.filter((g) => g.source === 'mention').length,
        },
        fresh,
        historyPosts: history.length,
        withHistory,
        historyRatio:
          fresh.dynamoOpsPerCycle > 0
            ? Math.round((withHistory.dynamoOpsPerCycle / fresh.dynamoOpsPerCycle) * 100) / 100
            : 0,
      });
    } finally {
      await rt.close();
      await dyn.close();
      await fakeX.close();
      await rm(dir, { recursive: true, force: true });
    }
  }
  return rows;
};
