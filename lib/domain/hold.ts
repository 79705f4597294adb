/**
 * A posting hold (CT §4.6: "the Trust may request that no further social media posts are made for a
 * period of time"). Scope is the whole trust or one academy. A hold is active on the half-open interval
 * [startsAt, end), where end is the earlier of its planned end (`until`) and when it was lifted.
 * All instants are UTC ISO strings; wall-clock input ("2026-11-23 18:00") is converted with the trust's
 * time zone at the edge (CLI, action pages), so clock changes are handled in lib/app/time.ts, not here.
 */
import * as z from '../zod';

export const HoldSchema = z.object({
  id: z.string().check(z.minLength(1)),
  scope: z.string().check(z.minLength(1)),
  reason: z.string().check(z.minLength(1)),
  declaredBy: z.string().check(z.minLength(1)),
  declaredAt: z.string(),
  startsAt: z.string(),
  /** Planned automatic end, if any. */
  until: z.optional(z.string()),
  /** When someone lifted it, if they did. */
  endedAt: z.optional(z.string()),
  endedBy: z.optional(z.string()),
  /** What triggered it (a flag id, "cli"). */
  origin: z.optional(z.string()),
});
export type Hold = z.infer<typeof HoldSchema>;

/** The instant the hold stops (exclusive), or undefined while open-ended. */
export const holdEnd = (h: Hold): string | undefined => {
  if (h.until !== undefined && h.endedAt !== undefined) return h.until < h.endedAt ? h.until : h.endedAt;
  return h.until ?? h.endedAt;
};

const ms = (iso: string): number => Date.parse(iso);

/** Start inclusive, end exclusive. */
export const holdCovers = (h: Hold, atIso: string): boolean => {
  const t = ms(atIso);
  if (t < ms(h.startsAt)) return false;
  const end = holdEnd(h);
  return end === undefined || t < ms(end);
};

/** Whether a hold in `holdScope` freezes an account owned by `accountOwner` (academy id or "trust"). */
export const holdApplies = (holdScope: string, accountOwner: string): boolean =>
  holdScope === 'trust' || holdScope === accountOwner;
