/**
 * lib/classify: text → findings. Pure functions; the only "I/O" is the model JSON, statically
 * imported by model.ts.
 *
 * Pipeline for one post:
 *   1. analyze (tokens.ts): normalise (NFKC folding, homoglyphs, invisible characters, stretched
 *      letters) with an offset map, tokenise (handles, URLs and emails kept apart from words;
 *      masks, leetspeak, spaced letters and hashtags recovered), merge references to the school
 *      (@org), staff (@staff) and other accounts (@user);
 *   2. lexicon signals computed once: profane tokens (lexicon + `obscenity`), AFINN sentiment
 *      (`sentiment` with a domain lexicon);
 *   3. rules per kind (rules/*.ts), each returning at most one Hit with evidence spans;
 *   4. the n-gram model (model.ts) as one more signal for abuse on real-world text, only when the
 *      post is aimed at someone and a cheap upper bound on its score (features.ts linearBounds)
 *      says it could fire; its top n-grams are the evidence;
 *   4b. the school heads (school-model.ts), one per kind: each may add its kind when no rule found
 *      it (a threat with a menace word in the post, MENACE, or without one above the head's
 *      stricter thresholdWithoutMenace; a media enquiry only with a word of the press, rules/media.ts
 *      pressIn); most posts are settled by a
 *      cheap upper bound on every head's score, and only heads that could fire are scored exactly;
 *   5. source applicability and severity (DESIGN.md table), profanity "adds weight" to abuse and
 *      disparaging in mentions; at most one finding per kind, sorted by severity then score.
 *
 * Every step is linear in the post length and bounded (characters and tokens are capped), so a
 * 100 KB post or an emoji flood cannot stall a Lambda. Speed (`npm run bench:classify`) comes from
 * doing per word what depends only on the word, once: each token carries its shared lexeme
 * (tokens.ts), which keeps the word's features, profanity verdict, sentiment tokens, anchor sets
 * and the models' per-word sums, so a post's words cost one dictionary lookup, not one per module.
 */
import Sentiment from 'sentiment';
import english from 'sentiment/languages/en/index';
import sentimentTokens from 'sentiment/lib/tokenize';
import type { Classifier, ClassifyContext, ClassifyInput, Evidence, Finding } from '../domain/finding';
import { SEVERITY_RANK } from '../domain/kinds';
import type { ContentKind, Severity } from '../domain/kinds';
import { extractFeatures, linearBounds } from './features';
import type { FeatureVector, LexSignals } from './features';
import {
  HARM_WORDS,
  INSULT_ADJS,
  INSULT_NOUNS,
  MENACE_AFTER,
  MENACE_COMPOUNDS,
  MENACE_WORDS,
  alt,
  esc,
  longestFirst,
  words,
} from './lexicon';
import { MODEL, linearOfHead, scoreHead } from './model';
import type { Head, ModelScore } from './model';
import { analyze, lexemeOf } from './tokens';
import type { Analysis, Token } from './tokens';
import { detectAbuse } from './rules/abuse';
import { RE_TOOL_USE, clamp01, evidenceTokens, explain, inSportContext, mergeEvidence } from './rules/common';
import type { Hit } from './rules/common';
import { DOMAIN_EXTRAS, detectDisparaging } from './rules/disparaging';
import { detectMedia, pressIn } from './rules/media';
import { detectPersonalData } from './rules/personal';
import { detectProfanity, profaneTokens } from './rules/profanity';
import { detectPupilId } from './rules/pupil';
import { detectSafeguarding } from './rules/safeguarding';
import { detectSensitive } from './rules/sensitive';
import { detectSolicitation } from './rules/solicitation';
import { detectThreat, playfulHarm, prizeChallenge } from './rules/threat';
import { SCHOOL_KINDS, SCHOOL_MODEL, schoolHits } from './school-model';
import type { SchoolModel } from './school-model';

/** How an explanation names each kind ("Reads like a threat: …"). */
const KIND_PHRASE: Record<ContentKind, string> = {
  threat: 'a threat',
  safeguarding: 'a safeguarding concern',
  abuse: 'abuse aimed at someone',
  profanity: 'profanity',
  disparaging: 'a damaging claim about the school',
  media_enquiry: 'a media enquiry',
  personal_data: 'personal data in an official post',
  pupil_identification: 'a pupil identified in an official post',
  sensitive_topic: 'a sensitive topic in an official post',
  solicitation: 'solicitation in an official post',
};

