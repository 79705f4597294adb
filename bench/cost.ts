/**
 * X cost bench (`npm run bench:cost`, `-- --json`): what a week of polling costs with TrustWatch's
 * strategy versus a naive one, on the fake X server with the real twitter-api-v2 client.
 *
 * The reference trust is generated here: 12 academies, 30 official accounts, 20 keywords; 2 official
 * posts per account per day; ~150 public mentions a day with two bursts; public retweets of mentions;
 * and unrelated public chatter that no strategy should read. 7 simulated days, polled every 5
 * minutes on a simulated clock (no real waiting).
 *
 *   trustwatch  planQueries + pollGroups (lib/x) with in-memory ports: batched searches with since_id
 *               cursors, no user expansions, authors looked up once (AuthorCache).
 *   naive       every cycle: per account GET /2/users/:id/tweets and GET /2/users/:id/mentions, and
 *               per academy (and the trust) one recent search for its names and keywords, all with
 *               since_id and expansions=author_id (user objects on every call), via twitter-api-v2's
 *               own userTimeline/userMentionTimeline/search. (Charitable: it keeps since_id cursors.)
 *
 * Lower bound (DESIGN.md): post reads = distinct new posts TrustWatch must see (every official post,
 * every public post matching a configured term; public retweets are not in it: TrustWatch's mention
 * queries skip them by design, see lib/x/planner), user reads = distinct authors of those posts.
 * "post reads" below are what X bills (each post once per UTC day, pay-per-use); raw = on the wire.
 */
import { TwitterApi } from 'twitter-api-v2';
import type { ITwitterApiClientPlugin } from 'twitter-api-v2';
import http from 'node:http';
import type { Clock } from '../lib/app/ports';
import { parseConfigObject } from '../lib/config/load';
import type { Config } from '../lib/config/schema';
import { startFakeX } from '../lib/local/fake-x';
import type { FakeX } from '../lib/local/fake-x';
import { snowflake } from '../lib/local/scenario';
import type { ScenarioInput } from '../lib/local/scenario';
import { createXReader } from '../lib/x/client';
import { createMemoryPorts } from '../lib/x/memory';
import { CostMeter } from '../lib/x/meter';
import { planQueries } from '../lib/x/planner';
import { pollGroups } from '../lib/x/poller';

const START = Date.parse('2026-03-02T00:00:00Z');
const DAYS = 7;
const POLL_MS = 5 * 60_000;
const PRICES = { postRead: 0.005, userRead: 0.01 };

// ---- deterministic randomness ---------------------------------------------------------------------
const rng = (() => {
  let a = 0x9e3779b9;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
})();
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)] as T;
const chance = (p: number) => rng() < p;

// ---- the reference trust ------------------------------------------------------------------------------
const PLACES = [
  'Ashby',
  'Barnfield',
  'Castlebrook',
  'Dunmore',
  'Elmhurst',
  'Fairholme',
  'Greystone',
  'Hollins',
  'Ivybridge',
  'Juniper',
  'Kestrel',
  'Longmead',
] as const;
const SUFFIX = ['Acad', 'Sport', 'Music', 'Sixth', 'PE', 'Lib'];

interface RefAccount {
  handle: string;
  owner: string;
  id: string;
}

const buildTrust = (): { config: Config; accounts: RefAccount[] } => {
  const person = (n: string, domain: string) => ({
    name: n,
    email: `${n.toLowerCase().replace(/\W/g, '')}@${domain}`,
  });
  const dom = 'northgate-trust.example';
  const academies = PLACES.map((p, i) => ({
    id: p.toLowerCase(),
    name: i % 3 === 2 ? `${p} Primary School` : `${p} Academy`,
    aliases: i % 2 === 0 ? [p] : [`${p} School`],
    // 18 academy keywords + 2 trust keywords = 20.
    keywords: i < 6 ? [`#${p}Family`, `#${p}Pride`] : i < 12 ? [`#Team${p}`] : [],
    principal: { ...person(`Head ${p}`, dom), title: 'Principal' as const },
    dsl: person(`DSL ${p}`, dom),
  }));
  const accounts: RefAccount[] = [
    { handle: 'NorthgateLT', owner: 'trust', id: '' },
    { handle: 'NorthgateCEO', owner: 'trust', id: '' },
  ];
  // 28 academy accounts: 4 academies with 3 accounts, 8 with 2.
  PLACES.forEach((p, i) => {
    const n = i < 4 ? 3 : 2;
    for (let k = 0; k < n; k++)
      accounts.push({ handle: `${p}${SUFFIX[k] ?? 'X'}`.slice(0, 15), owner: p.toLowerCase(), id: '' });
  });
  accounts.forEach((a, i) => (a.id = String(1_000_000 + i)));
  const config = parseConfigObject(
    {
      trust: {
        id: 'northgate',
        name: 'Northgate Learning Trust',
        aliases: ['Northgate Trust'],
        keywords: ['#NorthgateLT', '#NorthgateFamily'],
        ceo: person('CEO', dom),
        coo: person('COO', dom),
        commsLead: person('Comms', dom),
        operations: person('Ops', dom),
      },
      academies,
      accounts: accounts.map((a) => ({
        platform: 'x',
        handle: a.handle,
        owner: a.owner,
        approvedBy: 'CEO',
        approvedOn: '2025-09-01',
        admins: [person(`Admin1 ${a.handle}`, dom), person(`Admin2 ${a.handle}`, dom)],
      })),
      alerts: { from: `trustwatch@${dom}` },
      x: { monthlyBudgetUsd: 150, prices: PRICES },
    },
    'bench reference trust',
  );
  return { config, accounts };
};

