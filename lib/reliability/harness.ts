/**
 * The reliability harness: a scenario replayed on the embedded runtime, like the demo runner, but with
 * the parts a fault matrix needs and the demo must not have:
 *
 *   fake X (inject)          ──┐
 *   SES proxy ──► SES local     ├── startLocalRuntime({ dynamo, sesEndpoint, xReader })
 *   dynamo proxy ──► dynalite ──┘      ports wrapped by a Killer (lib/reliability/crash)
 *
 * The loop is the demo's (lib/local/demo-runner.ts): every pollMinutes the due people's actions, a
 * poll cycle, notify and hold notices every notifyMinutes, escalate and discover hourly; after the
 * scenario, notify/escalate until `drainUntil`, then optionally the COO digest. Each of those is one
 * "job" (one Lambda invocation in AWS), and a job that fails is handled the way Lambda and the
 * scheduler handle it: the error is logged (codes only), and the job runs again on the next cycle.
 * A `Crash` is different: the process is gone, so the runtime is thrown away (every cache with it),
 * dynalite is stopped and reopened on the same path, a fresh runtime starts, and the jobs the crash
 * interrupted run on the next cycle. People retry too: an action whose POST failed is pressed again
 * (the same signed link) on the next cycle.
 *
 * Faults come from a `FaultPlan` (lib/reliability/plan): X faults injected into the fake server at
 * given cycles, SES faults decided per Message-ID and attempt by the SES proxy, DynamoDB throttling and
 * outages armed at a request offset within a cycle, crash points (step, occurrence). With an empty plan
 * this is the clean reference run the faulted runs are compared with.
 *
 * At the end the run's evidence is read back from what really exists: post records and their state
 * (by id, no scans), flags per day, each flag's final status, and every message SES accepted (the SES
 * proxy's record, cross-checked against SES local's own store).
 */
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { signAction } from '../actions/links';
import type { ActionKey } from '../actions/links';
import { handleActionRequest } from '../app/actions';
import { digestRetryHours, nextDigestSlot, runDigest } from '../app/digest';
import { runDiscover } from '../app/discover';
import { runEscalate } from '../app/escalate';
import { activeHolds, declareHold, liftHold, runHoldNotices } from '../app/holds';
import { runNotify } from '../app/notify';
import { abandonedNotifier } from '../app/operations';
import { runPollCycle } from '../app/poll';
import type { PollCycleDeps } from '../app/poll';
import type { ActionDeps } from '../app/actions';
import { isSettled } from '../app/deliver';
import { iso } from '../app/time';
import type { Config } from '../config/schema';
import { buildDirectory } from '../domain/attribution';
import type { Classifier } from '../domain/finding';
import { flagId } from '../domain/flag';
import type { Flag, FlagStatus } from '../domain/flag';
import type { FindingKind } from '../domain/kinds';
import { SimClock } from '../local/clock';
import { startFakeX } from '../local/fake-x';
import type { FakeX, FaultKind } from '../local/fake-x/server';
import { startLocalRuntime } from '../local/runtime';
import type { LocalRuntime } from '../local/runtime';
import type { ReceivedEmail } from '../local/ses';
import type { Scenario, ScenarioEvent } from '../local/scenario';
import type { Obs } from '../obs/log';
import { errorFields } from '../obs/log';
import {
  Killer,
  isCrash,
  killableAuthors,
  killableCursors,
  killableMailer,
  killableStore,
  killableX,
} from './crash';
import { startManagedDynamo } from './dynamo';
import type { ManagedDynamo } from './dynamo';
import { startSesProxy } from './ses-proxy';
import type { SesDecision, SesFault, SesProxy, SesSubmission } from './ses-proxy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export type XFaultKind = Exclude<FaultKind, 'slow' | '403'>;
export type DynamoFaultKind = 'throttle' | 'outage' | 'throttle_marksent';

/** The markSent write (lib/store/dynamo-store.ts), as it appears in the DynamoDB request body. */
export const MARK_SENT_BODY = /SET #state = :sent,/;

export interface FaultPlan {
  /** X faults: at cycle `tick` (0-based), fail the next `times` requests with `fault`. */
  x: { tick: number; fault: XFaultKind; times: number }[];
  /** SES faults by Message-ID: the fault for each attempt (index 0 = first attempt). */
  ses: Map<string, (SesFault | undefined)[]>;
  /** DynamoDB faults: at cycle `tick`, the `after`-th request from then on (throttle: `times` in a row). */
  dynamo: { tick: number; kind: DynamoFaultKind; after: number; times: number }[];
  /** Crash after the n-th completed `step` (see lib/reliability/crash). */
  crash: { step: string; n: number }[];
}

