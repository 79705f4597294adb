/**
 * The school heads: one small logistic model per content kind, trained by scripts/train-school.ts on
 * the synthetic school posts in data/train/ (written for training only; never an evaluation set) and
 * shipped as lib/classify/model/school.json in the compact format of weights-codec.ts.
 *
 * They read the same hashed word and character n-grams as the offensive model (features.ts) without
 * the rules' outputs, so they are an independent second reader: the rules catch what they were
 * written for, the heads catch other wordings of the same situations ("anyone know what time she
 * leaves of an evening?"). A head only ADDS a finding the rules did not make, above a threshold
 * chosen by cross-validation on the training posts; its evidence is the post's own n-grams with the
 * largest weights, like the offensive model's.
 */
import * as z from 'zod';
import type { ContentKind } from '../domain/kinds';
import schoolJson from './model/school.json';
import { extractFeatures } from './features';
import type { FeatureVector, LexSignals } from './features';
import { scoreHead } from './model';
import type { Head, ModelScore } from './model';
import type { Analysis } from './tokens';
import { unpackWeights } from './weights-codec';

const PackedHeadSchema = z.object({
  bias: z.number(),
  threshold: z.number().min(0).max(1),
  max: z.number().nonnegative(),
  data: z.string(),
});

const SchoolModelSchema = z.object({
  format: z.literal(1),
  bits: z.number().int().min(8).max(24),
  heads: z.partialRecord(
    z.enum([
      'threat',
      'safeguarding',
      'abuse',
      'profanity',
      'disparaging',
      'media_enquiry',
      'personal_data',
      'pupil_identification',
      'sensitive_topic',
      'solicitation',
    ]),
    PackedHeadSchema,
  ),
});
export type SchoolModelJson = z.infer<typeof SchoolModelSchema>;
export type PackedHead = z.infer<typeof PackedHeadSchema>;

/** The shipped school model file does not have the expected shape. */
export class SchoolModelError extends Error {
  override readonly name = 'SchoolModelError';
}

export interface SchoolModel {
  bits: number;
  heads: Partial<Record<ContentKind, Head>>;
}

export function decodeSchoolModel(json: unknown): SchoolModel {
  const parsed = SchoolModelSchema.safeParse(json);
  if (!parsed.success)
    throw new SchoolModelError(
      `lib/classify/model/school.json is not a valid model: ${parsed.error.issues
        .slice(0, 3)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; ')} (rebuild it with npm run train:school)`,
    );
  const { bits, heads } = parsed.data;
  const out: SchoolModel['heads'] = {};
  for (const [kind, h] of Object.entries(heads) as [ContentKind, PackedHead][])
    out[kind] = { bias: h.bias, threshold: h.threshold, weights: unpackWeights(h, bits) };
  return { bits, heads: out };
}

export const SCHOOL_MODEL: SchoolModel = decodeSchoolModel(schoolJson);

/** The school heads' feature vector: text n-grams and lexicon signals, not the rules' outputs. */
export function schoolFeatures(a: Analysis, lex: LexSignals, bits = SCHOOL_MODEL.bits): FeatureVector {
  return extractFeatures(a, { ...lex, rules: [] }, bits);
}

export interface SchoolScore extends ModelScore {
  kind: ContentKind;
  threshold: number;
}

/** Score the heads of `kinds` (those the model has) on one feature vector. */
export function scoreSchool(
  fv: FeatureVector,
  kinds: readonly ContentKind[],
  model: SchoolModel = SCHOOL_MODEL,
): SchoolScore[] {
  const out: SchoolScore[] = [];
  for (const kind of kinds) {
    const head = model.heads[kind];
    if (!head) continue;
    out.push({ kind, threshold: head.threshold, ...scoreHead(head, fv) });
  }
  return out;
}
