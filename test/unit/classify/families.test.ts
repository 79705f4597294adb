/**
 * Pattern families (families.ts): many wordings of each situation are caught, and the near misses
 * (illness notices, fire drills, photographers, lessons, praise) stay quiet.
 */
import { describe, expect, it } from 'vitest';
import {
  analyze,
  classify,
  classifyDetailed,
  headGate,
  menaceIn,
  ruleSignals,
} from '../../../lib/classify/index';
import type { ContentKind } from '../../../lib/domain/kinds';
import type { Case } from './cases';
import * as F from './families';

function check(c: Case): void {
  const kinds = new Set(classify({ text: c.text, source: c.source }, F.HOLLYBROOK).map((f) => f.kind));
  for (const k of c.has ?? []) expect(kinds.has(k), `expected ${k} in [${[...kinds].join(', ')}]`).toBe(true);
  for (const k of c.not ?? []) expect(kinds.has(k), `did not expect ${k}`).toBe(false);
}

const groups: [string, Case[]][] = [
  ['threat families', F.THREAT_FAMILIES],
  ['not threat', F.NOT_THREAT_FAMILIES],
  ['threat despite disowning words', F.THREAT_DESPITE_DISOWNING],
  ['threat despite a prize, a sport or a laugh', F.THREAT_DESPITE_PRIZE],
  ['not threat: everyday twins of the idioms', F.NOT_THREAT_IDIOMS],
  ['not threat: cues that do not meet', F.NOT_THREAT_CUES],
  ['not threat: everyday twins of the harm words', F.NOT_THREAT_HARM_WORDS],
  ['not safeguarding: everyday twins of the disclosures', F.NOT_SAFEGUARDING_DISCLOSURES],
  ['not abuse: twins of the descriptions', F.NOT_ABUSE_DESCRIPTIONS],
  ['safeguarding families', F.SAFEGUARDING_FAMILIES],
  ['not safeguarding', F.NOT_SAFEGUARDING_FAMILIES],
  ['safeguarding despite the words of a talk', F.SAFEGUARDING_DESPITE_TOPIC],
  ['abuse families', F.ABUSE_FAMILIES],
  ['not abuse', F.NOT_ABUSE_FAMILIES],
  ['disparaging families', F.DISPARAGING_FAMILIES],
  ['not disparaging: twins of the rhetoric', F.NOT_DISPARAGING_RHETORIC],
  ['not disparaging', F.NOT_DISPARAGING_FAMILIES],
];

for (const [name, cases] of groups) {
  describe(name, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => check(c));
  });
}

/** Each case's kinds by the rules alone (no school heads), so a head cannot hide a rule that stopped working. */
const byRules = (c: Case): ContentKind[] =>
  classifyDetailed({ text: c.text, source: c.source }, F.HOLLYBROOK, { schoolModel: null }).findings.map(
    (f) => f.kind,
  );
const rulesGroups: [string, Case[], ContentKind, boolean][] = [
  [
    'menace idioms and converging cues by the rules (without the school heads)',
    [...F.THREAT_IDIOMS_BY_RULES, ...F.THREAT_CUES_BY_RULES, ...F.THREAT_HARM_WORDS_BY_RULES],
    'threat',
    true,
  ],
  [
    'damaging rhetoric by the rules (without the school heads)',
    F.DISPARAGING_RHETORIC_BY_RULES,
    'disparaging',
    true,
  ],
  [
    "concerns in a child's or a searcher's words by the rules (without the school heads)",
    F.SAFEGUARDING_DISCLOSURES_BY_RULES,
    'safeguarding',
    true,
  ],
  [
    'abuse by description by the rules (without the school heads)',
    F.ABUSE_DESCRIPTIONS_BY_RULES,
    'abuse',
    true,
  ],
  ['not threat by the rules (without the school heads)', F.NOT_THREAT_BY_RULES, 'threat', false],
];
for (const [name, cases, kind, found] of rulesGroups) {
  describe(name, () => {
    it.each(cases.map((c) => [c.text, c] as const))('%s', (_text, c) => {
      if (found) expect(byRules(c)).toContain(kind);
      else expect(byRules(c)).not.toContain(kind);
    });
  });
}

describe('threats with no menace word: the school head above its second threshold', () => {
  it.each(
    [...F.THREAT_WITHOUT_MENACE_WORD, ...F.NOT_THREAT_WITHOUT_MENACE_WORD].map((c) => [c.text, c] as const),
  )('%s', (_text, c) => {
    expect(menaceIn(ruleSignals({ text: c.text, source: c.source }, F.HOLLYBROOK).analysis)).toBe('none');
    check(c);
    if (c.has?.includes('threat')) {
      const found = classify({ text: c.text, source: c.source }, F.HOLLYBROOK).find(
        (f) => f.kind === 'threat',
      );
      expect(found?.rule).toBe('threat.school');
    }
  });
});

describe("the threat head's gate on a house or team chasing a prize", () => {
  // the head learns "watch your back" from threats; said to a rival house chasing a trophy it must
  // stay silent (the rule passes over it too), but not once a member of staff is named
  it.each([
    ['watch ur backs Elm house, Year 10 are gunning for your sports day trophy this summer', 'shut'],
    ['Hollybrook Year 6, watch your back, Castlemere are coming for the netball cup', 'shut'],
    ['watch your back Mr Grant, we are coming for the cup and for you', 'open'],
  ] as const)('%s', (text, gate) => {
    expect(headGate('threat', analyze(text, F.HOLLYBROOK))).toBe(gate);
  });
});
