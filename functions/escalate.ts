/** Hourly: escalate unacknowledged alerts, re-check take-downs, judge new mention authors (no X cost). */
import { runDiscover } from '../lib/app/discover';
import { runEscalate } from '../lib/app/escalate';
import { awsContext, endInvocation } from '../lib/aws/context';
import { SEND_MAIL } from '../lib/aws/mail';
import { parseEvent, ScheduledJobSchema } from '../lib/aws/events';
import { buildDirectory } from '../lib/domain/attribution';

export const handler = async (event: unknown) => {
  parseEvent(ScheduledJobSchema, event, 'escalate: scheduled event');
  const ctx = await awsContext('escalate', { mail: SEND_MAIL });
  try {
    const esc = await runEscalate(ctx.deps);
    const ids = new Map<string, string>();
    for (const [h, e] of await ctx.deps.authors.getHandles(ctx.config.accounts.map((a) => a.handle)))
      if (e.id) ids.set(h, e.id);
    const disc = await runDiscover({
      ...ctx.deps,
      directory: buildDirectory(ctx.config, ids),
      optionalReadsAllowed: false,
    });
    return { ...esc, unapproved: disc.unapproved };
  } finally {
    await endInvocation(ctx);
  }
};
