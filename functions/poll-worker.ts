/** SQS consumer of poll work items: one poll cycle per item; failures are reported per item (retry, then DLQ). */
import type { SQSBatchResponse } from 'aws-lambda';
import { runPollCycle } from '../lib/app/poll';
import { sentimentIndex } from '../lib/app/sentiment';
import { classify } from '../lib/classify';
import { awsContext, endInvocation } from '../lib/aws/context';
import { parseEvent, PollWorkSchema, SqsEventSchema } from '../lib/aws/events';
import { errorFields } from '../lib/obs/log';

export const handler = async (event: unknown): Promise<SQSBatchResponse> => {
  const { Records } = parseEvent(SqsEventSchema, event, 'poll-worker: SQS event');
  const ctx = await awsContext('poll-worker', { text: { classify, sentiment: sentimentIndex } });
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  try {
    for (const record of Records) {
      try {
        const work = parseEvent(PollWorkSchema, JSON.parse(record.body), 'poll-worker: work item');
        await runPollCycle(ctx.deps, { groupIds: work.groupIds });
      } catch (e) {
        ctx.obs.log.error('poll work item failed', errorFields(e));
        batchItemFailures.push({ itemIdentifier: record.messageId });
      }
    }
  } finally {
    await endInvocation(ctx);
  }
  return { batchItemFailures };
};
