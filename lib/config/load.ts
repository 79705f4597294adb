/**
 * Loading the trust config: YAML text → `Config`, or a `ConfigError` listing every problem with its
 * path (`academies[2].dsl.email`), the YAML line where it sits, and a reason a person can act on.
 * Never a stack trace: callers print `error.problems` and exit 2.
 */
import { readFile } from 'node:fs/promises';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Document } from 'yaml';
import { ConfigError, parseConfigObject } from './parse';
import type { Config } from './schema';

export { ConfigError, formatPath, formatProblem, parseConfigObject } from './parse';
export type { ConfigProblem } from './parse';

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
  return parseConfigObject(data, source, (path) => lineOf(doc, counter, path));
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
