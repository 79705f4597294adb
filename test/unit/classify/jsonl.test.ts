/** The `trustwatch classify` JSON-lines contract (lib/classify/jsonl.ts). */
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runClassifyJsonl } from '../../../lib/classify/jsonl';

async function run(
  lines: string[],
): Promise<{ out: unknown[]; err: string[]; result: { lines: number; bad: number } }> {
  const input = Readable.from(lines.map((l) => `${l}\n`));
  const output = new PassThrough();
  const errors = new PassThrough();
  let o = '';
  let e = '';
  output.on('data', (d: Buffer) => (o += d.toString()));
  errors.on('data', (d: Buffer) => (e += d.toString()));
  const result = await runClassifyJsonl(input, output, errors);
  return {
    out: o
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as unknown),
    err: e.split('\n').filter((l) => l.length > 0),
    result,
  };
}

describe('runClassifyJsonl', () => {
  it('writes one line per input line, in order, with exactly four keys per finding', async () => {
    const { out, err, result } = await run([
      JSON.stringify({ id: 'p1', text: 'ffs the buses again', source: 'mention' }),
      JSON.stringify({ id: 'p2', text: 'Lovely assembly today', source: 'official' }),
      JSON.stringify({ id: 'p3', text: "I'm going to stab that teacher", source: 'mention' }),
    ]);
    expect(result).toEqual({ lines: 3, bad: 0 });
    expect(err).toEqual([]);
    expect(out.map((o) => (o as { id: string }).id)).toEqual(['p1', 'p2', 'p3']);
    const p1 = out[0] as { findings: Record<string, unknown>[] };
    expect(p1.findings.length).toBe(1);
    expect(Object.keys(p1.findings[0] ?? {}).sort()).toEqual(['evidence', 'kind', 'score', 'severity']);
    expect((out[1] as { findings: unknown[] }).findings).toEqual([]);
    expect((out[2] as { findings: { kind: string }[] }).findings[0]?.kind).toBe('threat');
  });

  it('replaces bad lines with an error line, reports them, and continues', async () => {
    const { out, err, result } = await run([
      'this is not {json with secret words',
      JSON.stringify({ id: 'a', text: 'hi', source: 'elsewhere' }),
      JSON.stringify({ id: 'b', source: 'mention' }),
      JSON.stringify({ text: 'no id', source: 'mention' }),
      '[1, 2, 3]',
      '',
      JSON.stringify({ id: 'ok', text: 'hello', source: 'mention' }),
    ]);
    expect(result).toEqual({ lines: 6, bad: 5 });
    expect(out).toEqual([
      { id: null, error: 'line 1: not valid JSON' },
      { id: 'a', error: 'line 2: source: must be one of "official", "mention"' },
      { id: 'b', error: 'line 3: missing field "text"' },
      { id: null, error: 'line 4: missing field "id"' },
      { id: null, error: 'line 5: expected a JSON object' },
      { id: 'ok', findings: [] },
    ]);
    expect(err.length).toBe(5);
    expect(err.join('\n')).not.toContain('secret');
  });

  it('streams a large input', async () => {
    const lines = Array.from({ length: 3000 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `post number ${i}`, source: 'mention' }),
    );
    const { out, result } = await run(lines);
    expect(result).toEqual({ lines: 3000, bad: 0 });
    expect(out.length).toBe(3000);
    expect((out[2999] as { id: string }).id).toBe('n2999');
  });
});
