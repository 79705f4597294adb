/**
 * Bugs the reliability matrix found, each pinned by the smallest run that shows it: a slice of the demo
 * week on the embedded runtime, once clean and once with one crash at the step that lost something,
 * compared with lib/reliability/compare.
 *
 * 1. An action link spent before its action was applied (lib/app/actions.ts): the nonce was claimed,
 *    then the process died (or DynamoDB failed) before the flag changed; pressing the button again
 *    said "already done" and the flag stayed open, so the take-down clock never started and the CEO
 *    got an escalation for a flag the Principal had dealt with.
 * 2. A mention storm's cool-down claimed before its flag was raised (lib/app/spikes.ts): a failure in
 *    between lost the volume_spike alert for good (the next checks found the cool-down taken).
 * 3. A DynamoDB error on markSent right after SES accepted a message (lib/app/deliver.ts) was taken
 *    for a failed send: the delivery was marked failed and the message went again a minute later. The
 *    header of deliver.ts promises a second copy only after a crash in that window; a throttled write
 *    is not a crash.
 * 4. A post too big for a DynamoDB item (400 KB) was a poison pill (lib/app/process-posts.ts): storing
 *    it failed every cycle, its group's cursor never advanced, and every later post in that group was
 *    never read. X itself serves at most 280 characters in `text` (long posts are cut), so this needs a
 *    hostile or broken source, but one post must never stop monitoring.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentimentIndex } from '../../../lib/app/sentiment';
import { classify } from '../../../lib/classify';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import { buildRiversideWeek } from '../../../lib/local/demo/riverside-week';
import { snowflake } from '../../../lib/local/scenario';
import type { Scenario } from '../../../lib/local/scenario';
import { silentObs } from '../../../lib/obs/log';
import { compareRuns } from '../../../lib/reliability/compare';
import { emptyPlan, runHarness, sliceWindow } from '../../../lib/reliability/harness';
import type { FaultPlan, RunRecord } from '../../../lib/reliability/harness';

const KEY = 'reliability-regressions-key-0123456789abcdef';
let config: Config;
let dir: string;

beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
  dir = await mkdtemp(join(tmpdir(), 'tw-regress-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const run = (
  name: string,
  from: string,
  to: string,
  plan: FaultPlan,
  edit: (s: Scenario) => Scenario = (s) => s,
): Promise<RunRecord> =>
  runHarness({
    config,
    scenario: edit(sliceWindow(buildRiversideWeek(), from, to, config.schedule.pollMinutes * 60_000)),
    classify,
    sentiment: sentimentIndex,
    obs: silentObs(),
    linkKey: KEY,
    actionsBaseUrl: 'http://127.0.0.1:8788/a',
    workDir: join(dir, name),
    drainUntil: Date.parse(to) + 2 * 3_600_000,
    digest: false,
    plan,
    // No X timeouts are injected here: a generous limit, so a loaded CI machine serving the 1 MB post
    // slowly is not taken for a failed poll.
    xRequestTimeoutMs: 10_000,
  });

const crashAt = (step: string, n = 1): FaultPlan => ({ ...emptyPlan(), crash: [{ step, n }] });

describe('regressions found by the reliability matrix', () => {
  it('applies an action when the button is pressed again after the first press died after spending the link', async () => {
    // Tuesday 16:30: the Kingsmead Principal requests removal of an abusive post.
    const from = '2026-11-17T14:00:00Z';
    const to = '2026-11-17T19:00:00Z';
    const ref = await run('action-ref', from, to, emptyPlan());
    const faulted = await run('action-crash', from, to, crashAt('store.claimOnce:nonce'));
    expect(faulted.crashes).toEqual([{ step: 'store.claimOnce:nonce', n: 1 }]);
    const c = compareRuns(ref, faulted, KEY);
    expect(c.flags.statusChanged).toEqual([]);
    expect(c.emails.extraOther).toEqual([]);
    expect(c.emails.lost).toEqual([]);
  }, 120_000);

  it('still raises the mention-storm alert when the check died after claiming the cool-down', async () => {
    // Wednesday evening: the pile-on about the Oakfield prom.
    const from = '2026-11-18T16:00:00Z';
    const to = '2026-11-18T21:00:00Z';
    const ref = await run('spike-ref', from, to, emptyPlan());
    expect([...ref.flags.values()].some((f) => f.kind === 'volume_spike')).toBe(true);
    const faulted = await run('spike-crash', from, to, crashAt('store.claimOnce:spike'));
    expect(faulted.crashes.map((x) => x.step)).toEqual(['store.claimOnce:spike']);
    const c = compareRuns(ref, faulted, KEY);
    expect(c.flags.lost).toEqual([]);
    expect(c.emails.lost).toEqual([]);
  }, 120_000);

  it('keeps reading after a post too big to store (1 MB of text)', async () => {
    const from = '2026-11-18T09:00:00Z';
    const to = '2026-11-18T10:00:00Z';
    const at = Date.parse(from) + 10 * 60_000;
    const big = snowflake(at, 1);
    const after = snowflake(at + 10 * 60_000, 1);
    const r = await run('poison', from, to, emptyPlan(), (s) => ({
      ...s,
      users: [
        ...s.users,
        {
          id: '9001',
          username: 'big_poster',
          name: 'Big',
          description: '',
          protected: false,
          verified: false,
        },
      ],
      posts: [
        ...s.posts,
        {
          id: big,
          author_id: '9001',
          text: `@KingsmeadAcad ${'blah '.repeat(210_000)}`,
          created_at: new Date(at).toISOString(),
          lang: 'en',
        },
        {
          id: after,
          author_id: '9001',
          text: '@KingsmeadAcad lovely concert tonight',
          created_at: new Date(at + 600_000).toISOString(),
          lang: 'en',
        },
      ],
    }));
    // The error names say why, should a job ever fail here.
    expect({ failedJobs: r.failedJobs, errors: r.failureNames }).toEqual({ failedJobs: {}, errors: {} });
    expect(r.posts.get(big)).toBe('processed');
    expect(r.posts.get(after)).toBe('processed');
  }, 120_000);

  it('does not send an email again when DynamoDB throttles the write that records it was sent', async () => {
    // Tuesday 21:37: the Kingsmead threat, alerts to the Principal and the CEO at once.
    const from = '2026-11-17T21:30:00Z';
    const to = '2026-11-17T22:30:00Z';
    const ref = await run('marksent-ref', from, to, emptyPlan());
    const plan: FaultPlan = {
      ...emptyPlan(),
      dynamo: [{ tick: 1, kind: 'throttle_marksent', after: 1, times: 1 }],
    };
    const faulted = await run('marksent-throttled', from, to, plan);
    expect(faulted.injected.dynamo.throttleMatching).toBe(1);
    const accepted = faulted.submissions.filter((s) => s.outcome === 'accepted').map((s) => s.messageId);
    expect(accepted.length).toBeGreaterThan(0);
    expect(new Set(accepted).size).toBe(accepted.length);
    const c = compareRuns(ref, faulted, KEY);
    expect(c.emails.window.marksent_failed).toBe(0);
    expect(c.emails.lost).toEqual([]);
  }, 120_000);
});
