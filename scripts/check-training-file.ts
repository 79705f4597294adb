/**
 * Check a new training file before it joins data/train/ (`npx tsx scripts/check-training-file.ts
 * data/train/school-synth-N.jsonl`): every line a valid post (lib/classify/datasets.ts), every label
 * on a source it applies to (lib/classify/index.ts APPLIES), and no copying: no post may share a
 * 5-word sequence with school-dev or an 8-word one with a held-out set (test/fixtures), another
 * training file (data/train, data/train-next), or another post of the same file.
 *
 * It names only the new file's posts. The words a post shares with a held-out set are never printed
 * (the writer of a training file must not see held-out text); for school-dev the shared sequence is
 * printed, as its posts are readable. A new held-out set (test/fixtures/school-holdout-*.jsonl) can be
 * checked the same way: against the other held-out sets, not itself. Exit status 1 if anything is reported.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseSchoolJsonl } from '../lib/classify/datasets';
import type { SchoolPost } from '../lib/classify/datasets';
import { APPLIES } from '../lib/classify/index';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = process.env.TRUSTWATCH_DATA ?? '/work/shared/data';
const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: npx tsx scripts/check-training-file.ts data/train/school-synth-N.jsonl\n');
  process.exit(2);
}

const words = (text: string): string[] =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
const sequences = (text: string, n: number): string[] => {
  const w = words(text);
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};
const read = (path: string): SchoolPost[] => parseSchoolJsonl(readFileSync(path, 'utf8'), basename(path));

const problems: string[] = [];
const posts = read(file); // throws DatasetError naming the line and field of a malformed post
for (const p of posts)
  for (const k of p.labels)
    if (!APPLIES[k].includes(p.source)) problems.push(`${p.id}: ${k} does not apply to ${p.source} posts`);

const dev5 = new Set(read(join(DATA, 'school-dev.jsonl')).flatMap((p) => sequences(p.text, 5)));
const fixtures = join(ROOT, 'test', 'fixtures');
const held8 = new Set(
  readdirSync(fixtures)
    // a new held-out set is checked against the others, not against itself
    .filter((f) => /^school-holdout-.*\.jsonl$/.test(f) && resolve(fixtures, f) !== resolve(file))
    .flatMap((f) => read(join(fixtures, f)).flatMap((p) => sequences(p.text, 8))),
);
const other8 = new Map<string, string>();
for (const dir of ['train', 'train-next'].map((d) => join(ROOT, 'data', d)).filter((d) => existsSync(d)))
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.jsonl') && f !== basename(file)))
    for (const p of read(join(dir, f))) for (const s of sequences(p.text, 8)) other8.set(s, f);
const own8 = new Map<string, string>();

for (const p of posts) {
  const dev = sequences(p.text, 5).find((s) => dev5.has(s));
  if (dev !== undefined) problems.push(`${p.id}: shares "${dev}" with school-dev; reword it`);
  if (sequences(p.text, 8).some((s) => held8.has(s)))
    problems.push(`${p.id}: shares an eight-word sequence with a held-out set; rewrite it in other words`);
  for (const s of sequences(p.text, 8)) {
    const f = other8.get(s);
    const q = own8.get(s);
    if (f !== undefined) problems.push(`${p.id}: shares "${s}" with ${f}; reword it`);
    else if (q !== undefined && q !== p.id) problems.push(`${p.id}: shares "${s}" with ${q}; reword one`);
    else {
      own8.set(s, p.id);
      continue;
    }
    break;
  }
}

const counts = new Map<string, number>();
for (const p of posts)
  for (const k of p.labels.length ? p.labels : ['(benign)']) counts.set(k, (counts.get(k) ?? 0) + 1);
for (const line of problems) process.stdout.write(`${line}\n`);
process.stdout.write(
  `${posts.length} posts (${posts.filter((p) => p.source === 'mention').length} mentions, ` +
    `${posts.filter((p) => p.source === 'official').length} official): ` +
    `${[...counts].map(([k, n]) => `${k} ${n}`).join(', ')}; ${problems.length} problems\n`,
);
process.exit(problems.length ? 1 : 0);
