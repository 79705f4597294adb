/**
 * threat, by converging cues: the last resort of rules/threat.ts, for the threats no set phrase
 * covers ("knife in my locker, names on my list. kingsmead isn't ready for monday", "someones
 * getting poked 2day at lunch behind the mobiles", "whole of year 10 gettin smoked friday, we got the
 * ting ready").
 *
 * Such a post says little in any one phrase; what marks it is that several independent cues meet in
 * it. Each word or phrase of the post may name one of:
 *  - WEAPON: a weapon, in plain words, slang or emoji ("blade", "strap", "ting", 🔪);
 *  - VIOLENCE: harm done to a body or a building, mostly in slang ("poked", "chinged", "rushed",
 *    "smoked", "done in", "battered", "burnt down");
 *  - TARGET: a person (a pronoun, a member of staff, "whoever") or the school;
 *  - WHEN_WHERE: a time or a place to meet ("2day", "period 5", "after school", "behind the mobiles",
 *    "by the canal");
 *  - INTENT: what is about to happen ("gonna", "getting", "will", "next time", "we got … ready");
 *  - MENACE: what a writer says to be believed ("not a joke", "fr fr", "wallahi", "on my list", "count
 *    on it", "isn't ready", 👀).
 * A threat is found when enough of them meet, with a weapon or violence among them:
 *   weapon + (target or time/place) + (intent or menace), or
 *   violence + target + time/place + intent, or
 *   violence + menace + (target or time/place).
 * Guards: sport and games, lessons and stories (history, drama, films, books, awareness talks), a
 * negation before the violence, and safety notices ("knife amnesty", "police will be at the gates").
 * The score (0.5 to 0.75) sits below most set phrases', and cueThreat runs only when no set phrase
 * matched, so their explanation is the one shown.
 */
import { alt, words } from '../lexicon';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';
import {
  E,
  T,
  evidenceAt,
  evidenceTokens,
  hasJoke,
  inSportContext,
  matchAll,
  negatedBefore,
  RE_TOOL_USE,
  rx,
} from './common';

/** Cue kinds, as bits. */
const Cue = {
  Weapon: 1,
  Violence: 2,
  Target: 4,
  WhenWhere: 8,
  Intent: 16,
  Menace: 32,
  SlangWeapon: 64,
} as const;
type Cue = number;

/** Single words and their cue. */
const WORD_CUES = new Map<string, Cue>();
const add = (cue: Cue, list: string): void => {
  for (const w of words(list)) WORD_CUES.set(w, (WORD_CUES.get(w) ?? 0) | cue);
};
add(
  Cue.Weapon,
  `knife knives blade blades machete machetes gun guns pistol shotgun rifle axe crowbar acid molotov
  bomb bombs explosive explosives 🔪 🗡️ 🗡 🔫 💣 🧨 🪓`,
);
// slang that also means ordinary things ("my bag strap", "the ting is"): it counts as a weapon only
// with menace or violence beside it
add(Cue.SlangWeapon, `shank shanks strap straps ting skeng skengs shotty burner`);
add(
  Cue.Violence,
  `stab stabbed stabbing shanked poke poked poking ching chinged chingin chinging cheffed merk merked
  murk murked rushed jumped batter battered leather leathered bodied decked sparked glassed slashed
  bleed bleeding 🩸 💥 ⚰️`,
);
add(
  Cue.Target,
  `@staff @org he she him her they them you u ya yall y'all whoever anyone everyone teacher teachers
  head headteacher principal deputy staff senco caretaker receptionist school academy building`,
);
add(
  Cue.WhenWhere,
  `today 2day tonight 2nite tonite tomorrow tmrw tmr tmoz 2moro monday tuesday wednesday thursday
  friday mon tues wed thurs fri lunch lunchtime break gates gate canal rec park field toilets toilet
  mobiles locker lockers alley alleyway underpass outside behind`,
);
add(Cue.Intent, `gonna gunna imma ima getting gettin bout finna ready`);
add(Cue.Menace, `wallahi deadass frfr 👀 😈 🤫`);

/**
 * Words one of which a post needs before cueThreat can find anything: the weapons and violence, and
 * the words of the insinuation markers (rules/threat.ts adds them to its pre-check).
 */
export const CUE_ANCHORS: ReadonlySet<string> = new Set([
  ...[...WORD_CUES]
    .filter(([, c]) => (c & (Cue.Weapon | Cue.Violence | Cue.SlangWeapon)) !== 0)
    .map(([w]) => w),
  ...words(
    'saying advice case reasons friend world trust heard business told chance know still date 🙂 😉 🤫 👀 😈',
  ),
]);