// ---- a week of posts ---------------------------------------------------------------------------------
type Kind = 'official' | 'mention' | 'retweet' | 'noise';

const buildScenario = (config: Config, accounts: RefAccount[]) => {
  const users: ScenarioInput['users'] = accounts.map((a) => ({
    id: a.id,
    username: a.handle,
    name: a.handle,
  }));
  const publics = Array.from({ length: 700 }, (_, i) => ({
    id: String(5_000_000 + i),
    username: `parent_${i}`,
    name: `Local ${i}`,
  }));
  users.push(...publics);
  const drafts: { ms: number; author: string; text: string; kind: Kind; replyTo?: string; rt?: number }[] =
    [];
  const academyOf = (owner: string) => config.academies.find((a) => a.id === owner);
  const trustTag = '#NorthgateLT';
  const events = ['sports day', 'science fair', 'open evening', 'book week', 'concert', 'trip', 'assembly'];

  for (let d = 0; d < DAYS; d++) {
    const day = START + d * 86_400_000;
    // Official: 2 per account per day, school hours. Most name their own academy; some the trust.
    for (const a of accounts)
      for (let k = 0; k < 2; k++) {
        const ms = day + 7 * 3_600_000 + Math.floor(rng() * 11 * 3_600_000);
        const ac = academyOf(a.owner);
        const parts = [`What a ${pick(events)} today`];
        if (ac && chance(0.6)) parts.push(`at ${ac.name}`);
        if (ac && chance(0.4)) parts.push(ac.keywords[0] ?? '');
        if (chance(0.25)) parts.push(trustTag);
        if (chance(0.15)) parts.push('@NorthgateLT');
        if (chance(0.05)) parts.push(`with friends from ${pick(config.academies).name}`);
        drafts.push({ ms, author: a.id, text: parts.filter(Boolean).join(' '), kind: 'official' });
      }
    // Public mentions: ~130 a day spread over waking hours, plus bursts below.
    const mentionAt = (ms: number, focus?: string) => {
      const ac = focus ? academyOf(focus) : pick(config.academies);
      const acc = accounts.filter((x) => x.owner === ac?.id);
      const author = (publics[Math.floor(rng() ** 2 * publics.length)] as { id: string }).id;
      const r = rng();
      let text: string;
      let replyTo: string | undefined;
      if (r < 0.2 && acc.length > 0) {
        const target = pick(acc);
        text = `@${target.handle} thanks for the update, my child loved it`;
        replyTo = target.id;
      } else if (r < 0.35 && acc.length > 0)
        text = `Has anyone heard from @${pick(acc).handle} about the closure?`;
      else if (r < 0.7)
        text = `Really unhappy with ${pick([ac?.name ?? '', ...(ac?.aliases ?? [])])} this week`;
      else if (r < 0.9)
        text = `Proud parent moment ${pick(ac?.keywords.length ? ac.keywords : ['#NorthgateFamily'])}`;
      else text = `The ${pick(['Northgate Learning Trust', 'Northgate Trust'])} should answer parents`;
      const draft: (typeof drafts)[number] = { ms, author, text, kind: 'mention' };
      if (replyTo) draft.replyTo = replyTo;
      drafts.push(draft);
    };
    for (let k = 0; k < 130; k++) mentionAt(day + 6 * 3_600_000 + Math.floor(rng() * 17 * 3_600_000));
    if (d === 2)
      for (let k = 0; k < 90; k++)
        mentionAt(day + 14 * 3_600_000 + Math.floor(rng() * 3_600_000), 'castlebrook');
    if (d === 4)
      for (let k = 0; k < 50; k++) mentionAt(day + 19 * 3_600_000 + Math.floor(rng() * 1_800_000), 'hollins');
    // Unrelated chatter, including near misses ("Ash", "North gate").
    for (let k = 0; k < 300; k++)
      drafts.push({
        ms: day + Math.floor(rng() * 86_400_000),
        author: pick(publics).id,
        text: pick([
          'Lovely weather by the north gate today',
          'Ash trees are out',
          'Football later?',
          'New cafe in town',
        ]),
        kind: 'noise',
      });
  }
  // Public retweets of 10% of mentions, a few minutes to hours later.
  const mentions = drafts.filter((x) => x.kind === 'mention');
  for (const m of mentions)
    if (chance(0.1))
      drafts.push({
        ms: m.ms + 60_000 + Math.floor(rng() * 3 * 3_600_000),
        author: pick(publics).id,
        text: '',
        kind: 'retweet',
        rt: drafts.indexOf(m),
      });

  drafts.sort((a, b) => a.ms - b.ms);
  const ids = new Map<(typeof drafts)[number], string>();
  let lastMs = -1;
  let seq = 0;
  for (const dr of drafts) {
    seq = dr.ms === lastMs ? seq + 1 : 0;
    lastMs = dr.ms;
    ids.set(dr, snowflake(dr.ms, seq));
  }
  const unsorted = drafts.slice();
  const posts: ScenarioInput['posts'] = drafts
    .filter((d) => d.ms < START + DAYS * 86_400_000)
    .map((dr) => {
      const p: ScenarioInput['posts'][number] = {
        id: ids.get(dr) as string,
        author_id: dr.author,
        text: dr.text,
        created_at: new Date(dr.ms).toISOString(),
      };
      if (dr.replyTo) p.in_reply_to_user_id = dr.replyTo;
      if (dr.kind === 'retweet' && dr.rt !== undefined) {
        const orig = unsorted[dr.rt];
        const origAuthor = users.find((u) => u.id === orig?.author);
        p.text = `RT @${origAuthor?.username ?? 'x'}: ${orig?.text ?? ''}`.slice(0, 280);
        p.referenced_tweets = [{ type: 'retweeted', id: ids.get(orig as (typeof drafts)[number]) as string }];
      }
      return p;
    });
  const kindOf = new Map<string, Kind>();
  const authorOf = new Map<string, string>();
  for (const dr of drafts) {
    kindOf.set(ids.get(dr) as string, dr.kind);
    authorOf.set(ids.get(dr) as string, dr.author);
  }
  const scenario: ScenarioInput = {
    name: 'bench-reference-trust',
    start: new Date(START).toISOString(),
    end: new Date(START + DAYS * 86_400_000).toISOString(),
    users,
    posts,
  };
  return { scenario, kindOf, authorOf };
};

