/**
 * sensitive_topic (official posts only): subjects an official account should not post about
 * without the comms lead (SUAT §7, Agora §3.5): staff discipline and investigations, police and
 * legal matters, exclusions, Ofsted judgements, strikes and redundancies, formal complaints,
 * governance disputes, results controversies, and political or religious opinion.
 *
 * Each cue is general vocabulary of the topic ("suspended pending investigation", "employment
 * tribunal", "permanently excluded", "Requires Improvement", "industrial action"); celebratory
 * or routine posts (results day congratulations, a published policy, a job advert, a Safer
 * Schools talk, an obituary) carry none of them.
 */
import { alt } from '../lexicon';
import { E, T, clamp01, evidenceOf, hasAny, matchAll, mergeEvidence, rx } from './common';
import type { Hit } from './common';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

const CUES: [string, number, RegExp][] = [
  [
    'staffing',
    0.85,
    rx(
      `${T}(?<topic>${alt([
        'disciplinary',
        'disciplinary action',
        'disciplinary warning',
        'disciplinary hearing',
        'gross misconduct',
        'misconduct',
        'suspended pending',
        'has been suspended',
        'have been suspended',
        'was suspended',
        'been dismissed',
        'was dismissed',
        'has been sacked',
        'was sacked',
        'pending investigation',
        'pending an investigation',
        'under investigation',
        'internal investigation',
        'independent investigation',
        'grievance',
        'whistleblowing',
        'whistleblower',
        'employment tribunal',
        'tribunal',
        'redundancy',
        'redundancies',
        'restructure',
        'restructuring',
        'compulsory redundancies',
        'resigned with immediate effect',
        'stepped down',
        'has left the school with immediate effect',
        'with immediate effect',
        'not currently in school',
        'is not in school',
        'no longer works',
        'capability procedure',
      ])})${E}`,
    ),
  ],
  [
    'industrial action',
    0.85,
    rx(
      `${T}(?<topic>${alt([
        'strike',
        'strikes',
        'strike action',
        'on strike',
        'strike day',
        'strike days',
        'industrial action',
        'walkout',
        'walk out',
        'ballot',
        'union ballot',
        'neu',
        'nasuwt',
        'unison',
        'pay dispute',
        'picket',
        'picket line',
      ])})${E}`,
    ),
  ],
  [
    'police and legal',
    0.85,
    rx(
      `${T}(?<topic>${alt([
        'police are investigating',
        'police investigation',
        'police were called',
        'police attended',
        'arrested',
        'arrest',
        'charged with',
        'court case',
        'in court',
        'crown court',
        'magistrates',
        'legal action',
        'legal proceedings',
        'lawsuit',
        'judicial review',
        'solicitors',
        'allegation',
        'allegations',
        'alleged',
        'allegedly',
        'safeguarding investigation',
        'lado',
        'serious incident',
        'criminal',
        'prosecution',
        'inquest',
        'coroner',
        'settlement',
        'compensation claim',
        'defend its position',
        'strongly disputes',
        'refutes',
        'denies the allegations',
      ])})${E}`,
    ),
  ],
  [
    'exclusions',
    0.85,
    rx(
      `${T}(?<topic>${alt([
        'permanently excluded',
        'permanent exclusion',
        'permanent exclusions',
        'excluded',
        'exclusion',
        'exclusions',
        'expelled',
        'expulsion',
        'fixed term exclusion',
        'suspensions',
        'managed move',
        'off-rolled',
        'off rolling',
        'off-rolling',
      ])})${E}`,
    ),
  ],
  [
    'inspection',
    0.8,
    rx(
      `${T}(?<topic>${alt([
        'requires improvement',
        'inadequate',
        'special measures',
        'serious weaknesses',
        'downgraded',
        'ofsted downgrade',
        'failed inspection',
        'disappointed with the judgement',
        'disappointed by the judgement',
        'disappointed with the ofsted',
        'disappointed with the outcome',
        'challenge the judgement',
        'challenging the judgement',
        'challenging the judgment',
        'challenge the judgment',
        'appeal the judgement',
        'appealing the judgement',
        'contest the judgement',
        'ofsted outcome',
        'complaint to ofsted',
        'reviewing leadership',
        'leadership arrangements',
        'interim head',
        'interim headteacher',
        'interim principal',
        'academy order',
        'rebrokered',
        'rebrokering',
        'warning notice',
        'termination warning notice',
        'financial notice to improve',
        'deficit',
        'budget deficit',
      ])})${E}`,
    ),
  ],
  [
    'complaints and governance',
    0.8,
    rx(
      `${T}(?<topic>${alt([
        'formal complaint',
        'formal complaints',
        'complaints procedure',
        'complaints process',
        'stage 2',
        'stage two',
        'stage 3',
        'complaint',
        'disagreement between',
        'dispute between',
        'vote of no confidence',
        'no confidence',
        'not to speculate',
        'speculation',
        'speculate',
        'resignation of',
        'resigned',
        'petition',
        'campaign group',
        'protest',
        'protesting',
        'demonstration outside',
        'data breach',
        'cyber attack',
        'cyberattack',
        'ransomware',
      ])})${E}`,
    ),
  ],
  [
    'results controversy',
    0.75,
    rx(
      `${T}(?<topic>${alt([
        'results have fallen',
        'results fell',
        'results dropped',
        'disappointing results',
        'below the national average',
        'below national average',
        'league tables',
        'bottom of the league table',
        'exam board error',
        'marking error',
        'grades were downgraded',
        'maladministration',
        'annulled',
        'exam malpractice',
        'malpractice',
      ])})${E}`,
    ),
  ],
  [
    'political or religious opinion',
    0.75,
    rx(
      `${T}(?<topic>${alt([
        'the government',
        'this government',
        "government's",
        'tory',
        'tories',
        'conservatives',
        'conservative party',
        'labour party',
        'labour government',
        'lib dems',
        'liberal democrats',
        'reform uk',
        'green party',
        'snp',
        'brexit',
        'immigration',
        'immigrants',
        'asylum seekers',
        'gaza',
        'israel',
        'palestine',
        'ukraine war',
        'abortion',
        'prime minister',
        'secretary of state',
        'vote',
        'election',
        'mp',
        'mps',
        'council tax',
        'austerity',
        'trans rights',
        'gender ideology',
        'woke',
        'pride month',
        'god is',
        'jesus is',
        'allah',
        'atheism',
        'scripture',
      ])})${E}`,
    ),
  ],
];

