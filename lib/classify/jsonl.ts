/**
 * The `trustwatch classify` JSON-lines contract (DESIGN.md "Interfaces that other tools rely on").
 *
 * Input: one JSON object per line, `{"id","text","source":"mention"|"official"}` (validated with
 * ClassifyInputSchema). Output: exactly one JSON line per non-empty input line, in input order:
 *   `{"id","findings":[{"kind","severity","score","evidence"}]}` (exactly those four keys), or, for
 *   a bad line, `{"id": <id if known, else null>, "error": "line N: <what is wrong>"}` in its
 *   place, plus a one-line message on `errors`; processing continues.
 *
 * Streams: lines are read with readline and written as they are classified (respecting
 * back-pressure), so memory does not grow with the input. Error messages never echo post text
 * (DESIGN.md: post text never goes to logs): a JSON syntax error is reported without the parser's
 * excerpt, and schema errors name the field, not its value.
 */
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { ClassifyInputSchema } from '../domain/finding';
import type { ClassifyContext, Evidence } from '../domain/finding';
import type { ContentKind, Severity } from '../domain/kinds';
import { classify } from './index';

export interface JsonlResult {
  /** Non-empty input lines processed. */
  lines: number;
  /** Lines rejected (not JSON, missing or invalid fields). */
  bad: number;
}

export interface JsonlOptions {
  /** Handles and names of the trust, passed to the classifier. */
  context?: ClassifyContext;
}

/** One finding as written on the wire. */
export interface WireFinding {
  kind: ContentKind;
  severity: Severity;
  score: number;
  evidence: Evidence[];
}

/** Describe why a parsed value is not a valid input line (field names only, never values). */
function describe(value: unknown): string {
  const r = ClassifyInputSchema.safeParse(value);
  if (r.success) return '';
  const issue = r.error.issues[0];
  if (!issue) return 'invalid input';
  const field = issue.path.length > 0 ? issue.path.join('.') : 'line';
  if (
    issue.code === 'invalid_type' &&
    (value as Record<string, unknown> | null)?.[String(issue.path[0])] === undefined
  ) {
    return `missing field "${field}"`;
  }
  if (issue.code === 'invalid_value')
    return `${field}: must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
  return `${field}: ${issue.message}`;
}

function idOf(value: unknown): string | null {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const id = (value as Record<string, unknown>).id;
    if (typeof id === 'string' && id.length > 0) return id;
  }
  return null;
}

async function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Classify JSON lines from `input` to `output`; report bad lines on `errors`.
 * Resolves when the input ends, with the number of lines processed and rejected.
 */
export async function runClassifyJsonl(
  input: NodeJS.ReadableStream,
  output: NodeJS.WritableStream,
  errors: NodeJS.WritableStream,
  options: JsonlOptions = {},
): Promise<JsonlResult> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  let lineNo = 0;
  let lines = 0;
  let bad = 0;
  for await (const raw of rl) {
    lineNo++;
    const line = raw.trim();
    if (line.length === 0) continue;
    lines++;
    let value: unknown;
    let problem = '';
    try {
      value = JSON.parse(line);
    } catch {
      problem = 'not valid JSON';
    }
    if (problem === '') {
      if (typeof value !== 'object' || value === null || Array.isArray(value))
        problem = 'expected a JSON object';
      else problem = describe(value);
    }
    if (problem !== '') {
      bad++;
      const message = `line ${lineNo}: ${problem}`;
      await write(output, `${JSON.stringify({ id: idOf(value), error: message })}\n`);
      await write(errors, `trustwatch classify: ${message}\n`);
      continue;
    }
    const parsed = ClassifyInputSchema.parse(value);
    const findings: WireFinding[] = classify(
      { text: parsed.text, source: parsed.source },
      options.context,
    ).map((f) => ({
      kind: f.kind,
      severity: f.severity,
      score: f.score,
      evidence: f.evidence.map((e) => ({ start: e.start, end: e.end, text: e.text, cue: e.cue })),
    }));
    await write(output, `${JSON.stringify({ id: parsed.id, findings })}\n`);
  }
  return { lines, bad };
}
