/**
 * pupil_identification (official posts only): a pupil can be identified (Agora §3.1, CT §5.1,
 * §6.2): full name in a pupil context, or a pupil's personal account tagged.
 *
 *  - full_name: a capitalised first name + surname (hyphenated surnames too) linked to a pupil
 *    cue within a few tokens: a year group ("Year 10", "Y6"), a class code ("9T", "Class 4B"),
 *    "pupil", "student", "well done to", "congratulations to", "star of the week", "pictured",
 *    "happy 12th birthday to". A first name alone ("Amara in Year 3") is allowed by most policies
 *    and is not flagged; titled names ("Mrs Kaur", "Mr Jones") are staff, and names followed by
 *    a staff role ("office manager Janet Reeves") are not pupils;
 *  - handle: an @handle that is not an official account, in a pupil context ("follow her",
 *    "shout out to @…", a year group, GCSE).
 */
import { FIRST_NAMES, COMMON_WORDS, alt } from '../lexicon';
import { clamp01, evidenceTokens, matchAll, mergeEvidence } from './common';
import type { Hit } from './common';
import { MEDICAL, MEDICAL_GUARD, NOT_NAME } from './personal';
import type { Analysis, Token } from '../tokens';
import type { Evidence } from '../../domain/finding';

const CLASS_CODE = /^(?!\d+(?:st|nd|rd|th)$)(?:\d{1,2}[a-z]{1,2}|y\d{1,2}|r[a-z]|[rn]\d)$/;
const PUPIL_WORDS = new Set([
  'pupil',
  'pupils',
  'student',
  'students',
  'learner',
  'learners',
  "pupil's",
  'gcse',
  'gcses',
  'a-level',
  'sats',
  'u11',
  'u12',
  'u13',
  'u14',
  'u15',
  'u16',
  'u18',
  'u11s',
  'u12s',
  'u13s',
  'u14s',
  'u15s',
  'u16s',
  'reception',
  'nursery',
  'captain',
  'prefect',
  'head girl',
  'head boy',
]);
const LEAD_IN = new RegExp(
  `(?:^| )${alt([
    'well done to',
    'well done',
    'congratulations to',
    'congratulations',
    'congrats to',
    'congrats',
    'shout out to',
    'shoutout to',
    'huge shout out to',
    'star of the week is',
    'star of the week',
    'pupil of the week',
    'student of the week',
    'pictured',
    'birthday to',
    'welcome back to',
    'good luck to',
    'proud of',
    'meet',
    'award to',
    'awarded to',
    'goes to',
    'winner',
    'winners',
    'champion',
  ])} $`,
);
const STAFF_AFTER = new Set([
  'teacher',
  'manager',
  'director',
  'head',
  'headteacher',
  'principal',
  'coach',
  'governor',
  'chair',
  'trustee',
  'ceo',
  'coo',
  'cfo',
  'mp',
  'councillor',
  'officer',
]);
const STAFF_BEFORE = new Set([
  'manager',
  'director',
  'teacher',
  'head',
  'headteacher',
  'principal',
  'coach',
  'governor',
  'chair',
  'trustee',
  'ceo',
  'coo',
  'cfo',
  'mp',
  'councillor',
  'officer',
  'assistant',
  'caretaker',
  'receptionist',
  'cllr',
  'author',
  'artist',
  'singer',
  'chef',
  'olympian',
  'footballer',
  'visitor',
  'speaker',
  'guest',
  'dj',
  // adults by their standing: "Paralympic swimmer Jess …", "former pupil and Olympian …"
  'olympic',
  'governors',
  'trustees',
  'teachers',
  'coaches',
  'authors',
  'speakers',
  'guests',
  'visitors',
  'volunteers',
  'colleagues',
  'paralympic',
  'paralympian',
  'professional',
  'former',
  'presenter',
  'actor',
  'actress',
  'astronaut',
  'mayor',
  'bishop',
  'vicar',
  'reverend',
  'rev',
  'rabbi',
  'imam',
  'dr',
  'doctor',
  'pc',
  'sergeant',
  'firefighter',
  'paramedic',
  'nurse',
  'scientist',
  'poet',
  'illustrator',
  'journalist',
  'reporter',
  'broadcaster',
]);

