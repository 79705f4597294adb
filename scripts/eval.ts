/**
 * Evaluate the classifier (`npm run eval`; `-- --json` for machine-readable figures, `-- --markdown`
 * for a compact README table; `-- --school <path>` (repeatable) to choose the school-format files;
 * `-- --errors` to list the posts whose label set differs, per school file; `-- --no-external` to
 * skip the public data).
 *
 *  1. School-format files (Riverside posts, labelled with finding kinds; [] = benign), each scored
 *     on its own: by default ../shared/data/school-dev.jsonl plus every
 *     test/fixtures/school-holdout-*.jsonl that exists. Per kind precision / recall / F1 /
 *     support; the binary "would alert" figures (any finding vs any label); the share of benign
 *     posts flagged. Classified with the context a deployment would have: the handles and names
 *     from config/riverside.yaml (and, for comparison, without).
 *  2. TweetEval offensive, validation split: offensive = threat ∪ abuse ∪ profanity found
 *     (as a mention, no context) → precision / recall of the offensive class and macro-F1.
 *  3. TweetEval hate, validation split: hate ≈ abuse → macro-F1.
 *  4. Davidson et al. (class 0 hate / 1 offensive = offensive, 2 = neither) → macro-F1.
 *     Evaluation only: nothing is ever trained on it.
 *
 * Data root: $TRUSTWATCH_DATA or /work/shared/data.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { CONTENT_KINDS } from '../lib/domain/kinds';
import type { ContentKind } from '../lib/domain/kinds';
import type { ClassifyContext } from '../lib/domain/finding';
import { classify } from '../lib/classify/index';
import { parseDavidson, parseSchoolJsonl, parseTweetEval } from '../lib/classify/datasets';
import type { LabelledText } from '../lib/classify/datasets';
import { loadConfigFile } from '../lib/config/load';

const DATA = process.env.TRUSTWATCH_DATA ?? '/work/shared/data';
const ROOT = join(import.meta.dirname, '..');
const CONFIG = join(ROOT, 'config', 'riverside.yaml');
const FIXTURES = join(ROOT, 'test', 'fixtures');

/** The school-format files to score: `--school <path>` (repeatable), else dev + every holdout. */
function schoolFiles(argv: readonly string[]): string[] {
  const chosen: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] !== '--school') continue;
    const path = argv[i + 1];
    if (path === undefined || path.startsWith('--')) throw new Error('--school needs a file path');
    chosen.push(resolve(path));
    i++;
  }
  if (chosen.length > 0) return chosen;
  const holdouts = existsSync(FIXTURES)
    ? readdirSync(FIXTURES)
        .filter((f) => /^school-holdout-.+\.jsonl$/.test(f))
        .sort()
        .map((f) => join(FIXTURES, f))
    : [];
  return [join(DATA, 'school-dev.jsonl'), ...holdouts];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

const count = (truth: boolean[], pred: boolean[]): Counts => {
  const c: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  truth.forEach((t, i) => {
    const p = pred[i] === true;
    if (t && p) c.tp++;
    else if (p) c.fp++;
    else if (t) c.fn++;
    else c.tn++;
  });
  return c;
};

const prf = (c: Counts): Prf => {
  const precision = c.tp + c.fp === 0 ? 0 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 0 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, support: c.tp + c.fn };
};

const macroF1 = (c: Counts): number => {
  const pos = prf(c).f1;
  const neg = prf({ tp: c.tn, fp: c.fn, fn: c.fp, tn: c.tp }).f1;
  return (pos + neg) / 2;
};

const OFFENSIVE: ReadonlySet<ContentKind> = new Set(['threat', 'abuse', 'profanity']);

interface SchoolError {
  id: string;
  text: string;
  labels: ContentKind[];
  found: ContentKind[];
}

interface SchoolResult {
  perKind: Record<ContentKind, Prf>;
  alert: Prf & { accuracy: number };
  benignFlagged: number;
  benign: number;
  exact: number;
  posts: number;
  errors: SchoolError[];
}

