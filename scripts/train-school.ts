/**
 * Train the school heads (`npm run train:school`) and write lib/classify/model/school.json
 * (lib/classify/school-model.ts).
 *
 * Data: every data/train/*.jsonl (synthetic school posts written for training only; see
 * data/train/README.md). The evaluation sets (/work/shared/data/school-dev.jsonl,
 * test/fixtures/school-holdout-*.jsonl) are never read here.
 *
 * One binary L2 logistic regression per content kind (scripts/logreg.ts), over the features of
 * school-model.ts `schoolFeatures` (hashed word 1–3-grams, character 2–5-grams, lexicon signals),
 * fitted on the posts of the sources the kind applies to (DESIGN.md: media_enquiry on mentions;
 * personal_data, pupil_identification, sensitive_topic, solicitation on official posts). Profanity
 * is left to its word list. The decision threshold of each head is chosen on out-of-fold
 * probabilities (5 folds, index mod 5) to maximise F1 (F2 for threat and safeguarding, where a
 * miss is the worst failure), never below MIN_THRESHOLD. Then each head is fitted on all posts,
 * its KEEP largest weights packed (weights-codec.ts). Deterministic: same data → same file.
 *
 * Usage: npm run train:school [-- --out path] [-- --data dir] [-- --quiet]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APPLIES, ruleSignals } from '../lib/classify/index';
import { parseSchoolJsonl } from '../lib/classify/datasets';
import type { SchoolPost } from '../lib/classify/datasets';
import { schoolFeatures } from '../lib/classify/school-model';
import type { SchoolModelJson } from '../lib/classify/school-model';
import { packWeights } from '../lib/classify/weights-codec';
import { loadConfigFile } from '../lib/config/load';
import type { ContentKind } from '../lib/domain/kinds';
import { buildMatrix, fit, predict } from './logreg';
import type { Matrix } from './logreg';

const ROOT = resolve(import.meta.dirname, '..');

const argValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const TRAIN_DIR = resolve(argValue('--data') ?? join(ROOT, 'data', 'train'));
const OUT = argValue('--out') ?? join(ROOT, 'lib', 'classify', 'model', 'school.json');
const QUIET = process.argv.includes('--quiet');

const BITS = 18;
const C = 4;
const FOLDS = 5;
const KEEP = 3000;
const MIN_THRESHOLD = 0.25;
const KINDS: readonly ContentKind[] = [
  'threat',
  'safeguarding',
  'abuse',
  'disparaging',
  'media_enquiry',
  'personal_data',
  'pupil_identification',
  'sensitive_topic',
  'solicitation',
];
const BETA: Partial<Record<ContentKind, number>> = { threat: 2, safeguarding: 2 };

const log = (s: string) => {
  if (!QUIET) process.stderr.write(`${s}\n`);
};

const files = readdirSync(TRAIN_DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();
if (files.length === 0) throw new Error(`no training files (*.jsonl) in ${TRAIN_DIR}`);
const posts: SchoolPost[] = files.flatMap((f) => parseSchoolJsonl(readFileSync(join(TRAIN_DIR, f), 'utf8')));
log(`${posts.length} training posts from ${files.join(', ')}`);

// The same context a deployment (and scripts/eval.ts) classifies with: the trust's handles and names.
const cfg = await loadConfigFile(join(ROOT, 'config', 'riverside.yaml'));
const names = [cfg.trust.name, ...cfg.trust.aliases, ...cfg.trust.keywords];
for (const a of cfg.academies) names.push(a.name, ...a.aliases, ...a.keywords);
const context = { handles: cfg.accounts.map((a) => a.handle), names };

const features = posts.map((p) => {
  const s = ruleSignals({ text: p.text, source: p.source }, context);
  return schoolFeatures(s.analysis, s.lex, BITS);
});
const X: Matrix = buildMatrix(features);
const dim = 1 << BITS;

const fBeta = (tp: number, fp: number, fn: number, beta: number): number => {
  const b2 = beta * beta;
  const d = (1 + b2) * tp + b2 * fn + fp;
  return d === 0 ? 0 : ((1 + b2) * tp) / d;
};

const heads: SchoolModelJson['heads'] = {};
const report: string[] = [];
for (const kind of KINDS) {
  const rows = posts.map((p, i) => i).filter((i) => APPLIES[kind].includes(posts[i]?.source ?? 'mention'));
  const inRows = new Uint8Array(posts.length);
  for (const i of rows) inRows[i] = 1;
  const y = new Uint8Array(posts.length);
  for (const i of rows) y[i] = posts[i]?.labels.includes(kind) ? 1 : 0;
  const positives = rows.filter((i) => y[i]).length;
  if (positives < 5) {
    log(`${kind}: only ${positives} positive posts; no head`);
    continue;
  }
  // out-of-fold probabilities
  const oof = new Float64Array(posts.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const w = fit(X, y, (i) => inRows[i] === 1 && i % FOLDS !== fold, C, dim);
    for (const i of rows) if (i % FOLDS === fold) oof[i] = predict(X, i, w, dim);
  }
  const beta = BETA[kind] ?? 1;
  let best = { t: MIN_THRESHOLD, f: -1, tp: 0, fp: 0, fn: 0 };
  for (let t = MIN_THRESHOLD; t <= 0.951; t += 0.01) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const i of rows) {
      const hit = (oof[i] ?? 0) >= t;
      if (hit && y[i]) tp++;
      else if (hit) fp++;
      else if (y[i]) fn++;
    }
    const f = fBeta(tp, fp, fn, beta);
    if (f > best.f + 1e-9) best = { t: Math.round(t * 100) / 100, f, tp, fp, fn };
  }
  const w = fit(X, y, (i) => inRows[i] === 1, C, dim);
  const weights = new Map<number, number>();
  for (let j = 0; j < dim; j++) {
    const v = w[j] ?? 0;
    if (v !== 0) weights.set(j, v);
  }
  const packed = packWeights(weights, KEEP);
  heads[kind] = { bias: Math.round((w[dim] ?? 0) * 1e4) / 1e4, threshold: best.t, ...packed };
  const p = best.tp / Math.max(1, best.tp + best.fp);
  const r = best.tp / Math.max(1, best.tp + best.fn);
  report.push(
    `${kind.padEnd(22)} posts ${String(rows.length).padStart(5)}  positive ${String(positives).padStart(4)}  threshold ${best.t.toFixed(2)}  out-of-fold P ${p.toFixed(3)} R ${r.toFixed(3)}`,
  );
}

const model: SchoolModelJson = { format: 1, bits: BITS, heads };
const json = `${JSON.stringify(model)}\n`;
writeFileSync(OUT, json);
log(report.join('\n'));
log(`wrote ${OUT} (${(json.length / 1024).toFixed(1)} KB)`);