export { analyze } from './tokens';
export type { Analysis, Token } from './tokens';
export { normalize } from './normalize';
export type { NormalizedText } from './normalize';

/** Default severity of each content kind (DESIGN.md). Profanity depends on the source. */
export function severityOf(kind: ContentKind, source: ClassifyInput['source']): Severity {
  switch (kind) {
    case 'threat':
    case 'safeguarding':
      return 'critical';
    case 'abuse':
    case 'personal_data':
    case 'pupil_identification':
      return 'high';
    case 'profanity':
      return source === 'official' ? 'high' : 'low';
    case 'disparaging':
    case 'media_enquiry':
    case 'sensitive_topic':
      return 'medium';
    case 'solicitation':
      return 'low';
  }
}

/** Kinds that apply to each source (DESIGN.md "applies to"). */
export const APPLIES: Record<ContentKind, readonly ClassifyInput['source'][]> = {
  threat: ['mention', 'official'],
  safeguarding: ['mention', 'official'],
  abuse: ['mention', 'official'],
  profanity: ['mention', 'official'],
  disparaging: ['mention', 'official'],
  media_enquiry: ['mention'],
  personal_data: ['official'],
  pupil_identification: ['official'],
  sensitive_topic: ['official'],
  solicitation: ['official'],
};

const sentiment = new Sentiment();
/**
 * English AFINN-165 with the school lexicon merged in, registered once as its own language with
 * English negation (registering also merges `sentiment`'s emoji labels into the table), so a post's
 * analysis does not re-merge the extras every call (what `extras` costs). sentimentSignals scores
 * with this table and English's strategy directly, exactly as analyze() would.
 */
const SCHOOL_ENGLISH = 'en-school';
const SCHOOL_LABELS: Record<string, number> = { ...english.labels, ...DOMAIN_EXTRAS };
sentiment.registerLanguage(SCHOOL_ENGLISH, {
  labels: SCHOOL_LABELS,
  scoringStrategy: english.scoringStrategy,
});

/** What a word gives `sentiment`: no token at all, tokens none of which it scores, or a scored one. */
const enum Scored {
  Vanishes = 0,
  Unscored = 1,
  Scored = 2,
}
/** A word as `sentiment` sees it: the tokens its tokenizer makes of the word, and their Scored. */
interface SentimentWord {
  readonly scored: Scored;
  readonly tokens: readonly string[];
}
const sentimentCache = new Map<string, SentimentWord>();

function sentimentWord(phraseWord: string): SentimentWord {
  let v = sentimentCache.get(phraseWord);
  if (v === undefined) {
    const tokens = sentimentTokens(phraseWord).filter((x) => x !== '');
    const scored =
      tokens.length === 0
        ? Scored.Vanishes
        : tokens.some((x) => Object.hasOwn(SCHOOL_LABELS, x))
          ? Scored.Scored
          : Scored.Unscored;
    v = { scored, tokens };
    if (sentimentCache.size >= 50_000) sentimentCache.clear();
    sentimentCache.set(phraseWord, v);
  }
  return v;
}

/**
 * Scored for a token's word (as put in the phrase), kept on its lexeme: read for every word of a
 * post, so a number on the lexeme rather than a record to follow.
 */
function scoredOf(t: Token, phraseWord: string): Scored {
  const lx = lexemeOf(t);
  if (lx !== undefined && lx.sentiment !== undefined) return lx.sentiment;
  const sw = sentimentWord(phraseWord);
  if (lx !== undefined) {
    lx.sentiment = sw.scored;
    lx.sentimentTokens = sw.tokens;
  }
  return sw.scored;
}

/** The tokens of a word scoredOf has seen (a scored word or the one before it: a few a post). */
function tokensOf(t: Token, phraseWord: string): readonly string[] {
  const lx = lexemeOf(t);
  return lx?.sentimentTokens ?? sentimentWord(phraseWord).tokens;
}

