/** Scheduled every `pollMinutes`: poll X inline, or fan the query groups out over SQS when there are many. */
import { SQSClient } from '@aws-sdk/client-sqs';
import { groupsFor, runPollCycle } from '../lib/app/poll';
import { sentimentIndex } from '../lib/app/sentiment';
import { classify } from '../lib/classify';
import { awsContext, endInvocation } from '../lib/aws/context';
import { ENV } from '../lib/aws/env';
import { parseEvent, ScheduledJobSchema } from '../lib/aws/events';
import { chunkGroups, enqueuePollWork, FANOUT_THRESHOLD } from '../lib/aws/fanout';

const sqs = new SQSClient({});

export const handler = async (event: unknown) => {
  parseEvent(ScheduledJobSchema, event, 'poll: scheduled event');
  const ctx = await awsContext('poll', { text: { classify, sentiment: sentimentIndex } });
  try {
    const groups = groupsFor(ctx.config);
    const queueUrl = ctx.env[ENV.pollQueueUrl];
    if (queueUrl && groups.length > FANOUT_THRESHOLD) {
      const items = await enqueuePollWork(sqs, queueUrl, chunkGroups(groups.map((g) => g.id)));
      return { fannedOut: items };
    }
    const r = await runPollCycle(ctx.deps);
    return { posts: r.posts, flags: r.flags.length, requests: r.report.requests };
  } finally {
    await endInvocation(ctx);
  }
};