function isNameWord(t: Token | undefined): boolean {
  return (
    !!t &&
    t.kind === 'word' &&
    t.cap &&
    /^[a-z][a-z'-]+$/.test(t.norm) &&
    !NOT_NAME.has(t.norm) &&
    t.norm.length >= 2
  );
}

function pupilCueNear(a: Analysis, i: number, j: number): number {
  // tokens j+1..j+4 and i-4..i-1 (same sentence)
  let cue = -1;
  const reach = FIRST_NAMES.has(a.tokens[i]?.norm ?? '') ? 12 : 5;
  for (let k = j + 1; k <= Math.min(a.tokens.length - 1, j + reach); k++) {
    const t = a.tokens[k];
    if (!t || t.norm === '.') break;
    if (STAFF_AFTER.has(t.norm) && k <= j + 2) return -1;
    if (t.kind === 'number' && CLASS_CODE.test(t.norm)) return k;
    if (
      /^year \d{1,2}$/.test(t.norm) ||
      (t.norm === 'year' && a.tokens[k + 1]?.kind === 'number') ||
      t.norm === 'class' ||
      PUPIL_WORDS.has(t.norm)
    )
      return k;
  }
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) {
    const t = a.tokens[k];
    if (!t || t.norm === '.') break;
    if (STAFF_BEFORE.has(t.norm) && k >= i - 2) return -1;
    if (t.kind === 'number' && CLASS_CODE.test(t.norm)) cue = k;
    if (/^year \d{1,2}$/.test(t.norm) || t.norm === 'year' || PUPIL_WORDS.has(t.norm)) cue = k;
    if (cue >= 0) return cue;
  }
  // lead-in phrase right before the name
  const start = a.tokStart[i] ?? 0;
  const before = a.canon.slice(Math.max(0, start - 40), start);
  if (LEAD_IN.test(before)) return i;
  return cue;
}

const FOLLOW =
  /(?<![^ ])(?:follow (?:her|him|them)|give (?:her|him|them) a follow|shout ?out to|check out|well done|congratulations|congrats|her|his|gcse|gcses|year \d{1,2}|pupil|student|portfolio|revision|tiktok|insta|instagram|snap|snapchat)(?![^ ])/;

/** Nouns for a group of pupils: "Year 9 historians", "Year 12 Law students" (a year group, not a pupil). */
const GROUP_NOUNS = new Set([
  'students',
  'pupils',
  'learners',
  'children',
  'kids',
  'girls',
  'boys',
  'class',
  'classes',
  'team',
  'teams',
  'group',
  'cohort',
  'champions',
  'historians',
  'scientists',
  'mathematicians',
  'musicians',
  'athletes',
  'artists',
  'readers',
  'writers',
  'players',
  'footballers',
  'choir',
  'parents',
  'families',
]);

/**
 * Is the pupil cue at `cue` a whole year group rather than one pupil's year? "Year 8s", "Year 12 Law
 * students", "Year 6 maths champions": the capitalised pair before it is then a school or place
 * ("Bishop Wren Year 8s", "Kestrel Ridge's Year 6 maths champions"), not a pupil's name.
 */
function groupCue(a: Analysis, cue: number): boolean {
  const t = a.tokens[cue];
  if (!t) return false;
  if (t.kind === 'number' && a.tokens[cue - 1]?.norm === 'year' && /^\d{1,2}s$/.test(t.norm)) return true;
  const isYear = /^year \d{1,2}$/.test(t.norm) || (t.norm === 'year' && a.tokens[cue + 1]?.kind === 'number');
  if (!isYear) return false;
  const from = t.norm === 'year' ? cue + 2 : cue + 1;
  for (let k = from; k < Math.min(a.tokens.length, from + 3); k++) {
    const w = a.tokens[k];
    if (!w || w.kind !== 'word') break;
    if (GROUP_NOUNS.has(w.norm)) return true;
  }
  return false;
}

/**
 * A roll of pupils: team sheets, award lists, photo captions ("L–R: Priya Sharma, Tom Kowalski and
 * Grace Adeyemi"). Two or more full names in a row are pupils when the post is about pupils'
 * doings; lists of adults (authors, governors, sponsors, staff) are not.
 */