/** How `sentiment` scores a token in context (English negation), as its analyze() would apply it. */
const SCORING = english.scoringStrategy;

/** Threat rules about weapons: with pupils in the post they are safeguarding concerns too. */
const WEAPON_RULES: ReadonlySet<string> = new Set(['threat.weapon', 'threat.weapon_slang']);
const PUPILS =
  /(?<![^ ])(?:pupils?|students?|kids?|children|child|year \d{1,2}s?|yr ?\d{1,2}s?|y\d{1,2}s?|year sevens?|sixth formers?|lads|girls|boys)(?![^ ])/;

/**
 * A post with a menace word (lexicon.ts MENACE_WORDS), not as part of an ordinary compound
 * (MENACE_COMPOUNDS: "car wash", "fire drill"): the threat head needs one below its
 * thresholdWithoutMenace (menaceIn).
 */
const MENACE = new RegExp(
  `(?<![^ ])(?:${longestFirst(MENACE_WORDS)
    .map((w) => {
      const tails = MENACE_COMPOUNDS[w];
      const heads = MENACE_AFTER[w];
      const before = heads === undefined ? '' : `(?<!(?<![^ ])${alt(heads)} )`;
      return tails === undefined ? `${before}${esc(w)}` : `${before}${esc(w)}(?! ${alt(tails)}(?![^ ]))`;
    })
    .join('|')})(?![^ ])`,
  'g',
);
/** Any menace word, ordinary compounds included ("car wash", "house party", "bag strap"). */
const ANY_MENACE_WORD = new RegExp(`(?<![^ ])(?:${longestFirst(MENACE_WORDS).map(esc).join('|')})(?![^ ])`);
/**
 * "fire" as slang praise ("that playlist was fire 🔥🔥", "this is straight fire"), with the flames
 * after it: not a menace word. "on fire", "set fire", "fire at" keep theirs.
 */
const PRAISE_FIRE =
  /(?<![^ ])(?:was|is|are|were|so|straight|pure|proper|absolute|absolutely|actually|lowkey|highkey|that's|thats|it's|its|sounds|looks) fire(?: 🔥)*(?![^ ])/g;
/**
 * The writer's own car ("my car broke down and I can't drive the minibus"): not a menace word, nor an
 * ordinary one; a post with no other reads as having none ("someone keyed my car … and I'm very
 * patient" is for the head's stricter threshold).
 */
const OWN_CAR = /(?<![^ ])(?:my|our) car(?![^ ])/g;
/** Cooking and food technology, where knives are tools (with common.ts RE_TOOL_USE: sport, garden, skates). */
const RE_TOOL_CONTEXT =
  /(?<![^ ])(?:food tech|food technology|knife skills|julienne|cooking|cookery|baking|chopping|chopping board|chef|chefs|recipe|recipes|bake off|masterchef|vegetables|veg)(?![^ ])/;
/** Menace words that sport uses for winning: "we'll batter them", "smashed it", "shoot", "on fire". */
const SPORT_IDIOMS: ReadonlySet<string> = new Set(
  'batter battered beat beating smash smashed shoot shooting shot kill destroy bomb fire 🔥 💥 dead hurt'.split(
    ' ',
  ),
);
/** A person right after a menace word ("batter mr harding"): read in place, at the word's end. */
const AIMED_AT = / (?:@staff|him|her|them|you|u|ya|his|their)(?![^ ])/y;
/**
 * A plan to meet or to go somewhere together ("I'll meet you at the gates at 3", "see you at the bus
 * stop at 8", "who's coming to the skate park?"): with no menace word, an ordinary post, however
 * much its time and place look like a threat's.
 */
