/**
 * Event shapes the Lambdas accept, validated with zod: EventBridge Scheduler targets send a fixed
 * JSON input naming the job; SQS delivers poll work items; the Function URL delivers HTTP requests.
 */
import * as z from '../zod';

export const JOBS = ['poll', 'notify', 'escalate', 'discover', 'digest'] as const;
export type Job = (typeof JOBS)[number];

/** The input each schedule sends (set in infra/): {"job": "notify"}. */
export const ScheduledJobSchema = z.object({ job: z.enum(JOBS) });

/** One poll work item on the fan-out queue: the query groups to read this cycle. */
export const PollWorkSchema = z.object({
  groupIds: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
});
export type PollWork = z.infer<typeof PollWorkSchema>;

export const SqsEventSchema = z.object({
  Records: z.array(z.object({ messageId: z.string(), body: z.string() })),
});

/** The parts of a Lambda Function URL event (payload v2) the actions handler reads. */
export const FunctionUrlEventSchema = z.object({
  requestContext: z.object({ http: z.object({ method: z.string() }) }),
  queryStringParameters: z.optional(z.record(z.string(), z.string())),
  body: z.optional(z.string()),
  isBase64Encoded: z.optional(z.boolean()),
  headers: z.optional(z.record(z.string(), z.string())),
});
export type FunctionUrlEvent = z.infer<typeof FunctionUrlEventSchema>;
