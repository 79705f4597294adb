/** Scheduled every `notifyMinutes`: send what the outbox says is due, and hold notices. */
import { runHoldNotices } from '../lib/app/holds';
import { runNotify } from '../lib/app/notify';
import { awsContext, endInvocation } from '../lib/aws/context';
import { SEND_MAIL } from '../lib/aws/mail';
import { parseEvent, ScheduledJobSchema } from '../lib/aws/events';

export const handler = async (event: unknown) => {
  parseEvent(ScheduledJobSchema, event, 'notify: scheduled event');
  const ctx = await awsContext('notify', { mail: SEND_MAIL });
  try {
    const r = await runNotify(ctx.deps);
    const notices = await runHoldNotices(ctx.deps);
    return { ...r, notices };
  } finally {
    await endInvocation(ctx);
  }
};
