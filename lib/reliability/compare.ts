/**
 * Comparing a faulted run with the clean reference run of the same scenario slice.
 *
 * Posts:   appeared (the reference stored them: a clean run reads everything X showed) vs stored vs
 *          processed (state "processed": classified, flags and counters written).
 * Flags:   the reference's flag ids vs the faulted run's; and each flag's final status (a lost action
 *          — an acknowledgement that never landed — shows up here, and as an escalation nobody needed).
 * Emails:  counted from what SES ACCEPTED (the SES proxy's record), never from TrustWatch's own belief.
 *          A delivery is one thing one person must get:
 *            alert / escalation     (purpose, X-TrustWatch-Flag, envelope recipient)
 *            roll-up                (rollup, each flag in it, recipient): the flags come from the signed
 *                                    action links in the received HTML, verified with the link key, so a
 *                                    medium flag that moved to the next day's roll-up is still delivered
 *            notice, digest         (purpose, Message-ID), the Message-ID being deterministic
 *          lost        a reference delivery the faulted run never delivered (fewer times)
 *          duplicated  delivered more often than in the reference. Each duplicate is explained or not:
 *            crash_after_ses_accepted  a crash right after SES accepted this Message-ID
 *            ses_reply_lost            SES accepted it and the answer never came back
 *            marksent_failed           SES accepted it and recording that (markSent) failed
 *          Those three are the one window DESIGN.md accepts (deliver.ts: at-least-once after SES
 *          accepted, before it is recorded); anything else is a bug. Within the window the re-send carries
 *          the same Message-ID, so mail clients that de-duplicate by Message-ID show it once: reported as
 *          "SES submissions" vs "a recipient would see" (distinct Message-IDs for the same delivery).
 *          extra       deliveries the reference did not make: operations notices the faults caused
 *                      (expected: "X rejected the credentials", "could not deliver") vs anything else.
 */
import { verifyAction } from '../actions/links';
import type { ActionKey } from '../actions/links';
import type { RunRecord } from './harness';
import type { SesSubmission } from './ses-proxy';

export type WindowCause = 'crash_after_ses_accepted' | 'ses_reply_lost' | 'marksent_failed';

/** How many times each string occurs. */
const countOf = (xs: readonly string[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const x of xs) m.set(x, (m.get(x) ?? 0) + 1);
  return m;
};

export interface Delivery {
  unit: string;
  purpose: string;
  messageId: string;
  kind: string;
}

export interface Comparison {
  posts: { appeared: number; stored: number; processed: number; lost: string[]; unprocessed: string[] };
  flags: {
    expected: number;
    stored: number;
    lost: string[];
    extra: string[];
    statusChanged: { id: string; expected: string; got: string }[];
  };
  emails: {
    expected: number;
    delivered: number;
    lost: string[];
    /** Duplicates outside the accepted-before-recorded window: bugs. */
    duplicated: string[];
    /** Extra SES submissions inside the window (a Message-ID accepted again), by cause. */
    window: Record<WindowCause, number>;
    /**
     * Distinct messages re-sent in the window. A re-send carries the SAME Message-ID (deterministic,
     * lib/mail/mime), so a client that de-duplicates by Message-ID shows it once; the recipient of a
     * client that does not sees this many messages twice. A re-send under a new Message-ID would not be
     * the window's: it counts in `duplicated`.
     */
    windowMessages: number;
    extraOperations: string[];
    extraOther: string[];
    /** SES proxy accepted vs SES local received (must match). */
    accepted: number;
    received: number;
  };
}

const TOKEN = /[?&](?:amp;)?t=(v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)/g;

/** Every delivery unit an accepted message carries. */
export const deliveriesOf = (
  run: RunRecord,
  linkKey: ActionKey,
): { sub: SesSubmission; units: Delivery[] }[] => {
  const html = new Map(run.received.map((m) => [m.messageId, m.body.html ?? '']));
  return run.submissions
    .filter((s) => s.outcome === 'accepted' || s.outcome === 'reply_lost')
    .map((sub) => {
      const purpose = sub.headers['x-trustwatch-purpose'] ?? 'unknown';
      const kind = sub.headers['x-trustwatch-kind'] ?? '';
      const to = sub.destinations[0] ?? '';
      const base = { purpose, messageId: sub.messageId, kind };
      const flag = sub.headers['x-trustwatch-flag'];
      if (flag !== undefined) return { sub, units: [{ ...base, unit: `${purpose}|${flag}|${to}` }] };
      if (purpose === 'rollup') {
        const flags = new Set<string>();
        for (const m of (html.get(sub.sesMessageId ?? '') ?? '').matchAll(TOKEN)) {
          const v = verifyAction(m[1], [linkKey], 0);
          if (v.ok && v.claims.email === to) flags.add(v.claims.flagId);
        }
        if (flags.size > 0)
          return { sub, units: [...flags].map((f) => ({ ...base, unit: `rollup|${f}|${to}` })) };
      }
      return { sub, units: [{ ...base, unit: `${purpose}|${sub.messageId}` }] };
    });
};

const tally = (run: RunRecord, linkKey: ActionKey) => {
  const counts = new Map<string, { n: number; ids: string[]; d: Delivery }>();
  for (const { units } of deliveriesOf(run, linkKey))
    for (const d of units) {
      const c = counts.get(d.unit) ?? { n: 0, ids: [], d };
      c.n++;
      c.ids.push(d.messageId);
      counts.set(d.unit, c);
    }
  return counts;
};