export const emptyPlan = (): FaultPlan => ({ x: [], ses: new Map(), dynamo: [], crash: [] });

export interface HarnessOptions {
  config: Config;
  scenario: Scenario;
  classify: Classifier;
  sentiment: (text: string) => number;
  obs: Obs;
  linkKey: ActionKey;
  actionsBaseUrl: string;
  /** A fresh directory for dynalite's LevelDB files. */
  workDir: string;
  /** Epoch ms: after the scenario, keep notifying and escalating until then (retries settle). */
  drainUntil: number;
  /** Send the COO digest at the first digest slot after `drainUntil`. */
  digest: boolean;
  plan?: FaultPlan;
  /** Real-time limits for the X client (timeouts are injected faults, so keep them short). */
  xRequestTimeoutMs?: number;
  /** Called after each cycle (progress). */
  onTick?: (tick: number, ticks: number, simTime: string) => void;
}

export interface ActionRecord {
  at: string;
  action: string;
  kind: string;
  flagId?: string;
  status: number | 'not_flagged';
  tries: number;
}

export interface RunRecord {
  start: number;
  end: number;
  ticks: number;
  realMs: number;
  /** Post id → state, for every scenario post the store holds. */
  posts: Map<string, 'received' | 'processed'>;
  flags: Map<string, { kind: FindingKind; status: FlagStatus; recipients: string[] }>;
  /** Every SendRawEmail that reached the SES proxy (accepted or not). */
  submissions: SesSubmission[];
  /** SES local's own store (what was received), for the cross-check and the rendered HTML. */
  received: ReceivedEmail[];
  actions: ActionRecord[];
  /** Jobs that failed (and ran again next cycle), by job name. */
  failedJobs: Record<string, number>;
  /** Error names seen in failed jobs (by name: a typed error that is not a fault would show here). */
  failureNames: Record<string, number>;
  crashes: { step: string; n: number; detail?: string }[];
  restarts: number;
  /** Message-IDs SES accepted whose markSent then failed with an error (not a crash). */
  markSentFailures: string[];
  injected: {
    x: Record<string, number>;
    xRequests: number;
    ses: Record<SesFault, number>;
    dynamo: { throttle: number; outage: number; throttleMatching: number };
  };
  /** Steps completed, by name (the reference run's counts place crash points). */
  steps: Map<string, number>;
  /** DynamoDB requests per cycle during the scenario (not the drain). */
  dynamoRequestsPerTick: number;
  classifyMs: number[];
  fakeX: { distinctPosts: number; totalRequests: number; faultsServed: number };
}

type Deps = PollCycleDeps & ActionDeps;
type Job = 'poll' | 'notify' | 'holdNotices' | 'escalate' | 'discover' | 'digest';

/** Flags raised from `fromMs` to `toMs` (by UTC day). */
const flagsBetween = async (rt: LocalRuntime, fromMs: number, toMs: number): Promise<Flag[]> => {
  const out: Flag[] = [];
  for (let d = Math.floor(fromMs / DAY) * DAY; d <= toMs; d += DAY)
    out.push(...(await rt.store.flagsOnDay(iso(d).slice(0, 10))));
  return out;
};

/** The scenario between `fromIso` and `toIso`: posts from one poll interval before, events within. */
export const sliceWindow = (scenario: Scenario, fromIso: string, toIso: string, stepMs: number): Scenario => {
  const from = Date.parse(fromIso);
  const to = Date.parse(toIso);
  return {
    ...scenario,
    start: new Date(from).toISOString(),
    end: new Date(to).toISOString(),
    posts: scenario.posts.filter((p) => {
      const t = Date.parse(p.created_at);
      return t >= from - stepMs && t < to;
    }),
    events: scenario.events.filter((e) => {
      const t = Date.parse(e.at);
      return t >= from && t < to;
    }),
  };
};

