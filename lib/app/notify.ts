/**
 * Use case `notify`: send what the outbox says is due.
 *
 * - Immediate flags (critical, high): one message per recipient, each with their own signed links
 *   (key `alert:<flagId>:<email>`).
 * - Roll-up flags (medium, low): due at the daily roll-up time; one message per recipient per roll-up
 *   listing all of that recipient's flags due then (key `rollup:<dueAt>:<email>`).
 *
 * A flag leaves the outbox once every one of its deliveries is settled (sent, or abandoned with the
 * operations contact told). Failures stay in the outbox and are retried on later runs with backoff.
 * A flag marked false positive before its email went is not sent.
 * Then the queued operations notices (raised by the poll functions: lib/app/operations) go out.
 */
import type { Config } from '../config/schema';
import type { Flag, Recipient } from '../domain/flag';
import type { DeliverDeps, SendOutcome } from './deliver';
import { isSettled, sendOnce } from './deliver';
import { sendQueuedNotices } from './operations';
import type { Composer } from './ports';
import { iso } from './time';

export interface NotifyDeps extends DeliverDeps {
  composer: Composer;
  config: Config;
}

export interface NotifyResult {
  due: number;
  sent: number;
  retrying: number;
  abandoned: number;
  /** Queued operations notices sent in this run. */
  notices: number;
}

export const recipientsOf = (flag: Pick<Flag, 'to' | 'cc'>): Recipient[] => [...flag.to, ...flag.cc];

const tally = (r: NotifyResult, o: SendOutcome) => {
  if (o === 'sent') r.sent++;
  else if (o === 'abandoned') r.abandoned++;
  else if (o === 'retry_later' || o === 'in_flight') r.retrying++;
};

export const runNotify = async (deps: NotifyDeps): Promise<NotifyResult> => {
  const { store, clock, composer } = deps;
  const due = await store.outboxDue(iso(clock.now()));
  const result: NotifyResult = { due: due.length, sent: 0, retrying: 0, abandoned: 0, notices: 0 };

  const rollups = new Map<string, { dueAt: string; recipient: Recipient; flags: Flag[] }>();
  const flagOutcomes = new Map<string, SendOutcome[]>();
  const flags = new Map<string, Flag>();

  for (const entry of due) {
    const flag = await store.getFlag(entry.flagId);
    if (!flag) continue;
    flags.set(flag.id, flag);
    if (flag.status === 'false_positive') {
      await store.dequeue(flag.id);
      continue;
    }
    const outcomes: SendOutcome[] = [];
    flagOutcomes.set(flag.id, outcomes);
    if (flag.delivery === 'immediate') {
      for (const r of recipientsOf(flag)) {
        const o = await sendOnce(
          deps,
          {
            key: `alert:${flag.id}:${r.email.toLowerCase()}`,
            purpose: 'alert',
            recipient: r.email,
            flagIds: [flag.id],
          },
          () => composer.alert(flag, r),
        );
        tally(result, o);
        outcomes.push(o);
      }
    } else {
      for (const r of recipientsOf(flag)) {
        const k = `${entry.dueAt}:${r.email.toLowerCase()}`;
        const group = rollups.get(k) ?? { dueAt: entry.dueAt, recipient: r, flags: [] };
        group.flags.push(flag);
        rollups.set(k, group);
      }
    }
  }

  for (const [k, group] of rollups) {
    const key = `rollup:${k}`;
    const o = await sendOnce(
      deps,
      { key, purpose: 'rollup', recipient: group.recipient.email, flagIds: group.flags.map((f) => f.id) },
      () => composer.rollup(group.flags, group.recipient, group.dueAt),
    );
    tally(result, o);
    // A flag that arrived after this roll-up was already sent is not in it: carry it to the next one.
    const rec = o === 'already_sent' ? await store.getDelivery(key) : undefined;
    for (const f of group.flags) {
      const missed = rec !== undefined && !rec.flagIds.includes(f.id);
      flagOutcomes.get(f.id)?.push(missed ? 'retry_later' : o);
      if (missed) await store.enqueue(f.id, iso(Date.parse(group.dueAt) + 86_400_000));
    }
  }

  for (const [flagId, outcomes] of flagOutcomes) {
    const flag = flags.get(flagId);
    if (flag && outcomes.every(isSettled)) await store.dequeue(flagId);
  }
  result.notices = await sendQueuedNotices(deps);
  return result;
};
