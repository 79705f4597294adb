/**
 * Validating a trust config that is already an object (the Lambdas get it embedded as JSON; the CLI
 * and CDK app parse YAML first, in ./load.ts). Every problem is collected into one ConfigError with
 * its path (`academies[2].dsl.email`), a line when the caller can locate it, and a plain reason.
 * No YAML dependency here, so Lambda bundles stay small.
 */
import type * as z from '../zod';
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

/**
 * Reword zod's generic messages into plain English; keep our own custom messages as they are. zod's own
 * messages are recognised by their English openings ("Invalid input", "Too small"): the locale lib/zod.ts
 * configures.
 */
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

/** Locates a path in the source (YAML) when available. */
export type LineLocator = (path: readonly PropertyKey[]) => number | undefined;

/** Validate an already-parsed object. Throws ConfigError with every problem found. */
export const parseConfigObject = (input: unknown, source = 'config', lineOf?: LineLocator): Config => {
  const result = ConfigSchema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const path = issue.path;
    const line = lineOf?.(path);
    const p: ConfigProblem = { path: formatPath(path), message: reason(issue, valueAt(input, path)) };
    if (line !== undefined) p.line = line;
    return p;
  });
  throw new ConfigError(source, problems);
};
