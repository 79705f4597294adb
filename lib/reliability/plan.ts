/**
 * Fault plans for the matrix, derived from the clean reference run (so every fault lands on something
 * the run really does) and a seed (so a run can be repeated exactly).
 *
 *   X         each kind `perFault` times, at distinct random cycles of the scenario: 429 storms,
 *             UsageCapExceeded, 500, 503, timeouts, malformed bodies (wrong shape / not JSON), 401.
 *             5xx and timeouts hit 1–3 requests in a row (the client retries twice: some are absorbed,
 *             some fail the group for that cycle); the others 1–2.
 *   SES       Throttling and 5xx `perFault` times each, on messages the reference sent (first or later
 *             attempts; never more than 3 faults on one message, below the outbox's 6 attempts), plus
 *             `replyLost` answers lost after SES accepted (the window).
 *   DynamoDB  throttling and dynalite outages `perFault` times each, at random cycles, at a random
 *             request offset within the cycle (about the reference's requests per cycle), and a
 *             quarter as many throttles aimed at markSent (SES accepted, not yet recorded).
 *   Crash     `crashPoints` kills spread round-robin over the step kinds the reference took (the rarest
 *             and most delicate first: SES accepted before markSent, a storm's cool-down, an action
 *             link being spent, a flag, a claim, a cursor…), each at a random occurrence.
 */
import type { DynamoFaultKind, FaultPlan, RunRecord, XFaultKind } from './harness';
import { emptyPlan } from './harness';
import { rng } from './prng';
import type { SesFault } from './ses-proxy';

export const X_FAULTS: readonly XFaultKind[] = [
  '429',
  'usage_cap',
  '500',
  '503',
  'timeout',
  'malformed',
  '401',
];

export type Family = 'x' | 'ses' | 'dynamo' | 'crash';

/** Faults on one message's attempts: below the outbox's MAX_ATTEMPTS (6), so it is delivered. */
const MAX_SES_FAULTS_PER_MESSAGE = 4;
export const FAMILIES: readonly Family[] = ['x', 'ses', 'dynamo', 'crash'];

export interface PlanSpec {
  seed: number;
  perFault: number;
  replyLost: number;
  crashPoints: number;
  families: readonly Family[];
}

/** Step kinds in the order crash points are given out (round-robin). */
export const CRASH_STEPS = [
  'mailer.send',
  'store.claimOnce:spike',
  'store.claimOnce:nonce',
  'store.putFlag',
  'store.claimDelivery',
  'store.putPost',
  'cursors.put',
  'store.markPostProcessed',
  'store.markSent',
  'x.search',
  'store.recordDay',
  'store.dequeue',
  'store.transitionFlag',
  'authors.putMany',
  'store.markEscalated',
  'store.putHold',
  'store.enqueue',
  'store.claimOnce:seen',
  'store.addUsage',
  'store.putState',
] as const;

export const buildPlan = (ref: RunRecord, spec: PlanSpec): FaultPlan => {
  const plan = emptyPlan();
  const r = rng(spec.seed);
  const step = (ref.end - ref.start) / Math.max(1, ref.ticks);
  const weekTicks = Math.max(2, Math.floor((ref.end - ref.start) / step));
  const has = (f: Family) => spec.families.includes(f);

  if (has('x')) {
    // In the first 85% of the scenario, so a fault deferred behind another is still served.
    const ticks = r.distinct(spec.perFault * X_FAULTS.length, 1, Math.floor(weekTicks * 0.85));
    const kinds = X_FAULTS.flatMap((k) => Array.from({ length: spec.perFault }, () => k));
    // Shuffle the kinds over the ticks (Fisher–Yates with the seeded PRNG).
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [kinds[i], kinds[j]] = [kinds[j] as XFaultKind, kinds[i] as XFaultKind];
    }
    ticks.forEach((tick, i) => {
      const fault = kinds[i];
      if (fault === undefined) return;
      const retried = fault === '500' || fault === '503' || fault === 'timeout';
      plan.x.push({ tick, fault, times: retried ? r.int(1, 3) : r.int(1, 2) });
    });
  }

  if (has('ses')) {
    const ids = [...new Set(ref.submissions.filter((s) => s.outcome === 'accepted').map((s) => s.messageId))];
    const faults: SesFault[] = [
      ...Array.from({ length: spec.perFault }, (): SesFault => 'throttle'),
      ...Array.from({ length: spec.perFault }, (): SesFault => '5xx'),
    ];
    for (let i = faults.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [faults[i], faults[j]] = [faults[j] as SesFault, faults[i] as SesFault];
    }
    const order = [...ids];
    for (let i = order.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [order[i], order[j]] = [order[j] as string, order[i] as string];
    }
    // Reply lost: first attempts of distinct messages. Throttling / 5xx: round-robin over the messages
    // on the attempts after that, at most MAX_FAULTS per message (the outbox gives up after 6).
    for (const id of order.slice(0, spec.replyLost)) plan.ses.set(id, ['reply_lost']);
    let placed = 0;
    for (let i = 0; placed < faults.length && i < faults.length * 4; i++) {
      const id = order[i % Math.max(1, order.length)];
      if (id === undefined) break;
      const list = plan.ses.get(id) ?? [];
      if (list.length >= MAX_SES_FAULTS_PER_MESSAGE) continue;
      list.push(faults[placed] ?? 'throttle');
      plan.ses.set(id, list);
      placed++;
    }
  }

  if (has('dynamo')) {
    const perTick = Math.max(2, Math.round(ref.dynamoRequestsPerTick));
    // Throttling at a random request, outages, and (a quarter as many) throttles aimed at the markSent
    // right after SES accepted a message: the one write whose failure could send a message twice.
    const aimed = Math.max(1, Math.ceil(spec.perFault / 4));
    const kinds: DynamoFaultKind[] = [
      ...Array.from({ length: spec.perFault }, (): DynamoFaultKind => 'throttle'),
      ...Array.from({ length: spec.perFault }, (): DynamoFaultKind => 'outage'),
      ...Array.from({ length: aimed }, (): DynamoFaultKind => 'throttle_marksent'),
    ];
    for (let i = kinds.length - 1; i > 0; i--) {
      const j = r.int(0, i);
      [kinds[i], kinds[j]] = [kinds[j] ?? 'throttle', kinds[i] ?? 'outage'];
    }
    const ticks = r.distinct(kinds.length, 1, Math.floor(weekTicks * 0.85));
    ticks.forEach((tick, i) =>
      plan.dynamo.push({
        tick,
        kind: kinds[i] ?? 'throttle',
        after: r.int(1, perTick * 2),
        times: r.int(1, 2),
      }),
    );
  }

  if (has('crash')) {
    const steps = CRASH_STEPS.filter((s) => (ref.steps.get(s) ?? 0) > 0);
    const taken = new Map<string, Set<number>>();
    for (let i = 0, guard = 0; i < spec.crashPoints && guard < spec.crashPoints * 20; guard++) {
      const s = steps[i % Math.max(1, steps.length)];
      if (s === undefined) break;
      const total = ref.steps.get(s) ?? 0;
      const used = taken.get(s) ?? new Set<number>();
      if (used.size >= total) {
        steps.splice(steps.indexOf(s), 1);
        continue;
      }
      const n = r.int(1, total);
      if (used.has(n)) continue;
      used.add(n);
      taken.set(s, used);
      plan.crash.push({ step: s, n });
      i++;
    }
  }
  return plan;
};
