/**
 * A Flag is a stored, routed finding: what happened, to which academy, who must hear about it, and
 * where it stands (open → acknowledged / false positive / removal requested → resolved).
 *
 * Identity is deterministic so that writes are idempotent (DESIGN.md principle 4): a flag's id is its
 * kind plus its subject (a post id, an account id, a spike window), so classifying the same post twice,
 * or two concurrent runs, produce the same id and the conditional put stores it once.
 */
import type { Evidence } from './finding';
import type { FindingKind, PostSource, Severity } from './kinds';

export type FlagStatus = 'open' | 'acknowledged' | 'false_positive' | 'removal_requested' | 'resolved';

export type RecipientRole = 'principal' | 'ceo' | 'coo' | 'dsl' | 'comms' | 'admin' | 'operations';

export interface Recipient {
  email: string;
  name: string;
  role: RecipientRole;
  /** Academy id or "trust": whose Principal / DSL / comms lead this is. */
  scope: string;
}

/** How a flag reaches people: at once, in the daily roll-up, or only in the COO's weekly digest. */
export type Delivery = 'immediate' | 'rollup' | 'digest';

/** The post as seen when it was flagged (SUAT §8: time, date and address recorded). */
export interface PostEvidence {
  id: string;
  text: string;
  url: string;
  authorId: string;
  authorUsername?: string;
  authorName?: string;
  createdAt: string;
  capturedAt: string;
  source: PostSource;
  accountHandle?: string;
}

export interface Flag {
  id: string;
  kind: FindingKind;
  severity: Severity;
  /** Academy ids the flag concerns, or ["trust"]. A mention of two academies concerns both. */
  scopes: string[];
  status: FlagStatus;
  delivery: Delivery;
  /** ISO time the flag was raised (the capture time). */
  createdAt: string;
  /** Present for flags about a post. */
  post?: PostEvidence;
  score: number;
  evidence: Evidence[];
  rule: string;
  explanation: string;
  policy: { clauses: string[]; action: string };
  to: Recipient[];
  cc: Recipient[];
  /** Kind-specific facts for event kinds (hold id, spike figures, account profile, …). JSON only. */
  details?: Record<string, unknown>;
  /** Set by actions. */
  acknowledgedAt?: string;
  acknowledgedBy?: string;
  removalRequestedAt?: string;
  resolvedAt?: string;
  escalatedAt?: string;
}

export const flagId = (kind: FindingKind, subject: string): string => `${kind}:${subject}`;
