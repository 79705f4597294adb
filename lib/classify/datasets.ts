/**
 * Parsers for the evaluation and training corpora (pure: they take file contents as strings;
 * reading files is the scripts' job). Used by scripts/eval.ts, scripts/train-model.ts and
 * bench/classify.ts, never by classify() itself.
 *
 *  - TweetEval: one post per line in *_text.txt, one 0/1 label per line in *_labels.txt;
 *  - Davidson: RFC 4180 CSV (quoted fields may contain commas, quotes and newlines), columns
 *    `,count,hate_speech,offensive_language,neither,class,tweet`;
 *  - school-dev: JSON lines {id, source, text, labels}.
 */
import * as z from 'zod';
import { ContentKindSchema, PostSourceSchema } from '../domain/kinds';

export interface LabelledText {
  text: string;
  label: number;
}

export function parseTweetEval(texts: string, labels: string): LabelledText[] {
  const ys = labels
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => Number(l.trim()));
  const xs = texts.split('\n');
  if (xs.length < ys.length) throw new Error(`TweetEval: ${xs.length} texts for ${ys.length} labels`);
  return ys.map((label, i) => ({ text: xs[i] ?? '', label }));
}

/** Parse RFC 4180 CSV into rows of fields. */
export function parseCsv(src: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (quoted) {
      if (c === '"') {
        if (src.charAt(i + 1) === '"') {
          field += '"';
          i++;
        } else {
          quoted = false;
        }
      } else {
        field += c;
      }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src.charAt(i + 1) === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field.length > 0 || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Davidson et al.: class 0 hate, 1 offensive, 2 neither → label 1 = offensive (0 or 1). */
export function parseDavidson(csv: string): (LabelledText & { cls: number })[] {
  const rows = parseCsv(csv);
  const header = rows[0] ?? [];
  const ci = header.indexOf('class');
  const ti = header.indexOf('tweet');
  if (ci < 0 || ti < 0) throw new Error('Davidson CSV: missing class/tweet columns');
  const out: (LabelledText & { cls: number })[] = [];
  for (const r of rows.slice(1)) {
    const cls = Number(r[ci]);
    const text = r[ti];
    if (text === undefined || !Number.isInteger(cls)) continue;
    out.push({ text, cls, label: cls === 2 ? 0 : 1 });
  }
  return out;
}

export const SchoolPostSchema = z.object({
  id: z.string(),
  source: PostSourceSchema,
  text: z.string(),
  labels: z.array(ContentKindSchema),
});
export type SchoolPost = z.infer<typeof SchoolPostSchema>;

export function parseSchoolJsonl(src: string): SchoolPost[] {
  return src
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l, i) => {
      const r = SchoolPostSchema.safeParse(JSON.parse(l));
      if (!r.success) throw new Error(`school-dev line ${i + 1}: ${r.error.issues[0]?.message ?? 'invalid'}`);
      return r.data;
    });
}
