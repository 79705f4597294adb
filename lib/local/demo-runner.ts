/**
 * The demo: replay a scenario week on the embedded runtime, on a simulated clock, through the same
 * use cases the Lambdas run, and report what happened.
 *
 * Every `pollMinutes` of simulated time: apply the people's actions that fall due (each one a signed
 * action link POSTed through the real actions use case, or a CLI-style hold), poll X (the fake server
 * shows only posts whose created_at has passed), send what is due (notify, hold notices). Every hour:
 * escalate (unacknowledged alerts, take-down re-checks) and discovery of look-alike accounts. After the
 * week: the daily roll-up still due and the COO's Monday digest.
 *
 * Output: the emails as `<outDir>/mail/NNN.eml`, and a summary (written to `<outDir>/summary.json` by
 * the CLI): posts read, flags by kind, every email (file, to, cc, subject, kinds), X usage, and, when
 * the scenario comes with ground truth, which expected findings were caught and which were missed.
 * Same scenario, same output: the clock, ids, links and MIME are all deterministic.
 */
import { signAction } from '../actions/links';
import type { ActionKey } from '../actions/links';
import { handleActionRequest } from '../app/actions';
import { runDigest, nextDigestSlot } from '../app/digest';
import { runDiscover } from '../app/discover';
import { runEscalate } from '../app/escalate';
import { activeHolds, declareHold, liftHold, runHoldNotices } from '../app/holds';
import { runNotify } from '../app/notify';
import { runPollCycle } from '../app/poll';
import { iso } from '../app/time';
import type { Config } from '../config/schema';
import { buildDirectory } from '../domain/attribution';
import type { Classifier } from '../domain/finding';
import { flagId } from '../domain/flag';
import type { Flag } from '../domain/flag';
import { FINDING_KINDS } from '../domain/kinds';
import type { FindingKind } from '../domain/kinds';
import type { Obs } from '../obs/log';
import { startFakeX } from './fake-x';
import { SimClock } from './clock';
import { startLocalRuntime } from './runtime';
import type { LocalRuntime, SentMail } from './runtime';
import type { Scenario, ScenarioEvent } from './scenario';

export interface ExpectedFinding {
  postId?: string;
  username?: string;
  kind: FindingKind;
  academy: string;
  note: string;
}

export interface DemoOptions {
  config: Config;
  scenario: Scenario;
  classify: Classifier;
  sentiment: (text: string) => number;
  obs: Obs;
  linkKey: ActionKey;
  actionsBaseUrl: string;
  outDir?: string;
  dbPath?: string;
  expected?: readonly ExpectedFinding[];
  mustNotFlag?: readonly string[];
  onProgress?: (p: DemoProgress) => void;
  /** Keep the runtime open after the run (for --serve); the caller closes it. */
  keepOpen?: boolean;
  /** Fixed port for the local SES inbox (for --serve). */
  sesPort?: number;
}

export interface DemoProgress {
  cycle: number;
  cycles: number;
  simTime: string;
  postsRead: number;
  flags: number;
  emails: number;
}

export interface ActionOutcome {
  at: string;
  action: string;
  kind: string;
  flagId?: string;
  status: number | 'not_flagged';
}

export interface DemoSummary {
  scenario: string;
  simulated: { start: string; end: string; cycles: number };
  postsRead: number;
  flags: Record<string, number>;
  emails: { file: string; to: string[]; cc: string[]; subject: string; kinds: string[]; purpose: string }[];
  xApi: { requests: number; postReads: number; userReads: number; estimatedUsd: number };
  actions: ActionOutcome[];
  holds: { id: string; scope: string; startsAt: string; endedAt?: string; until?: string }[];
  checks?: {
    expected: number;
    caught: number;
    missed: { kind: string; postId?: string; username?: string; note: string }[];
    mustNotFlag: number;
    falseAlarms: { postId: string; kinds: string[] }[];
  };
}