function evalSchool(path: string, context: ClassifyContext | undefined): SchoolResult {
  const posts = parseSchoolJsonl(readFileSync(path, 'utf8'), path);
  const preds = posts.map(
    (p) => new Set(classify({ text: p.text, source: p.source }, context).map((f) => f.kind)),
  );
  const perKind = {} as Record<ContentKind, Prf>;
  for (const k of CONTENT_KINDS) {
    perKind[k] = prf(
      count(
        posts.map((p) => p.labels.includes(k)),
        preds.map((s) => s.has(k)),
      ),
    );
  }
  const alertCounts = count(
    posts.map((p) => p.labels.length > 0),
    preds.map((s) => s.size > 0),
  );
  const benign = posts.filter((p) => p.labels.length === 0).length;
  const errors: SchoolError[] = [];
  posts.forEach((p, i) => {
    const s = preds[i] ?? new Set<ContentKind>();
    if (s.size !== p.labels.length || !p.labels.every((l) => s.has(l)))
      errors.push({ id: p.id, text: p.text, labels: p.labels, found: [...s] });
  });
  return {
    perKind,
    alert: { ...prf(alertCounts), accuracy: (alertCounts.tp + alertCounts.tn) / posts.length },
    benignFlagged: alertCounts.fp,
    benign,
    exact: posts.length - errors.length,
    posts: posts.length,
    errors,
  };
}

interface BinaryResult {
  name: string;
  posts: number;
  positives: number;
  precision: number;
  recall: number;
  f1: number;
  macroF1: number;
}

function evalBinary(
  name: string,
  rows: LabelledText[],
  positive: (kinds: Set<ContentKind>) => boolean,
): BinaryResult {
  const truth = rows.map((r) => r.label === 1);
  const pred = rows.map((r) =>
    positive(new Set(classify({ text: r.text, source: 'mention' }).map((f) => f.kind))),
  );
  const c = count(truth, pred);
  const p = prf(c);
  return {
    name,
    posts: rows.length,
    positives: p.support,
    precision: p.precision,
    recall: p.recall,
    f1: p.f1,
    macroF1: macroF1(c),
  };
}

async function loadContext(): Promise<{ context: ClassifyContext | undefined; note: string }> {
  try {
    const cfg = await loadConfigFile(CONFIG);
    const names = [cfg.trust.name, ...cfg.trust.aliases, ...cfg.trust.keywords];
    for (const a of cfg.academies) names.push(a.name, ...a.aliases, ...a.keywords);
    return {
      context: { handles: cfg.accounts.map((a) => a.handle), names },
      note: `context: ${cfg.accounts.length} handles and ${names.length} names from config/riverside.yaml`,
    };
  } catch (e) {
    return {
      context: undefined,
      note: `context: none (config not loaded: ${e instanceof Error ? e.message : String(e)})`,
    };
  }
}

