/**
 * What the alert templates read from `flag.details` for the event kinds (the flag schema keeps details
 * as free JSON). These schemas are the contract between the use cases that raise event flags and the
 * emails: fill the fields named here and the email shows them.
 *
 * Parsing is tolerant on purpose: details are stored JSON that may predate a field or carry a bad one,
 * and an alert about a threat must still go out. Each field is validated on its own (`z.catch`), so a
 * wrong field is dropped, not the whole email. A few synonyms are accepted where the domain modules use
 * other names (lookalike's `username`/`description`, spike's `count`/`baseline`).
 */
import * as z from '../zod';

/** An optional field that is dropped (undefined) when it is wrong, not failing the whole object. */
const lenient = <S extends z.ZodMiniType>(schema: S) => z.catch(z.optional(schema), undefined);

const str = lenient(z.string().check(z.minLength(1), z.maxLength(2000)));
/** z.number() refuses NaN and ±Infinity. */
const num = lenient(z.number());
const strList = lenient(z.array(z.string().check(z.maxLength(500))).check(z.maxLength(50)));

export const UnapprovedAccountDetailsSchema = z.object({
  handle: str,
  username: str,
  name: str,
  bio: str,
  description: str,
  userId: str,
  /** Ignored for links: the profile link is rebuilt from the handle (x.com only). */
  url: str,
  followers: num,
  accountCreatedAt: str,
  /** Why it resembles the school, in words (lookalike `reasons`). */
  reasons: strList,
  /** Matched cues ("official", "PTA", …). */
  cues: strList,
  /** Similarity in [0, 1] (else the flag's score is shown). */
  score: num,
});
export type UnapprovedAccountDetails = z.infer<typeof UnapprovedAccountDetailsSchema>;

const SampleSchema = z.object({
  text: z.string().check(z.maxLength(4000)),
  url: lenient(z.string().check(z.maxLength(2000))),
  /** The author's @username (lib/app/spikes writes `author`, a username or, failing that, an id). */
  authorUsername: lenient(z.string().check(z.maxLength(100))),
  author: lenient(z.string().check(z.maxLength(100))),
  createdAt: lenient(z.string().check(z.maxLength(60))),
});
export type SpikeSample = z.infer<typeof SampleSchema>;

/** A list whose bad items are dropped rather than failing the list. */
const lenientList = <T>(item: z.ZodMiniType<T>, max: number) =>
  lenient(
    z.pipe(
      z.array(z.unknown()).check(z.maxLength(1000)),
      z.transform((xs: unknown[]) =>
        xs
          .map((x) => item.safeParse(x))
          .flatMap((r) => (r.success ? [r.data] : []))
          .slice(0, max),
      ),
    ),
  );
const TermSchema = z.union([
  z.string().check(z.maxLength(200)),
  z.object({ term: z.string().check(z.maxLength(200)), count: num }),
]);

export const VolumeSpikeDetailsSchema = z.object({
  count: num,
  baseline: num,
  ratio: num,
  /** Start and end of the counted window (ISO). */
  windowStart: str,
  windowEnd: str,
  windowMinutes: num,
  topTerms: lenientList(TermSchema, 50),
  samples: lenientList(SampleSchema, 20),
});
export type VolumeSpikeDetails = z.infer<typeof VolumeSpikeDetailsSchema>;

/** As written by lib/domain/policy-engine.ts. */
export const HoldBreachDetailsSchema = z.object({
  holdId: str,
  holdScope: str,
  holdReason: str,
  holdStartsAt: str,
  holdUntil: str,
  holdEndedAt: str,
  declaredBy: str,
});
export type HoldBreachDetails = z.infer<typeof HoldBreachDetailsSchema>;

export const TakedownOverdueDetailsSchema = z.object({
  removalRequestedAt: str,
  removalRequestedBy: str,
  /** When the post was last seen still up (ISO). */
  lastCheckedAt: str,
  /** The flag whose post removal was requested for, if this is a separate flag. */
  originalFlagId: str,
  originalKind: str,
});
export type TakedownOverdueDetails = z.infer<typeof TakedownOverdueDetailsSchema>;

export const RegisterGapDetailsSchema = z.object({
  handle: str,
  owner: str,
  /** The gap in words ("one admin contact", "personal email"). */
  gap: str,
  knownGap: str,
  problems: strList,
  admins: num,
});
export type RegisterGapDetails = z.infer<typeof RegisterGapDetailsSchema>;

const parse = <T>(schema: z.ZodMiniType<T>, details: Record<string, unknown> | undefined): T => {
  const r = schema.safeParse(details ?? {});
  // Every field has z.catch, so the object parse only fails for a non-object, which the flag schema excludes.
  return r.success ? r.data : schema.parse({});
};

export const unapprovedAccountDetails = (d: Record<string, unknown> | undefined): UnapprovedAccountDetails =>
  parse(UnapprovedAccountDetailsSchema, d);
export const volumeSpikeDetails = (d: Record<string, unknown> | undefined): VolumeSpikeDetails =>
  parse(VolumeSpikeDetailsSchema, d);
export const holdBreachDetails = (d: Record<string, unknown> | undefined): HoldBreachDetails =>
  parse(HoldBreachDetailsSchema, d);
export const takedownOverdueDetails = (d: Record<string, unknown> | undefined): TakedownOverdueDetails =>
  parse(TakedownOverdueDetailsSchema, d);
export const registerGapDetails = (d: Record<string, unknown> | undefined): RegisterGapDetails =>
  parse(RegisterGapDetailsSchema, d);
