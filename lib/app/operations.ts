/**
 * Telling the trust's operations contact (config `trust.operations`) what needs a person: X
 * credentials rejected, the X budget, registered accounts X no longer knows, and emails TrustWatch
 * gave up delivering. Each notice has a stable id, so it is sent once (`notice:<id>:<email>`).
 *
 * Where a notice is raised decides how it leaves: functions that send mail send it at once
 * (sendOperationsNotice); the poll functions, which do not bundle the mail code (it would push their
 * bundles past 1 MB), queue it in the store (queueingNotices) and the next notify run sends it
 * (sendQueuedNotices), within one notify interval.
 */
import type { Config } from '../config/schema';
import type { DeliverDeps, SendOutcome } from './deliver';
import { isSettled, sendOnce } from './deliver';
import type { Composer, Notice } from './ports';
import type { DeliveryRecord, DynamoStore } from '../store/dynamo-store';
import { iso } from './time';
import type { Clock } from './ports';

/** Where a use case hands a notice for a person: sent now, or queued for the notify function. */
export type NoticeSink = (notice: Notice) => Promise<boolean>;

export const operationsNotice = (
  config: Config,
  id: string,
  subject: string,
  paragraphs: string[],
): Notice => ({
  id,
  kind: 'operations',
  subject,
  paragraphs,
  to: [{ ...config.trust.operations, role: 'operations', scope: 'trust' }],
  cc: [],
});

export const sendOperationsNotice = async (
  deps: DeliverDeps & { composer: Composer; config: Config },
  notice: Notice,
): Promise<boolean> => (await sendNotice(deps, notice)) === 'sent';

const sendNotice = async (
  deps: DeliverDeps & { composer: Composer; config: Config },
  notice: Notice,
): Promise<SendOutcome> => {
  const r = notice.to[0];
  if (!r) return 'abandoned';
  return sendOnce(
    deps,
    {
      key: `notice:${notice.id}:${r.email.toLowerCase()}`,
      purpose: 'notice',
      recipient: r.email,
      flagIds: [],
    },
    () => deps.composer.notice(notice, r),
  );
};

/** A sink that queues each notice (once per id) for the next notify run. */
export const queueingNotices =
  (store: DynamoStore, clock: Clock): NoticeSink =>
  (notice) =>
    store.queueNotice(notice, iso(clock.now()));

/** Send the queued notices that are due; a notice leaves the queue once its delivery is settled. */
export const sendQueuedNotices = async (
  deps: DeliverDeps & { composer: Composer; config: Config },
): Promise<number> => {
  let sent = 0;
  for (const notice of await deps.store.noticesDue(iso(deps.clock.now()))) {
    const o = await sendNotice(deps, notice);
    if (o === 'sent') sent++;
    if (isSettled(o)) await deps.store.noticeSettled(notice.id);
  }
  return sent;
};

/**
 * The `onAbandoned` hook of sendOnce: an email TrustWatch gave up on is reported to the operations
 * contact (who can forward it or check the address). A notice about a notice is not sent, so a mail
 * outage cannot loop; it is logged and counted (an alarm watches `email_abandoned`).
 */
export const abandonedNotifier =
  (deps: DeliverDeps & { composer: Composer; config: Config }) =>
  async (rec: DeliveryRecord, reason: string): Promise<void> => {
    if (rec.key.startsWith('notice:undeliverable:')) return;
    await sendOperationsNotice(
      { ...deps, onAbandoned: undefined },
      operationsNotice(deps.config, `undeliverable:${rec.key}`, 'TrustWatch could not deliver an email', [
        `An email (${rec.purpose}) to ${rec.recipient} could not be delivered: ${reason}.`,
        rec.flagIds.length > 0
          ? `It concerned: ${rec.flagIds.join(', ')}. See them with: trustwatch flags list, or in the weekly digest.`
          : 'Check the address in the trust config and the SES sending status.',
      ]),
    );
  };