const f3 = (x: number): string => x.toFixed(3);

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const asJson = argv.includes('--json');
  const asMd = argv.includes('--markdown');
  const withErrors = argv.includes('--errors');
  const withExternal = !argv.includes('--no-external');
  const { context, note } = await loadContext();
  const schools = schoolFiles(argv).map((path) => ({
    name: basename(path),
    path,
    result: evalSchool(path, context),
    noCtx: evalSchool(path, undefined),
  }));
  const ext = join(DATA, 'external');
  const isOffensive = (k: Set<ContentKind>): boolean => [...k].some((x) => OFFENSIVE.has(x));
  const external: BinaryResult[] = [];
  if (withExternal) {
    const off = parseTweetEval(
      readFileSync(join(ext, 'tweeteval_offensive', 'val_text.txt'), 'utf8'),
      readFileSync(join(ext, 'tweeteval_offensive', 'val_labels.txt'), 'utf8'),
    );
    const hate = parseTweetEval(
      readFileSync(join(ext, 'tweeteval_hate', 'val_text.txt'), 'utf8'),
      readFileSync(join(ext, 'tweeteval_hate', 'val_labels.txt'), 'utf8'),
    );
    const dav = parseDavidson(readFileSync(join(ext, 'davidson', 'labeled_data.csv'), 'utf8'));
    external.push(
      evalBinary('tweeteval offensive (val)', off, isOffensive),
      evalBinary('tweeteval hate (val), hate ≈ abuse', hate, (k) => k.has('abuse')),
      evalBinary('davidson (class 0/1 = offensive)', dav, isOffensive),
    );
  }

  if (asJson) {
    console.log(
      JSON.stringify(
        {
          context: note,
          school: schools.map(({ name, result, noCtx }) => ({
            file: name,
            ...result,
            errors: withErrors ? result.errors : undefined,
            withoutContext: {
              alert: noCtx.alert,
              benignFlagged: noCtx.benignFlagged,
              perKind: noCtx.perKind,
            },
          })),
          external,
        },
        null,
        2,
      ),
    );
    return;
  }

  const pct = (n: number, d: number): string => (d === 0 ? '0.0' : ((100 * n) / d).toFixed(1));
  const kindRows = (r: SchoolResult, noCtx: SchoolResult): string[][] => [
    ...CONTENT_KINDS.map((k) => {
      const x = r.perKind[k];
      return [k, f3(x.precision), f3(x.recall), f3(x.f1), String(x.support), f3(noCtx.perKind[k].f1)];
    }),
    [
      'would alert (any finding)',
      f3(r.alert.precision),
      f3(r.alert.recall),
      f3(r.alert.f1),
      String(r.alert.support),
      f3(noCtx.alert.f1),
    ],
  ];
  const benignLine = (r: SchoolResult, noCtx: SchoolResult): string =>
    `benign posts flagged: ${r.benignFlagged}/${r.benign} = ${pct(r.benignFlagged, r.benign)}% (without context: ${noCtx.benignFlagged}/${noCtx.benign}); exact label-set match ${r.exact}/${r.posts}`;
  const extRows = external.map((r) => [
    r.name,
    String(r.posts),
    f3(r.precision),
    f3(r.recall),
    f3(r.f1),
    f3(r.macroF1),
  ]);

  if (asMd) {
    // compact: one row per kind, one column group (P / R / F1) per school file
    const head = ['kind', ...schools.map((s) => `${s.name.replace(/\.jsonl$/, '')} P / R / F1 (n)`)];
    console.log(`School posts (${note})\n`);
    console.log(`| ${head.join(' | ')} |`);
    console.log(`| --- | ${schools.map(() => '---:').join(' | ')} |`);
    const cell = (x: Prf): string =>
      `${x.precision.toFixed(2)} / ${x.recall.toFixed(2)} / ${x.f1.toFixed(2)} (${x.support})`;
    for (const k of CONTENT_KINDS)
      console.log(`| ${k} | ${schools.map((s) => cell(s.result.perKind[k])).join(' | ')} |`);
    console.log(`| would alert | ${schools.map((s) => cell(s.result.alert)).join(' | ')} |`);
    console.log(
      `| benign flagged | ${schools.map((s) => `${s.result.benignFlagged}/${s.result.benign} (${pct(s.result.benignFlagged, s.result.benign)}%)`).join(' | ')} |`,
    );
    if (external.length > 0) {
      console.log(
        '\n| public data (validation; Davidson never trained on) | posts | P | R | F1 | macro-F1 |',
      );
      console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
      for (const r of extRows) console.log(`| ${r.join(' | ')} |`);
    }
    return;
  }

  const table = (header: string[], rows: string[][]): void => {
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (r: string[]): string =>
      r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
    console.log(line(header));
    console.log(widths.map((w) => '-'.repeat(w)).join('  '));
    for (const r of rows) console.log(line(r));
  };
  for (const { name, result, noCtx } of schools) {
    console.log(`${name}: ${result.posts} posts (${note})`);
    table(['kind', 'precision', 'recall', 'F1', 'support', 'F1 no ctx'], kindRows(result, noCtx));
    console.log(benignLine(result, noCtx));
    if (withErrors) {
      for (const e of result.errors) {
        const missed = e.labels.filter((l) => !e.found.includes(l));
        const extra = e.found.filter((l) => !e.labels.includes(l));
        console.log(
          `  ${e.id}: ${missed.length > 0 ? `missed ${missed.join(',')} ` : ''}${extra.length > 0 ? `extra ${extra.join(',')} ` : ''}:: ${e.text.replace(/\s+/g, ' ')}`,
        );
      }
    }
    console.log('');
  }
  if (external.length > 0) {
    console.log('Public data (validation splits; Davidson is evaluation only)');
    table(['dataset', 'posts', 'precision', 'recall', 'F1 (pos)', 'macro-F1'], extRows);
  }
}

await main();
