/**
 * Sending one message at most once (DESIGN.md "outbox"): every email TrustWatch sends goes through
 * `sendOnce`, keyed by what it is for and who it is to (`alert:<flagId>:<email>`,
 * `rollup:<dueAt>:<email>`, `escalation:<flagId>:<email>`, `notice:<id>:<email>`).
 *
 *   1. claim the delivery record (conditional write; a lease so a crashed sender's claim expires)
 *   2. compose the message (pure rendering)
 *   3. hand it to SES
 *   4. mark it sent with SES's message id
 *
 * Concurrent runs and re-runs cannot both pass step 1, so they cannot both send. A failure at step 3
 * records the error and a retry time (exponential backoff with deterministic jitter); after
 * MAX_ATTEMPTS, or at once for a permanent rejection, the delivery is abandoned and the operations
 * contact is told (once per delivery). A crash between 3 and 4 is the one window where a message can
 * go twice: the lease expires and it is re-sent; that is chosen over losing a safeguarding alert. (An
 * error from step 4 is retried in place, not taken for a failed send; the re-sent message carries the
 * same deterministic Message-ID, so mail clients that de-duplicate by Message-ID show it once.)
 */
import { createHash } from 'node:crypto';
import type { Obs } from '../obs/log';
import { errorFields } from '../obs/log';
import type { DeliveryRecord, DynamoStore } from '../store/dynamo-store';
import type { Clock, Mailer, OutgoingMail } from './ports';
import { iso } from './time';

/**
 * A delivery key as it may appear in a log line: keys end with the recipient's address, and
 * addresses never go to logs (lib/obs/log.ts), so the address becomes a short hash of itself (the same
 * address gives the same hash, so lines about one delivery still correlate).
 */
export const loggableKey = (key: string): string =>
  key.replace(
    /[^\s:@]+@[^\s:@]+/g,
    (addr) => `~${createHash('sha256').update(addr.toLowerCase()).digest('hex').slice(0, 10)}`,
  );

export const LEASE_MS = 5 * 60_000;
export const MAX_ATTEMPTS = 6;
/** Tries at recording a message SES accepted (on top of the SDK's own retries in AWS). */
const MARK_SENT_ATTEMPTS = 3;
const BASE_BACKOFF_MS = 60_000;
const MAX_BACKOFF_MS = 60 * 60_000;

export interface DeliverDeps {
  store: DynamoStore;
  mailer: Mailer;
  clock: Clock;
  obs: Obs;
  /** Called when a delivery is abandoned, to tell the operations contact (must not throw). */
  onAbandoned?: (rec: DeliveryRecord, reason: string) => Promise<void>;
}

export type SendOutcome = 'sent' | 'already_sent' | 'in_flight' | 'retry_later' | 'abandoned';

export interface DeliverySpec {
  key: string;
  purpose: string;
  recipient: string;
  flagIds: string[];
}

/** Errors from a Mailer may say whether retrying can help (MailError does). */
const isRetryable = (e: unknown): boolean => {
  const r = (e as { retryable?: unknown } | null)?.retryable;
  return typeof r === 'boolean' ? r : true;
};

/** Backoff before attempt n+1: 1, 2, 4 … minutes, capped at an hour, ±20% jitter derived from the key. */
export const backoffMs = (key: string, attempts: number): number => {
  const base = Math.min(MAX_BACKOFF_MS, BASE_BACKOFF_MS * 2 ** Math.max(0, attempts - 1));
  const h = createHash('sha256').update(`${key}:${attempts}`).digest().readUInt16BE(0) / 0xffff;
  return Math.round(base * (0.8 + 0.4 * h));
};

export const sendOnce = async (
  deps: DeliverDeps,
  spec: DeliverySpec,
  compose: () => Promise<OutgoingMail>,
): Promise<SendOutcome> => {
  const { store, clock, obs } = deps;
  const claim = await store.claimDelivery(spec, clock.now(), LEASE_MS);
  if (!claim) {
    const existing = await store.getDelivery(spec.key);
    if (existing?.state === 'sent') return 'already_sent';
    if (existing?.state === 'abandoned') return 'abandoned';
    return existing?.state === 'failed' ? 'retry_later' : 'in_flight';
  }

  let mail: OutgoingMail;
  try {
    mail = await compose();
  } catch (e) {
    // A message we cannot render will not render next time either: abandon and tell a person.
    obs.log.error('cannot compose message', {
      deliveryKey: loggableKey(spec.key),
      purpose: spec.purpose,
      ...errorFields(e),
    });
    await store.markFailed(spec.key, `compose: ${e instanceof Error ? e.name : 'error'}`, 0, true);
    await deps.onAbandoned?.(claim, 'the message could not be built');
    return 'abandoned';
  }

  let messageId: string;
  try {
    ({ messageId } = await deps.mailer.send(mail));
  } catch (e) {
    const retryable = isRetryable(e);
    const abandon = !retryable || claim.attempts >= MAX_ATTEMPTS;
    const code = e instanceof Error ? e.name : 'error';
    await store.markFailed(spec.key, code, clock.now() + backoffMs(spec.key, claim.attempts), abandon);
    obs.count(abandon ? 'email_abandoned' : 'email_retry');
    obs.log.warn(abandon ? 'email abandoned' : 'email failed, will retry', {
      deliveryKey: loggableKey(spec.key),
      purpose: spec.purpose,
      attempt: claim.attempts,
      ...errorFields(e),
    });
    if (abandon)
      await deps.onAbandoned?.(
        claim,
        retryable
          ? `gave up after ${claim.attempts} attempts (${code})`
          : `rejected by the mail service (${code})`,
      );
    return abandon ? 'abandoned' : 'retry_later';
  }

  // SES has the message. Failing to record that is not a failed send: marking it failed would send it
  // again (found by the reliability matrix: a throttled markSent re-sent the alert a minute later). So
  // the write is retried here; if it still fails the error propagates and the claim's lease runs out,
  // which is the crash window described above and nothing wider.
  for (let attempt = 1; ; attempt++) {
    try {
      await store.markSent(spec.key, messageId, iso(clock.now()));
      break;
    } catch (e) {
      if (attempt >= MARK_SENT_ATTEMPTS) throw e;
      obs.log.warn('recording a sent email failed, retrying', {
        deliveryKey: loggableKey(spec.key),
        attempt,
        ...errorFields(e),
      });
    }
  }
  obs.count('email_sent');
  obs.log.info('email sent', {
    deliveryKey: loggableKey(spec.key),
    purpose: spec.purpose,
    attempt: claim.attempts,
  });
  return 'sent';
};

/** Outcomes after which nothing more will happen for this delivery. */
export const isSettled = (o: SendOutcome): boolean =>
  o === 'sent' || o === 'already_sent' || o === 'abandoned';
