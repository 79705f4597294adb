/**
 * Cross-validation sweep for the school heads (`npx tsx scripts/school-cv.ts [--c 1,4,16] [--kinds a,b]`):
 * for each regularisation strength C and kind, the out-of-fold precision / recall / F1 at the best
 * threshold whose precision is at least 0.9, on the training posts of data/train only (the
 * evaluation sets are never read). A tool for choosing C in scripts/train-school.ts; prints figures.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { APPLIES, ruleSignals } from '../lib/classify/index';
import { parseSchoolJsonl } from '../lib/classify/datasets';
import { SCHOOL_KINDS, schoolFeatures } from '../lib/classify/school-model';
import { loadConfigFile } from '../lib/config/load';
import type { ContentKind } from '../lib/domain/kinds';
import { buildMatrix, fit, predict } from './logreg';

const ROOT = resolve(import.meta.dirname, '..');
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const Cs = (arg('--c') ?? '1,4,16').split(',').map(Number);
const kinds = (arg('--kinds')?.split(',') ?? SCHOOL_KINDS) as ContentKind[];
const BITS = 18;
const FOLDS = 5;
const dir = join(ROOT, 'data', 'train');
const posts = readdirSync(dir)
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .flatMap((f) => parseSchoolJsonl(readFileSync(join(dir, f), 'utf8'), f));
const cfg = await loadConfigFile(join(ROOT, 'config', 'riverside.yaml'));
const names = [cfg.trust.name, ...cfg.trust.aliases, ...cfg.trust.keywords];
for (const a of cfg.academies) names.push(a.name, ...a.aliases, ...a.keywords);
const context = { handles: cfg.accounts.map((a) => a.handle), names };
const X = buildMatrix(
  posts.map((p) => {
    const s = ruleSignals({ text: p.text, source: p.source }, context);
    return schoolFeatures(s.analysis, s.lex, BITS);
  }),
);
const dim = 1 << BITS;
console.log(`${posts.length} posts`);
for (const kind of kinds) {
  const rows = posts.map((_, i) => i).filter((i) => APPLIES[kind].includes(posts[i]?.source ?? 'mention'));
  const inRows = new Uint8Array(posts.length);
  for (const i of rows) inRows[i] = 1;
  const y = new Uint8Array(posts.length);
  for (const i of rows) y[i] = posts[i]?.labels.includes(kind) ? 1 : 0;
  for (const C of Cs) {
    const oof = new Float64Array(posts.length);
    for (let fold = 0; fold < FOLDS; fold++) {
      const w = fit(X, y, (i) => inRows[i] === 1 && i % FOLDS !== fold, C, dim);
      for (const i of rows) if (i % FOLDS === fold) oof[i] = predict(X, i, w, dim);
    }
    const at = (t: number) => {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const i of rows) {
        const hit = (oof[i] ?? 0) >= t;
        if (hit && y[i]) tp++;
        else if (hit) fp++;
        else if (y[i]) fn++;
      }
      return {
        t,
        p: tp / Math.max(1, tp + fp),
        r: tp / Math.max(1, tp + fn),
        f: (2 * tp) / Math.max(1, 2 * tp + fp + fn),
      };
    };
    const all = Array.from({ length: 95 }, (_, k) => at(0.03 + k * 0.01));
    const bestF = all.reduce((a, b) => (b.f > a.f ? b : a));
    const p90 = all
      .filter((x) => x.p >= 0.9)
      .reduce((a, b) => (b.r > a.r ? b : a), { t: 1, p: 0, r: 0, f: 0 });
    const fmt = (x: { t: number; p: number; r: number; f: number }) =>
      `t ${x.t.toFixed(2)} P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f.toFixed(3)}`;
    console.log(`${kind.padEnd(21)} C ${String(C).padEnd(4)} best F1: ${fmt(bestF)} | P≥0.9: ${fmt(p90)}`);
  }
}
