/**
 * Telling the trust's operations contact (config `trust.operations`) what needs a person: X
 * credentials rejected, the X budget, registered accounts X no longer knows, and emails TrustWatch
 * gave up delivering. Each notice has a stable id, so it is sent once (`notice:<id>:<email>`).
 */
import type { Config } from '../config/schema';
import type { DeliverDeps } from './deliver';
import { sendOnce } from './deliver';
import type { Composer, Notice } from './ports';
import type { DeliveryRecord } from '../store/dynamo-store';

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
): Promise<boolean> => {
  const r = notice.to[0];
  if (!r) return false;
  const o = await sendOnce(
    deps,
    {
      key: `notice:${notice.id}:${r.email.toLowerCase()}`,
      purpose: 'notice',
      recipient: r.email,
      flagIds: [],
    },
    () => deps.composer.notice(notice, r),
  );
  return o === 'sent';
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