export interface DemoResult {
  summary: DemoSummary;
  runtime: LocalRuntime;
  close(): Promise<void>;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** All flags raised from `fromMs` to `toMs` (by UTC day: bounded queries, no scans). */
const flagsBetween = async (rt: LocalRuntime, fromMs: number, toMs: number): Promise<Flag[]> => {
  const out: Flag[] = [];
  for (let d = Math.floor(fromMs / DAY) * DAY; d <= toMs; d += DAY)
    out.push(...(await rt.store.flagsOnDay(iso(d).slice(0, 10))));
  return out;
};

/** The flag an action event refers to (see ScenarioEventSchema). */
const findFlag = async (
  rt: LocalRuntime,
  scenario: Scenario,
  e: Extract<ScenarioEvent, { type: 'action' }>,
) => {
  if (e.kind === 'volume_spike') {
    const at = Date.parse(e.at);
    const storms = (await flagsBetween(rt, at - 2 * DAY, at)).filter(
      (f) => f.kind === 'volume_spike' && f.scopes.includes(e.postId) && Date.parse(f.createdAt) <= at,
    );
    return storms.at(-1);
  }
  if (e.kind === 'unapproved_account') {
    const user = scenario.users.find((u) => u.id === e.postId || u.username === e.postId);
    return user ? rt.store.getFlag(flagId('unapproved_account', user.id)) : undefined;
  }
  return rt.store.getFlag(flagId(e.kind as FindingKind, e.postId));
};

export const runDemo = async (opts: DemoOptions): Promise<DemoResult> => {
  const { config, scenario, obs } = opts;
  const start = Date.parse(scenario.start);
  const end = Date.parse(scenario.end);
  const clock = new SimClock(start);
  const fakeX = await startFakeX({ scenario, clock });
  const rt = await startLocalRuntime({
    config,
    clock,
    obs,
    classify: opts.classify,
    sentiment: opts.sentiment,
    x: { bearerToken: fakeX.bearerToken, baseUrl: fakeX.url },
    linkKey: opts.linkKey,
    actionsBaseUrl: opts.actionsBaseUrl,
    ...(opts.outDir !== undefined ? { outDir: opts.outDir } : {}),
    ...(opts.dbPath !== undefined ? { dbPath: opts.dbPath } : {}),
    ...(opts.sesPort !== undefined ? { sesPort: opts.sesPort } : {}),
  });
  const deps = rt.deps;
  const step = config.schedule.pollMinutes * 60_000;
  const notifyEvery = config.schedule.notifyMinutes * 60_000;
  const events = [...scenario.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const actions: ActionOutcome[] = [];
  const cycles = Math.floor((end - start) / step) + 1;
  let postsRead = 0;
  let flagsRaised = 0;
  let lastNotify = -Infinity;
  let lastHour = -1;

  const applyEvent = async (e: ScenarioEvent) => {
    const at = Date.parse(e.at);
    if (e.type === 'hold_start') {
      await declareHold(deps, {
        scope: e.scope,
        reason: e.reason,
        by: e.by,
        origin: 'cli',
        ...(e.until !== undefined ? { until: Date.parse(e.until) } : {}),
      });
    } else if (e.type === 'hold_end') {
      for (const h of activeHolds(await rt.store.listHolds(), at).filter((x) => x.scope === e.scope))
        await liftHold(deps, h.id, e.by);
    } else {
      const flag = await findFlag(rt, scenario, e);
      if (!flag) {
        actions.push({ at: e.at, action: e.action, kind: e.kind, status: 'not_flagged' });
        return;
      }
      // The recipient taps the button: a signed link, POSTed through the real actions use case.
      const token = signAction(
        { flagId: flag.id, action: e.action, email: e.by, expiresAt: at + 7 * DAY },
        opts.linkKey,
      );
      const page = await handleActionRequest(deps, { method: 'POST', token });
      actions.push({ at: e.at, action: e.action, kind: e.kind, flagId: flag.id, status: page.status });
    }
  };

  let cycle = 0;
  for (let t = start; t <= end; t += step) {
    clock.set(t);
    while (events.length > 0 && Date.parse(events[0]?.at ?? '') <= t) {
      const e = events.shift();
      if (e) await applyEvent(e);
    }
    const r = await runPollCycle(deps, { lookbackMs: step });
    postsRead += r.posts;
    flagsRaised += r.flags.length;
    if (t - lastNotify >= notifyEvery) {
      await runNotify(deps);
      await runHoldNotices(deps);
      lastNotify = t;
    }
    const hour = Math.floor(t / HOUR);
    if (hour !== lastHour) {
      lastHour = hour;
      await runEscalate(deps);
      const handles = await deps.authors.getHandles(config.accounts.map((a) => a.handle));
      const ids = new Map<string, string>();
      for (const [h, e] of handles) if (e.id) ids.set(h, e.id);
      const disc = await runDiscover({
        ...deps,
        directory: buildDirectory(config, ids),
        optionalReadsAllowed: false,
      });
      flagsRaised += disc.unapproved + disc.registerGaps;
    }
    cycle++;
    opts.onProgress?.({
      cycle,
      cycles,
      simTime: clock.iso(),
      postsRead,
      flags: flagsRaised,
      emails: rt.sent.length,
    });
  }

  // After the week: whatever is still due, then the COO's Monday digest.
  const digestAt = nextDigestSlot(config, end);
  for (let t = end + step; t <= digestAt; t += step) {
    clock.set(t);
    if (t % HOUR === 0) await runEscalate(deps);
    await runNotify(deps);
  }
  clock.set(Math.max(clock.now(), digestAt));
  await runDigest(deps);
  opts.onProgress?.({
    cycle,
    cycles,
    simTime: clock.iso(),
    postsRead,
    flags: flagsRaised,
    emails: rt.sent.length,
  });

  await rt.meter.flush();
  const all = await flagsBetween(rt, start, clock.now());
  const flags: Record<string, number> = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0]));
  for (const f of all) flags[f.kind] = (flags[f.kind] ?? 0) + 1;
  const usage = await deps.store.getUsage(iso(start).slice(0, 7));
  const fx = fakeX.stats();

  const summary: DemoSummary = {
    scenario: scenario.name,
    simulated: { start: scenario.start, end: clock.iso(), cycles },
    postsRead,
    flags,
    emails: rt.sent.map((m: SentMail) => ({
      file: m.file,
      to: m.to,
      cc: m.cc,
      subject: m.subject,
      kinds: m.kinds,
      purpose: m.purpose,
    })),
    xApi: {
      requests: usage.requests,
      postReads: usage.postReads,
      userReads: usage.userReads,
      estimatedUsd: Math.round(usage.usd * 100) / 100,
    },
    actions,
    holds: (await rt.store.listHolds()).map((h) => ({
      id: h.id,
      scope: h.scope,
      startsAt: h.startsAt,
      ...(h.endedAt ? { endedAt: h.endedAt } : {}),
      ...(h.until ? { until: h.until } : {}),
    })),
  };
  obs.log.info('demo finished', {
    posts: postsRead,
    flags: all.length,
    emails: rt.sent.length,
    requests: fx.totalRequests,
  });

  if (opts.expected) {
    const byId = new Set(all.map((f) => f.id));
    const userId = (name: string) =>
      scenario.users.find((u) => u.username.toLowerCase() === name.toLowerCase())?.id;
    const missed = opts.expected.filter((e) => {
      if (e.kind === 'volume_spike')
        return !all.some((f) => f.kind === 'volume_spike' && f.scopes.includes(e.academy));
      if (e.username !== undefined) return !byId.has(flagId(e.kind, userId(e.username) ?? e.username));
      return !byId.has(flagId(e.kind, e.postId ?? ''));
    });
    const mustNot = new Set(opts.mustNotFlag ?? []);
    const falseAlarms = new Map<string, string[]>();
    for (const f of all)
      if (f.post && mustNot.has(f.post.id))
        falseAlarms.set(f.post.id, [...(falseAlarms.get(f.post.id) ?? []), f.kind]);
    summary.checks = {
      expected: opts.expected.length,
      caught: opts.expected.length - missed.length,
      missed: missed.map((m) => ({
        kind: m.kind,
        note: m.note,
        ...(m.postId !== undefined ? { postId: m.postId } : {}),
        ...(m.username !== undefined ? { username: m.username } : {}),
      })),
      mustNotFlag: mustNot.size,
      falseAlarms: [...falseAlarms].map(([postId, kinds]) => ({ postId, kinds })),
    };
  }

  const close = async () => {
    await rt.close();
    await fakeX.close();
  };
  if (!opts.keepOpen) await close();
  return { summary, runtime: rt, close };
};
