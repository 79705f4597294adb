/**
 * The whole reliability matrix (`npm run reliability`): fault injection over the demo week, bad input,
 * load, and the log check, as one result object (`--json`) and one table.
 *
 *   short (CI)  Tue 17 Nov 12:00 → Thu 19 Nov 12:00 UTC (the threat, the removal request, the pile-on
 *               and storm, the hold), one run with every fault family at once, drained to the next
 *               roll-up; hostile posts; link attacks; broken configs; load at 100 and 1,000 accounts
 *   full        the whole demo week to the COO digest, one run per fault family and one with all of them;
 *               load at 100, 300 and 1,000 accounts with more cycles and history
 *
 * Every faulted run is compared with a clean reference run of the same slice (lib/reliability/compare).
 * Headline figures: `lost` = posts not stored or not processed + flags not raised + deliveries not made
 * + flags whose final status differs (a lost action); `duplicated` = deliveries made more often than in
 * the reference outside the accepted-before-recorded window; `unexpected` = deliveries the reference did
 * not make, other than operations notices the faults themselves call for. The window (SES accepted,
 * TrustWatch not yet recorded it) is reported on its own, in SES submissions and distinct messages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ActionKey } from '../actions/links';
import { nextLocalTime } from '../app/time';
import type { Config } from '../config/schema';
import type { Classifier } from '../domain/finding';
import { buildRiversideWeek, RIVERSIDE_WEEK_EXPECTED } from '../local/demo/riverside-week';
import type { Scenario } from '../local/scenario';
import { createStreamObs } from '../obs/log';
import { countBrokenConfigs } from './bad-config';
import type { BadConfigResult } from './bad-config';
import { compareRuns } from './compare';
import type { Comparison, WindowCause } from './compare';
import { runHarness, sliceWindow } from './harness';
import type { RunRecord } from './harness';
import {
  CLASSIFY_BOUND_MS,
  checkHostile,
  homoglyphed,
  hostileCases,
  withHostilePosts,
  zeroWidthed,
} from './hostile';
import type { HostileResult } from './hostile';
import { findLeaks } from './leaks';
import type { LeakReport } from './leaks';
import { runLinkAttacks } from './links';
import type { AttackResult } from './links';
import { runLoad } from './load';
import type { LoadRow } from './load';
import { buildPlan, FAMILIES, X_FAULTS } from './plan';
import type { Family } from './plan';

export type Mode = 'short' | 'full';

export interface MatrixOptions {
  mode: Mode;
  seed: number;
  /** Repository root (config, the validate test, the CLI). */
  root: string;
  config: Config;
  classify: Classifier;
  sentiment: (text: string) => number;
  linkKey?: ActionKey;
  /** Parts to run (all by default). The CI test skips `configs` (vitest inside vitest) and `load`. */
  parts?: { faults?: boolean; hostile?: boolean; links?: boolean; configs?: boolean; load?: boolean };
  onProgress?: (msg: string) => void;
}

export interface RunSummary {
  family: Family | 'all' | 'reference';
  realMs: number;
  posts: { appeared: number; stored: number; processed: number };
  flags: { expected: number; stored: number };
  emails: { expected: number; delivered: number; sesAccepted: number; sesReceived: number };
  lost: number;
  duplicated: number;
  unexpected: number;
  window: Record<WindowCause, number> & { messages: number };
  operationsNotices: number;
  failedJobs: number;
  crashes: number;
  restarts: number;
  injected: Record<string, number>;
  /** Details when something was lost or duplicated (ids only). */
  problems: string[];
}

export interface MatrixResult {
  mode: Mode;
  seed: number;
  slice: { from: string; to: string; drainUntil: string; digest: boolean };
  durationMs: number;
  /** Faults injected (served), summed over the runs. */
  injected: Record<string, number>;
  lost: number;
  duplicated: number;
  unexpected: number;
  window: Record<WindowCause, number> & { messages: number };
  badInputsRefused: number;
  badInputsTried: number;
  runs: RunSummary[];
  crashSteps: Record<string, number>;
  badInputs: {
    configs?: BadConfigResult;
    hostile?: {
      results: HostileResult[];
      maxClassifyMs: number;
      boundMs: number;
      evasion: Record<string, boolean>;
    };
    links?: AttackResult[];
  };
  classify: { calls: number; maxMs: number; p99Ms: number };
  logs: LeakReport;
  load?: LoadRow[];
}