const TRIGGERS = new Set([
  'disciplinary',
  'misconduct',
  'suspended',
  'dismissed',
  'sacked',
  'investigation',
  'grievance',
  'whistleblowing',
  'whistleblower',
  'tribunal',
  'redundancy',
  'redundancies',
  'restructure',
  'restructuring',
  'resigned',
  'stepped',
  'effect',
  'school',
  'works',
  'capability',
  'strike',
  'strikes',
  'industrial',
  'walkout',
  'walk',
  'ballot',
  'neu',
  'nasuwt',
  'unison',
  'dispute',
  'picket',
  'police',
  'arrested',
  'arrest',
  'charged',
  'court',
  'magistrates',
  'legal',
  'lawsuit',
  'judicial',
  'solicitors',
  'allegation',
  'allegations',
  'alleged',
  'allegedly',
  'lado',
  'incident',
  'criminal',
  'prosecution',
  'inquest',
  'coroner',
  'settlement',
  'compensation',
  'position',
  'disputes',
  'refutes',
  'denies',
  'excluded',
  'exclusion',
  'exclusions',
  'expelled',
  'expulsion',
  'suspensions',
  'managed',
  'off-rolled',
  'off',
  'off-rolling',
  'requires',
  'inadequate',
  'special',
  'serious',
  'downgraded',
  'downgrade',
  'failed',
  'judgement',
  'ofsted',
  'leadership',
  'interim',
  'order',
  'rebrokered',
  'rebrokering',
  'warning',
  'notice',
  'deficit',
  'complaint',
  'complaints',
  'stage',
  'disagreement',
  'confidence',
  'speculate',
  'speculation',
  'resignation',
  'petition',
  'campaign',
  'protest',
  'protesting',
  'demonstration',
  'breach',
  'cyber',
  'cyberattack',
  'ransomware',
  'results',
  'national',
  'league',
  'error',
  'grades',
  'maladministration',
  'annulled',
  'malpractice',
  'government',
  "government's",
  'tory',
  'tories',
  'conservatives',
  'conservative',
  'labour',
  'lib',
  'liberal',
  'reform',
  'green',
  'snp',
  'brexit',
  'immigration',
  'immigrants',
  'asylum',
  'gaza',
  'israel',
  'palestine',
  'ukraine',
  'abortion',
  'prime',
  'secretary',
  'vote',
  'election',
  'mp',
  'mps',
  'council',
  'austerity',
  'trans',
  'gender',
  'woke',
  'pride',
  'god',
  'jesus',
  'allah',
  'atheism',
  'scripture',
]);

