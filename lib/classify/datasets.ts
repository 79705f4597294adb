/**
 * Parsers for the evaluation and training corpora (pure: they take file contents as strings;
 * reading files is the scripts' job). Used by scripts/eval.ts, scripts/train-model.ts and
 * bench/classify.ts, never by classify() itself.
 *
 *  - TweetEval: one post per line in *_text.txt, one 0/1 label per line in *_labels.txt;
 *  - Davidson: RFC 4180 CSV (quoted fields may contain commas, quotes and newlines), columns
 *    `,count,hate_speech,offensive_language,neither,class,tweet`;
 *  - school-dev: JSON lines {id, source, text, labels};
 *  - a training folder's scope.json: which kinds a training file teaches.
 */
import * as z from '../zod';
import { CONTENT_KINDS, ContentKindSchema, PostSourceSchema } from '../domain/kinds';
import type { ContentKind } from '../domain/kinds';

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
  if (xs.length < ys.length) throw new DatasetError(`TweetEval: ${xs.length} texts for ${ys.length} labels`);
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
  if (ci < 0 || ti < 0) throw new DatasetError('Davidson CSV: missing class/tweet columns');
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

/** A dataset file that cannot be read as its format says. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
}

/**
 * JSON text read as `schema` says, or a DatasetError naming `where` and, for a value of the wrong
 * shape, the first field at fault (`whole` when it is the value itself).
 */
function parseJsonAs<S extends z.ZodMiniType>(
  schema: S,
  text: string,
  where: string,
  whole: string,
): z.output<S> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new DatasetError(`${where}: not JSON (${e instanceof Error ? e.message : String(e)})`, {
      cause: e,
    });
  }
  const r = schema.safeParse(value);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new DatasetError(`${where}: ${issue?.path.join('.') || whole}: ${issue?.message ?? 'invalid'}`);
  }
  return r.data;
}

/**
 * Parse school posts in JSON lines (school-dev's format); `name` (the file) goes into errors, which
 * name the line, counted in the file as it stands (blank lines included), and the field.
 */
export function parseSchoolJsonl(src: string, name = 'school posts'): SchoolPost[] {
  const posts: SchoolPost[] = [];
  src.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return;
    posts.push(parseJsonAs(SchoolPostSchema, line, `${name} line ${i + 1}`, '(post)'));
  });
  return posts;
}

type TaughtKind = Exclude<ContentKind, 'profanity'>;
/** The kinds with a trained school head: every content kind but profanity (scripts/train-school.ts). */
const TAUGHT_KINDS = CONTENT_KINDS.filter((k): k is TaughtKind => k !== 'profanity');

/**
 * The scope file of a training folder (`scope.json`): which kinds a training file teaches. A file
 * written with some kinds kept out on purpose (data/train/README.md) may still hold posts a labeller
 * of those kinds would mark, so scripts/train-school.ts fits only the heads of the kinds it names on
 * it; a file the scope does not name teaches every head. Every file named must be one of `files`.
 */
export const TrainingScopeSchema = z.record(
  z.string(),
  z.array(z.enum(TAUGHT_KINDS)).check(z.minLength(1, 'at least one kind the file teaches')),
);

export function parseTrainingScope(
  src: string,
  files: readonly string[],
  name = 'scope.json',
): Map<string, ReadonlySet<ContentKind>> {
  const scope = parseJsonAs(TrainingScopeSchema, src, name, '(scope)');
  const out = new Map<string, ReadonlySet<ContentKind>>();
  for (const [f, kinds] of Object.entries(scope)) {
    if (!files.includes(f))
      throw new DatasetError(`${name}: names ${f}, which is not one of the training files`);
    out.set(f, new Set(kinds));
  }
  return out;
}