const DEFAULT_LINK_KEY = 'reliability-matrix-link-key-0123456789abcdef';

const SLICES: Record<Mode, { from: string; to: string; digest: boolean }> = {
  short: { from: '2026-11-17T12:00:00Z', to: '2026-11-19T12:00:00Z', digest: false },
  full: { from: '2026-11-16T00:00:00Z', to: '2026-11-23T00:00:00Z', digest: true },
};

const SPEC: Record<
  Mode,
  { perFault: number; crashPoints: number; replyLost: number; families: (Family | 'all')[] }
> = {
  short: { perFault: 20, crashPoints: 24, replyLost: 5, families: ['all'] },
  full: { perFault: 20, crashPoints: 40, replyLost: 10, families: [...FAMILIES, 'all'] },
};

const LOAD: Record<Mode, { sizes: number[]; cycles: number; postsPerCycle: number; historyPosts: number }> = {
  short: { sizes: [100, 1000], cycles: 3, postsPerCycle: 10, historyPosts: 400 },
  full: { sizes: [100, 300, 1000], cycles: 8, postsPerCycle: 20, historyPosts: 3000 },
};

const injectedOf = (run: RunRecord): Record<string, number> => {
  const out: Record<string, number> = {};
  for (const k of X_FAULTS) if ((run.injected.x[k] ?? 0) > 0) out[`x.${k}`] = run.injected.x[k] ?? 0;
  for (const [k, v] of Object.entries(run.injected.ses)) if (v > 0) out[`ses.${k}`] = v;
  for (const [k, v] of Object.entries(run.injected.dynamo)) if (v > 0) out[`dynamo.${k}`] = v;
  if (run.crashes.length > 0) out['crash'] = run.crashes.length;
  return out;
};

const summarize = (family: RunSummary['family'], run: RunRecord, c: Comparison | undefined): RunSummary => {
  const problems: string[] = [];
  if (c) {
    for (const id of c.posts.lost) problems.push(`post not stored: ${id}`);
    for (const id of c.posts.unprocessed) problems.push(`post not processed: ${id}`);
    for (const id of c.flags.lost) problems.push(`flag not raised: ${id}`);
    for (const s of c.flags.statusChanged)
      problems.push(`flag ${s.id} ended ${s.got}, expected ${s.expected}`);
    for (const u of c.emails.lost) problems.push(`not delivered: ${u.split('|').slice(0, 2).join(' ')}`);
    for (const u of c.emails.duplicated)
      problems.push(`delivered twice: ${u.split('|').slice(0, 2).join(' ')}`);
    for (const u of c.emails.extraOther) problems.push(`not expected: ${u.split('|').slice(0, 2).join(' ')}`);
    for (const id of c.flags.extra) problems.push(`flag not in the reference: ${id}`);
  }
  const lost = c
    ? c.posts.lost.length +
      c.posts.unprocessed.length +
      c.flags.lost.length +
      c.emails.lost.length +
      c.flags.statusChanged.length
    : 0;
  return {
    family,
    realMs: run.realMs,
    posts: c
      ? { appeared: c.posts.appeared, stored: c.posts.stored, processed: c.posts.processed }
      : {
          appeared: run.posts.size,
          stored: run.posts.size,
          processed: [...run.posts.values()].filter((s) => s === 'processed').length,
        },
    flags: c
      ? { expected: c.flags.expected, stored: c.flags.stored }
      : { expected: run.flags.size, stored: run.flags.size },
    emails: {
      expected: c?.emails.expected ?? 0,
      delivered: c?.emails.delivered ?? 0,
      sesAccepted: run.submissions.filter((s) => s.outcome === 'accepted' || s.outcome === 'reply_lost')
        .length,
      sesReceived: run.received.length,
    },
    lost,
    duplicated: c?.emails.duplicated.length ?? 0,
    unexpected: (c?.emails.extraOther.length ?? 0) + (c?.flags.extra.length ?? 0),
    window: {
      crash_after_ses_accepted: c?.emails.window.crash_after_ses_accepted ?? 0,
      ses_reply_lost: c?.emails.window.ses_reply_lost ?? 0,
      marksent_failed: c?.emails.window.marksent_failed ?? 0,
      messages: c?.emails.windowMessages ?? 0,
    },
    operationsNotices: c?.emails.extraOperations.length ?? 0,
    failedJobs: Object.values(run.failedJobs).reduce((a, b) => a + b, 0),
    crashes: run.crashes.length,
    restarts: run.restarts,
    injected: injectedOf(run),
    problems,
  };
};