/** Cues that take more than one word. */
const PHRASE_CUES: [Cue, RegExp][] = [
  [
    Cue.WhenWhere,
    rx(
      `${T}(?:period \\d|p\\d|after school|afta school|home time|hometime|bus station|bus stop|car park|back field|behind the [^ .]+|by the [^ .]+|in (?:his|her|my|their) (?:sock|socks|bag|blazer|pocket|waistband))${E}`,
    ),
  ],
  [Cue.Intent, rx(`${T}(?:going to|about to|on the way|we got|we've got|i've got|is ready|are ready)${E}`)],
  [
    Cue.Violence,
    rx(
      `${T}(?:done in|beaten up|beat up|knocked out|sparked out|banged out|kicked in|burnt down|burned down|burn down|set alight|wiped out|put in hospital)${E}`,
    ),
  ],
  [
    Cue.Menace,
    rx(
      `${T}(?:not a joke|no joke|not joking|i'm not joking|fr fr|for real|on my mum|on my life|swear down|i swear|count on it|on my list|my list|a list|names on|(?:isn't|isnt|aint|ain't|not) ready|won't be there|wont be there|might not be there|won't know what|you'll see|you will see|wait and see|watch this space|you've been warned|be ready|last warning|remember this|mark my words)${E}`,
    ),
  ],
];

/** Violence that sport also says of winning: "we battered them 5-0", "they got bodied in the final". */
const SPORTY = words(
  'batter battered leather leathered bodied rushed jumped decked merked murk murked merk 💥',
);

/** A weapon word that names no weapon: "gun control", "bomb shelter", "knife crime", "acid test". */
export const RE_WEAPON_COMPOUND =
  /(?<![^ ])(?:gun|guns|knife|knives|bomb|bombs|acid|blade|blades) (?:control|laws|law|rights|ownership|owners|lobby|violence|crime|crimes|shelter|squad|disposal|test|rain|attack victims|fight)(?![^ ])|(?<![^ ])(?:nra|second amendment|2nd amendment)(?![^ ])/;

/** "fr" is "for real" only at the end of a clause ("… at lunch fr"), not "fr" as French or from. */
const RE_FR_END = /(?<![^ ])fr(?= [.,!?]| fr|$)/;

/** Video games, where violence is play (also rules/threat.ts: "get merked in fortnite"). */
export const GAME_WORDS = [
  'game',
  'games',
  'gaming',
  'fortnite',
  'minecraft',
  'roblox',
  'cod',
  'warzone',
  'gta',
  'xbox',
  'ps5',
];

/** Readings in which weapons and violence are not meant: lessons, stories, games, safety. */
const RE_NOT_MEANT = new RegExp(
  `(?<![^ ])(?:${alt([
    'history',
    'lesson',
    'lessons',
    'drama',
    'play',
    'rehearsal',
    'rehearsals',
    'macbeth',
    'romeo',
    'shakespeare',
    'novel',
    'book',
    'books',
    'chapter',
    'film',
    'movie',
    'episode',
    'series',
    'netflix',
    ...GAME_WORDS,
    'awareness',
    'amnesty',
    'workshop',
    'assembly',
    'talk',
    'police will',
    'safety',
    'first aid',
    'science',
    'experiment',
    'chemistry',
    'cooking',
    'food tech',
    'baking',
    'bonfire',
    'fireworks',
    'guy fawkes',
    'halloween',
    'costume',
    'nerf',
    'water gun',
    'water pistol',
    'paintball',
    'laser tag',
    'cricket',
    'rounders',
    'baseball',
    'condemn',
    'condemns',
    'appalled',
    'horrified',
    'reported it',
    'called the police',
    'rip',
    'condolences',
    'sadly',
  ])})(?![^ ])`,
);

/**
 * Insinuated menace: a marker of knowing menace ("just saying", "friendly advice", "asking for
 * reasons", "small world", 🙂 🤫 👀) beside what someone has found out about a person's reach
 * (their address, route home, when they lock up, an empty house, the staff list), aimed at a person or
 * the school: "anyone know what time the caretaker locks up? asking for reasons 🙂".
 */