const MEETING =
  /(?<![^ ])(?:meet|meeting|see you|see u|c u|cu|pick (?:you|u|him|her|them) up|pick up|together|who's coming|whos coming|join us|bring (?:ur|your) (?:boards?|kit|bikes?|friends|mates))(?![^ ])/;

/**
 * What the threat head has to stand on (scripts/train-school.ts chooses its thresholds with this same
 * reading):
 * - 'menace': a menace word; the head's threshold applies;
 * - 'none': no menace word at all; only its stricter thresholdWithoutMenace applies;
 * - 'ordinary': the post's menace words are ordinary here (a compound like "house party" or "bag
 *   strap", sport, praise), or it is a plan to meet (MEETING); the head does not speak. Sport's words for winning do not count in a sentence about sport ("Year 10 are
 *   gonna batter Kingsmead at football on Friday") unless a person follows them ("gonna batter mr
 *   harding if he makes me do the bleep test"), and neither does praise-fire (blanked with spaces of
 *   the same length, so offsets stay those of the canonical text).
 */
/**
 * Where a school head may speak on a post (classify() and scripts/train-school.ts both read it):
 * 'open' at its threshold, 'bare' only at its stricter thresholdWithoutMenace, 'shut' not at all.
 * The threat head stands on a menace word (menaceIn); the media head needs a word of the press
 * (rules/media.ts pressIn: without one, "can you confirm … DM me" is a parent); the safeguarding head
 * is 'bare' on a parent's own school run (since the second session of 2026-12-04, whose heads have no
 * second threshold for it, so it is silent there); the others are open. (A gate for the disparaging
 * head, its usual threshold only where the post names something of the school's, was tried on
 * 2026-12-03 and -04 and dropped: it held back posts naming schools the config does not know.)
 */
export function headGate(kind: ContentKind, a: Analysis): 'open' | 'bare' | 'shut' {
  if (kind === 'threat') {
    const menace = menaceIn(a);
    return menace === 'menace' ? 'open' : menace === 'none' ? 'bare' : 'shut';
  }
  if (kind === 'media_enquiry') return pressIn(a) ? 'open' : 'shut';
  // a parent collecting their own child: the safeguarding head only at its stricter threshold
  if (kind === 'safeguarding') return RE_OWN_CHILD_RUN.test(a.canon) ? 'bare' : 'open';
  return 'open';
}

/**
 * The school run of the writer's own child ("I'll be waiting outside the gates at 3 to pick my
 * daughter up"): the heads learn gates, waiting and a time from the training posts about strangers at
 * the gate, and read a parent's plan as a concern. Someone else collecting a child ("keeps turning up
 * to pick her up") is not in it.
 */
const OWN_CHILD = `(?:my|our) (?:daughter|son|kids|kid|child|children|boy|girl|lad|grandson|granddaughter|little one|little ones|twins)`;
const RE_OWN_CHILD_RUN = new RegExp(
  `(?<![^ ])(?:(?:pick|picking|collect|collecting|fetch|fetching) (?:up )?${OWN_CHILD}|(?:pick|picking) ${OWN_CHILD} up|school run)(?![^ ])`,
);

export function menaceIn(a: Analysis): 'menace' | 'none' | 'ordinary' {
  // a kitchen, a sports ground or a game, where knives, bats and guns are tools or play: its menace
  // words are not enough for the threat head's usual threshold ("Year 9 Food Tech perfecting their
  // knife skills 🔪 Watch out Gordon Ramsay"); the rules still read any threat in it
  const menace = () => (RE_TOOL_CONTEXT.test(a.canon) || RE_TOOL_USE.test(a.canon) ? 'none' : 'menace');
  // a house or a team chasing a prize ("watch ur backs Elm house, Year 10 are gunning for your
  // trophy"): its menace words are the rivalry's, and the rules read any threat aimed at someone
  if (prizeChallenge(a)) return 'ordinary';
  let seen = false;
  const text = a.canon
    .replace(PRAISE_FIRE, (m) => {
      seen = true;
      return ' '.repeat(m.length);
    })
    .replace(OWN_CAR, (m) => ' '.repeat(m.length));
  MENACE.lastIndex = 0;
  for (let m = MENACE.exec(text); m !== null; m = MENACE.exec(text)) {
    if (!SPORT_IDIOMS.has(m[0])) return menace();
    AIMED_AT.lastIndex = m.index + m[0].length;
    if (AIMED_AT.test(text) || !inSportContext(a, m.index)) return menace();
    seen = true;
  }
  return seen || MEETING.test(text) || ANY_MENACE_WORD.test(text) ? 'ordinary' : 'none';
}

/** Direct address. */
const DIRECT = new Set(['you', 'your', "you're", 'yourself', 'ya', 'yall', "y'all", 'ye', 'yous', '@user']);

/** Words aimed at a person: the model's abuse signal needs one of these. */
const AIMED = new Set([
  'you',
  'your',
  "you're",
  'yourself',
  'ya',
  'yall',
  "y'all",
  'he',
  'she',
  'him',
  'her',
  'they',
  'them',
  "he's",
  "she's",
  "they're",
  'his',
  'their',
  '@user',
  '@staff',
  'teacher',
  'teachers',
  'head',
  'staff',
  'people',
  'kid',
  'kids',
  'girls',
  'boys',
  'parents',
  'everyone',
  'this guy',
  'guy',
  'man',
  'woman',
  'women',
  'men',
]);

/** Everything the classifier computed, for the evaluation and training scripts. */
export interface Classification {
  findings: Finding[];
  /**
   * Offensive-model probability (null when the model could not matter, when a bound on its score
   * shows it could not reach its threshold, or when none is shipped).
   */
  offensive: number | null;
  /** True when the post names or addresses someone (model abuse needs it). */
  aimed: boolean;
  /** Lexicon signals fed to the model. */
  lex: LexSignals;
}

function sentimentSignals(
  a: Analysis,
  profane: ReadonlySet<string>,
): { lex: Pick<LexSignals, 'afinnNeg' | 'afinnPos'>; disparaging: number; negatives: Set<string> } {
  // The phrase `sentiment` scores is the post's words; only scored words and the word before each
  // (whose last token may negate them) can change the result, so only those are passed: the same
  // calculation, on a few words instead of every one. Its tokenizer splits a phrase of words joined
  // by spaces into each word's tokens in turn, so the phrase's tokens are those of its words, kept
  // per word; and what analyze() does with them is inlined below (same labels, same scoring
  // strategy, same order), which spares it re-splitting the phrase with four regular expressions.
  const toks: string[] = [];
  let seen = 0;
  let prev: Token | null = null; // the last word that gives sentiment a token
  let prevWord = '';
  let prevIndex = -1;
  let lastPut = -1;
  for (let i = 0; i < a.tokens.length && seen < 2000; i++) {
    const t = a.tokens[i];
    if (!t || (t.kind !== 'word' && t.kind !== 'symbol')) continue;
    seen++;
    const w = t.norm.includes(' ') ? t.norm.replace(/ /g, '_') : t.norm;
    const scored = scoredOf(t, w);
    if (scored === Scored.Vanishes) continue;
    if (scored === Scored.Scored) {
      if (prevIndex > lastPut && prev !== null) for (const x of tokensOf(prev, prevWord)) toks.push(x);
      for (const x of tokensOf(t, w)) toks.push(x);
      lastPut = i;
    }
    prev = t;
    prevWord = w;
    prevIndex = i;
  }
  let afinnNeg = 0;
  let afinnPos = 0;
  let disparaging = 0;
  const negatives = new Set<string>();
  // sentiment's analyze(): every labelled token, last first, through the language's scoring strategy
  for (let k = toks.length - 1; k >= 0; k--) {
    const word = toks[k] as string;
    if (!Object.hasOwn(SCHOOL_LABELS, word)) continue;
    const label = SCHOOL_LABELS[word] as number;
    const score = SCORING ? SCORING.apply(toks, k, label) : label;
    if (score < 0) afinnNeg += score;
    else afinnPos += score;
    if (!profane.has(word) && !HARM_WORDS.has(word)) {
      disparaging += score;
      if (score < 0) negatives.add(word);
    }
  }
  return { lex: { afinnNeg, afinnPos }, disparaging, negatives };
}

/**
 * Words that carry no meaning of their own: a model may weigh them ("I'll", "your" are the shape of
 * many threats) but quoting them to a Principal explains nothing.
 */
export const FUNCTION_WORDS = words(`
a an the and or but so if then than as of to in on at by for from with about into onto over after
before up down out off is are was were be been being am i me my we us our you your u ur he him his
she her they them their it its this that these those there here what who which when where how will
would shall should can could may might must do does did have has had not no just i'll i'm i'd ive
i've we'll we're you'll you're he'll she'll they'll it's that's im ill id gonna going wanna
there's here's what's where's who's let's he's she's they're we've they've you've
`);

/**
 * A model finding's evidence: its strongest n-grams, each span once, those with a word of meaning
 * first (only function words when the model had nothing else).
 */
function modelEvidence(a: Analysis, s: ModelScore): Evidence[] {
  const seen = new Set<string>();
  const meaningful: Evidence[] = [];
  const bare: Evidence[] = [];
  for (const c of s.top) {
    const { first, last } = c.source;
    const key = `${first}:${last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    let content = false;
    for (let k = first; k <= last && !content; k++) {
      const t = a.tokens[k];
      if (t !== undefined && t.kind !== 'punct' && !(t.kind === 'word' && FUNCTION_WORDS.has(t.norm)))
        content = true;
    }
    (content ? meaningful : bare).push(evidenceTokens(a, first, last, 'model n-gram'));
  }
  return (meaningful.length > 0 ? meaningful : bare).slice(0, 3);
}

/** What the rules found, before the model: also the input of training and evaluation. */
export interface PostSignals {
  readonly analysis: Analysis;
  readonly source: ClassifyInput['source'];
  readonly hits: Map<ContentKind, Hit>;
  readonly lex: LexSignals;
  /** True when the post names or addresses someone (the model's abuse signal needs it). */
  readonly aimed: boolean;
  /** True when the post addresses someone directly ("you", "@someone"). */
  readonly direct: boolean;
}

/** Kinds that already explain a post's offensiveness: the model adds no abuse finding then. */
const EXPLAINED: readonly ContentKind[] = ['threat', 'safeguarding', 'profanity', 'disparaging', 'abuse'];

/** Extra confidence the model needs when the post is not addressed to someone directly. */
export const INDIRECT_MARGIN = 0.2;

/**
 * Does the model's probability `p` make this post abusive? Shared with the trainer, which picks
 * `threshold` by cross-validation on this exact rule.
 */
export function modelSaysAbuse(s: PostSignals, p: number, threshold: number): boolean {
  if (!modelCanMatter(s)) return false;
  if (!s.direct && RE_NOT_THE_WRITERS.test(s.analysis.canon)) return false;
  if (RE_OWN_CHILD.test(s.analysis.canon)) return false;
  // "I'll kill you if you eat my crisps again 😂": play (rules/threat.ts playfulHarm)
  if (playfulHarm(s.analysis)) return false;
  return p >= threshold + (s.direct ? 0 : INDIRECT_MARGIN);
}

/** A parent's word for their own child ("my lad is a nightmare in the mornings"): no abuse, however addressed. */
const RE_OWN_CHILD =
  /(?<![^ ])(?:my|our) (?:son|daughter|lad|boy|girl|kid|kids|child|children|teen|teens|twins) (?:is|are|was|were|'s|can be) (?:such )?(?:an? )?(?:absolute |total |right |little )?(?:nightmare|terror|menace|monster|pain|handful|nutter|muppet|idiot|div|wind up|pest)(?![^ ])/;
/**
 * Insults that are not the writer's, in a post addressed to nobody: one reported ("my son called his
 * teacher an idiot", "someone called my daughter fat") or a part in a play ("played the ugly
 * sisters"). The rules still find a slur or an identity attack in them; the n-gram model stays out.
 */
const RE_NOT_THE_WRITERS =
  /(?<![^ ])(?!(?:i|we|i've|we've|i'd) )[^ .]+ (?:called|calls|calling|was calling|were calling|has called|had called) (?:[^ .]+ ){1,3}(?:an? )?[^ .]+|(?<![^ ])(?:played|playing|plays|play|cast as|dressed as) (?:the|a|an) (?:[^ .]+ ){0,2}(?:sisters|sister|witch|witches|villain|villains|wolf|giant|troll|trolls|ogre|monster|monsters|queen|king|baddie|baddies)(?![^ ])/;

/**
 * Could the model's probability change the findings? Only for a post aimed at someone, with
 * negative or insulting words, that no rule has already explained. Otherwise classify() skips
 * the model entirely (it is the most expensive step).
 */
export function modelCanMatter(s: PostSignals): boolean {
  if (!s.aimed) return false;
  for (const k of EXPLAINED) if (s.hits.has(k)) return false;
  const negative =
    s.lex.afinnNeg < 0 ||
    s.lex.profanity > 0 ||
    s.analysis.tokens.some((t) => INSULT_NOUNS.has(t.norm) || INSULT_ADJS.has(t.norm));
  return negative;
}

/** modelCouldSayAbuse's bound, reused. */
const modelBound = new Float64Array(1);

/**
 * Could the model's probability reach modelSaysAbuse's bar? An upper bound on its score from the
 * post's ungrouped features (features.ts linearBounds) settles most posts without building the
 * feature vector; the margin absorbs rounding differences.
 */
function modelCouldSayAbuse(s: PostSignals, head: Head): boolean {
  linearBounds(s.analysis, s.lex, linearOfHead(head, MODEL.bits), modelBound);
  const bound = head.bias + (modelBound[0] as number);
  return 1 / (1 + Math.exp(-bound)) >= head.threshold + (s.direct ? 0 : INDIRECT_MARGIN) - 1e-9;
}

/** Keep a rule's hit when its kind applies to the source (a plain function: ruleSignals runs per post). */
function putHit(hits: Map<ContentKind, Hit>, source: ClassifyInput['source'], h: Hit | null): void {
  if (h && APPLIES[h.kind].includes(source)) hits.set(h.kind, h);
}

/** Normalise, tokenise and run every rule (no model). */
export function ruleSignals(input: ClassifyInput, context?: ClassifyContext): PostSignals {
  const text = typeof input.text === 'string' ? input.text : '';
  const source = input.source === 'official' ? 'official' : 'mention';
  const a = analyze(text, context);
  const profane = profaneTokens(a);
  // the profane words, then the tokens they were found in (built without intermediate arrays)
  const profaneWords = new Set<string>();
  for (const p of profane) profaneWords.add(p.word);
  for (const p of profane) profaneWords.add(a.tokens[p.index]?.norm ?? '');
  const senti = sentimentSignals(a, profaneWords);

  const hits = new Map<ContentKind, Hit>();
  putHit(hits, source, detectThreat(a));
  putHit(hits, source, detectSafeguarding(a));
  // a weapon threat aimed at pupils puts children at risk: the DSL must know too
  const threat = hits.get('threat');
  if (threat && !hits.has('safeguarding') && WEAPON_RULES.has(threat.rule) && PUPILS.test(a.canon)) {
    putHit(hits, source, {
      kind: 'safeguarding',
      rule: 'safeguarding.weapon_threat',
      score: clamp01(threat.score - 0.05),
      evidence: threat.evidence,
      explanation: explain(a, 'A weapon threat that puts pupils at risk', threat.evidence),
    });
  }
  putHit(hits, source, detectAbuse(a));
  putHit(hits, source, detectProfanity(a, profane));
  putHit(
    hits,
    source,
    detectDisparaging(a, { profane: profaneWords, sentiment: senti.disparaging, negatives: senti.negatives }),
  );
  if (source === 'mention') putHit(hits, source, detectMedia(a));
  if (source === 'official') {
    putHit(hits, source, detectPersonalData(a));
    putHit(hits, source, detectPupilId(a));
    const sol = detectSolicitation(a);
    putHit(hits, source, sol.hit);
    putHit(hits, source, detectSensitive(a, { campaigning: sol.campaigning }));
  }
  let aimed = false;
  let direct = false;
  for (const t of a.tokens) {
    if (AIMED.has(t.norm)) aimed = true;
    if (DIRECT.has(t.norm)) direct = true;
  }
  const rules: string[] = [];
  for (const h of hits.values()) rules.push(h.kind, h.rule);
  if (direct) rules.push('direct');
  // built field by field: a spread here cost more than the rest of this function
  const lex: LexSignals = {
    afinnNeg: senti.lex.afinnNeg,
    afinnPos: senti.lex.afinnPos,
    profanity: profane.length,
    rules,
  };
  return { analysis: a, source, hits, lex, aimed, direct };
}

/** The model's feature vector for a post (training uses the full 2^20 buckets). */
export function modelFeatures(s: PostSignals, bits = MODEL.bits): FeatureVector {
  return extractFeatures(s.analysis, s.lex, bits);
}

/** Run every detector and the model; return findings plus the signals behind them. */
export interface ClassifyOptions {
  /** The school heads to consult (school-model.ts); null for the rules and the offensive model alone (training). */
  schoolModel?: SchoolModel | null;
}

export function classifyDetailed(
  input: ClassifyInput,
  context?: ClassifyContext,
  options: ClassifyOptions = {},
): Classification {
  const school = options.schoolModel === undefined ? SCHOOL_MODEL : options.schoolModel;
  const signals = ruleSignals(input, context);
  const { analysis: a, source, hits, aimed, lex } = signals;
  let offensive: number | null = null;
  // the n-gram model: abuse on real-world text, when the post is aimed at someone
  const head = MODEL.heads.offensive;
  if (head && modelCanMatter(signals) && modelCouldSayAbuse(signals, head)) {
    const fv = modelFeatures(signals);
    const s = scoreHead(head, fv);
    offensive = s.p;
    if (modelSaysAbuse(signals, s.p, head.threshold)) {
      const ev = modelEvidence(a, s);
      if (ev.length > 0) {
        hits.set('abuse', {
          kind: 'abuse',
          rule: 'abuse.model',
          score: clamp01(s.p),
          evidence: ev,
          explanation: 'Offensive language aimed at someone (n-gram model).',
        });
      }
    }
  }

  // the school heads (school-model.ts): other wordings of the situations the rules know; they only
  // add a kind no rule found, above the head's cross-validated threshold
  const unexplained =
    school === null
      ? []
      : SCHOOL_KINDS.filter(
          (k) => school.heads[k] !== undefined && !hits.has(k) && APPLIES[k].includes(source),
        );
  if (school !== null && unexplained.length > 0 && a.tokens.length > 0) {
    for (const s of schoolHits(a, lex, unexplained, school)) {
      // a threat is critical (the Principal and the CEO at once): the head must have a menace word to
      // stand on, not only the shape of one ("I'll be waiting outside the gates at 3 to pick her up"),
      // unless it is sure of itself (its threshold without one, chosen out of fold at higher precision:
      // "a few of us have got nothing left to lose, Mr Hale should bear that in mind"); headGate
      const gate = headGate(s.kind, a);
      if (gate === 'shut') continue;
      if (gate === 'bare' && s.p < (school.heads[s.kind]?.thresholdWithoutMenace ?? Infinity)) continue;
      const ev = modelEvidence(a, s);
      if (ev.length === 0) continue;
      hits.set(s.kind, {
        kind: s.kind,
        rule: `${s.kind}.school`,
        score: clamp01(s.p),
        evidence: ev,
        explanation: `Reads like ${KIND_PHRASE[s.kind]}: ${ev.map((e) => `"${e.text}"`).join(', ')} (school model).`,
      });
    }
  }

  // profanity in a mention "adds weight" to abuse and disparaging
  const prof = hits.get('profanity');
  if (source === 'mention' && prof) {
    for (const k of ['abuse', 'disparaging'] as const) {
      const h = hits.get(k);
      if (h) {
        h.score = clamp01(h.score + 0.1);
        h.evidence = mergeEvidence([...h.evidence, ...prof.evidence]);
      }
    }
  }

  const findings: Finding[] = [...hits.values()].map((h) => ({
    kind: h.kind,
    severity: severityOf(h.kind, source),
    score: clamp01(h.score),
    evidence: h.evidence,
    rule: h.rule,
    // every explanation quotes the post's own words (rules that do not quote get their evidence)
    explanation: h.explanation.includes('"') ? h.explanation : explain(a, h.explanation, h.evidence),
  }));
  findings.sort((x, y) => SEVERITY_RANK[y.severity] - SEVERITY_RANK[x.severity] || y.score - x.score);
  return { findings, offensive, aimed, lex };
}

/** The classifier port (lib/domain/finding.ts): at most one finding per kind, most urgent first. */
export const classify: Classifier = (input, context) => classifyDetailed(input, context).findings;