export const runHarness = async (opts: HarnessOptions): Promise<RunRecord> => {
  const { config, scenario, obs } = opts;
  const plan = opts.plan ?? emptyPlan();
  const realStart = Date.now();
  const start = Date.parse(scenario.start);
  const end = Date.parse(scenario.end);
  const step = config.schedule.pollMinutes * 60_000;
  const notifyEvery = config.schedule.notifyMinutes * 60_000;
  const clock = new SimClock(start);
  const classifyMs: number[] = [];
  const classify: Classifier = (input, ctx) => {
    const t0 = performance.now();
    try {
      return opts.classify(input, ctx);
    } finally {
      classifyMs.push(performance.now() - t0);
    }
  };

  await mkdir(opts.workDir, { recursive: true });
  const fakeX: FakeX = await startFakeX({ scenario, clock });
  const dyn: ManagedDynamo = await startManagedDynamo(join(opts.workDir, 'db'));
  const ses: SesProxy = await startSesProxy();
  const killer = new Killer();
  for (const c of plan.crash) killer.plan(c.step, c.n);
  ses.setDecide((d: SesDecision) => plan.ses.get(d.messageId)?.[d.attempt - 1]);

  let rt!: LocalRuntime;
  let deps!: Deps;
  /** SES accepted it but the record of it failed to be written: markSent threw (not a crash). */
  const markSentFailures: string[] = [];
  let lastAccepted = '';
  const boot = async () => {
    rt = await startLocalRuntime({
      config,
      clock,
      obs,
      classify,
      sentiment: opts.sentiment,
      x: { bearerToken: fakeX.bearerToken, baseUrl: fakeX.url },
      linkKey: opts.linkKey,
      actionsBaseUrl: opts.actionsBaseUrl,
      dynamo: dyn.connect(),
      sesEndpoint: ses.url,
      xReader: {
        requestTimeoutMs: opts.xRequestTimeoutMs ?? 400,
        retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 20 },
      },
    });
    ses.setUpstream(rt.ses.endpoint);
    const d: Deps = {
      ...rt.deps,
      store: killableStore(rt.store, killer, (method) => {
        if (method === 'markSent') markSentFailures.push(lastAccepted);
      }),
      mailer: killableMailer(rt.deps.mailer, killer, (id) => {
        lastAccepted = id;
      }),
      x: killableX(rt.deps.x, killer),
      cursors: killableCursors(rt.deps.cursors, killer),
      authors: killableAuthors(rt.deps.authors, killer),
    };
    d.onAbandoned = abandonedNotifier(d);
    deps = d;
  };
  await boot();

  let restarts = 0;
  const restartAfterCrash = async () => {
    restarts++;
    await rt.close().catch(() => undefined);
    await dyn.stop();
    await dyn.restart();
    killer.revive();
    await boot();
  };

  const failedJobs: Record<string, number> = {};
  const failureNames: Record<string, number> = {};
  /** Runs one job; false if it failed (it is then retried next cycle). */
  const job = async (name: string, run: () => Promise<unknown>): Promise<boolean> => {
    try {
      await run();
      return true;
    } catch (e) {
      failedJobs[name] = (failedJobs[name] ?? 0) + 1;
      const errName = e instanceof Error ? e.name : typeof e;
      failureNames[errName] = (failureNames[errName] ?? 0) + 1;
      obs.log.warn('job failed, runs again next cycle', {
        kind: name,
        simTime: clock.iso(),
        ...errorFields(e),
      });
      if (isCrash(e)) await restartAfterCrash();
      else if (dyn.down) await dyn.restart();
      return false;
    }
  };

  // ---- people's actions ------------------------------------------------------------------------------
  const events = [...scenario.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const actions: ActionRecord[] = [];
  const findFlag = async (e: Extract<ScenarioEvent, { type: 'action' }>): Promise<Flag | undefined> => {
    const at = Date.parse(e.at);
    if (e.kind === 'volume_spike') {
      const storms = (await flagsBetween(rt, at - 2 * DAY, clock.now())).filter(
        (f) => f.kind === 'volume_spike' && f.scopes.includes(e.postId),
      );
      return storms.at(-1);
    }
    if (e.kind === 'unapproved_account') {
      const user = scenario.users.find((u) => u.id === e.postId || u.username === e.postId);
      return user ? deps.store.getFlag(flagId('unapproved_account', user.id)) : undefined;
    }
    return deps.store.getFlag(flagId(e.kind as FindingKind, e.postId));
  };
  const tries = new Map<ScenarioEvent, number>();
  const applyEvent = async (e: ScenarioEvent): Promise<void> => {
    const at = Date.parse(e.at);
    tries.set(e, (tries.get(e) ?? 0) + 1);
    if (e.type === 'hold_start') {
      // From the time the person gave (not "now"): pressed again after an error, it is the same hold.
      await declareHold(deps, {
        scope: e.scope,
        reason: e.reason,
        by: e.by,
        origin: 'cli',
        startsAt: at,
        ...(e.until !== undefined ? { until: Date.parse(e.until) } : {}),
      });
      return;
    }
    if (e.type === 'hold_end') {
      for (const h of activeHolds(await deps.store.listHolds(), clock.now()).filter(
        (x) => x.scope === e.scope,
      ))
        await liftHold(deps, h.id, e.by);
      return;
    }
    const flag = await findFlag(e);
    if (!flag) {
      actions.push({
        at: e.at,
        action: e.action,
        kind: e.kind,
        status: 'not_flagged',
        tries: tries.get(e) ?? 1,
      });
      return;
    }
    // The same signed link each time the person presses (a retry after an error page is the same link).
    const token = signAction(
      { flagId: flag.id, action: e.action, email: e.by, expiresAt: at + 7 * DAY },
      opts.linkKey,
    );
    const page = await handleActionRequest(deps, { method: 'POST', token });
    if (page.status >= 500) throw new Error(`action page ${page.status}`);
    actions.push({
      at: e.at,
      action: e.action,
      kind: e.kind,
      flagId: flag.id,
      status: page.status,
      tries: tries.get(e) ?? 1,
    });
  };

  // ---- fault injection bookkeeping ----------------------------------------------------------------
  const xInjected: Record<string, number> = {};
  let xPending: { fault: XFaultKind; left: number; times: number } | undefined;
  let xServedBefore = 0;
  const xPlan = [...plan.x].sort((a, b) => a.tick - b.tick);
  const dynPlan = [...plan.dynamo].sort((a, b) => a.tick - b.tick);
  let dynArmed: { kind: DynamoFaultKind; before: number } | undefined;
  const dynInjectedTotal = () => dyn.injected.throttle + dyn.injected.outage + dyn.injected.throttleMatching;

  const injectForTick = (tick: number) => {
    const served = fakeX.stats().faultsServed;
    if (xPending) {
      xPending.left -= served - xServedBefore;
      if (xPending.left <= 0) xPending = undefined;
    }
    xServedBefore = served;
    while (!xPending && xPlan.length > 0 && (xPlan[0]?.tick ?? Infinity) <= tick) {
      const f = xPlan.shift();
      if (!f) break;
      fakeX.inject({
        fault: f.fault,
        times: f.times,
        ...(f.fault === 'malformed' ? { variant: tick % 2 === 0 ? 'shape' : 'json' } : {}),
      });
      xInjected[f.fault] = (xInjected[f.fault] ?? 0) + 1;
      xPending = { fault: f.fault, left: f.times, times: f.times };
    }
    if (dynArmed && dynInjectedTotal() > dynArmed.before) dynArmed = undefined;
    // A throttle aimed at markSent waits for the next message SES accepts, which can be hours away in
    // a quiet slice: it is armed beside the others (they add up), so it never holds back the throttles
    // and outages planned after it.
    while (dynPlan.length > 0 && (dynPlan[0]?.tick ?? Infinity) <= tick) {
      const f = dynPlan[0];
      if (f?.kind === 'throttle_marksent') {
        dynPlan.shift();
        dyn.armThrottleMatching(MARK_SENT_BODY, f.times);
        continue;
      }
      if (dynArmed || !f) break;
      dynPlan.shift();
      dynArmed = { kind: f.kind, before: dynInjectedTotal() };
      if (f.kind === 'throttle') dyn.armThrottle(f.after, f.times);
      else dyn.armOutage(f.after);
    }
  };

  // ---- the loop ----------------------------------------------------------------------------------------
  const digestAt = opts.digest ? nextDigestSlot(config, opts.drainUntil) : opts.drainUntil;
  // As scheduled in AWS (infra/schedules.ts): at the digest time, then hourly that day until delivered.
  const digestEnd = opts.digest ? digestAt + digestRetryHours(config) * 3_600_000 : digestAt;
  let nextDigestTry = digestAt;
  const ticks = Math.floor((digestEnd - start) / step) + 1;
  const pending = new Set<Job>();
  let lastNotify = -Infinity;
  let lastHour = -1;
  let tick = 0;
  let digestDone = !opts.digest;
  let dynRequestsInWeek = 0;
  let weekTicks = 0;

  for (let t = start; t <= digestEnd && !(t > opts.drainUntil && digestDone); t += step, tick++) {
    clock.set(t);
    injectForTick(tick);
    const inWeek = t <= end;
    const dynBefore = dyn.requests;

    while (events.length > 0 && Date.parse(events[0]?.at ?? '') <= t) {
      const e = events[0];
      if (!e) break;
      if (!(await job('action', () => applyEvent(e)))) break; // pressed again next cycle
      events.shift();
    }

    if (inWeek || pending.has('poll')) {
      pending.delete('poll');
      if (!(await job('poll', () => runPollCycle(deps, { lookbackMs: step })))) pending.add('poll');
    }
    if (t - lastNotify >= notifyEvery || pending.has('notify') || pending.has('holdNotices')) {
      lastNotify = t;
      pending.delete('notify');
      pending.delete('holdNotices');
      if (!(await job('notify', () => runNotify(deps)))) pending.add('notify');
      if (!(await job('holdNotices', () => runHoldNotices(deps)))) pending.add('holdNotices');
    }
    const hour = Math.floor(t / HOUR);
    const hourly = hour !== lastHour;
    lastHour = hour;
    if (hourly || pending.has('escalate')) {
      pending.delete('escalate');
      if (!(await job('escalate', () => runEscalate(deps)))) pending.add('escalate');
    }
    if (inWeek && (hourly || pending.has('discover'))) {
      pending.delete('discover');
      const discover = async () => {
        const handles = await deps.authors.getHandles(config.accounts.map((a) => a.handle));
        const ids = new Map<string, string>();
        for (const [h, en] of handles) if (en.id) ids.set(h, en.id);
        await runDiscover({ ...deps, directory: buildDirectory(config, ids), optionalReadsAllowed: false });
      };
      if (!(await job('discover', discover))) pending.add('discover');
    }
    if (!digestDone && t >= nextDigestTry) {
      nextDigestTry += 3_600_000;
      await job('digest', async () => {
        const r = await runDigest(deps);
        digestDone = r.outcomes.every((o) => isSettled(o.outcome));
      });
    }
    if (inWeek) {
      dynRequestsInWeek += dyn.requests - dynBefore;
      weekTicks++;
    }
    opts.onTick?.(tick, ticks, clock.iso());
  }

  // ---- read back what exists ----------------------------------------------------------------------------
  injectForTick(tick);
  // An X fault never served (no request came after it) was not injected.
  if (xPending && xPending.left === xPending.times)
    xInjected[xPending.fault] = (xInjected[xPending.fault] ?? 1) - 1;
  if (dyn.down) await dyn.restart();
  killer.revive();
  await rt.meter.flush().catch(() => undefined);
  const posts = new Map<string, 'received' | 'processed'>();
  for (const p of scenario.posts) {
    const rec = await rt.store.getPost(p.id);
    if (rec) posts.set(p.id, rec.state);
  }
  const flags = new Map<string, { kind: FindingKind; status: FlagStatus; recipients: string[] }>();
  for (const f of await flagsBetween(rt, start, clock.now()))
    flags.set(f.id, {
      kind: f.kind,
      status: f.status,
      recipients: [...f.to, ...f.cc].map((r) => r.email.toLowerCase()),
    });
  // SES local's store is per process: keep what this run's proxy saw accepted.
  const ours = new Set(ses.submissions.flatMap((x) => (x.sesMessageId ? [x.sesMessageId] : [])));
  const received = (await rt.ses.received()).filter((m) => ours.has(m.messageId));
  const fx = fakeX.stats();
  const record: RunRecord = {
    start,
    end,
    ticks: tick,
    realMs: Date.now() - realStart,
    posts,
    flags,
    submissions: ses.submissions,
    received,
    actions,
    failedJobs,
    failureNames,
    crashes: killer.crashes,
    restarts,
    markSentFailures,
    injected: {
      x: xInjected,
      xRequests: fx.faultsServed,
      ses: { ...ses.injected },
      dynamo: { ...dyn.injected },
    },
    steps: killer.counts,
    dynamoRequestsPerTick: weekTicks > 0 ? dynRequestsInWeek / weekTicks : 0,
    classifyMs,
    fakeX: {
      distinctPosts: fx.distinctPosts,
      totalRequests: fx.totalRequests,
      faultsServed: fx.faultsServed,
    },
  };
  await rt.close();
  await ses.close();
  await dyn.close();
  await fakeX.close();
  return record;
};
