/**
 * Loading the trust config: YAML text → `Config`, or a `ConfigError` listing every problem with its
 * path (`academies[2].dsl.email`), the YAML line where it sits, and a reason a person can act on.
 * Never a stack trace: callers print `error.problems` and exit 2.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import type { z } from 'zod';
import { ConfigSchema } from './schema';
import type { Config } from './schema';

export interface ConfigProblem {
  /** Dotted path with [index] for arrays, or "(file)" for whole-file problems. */
  path: string;
  /** 1-based line in the YAML file, when it can be located. */
  line?: number;
  message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(
    readonly source: string,
    readonly problems: ConfigProblem[],
  ) {
    super(
      `${source}: ${problems.length} problem(s) in the trust config\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
  }
}

export const formatProblem = (p: ConfigProblem): string =>
  `${p.path}${p.line !== undefined ? ` (line ${p.line})` : ''}: ${p.message}`;

export const formatPath = (path: readonly PropertyKey[]): string => {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out === '' ? '(top level)' : out;
};

const typeName = (v: unknown): string =>
  v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'a mapping' : `a ${typeof v}`;

/** Reword zod's generic messages into plain English; keep our own custom messages as they are. */
const reason = (issue: z.core.$ZodIssue, input: unknown): string => {
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) return 'is required';
      const expected =
        issue.expected === 'object'
          ? 'a mapping'
          : issue.expected === 'array'
            ? 'a list'
            : `a ${issue.expected}`;
      return issue.message.startsWith('Invalid input')
        ? `must be ${expected}, not ${typeName(input)}`
        : issue.message;
    }
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling)`;
    case 'too_small':
      if (issue.message.startsWith('Too small'))
        return issue.origin === 'array'
          ? `needs at least ${String(issue.minimum)} item(s)`
          : issue.origin === 'number'
            ? `must be at least ${String(issue.minimum)}`
            : `must be at least ${String(issue.minimum)} characters`;
      return issue.message;
    case 'too_big':
      if (issue.message.startsWith('Too big'))
        return issue.origin === 'number'
          ? `must be at most ${String(issue.maximum)}`
          : `is too long (max ${String(issue.maximum)})`;
      return issue.message;
    case 'invalid_value':
      if (issue.message.startsWith('Invalid option') || issue.message.startsWith('Invalid input'))
        return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      return issue.message;
    default:
      return issue.message;
  }
};

const valueAt = (root: unknown, path: readonly PropertyKey[]): unknown => {
  let cur: unknown = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[seg];
  }
  return cur;
};

/** The line of the deepest YAML node that exists along `path` (the key's line for mapping entries). */
const lineOf = (
  doc: Document | undefined,
  counter: LineCounter | undefined,
  path: readonly PropertyKey[],
) => {
  if (doc === undefined || counter === undefined) return undefined;
  const keys = path.map((k) => (typeof k === 'symbol' ? String(k) : k));
  for (let n = keys.length; n >= 0; n--) {
    const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(keys.slice(0, n - 1), true);
    if (isMap(parent)) {
      const pair = parent.items.find(
        (it) => String((it.key as { value?: unknown } | null)?.value) === String(keys[n - 1]),
      );
      const start = (pair?.key as { range?: number[] } | undefined)?.range?.[0];
      if (start !== undefined) return counter.linePos(start).line;
      continue;
    }
    const node = n === 0 ? doc.contents : doc.getIn(keys.slice(0, n), true);
    const start = (node as { range?: number[] } | null)?.range?.[0];
    if (start !== undefined && (n === 0 || isSeq(parent))) return counter.linePos(start).line;
  }
  return undefined;
};

/** Validate an already-parsed object (the CDK app and Lambdas use this with YAML they loaded). */
export const parseConfigObject = (
  input: unknown,
  source = 'config',
  located?: { doc: Document; counter: LineCounter },
): Config => {
  const result = ConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path;
    const line = lineOf(located?.doc, located?.counter, path);
    const p: ConfigProblem = { path: formatPath(path), message: reason(issue, valueAt(input, path)) };
    if (line !== undefined) p.line = line;
    return p;
  });
  throw new ConfigError(source, problems);
};

/** Parse YAML text and validate it. Throws ConfigError with every problem found. */
export const parseConfig = (yamlText: string, source = 'config'): Config => {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    throw new ConfigError(
      source,
      doc.errors.map((e) => ({
        path: '(yaml)',
        line: counter.linePos(e.pos[0]).line,
        message: `not valid YAML: ${e.message.split('\n')[0] ?? e.code}`,
      })),
    );
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined)
    throw new ConfigError(source, [{ path: '(file)', message: 'the file is empty' }]);
  return parseConfigObject(data, source, { doc, counter });
};

export const loadConfigFile = async (file: string): Promise<Config> => {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(file, [
      {
        path: '(file)',
        message: code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`,
      },
    ]);
  }
  return parseConfig(text, file);
};
