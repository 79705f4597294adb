/** Weekly (Monday 07:30 Europe/London by default): the COO's reputation digest. */
import { runDigest } from '../lib/app/digest';
import { awsContext, endInvocation } from '../lib/aws/context';
import { SEND_MAIL } from '../lib/aws/mail';
import { parseEvent, ScheduledJobSchema } from '../lib/aws/events';

export const handler = async (event: unknown) => {
  parseEvent(ScheduledJobSchema, event, 'digest: scheduled event');
  const ctx = await awsContext('digest', { mail: SEND_MAIL });
  try {
    const r = await runDigest(ctx.deps);
    return { week: r.week, sent: r.sent };
  } finally {
    await endInvocation(ctx);
  }
};
