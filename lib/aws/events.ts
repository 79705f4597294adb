/**
 * Event shapes the Lambdas accept, validated with zod: EventBridge Scheduler targets send a fixed
 * JSON input naming the job; SQS delivers poll work items; the Function URL delivers HTTP requests.
 */
import * as z from '../zod';

/** An event a Lambda was invoked with that is not the shape it accepts (named by paths and messages). */
export class EventError extends Error {
  override name = 'EventError';
}

/**
 * Validate a Lambda's event, or throw an EventError naming the function, the event and what is wrong
 * with it: paths and messages only, never the values (an SQS body could carry anything).
 */
export function parseEvent<S extends z.ZodMiniType>(schema: S, event: unknown, what: string): z.output<S> {
  const r = schema.safeParse(event);
  if (r.success) return r.data;
  const problems = r.error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
  throw new EventError(`${what}: not the event expected (${problems})`);
}

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
