/**
 * A scenario: what the fake X server knows (users, posts with their creation times, deletions) and
 * what people do during the simulated period (declare holds, acknowledge flags, request removals).
 *
 * Posts are visible to the fake X API only once the simulated clock has passed their created_at, and
 * stop being visible at deleted_at. Ids are X snowflakes derived from created_at (see snowflake()),
 * so "newer" means "larger id", as on X; since_id paging depends on it.
 *
 * Scenarios are plain data (JSON-compatible); `ScenarioSchema` validates one loaded from a file.
 */
import * as z from '../zod';

const iso = z.iso.datetime({ error: 'must be an ISO-8601 UTC time like 2026-11-16T08:30:00Z' });
const snowflakeId = z.string().check(z.regex(/^\d{1,19}$/, { error: 'must be a decimal X id' }));
/** Text that is not empty. */
const text = z.string().check(z.minLength(1));

export const ScenarioUserSchema = z.strictObject({
  id: snowflakeId,
  username: z.string().check(z.regex(/^[A-Za-z0-9_]{1,15}$/)),
  name: z.string().check(z.minLength(1), z.maxLength(50)),
  description: z._default(z.string().check(z.maxLength(160)), ''),
  created_at: z.optional(iso),
  protected: z._default(z.boolean(), false),
  verified: z._default(z.boolean(), false),
  /** Suspended users' posts vanish from search and lookups return "Authorization Error". */
  suspended_at: z.optional(iso),
});

export const ScenarioPostSchema = z.strictObject({
  id: snowflakeId,
  author_id: snowflakeId,
  text,
  created_at: iso,
  conversation_id: z.optional(snowflakeId),
  in_reply_to_user_id: z.optional(snowflakeId),
  referenced_tweets: z.optional(
    z.array(z.strictObject({ type: z.enum(['retweeted', 'quoted', 'replied_to']), id: snowflakeId })),
  ),
  lang: z._default(z.string(), 'en'),
  /** When the author deleted it (or the platform removed it after a take-down request). */
  deleted_at: z.optional(iso),
  /** Free-form note for people reading the scenario: what this post is meant to exercise. */
  note: z.optional(z.string()),
});

export const ScenarioEventSchema = z.discriminatedUnion('type', [
  z.strictObject({
    at: iso,
    type: z.literal('hold_start'),
    /** "trust" or an academy id. */
    scope: text,
    reason: text,
    by: text,
    until: z.optional(iso),
  }),
  z.strictObject({ at: iso, type: z.literal('hold_end'), scope: text, by: text }),
  z.strictObject({
    at: iso,
    type: z.literal('action'),
    /** What a recipient clicks in an alert email. */
    action: z.enum(['acknowledge', 'false_positive', 'removal_requested', 'declare_hold']),
    /**
     * Which flag, with `kind`: the post id for post flags, the account's user id for
     * unapproved_account, the academy id (or "trust") for volume_spike (the latest storm there).
     */
    postId: text,
    kind: text,
    /** Who clicks (an email address of a recipient of that flag). */
    by: z.email(),
  }),
]);

export const ScenarioSchema = z.strictObject({
  name: text,
  description: z._default(z.string(), ''),
  /** Simulated start and end (UTC). */
  start: iso,
  end: iso,
  users: z.array(ScenarioUserSchema),
  posts: z.array(ScenarioPostSchema),
  events: z._default(z.array(ScenarioEventSchema), []),
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;
export type ScenarioUser = Scenario['users'][number];
export type ScenarioPost = Scenario['posts'][number];
export type ScenarioEvent = Scenario['events'][number];

/** X's snowflake epoch (2010-11-04T01:42:54.657Z). */
const TWEPOCH = 1288834974657n;

/** An X-style id for a post created at `ms`; `seq` (0–4095) separates posts in the same millisecond. */
export const snowflake = (ms: number, seq = 0): string =>
  (((BigInt(ms) - TWEPOCH) << 22n) | BigInt(seq & 0xfff)).toString();

/** The creation time encoded in a snowflake id. */
export const snowflakeTime = (id: string): number => Number((BigInt(id) >> 22n) + TWEPOCH);

/** The first part of a scenario: posts created and events due before `endIso` (a shorter demo). */
export const sliceScenario = (scenario: Scenario, endIso: string): Scenario => {
  const end = Date.parse(endIso);
  return {
    ...scenario,
    end: new Date(end).toISOString(),
    posts: scenario.posts.filter((p) => Date.parse(p.created_at) < end),
    events: scenario.events.filter((e) => Date.parse(e.at) < end),
  };
};
