/**
 * Use case `poll`: one polling cycle.
 *
 *   plan query groups (lib/x/planner) → poll them from their cursors (lib/x/poller; cursors advance
 *   only after each batch is stored) → each batch: process-posts (store, classify, flag, count) →
 *   mention-storm check → tell the operations contact what needs a person: X credentials rejected
 *   (at most once a day), budget thresholds (once a month each), registered accounts X no longer
 *   knows (once a week each). Those notices go to `deps.notices`: in AWS a queue the notify function
 *   sends from (lib/app/operations), so the poll bundles carry no mail code.
 *
 * With many query groups the AWS wiring fans the groups out over SQS (`groupIds`), and each worker
 * runs this same cycle for its subset.
 */
import type { Config } from '../config/schema';
import { buildDirectory } from '../domain/attribution';
import type { Flag } from '../domain/flag';
import type { CostMeter } from '../x/meter';
import { planQueries } from '../x/planner';
import { pollGroups } from '../x/poller';
import type { PollReport } from '../x/poller';
import type { AuthorCache, CursorStore } from '../x/ports';
import type { QueryGroup, XReader } from '../x/types';
import { operationsNotice } from './operations';
import type { NoticeSink } from './operations';
import type { ProcessDeps } from './process-posts';
import { processPosts } from './process-posts';
import { runSpikeCheck } from './spikes';
import { localDate } from './time';

export interface PollCycleDeps extends ProcessDeps {
  x: XReader;
  meter: CostMeter;
  cursors: CursorStore;
  authors: AuthorCache;
  /** Where operations notices go (queued for the notify function in AWS: lib/app/operations). */
  notices: NoticeSink;
}

export interface PollCycleResult {
  report: PollReport;
  posts: number;
  flags: Flag[];
  notices: number;
}

/** The query groups for a config (stable ids), optionally only some of them. */
export const groupsFor = (config: Config, only?: readonly string[]): QueryGroup[] => {
  const all = planQueries(config);
  return only ? all.filter((g) => only.includes(g.id)) : all;
};

export const runPollCycle = async (
  deps: PollCycleDeps,
  opts: { groupIds?: readonly string[]; lookbackMs?: number } = {},
): Promise<PollCycleResult> => {
  const { config, store, clock, obs } = deps;
  const groups = groupsFor(config, opts.groupIds);
  const holds = await store.listHolds();
  const handles = await deps.authors.getHandles(config.accounts.map((a) => a.handle));
  const ids = new Map<string, string>();
  for (const [h, e] of handles) if (e.id) ids.set(h, e.id);
  const directory = buildDirectory(config, ids);

  let posts = 0;
  const flags: Flag[] = [];
  const mentionScopes = new Set<string>();
  const report = await pollGroups(
    { reader: deps.x, cursors: deps.cursors, authors: deps.authors, meter: deps.meter, clock },
    groups,
    async (batch) => {
      const r = await processPosts(deps, { directory, holds }, batch.posts);
      posts += r.processed;
      flags.push(...r.flags);
      for (const s of r.mentionScopes) mentionScopes.add(s);
    },
    {
      pollIntervalMs: config.schedule.pollMinutes * 60_000,
      ...(opts.lookbackMs !== undefined ? { lookbackMs: opts.lookbackMs } : {}),
    },
  );
  if (mentionScopes.size > 0) flags.push(...(await runSpikeCheck(deps, mentionScopes)));

  const now = clock.now();
  let notices = 0;
  if (report.authFailed) {
    const day = localDate(now, config.trust.timeZone);
    if (
      await deps.notices(
        operationsNotice(config, `x-auth:${day}`, 'TrustWatch cannot read X: the credentials were rejected', [
          'X answered 401/403 to TrustWatch’s requests, so no posts are being read and nothing is being flagged until this is fixed.',
          'Check the X credentials in Secrets Manager (or TRUSTWATCH_X_* locally): the bearer token may have been revoked or regenerated, or the app suspended. This notice is sent at most once a day while the problem lasts.',
        ]),
      )
    )
      notices++;
  }
  for (const alert of report.alerts) {
    const pct = Math.round((alert.usd / alert.budgetUsd) * 100);
    const exceeded = alert.level === 'exceeded';
    if (
      await deps.notices(
        operationsNotice(
          config,
          `x-budget:${alert.month}:${alert.level}`,
          exceeded
            ? `TrustWatch has reached its X budget for ${alert.month}`
            : `TrustWatch has used ${pct}% of its X budget for ${alert.month}`,
          [
            alert.message,
            exceeded
              ? 'To stay within budget TrustWatch has stopped optional reads (account discovery) and now reads public mentions less often. Official accounts are still read every cycle. Raise x.monthlyBudgetUsd in the config to restore full monitoring.'
              : 'Nothing has changed yet. At 100% TrustWatch will stop optional reads and read public mentions less often.',
          ],
        ),
      )
    )
      notices++;
  }
  for (const handle of report.missingAccounts) {
    const week = Math.floor(now / (7 * 86_400_000));
    if (
      await deps.notices(
        operationsNotice(
          config,
          `x-missing:${handle}:${week}`,
          `X does not know the registered account @${handle}`,
          [
            `@${handle} is in the register of approved accounts but X says no such user exists. It may have been renamed, deleted or suspended.`,
            'Update the register (accounts in the trust config) and redeploy; until then its posts are not monitored.',
          ],
        ),
      )
    )
      notices++;
  }

  obs.gauge('XBudgetFraction', report.budget.fraction);
  obs.count('posts_read', report.postReads);
  obs.log.info('poll cycle', {
    posts,
    flags: flags.length,
    requests: report.requests,
    usd: report.usd,
    count: report.groups.filter((g) => g.status !== 'ok').length,
  });
  return { report, posts, flags, notices };
};
