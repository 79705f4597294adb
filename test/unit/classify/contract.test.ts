/**
 * The Classifier contract: findings valid per FindingSchema, evidence spans that are slices of
 * the original text, at most one finding per kind sorted by severity then score, severities per
 * DESIGN.md, and source applicability (official-only and mention-only kinds).
 */
import { describe, expect, it } from 'vitest';
import { APPLIES, classify, severityOf } from '../../../lib/classify/index';
import { FindingSchema } from '../../../lib/domain/finding';
import { SEVERITY_RANK } from '../../../lib/domain/kinds';
import { ALL_CASES, ASHGROVE_CASES, MORE, RIVERSIDE_CASES, RIVERSIDE_MORE } from './cases';

const everything = [...ALL_CASES, ...MORE, ...ASHGROVE_CASES, ...RIVERSIDE_CASES, ...RIVERSIDE_MORE];

describe('finding contract', () => {
  it('every finding is valid, with evidence that slices the original text', () => {
    for (const c of everything) {
      for (const source of ['mention', 'official'] as const) {
        const findings = classify({ text: c.text, source });
        const kinds = findings.map((f) => f.kind);
        expect(new Set(kinds).size).toBe(kinds.length);
        for (const f of findings) {
          expect(FindingSchema.safeParse(f).success).toBe(true);
          expect(f.evidence.length).toBeGreaterThan(0);
          for (const e of f.evidence) {
            expect(e.start).toBeLessThanOrEqual(e.end);
            expect(e.end).toBeLessThanOrEqual(c.text.length);
            expect(e.text).toBe(c.text.slice(e.start, e.end));
          }
        }
        for (let i = 1; i < findings.length; i++) {
          const a = findings[i - 1];
          const b = findings[i];
          if (!a || !b) continue;
          const ra = SEVERITY_RANK[a.severity];
          const rb = SEVERITY_RANK[b.severity];
          expect(ra > rb || (ra === rb && a.score >= b.score)).toBe(true);
        }
      }
    }
  });

  it('uses the DESIGN.md severities', () => {
    expect(severityOf('threat', 'mention')).toBe('critical');
    expect(severityOf('safeguarding', 'official')).toBe('critical');
    expect(severityOf('abuse', 'mention')).toBe('high');
    expect(severityOf('profanity', 'official')).toBe('high');
    expect(severityOf('profanity', 'mention')).toBe('low');
    expect(severityOf('disparaging', 'mention')).toBe('medium');
    expect(severityOf('media_enquiry', 'mention')).toBe('medium');
    expect(severityOf('personal_data', 'official')).toBe('high');
    expect(severityOf('pupil_identification', 'official')).toBe('high');
    expect(severityOf('sensitive_topic', 'official')).toBe('medium');
    expect(severityOf('solicitation', 'official')).toBe('low');
  });

  it('profanity is high on official posts and low on mentions', () => {
    const text = 'what a bloody shambles';
    expect(classify({ text, source: 'official' }).find((f) => f.kind === 'profanity')?.severity).toBe('high');
    expect(classify({ text, source: 'mention' }).find((f) => f.kind === 'profanity')?.severity).toBe('low');
  });
});

describe('source applicability', () => {
  const officialOnly = ['personal_data', 'pupil_identification', 'sensitive_topic', 'solicitation'] as const;
  it('never reports official-only kinds for mentions, nor media enquiries for official posts', () => {
    for (const c of everything) {
      const asMention = classify({ text: c.text, source: 'mention' }).map((f) => f.kind);
      for (const k of officialOnly) expect(asMention).not.toContain(k);
      const asOfficial = classify({ text: c.text, source: 'official' }).map((f) => f.kind);
      expect(asOfficial).not.toContain('media_enquiry');
    }
  });
  it('the same text gives the official-only kind only as an official post', () => {
    const text = 'Get 15% off at Sparkle Nails with code HOLLY15 this week only!';
    expect(classify({ text, source: 'official' }).map((f) => f.kind)).toContain('solicitation');
    expect(classify({ text, source: 'mention' }).map((f) => f.kind)).not.toContain('solicitation');
    const media = "I'm a reporter at the Northtown Gazette, could the head give us a comment by 3pm?";
    expect(classify({ text: media, source: 'mention' }).map((f) => f.kind)).toContain('media_enquiry');
    expect(classify({ text: media, source: 'official' }).map((f) => f.kind)).not.toContain('media_enquiry');
  });
  it('APPLIES matches the design table', () => {
    expect(APPLIES.media_enquiry).toEqual(['mention']);
    for (const k of officialOnly) expect(APPLIES[k]).toEqual(['official']);
  });
  it('profanity in a mention adds weight to disparaging', () => {
    const plain = classify({ text: 'the head is useless and the school is a shambles', source: 'mention' });
    const sweary = classify({
      text: 'the head is fucking useless and the school is a shambles',
      source: 'mention',
    });
    const s0 = plain.find((f) => f.kind === 'disparaging')?.score ?? 0;
    const s1 = sweary.find((f) => f.kind === 'disparaging')?.score ?? 0;
    expect(s0).toBeGreaterThan(0);
    expect(s1).toBeGreaterThan(s0);
  });
});

describe('evidence', () => {
  it('points at the words that made the rule fire', () => {
    const text = 'Tell Mrs Abara to WATCH her back 👀';
    const f = classify({ text, source: 'mention' }).find((x) => x.kind === 'threat');
    expect(f?.evidence.some((e) => e.text === 'WATCH her back')).toBe(true);
  });
  it('maps through homoglyphs and zero-width characters to the original span', () => {
    const text = 'you absolute \u0441\u200bunt'; // Cyrillic с + zero-width space
    const f = classify({ text, source: 'mention' }).find((x) => x.kind === 'profanity');
    expect(f).toBeDefined();
    const e = f?.evidence[0];
    expect(e?.text).toBe('\u0441\u200bunt');
    expect(e && text.slice(e.start, e.end)).toBe(e?.text);
  });
});
