/** Daily: look-alike accounts (with X user search when user-context credentials exist) and register gaps. */
import { runDiscover } from '../lib/app/discover';
import { awsContext, endInvocation } from '../lib/aws/context';
import { SEND_MAIL } from '../lib/aws/mail';
import { parseEvent, ScheduledJobSchema } from '../lib/aws/events';
import { buildDirectory } from '../lib/domain/attribution';

export const handler = async (event: unknown) => {
  parseEvent(ScheduledJobSchema, event, 'discover: scheduled event');
  const ctx = await awsContext('discover', { mail: SEND_MAIL });
  try {
    const ids = new Map<string, string>();
    for (const [h, e] of await ctx.deps.authors.getHandles(ctx.config.accounts.map((a) => a.handle)))
      if (e.id) ids.set(h, e.id);
    // Optional reads stop first when the X budget is used up.
    const budget = await ctx.meter.budget();
    return await runDiscover({
      ...ctx.deps,
      directory: buildDirectory(ctx.config, ids),
      optionalReadsAllowed: budget.level !== 'exceeded',
    });
  } finally {
    await endInvocation(ctx);
  }
};