export const compareRuns = (ref: RunRecord, run: RunRecord, linkKey: ActionKey): Comparison => {
  // ---- posts
  const lostPosts = [...ref.posts.keys()].filter((id) => !run.posts.has(id));
  const unprocessed = [...run.posts].filter(([, s]) => s !== 'processed').map(([id]) => id);

  // ---- flags
  const lostFlags = [...ref.flags.keys()].filter((id) => !run.flags.has(id));
  const extraFlags = [...run.flags.keys()].filter((id) => !ref.flags.has(id));
  const statusChanged = [...ref.flags]
    .filter(([id, f]) => run.flags.has(id) && run.flags.get(id)?.status !== f.status)
    .map(([id, f]) => ({ id, expected: f.status, got: run.flags.get(id)?.status ?? '' }));

  // ---- emails
  const want = tally(ref, linkKey);
  const got = tally(run, linkKey);
  const lostEmails: string[] = [];
  const duplicated: string[] = [];
  const window: Record<WindowCause, number> = {
    crash_after_ses_accepted: 0,
    ses_reply_lost: 0,
    marksent_failed: 0,
  };
  const extraOperations: string[] = [];
  const extraOther: string[] = [];

  // Why a Message-ID could legitimately have gone twice: a crash right after SES accepted it (the
  // crash's detail is the Message-ID), or markSent failing for it; a lost SES reply shows in the
  // submission's own outcome.
  const sendCrashes = run.crashes.filter((c) => c.step === 'mailer.send').map((c) => c.detail ?? '');

  // The window, counted in SES submissions (a roll-up re-sent once is one extra message, whatever
  // number of flags it lists): every accepted copy of a Message-ID after its first, put down to what
  // happened to the copy before it (its reply lost, else a crash right after SES accepted it, else
  // markSent failing for it; each crash and markSent failure explains one copy), so that a message hit
  // by two of them (its reply lost, then markSent failing after the re-send) counts once under each.
  const crashesLeft = countOf(sendCrashes);
  const markSentLeft = countOf(run.markSentFailures);
  const take = (left: Map<string, number>, id: string): boolean => {
    const n = left.get(id) ?? 0;
    if (n === 0) return false;
    left.set(id, n - 1);
    return true;
  };
  const previous = new Map<string, SesSubmission['outcome']>();
  /** Per Message-ID, how many of its re-sends the window explains. */
  const explained = new Map<string, number>();
  let windowMessages = 0;
  const counted = new Set<string>();
  for (const s of run.submissions) {
    if (s.outcome !== 'accepted' && s.outcome !== 'reply_lost') continue;
    const before = previous.get(s.messageId);
    previous.set(s.messageId, s.outcome);
    if (before === undefined) continue;
    const cause: WindowCause | undefined =
      before === 'reply_lost'
        ? 'ses_reply_lost'
        : take(crashesLeft, s.messageId)
          ? 'crash_after_ses_accepted'
          : take(markSentLeft, s.messageId)
            ? 'marksent_failed'
            : undefined;
    if (cause === undefined) continue; // a duplicated delivery (below)
    window[cause]++;
    explained.set(s.messageId, (explained.get(s.messageId) ?? 0) + 1);
    if (!counted.has(s.messageId)) windowMessages++;
    counted.add(s.messageId);
  }

  for (const [unit, w] of want) {
    const g = got.get(unit);
    if ((g?.n ?? 0) < w.n) lostEmails.push(unit);
  }
  for (const [unit, g] of got) {
    const w = want.get(unit);
    if (!w) {
      if (g.d.purpose === 'notice' && g.d.kind === 'operations') extraOperations.push(unit);
      else extraOther.push(unit);
    }
    const allowed = Math.max(1, w?.n ?? 0);
    if (g.n <= allowed) continue;
    // The copies beyond the expected ones, in the order SES accepted them. A copy is the window's
    // when the window explains a re-send of its Message-ID that no earlier copy of this delivery
    // used (each explains one); anything else, a new Message-ID included, is a duplicate (a bug).
    const left = new Map<string, number>();
    for (const id of g.ids.slice(allowed)) {
      const n = left.get(id) ?? explained.get(id) ?? 0;
      if (n > 0) left.set(id, n - 1);
      else duplicated.push(unit);
    }
  }

  return {
    posts: {
      appeared: ref.posts.size,
      stored: [...ref.posts.keys()].filter((id) => run.posts.has(id)).length,
      processed: [...ref.posts.keys()].filter((id) => run.posts.get(id) === 'processed').length,
      lost: lostPosts,
      unprocessed,
    },
    flags: {
      expected: ref.flags.size,
      stored: [...ref.flags.keys()].filter((id) => run.flags.has(id)).length,
      lost: lostFlags,
      extra: extraFlags,
      statusChanged,
    },
    emails: {
      expected: [...want.values()].reduce((a, w) => a + w.n, 0),
      delivered: [...want].reduce((a, [u, w]) => a + Math.min(w.n, got.get(u)?.n ?? 0), 0),
      lost: lostEmails,
      duplicated,
      window,
      windowMessages,
      extraOperations,
      extraOther,
      accepted: run.submissions.filter((s) => s.outcome === 'accepted' || s.outcome === 'reply_lost').length,
      received: run.received.length,
    },
  };
};