const RE_MARKER = rx(
  `${T}(?:just saying|only saying|friendly advice|just in case|asking for reasons|asking for a friend|small world|trust me on this|heard things|not my business|consider (?:yourself|yourselves) told|last chance|you know who you are|i still have|just need a date|🙂|😉|🤫|👀|😈)${E}`,
);
const RE_REACH = rx(
  `${T}(?:(?:her|his|their|the head's|the teacher's) (?:address|route|route home|way home|house|home|kids|children|car|dog|holiday dates)|vary (?:his|her|their|your) route|what time (?:[^ .]+ ){0,4}(?:locks up|leaves|finishes|gets home|walks|goes home)|empty house|empty houses|staff list|printed (?:off|out) (?:her|his|their) (?:address|details|photo|photos)|where (?:[^ .]+ ){0,4}(?:lives|parks|walks))${E}`,
);

export interface CueThreat {
  score: number;
  evidence: Evidence[];
}

/** Insinuated menace (RE_MARKER + RE_REACH: the reach names its person), or null. */
function insinuated(a: Analysis): CueThreat | null {
  const marker = matchAll(a, RE_MARKER, 1)[0];
  if (!marker) return null;
  const reach = matchAll(a, RE_REACH, 1)[0];
  if (!reach || RE_NOT_MEANT.test(a.canon) || RE_KNOWN_KINDLY.test(a.canon)) return null;
  return {
    score: hasJoke(a) ? 0.5 : 0.65,
    evidence: [evidenceAt(a, reach.cs, reach.ce, 'reach'), evidenceAt(a, marker.cs, marker.ce, 'menace')],
  };
}

/**
 * Someone the writer knows kindly: "I know where he lives, he's my neighbour". Narrower than the list
 * threat.ts reads after "I know where they live" (which adds relatives, "same street"): this one is
 * tested on the whole post, where "my brother and I know where he lives" can still be a threat.
 */
const RE_KNOWN_KINDLY =
  /(?<![^ ])(?:neighbour|neighbours|neighbor|next door|lovely man|lovely woman|lovely lady|took in our parcels)(?![^ ])/;

/** Video games, where guns and kills are play. */
const RE_GAME_TALK = new RegExp(`(?<![^ ])(?:${alt([...GAME_WORDS, 'call of duty', '🎮'])})(?![^ ])`);

/** A threat by converging cues, or null. */
export function cueThreat(a: Analysis): CueThreat | null {
  let found = 0;
  let sportyAt = -1;
  const ev: Evidence[] = [];
  const n = Math.min(a.tokens.length, 400);
  for (let i = 0; i < n; i++) {
    const t = a.tokens[i];
    if (!t) continue;
    const c = WORD_CUES.get(t.norm);
    if (c === undefined) continue;
    if (c & (Cue.Weapon | Cue.Violence | Cue.SlangWeapon)) {
      if (negatedBefore(a, a.tokStart[i] ?? 0, 3)) continue;
      if (sportyAt < 0 && SPORTY.has(t.norm)) sportyAt = i;
      if (ev.length < 4) ev.push(evidenceTokens(a, i, i, c & Cue.Violence ? 'violence' : 'weapon'));
    }
    found |= c;
  }
  if (!(found & (Cue.Weapon | Cue.Violence | Cue.SlangWeapon))) return insinuated(a);
  for (const [cue, re] of PHRASE_CUES) {
    if (found & cue) continue;
    re.lastIndex = 0;
    if (re.test(a.canon)) found |= cue;
  }
  if (RE_FR_END.test(a.canon)) found |= Cue.Menace;
  const has = (c: Cue): boolean => (found & c) !== 0;
  const violence = has(Cue.Violence);
  const weapon =
    (has(Cue.Weapon) && !RE_WEAPON_COMPOUND.test(a.canon)) ||
    (has(Cue.SlangWeapon) && (has(Cue.Menace) || violence));
  const aimed = has(Cue.Target) || has(Cue.WhenWhere);
  let score = 0;
  if (weapon && aimed && (has(Cue.Intent) || has(Cue.Menace))) score = has(Cue.Menace) ? 0.75 : 0.65;
  else if (violence && has(Cue.Target) && has(Cue.WhenWhere) && has(Cue.Intent)) score = 0.65;
  else if (violence && has(Cue.Menace) && aimed) score = 0.7;
  if (score === 0) return insinuated(a);
  if (RE_NOT_MEANT.test(a.canon)) return null;
  if (sportyAt >= 0 && inSportContext(a, a.tokStart[sportyAt] ?? 0)) return null;
  // skates' blades, a cricket bat, a game's guns (🎮🔫): the weapon words name no weapon
  if (!violence && (RE_TOOL_USE.test(a.canon) || RE_GAME_TALK.test(a.canon))) return null;
  if (hasJoke(a)) score -= 0.15;
  if (score < 0.5) return null;
  return { score, evidence: ev };
}
