/**
 * The training posts of data/train/ (scripts/train-school.ts reads every file there): each line a
 * valid post, ids unique across the files, and labels only where DESIGN.md applies the kind
 * (lib/classify/index.ts APPLIES), so no head is trained on a label it can never raise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSchoolJsonl } from '../../../lib/classify/datasets';
import { APPLIES } from '../../../lib/classify/index';

const DIR = join(__dirname, '../../../data/train');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.jsonl'))
  .sort();

describe('training data', () => {
  it('has files to train on', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
  });

  it.each(files)('%s: valid posts, labels that apply to their source', (f) => {
    const posts = parseSchoolJsonl(readFileSync(join(DIR, f), 'utf8'));
    expect(posts.length).toBeGreaterThan(0);
    const misplaced = posts.flatMap((p) =>
      p.labels.filter((k) => !APPLIES[k].includes(p.source)).map((k) => `${p.id}: ${k} on ${p.source}`),
    );
    expect(misplaced).toEqual([]);
    const texts = posts.map((p) => p.text.trim());
    expect(texts.every((t) => t.length > 0)).toBe(true);
  });

  it('gives every post its own id across the files', () => {
    const ids = files.flatMap((f) => parseSchoolJsonl(readFileSync(join(DIR, f), 'utf8')).map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
