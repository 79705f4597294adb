/**
 * Behavioural tests per finding kind: positive and negative posts written for these tests
 * (cases.ts), including idiom guards ("killed it", "the bomb"), negation ("nobody is going to
 * hurt"), masks and leetspeak, and three fictional trusts with and without context.
 */
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/classify/index';
import type { ClassifyContext } from '../../../lib/domain/finding';
import * as C from './cases';
import type { Case } from './cases';

function check(c: Case, context?: ClassifyContext): void {
  const kinds = new Set(classify({ text: c.text, source: c.source }, context).map((f) => f.kind));
  for (const k of c.has ?? []) expect(kinds.has(k), `expected ${k} in [${[...kinds].join(', ')}]`).toBe(true);
  for (const k of c.not ?? []) expect(kinds.has(k), `did not expect ${k}`).toBe(false);
}

const groups: [string, Case[], ClassifyContext | undefined][] = [
  ['threat', C.THREAT, undefined],
  ['not threat (idioms, negation, news elsewhere)', C.NOT_THREAT, undefined],
  ['safeguarding', C.SAFEGUARDING, undefined],
  ['not safeguarding (topic words, hyperbole)', C.NOT_SAFEGUARDING, undefined],
  ['abuse', C.ABUSE, undefined],
  ['not abuse', C.NOT_ABUSE, undefined],
  ['profanity (masked, leet, spaced, stretched, British)', C.PROFANITY, undefined],
  ['not profanity (numbers, place names, birds)', C.NOT_PROFANITY, undefined],
  ['disparaging', C.DISPARAGING, undefined],
  ['not disparaging (no target, mild, negated)', C.NOT_DISPARAGING, undefined],
  ['media_enquiry', C.MEDIA, undefined],
  ['not media_enquiry', C.NOT_MEDIA, undefined],
  ['personal_data', C.PERSONAL, undefined],
  ['not personal_data', C.NOT_PERSONAL, undefined],
  ['pupil_identification', C.PUPIL, undefined],
  ['not pupil_identification', C.NOT_PUPIL, undefined],
  ['sensitive_topic', C.SENSITIVE, undefined],
  ['not sensitive_topic', C.NOT_SENSITIVE, undefined],
  ['solicitation', C.SOLICITATION, undefined],
  ['not solicitation (school fundraising)', C.NOT_SOLICITATION, undefined],
  ['more posts, no context', C.MORE, undefined],
  ['Ashgrove posts, with context', C.ASHGROVE_CASES, C.ASHGROVE],
  ['Riverside posts, with context', C.RIVERSIDE_CASES, C.RIVERSIDE],
  ['more Riverside posts, with context', C.RIVERSIDE_MORE, C.RIVERSIDE],
];

for (const [name, cases, context] of groups) {
  describe(name, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => check(c, context));
  });
}

describe('targets and context', () => {
  it('needs a target for disparaging: the school named in context makes it one', () => {
    const text = 'ashgrove is a shambles, absolutely clueless';
    expect(classify({ text, source: 'mention' }, C.ASHGROVE).map((f) => f.kind)).toContain('disparaging');
  });
  it('treats an official handle as the school and other handles as people', () => {
    const withOrg = classify({ text: '@AshgroveAcad is a disgrace, useless', source: 'mention' }, C.ASHGROVE);
    expect(withOrg.map((f) => f.kind)).toContain('disparaging');
  });
});