const ROLL_CONTEXT =
  /(?<![^ ])(?:team|teams|squad|squads|side|winners|winner|champions|champion|award|awards|awarded|certificate|certificates|medal|medals|finalists|shortlisted|selected|l-r|l–r|left to right|pictured|well done|congratulations|congrats|players|player|captain|captains|prefects|readers|reading|stars|star|netball|football|rugby|hockey|cricket|chess|choir|cast|year \d{1,2}|y\d{1,2}|u\d{2}s?)(?![^ ])/;
/** "L–R:", "L-R", "(l to r)" in a caption, in the post's own characters (canonical text reads R as "are"). */
const RE_LEFT_TO_RIGHT = /\b[Ll] ?(?:[-–—/]|to) ?[Rr]\b/;
const ADULT_ROLL =
  /(?<![^ ])(?:authors|author|speakers|speaker|guests|guest|governors|governor|trustees|trustee|sponsors|sponsor|staff|teachers|colleagues|volunteers|parents|mps|councillors|cllr|retiring|retirement|welcome to our new|joined us|joining us|alumni|former pupils|old boys|old girls|lives of|life of|learning about|learned about|learnt about|studying|history|historical|famous|biography|biographies|inventors?|poets|explorers|scientists)(?![^ ])/;

/**
 * A first name with a class code and a health, behaviour or family detail identifies a pupil
 * (LABELLING.md): "Harvey in 3B, who is recovering from leukaemia".
 */
const DETAIL =
  /(?<![^ ])(?:excluded|exclusion|suspended|suspension|isolation|detention|detentions|behaviour|behavior|foster|fostered|adopted|looked after|in care|bereaved|bereavement|passed away|died|divorce|separated|free school meals|fsm|young carer|ehcp)(?![^ ])/;

/** What joins the names of a list. */
const LIST_GLUE: ReadonlySet<string> = new Set([',', 'and', '&']);
/** People studied, not pupils: "learning about …", "the life of …". */
const RE_STUDIED =
  /(?<![^ ])(?:(?:learning|learnt|learned|studying|studied|finding out|researching|reading|writing|talking) about|(?:lives|life|biography|biographies|work|works|poems|paintings) of|inspired by|dressed as)(?: [^ ]+){0,8} $/;
/** A story, a play or a project about a hospital is not a pupil's health. */
const RE_MAKE_BELIEVE =
  /(?<![^ ])(?:story|stories|poem|poems|book|books|play|drama|project|drawing|painting|model|role play|role-play|pretend|dressed|costume|teddy|teddies|toy|toys)(?![^ ])/;

/** First name then class code: "Harvey in 3B", "Harvey (3B)", "Harvey 3B". */
function firstNameWithClass(a: Analysis): number {
  for (let i = 0; i + 1 < a.tokens.length && i < 2000; i++) {
    const t = a.tokens[i];
    if (!t || t.kind !== 'word' || !t.cap || !FIRST_NAMES.has(t.norm)) continue;
    for (let k = i + 1; k <= i + 3 && k < a.tokens.length; k++) {
      const u = a.tokens[k];
      if (!u) break;
      if (u.kind === 'number' && CLASS_CODE.test(u.norm)) return i;
      if (u.norm !== 'in' && u.norm !== '(' && u.norm !== ',' && u.norm !== 'class') break;
    }
  }
  return -1;
}