export interface SensitiveInput {
  /** Political campaigning is reported as solicitation; do not report it twice. */
  campaigning: boolean;
}

/** A post about a lesson, a trip, a visit or a talk. */
const LEARNING =
  /(?<![^ ])(?:learning about|learnt about|learned about|learning how|been exploring|exploring|studying|studied|lesson|lessons|topic|curriculum|visited|visit to|visit from|visits from|trip|workshop|talk from|talk on|assembly|debate|debated|mock trial|mock election|hustings|role ?play|fairy ?tale|criminology|psychology|sociology|citizenship|law students|politics society|gcse unit|re lesson|book club|careers)(?![^ ])/;
/** Words of the legal, protest and political topics that a lesson can be about. */
const LESSON_WORDS: ReadonlySet<string> = new Set([
  'court',
  'crown court',
  'in court',
  'magistrates',
  'criminal',
  'prosecution',
  'arrested',
  'arrest',
  'lado',
  'protest',
  'petition',
  'election',
  'vote',
  'immigration',
  'government',
  'parliament',
]);
/** A strike-day notice: whether and how the school opens. */
const CLOSURE_NOTICE =
  /(?<![^ ])(?:closed|close|closure|remain open|will be open|partially open|open to|remote learning|arrangements)(?![^ ])/;
/** Taking a side in a dispute. */
const STRIKE_OPINION =
  /(?<![^ ])(?:we support|we stand|stand with|solidarity|fully support|disgrace|shameful|wrong|selfish|unfair|irresponsible|let down|oppose|condemn|blame|greedy)(?![^ ])/;