const percentile = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? 0 : (s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0);
};

export const runMatrix = async (opts: MatrixOptions): Promise<MatrixResult> => {
  const t0 = Date.now();
  const { config, mode } = opts;
  const parts = { faults: true, hostile: true, links: true, configs: true, load: true, ...opts.parts };
  const linkKey = opts.linkKey ?? DEFAULT_LINK_KEY;
  const progress = opts.onProgress ?? (() => undefined);
  const step = config.schedule.pollMinutes * 60_000;
  const slice = SLICES[mode];
  const spec = SPEC[mode];
  const week = buildRiversideWeek();
  const scenario = sliceWindow(week, slice.from, slice.to, step);
  const end = Date.parse(slice.to);
  const drainUntil = slice.digest
    ? end
    : nextLocalTime(end, config.alerts.rollupTime, config.trust.timeZone) + 3_600_000;
  const logLines: string[] = [];
  const obs = createStreamObs((l) => logLines.push(l));
  const classifyMs: number[] = [];
  const dir = await mkdtemp(join(tmpdir(), 'tw-reliability-'));

  const harness = (
    name: string,
    sc: Scenario,
    plan?: Parameters<typeof runHarness>[0]['plan'],
    until = drainUntil,
    digest = slice.digest,
  ) =>
    runHarness({
      config,
      scenario: sc,
      classify: opts.classify,
      sentiment: opts.sentiment,
      obs,
      linkKey,
      actionsBaseUrl: 'http://127.0.0.1:8788/a',
      workDir: join(dir, name),
      drainUntil: until,
      digest,
      ...(plan ? { plan } : {}),
      onTick: (tick, ticks, simTime) => {
        if (tick % 144 === 0) progress(`${name}: ${simTime} (${tick}/${ticks})`);
      },
    });

  const runs: RunSummary[] = [];
  const crashSteps: Record<string, number> = {};
  const result: MatrixResult = {
    mode,
    seed: opts.seed,
    slice: {
      from: slice.from,
      to: slice.to,
      drainUntil: new Date(drainUntil).toISOString(),
      digest: slice.digest,
    },
    durationMs: 0,
    injected: {},
    lost: 0,
    duplicated: 0,
    unexpected: 0,
    window: { crash_after_ses_accepted: 0, ses_reply_lost: 0, marksent_failed: 0, messages: 0 },
    badInputsRefused: 0,
    badInputsTried: 0,
    runs,
    crashSteps,
    badInputs: {},
    classify: { calls: 0, maxMs: 0, p99Ms: 0 },
    logs: { lines: 0, postText: 0, emails: 0, examples: [] },
  };

  try {
    if (parts.faults) {
      progress(`reference run (${slice.from} → ${slice.to})`);
      const ref = await harness('reference', scenario);
      classifyMs.push(...ref.classifyMs);
      runs.push(summarize('reference', ref, undefined));
      for (const family of spec.families) {
        const families = family === 'all' ? FAMILIES : [family];
        const plan = buildPlan(ref, {
          seed: opts.seed + families.length * 101 + FAMILIES.indexOf(families[0] ?? 'x'),
          perFault: spec.perFault,
          replyLost: spec.replyLost,
          crashPoints: spec.crashPoints,
          families,
        });
        progress(`faulted run: ${family}`);
        const run = await harness(`run-${family}`, scenario, plan);
        classifyMs.push(...run.classifyMs);
        const s = summarize(family, run, compareRuns(ref, run, linkKey));
        runs.push(s);
        for (const [k, v] of Object.entries(s.injected)) result.injected[k] = (result.injected[k] ?? 0) + v;
        for (const c of run.crashes) crashSteps[c.step] = (crashSteps[c.step] ?? 0) + 1;
        result.lost += s.lost;
        result.duplicated += s.duplicated;
        result.unexpected += s.unexpected;
        result.window.crash_after_ses_accepted += s.window.crash_after_ses_accepted;
        result.window.ses_reply_lost += s.window.ses_reply_lost;
        result.window.marksent_failed += s.window.marksent_failed;
        result.window.messages += s.window.messages;
      }
    }

    const threat = RIVERSIDE_WEEK_EXPECTED.find((e) => e.kind === 'threat' && e.academy === 'kingsmead');
    const threatPost = week.posts.find((p) => p.id === threat?.postId);
    if (!threatPost) throw new Error('the demo week has no Kingsmead threat post');

    if (parts.hostile) {
      progress('hostile posts');
      const from = '2026-11-18T09:00:00Z';
      const to = '2026-11-18T11:00:00Z';
      const cases = hostileCases(threatPost.text);
      const inj = withHostilePosts(
        sliceWindow(week, from, to, step),
        cases,
        Date.parse(from) + 120_000,
        step,
      );
      const run = await harness('hostile', inj.scenario, undefined, Date.parse(to) + 3_600_000, false);
      classifyMs.push(...run.classifyMs);
      const ctx = {
        handles: config.accounts.map((a) => a.handle),
        names: [...config.academies.map((a) => a.name), config.trust.name],
      };
      const results = checkHostile(run, cases, inj.postIds, opts.classify, ctx, 'http://127.0.0.1:8788/a');
      const flags = (text: string) =>
        opts.classify({ text, source: 'mention' }, ctx).some((f) => f.kind === 'threat');
      result.badInputs.hostile = {
        results,
        maxClassifyMs: Math.round(Math.max(0, ...results.map((r) => r.classifyMs))),
        boundMs: CLASSIFY_BOUND_MS,
        evasion: {
          plain: flags(threatPost.text),
          homoglyphs: flags(homoglyphed(threatPost.text)),
          zeroWidth: flags(zeroWidthed(threatPost.text)),
        },
      };
      result.badInputsTried += results.length;
      result.badInputsRefused += results.filter((r) => r.refused).length;
    }

    if (parts.links) {
      progress('action-link attacks');
      const attacks = await runLinkAttacks({
        config,
        scenario: sliceWindow(week, '2026-11-17T21:30:00Z', '2026-11-17T21:50:00Z', step),
        flagPostId: threatPost.id,
        classify: opts.classify,
        sentiment: opts.sentiment,
        obs,
        linkKey,
      });
      result.badInputs.links = attacks;
      result.badInputsTried += attacks.length;
      result.badInputsRefused += attacks.filter((a) => a.refused).length;
    }

    if (parts.configs) {
      progress('broken configs (test/unit/config/validate.test.ts) and the CLI');
      const cfg = await countBrokenConfigs(opts.root);
      result.badInputs.configs = cfg;
      result.badInputsTried += cfg.tried + 1;
      result.badInputsRefused += cfg.refused + (cfg.cli.ok ? 1 : 0);
    }

    if (parts.load) {
      const l = LOAD[mode];
      result.load = await runLoad({
        base: config,
        classify: opts.classify,
        sentiment: opts.sentiment,
        ...l,
        onProgress: progress,
      });
    }

    result.classify = {
      calls: classifyMs.length,
      maxMs: Math.round(Math.max(0, ...classifyMs)),
      p99Ms: Math.round(percentile(classifyMs, 0.99) * 10) / 10,
    };
    result.logs = findLeaks(
      logLines,
      week.posts.map((p) => p.text),
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  result.durationMs = Date.now() - t0;
  return result;
};
