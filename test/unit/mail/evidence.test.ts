import { describe, expect, it } from 'vitest';
import { evidenceSpans, highlightHtml, highlightText } from '../../../lib/mail/evidence';
import { parseTags } from './helpers';

const ev = (start: number, end: number, text: string, cue = 'cue') => ({ start, end, text, cue });

describe('evidenceSpans', () => {
  const text = 'I will hurt you at the gates';

  it('keeps valid spans in order', () => {
    expect(evidenceSpans(text, [ev(23, 28, 'gates', 'place'), ev(7, 11, 'hurt', 'harm')])).toEqual([
      { start: 7, end: 11, cues: ['harm'] },
      { start: 23, end: 28, cues: ['place'] },
    ]);
  });

  it('merges overlapping spans and their cues', () => {
    expect(evidenceSpans(text, [ev(2, 11, 'will hurt', 'a'), ev(7, 15, 'hurt you', 'b')])).toEqual([
      { start: 2, end: 15, cues: ['a', 'b'] },
    ]);
  });

  it('repairs offsets that do not match their text, drops what cannot be found, clamps the rest', () => {
    expect(evidenceSpans(text, [ev(0, 4, 'gates')])).toEqual([{ start: 23, end: 28, cues: ['cue'] }]);
    expect(evidenceSpans(text, [ev(0, 4, 'absent')])).toEqual([{ start: 0, end: 4, cues: ['cue'] }]);
    expect(evidenceSpans(text, [ev(20, 999, '')])).toEqual([{ start: 20, end: 28, cues: ['cue'] }]);
    expect(evidenceSpans(text, [ev(9, 3, ''), ev(-5, -1, '')])).toEqual([]);
  });

  it('does not cut a surrogate pair in half', () => {
    const t = 'ok 😀 bad';
    // 😀 is two code units at 3..5; a span ending at 4 would split it.
    expect(evidenceSpans(t, [ev(3, 4, '')])).toEqual([{ start: 3, end: 5, cues: ['cue'] }]);
    expect(evidenceSpans(t, [ev(4, 9, '')])).toEqual([{ start: 3, end: 9, cues: ['cue'] }]);
  });
});

describe('highlighting', () => {
  it('wraps spans in <mark> and escapes each piece on its own', () => {
    const t = 'a <b> & <script>alert(1)</script>\nnext';
    const spans = evidenceSpans(t, [
      ev(t.indexOf('<script>'), t.indexOf('<script>') + 8, '<script>', 'x" onload="y'),
    ]);
    const h = highlightHtml(t, spans).value;
    expect(h).toContain('<mark title="x&quot; onload=&quot;y"');
    expect(h).toContain('&lt;script&gt;</mark>alert(1)&lt;/script&gt;<br>next');
    expect(parseTags(h).map((x) => x.name)).toEqual(['mark', 'br']);
    expect(highlightText(t, spans)).toBe('a <b> & [[<script>]]alert(1)</script>\nnext');
  });

  it('shows bidi overrides inside a span as markers', () => {
    const t = 'file invoice\u202Egpj.exe';
    const spans = evidenceSpans(t, [ev(5, t.length, '')]);
    expect(highlightHtml(t, spans).value).toContain('invoice[U+202E]gpj.exe</mark>');
    expect(highlightText(t, spans)).toBe('file [[invoice[U+202E]gpj.exe]]');
  });
});