// ---- strategies ---------------------------------------------------------------------------------------
interface StrategyResult {
  requests: number;
  rawPostReads: number;
  rawUserReads: number;
  postReads: number;
  userReads: number;
  usdPerWeek: number;
  usdPerMonth: number;
  maxRequestsPerCycle: number;
  requestsPerCycle: number;
  rateLimitExceeded: number;
  seen: Set<string>;
}

const fromStats = (fx: FakeX, seen: Set<string>, maxPerCycle: number, cycles: number): StrategyResult => {
  const s = fx.stats();
  const usdPerWeek = s.billed.postReads * PRICES.postRead + s.billed.userReads * PRICES.userRead;
  return {
    requests: s.totalRequests,
    rawPostReads: s.postsReturned,
    rawUserReads: s.usersReturned,
    postReads: s.billed.postReads,
    userReads: s.billed.userReads,
    usdPerWeek,
    usdPerMonth: (usdPerWeek * 365.25) / 12 / 7,
    maxRequestsPerCycle: maxPerCycle,
    requestsPerCycle: s.totalRequests / cycles,
    rateLimitExceeded: s.rateLimited,
    seen,
  };
};

const simClock = () => {
  let now = START;
  const clock: Clock = { now: () => now };
  return { clock, set: (ms: number) => (now = ms) };
};

