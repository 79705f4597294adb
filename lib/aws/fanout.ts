/**
 * Poll fan-out: with many query groups (a large federation), the scheduled `poll` function puts the
 * groups on an SQS queue in chunks and `poll-worker` functions read them in parallel, each running the
 * same poll cycle for its chunk. Small trusts (a handful of groups) poll inline: no queue, no delay.
 * A chunk that fails is reported as a batch item failure, retried by SQS, then dead-lettered.
 */
import { SendMessageBatchCommand } from '@aws-sdk/client-sqs';
import type { SQSClient } from '@aws-sdk/client-sqs';
import type { PollWork } from './events';

/** More query groups than this are fanned out. */
export const FANOUT_THRESHOLD = 8;
/** Groups per work item. */
export const GROUPS_PER_MESSAGE = 4;

export class FanoutError extends Error {
  override readonly name = 'FanoutError';
}

export const chunkGroups = (groupIds: readonly string[], size = GROUPS_PER_MESSAGE): PollWork[] => {
  const out: PollWork[] = [];
  for (let i = 0; i < groupIds.length; i += size) out.push({ groupIds: groupIds.slice(i, i + size) });
  return out;
};

/** Enqueue the work items (10 per SendMessageBatch); throws if SQS refused any. */
export const enqueuePollWork = async (
  sqs: SQSClient,
  queueUrl: string,
  work: readonly PollWork[],
): Promise<number> => {
  for (let i = 0; i < work.length; i += 10) {
    const batch = work.slice(i, i + 10);
    const out = await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: queueUrl,
        Entries: batch.map((w, j) => ({ Id: String(i + j), MessageBody: JSON.stringify(w) })),
      }),
    );
    if (out.Failed && out.Failed.length > 0)
      throw new FanoutError(
        `SQS refused ${out.Failed.length} poll work item(s): ${out.Failed.map((f) => f.Code).join(', ')}`,
      );
  }
  return work.length;
};
