/**
 * compareRuns on synthetic runs: what counts as lost, duplicated, or a re-send inside the one window
 * DESIGN.md accepts (SES accepted a message, and recording that failed or never happened).
 */
import { describe, expect, it } from 'vitest';
import { compareRuns } from '../../../lib/reliability/compare';
import type { RunRecord } from '../../../lib/reliability/harness';
import type { SesSubmission } from '../../../lib/reliability/ses-proxy';

const KEY = 'compare-unit-key-0123456789abcdef';

let seq = 0;
/** One SendRawEmail as the SES proxy records it: an alert for `flag` to `to`, unless headers say otherwise. */
const sub = (
  messageId: string,
  outcome: SesSubmission['outcome'] = 'accepted',
  headers: Record<string, string> = { 'x-trustwatch-purpose': 'alert', 'x-trustwatch-flag': 'f1' },
  to = 'head@oakfield.example',
): SesSubmission => ({
  seq: ++seq,
  messageId,
  destinations: [to],
  headers,
  headerBlock: '',
  raw: Buffer.from(''),
  attempt: 1,
  outcome,
});

const record = (over: Partial<RunRecord>): RunRecord => ({
  start: 0,
  end: 1,
  ticks: 1,
  realMs: 1,
  posts: new Map([
    ['p1', 'processed'],
    ['p2', 'processed'],
  ]),
  flags: new Map([['f1', { kind: 'threat', status: 'open', recipients: ['head@oakfield.example'] }]]),
  submissions: [sub('m1')],
  received: [],
  actions: [],
  failedJobs: {},
  failureNames: {},
  crashes: [],
  restarts: 0,
  markSentFailures: [],
  injected: {
    x: {},
    xRequests: 0,
    ses: { throttle: 0, '5xx': 0, reply_lost: 0 },
    dynamo: { throttle: 0, outage: 0, throttleMatching: 0 },
  },
  steps: new Map(),
  dynamoRequestsPerTick: 0,
  classifyMs: [],
  fakeX: { distinctPosts: 0, totalRequests: 0, faultsServed: 0 },
  ...over,
});

describe('compareRuns', () => {
  const ref = record({});

  it('finds nothing wrong in a run identical to the reference', () => {
    const c = compareRuns(ref, record({}), KEY);
    expect(c.posts).toMatchObject({ appeared: 2, stored: 2, processed: 2, lost: [], unprocessed: [] });
    expect(c.flags).toMatchObject({ expected: 1, stored: 1, lost: [], extra: [], statusChanged: [] });
    expect(c.emails).toMatchObject({
      expected: 1,
      delivered: 1,
      lost: [],
      duplicated: [],
      windowMessages: 0,
    });
  });

  it('reports a post never stored, one left unprocessed, a lost flag and a changed status', () => {
    const run = record({
      posts: new Map([['p1', 'received']]),
      flags: new Map([['f2', { kind: 'abuse', status: 'acknowledged', recipients: [] }]]),
    });
    const c = compareRuns(ref, run, KEY);
    expect(c.posts.lost).toEqual(['p2']);
    expect(c.posts.unprocessed).toEqual(['p1']);
    expect(c.posts.processed).toBe(0);
    expect(c.flags.lost).toEqual(['f1']);
    expect(c.flags.extra).toEqual(['f2']);
    const moved = compareRuns(
      ref,
      record({ flags: new Map([['f1', { kind: 'threat', status: 'resolved', recipients: [] }]]) }),
      KEY,
    );
    expect(moved.flags.statusChanged).toEqual([{ id: 'f1', expected: 'open', got: 'resolved' }]);
  });

  it('counts an alert SES never accepted as lost', () => {
    const c = compareRuns(ref, record({ submissions: [sub('m1', 'throttle')] }), KEY);
    expect(c.emails.lost).toEqual(['alert|f1|head@oakfield.example']);
    expect(c.emails.delivered).toBe(0);
  });

  it('puts a re-send of the same Message-ID after a lost SES reply in the window, not in duplicated', () => {
    const c = compareRuns(ref, record({ submissions: [sub('m1', 'reply_lost'), sub('m1')] }), KEY);
    expect(c.emails.duplicated).toEqual([]);
    expect(c.emails.window).toEqual({ crash_after_ses_accepted: 0, ses_reply_lost: 1, marksent_failed: 0 });
    expect(c.emails.windowMessages).toBe(1);
  });

  it('puts each re-send down to what happened to the copy before it', () => {
    // reply lost on the first copy, then markSent failing after the second: one of each
    const c = compareRuns(
      ref,
      record({ submissions: [sub('m1', 'reply_lost'), sub('m1'), sub('m1')], markSentFailures: ['m1'] }),
      KEY,
    );
    expect(c.emails.duplicated).toEqual([]);
    expect(c.emails.window).toEqual({ crash_after_ses_accepted: 0, ses_reply_lost: 1, marksent_failed: 1 });
    expect(c.emails.windowMessages).toBe(1);
    // a crash right after SES accepted it explains one re-send, and only one…
    const crash = compareRuns(
      ref,
      record({
        submissions: [sub('m1'), sub('m1'), sub('m1')],
        crashes: [{ step: 'mailer.send', n: 1, detail: 'm1' }],
      }),
      KEY,
    );
    expect(crash.emails.window.crash_after_ses_accepted).toBe(1);
    expect(crash.emails.window.ses_reply_lost + crash.emails.window.marksent_failed).toBe(0);
    // …so the third copy, which nothing explains, is a duplicate
    expect(crash.emails.duplicated).toEqual(['alert|f1|head@oakfield.example']);
  });

  it('calls a second copy with no reason, or under a new Message-ID, a duplicate', () => {
    const again = compareRuns(ref, record({ submissions: [sub('m1'), sub('m1')] }), KEY);
    expect(again.emails.duplicated).toEqual(['alert|f1|head@oakfield.example']);
    expect(again.emails.windowMessages).toBe(0);
    const renamed = compareRuns(ref, record({ submissions: [sub('m1', 'reply_lost'), sub('m2')] }), KEY);
    expect(renamed.emails.duplicated).toEqual(['alert|f1|head@oakfield.example']);
  });

  it('tells operations notices the faults caused from other extra mail', () => {
    const c = compareRuns(
      ref,
      record({
        submissions: [
          sub('m1'),
          sub('n1', 'accepted', { 'x-trustwatch-purpose': 'notice', 'x-trustwatch-kind': 'operations' }),
          sub('n2', 'accepted', { 'x-trustwatch-purpose': 'digest' }),
        ],
      }),
      KEY,
    );
    expect(c.emails.extraOperations).toEqual(['notice|n1']);
    expect(c.emails.extraOther).toEqual(['digest|n2']);
    expect(c.emails.accepted).toBe(3);
  });
});