const runTrustWatch = async (config: Config, scenario: ScenarioInput) => {
  const { clock, set } = simClock();
  const fx = await startFakeX({ scenario, clock });
  const ports = createMemoryPorts();
  const meter = new CostMeter({
    prices: PRICES,
    monthlyBudgetUsd: config.x.monthlyBudgetUsd,
    store: ports.usage,
    clock,
  });
  const reader = createXReader({ bearerToken: fx.bearerToken, baseUrl: fx.url, meter, clock });
  const groups = planQueries(config);
  const seen = new Set<string>();
  let dupes = 0;
  let maxPerCycle = 0;
  let cycles = 0;
  let failedGroups = 0;
  for (let t = START + POLL_MS; t <= START + DAYS * 86_400_000; t += POLL_MS) {
    set(t);
    const before = fx.stats().totalRequests;
    const report = await pollGroups({ reader, meter, clock, ...ports }, groups, (batch) => {
      for (const p of batch.posts) {
        if (seen.has(p.id)) dupes++;
        seen.add(p.id);
      }
      return Promise.resolve();
    });
    failedGroups += report.groups.filter((g) => g.status !== 'ok').length;
    // The first cycle also resolves the 30 handles once (users/by); steady state is what matters.
    const made = fx.stats().totalRequests - before;
    if (cycles > 0) maxPerCycle = Math.max(maxPerCycle, made);
    cycles++;
  }
  const meterMonth = await meter.month();
  reader.close();
  const result = fromStats(fx, seen, maxPerCycle, cycles);
  await fx.close();
  return { result, groups, dupes, failedGroups, meterMonth };
};

