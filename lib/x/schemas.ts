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
import * as z from '../zod';

const xId = z.string().check(z.regex(/^\d{1,19}$/));
const optionalString = z.optional(z.string());

/** A problem entry in `errors[]` (partial errors of a 200) or an error body. */
export const ProblemSchema = z.looseObject({
  title: optionalString,
  detail: optionalString,
  type: optionalString,
  value: optionalString,
  resource_id: optionalString,
  resource_type: optionalString,
  parameter: optionalString,
});
export type Problem = z.infer<typeof ProblemSchema>;

const index = z.int().check(z.nonnegative());
const indices = { start: index, end: index };

export const EntitiesSchema = z.looseObject({
  mentions: z.optional(z.array(z.looseObject({ ...indices, username: optionalString, id: z.optional(xId) }))),
  hashtags: z.optional(z.array(z.looseObject({ ...indices, tag: z.string() }))),
  urls: z.optional(z.array(z.looseObject({ ...indices, url: z.string(), expanded_url: optionalString }))),
});

export const TweetSchema = z.looseObject({
  id: xId,
  text: z.string(),
  author_id: z.optional(xId),
  created_at: z.optional(z.iso.datetime({ offset: true })),
  conversation_id: z.optional(xId),
  in_reply_to_user_id: z.optional(xId),
  referenced_tweets: z.optional(z.array(z.looseObject({ type: z.string(), id: xId }))),
  entities: z.optional(EntitiesSchema),
  lang: optionalString,
});
export type XTweet = z.infer<typeof TweetSchema>;

export const UserSchema = z.looseObject({
  id: xId,
  name: z.string(),
  username: z.string().check(z.regex(/^[A-Za-z0-9_]{1,15}$/)),
  description: optionalString,
  created_at: z.optional(z.iso.datetime({ offset: true })),
  protected: z.optional(z.boolean()),
  verified: z.optional(z.boolean()),
});
export type XUserPayload = z.infer<typeof UserSchema>;

const IncludesSchema = z.looseObject({
  users: z.optional(z.array(UserSchema)),
  tweets: z.optional(z.array(TweetSchema)),
});

/** GET /2/tweets/search/recent, /2/users/:id/tweets, /2/users/:id/mentions. */
export const TimelineResponseSchema = z.looseObject({
  data: z.optional(z.array(TweetSchema)),
  includes: z.optional(IncludesSchema),
  errors: z.optional(z.array(ProblemSchema)),
  meta: z.looseObject({
    result_count: z.int().check(z.nonnegative()),
    newest_id: z.optional(xId),
    oldest_id: z.optional(xId),
    next_token: z.optional(z.string().check(z.minLength(1))),
  }),
});
export type TimelineResponse = z.infer<typeof TimelineResponseSchema>;

/** GET /2/users, /2/users/by (sample 01: found users in data, the rest in errors). */
export const UsersResponseSchema = z.looseObject({
  data: z.optional(z.array(UserSchema)),
  errors: z.optional(z.array(ProblemSchema)),
});

/** GET /2/users/search (user context). */
export const UserSearchResponseSchema = z.extend(UsersResponseSchema, {
  meta: z.optional(z.looseObject({ result_count: z.optional(z.int()), next_token: optionalString })),
});

/** GET /2/tweets?ids= (sample 06: deleted posts in errors[] as "Not Found Error"). */
export const TweetsLookupResponseSchema = z.looseObject({
  data: z.optional(z.array(TweetSchema)),
  includes: z.optional(IncludesSchema),
  errors: z.optional(z.array(ProblemSchema)),
});

/** GET /2/usage/tweets. */
export const UsageResponseSchema = z.looseObject({
  data: z.optional(
    z.looseObject({
      project_usage: optionalString,
      project_cap: optionalString,
      cap_reset_day: z.optional(z.int()),
    }),
  ),
});

/** 4xx/5xx bodies (sample 07): rate limit and monthly cap, both 429. */
export const ErrorBodySchema = z.looseObject({
  title: optionalString,
  detail: optionalString,
  type: optionalString,
  errors: z.optional(z.array(z.looseObject({ parameters: z.optional(z.record(z.string(), z.unknown())) }))),
});

/** A zod failure described by paths and codes only (never values: they may quote post text). */
export const describeZodError = (e: z.core.$ZodError): string =>
  e.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.code}`)
    .join('; ');