export function detectPupilId(a: Analysis): Hit | null {
  const evidence: Evidence[] = [];
  let best = 0;
  let rule = '';
  let why = '';
  const photo = /(?<![^ ])(?:pictured|picture|photo|photos|📸|📷)(?![^ ])/.test(a.canon);
  const pairs: number[] = [];
  let adultsUntil = -10;
  for (let i = 0; i + 1 < a.tokens.length; i++) {
    const t = a.tokens[i];
    const u = a.tokens[i + 1];
    if (!isNameWord(t) || !isNameWord(u) || !t || !u) continue;
    const firstKnown = FIRST_NAMES.has(t.norm);
    if (!firstKnown && (COMMON_WORDS.has(t.norm) || COMMON_WORDS.has(u.norm))) continue;
    if (t.allCaps && u.allCaps) continue;
    // "author Michael Morpurgo", "our governors Peter Hale and Rachel Stone": adults named by their
    // role, the role carrying over a list; or people in a lesson ("learning about Rosa Parks and
    // Martin Luther King")
    const listed = i - adultsUntil <= 2 && a.tokens.slice(adultsUntil, i).every((w) => LIST_GLUE.has(w.norm));
    const start = a.tokStart[i] ?? 0;
    if (
      listed ||
      STAFF_BEFORE.has(a.tokens[i - 1]?.norm ?? '') ||
      STAFF_BEFORE.has(a.tokens[i - 2]?.norm ?? '') ||
      RE_STUDIED.test(a.canon.slice(Math.max(0, start - 50), start))
    ) {
      adultsUntil = i + 2;
      i++;
      continue;
    }
    pairs.push(i);
    const cue = pupilCueNear(a, i, i + 1);
    if (cue < 0) continue;
    // a school or place rather than a pupil: "Our Moorside Brook Year 9s", "Bishop Wren CE Academy …",
    // "Kestrel Ridge's Year 6 …", or a whole year group as the cue
    const after = a.tokens[i + 2];
    if (a.tokens[i - 1]?.norm === 'our' || after?.norm === '@org' || groupCue(a, cue)) continue;
    // a pair that is not a known first name must be tied tightly to the cue: "Name (Year 8)"
    if (!firstKnown && cue !== i && (cue < i - 1 || cue > i + 3)) continue;
    const score = (firstKnown ? 0.85 : 0.7) + (photo ? 0.05 : 0);
    if (score > best) {
      best = score;
      rule = 'pupil_identification.full_name';
      why = 'Names a pupil in full (first name and surname) with their class or year.';
    }
    evidence.push(evidenceTokens(a, i, i + 1, 'full name'));
    if (cue !== i) evidence.push(evidenceTokens(a, cue, cue, 'pupil context'));
    i++;
  }
  // a roll of two or more full names next to each other (", " / "and" / "&" between them)
  if (
    best === 0 &&
    pairs.length >= 2 &&
    (ROLL_CONTEXT.test(a.canon) || RE_LEFT_TO_RIGHT.test(a.original)) &&
    !ADULT_ROLL.test(a.canon)
  ) {
    for (let p = 0; p + 1 < pairs.length; p++) {
      const x = pairs[p] as number;
      const y = pairs[p + 1] as number;
      if (y - (x + 2) > 2 || !a.tokens.slice(x + 2, y).every((t) => LIST_GLUE.has(t.norm))) continue;
      if (!FIRST_NAMES.has(a.tokens[x]?.norm ?? '') && !FIRST_NAMES.has(a.tokens[y]?.norm ?? '')) continue;
      best = 0.8;
      rule = 'pupil_identification.roll';
      why = 'Names pupils in full in a list (a team, an award, a photo caption).';
      evidence.push(evidenceTokens(a, x, x + 1, 'full name'), evidenceTokens(a, y, y + 1, 'full name'));
      break;
    }
  }
  // a first name with a class code and a health, behaviour or family detail
  if (best === 0) {
    const f = firstNameWithClass(a);
    if (f >= 0) {
      const med = matchAll(a, MEDICAL, 1)[0];
      const detail =
        (med && !MEDICAL_GUARD.test(a.canon) && !RE_MAKE_BELIEVE.test(a.canon)) || DETAIL.test(a.canon);
      if (detail) {
        best = 0.7;
        rule = 'pupil_identification.first_name_detail';
        why = 'Names a pupil by first name and class together with a health, behaviour or family detail.';
        evidence.push(evidenceTokens(a, f, f, 'first name'));
      }
    }
  }
  const handles = a.tokens.map((t, k) => [t, k] as const).filter(([t]) => t.kind === 'handle');
  if (handles.length > 0 && FOLLOW.test(a.canon)) {
    for (const [, k] of handles.slice(0, 3)) {
      const score = 0.8;
      if (score > best) {
        best = score;
        rule = 'pupil_identification.handle';
        why = "Tags a pupil's personal social media account.";
      }
      evidence.push(evidenceTokens(a, k, k, 'personal account'));
    }
  }
  if (best < 0.5) return null;
  return {
    kind: 'pupil_identification',
    rule,
    score: clamp01(best),
    evidence: mergeEvidence(evidence),
    explanation: why,
  };
}