export function detectSensitive(a: Analysis, input: SensitiveInput): Hit | null {
  if (!hasAny(a, TRIGGERS)) return null;
  const evidence: Evidence[] = [];
  let best = 0;
  let topic = '';
  for (const [name, score, re] of CUES) {
    if (name === 'political or religious opinion' && input.campaigning) continue;
    for (const m of matchAll(a, re, 3)) {
      const word = a.canon.slice(m.cs, m.ce);
      if (input.campaigning && (word === 'petition' || word === 'campaign group' || word === 'protest'))
        continue;
      const near = a.canon.slice(Math.max(0, m.cs - 50), m.ce + 50);
      let s = score;
      if (
        name === 'industrial action' &&
        (word === 'strike' || word === 'strikes' || word === 'walk out' || word === 'ballot')
      ) {
        // "strike a pose", "lightning strike", "walk out onto the stage", "ballot for house captain"
        if (
          !/(?<![^ ])(?:staff|teachers|union|neu|nasuwt|unison|pay|closed|closure|partially|action|national|days?|members)(?![^ ])/.test(
            near,
          )
        )
          continue;
      }
      if (name === 'industrial action' && CLOSURE_NOTICE.test(a.canon) && !STRIKE_OPINION.test(a.canon)) {
        // telling families the school is shut or open on a strike day is a routine notice; taking a
        // side in the dispute is what the policy keeps off the account
        continue;
      }
      if (
        (name === 'police and legal' ||
          name === 'complaints and governance' ||
          name === 'political or religious opinion') &&
        LESSON_WORDS.has(word) &&
        LEARNING.test(a.canon)
      ) {
        // courts, crime, protest and politics as a lesson, a visit or a talk ("Year 10 visited the
        // magistrates' court", "a mock trial", "learning about the criminal justice system")
        continue;
      }
      if (name === 'exclusions' && (word === 'excluded' || word === 'exclusion' || word === 'exclusions')) {
        if (
          /(?<![^ ])(?:not excluded|no one is excluded|nobody is excluded|feel excluded|socially excluded|vat|excluding)(?![^ ])/.test(
            near,
          )
        )
          continue;
        if (
          !/(?<![^ ])(?:pupil|pupils|student|students|year|\d+|permanently|fixed|following|incident|behaviour|been|were|was|have)(?![^ ])/.test(
            near,
          )
        )
          continue;
      }
      if (
        word.startsWith('stage ') &&
        (/(?<![^ ])key stage/.test(a.canon.slice(Math.max(0, m.cs - 4), m.ce)) || !/complain/.test(a.canon))
      )
        continue;
      if (
        name === 'complaints and governance' &&
        (word === 'complaint' ||
          word === 'petition' ||
          word === 'protest' ||
          word === 'resigned' ||
          word === 'speculation' ||
          word === 'speculate')
      )
        s = 0.65;
      if (name === 'political or religious opinion') {
        if (word === 'vote' || word === 'election' || word === 'mp' || word === 'mps') {
          if (
            !/(?<![^ ])(?:government|party|labour|tory|tories|conservative|conservatives|reform|election|parliament|minister|policy|cuts)(?![^ ])/.test(
              near,
            ) ||
            /(?<![^ ])(?:school council|house captain|student council|pupil voice|head boy|head girl|mock election)(?![^ ])/.test(
              near,
            )
          )
            continue;
        }
        if (
          (word === 'the government' || word === "government's" || word === 'this government') &&
          !/(?<![^ ])(?:cuts|failing|failed|shameful|disgrace|wrong|must|should|betrayed|refuse|refuses|underfunding|scandal|attack|against)(?![^ ])/.test(
            near,
          )
        )
          continue;
        if (word === 'pride month' || word === 'council tax') s = 0.55;
      }
      if (
        name === 'police and legal' &&
        (word === 'arrest' ||
          word === 'allegation' ||
          word === 'allegations' ||
          word === 'criminal' ||
          word === 'settlement' ||
          word === 'alleged')
      )
        s = Math.min(s, 0.8);
      if (
        name === 'staffing' &&
        word === 'with immediate effect' &&
        !/(?<![^ ])(?:left|leave|resigned|suspended|stepped|removed|dismissed)(?![^ ])/.test(near)
      )
        continue;
      if (
        name === 'inspection' &&
        word === 'deficit' &&
        !/(?<![^ ])(?:budget|financial|million|£)/.test(near)
      )
        continue;
      evidence.push(...evidenceOf(a, m, name));
      if (s > best) {
        best = s;
        topic = name;
      }
    }
  }
  if (best < 0.5) return null;
  return {
    kind: 'sensitive_topic',
    rule: `sensitive_topic.${topic.replace(/ /g, '_')}`,
    score: clamp01(best),
    evidence: mergeEvidence(evidence),
    explanation: `Official post on a sensitive topic (${topic}).`,
  };
}
