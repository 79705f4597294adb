/**
 * Highlighting a post's evidence spans (the words that made a rule fire) in HTML and in plain text.
 *
 * Spans are offsets into the ORIGINAL post text (UTF-16 code units). The post is sliced on those offsets
 * first and each slice is cleaned and escaped on its own, so escaping (which changes lengths) can never
 * shift a highlight, and a highlight can never cut an entity or a tag in half. Bad spans are repaired or
 * dropped: out of range → clamped; text that does not match its offsets → looked up by its text;
 * overlapping → merged (cues joined); a span edge inside a surrogate pair → widened to the whole character.
 */
import type { Evidence } from '../domain/finding';
import { COLOR } from './layout';
import { cleanText, markup, multiline } from './escape';
import type { SafeHtml } from './escape';

export interface Span {
  start: number;
  end: number;
  cues: string[];
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Valid, sorted, non-overlapping spans of `text` for the evidence. */
export const evidenceSpans = (text: string, evidence: readonly Evidence[]): Span[] => {
  const raw: Span[] = [];
  for (const e of evidence) {
    let start = Number.isInteger(e.start) ? Math.max(0, e.start) : -1;
    let end = Number.isInteger(e.end) ? Math.min(text.length, e.end) : -1;
    const matches = start >= 0 && end > start && (e.text === '' || text.slice(start, end) === e.text);
    if (!matches && e.text !== '') {
      const at = text.indexOf(e.text);
      if (at >= 0) {
        start = at;
        end = at + e.text.length;
      }
    }
    if (start < 0 || end <= start) continue;
    if (start > 0 && isLow(text.charCodeAt(start)) && isHigh(text.charCodeAt(start - 1))) start -= 1;
    if (end < text.length && isHigh(text.charCodeAt(end - 1)) && isLow(text.charCodeAt(end))) end += 1;
    raw.push({ start, end, cues: e.cue ? [e.cue] : [] });
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of raw) {
    const last = merged[merged.length - 1];
    if (last && s.start < last.end) {
      last.end = Math.max(last.end, s.end);
      for (const c of s.cues) if (!last.cues.includes(c)) last.cues.push(c);
    } else merged.push({ start: s.start, end: s.end, cues: [...s.cues] });
  }
  return merged;
};

const segments = (text: string, spans: readonly Span[]): { text: string; span?: Span }[] => {
  const out: { text: string; span?: Span }[] = [];
  let at = 0;
  for (const s of spans) {
    if (s.start > at) out.push({ text: text.slice(at, s.start) });
    out.push({ text: text.slice(s.start, s.end), span: s });
    at = s.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
};

/** The post text as HTML with `<mark>` around each evidence span (title = the cue). */
export const highlightHtml = (text: string, spans: readonly Span[]): SafeHtml =>
  markup`${segments(text, spans).map((seg) =>
    seg.span
      ? markup`<mark title="${seg.span.cues.join(', ')}" style="background-color:${COLOR.mark};color:${COLOR.markText};padding:0 2px;border-radius:2px;font-weight:700;">${multiline(seg.text)}</mark>`
      : multiline(seg.text),
  )}`;

/** The post text as plain text with each evidence span in [[double brackets]]. */
export const highlightText = (text: string, spans: readonly Span[]): string =>
  segments(text, spans)
    .map((seg) => (seg.span ? `[[${cleanText(seg.text)}]]` : cleanText(seg.text)))
    .join('');