const runNaive = async (config: Config, accounts: RefAccount[], scenario: ScenarioInput) => {
  const quote = (t: string) => (/^[#\w]+$/.test(t) ? t : `"${t}"`);
  const nameQueries = [
    [config.trust.name, ...config.trust.aliases, ...config.trust.keywords],
    ...config.academies.map((a) => [a.name, ...a.aliases, ...a.keywords]),
  ].map((terms) => terms.map(quote).join(' OR '));
  const { clock, set } = simClock();
  const fx = await startFakeX({ scenario, clock });
  const toLocal: ITwitterApiClientPlugin = {
    onBeforeRequestConfig({ params }) {
      params.url = params.url.replace(/^https:\/\/api\.(x|twitter)\.com/, fx.url);
    },
  };
  const agent = new http.Agent({ keepAlive: true });
  const api = new TwitterApi(fx.bearerToken, { plugins: [toLocal], httpAgent: agent }).readOnly;
  const cursors = new Map<string, string>();
  const seen = new Set<string>();
  let maxPerCycle = 0;
  let cycles = 0;
  let errors = 0;
  const opts = {
    max_results: 100,
    expansions: ['author_id'] as ['author_id'],
    'user.fields': ['created_at', 'description', 'protected', 'verified'] as (
      'created_at' | 'description' | 'protected' | 'verified'
    )[],
    'tweet.fields': ['created_at', 'author_id', 'entities', 'referenced_tweets', 'lang'] as (
      'created_at' | 'author_id' | 'entities' | 'referenced_tweets' | 'lang'
    )[],
  };
  type Opts = typeof opts & { since_id?: string; start_time?: string };
  /** What the three twitter-api-v2 paginators have in common. */
  interface Page {
    meta: { newest_id?: string };
    done: boolean;
    tweets: { id: string }[];
    fetchNext(): Promise<unknown>;
  }
  // Per account: its timeline and its mentions. Per owner: one search for its names and keywords.
  const jobs: { key: string; fetch: (o: Opts) => Promise<Page> }[] = [
    ...accounts.flatMap((a) => [
      { key: `tweets:${a.id}`, fetch: (o: Opts) => api.v2.userTimeline(a.id, o) },
      { key: `mentions:${a.id}`, fetch: (o: Opts) => api.v2.userMentionTimeline(a.id, o) },
    ]),
    ...nameQueries.map((q, i) => ({
      key: `search:${i}`,
      fetch: (o: Opts): Promise<Page> => api.v2.search(q, o),
    })),
  ];
  for (let t = START + POLL_MS; t <= START + DAYS * 86_400_000; t += POLL_MS) {
    set(t);
    const before = fx.stats().totalRequests;
    await Promise.all(
      jobs.map(async (job) => {
        const since = cursors.get(job.key);
        const o = since
          ? { ...opts, since_id: since }
          : { ...opts, start_time: new Date(t - POLL_MS).toISOString() };
        try {
          const page = await job.fetch(o);
          let first = true;
          for (;;) {
            if (first && page.meta.newest_id) cursors.set(job.key, page.meta.newest_id);
            first = false;
            if (page.done) break;
            await page.fetchNext();
          }
          for (const p of page.tweets) seen.add(p.id);
        } catch {
          errors++; // counted (rate limits show up in the fake's stats), the bench goes on
        }
      }),
    );
    const made = fx.stats().totalRequests - before;
    if (cycles > 0) maxPerCycle = Math.max(maxPerCycle, made);
    cycles++;
  }
  agent.destroy();
  const result = fromStats(fx, seen, maxPerCycle, cycles);
  await fx.close();
  return { result, errors };
};

// ---- main ------------------------------------------------------------------------------------------------
const main = async () => {
  const json = process.argv.includes('--json');
  const t0 = performance.now();
  const { config, accounts } = buildTrust();
  const { scenario, kindOf, authorOf } = buildScenario(config, accounts);
  const expected = [...kindOf.entries()]
    .filter(([, k]) => k === 'official' || k === 'mention')
    .map(([id]) => id);
  const lowerBound = {
    postReads: expected.length,
    userReads: new Set(expected.map((id) => authorOf.get(id))).size,
  };
  const [tw, naive] = await Promise.all([
    runTrustWatch(config, scenario),
    runNaive(config, accounts, scenario),
  ]);
  const missed = expected.filter((id) => !tw.result.seen.has(id)).length;
  const naiveMissed = expected.filter((id) => !naive.result.seen.has(id)).length;
  const seconds = (performance.now() - t0) / 1000;

  if (json) {
    const pick4 = (r: StrategyResult) => ({
      requests: r.requests,
      postReads: r.postReads,
      userReads: r.userReads,
      usdPerMonth: Math.round(r.usdPerMonth * 100) / 100,
    });
    console.log(
      JSON.stringify({
        trustwatch: pick4(tw.result),
        naive: pick4(naive.result),
        lowerBound,
        missed,
        rateLimitExceeded: tw.result.rateLimitExceeded,
      }),
    );
    return;
  }
  const counts = { official: 0, mention: 0, retweet: 0, noise: 0 };
  for (const k of kindOf.values()) counts[k]++;
  const row = (name: string, r: StrategyResult) =>
    `${name.padEnd(11)} ${String(r.requests).padStart(8)} ${String(r.postReads).padStart(7)} (${String(r.rawPostReads).padStart(6)}) ${String(r.userReads).padStart(7)} (${String(r.rawUserReads).padStart(6)}) ${r.usdPerWeek.toFixed(2).padStart(9)} ${r.usdPerMonth.toFixed(2).padStart(9)}  ${(r.postReads / lowerBound.postReads).toFixed(3)}  ${(r.userReads / lowerBound.userReads).toFixed(3)}  ${r.requestsPerCycle.toFixed(2).padStart(6)} ${String(r.maxRequestsPerCycle).padStart(4)}`;
  const out = [
    `Reference trust: 12 academies, ${accounts.length} official accounts, 20 keywords; ${DAYS} days polled every ${POLL_MS / 60_000} min (${tw.result.requests > 0 ? DAYS * 288 : 0} cycles).`,
    `Posts in the week: ${counts.official} official, ${counts.mention} public mentions, ${counts.retweet} public retweets, ${counts.noise} unrelated.`,
    `TrustWatch plan: ${tw.groups.length} queries (${tw.groups.filter((g) => g.source === 'official').length} official, ${tw.groups.filter((g) => g.source === 'mention').length} mention), lengths ${tw.groups.map((g) => g.query.length).join(', ')}.`,
    '',
    'strategy    requests  post reads billed (raw)  user reads (raw)   $/week   $/month  post/LB user/LB  req/cycle max',
    row('trustwatch', tw.result),
    row('naive', naive.result),
    `lower bound           ${String(lowerBound.postReads).padStart(7)}          ${String(lowerBound.userReads).padStart(7)}`,
    '',
    `TrustWatch: missed ${missed} of ${expected.length} posts; handed twice ${tw.dupes}; rate limits exceeded ${tw.result.rateLimitExceeded}; meter says $${tw.meterMonth.usd.toFixed(2)} (fake X bills $${tw.result.usdPerWeek.toFixed(2)}).`,
    `Naive: missed ${naiveMissed}; rate limits exceeded ${naive.result.rateLimitExceeded}; failed calls ${naive.errors}.`,
    `Targets: post reads ≤ 1.02 × LB: ${tw.result.postReads <= 1.02 * lowerBound.postReads ? 'met' : 'NOT met'}; user reads ≤ 1.05 × LB: ${tw.result.userReads <= 1.05 * lowerBound.userReads ? 'met' : 'NOT met'}; ≤ 6 requests per cycle: ${tw.result.maxRequestsPerCycle <= 6 ? 'met' : 'NOT met'} (max ${tw.result.maxRequestsPerCycle}); no rate limit exceeded: ${tw.result.rateLimitExceeded === 0 ? 'met' : 'NOT met'}.`,
    `Ran in ${seconds.toFixed(1)} s.`,
  ];
  console.log(out.join('\n'));
};

await main();
