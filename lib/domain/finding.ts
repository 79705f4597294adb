/**
 * What the classifier returns for a post: a Finding per content kind it detects.
 *
 * A finding always carries its evidence (DESIGN.md "Evidence"): the spans of the ORIGINAL text
 * that made the rule fire (offsets in UTF-16 code units, as JavaScript strings index), the cue that
 * matched, the score and a one-line explanation a Principal can read.
 */
import * as z from '../zod';
import { ContentKindSchema, PostSourceSchema, SeveritySchema } from './kinds';
import type { ContentKind, PostSource, Severity } from './kinds';

export interface Evidence {
  /** Inclusive start offset in the original text. */
  start: number;
  /** Exclusive end offset in the original text. */
  end: number;
  /** The original text of the span (text.slice(start, end)). */
  text: string;
  /** Which cue matched, e.g. "weapon", "place", "insult", "phone number". */
  cue: string;
}

export interface Finding {
  kind: ContentKind;
  severity: Severity;
  /** Confidence in [0, 1]. */
  score: number;
  evidence: Evidence[];
  /** Rule id, e.g. "threat.conditional"; stable, used for feedback statistics. */
  rule: string;
  /** One plain-English line: why this was flagged. */
  explanation: string;
}

export const EvidenceSchema = z.object({
  start: z.int().check(z.nonnegative()),
  end: z.int().check(z.nonnegative()),
  text: z.string(),
  cue: z.string(),
});

export const FindingSchema = z.object({
  kind: ContentKindSchema,
  severity: SeveritySchema,
  score: z.number().check(z.minimum(0), z.maximum(1)),
  evidence: z.array(EvidenceSchema),
  rule: z.string().check(z.minLength(1)),
  explanation: z.string().check(z.minLength(1)),
});

/** Optional context that sharpens target cues ("the head", "@KingsmeadPri", "Kingsmead"). */
export interface ClassifyContext {
  /** Official @handles of the trust and academies, without "@". */
  handles?: readonly string[];
  /** Names, aliases and keywords of the trust and academies. */
  names?: readonly string[];
}

export interface ClassifyInput {
  text: string;
  source: PostSource;
}

export const ClassifyInputSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  source: PostSourceSchema,
});

/** The port lib/app uses; lib/classify provides the implementation. */
export type Classifier = (input: ClassifyInput, context?: ClassifyContext) => Finding[];
