/**
 * zod schemas for the X API v2 payloads TrustWatch reads, derived from the recorded samples
 * (shared/xapi/samples) and the official OpenAPI spec (shared/xapi/openapi.json). Objects are loose
 * (X adds fields over time; unknown fields are ignored) but every field we use is typed, so a payload
 * that changed shape fails here, at the boundary, as `XError('bad_payload')`, not deep in a use case.
 *
 * Note on naming drift: the 2.167 spec renames tweet fields (`post.fields`, `referenced_posts`,
 * `edit_history_post_ids`) while the live API and twitter-api-v2 still use `tweet.fields`,
 * `referenced_tweets` and `edit_history_tweet_ids` (samples 04, 05). We request and read the live names.
 */
import * as z from 'zod';

const xId = z.string().regex(/^\d{1,19}$/);

/** A problem entry in `errors[]` (partial errors of a 200) or an error body. */
export const ProblemSchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  value: z.string().optional(),
  resource_id: z.string().optional(),
  resource_type: z.string().optional(),
  parameter: z.string().optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

const indices = { start: z.number().int().nonnegative(), end: z.number().int().nonnegative() };

export const EntitiesSchema = z.looseObject({
  mentions: z
    .array(z.looseObject({ ...indices, username: z.string().optional(), id: xId.optional() }))
    .optional(),
  hashtags: z.array(z.looseObject({ ...indices, tag: z.string() })).optional(),
  urls: z
    .array(z.looseObject({ ...indices, url: z.string(), expanded_url: z.string().optional() }))
    .optional(),
});

export const TweetSchema = z.looseObject({
  id: xId,
  text: z.string(),
  author_id: xId.optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  conversation_id: xId.optional(),
  in_reply_to_user_id: xId.optional(),
  referenced_tweets: z.array(z.looseObject({ type: z.string(), id: xId })).optional(),
  entities: EntitiesSchema.optional(),
  lang: z.string().optional(),
});
export type XTweet = z.infer<typeof TweetSchema>;

export const UserSchema = z.looseObject({
  id: xId,
  name: z.string(),
  username: z.string().regex(/^[A-Za-z0-9_]{1,15}$/),
  description: z.string().optional(),
  created_at: z.iso.datetime({ offset: true }).optional(),
  protected: z.boolean().optional(),
  verified: z.boolean().optional(),
});
export type XUserPayload = z.infer<typeof UserSchema>;

const IncludesSchema = z.looseObject({
  users: z.array(UserSchema).optional(),
  tweets: z.array(TweetSchema).optional(),
});

/** GET /2/tweets/search/recent, /2/users/:id/tweets, /2/users/:id/mentions. */
export const TimelineResponseSchema = z.looseObject({
  data: z.array(TweetSchema).optional(),
  includes: IncludesSchema.optional(),
  errors: z.array(ProblemSchema).optional(),
  meta: z.looseObject({
    result_count: z.number().int().nonnegative(),
    newest_id: xId.optional(),
    oldest_id: xId.optional(),
    next_token: z.string().min(1).optional(),
  }),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

/** GET /2/users, /2/users/by (sample 01: found users in data, the rest in errors). */
export const UsersResponseSchema = z.looseObject({
  data: z.array(UserSchema).optional(),
  errors: z.array(ProblemSchema).optional(),
});

/** GET /2/users/search (user context). */
export const UserSearchResponseSchema = UsersResponseSchema.extend({
  meta: z
    .looseObject({ result_count: z.number().int().optional(), next_token: z.string().optional() })
    .optional(),
});

/** GET /2/tweets?ids= (sample 06: deleted posts in errors[] as "Not Found Error"). */
export const TweetsLookupResponseSchema = z.looseObject({
  data: z.array(TweetSchema).optional(),
  includes: IncludesSchema.optional(),
  errors: z.array(ProblemSchema).optional(),
});

/** GET /2/usage/tweets. */
export const UsageResponseSchema = z.looseObject({
  data: z
    .looseObject({
      project_usage: z.string().optional(),
      project_cap: z.string().optional(),
      cap_reset_day: z.number().int().optional(),
    })
    .optional(),
});

/** 4xx/5xx bodies (sample 07): rate limit and monthly cap, both 429. */
export const ErrorBodySchema = z.looseObject({
  title: z.string().optional(),
  detail: z.string().optional(),
  type: z.string().optional(),
  errors: z.array(z.looseObject({ parameters: z.record(z.string(), z.unknown()).optional() })).optional(),
});

/** A zod failure described by paths and codes only (never values: they may quote post text). */
export const describeZodError = (e: z.ZodError): string =>
  e.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.code}`)
    .join('; ');
