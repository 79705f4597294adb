/**
 * A Flag is a stored, routed finding: what happened, to which academy, who must hear about it, and
 * where it stands (open → acknowledged / false positive / removal requested → resolved).
 *
 * Identity is deterministic so that writes are idempotent (DESIGN.md principle 4): a flag's id is its
 * kind plus its subject (a post id, an account id, a spike window), so classifying the same post twice,
 * or two concurrent runs, produce the same id and the conditional put stores it once.
 *
 * The zod schema is the single definition: the store validates every flag it reads back with it.
 */
import * as z from '../zod';
import { EvidenceSchema } from './finding';
import { FindingKindSchema, PostSourceSchema, SeveritySchema } from './kinds';
import type { FindingKind } from './kinds';

export const FLAG_STATUSES = [
  'open',
  'acknowledged',
  'false_positive',
  'removal_requested',
  'resolved',
] as const;
export const FlagStatusSchema = z.enum(FLAG_STATUSES);
export type FlagStatus = z.infer<typeof FlagStatusSchema>;

export const RecipientRoleSchema = z.enum(['principal', 'ceo', 'coo', 'dsl', 'comms', 'admin', 'operations']);
export type RecipientRole = z.infer<typeof RecipientRoleSchema>;

export const RecipientSchema = z.object({
  email: z.string(),
  name: z.string(),
  role: RecipientRoleSchema,
  /** Academy id or "trust": whose Principal / DSL / comms lead this is. */
  scope: z.string(),
});
export type Recipient = z.infer<typeof RecipientSchema>;

/** How a flag reaches people: at once, in the daily roll-up, or only in the COO's weekly digest. */
export const DeliverySchema = z.enum(['immediate', 'rollup', 'digest']);
export type Delivery = z.infer<typeof DeliverySchema>;

/** The post as seen when it was flagged (SUAT §8: time, date and address recorded). */
export const PostEvidenceSchema = z.object({
  id: z.string(),
  text: z.string(),
  url: z.string(),
  authorId: z.string(),
  authorUsername: z.optional(z.string()),
  authorName: z.optional(z.string()),
  createdAt: z.string(),
  capturedAt: z.string(),
  source: PostSourceSchema,
  accountHandle: z.optional(z.string()),
});
export type PostEvidence = z.infer<typeof PostEvidenceSchema>;

export const FlagSchema = z.object({
  id: z.string(),
  kind: FindingKindSchema,
  severity: SeveritySchema,
  /** Academy ids the flag concerns, or ["trust"]. A mention of two academies concerns both. */
  scopes: z.array(z.string()).check(z.minLength(1)),
  status: FlagStatusSchema,
  delivery: DeliverySchema,
  /** ISO time the flag was raised (the capture time). */
  createdAt: z.string(),
  /** Present for flags about a post. */
  post: z.optional(PostEvidenceSchema),
  score: z.number(),
  evidence: z.array(EvidenceSchema),
  rule: z.string(),
  explanation: z.string(),
  policy: z.object({ clauses: z.array(z.string()), action: z.string() }),
  to: z.array(RecipientSchema),
  cc: z.array(RecipientSchema),
  /** Kind-specific facts for event kinds (hold id, spike figures, account profile, …). JSON only. */
  details: z.optional(z.record(z.string(), z.unknown())),
  /** Set by actions. */
  acknowledgedAt: z.optional(z.string()),
  acknowledgedBy: z.optional(z.string()),
  removalRequestedAt: z.optional(z.string()),
  removalRequestedBy: z.optional(z.string()),
  resolvedAt: z.optional(z.string()),
  resolution: z.optional(z.string()),
  escalatedAt: z.optional(z.string()),
});
export type Flag = z.infer<typeof FlagSchema>;

export const flagId = (kind: FindingKind, subject: string): string => `${kind}:${subject}`;
