/**
 * The training posts of data/train/ (scripts/train-school.ts reads every file there): each line a
 * valid post, ids unique across the files, and labels only where DESIGN.md applies the kind
 * (lib/classify/index.ts APPLIES), so no head is trained on a label it can never raise.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DatasetError, parseSchoolJsonl, parseTrainingScope } from '../../../lib/classify/datasets';
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
    const posts = parseSchoolJsonl(readFileSync(join(DIR, f), 'utf8'), f);
    expect(posts.length).toBeGreaterThan(0);
    const misplaced = posts.flatMap((p) =>
      p.labels.filter((k) => !APPLIES[k].includes(p.source)).map((k) => `${p.id}: ${k} on ${p.source}`),
    );
    expect(misplaced).toEqual([]);
    const texts = posts.map((p) => p.text.trim());
    expect(texts.every((t) => t.length > 0)).toBe(true);
  });

  /**
   * Kinds a file labels but is deliberately not scoped to, because its writer labelled them only in
   * passing (data/train/README.md): 27's writer gave safeguarding only to weapons brought in by pupils,
   * not to threats against pupils; 29 labels one abuse and one disparaging post among its threats.
   */
  const NARROWED: Record<string, readonly string[]> = {
    'school-synth-27.jsonl': ['safeguarding'],
    'school-synth-29.jsonl': ['abuse', 'disparaging'],
  };

  /**
   * Kinds a file is scoped to without labelling any post with them: its benign posts are written as
   * those heads' hard negatives (31: torches, campfires and DT hammers for the threat head, mild
   * complaints for the abuse head).
   */
  const NEGATIVES_ONLY: Record<string, readonly string[]> = {
    'school-synth-31.jsonl': ['abuse', 'threat'],
  };

  it('scopes files to the kinds they label, less those labelled in passing, plus those taught only as negatives (scope.json)', () => {
    const scope = parseTrainingScope(readFileSync(join(DIR, 'scope.json'), 'utf8'), files);
    expect(scope.size).toBeGreaterThan(0);
    for (const [f, kinds] of scope) {
      const labelled = new Set(
        parseSchoolJsonl(readFileSync(join(DIR, f), 'utf8'), f).flatMap((p) =>
          p.labels.filter((k) => k !== 'profanity'),
        ),
      );
      const passing = NARROWED[f] ?? [];
      for (const k of passing) expect([...labelled], `${f} labels ${k}`).toContain(k);
      const negatives = NEGATIVES_ONLY[f] ?? [];
      for (const k of negatives) expect([...labelled], `${f} labels no ${k}`).not.toContain(k);
      expect([...kinds].sort(), f).toEqual(
        [...[...labelled].filter((k) => !passing.includes(k)), ...negatives].sort(),
      );
    }
  });

  it('gives every post its own id across the files', () => {
    const ids = files.flatMap((f) =>
      parseSchoolJsonl(readFileSync(join(DIR, f), 'utf8'), f).map((p) => p.id),
    );
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names the file, line and field of a post it cannot read', () => {
    const good = JSON.stringify({ id: 'x1', source: 'mention', text: 'hi', labels: [] });
    expect(() => parseSchoolJsonl(`${good}\n\n{"id": "x2", "source": "mention"`, 'extra.jsonl')).toThrow(
      /^extra\.jsonl line 3: not JSON/,
    );
    const badLabel = JSON.stringify({ id: 'x2', source: 'mention', text: 'hi', labels: ['rude'] });
    expect(() => parseSchoolJsonl(`${good}\n${badLabel}`, 'extra.jsonl')).toThrow(
      /^extra\.jsonl line 2: labels\.0: /,
    );
    expect(() => parseSchoolJsonl(`${good}\n${badLabel}`)).toThrow(DatasetError);
  });

  it('reads which kinds a training file teaches, naming what is wrong with a scope', () => {
    const files = ['a.jsonl', 'b.jsonl'];
    const scope = parseTrainingScope('{"b.jsonl": ["abuse", "disparaging"]}', files);
    expect(scope.get('a.jsonl')).toBeUndefined();
    expect([...(scope.get('b.jsonl') ?? [])]).toEqual(['abuse', 'disparaging']);
    expect(() => parseTrainingScope('{"c.jsonl": ["abuse"]}', files)).toThrow(
      /^scope\.json: names c\.jsonl, which is not one of the training files/,
    );
    expect(() => parseTrainingScope('{"b.jsonl": ["rudeness"]}', files)).toThrow(
      /^scope\.json: b\.jsonl\.0: /,
    );
    // profanity has no head to teach
    expect(() => parseTrainingScope('{"b.jsonl": ["profanity"]}', files)).toThrow(/b\.jsonl\.0/);
    expect(() => parseTrainingScope('{"b.jsonl": []}', files)).toThrow(/at least one kind/);
    expect(() => parseTrainingScope('{"b.txt": ["abuse"]}', files)).toThrow(/names b\.txt, which is not/);
    expect(() => parseTrainingScope('{"b.jsonl": ', files, 'x/scope.json')).toThrow(
      /^x\/scope\.json: not JSON/,
    );
  });
});
