/**
 * threat: someone intends harm to a person or the school (SUAT §11, CT §5.1).
 *
 * A threat is intent + harm + target, not a word list. The patterns are:
 *  - intent_harm: a first-person / collective / "someone should" intent, then a harm verb, then a
 *    person ("I'll batter him", "someone should stab that teacher");
 *  - bodily: intent + "break/smash" + a body part ("I'll break his jaw");
 *  - arson / attack on a place: burn down, torch, set fire to, blow up, shoot up (+ a place,
 *    the school, or a time);
 *  - weapon: bringing / carrying a weapon with a place or time ("bringing a knife to the gates");
 *  - veiled: the set idioms of menace ("watch your back", "I know where she lives", "you'll
 *    regret it", "deserves a beating", "sleep with one eye open", "his tyres are getting slashed");
 *  - conditional: "if they exclude her … I'm coming down there and …" (condition + first-person
 *    arrival + menace);
 *  - report: a threat, weapon or bomb reported AT the school ("police say a man threatened staff
 *    at Kingsmead"); news about violence with no school target is not flagged.
 *  - situation families (FAMILIES): warnings to keep children away ("don't send your kids in
 *    tomorrow", with a time or a menace cue and no illness/snow/strike reason), devices "set to go
 *    off" or "ticking", forecasts of violence ("going to be a bloodbath", "a gun at the school on
 *    Friday", "all over the news"), "something big is going to happen" with a warning, waiting
 *    outside for someone, menace idioms ("won't see it coming", "looking over his shoulder"),
 *    knowing a person's movements, arson without the word fire (petrol poured, "set … alight",
 *    "go up nicely", "would burn lovely"), no one always there to protect someone ("won't always have
 *    the cameras watching him"), "I'd keep the doors locked if I were them", a way home made lonely
 *    beside a grievance ("lonely stretch that. Take care x"), gun slang with a carrying verb, conditional threats about school decisions
 *    ("if they exclude him … there will be consequences for the head"), mock concern ("be a shame
 *    if …", "people like her have accidents"), "he's getting battered", "smash his face in",
 *    harm wished ("put him in the ground", "teach her a lesson"), retaliation ("touch my sister
 *    again and …"), fights arranged with weapon emoji (or beside drill's words for rivals and raids);
 *    and (2026-12-02) beatings as nouns ("getting a proper kicking"), drill slang ("get shanked on
 *    sight"), injuries in the plural ("start cracking skulls"), "he'll need an ambulance", a device
 *    "in" the school or "evacuate … by 10" with a warning, "torch X", damage to cars and buildings,
 *    menace about going home ("has to leave that building every night", "see how brave he is
 *    when…"), finding or publishing where someone lives; and (2026-12-04) grievances long
 *    remembered ("people round here have long memories"), the exits of a crowded event, a
 *    building's insurance, the school's accounts held to ransom, a bomb or a brick beside the
 *    school in emoji alone; and (2026-12-04, fourth session) idioms of menace ("laughing on the other
 *    side of your face", "made an enemy of the wrong family", "something's going to happen to Miss
 *    X"), harm by others welcomed ("someone's going to give him a proper hiding", "wouldn't blame him
 *    for anything that happened to X"), a weak spot pointed out slyly ("fun fact: no cameras round the
 *    back 🙂"), vigilante intent ("sort it before we do"), staff asked about at the pub, warnings to
 *    stay away after dark or get a lift home, "don't be surprised when it 'accidentally' has a fire",
 *    "be nice if it stayed that way", karma and "your turn's coming"; the ambiguous ones only beside
 *    a grievance, a sly coda or a menace cue (VEILED_CONTEXT); and, later that session, from the misses
 *    of the first training file, a device ("check under her car", a bag that "is not lost
 *    property", "something ticking"), exits that "chain up easy", one spark by the gas tanks, "a trip
 *    to A&E", "going in the canal", "I'll show you what trouble looks like", "a week she won't
 *    forget", "things tend to happen to people who…", "he'll get his", the names of staff wanted by
 *    someone out of prison, "consequences for everyone inside", "see you at the gates" beside a
 *    weapon, tyres popped, kids kept off a named school tomorrow;
 * Explanations quote the post's own words (common.ts explain()).
 * Guards: idioms ("killed it", "smashed the quiz", "I'd kill for a coffee", "dying of laughter",
 * "shoot for the stars", "fire drill"), sports/performance context for smash/kill/murder/batter,
 * and negation ("nobody is going to hurt", "I would never hurt"); a threat passed on only to be
 * disowned (disowned: the writer's own voice is what lies outside quotes); and a threat quoted from
 * the writer's family or friends at home, with a laugh (saidAtHome: "my nan texted 'I know where you
 * live' 😂").
 */
import { ADULT_ROLES, FAMILY_ROLES, alt } from '../lexicon';
import {
  E,
  PERSON_REF,
  anchors,
  PLACES,
  T,
  TIMES,
  clamp01,
  evidenceOf,
  explain,
  gap,
  hasAny,
  hasJoke,
  inSportContext,
  matchAll,
  mergeEvidence,
  negatedBefore,
  NEGATORS,
  rx,
  RE_TOOL_USE,
  anchoredRx,
  firstWords,
  matchAnchored,
} from './common';
import type { Anchored, Hit, Match } from './common';
import { tokenAt } from '../tokens';
import type { Analysis } from '../tokens';
import { CUE_ANCHORS, GAME_WORDS, RE_WEAPON_COMPOUND, cueThreat } from './threat-cues';
import type { Evidence } from '../../domain/finding';

const INTENT_LIST = [
  "i'll",
  'ill',
  'i will',
  "i'm gonna",
  "i'm going to",
  "i'm going ta",
  'gonna',
  'going to',
  'imma',
  "i'mma",
  "we'll",
  'we will',
  "we're gonna",
  "we're going to",
  'were gonna',
  "i'd",
  'id',
  'i would',
  'i want to',
  'i wanna',
  'wanna',
  'ready to',
  'about to',
  'swear i',
  'let me',
  "let's",
  'lets',
  'i could',
  'someone should',
  'someone needs to',
  'someone ought to',
  'someone gotta',
  'somebody should',
  'somebody needs to',
  'someone should just',
  'someone needs to just',
  'who wants to',
  "who's in on",
  'whos in on',
  'u wanna',
  'you wanna',
  'gotta',
  'need to',
];
const INTENT = alt(INTENT_LIST);

/**
 * "catch them": a person to be caught (a pronoun, or an adult outside the family: the teacher, that
 * head), not a thing, a child being collected or a parent spoken to at the gates ("get the kids at
 * home time", "catch the bus outside", "find your lost property in the car park", "I'll catch your
 * mum at the gates about the party").
 */
/** Adults outside a child's family: the people a threat is aimed at (a parent at the gates is not). */
const OUTSIDE_ADULTS = alt([...ADULT_ROLES].filter((r) => !FAMILY_ROLES.has(r)));
const CAUGHT_PERSON = `(?:him|her|them|you|u|yall|y'all|@staff|@user|(?:ur|your|that|the|this|his|their) (?:[^ .]+ )?${OUTSIDE_ADULTS})`;
/** Where someone is caught alone: menacing after any of catch, get, find, wait for, see, meet. */
const LYING_IN_WAIT = [
  'on the way home',
  'in the dark',
  'alone',
  'one day',
  'one night',
  'round the back',
  'behind',
];
/**
 * Where people are caught every day: menacing after catch / get / find / wait for, but an arrangement
 * after see or meet ("I'll meet you at the gates at 3").
 */
const WAYLAY_PLACES = [
  'in the car park',
  'in the carpark',
  'car park',
  'outside',
  'at the gates',
  'after school',
  'at home',
];

/** Harm verbs that take a person as object. */
const HARM_PERSON_STRONG = alt([
  'kill',
  'killing',
  'murder',
  'murk',
  'stab',
  'stabbing',
  'shank',
  'shoot',
  'shooting',
  'strangle',
  'choke',
  'batter',
  'beat up',
  'beat',
  'punch',
  'kick',
  'slap',
  'smack',
  'hurt',
  'harm',
  'attack',
  'jump',
  'rape',
  'glass',
  'bottle',
  'knock out',
  'sort out',
  'deal with',
  'do in',
  'end',
  'finish',
  'hit',
  'run over',
  'torture',
  'cut',
  'slash',
  'throw acid at',
  'acid',
  'burn',
  'bury',
  'break',
  'smash',
  'knife',
  'destroy',
  'drag',
  'throttle',
  'deck',
  'chin',
  'lamp',
  'headbutt',
  'nut',
  'thump',
  'whack',
  'wallop',
  'twat',
  'stamp on',
  'batter',
]);
/**
 * "get" threatens only with a person or their body right after it ("I'm going to get him", "gonna
 * get his head kicked in"); "going to get a grip of Oakfield" or "get the school sorted" is not harm.
 */
const HARM_PERSON = `(?:${HARM_PERSON_STRONG}|get(?= (?:(?:him|her|them|you|u|ya|yous|@user|@staff)(?![^ ])|(?:his|her|their|your|ur|ya) (?:head|face|teeth|jaw|nose|legs|skull|ribs|knees|heads|faces)(?![^ ]))))`;

/** Verbs whose object needs no pronoun to be a threat when it is a name ("I'll stab Dave"). */
const VERY_STRONG = new Set([
  'throttle',
  'headbutt',
  'stamp on',
  'kill',
  'killing',
  'murder',
  'murk',
  'stab',
  'stabbing',
  'shank',
  'shoot',
  'shooting',
  'strangle',
  'rape',
  'torture',
  'acid',
  'throw acid at',
  'knife',
  'bury',
  'batter',
  'beat up',
  'run over',
  'glass',
  'bottle',
]);

const BODY = alt([
  'jaw',
  'legs',
  'leg',
  'arms',
  'arm',
  'nose',
  'neck',
  'face',
  'head',
  'skull',
  'teeth',
  'fingers',
  'ribs',
  'knees',
  'kneecaps',
  'back',
  'windows',
  'window',
  'car',
  'windscreen',
  'tyres',
  'house',
  'door',
]);

const PLACE_VERBS = alt([
  'burn down',
  'burn',
  'burning',
  'torch',
  'torching',
  'set fire to',
  'set fire',
  'petrol bomb',
  'firebomb',
  'blow up',
  'blowing up',
  'bomb',
  'bombing',
  'shoot up',
  'shooting up',
  'smash up',
  'trash',
  'raid',
  'storm',
]);

const WEAPON = alt([
  'knife',
  'knives',
  'blade',
  'blades',
  'shank',
  'machete',
  'machetes',
  'zombie knife',
  'air rifle',
  'air gun',
  'airgun',
  'bb gun',
  'crossbow',
  'taser',
  'pepper spray',
  'rambo knife',
  'flick knife',
  'stanley knife',
  'kitchen knife',
  'switchblade',
  'box cutter',
  'skeng',
  'skengs',
  'shanks',
  'shotty',
  'corrosive',
  'ammonia',
  'gun',
  'guns',
  'pistol',
  'shotgun',
  'rifle',
  'firearm',
  'bomb',
  'bombs',
  'explosive',
  'explosives',
  'acid',
  'petrol',
  'baseball bat',
  'bat',
  'hammer',
  'crowbar',
  'axe',
  'nunchucks',
  'knuckle duster',
  'knuckledusters',
  '🔫',
  '🔪',
  '💣',
]);

const CARRY_LIST = [
  'bring',
  'bringing',
  'brings',
  'brought',
  'carry',
  'carrying',
  'carries',
  'take',
  'taking',
  'pull',
  'pulling',
  'pulled',
  'pull out',
  'coming with',
  'come with',
  'turn up with',
  'turning up with',
  'got',
  'has',
  'have',
  'had',
  'with',
  'tooled up with',
];
const CARRY = alt(CARRY_LIST);

/** Food and drink: "I could murder a brew / a curry" is a craving. */
const CRAVINGS = new Set([
  'brew',
  'cuppa',
  'pint',
  'pints',
  'drink',
  'drinks',
  'curry',
  'kebab',
  'burger',
  'chippy',
  'takeaway',
  'sandwich',
  'bacon',
  'biscuit',
  'biscuits',
  'wine',
  'beer',
  'gin',
  'glass',
  'bottle',
  'fry',
  'roast',
  'nap',
  'sleep',
  'bath',
]);

/** Objects that make "kill / smash / murder / destroy X" praise or hyperbole. */
const IDIOM_OBJECTS = new Set(['it', 'for', 'time', 'me', 'myself', 'everything', 'ourselves']);
const DETERMINERS = new Set(['that', 'this', 'the', 'a', 'an', 'my', 'our', 'those', 'these']);
const IDIOM_AFTER = new Set([
  'quiz',
  'exam',
  'exams',
  'mock',
  'mocks',
  'test',
  'tests',
  'song',
  'songs',
  'stage',
  'show',
  'game',
  'match',
  'final',
  'competition',
  'opposition',
  'performance',
  'coffee',
  'tea',
  'cake',
  'pizza',
  'chocolate',
  'nap',
  'holiday',
  'interview',
  'presentation',
  'audition',
  'homework',
  'assignment',
  'race',
  'record',
  'targets',
  'target',
  'goal',
  'goals',
  'dance',
  'role',
  'part',
  'lines',
  'look',
  'outfit',
  'stars',
  'moon',
  'hoops',
  'photo',
  'photos',
  'video',
  'scene',
  'balloon',
  'balloons',
  'gummy',
  'phone',
  'chat',
  'vibes',
  'time',
  'laughing',
  'laughter',
  'mood',
  'week',
  'day',
  'weekend',
  'term',
  'year',
  'lesson',
  'practice',
  'training',
  'shot',
  'shots',
  'ball',
  'penalty',
  'league',
  'cup',
  'ratings',
  'internet',
  'dancefloor',
]);

const THREAT_TRIGGERS = new Set([
  'kill',
  'killing',
  'murder',
  'murk',
  'stab',
  'stabbing',
  'shank',
  'shoot',
  'shooting',
  'strangle',
  'choke',
  'batter',
  'beat',
  'punch',
  'kick',
  'slap',
  'smack',
  'hurt',
  'harm',
  'attack',
  'jump',
  'rape',
  'glass',
  'bottle',
  'knock',
  'sort',
  'deal',
  'do',
  'end',
  'finish',
  'get',
  'hit',
  'run',
  'torture',
  'cut',
  'slash',
  'slashed',
  'acid',
  'burn',
  'bury',
  'break',
  'smash',
  'smashed',
  'knife',
  'knives',
  'blade',
  'gun',
  'bomb',
  'torch',
  'fire',
  'blow',
  'watch',
  'know',
  'regret',
  'pay',
  'warned',
  'walking',
  'eye',
  'deserves',
  'deserve',
  'needs',
  'dead',
  'catch',
  'bringing',
  'boys',
  'threat',
  'threatened',
  'threatening',
  'threats',
  'brick',
  'tyres',
  'tires',
  'words',
  'coming',
  'destroy',
  'petrol',
  'machete',
  '🔫',
  '🔪',
  '💣',
  'explosive',
  'lockdown',
  'armed',
  'weapon',
  'sorted',
  'dealt',
  'gonna',
  'pistol',
  'trash',
  'raid',
  'hanged',
  'hung',
  'shot',
  'lynched',
  'beating',
  'kicking',
  'hiding',
  'smack',
  'keyed',
  'bricked',
  'torched',
  'playing',
  "playin'",
  'warning',
]);

const P = (s: string): RegExp => rx(s);
const A = (first: Iterable<string>, s: string): Anchored => anchoredRx(s, first);

const HARM_ANCHORS = anchors(
  'drag throttle deck chin lamp headbutt nut thump whack wallop twat stamp kill killing murder murk stab stabbing shank shoot shooting strangle choke batter beat punch kick slap smack hurt harm attack jump rape glass bottle knock sort deal do end finish get hit run torture cut slash throw acid burn bury break smash knife destroy',
);
const BODY_ANCHORS = anchors(
  'jaw legs leg arms arm nose neck face head skull teeth fingers ribs knees kneecaps back windows window car windscreen tyres house door',
);
const PLACE_ANCHORS = anchors(
  'burn burning burnt torch torching set petrol firebomb blow blowing bomb bombing shoot shooting smash trash raid storm',
);
const WEAPON_ANCHORS = anchors(
  'knife knives blade blades shank shanks machete machetes gun guns pistol shotgun rifle firearm bomb bombs explosive explosives acid petrol bat hammer crowbar axe nunchucks knuckle knuckledusters switchblade cutter air airgun crossbow taser spray skeng skengs shotty corrosive ammonia 🔫 🔪 💣',
);
const COND_ANCHORS = anchors('if when next more');
const REPORT_ANCHORS = anchors(
  'threatened threatening threats threat made armed lockdown locked stabbing stabbed shooting weapon knife gun bomb evacuated attacked assaulted police received been was were intruder',
);

// intent ... harm-verb ... person
const INTENT_FIRST = firstWords(INTENT_LIST);
const RE_INTENT_HARM = A(
  INTENT_FIRST,
  `${T}(?<intent>${INTENT})${gap(3)}(?<harm>${HARM_PERSON})(?: (?:the|that|this|those|ur|your|my|his|her|their|some|a|an|up|in|down|on|right|fucking|fuckin|bloody|absolute|f\\S*|little))* (?<target>(?:[a-z][a-z'-]* ){0,2}?${PERSON_REF}|[a-z][a-z'-]+)${E}`,
);
/** "car …" naming a thing that is not the car itself: "the car registration", "the car wash". */
const CAR_THINGS = ['registration', 'reg', 'number', 'details', 'park', 'boot', 'wash', 'share', 'keys'];
/** "the car …" that is an errand, not a target: "I'll do the car wash", "key the car registration in". */
const CAR_ERRANDS = alt([...CAR_THINGS, 'seat', 'run']);
// intent ... break/smash ... body part
const RE_BODILY = A(
  INTENT_FIRST,
  `${T}(?<intent>${INTENT})${gap(3)}(?<harm>break|smash|snap|cave|kick|punch|rip|slash|key|brick|burn|torch|do)${gap(3)}(?<target>${BODY})${E}(?! ${CAR_ERRANDS}${E})(?: in)?`,
);
// intent ... arson / bomb / shoot-up ... place or any named thing
const RE_PLACE_INTENT = A(
  INTENT_FIRST,
  `${T}(?<intent>${INTENT})${gap(3)}(?<harm>${PLACE_VERBS})(?: (?:the|that|this|down|up|ur|your|his|her|their))* (?<target>[^ .,]+)${E}`,
);
// burn X down / blow up X / shoot up X (no intent needed when the object is the school)
const RE_PLACE_DIRECT = P(
  `${T}(?<harm>burn|burning|burnt|torch|torching|blow up|blowing up|shoot up|shooting up|shoot|shooting|bomb|bombing|set fire to|petrol bomb|firebomb)(?: (?:the|this|that|up|down))* (?<target>${alt(PLACES)})${E}(?: down)?`,
);
// weapon + carry/bring + place or time
const RE_WEAPON = A(
  firstWords(CARRY_LIST),
  `${T}(?<carry>${CARRY})(?: (?:a|an|his|her|their|my|the|some|a big|a massive|real|loaded|[a-z]+'s|dads|mums|brothers|dad's|mum's|brother's))* (?<weapon>${WEAPON})${E}${gap(5)}(?<place>${alt([...PLACES, ...TIMES, 'to school', 'into school', 'in school', 'to the gates'])})${E}`,
);
const RE_CARRY_WEAPON = A(
  ['bring', 'bringing', 'brings', 'carrying', 'carry', 'tooled', 'coming', 'turning'],
  `${T}(?<carry>bring|bringing|brings|carrying|carry|tooled up with|coming with|turning up with)(?: (?:a|an|his|her|their|my|the|some|real))* (?<weapon>${WEAPON})${E}`,
);
const RE_PLACE_OR_TIME = new RegExp(`(?<![^ ])(?:${alt([...PLACES, ...TIMES])})(?![^ ])`);
const RE_WEAPON_TIME = P(
  `${T}(?<weapon>${WEAPON})${E}${gap(4)}(?<place>${alt(PLACES)})${E}${gap(4)}(?<time>${alt(TIMES)})${E}`,
);
// veiled threats: the set phrases of menace
/** Recourse a parent may warn of: the press, Ofsted, the council, a solicitor, a formal complaint. */
const RE_RECOURSE =
  /(?<![^ ])(?:papers|the press|newspaper|newspapers|journalist|ofsted|the council|councillor|my mp|our mp|solicitor|solicitors|lawyer|lawyers|legal action|tribunal|formal complaint|complaint|governors|local authority|social media|the news|bbc|itv|dfe|department for education)(?![^ ])/;
/** Who says someone will never walk again when it is not a threat. */
const RE_PROGNOSIS =
  /(?<![^ ])(?:doctor|doctors|surgeon|surgeons|consultant|consultants|physio|physios|nurses|specialists|diagnosis|prognosis|told us|were told|was told|they said)(?![^ ])/;
/** A grievance against the school or its staff that a lonely way home is set beside. */
const RE_ISOLATED_GRIEVANCE =
  /(?<![^ ])(?:(?:my|our) (?:son|daughter|boy|girl|lad|kid|kids|child|nephew|niece|family|grandson|granddaughter)(?: [^ .]+){0,6} (?:excluded|dropped|banned|told off|shouted at|humiliated|detention|isolation|reported|on report|kept in|blocked|failed|cry|cried)|(?:called|calling|ring|rang|ringing|rung) (?:social|social services|the police)|excluded|exclusion|(?:for|over) (?:nothing|no reason)|humiliates?|humiliated|destroyed (?:our|my) family|get away with (?:it|that)|gets away with (?:it|that)|grudge|grudges)(?![^ ])/;
/** The sly close of a veiled threat: a smile, a kiss, "just saying", "you never know". */
const RE_SLY_CODA =
  /(?:🙂|😇|😉|🤫|👀|😏|(?<![^ ])(?:take care x|just saying|just sayin|lovely spot|you never know|just a thought|think about that|sleep well|be careful|creature of habit|just so you know|just so you're aware)(?![^ ]))/u;
/** Whose way home or routine it is: a person and how they come and go. */
const RE_ROUTINE =
  /(?<![^ ])(?:@staff|he|she|you|u|his|her|your|ur|staff|teachers|teacher|the head|head|deputy|caretaker)(?: [^ .]+){0,5} (?:walk|walks|walking|run|runs|running|jog|jogs|jogging|drive|drives|driving|park|parks|parking|finish|finishes|leave|leaves|leaving|gets home|get home|cycle|cycles|goes|locks up|walk home|way home|home|runs along|route)(?![^ ])/;
/** A team or house going for a prize: "we're coming for the inter-house cup", "gunning for your title". */
const RE_PRIZE_CHASE =
  /(?<![^ ])(?:coming for|gunning for|going for|taking) (?:the|your|ur|that|our)(?: [^ .]+){0,2} (?:cup|title|trophy|trophies|crown|shield|medal|medals|top spot|league|championship|plate)(?![^ ])/;
/**
 * A challenge for a prize ("watch ur backs yr 11, we're coming for the inter-house cup 🏆"): not when a
 * member of staff is named, or someone is "coming for you" as well. The rule passes over its "watch
 * your back", and the threat head's gate reads it as ordinary (index.ts menaceIn).
 */
export const prizeChallenge = (a: Analysis): boolean =>
  RE_PRIZE_CHASE.test(a.canon) &&
  !/(?<![^ ])(?:@staff|(?:coming|come) for (?:you|u|him|her|them))(?![^ ])/.test(a.canon);
/** Fondness that makes knowing someone's car a joke: hearts, "bless her", "love her". */
const RE_FOND = /(?:💕|❤|♥|🥰|😍|💖|💗|(?<![^ ])(?:bless (?:her|him)|love (?:her|him)|lovely)(?![^ ]))/u;
/** Who a menace says will suffer: "he'll", "that teacher will", "Mr X is going to". */
const FUTURE_SUBJECT = `he'll|she'll|they'll|you'll|youll|u'll|(?:he|she|they|you|u|@staff|@org|(?:that|the|this) (?:[^ .]+ )?${OUTSIDE_ADULTS}(?: of (?:year|house|department|maths|english|science|pe|sixth form|ks3|ks4))?) (?:will|is going to|are going to|is gonna|are gonna|gonna)`;
const VEILED: [string, RegExp, number][] = [
  [
    'watch your back',
    P(
      `${T}(?<menace>watch (?:your|ur|his|her|their|yo|ya) back(?:s)?|watch out|watch yourself|watch urself)${E}`,
    ),
    0.8,
  ],
  ['one eye open', P(`${T}(?<menace>sleep with one eye open)${E}`), 0.9],
  // a member of staff's way home made lonely and unwatched: "lonely stretch that", "the car park's
  // empty by half past", "no cameras round the back" (read only beside a grievance or a sly coda and a
  // person's routine: RE_ISOLATED_GRIEVANCE, RE_SLY_CODA, RE_ROUTINE)
  [
    'alone and unwatched',
    P(
      `${T}(?<menace>lonely (?:stretch|road|lane|walk|spot|path)|(?:very|pitch|so) dark|dark (?:roads?|lanes?|nights?)|(?:nobody|no one|noone) (?:about|around|can see|would see|to see|watching)|no (?:cameras|cctv|security|witnesses)|(?:car park|carpark|yard|field|lane|road|path)(?: 's| is|'s) (?:empty|deserted|quiet) by|long (?:walk|road|roads|drive|way) (?:home|from)|(?:habits|routines?) (?:are|is|can be|can get) (?:dangerous|risky|a dangerous thing))${E}`,
    ),
    0.75,
  ],
  // "Mrs X won't always have a school full of people around her", "I'd keep the doors locked if I
  // were them" (2026-12-04, third session, from data/train/school-synth-33)
  [
    'not always protected',
    P(
      `${T}(?<menace>(?:won't|wont|will not|can't|cant|cannot) always (?:have|be) (?:[^ .]+ ){0,3}?(?:a school full of people|people|the police|police|security|bodyguards?|cameras|cctv|witnesses|(?:his|her|their) mates|the gates) (?:around|round|with|watching|to protect|protecting) (?:her|him|them|you|u)|(?:i'd|i would|id) (?:keep|be keeping) (?:the|your|ur|their|my|his|her) doors locked(?: [^ .]+){0,3} if i (?:were|was) (?:them|you|u|him|her))${E}`,
    ),
    0.8,
  ],
  [
    'knows where they live',
    P(
      `${T}(?<menace>(?:i|we|i've|we've|i do|we all|everyone|people|people have|people've|folk|the lads|the dads) (?:know|knows|found out|found|got|worked out|have worked out|'ve worked out) (?:where|wher|wer)(?: [^ .]+){1,4} (?:live|lives|living|stays|parks|sleeps)|(?:i|we|i've|we've|everyone) (?:know|knows|found out|found) (?:where|wher|wer) (?:your|ur|his|her|their|@staff 's) (?:house|home|flat) is)${E}`,
    ),
    0.85,
  ],
  [
    'knows their car',
    P(
      `${T}(?<menace>(?:i|we) (?:know|knows) (?:what|which) (?:car|motor|house) ${PERSON_REF}(?: [^ .]+){0,1} (?:drive|drives|lives in|has))${E}`,
    ),
    0.8,
  ],
  [
    "you'll regret",
    P(
      `${T}(?<menace>(?:you'll|youll|you will|u will|u'll|he'll|hell|she'll|shell|they'll|you're gonna|ur gonna|he's gonna|she's gonna|they're gonna|you are going to|gonna make (?:you|u|him|her|them)) (?:be sorry|regret (?:it|this|that|the day|ever|what|(?!missing|not)[a-z]+ing)|pay (?:for (?:it|this|that|what)|one way|big|dearly|with))|one way or another)${E}`,
    ),
    0.8,
  ],
  [
    'been warned',
    P(
      `${T}(?<menace>(?:you've|youve|you have|u have|you|u|ya|yous) been warned|be warned|consider yourself warned|final warning|last warning|this is a warning)${E}`,
    ),
    0.7,
  ],
  [
    "won't walk out",
    P(
      `${T}(?<menace>(?:won't|wont|will not|ain't|aint|not gonna) (?:be )?(?:walking|walk|coming|make it|get|getting|leave|leaving) (?:out|home|away|back|alive|it out)|won't know what hit (?:him|her|them|you|u))${E}`,
    ),
    0.85,
  ],
  [
    'property damage',
    P(
      `${T}(?<menace>(?:his|her|your|ur|their|the teacher's|@staff 's) (?:tyres|tires|windows|window|car|windscreen|house|door|motor)(?: (?:r|are|is|will|gonna|getting|gettin|get|gets|be|going to|is going to|are going to))* (?:get |be |getting |gettin )?(?:slashed|smashed|keyed|bricked|done|torched|burnt|burned|petrol bombed|trashed|smashed in|kicked in))${E}`,
    ),
    0.85,
  ],
  [
    'brick through window',
    P(
      `${T}(?<menace>(?:a |getting a |gettin a |gets a |brick|bricks)?(?:brick|rock|bricks|stone) (?:through|thru|threw|into) (?:his|her|your|ur|their|the|a) (?:window|windows|windscreen|car))${E}`,
    ),
    0.85,
  ],
  [
    'deserves a beating',
    P(
      `${T}(?<menace>(?:deserves|deserve|deserved|needs|need|needed|wants|asking for|could do with) (?:a |to be |to get |a good |a proper |a right |a fucking |his |her )?(?:good |proper |right )?(?:beating|kicking|slap(?! up(?![^ ]))|slapping|smack|smacking|hiding|battering|punch|punching|stabbing|shot|shooting|stabbed|beaten up|beaten|battered|hurt|killed|murdered|dead|hanging|lynching|bullet|kicked in))${E}`,
    ),
    0.8,
  ],
  [
    'should be killed',
    P(
      `${T}(?<menace>(?:should|shud|needs to|ought to|deserve to|deserves to|wants to) (?:be |get )(?:shot|hanged|hung|killed|stabbed|beaten|lynched|burned|burnt|murdered|put down|strung up|gassed))${E}`,
    ),
    0.75,
  ],
  [
    "you're dead",
    P(
      `${T}(?<menace>(?:you're|you are|your|u r|u are) (?:so |fucking )?(?:dead|a dead man|dead meat|getting it|gonna get it|going to get it|finished)|(?:he's|she's|they're|he is|she is|they are) (?:gonna|going to) get it)${E}`,
    ),
    0.7,
  ],
  [
    'catch them',
    P(
      `${T}(?<intent>${INTENT})(?: [^ .]+){0,2} (?<menace>catch|get|find|wait for) ${CAUGHT_PERSON}(?: [^ .]+){0,2} (?<place>${alt([...LYING_IN_WAIT, ...WAYLAY_PLACES])})${E}`,
    ),
    0.75,
  ],
  [
    'meet them alone',
    P(
      `${T}(?<intent>${INTENT})(?: [^ .]+){0,2} (?<menace>see|meet) ${CAUGHT_PERSON}(?: [^ .]+){0,2} (?<place>${alt(LYING_IN_WAIT)})${E}`,
    ),
    0.75,
  ],
  [
    'bringing the boys',
    P(
      `${T}(?<menace>(?:we're|were|we are|i'm|im|ima|imma|gonna|i'll|ill|we'll) (?:bringing|bring|coming with|sending|getting) (?:the|my|our|all the|me) (?:boys|mandem|lads|gang|crew|man dem|cousins|brothers|olders|people|backup))${E}`,
    ),
    0.8,
  ],
  [
    'better not',
    P(
      `${T}(?<menace>(?:better|best|betta) not (?:walk|come|show|go|be|turn up|step)(?: [^ .]+){0,5} (?:${alt([...TIMES, 'home', 'park', 'the park', 'alone', 'outside', 'tonight', 'again'])}))${E}`,
    ),
    0.65,
  ],
  [
    "ain't playing",
    P(
      `${T}(?<menace>(?:we|i|we're|were|i'm) (?:ain't|aint|not|are not|r not) (?:playing|playin|joking|messing))${E}`,
    ),
    0.35,
  ],
  [
    'mark my words',
    P(
      `${T}(?<menace>mark my words|see what happens|you'll see|just wait|wait and see|you've been told|count your days)${E}`,
    ),
    0.45,
  ],
  [
    "don't come in",
    P(
      `${T}(?<menace>(?:don't|dont|do not) (?:come|go) (?:in|to school|into school|near)|stay (?:at )?home (?:${alt(TIMES)}))${E}`,
    ),
    0.35,
  ],
  [
    'see you at the gates',
    P(
      `${T}(?<menace>(?:see|meet|wait for) (?:you|u|ya|him|her|them|@staff)(?: [^ .]+){0,1} (?:at|outside|by) (?:the )?(?:gates|gate|school|car park|@org|3|home time))${E}`,
    ),
    0.4,
  ],
  [
    'hope I do not see them',
    P(
      `${T}(?<menace>(?:wants to|better|had better|best|should) hope (?:i|we) (?:don't|dont|do not|never) (?:see|catch|bump into|meet) (?:him|her|them|you|u|@staff|that [^ .]+))${E}`,
    ),
    0.75,
  ],
  [
    'be careful',
    P(
      `${T}(?<menace>(?:he|she|you|u|they|@staff|[^ .]+) (?:better|best|had better|wants to|needs to|should) (?:be careful|watch out|watch it|watch (?:his|her|their|your|ur) step|look over (?:his|her|their|your) shoulder|(?:lock|hide|guard|watch|check) (?:his|her|their|your|ur) (?:car|cars|door|doors|house|windows|kids|back)))${E}`,
    ),
    0.7,
  ],
  [
    // a condition on the victim, then the harm: "next kid who touches it gets stabbed" (the relative
    // clause must be the victim's act: "the next kid who gets stabbed on that road" is a worry)
    'whoever does it gets hurt',
    P(
      `${T}(?<menace>(?:(?:(?:the )?(?:next|first) (?:kid|boy|girl|lad|child|pupil|student|teacher|person|one|parent|man|woman|bloke|idiot|@staff|@user)|any (?:kid|boy|girl|lad|teacher)|anyone|anybody) (?:who|that|to)|(?:the|that) (?:kid|boy|girl|lad|snitch|grass|rat|one|person|idiot|teacher) who|whoever|whoevers) (?!(?:gets|get|got|is|was)(?![^ ]))[^ .]+(?: [^ .]+){0,7} (?:gets|will get|is getting|is gonna get|is going to get|gonna get|getting|will be|is gonna be|is going to be) (?:stabbed|shot(?! of)|battered|knifed|glassed|beaten up|smacked|punched|decked|knocked out(?! of)|sparked out|jumped|done in|leathered|merked|a beating|a kicking|a slap(?! on)))${E}`,
    ),
    0.75,
  ],
  [
    'with my fists',
    P(
      `${T}(?<menace>(?:i'll|ill|i will|i'm gonna|im gonna|gonna|i'm going to|im going to|i'd)(?: [^ .]+){0,4} (?:him|her|them|you|u|@staff|@user)(?: [^ .]+){0,4} with (?:my|me|these) (?:fists|bare hands))${E}`,
    ),
    0.75,
  ],
  [
    'damage their car',
    P(
      `${T}(?<menace>(?:i'll|ill|i will|i'm gonna|im gonna|gonna|i'm going to|im going to|we'll|we will|we're gonna|were gonna|i'm|im|we're) (?:(?:be|go|going|gonna) )?(?:(?:let|letting) down (?:the|his|her|their|your|ur|every|all the|all|that|those)(?: [^ .]+){0,2} (?:tyres|tires)|(?:slash|slashing|key|keying|smash|smashing|brick|bricking|torch|torching) (?:the|his|her|their|your|ur|every|all the|all|that|those)(?: [^ .]+){0,2} (?:tyres|tires|windows|windscreen|cars|car(?! ${alt(CAR_THINGS)}(?![^ ])))|(?:pop|popping|poppin) (?:the|his|her|their|your|ur|every|all the|all|that|those)(?: [^ .]+){0,2} (?:tyres|tires)))${E}`,
    ),
    0.8,
  ],
  [
    'what happens to your things',
    P(
      `${T}(?<menace>(?:see|watch) what happens to (?:your|ur|his|her|their|those|them|that|the) (?:(?:new|shiny|lovely|nice|fancy|posh) )?(?:windows|window|car|cars|house|home|kids|family|tyres|face|minibus|minibuses|roof|building|fence))${E}`,
    ),
    0.8,
  ],
  [
    'wishing harm',
    P(
      `${T}(?<menace>(?:i )?hope (?:someone|somebody|they|one of them|a parent) (?:kills|stabs|shoots|hurts|batters|beats up|runs over|smashes|punches|attacks|burns) (?:him|her|them|you|u|@staff|that [^ .]+|the [^ .]+))${E}`,
    ),
    0.75,
  ],
  [
    'got it coming',
    P(
      `${T}(?<menace>(?:he's|she's|they've|you've|he has|she has|they have|you have|hes|shes) (?:got|gotten) (?:it|this|what's) coming(?: to (?:him|her|them|you))?|(?:it's|its|it is) coming to (?:him|her|them|you|u)|there'll be trouble|there will be trouble)${E}`,
    ),
    0.7,
  ],
  [
    'touch them again',
    P(
      `${T}(?<menace>(?:touch|hurt|hit|shout at|speak to|talk to|look at|go near|put a hand on|lay a finger on) (?:my|him|her|them|me)(?: [^ .]+){0,2} again (?:and|&|n) (?:see what happens|you're dead|ur dead|you'll regret|you will regret|you'll see|watch|i'll|ill|i will))${E}`,
    ),
    0.8,
  ],
  [
    'coming to sort them out',
    P(
      `${T}(?<menace>(?:i'm|im|i'll|ill|i will|i am|we're|we'll) (?:coming|come|going|gonna come|popping|heading) (?:in|down|up|round|over|there|to the school|to @org|into @org|into school)(?: [^ .]+){0,3} (?:to )?(?:sort|deal with|have it out with|kick off at|batter|smack|slap|knock)(?: [^ .]+){0,3})${E}`,
    ),
    0.7,
  ],
  [
    'deserves to burn',
    P(
      `${T}(?<menace>(?:deserves to|deserve to|deserves|should|needs to|ought to|wants to|want to) (?:burn|burn down|be burned|be burnt|be burned down|be burnt down|be torched|be bombed|be blown up|die|rot in hell))${E}`,
    ),
    0.7,
  ],
  [
    'knows their house',
    P(
      `${T}(?<menace>(?:i|we|i've|we've|everyone) (?:know|knows|found|found out|worked out) (?:which|what) (?:house|flat|street|road|door|car|motor)(?: (?:is|belongs to|she lives in|he lives in))? (?:@staff|he|she|they|you|u|his|hers|theirs|yours|her|their|your|ur|[^ .]+ 's))${E}`,
    ),
    0.75,
  ],
  [
    'weapon brought in',
    P(
      `${T}(?<menace>(?:bring|bringing|brought|brings|takes|taking|took) (?:a|an|his|her|my|their|the) (?:gun|knife|blade|machete|bomb|weapon|shotgun|rifle) (?:in|into school|to school|into @org|to @org))(?= [.,]|$)`,
    ),
    0.75,
  ],
  [
    'arson through the door',
    P(
      `${T}(?<menace>(?:petrol|a lit rag|fireworks?|a firework|lighter fluid|fire|a rag) (?:through|thru|in|into|down) (?:the|his|her|their|your|ur) (?:@org |[^ .]+ 's |front |back |staffroom |office )?(?:letterbox|letter box|door|window|windows))${E}`,
    ),
    0.85,
  ],
  [
    'bullet',
    P(
      `${T}(?<menace>put (?:a )?(?:bullet|bullets|knife|blade|brick) (?:in|into|through)|put (?:him|her|them|you|u) in (?:the )?(?:hospital|ground|grave|a&e|intensive care))${E}`,
    ),
    0.8,
  ],
  [
    'attack warning',
    P(
      `${T}(?<menace>(?:gonna|going to|will|there'll|there will) be (?:a )?(?:shooting|stabbing|bloodbath|massacre|bomb|explosion|fight with knives|riot) (?:at|in|outside) (?:the )?(?:@org|school|academy|gates|[a-z]+ academy|[a-z]+ school))${E}`,
    ),
    0.85,
  ],
  [
    'bomb threat',
    P(
      `${T}(?<menace>bomb (?:threat|threats|scare|hoax)|(?:phone|phoning|call|calling|ring|ringing) (?:in )?(?:a )?bomb|bomb (?:in|at|under|inside) (?:the )?(?:@org|school|building|academy|gates|car))${E}`,
    ),
    0.85,
  ],
  [
    'school shooting',
    P(
      `${T}(?<menace>@org (?:shooting|shooter|massacre|stabbing)|(?:shoot|shooting|shootin|shoot up|shooting up) up (?:the )?(?:@org|school|academy|place|assembly|canteen|classroom)|(?:shoot|shooting) (?:up )?(?:everyone|everybody) (?:at|in) (?:@org|school|the school)|kill (?:everyone|everybody|them all|all of them|yall|y'all))${E}`,
    ),
    0.85,
  ],
  [
    // "… and that teacher will know about it", "or you'll know about it": British menace, after a
    // conjunction (a bare "the teachers will know about it by Monday" is news)
    'will know about it',
    P(
      `${T}(?<menace>(?:and|or|otherwise|else|then|or else) (?:${FUTURE_SUBJECT}) (?:soon |definitely |certainly )?know about it)(?! (?:by|already|soon|from|through|via|when|if))${E}`,
    ),
    0.7,
  ],
  [
    // "we'll see who's laughing then" (sport banter has its own guard below)
    "see who's laughing",
    P(
      `${T}(?<menace>(?:we'll|we will|then we'll|you'll|let's|lets|we shall) see (?:who(?:'s| is|s) (?:laughing|smiling|laughing now|smiling now|the big man|the hard man)|whose problem (?:it|he|she) is))${E}`,
    ),
    0.6,
  ],
  [
    // "wait till I get my hands on that receptionist", "if I ever lay my hands on him"
    'hands on someone',
    P(
      `${T}(?<menace>(?:get|getting|gets|got|lay|laying|put|putting) (?:my|me|our) (?:hands|hand|mitts) on ${CAUGHT_PERSON}(?![^ ]))${E}`,
    ),
    0.7,
  ],
  [
    // "give me five minutes alone with him", "ten minutes in a room with that teacher"
    'minutes alone with',
    P(
      `${T}(?<menace>(?:five|5|ten|10|two|2|three|3|one|1) (?:minutes|mins|min|minute|seconds|secs) (?:alone with|on my own with|in a room with|round the back with|outside with) ${CAUGHT_PERSON}(?![^ ]))${E}`,
    ),
    0.75,
  ],
  [
    // "he'll never teach again", "she won't be walking anywhere": harm as the outcome
    'never again',
    P(
      `${T}(?<menace>(?:he'll|she'll|they'll|you'll|youll|u'll|(?:he|she|they|you|u|@staff) (?:will|is going to|are going to|is gonna|are gonna|gonna)) never (?:teach|work|walk|talk|coach|see straight|show (?:his|her|their|your) face|sit down|use (?:his|her|their|your) hands) again)${E}`,
    ),
    0.65,
  ],
  [
    // "enjoy your last week, because it'll be your last": a threat to life or job said as a promise
    'it will be their last',
    P(
      `${T}(?<menace>(?:cos|because|coz|cause|as|cuz) (?:it|this|that|today|tonight|friday|monday)(?:'ll| will| is going to| is gonna|s gonna) be (?:his|her|their|your|ur) (?:very )?last|(?:his|her|their|your|ur) last (?:day|night|week) (?:on earth|alive|breathing))${E}`,
    ),
    0.7,
  ],
  [
    // "I will make sure the head pays for it personally", "we'll make sure she suffers"
    'make them pay',
    P(
      `${T}(?<menace>(?:make sure|make|making sure|see to it|ensure) (?:that )?(?:${CAUGHT_PERSON}|he|she|they|@org|(?:that|the|this) school) (?:pays|pay|suffers|suffer|regrets|regret|gets hurt|is sorry|are sorry|never forgets)(?: for (?:it|this|that|what (?:he|she|they|you) did))?(?: (?:personally|dearly|properly|big time))?(?= [.,!?]|$))`,
    ),
    0.7,
  ],
  [
    'get what they deserve',
    P(
      `${T}(?<menace>(?:gonna|going to|will|'ll|gunna) get (?:what's coming|whats coming|what (?:he|she|they|you|u) deserve|(?:his|hers|theirs|yours) coming|sorted|dealt with|done in))${E}`,
    ),
    0.55,
  ],
];

const VEILED_ANCHORS: Record<string, ReadonlySet<string>> = {
  'watch your back': anchors('watch'),
  'one eye open': anchors('eye'),
  'knows where they live': anchors('live lives living stays parks sleeps house home flat'),
  'knows their car': anchors('know knows'),
  "you'll regret": anchors('regret pay way sorry'),
  'been warned': anchors('warned warning'),
  "won't walk out": anchors("won't wont ain't aint not"),
  'property damage': anchors('slashed smashed keyed bricked torched burnt burned bombed trashed kicked'),
  'whoever does it gets hurt': anchors('next first anyone anybody any whoever whoevers who'),
  'with my fists': anchors('fists hands'),
  'damage their car': anchors(
    'let letting slash slashing key keying smash smashing brick bricking torch torching pop popping poppin',
  ),
  'brick through window': anchors('brick bricks rock stone'),
  'deserves a beating': anchors(
    'beating kicking slap slapping smack smacking hiding battering punch punching stabbing shot shooting stabbed beaten battered hurt killed murdered dead hanging lynching bullet',
  ),
  'should be killed': anchors(
    'shot hanged hung killed stabbed beaten lynched burned burnt murdered put strung gassed',
  ),
  "you're dead": anchors('dead finished meat getting'),
  'catch them': anchors('car carpark park outside gates alone dark behind night'),
  'meet them alone': anchors('alone dark behind night round'),
  'bringing the boys': anchors('boys mandem lads gang crew dem cousins brothers olders backup people'),
  'better not': anchors('better best betta'),
  'not always protected': anchors('always locked'),
  'alone and unwatched': anchors(
    'lonely dark nobody noone no empty deserted quiet long habits routine routines',
  ),
  "ain't playing": anchors('playing playin joking messing'),
  'mark my words': anchors('words happens told count'),
  "don't come in": anchors("don't dont stay"),
  'see you at the gates': anchors('gates gate'),
  'bomb threat': anchors('bomb'),
  'school shooting': anchors('shooting shooter massacre stabbing shoot columbine kill'),
  'get what they deserve': anchors('coming deserve deserves sorted dealt'),
  'hope I do not see them': anchors('hope'),
  'be careful': anchors('careful shoulder step watch lock hide guard check'),
  'what happens to your things': anchors('happens'),
  'wishing harm': anchors('hope'),
  'got it coming': anchors('coming trouble waiting'),
  'touch them again': anchors('again'),
  bullet: anchors('bullet bullets hospital ground grave knife blade brick'),
  'coming to sort them out': anchors('sort batter smack slap knock deal'),
  'deserves to burn': anchors('burn burned burnt torched bombed blown die rot'),
  'knows their house': anchors('house flat street road door car motor'),
  'weapon brought in': anchors('gun knife blade machete bomb weapon shotgun rifle'),
  'arson through the door': anchors('petrol rag firework fireworks lighter fire'),
  'attack warning': anchors('shooting stabbing bloodbath massacre bomb explosion riot fight'),
  'will know about it': anchors('know'),
  'make them pay': anchors('pays pay suffers suffer regrets regret hurt sorry forgets'),
  "see who's laughing": anchors('laughing smiling big hard problem'),
  'hands on someone': anchors('hands hand mitts'),
  'minutes alone with': anchors('alone own room back outside'),
  'never again': anchors('again'),
  'it will be their last': anchors('last'),
};

const RE_CONDITIONAL = A(
  ['if', 'when', 'next', 'one'],
  `${T}(?<condition>if|when|next time|one more time)(?: [^ .]+){1,14} (?<intent>i'm coming|im coming|i'll come|ill come|i'll be|i'm going|we're coming|i'm gonna|i'll|ill|i will|we will|we'll)(?: [^ .]+){0,8} (?<menace>${alt(
    [
      "won't be walking",
      'wont be walking',
      'will not be walking',
      "won't walk",
      'wont walk',
      'regret',
      'sorry',
      'pay',
      'sorted',
      'dealt with',
      'kill',
      'hurt',
      'batter',
      'smash',
      'stab',
      'deal with',
      'sort',
      'break',
      'burn',
      'hospital',
      'dead',
      'not responsible',
      "won't be responsible",
      'see what happens',
      'lose it',
      'punch',
      'slap',
    ],
  )})${E}`,
);

const RE_REPORT = P(
  `${T}(?<report>threatened|threatening|threats|threat|made threats|armed|stabbing|stabbed|shooting|weapon|knife|gun|bomb scare|bomb threat|evacuated|attacked|assaulted|police)${E}(?: [^ .]+){0,8} (?<place>@org|@staff|school|academy|the school|the gates|staff|teacher|teachers|pupils|students|head|headteacher)${E}`,
);
const RE_REPORT_REV = P(
  `${T}(?<place>@org|@staff|school|academy|the school|staff|teacher|teachers|pupils|students|head|headteacher)${E}(?: [^ .]+){0,6} (?<report>threatened|received threats|been threatened|was threatened|were threatened|evacuated after|bomb threat|bomb scare|armed man|armed intruder|knife attack|stabbed|attacked)${E}`,
);

// ---------------------------------------------------------------------------------------------
// Situation families: each describes one situation in the many ways people word it, with the
// corroboration it needs (a place or time, a menace cue) and the innocent readings it must skip.

/** Children, as the object of "keep your … at home" / "don't send your … in". */
const KIDS = alt([
  'kids',
  'children',
  'child',
  'kid',
  'son',
  'daughter',
  'little ones',
  'young ones',
  'boys',
  'girls',
  'lot',
  'students',
  'pupils',
  'kiddies',
  'babies',
]);

/** Cues that turn an ambiguous sentence into a warning ("not a joke", "you've been warned"). */
const RE_MENACE_CUE = new RegExp(
  `(?<![^ ])(?:${alt([
    'warned',
    'warning',
    'trust me',
    'not a joke',
    'no joke',
    'not joking',
    "i'm not joking",
    'not messing',
    'value your life',
    'value their lives',
    'value your lives',
    "if you know what's good",
    'if you know whats good',
    "that's all i'm saying",
    'thats all im saying',
    "that's all im saying",
    'just saying',
    'just sayin',
    'say no more',
    "you've been told",
    'believe me',
    'mark my words',
    "i'm serious",
    'im serious',
    'deadly serious',
    'you know why',
    "don't say",
    'dont say',
    'i promise you',
    'i swear',
    'on my life',
    'on my mum',
    'stay away',
    'you will see',
    "you'll see",
    'remember this',
    'last chance',
    'payback',
    'revenge',
    "won't see it coming",
    'wont see it coming',
    'whoever comes out',
    'thats all im sayin',
    "that's all i'll say",
    "that's all ill say",
    'thats all ill say',
    "that's all i will say",
    'tick tock',
    "that's all im sayin",
    'remember my name',
    'all over the news',
    'on the news',
    'make the news',
    'headlines',
    'my turn',
    'get even',
    'not messin',
    'not messing about',
    'he means it',
    'she means it',
    'i mean it',
  ])})(?![^ ])`,
);

/** Innocent reasons to keep children at home: illness, weather, closures, strikes. */
/**
 * What follows "I'll kill you" when it is a game or a snack: "… at chess", "… on FIFA later", "… if
 * you eat my crisps again".
 */
const RE_TRIVIAL_HARM = new RegExp(
  `^ (?:at|on|in) (?:${alt([...GAME_WORDS, 'chess', 'fifa', 'mario kart', 'uno', 'monopoly', 'scrabble', 'cards', 'darts', 'pool', 'snooker', 'table tennis', 'ping pong', 'badminton', 'the quiz', 'the pub quiz', 'arm wrestling', 'call of duty', 'cod'])})(?![^ ])|^ if (?:you|u|ya) (?:[^ .]+ ){0,2}?(?:eat|eats|ate|nick|nicks|nicked|steal|steals|pinch|pinches|touch|touches|finish|finishes|drink|drinks|use|uses|borrow|borrows|take|takes) (?:my|me|the last) (?:[^ .]+ )?(?:crisps|chocolate|chocolates|sweets|biscuits|food|lunch|sandwich|sandwiches|chips|pizza|snacks|leftovers|cake|drink|juice|charger|hoodie|hair straighteners|straighteners|makeup|jumper|one|slice|yoghurt|yogurt|haribo|doritos|nuggets)(?![^ ])`,
);
/** "I'll kill you if you eat my crisps again", "I'll batter you at chess": play, for the abuse model too. */
const RE_PLAYFUL_HARM =
  /(?<![^ ])(?:i'll|ill|i will|i'm gonna|im gonna|gonna|i'm going to|imma) (?:kill|batter|murder|destroy|smash|end|thrash|hammer) (?:you|u|ya|him|her|them)(?![^ ])/g;
export function playfulHarm(a: Analysis): boolean {
  // "lol my brother said 'you're dead when I get home'. he's 11" (saidAtHome below)
  if (homeBanter(a, quotedSpans(a))) return true;
  RE_PLAYFUL_HARM.lastIndex = 0;
  for (let m = RE_PLAYFUL_HARM.exec(a.canon); m; m = RE_PLAYFUL_HARM.exec(a.canon)) {
    const end = m.index + m[0].length;
    if (RE_TRIVIAL_HARM.test(a.canon.slice(end, end + 60))) return true;
  }
  return false;
}

/** A member of staff named or by role (not a family member, not a stranger). */
const RE_STAFF_WORD = new RegExp(
  `(?<![^ ])(?:${alt(['teacher', 'teachers', 'head', 'headteacher', 'principal', 'deputy', 'ceo', 'governor', 'governors', 'trustee', 'senco', 'dsl', 'caretaker', 'receptionist', 'tutor', 'slt', 'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', '@staff'])})(?![^ ])`,
);
const RE_AWAY_REASON =
  /(?<![^ ])(?:temperature|temp|fever|sick|sickness|ill|illness|poorly|unwell|vomiting|diarrhoea|bug|virus|covid|symptoms|rash|chickenpox|measles|contagious|infectious|nits|headlice|conjunctivitis|snow|snowing|ice|icy|weather|storm|flood|flooding|floods|strike|strikes|striking|closed|closure|closing|inset|training day|heating|power cut|boiler|burst|roads|roadworks|traffic|holiday|holidays|half term|bank holiday|hours|advice|advised|guidance|nhs|study leave|revision|revise|exams|mocks|trip|isolating|isolate|test|tested|positive)(?![^ ])/;

/** Innocent things that "go off": alarms, experiments, parties. */
const RE_GO_OFF_INNOCENT =
  /(?<![^ ])(?:alarm|alarms|drill|drills|volcano|volcanoes|experiment|experiments|demo|demonstration|reaction|clock|clocks|timer|timers|firework|fireworks|display|rocket|rockets|bell|bells|phone|phones|confetti|cannon|popper|poppers|party|parties|disco|rave|gig|festival|balloon|balloons|toothpaste|mentos|bicarb|vinegar|chemistry|milk|yoghurt|food|sandwich|sandwiches|fruit|banana|bananas|fridge|lunchbox|tunes|banging|rocking|🎉|🥳|🎆|🎇|📢)(?![^ ])/;

/** Things a post can say are "going to go off" that make it a device. */
const RE_DEVICE_SUBJECT =
  /(?<![^ ])(?:something|device|devices|bomb|bombs|ied|explosive|explosives|package|parcel|bag|rucksack|backpack|thing|surprise|present|it)(?![^ ])/;

/** Good news: "something big is happening at the school" is then an announcement. */
const RE_GOOD_NEWS =
  /(?<![^ ])(?:exciting|excited|excitement|launch|launching|announcement|announce|reveal|watch this space|stay tuned|opens|opening|new|celebrate|celebration|celebrating|proud|amazing|can't wait|cant wait|fundraiser|fundraising|charity|surprise|birthday|party|🎉|😍|🥳|❤️|💙|👀|🤩)(?![^ ])/;

/** People to wait for: staff, or anyone who comes out. */
const WAIT_TARGET = `(?:whoever|anyone|anybody|everyone|the first (?:one|person|teacher)|@staff|him|her|them|you|u|ya|he|she|they|that [^ .]+|the (?:head|headteacher|head teacher|teacher|teachers|deputy|deputy head|principal|caretaker|coach|senco|staff|head of year)|(?:mr|mrs|miss|ms|sir) [^ .]+|[^ .]+ teacher)`;

/** Reasons to wait for someone that are not menace. */
const RE_WAIT_INNOCENT =
  /(?<![^ ])(?:pick|picking|collect|collecting|collection|lift|lifts|minibus|coach|bus|taxi|train|parcel|delivery|appointment|results|reply|replies|response|answer|email|call|callback|ring|phone|letter|meeting|apology|explanation|decision|refund|update|news|hug|cuppa|coffee|tea|chat|match|game|show|performance|for my|for our|with a)(?![^ ])/;

/** Idiom contexts for "won't see it coming" and "days are numbered". */
const RE_SURPRISE =
  /(?<![^ ])(?:surprise|surprised|party|birthday|twist|plot|ending|film|movie|book|episode|series|quiz|present|gift|proposal|retirement|leaving do)(?![^ ])/;

/** Innocent uses of fuel: the car, the mower, prices. */
const RE_FUEL_INNOCENT =
  /(?<![^ ])(?:station|stations|price|prices|pump|pumps|tank|mower|lawnmower|generator|garage|litre|litres|£|pence|p|car needs|engine|bbq|barbecue|camping|stove)(?![^ ])/;

/** Drill slang for rivals and raids ("opps", "we outside", "soon come", "nobody's safe"). */
const RE_DRILL =
  /(?<![^ ])(?:opps|opp|mandem|man dem|yutes|we outside|were outside|we're outside|slidin|sliding|soon come|ask about us|nobody's safe|nobodys safe|on our ends|on sight)(?![^ ])/;

/** Games where violence is play: "get merked in fortnite". */
const RE_GAME = new RegExp(
  `(?<![^ ])(?:${alt([...GAME_WORDS, 'call of duty', 'fifa', 'apex', 'valorant', 'playstation', 'lobby', 'server', 'round', 'respawn', 'level'])})(?![^ ])`,
);

/** Places a fire can be set to. */
const FIRE_PLACE = alt([
  '@org',
  'school',
  'the school',
  'academy',
  'building',
  'buildings',
  'place',
  'portakabin',
  'portakabins',
  'portacabin',
  'portacabins',
  'block',
  'classroom',
  'classrooms',
  'hall',
  'house',
  'car',
  'cars',
  'office',
  'offices',
  'staffroom',
  'staff room',
  'gym',
  'library',
  'site',
  'shed',
  'huts',
  'hut',
  'sports hall',
  'canteen',
  'reception',
  'huts',
  'home',
  'flat',
  'cottage',
  'bungalow',
  'roof',
  'van',
  'minibus',
  'minibuses',
]);
/** What burns nicely without anyone being threatened: a campfire's logs, the guy, candles. */
const RE_FIRE_FUN =
  /(?<![^ ])(?:logs|log|wood|firewood|kindling|campfire|camp fire|marshmallows|fire pit|firepit|guy|candle|candles|sparklers|sparkler|bonfire night|fireworks|toast|pudding|play|panto|pantomime|effects|rehearsal|scene|film|story|novel|book|lesson|history|1666)(?![^ ])/;
/** A place to burn, or a person to burn out (compiled once; the arson family reads them per match). */
const RE_FIRE_PLACE = new RegExp(`(?<![^ ])(?:${FIRE_PLACE})(?![^ ])`);
const RE_FIRE_TARGET = new RegExp(`(?<![^ ])(?:${FIRE_PLACE}|him|her|them|@staff)(?![^ ])`);

interface Family {
  name: string;
  why: string;
  need: ReadonlySet<string>;
  re: RegExp;
  /** Score of one match (0 = skip it). */
  score: (a: Analysis, m: Match) => number;
}

const PLACE_OR_TIME = new RegExp(
  `(?<![^ ])(?:${alt([...PLACES, ...TIMES, 'this week', 'next week', 'at break', 'at lunch', 'home time', 'pick up', 'pickup', 'drop off', 'first thing', 'in the morning', 'sports hall', 'science block', 'staff car park', 'car park', 'gates', 'corridor', 'toilets', 'bus stop'])}|\\d{1,2}(?::\\d{2})?(?:am|pm)?|\\d{1,2}:\\d{2})(?![^ ])`,
);

const TIME_ONLY = new RegExp(
  `(?<![^ ])(?:${alt([...TIMES, 'this week', 'next week', 'at break', 'at lunch', 'in the morning'])}|\\d{1,2}(?::\\d{2})?(?:am|pm)|\\d{1,2}:\\d{2})(?![^ ])`,
);

const around = (a: Analysis, m: Match, before: number, after: number): string =>
  a.canon.slice(Math.max(0, m.cs - before), m.ce + after);

/**
 * A family's score: `score`, unless a negator comes within `negators` tokens before the match or
 * `guard` (the words of an innocent reading) is in the text around it ([before, after] characters).
 */
const unlessNear =
  (negators: number, guard: RegExp, [before, after]: [number, number], score: number) =>
  (a: Analysis, m: Match): number =>
    negatedBefore(a, m.cs, negators) || guard.test(around(a, m, before, after)) ? 0 : score;

/** A weapon named anywhere in the post ("machete's in the boot"). */
const RE_WEAPON_WORD = new RegExp(`(?<![^ ])(?:${WEAPON})(?![^ ])`);
/**
 * What makes an ambiguous phrase a veiled threat (2026-12-04, fourth session): a grievance against
 * the school or its staff, a sly coda, or a menace cue.
 */
const VEILED_CONTEXT = (a: Analysis, cueNeedsPerson = false): boolean =>
  RE_ISOLATED_GRIEVANCE.test(a.canon) ||
  RE_SLY_CODA.test(a.canon) ||
  (RE_MENACE_CUE.test(a.canon) &&
    (!cueNeedsPerson || /(?<![^ ])(?:@staff|he|she|him|her)(?![^ ])/.test(a.canon)));
/** Fear for someone, before "something will happen to her". */
const RE_FEAR_FOR =
  /(?<![^ ])(?:scared|afraid|frightened|terrified|worried|worry|worrying|fear|feel sick|praying|pray|hope nothing|before something)(?![^ ])/;
/** Online-safety advice: "you never know who's watching you online". */
const RE_ONLINE_SAFETY =
  /(?<![^ ])(?:online|internet|social media|snapchat|snap|tiktok|instagram|insta|app|apps|profile|privacy|settings|e-safety|esafety|online safety|gaming|roblox|fortnite|chat rooms?|strangers?)(?![^ ])/;
/** A request to fix a weak spot: a complaint, not an invitation. */
const RE_FIX_REQUEST =
  /(?<![^ ])(?:please|fix|fixed|sort it out|needs sorting|install|installed|put in|repair|repaired|council|report it|reported it|complain|complained|complaint|concerned|worried|unsafe|not safe|dangerous|leak|leaking|leaks|storm|rain|roof repairs)(?![^ ])/;
/** The sly introduction of a tip: "fun fact", "little birdie says". */
const RE_SLY_TIP =
  /(?<![^ ])(?:fun fact|little birdie|birdie|worth knowing|for anyone interested|would love that|wouldn't he|wouldn't she|just something to think about)(?![^ ])/;
/** A bullying grievance a parent may threaten to "sort" themselves. */
const RE_BULLY_GRIEVANCE =
  /(?<![^ ])(?:bullied|bullying|bullies|bully|hit my|hurt my|beat up my|beaten up|kicked my|punched my|attacked my|won't deal|wont deal|will not deal|won't do anything|wont do anything|done nothing|nothing happens|did nothing|do nothing)(?![^ ])/;
/** Ordinary reasons to take care: ice, roads, illness, lights out. */
const RE_SAFETY_REASON =
  /(?<![^ ])(?:ice|icy|snow|frost|frosty|fog|foggy|flood|floods|flooding|rain|storm|roadworks|road works|diversion|traffic|street ?lights?|lights are out|potholes?|bugs?|flu|covid|sickness|norovirus|nits|chickenpox|weather|forecast|dog|dogs|cows|bull|fireworks|bonfire night|ofsted)(?![^ ])/;

const FAMILIES: Family[] = [
  {
    // "keep your kids at home tomorrow", "don't send your children in on Friday", "stay away from
    // the school": a warning when it comes with a time or a menace cue and no innocent reason
    name: 'keep away warning',
    why: 'Warns people to keep children away from the school',
    need: anchors('keep kept keeping send stay come go'),
    re: P(
      `${T}(?<warning>(?:keep|kept|keeping) (?:your|ur|the|their|all|any|ya|yer|them|em|'em)(?: ${KIDS})?(?: [^ .]+){0,2} (?:at home|home|off school|off @org|off (?:${alt(TIMES)})|off (?!(?:screens|phones|tablets|sugar|sweets|social|tiktok|xbox|games|the internet|their phones|the ipad|ipads)(?![^ ]))[^ .]+(?: (?:high|academy|primary|school|college|juniors|infants|grammar))?(?= (?:${alt(TIMES)})(?![^ ]))|away from (?:@org|(?:the )?school|(?:the )?academy|there|the building|the gates)|away (?:${alt(TIMES)})|out of school)|(?:don't|dont|do not|wouldn't|wouldnt|would not|shouldn't|shouldnt|should not|never|i wouldn't|i would not) (?:be )?(?:send|sending) (?:your|ur|my|the|any|ya|yer) ${KIDS}(?: [^ .]+){0,1} (?:in|into school|to school|to @org|into @org|there|to [^ .]+ (?:${alt(TIMES)}))|stay (?:away|well away|clear|the hell away) from (?:@org|the school|school|the academy|academy|the gates|there|the building)|stay (?:at )?home|(?:don't|dont|do not) (?:come|go) (?:in|to school|into school|near (?:the )?(?:school|@org|gates|academy)|to @org|into @org))${E}`,
    ),
    score: (a, m) => {
      if (RE_AWAY_REASON.test(a.canon)) return 0;
      const time = TIME_ONLY.test(a.canon.slice(m.cs));
      const cue = RE_MENACE_CUE.test(a.canon);
      if (time && cue) return 0.85;
      if (cue) return 0.8;
      if (time) return 0.7;
      return 0;
    },
  },
  {
    // "something in the building set to go off at 11", "the bag will go off at break"
    name: 'device',
    why: 'Warns of a device set to go off',
    need: anchors('off explode blow detonate planted hidden'),
    re: P(
      `${T}(?<device>(?:set|timed|due|primed|rigged|going|gonna|about|ready|programmed|ready) to (?:go off|explode|blow|blow up|detonate)|(?:will|'ll|is going to|gonna|is gonna|it's going to|its going to|should) (?:go off|explode|blow up|detonate)|(?:device|devices|bomb|bombs|ied|explosive|explosives|package|parcel|something) (?:has been |have been |is |are |was |been )?(?:hidden|planted|placed|rigged)|(?:planted|hidden|placed|rigged) (?:a |an |the |some )?(?:device|bomb|explosive|explosives|package|something))${E}`,
    ),
    score: (a, m) => {
      const near = around(a, m, 60, 60);
      if (RE_GO_OFF_INNOCENT.test(near)) return 0;
      const subject = RE_DEVICE_SUBJECT.test(a.canon.slice(Math.max(0, m.cs - 60), m.ce));
      const where = PLACE_OR_TIME.test(a.canon);
      const cue = RE_MENACE_CUE.test(a.canon);
      if (!where && !cue) return 0;
      if (subject) return cue ? 0.9 : 0.8;
      return cue ? 0.75 : 0;
    },
  },
  {
    // "it's going to be a bloodbath", "there will be blood", "carnage at the gates"
    name: 'violence forecast',
    why: 'Predicts violence at a place or time',
    need: anchors('bloodbath blood massacre bloodshed carnage warzone war'),
    re: P(
      `${T}(?<menace>(?:gonna|going to|will|'ll|there'll|there will|there's going to|is going to|it's going to|its going to|it'll|itll) be (?:a |an |an absolute |a real |an actual |absolute )?(?:bloodbath|blood bath|massacre|blood|bloodshed|carnage|war zone|warzone|war)|(?:bloodbath|blood bath|massacre|bloodshed|carnage) (?:at|in|outside|on) (?:@org|the school|school|the academy|the gates|the playground|[^ .]+ academy))${E}`,
    ),
    score: (a, m) => {
      const after = a.canon.slice(m.ce, m.ce + 40);
      if (
        /^ (?:of|tests?|donations?|donors?|drive|pressure|sugar|type|bank|orange|moon|brothers|on the dancefloor)(?![^ ])/.test(
          after,
        )
      )
        return 0;
      if (inSportContext(a, m.cs)) return 0;
      if (
        /(?<![^ ])(?:sale|sales|shops|traffic|parking|car park|school run|inbox|emails|marking|exam|exams|results|christmas|black friday|jumble|nativity|tickets)(?![^ ])/.test(
          around(a, m, 60, 60),
        )
      )
        return 0;
      return PLACE_OR_TIME.test(a.canon) ? 0.8 : 0.55;
    },
  },
  {
    // "something big is going to happen at the school tomorrow" (with a warning, not good news)
    name: 'something will happen',
    why: 'Warns that something is going to happen',
    need: anchors('something things day'),
    re: P(
      `${T}(?<menace>something (?:big|bad|terrible|awful|horrible|nasty|serious|massive|huge|major|dark|very bad|really bad) (?:is )?(?:going to|gonna|will|is about to|about to|'s going to|is gonna|'s gonna) (?:happen|go down|kick off|hit)|(?:bad|terrible|awful|horrible) things (?:are )?(?:going to|gonna|will) happen|(?:gonna|going to|will) be (?:a )?(?:day|morning|afternoon) (?:they|you|people|everyone|nobody|no one|that school|the school|@org) (?:will )?(?:never forget|won't forget|wont forget|will remember|remember))${E}`,
    ),
    score: (a, m) => {
      if (RE_GOOD_NEWS.test(a.canon)) return 0;
      const bad =
        /(?<![^ ])(?:bad|terrible|awful|horrible|nasty|dark|never forget|won't forget|wont forget)(?![^ ])/.test(
          a.canon.slice(m.cs, m.ce),
        );
      const where = PLACE_OR_TIME.test(a.canon);
      const cue = RE_MENACE_CUE.test(a.canon);
      if (cue && where) return 0.8;
      if (bad && where) return 0.7;
      return 0;
    },
  },
  {
    // "I'll be waiting by the gates for whoever comes out", "waiting for that teacher after school"
    name: 'waiting for someone',
    why: 'Says they will be waiting for someone',
    need: anchors('waiting outside wait'),
    re: P(
      `${T}(?<menace>(?:i'll|ill|i will|we'll|we will|i'm|im|i am|we're|were|we are|gonna|going to|someone will|somebody will|they'll|they will|(?:the|a few of the|some of the|a few|some|his|her|my) (?:boys|lads|dads|mums|uncles|brothers|cousins|family|parents|mates) (?:will|'ll|are going to|are gonna)) (?:be )?(?:waiting|waiting outside|sat outside|sitting outside|parked outside|stood outside|standing outside|outside|hanging around)(?: [^ .]+){0,6} (?:for|when|till|until) ${WAIT_TARGET})${E}`,
    ),
    score: (a, m) => {
      const near = a.canon.slice(m.cs, m.ce + 24);
      if (RE_WAIT_INNOCENT.test(near)) return 0;
      if (negatedBefore(a, m.cs, 3)) return 0;
      const tail = a.canon.slice(m.cs, m.ce);
      const strong =
        /(?<![^ ])(?:whoever|anyone|anybody|everyone|the first|@staff|that|the|mr|mrs|miss|ms|sir|teacher)(?![^ ])/.test(
          tail.slice(tail.lastIndexOf(' for ') >= 0 ? tail.lastIndexOf(' for ') : 0),
        );
      const cue = RE_MENACE_CUE.test(a.canon);
      if (strong) return cue ? 0.85 : 0.7;
      return cue ? 0.75 : 0;
    },
  },
  {
    // "won't see it coming", "should be looking over his shoulder", "find out what I'm capable of"
    name: 'menace idiom',
    why: 'Uses a menacing phrase',
    need: anchors('coming shoulder shoulders lights capable numbered hit'),
    re: P(
      `${T}(?<menace>(?:won't|wont|will not|never|not gonna|ain't gonna) see (?:it|us|me|this|them|what's) coming|(?:be |keep )?(?:look|looking|watching) over (?:his|her|their|your|ur) shoulders?|sleep with (?:the|a|one|his|her) (?:light|lights) on|(?:find out|see|learn|know|realise|realize) (?:exactly )?what (?:i'm|im|i am|we're|we are|i|we) (?:am |are |really )?capable of|(?:his|her|their|your|ur|@staff 's) days (?:are|r) numbered|won't know what(?: has)? hit (?:him|her|them|you|u|@staff))${E}`,
    ),
    score: (a, m) => {
      if (RE_SURPRISE.test(a.canon)) return 0;
      if (inSportContext(a, m.cs)) return 0;
      if (negatedBefore(a, m.cs, 2)) return 0;
      return 0.75;
    },
  },
  {
    // "Mr Cole leaves at 5:15 every night through the back gate. Thought you should all know.": a
    // person's movements posted for others to act on
    name: 'movements shared',
    why: "Publishes a person's movements for others",
    need: anchors('know knows saying fyi interested wondering'),
    re: P(
      `${T}(?<menace>(?:@staff|he|she|(?:the|that) (?:[^ .]+ )?${OUTSIDE_ADULTS}) (?:always |usually |normally |still )?(?:leaves|finishes|walks|parks|drives|locks up|goes home|gets home|walks home|is on (?:his|her) own|is alone)(?: [^ ]+){0,10} (?:thought (?:you|people|everyone|yous|you'd|y'all) (?:should|might|would|all should|ought to) (?:all )?(?:know|like to know|want to know)|just saying|just so (?:you|everyone) (?:know|knows)|fyi|for anyone (?:interested|wondering|who wants to know)|if anyone(?:'s| is) (?:interested|wondering)|in case anyone (?:wants|wanted|needs) to know))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 3) ? 0 : 0.75),
  },
  {
    // "some of the dads are going to pay that teacher a visit", "they'll be scraping him off the
    // playground", "enjoy your new roof while it lasts": set phrases of menace with a person or a
    // property as their object
    name: 'menace phrase',
    why: 'Uses a set phrase of menace about a person or property',
    need: anchors('visit scraping scrape lasts'),
    re: P(
      `${T}(?<menace>(?:pay|paying|pays|paid) ${CAUGHT_PERSON} a (?:little |friendly |proper |surprise |late night |late-night )?visit|(?:be |'ll be |will be |gonna be |going to be )?(?:scraping|scrape) ${CAUGHT_PERSON} off (?:the )?(?:floor|pavement|playground|road|tarmac|ground|wall|walls|car park)|enjoy (?:your|ur|the|that|their|his|her) (?:(?:new|shiny|lovely|fancy|nice|big|posh) ){0,2}(?:roof|windows|car|house|building|hall|sports hall|minibus|extension|block|office|conservatory) while (?:it|they) (?:lasts|last))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 3) ? 0 : 0.7),
  },
  {
    // "I know what time Mrs X leaves", "we know which route he walks home"
    name: 'knows their movements',
    why: "Says they know a person's movements",
    need: anchors('know knows found worked clocked'),
    re: P(
      `${T}(?<menace>(?:i|we|i've|we've|i do|everyone|we all|i already) (?:know|knows|know exactly|found out|worked out|have worked out|clocked|have clocked) (?:what time|when|where|which way|which route|what route|which car|what car|the route|(?:his|her|their) route|(?:his|her|their) routine)(?: [^ .]+){0,4} (?:leaves|leave|leaving|finishes|finish|gets home|get home|walks|walk|walking|parks|park|drives|drive|goes|go|comes out|come out|locks up|gets in|arrives|runs|jogs|takes|picks up|is on her own|is on his own|is alone))${E}`,
    ),
    score: (a, m) =>
      /(?<![^ ])(?:lights|headlights|hazards|blocking|left her|left his|tell her|tell him|let her know|let him know|lost|found her|found his|handed)(?![^ ])/.test(
        a.canon,
      ) ||
      // "I know what car my dad drives because it's the loudest one at pick-up"
      RE_HOME_SPEAKER.test(a.canon.slice(m.cs, m.ce))
        ? 0
        : 0.8,
  },
  {
    // arson without the word fire: petrol poured, a match to the place, "go up nicely"
    name: 'arson',
    why: 'Talks about setting fire to the school or a property',
    need: anchors(
      'petrol diesel fuel paraffin accelerant spirit jerry can molotov molotovs alight ablaze match lighter flames nicely ground torch torching torched bonfire tinderbox matchstick burn burns',
    ),
    re: P(
      `${T}(?<arson>(?:pour|pouring|poured|throw|throwing|threw|chuck|chucking|splash|splashing|douse|dousing|doused|soak|soaking|spray|spraying) (?:some |a can of |a bit of |a load of |loads of )?(?:petrol|diesel|fuel|lighter fluid|paraffin|accelerant|white spirit)|molotov|molotovs|(?:set|setting|sets) (?:[^ .]+ ){1,4}?(?:alight|ablaze|on fire)|(?:put|take|taking|putting|took) a (?:match|lighter) to (?:[^ .]+ ){0,3}?${FIRE_PLACE}|(?:go|goes|going|went|would go) up (?:in flames|like (?:a )?(?:bonfire|tinderbox|torch|matchstick)|nicely|a treat|in smoke)|burn(?:s|ed|t)? (?:it |the place |the school |@org |that place |the lot )?to the ground|burns? (?:lovely|nicely|a treat|like (?:a )?(?:bonfire|tinderbox|torch|matchstick))|(?:jerry ?can|petrol can|can of petrol)(?: [^ .]+){0,6} (?:match|matches|lighter|light|alight|flames))${E}`,
    ),
    score: (a, m) => {
      const text = a.canon.slice(m.cs, m.ce);
      const sentence = around(a, m, 80, 60);
      if (RE_FUEL_INNOCENT.test(sentence)) return 0;
      const place = RE_FIRE_TARGET.test(sentence);
      // "it'll burn lovely" of a school shed, not of logs at forest school or the guy on bonfire night
      if (/^burns? (?:lovely|nicely|a treat|like)/.test(text) && RE_FIRE_FUN.test(sentence)) return 0;
      if (/^(?:set|setting|sets|go|goes|going|went|would go|burn|burns)(?![^ ])/.test(text)) {
        // "set the stage alight", "the pudding went up in flames": the school or a property only
        const lit = /^(?:set|setting|sets)/.test(text);
        const object = lit ? text : sentence;
        if (!RE_FIRE_PLACE.test(object)) return 0;
        // what is set alight is the object ("set the night sky alight"); what goes up in flames can
        // be the school "one night"
        // (the sentence without the match: "would go up like a bonfire" names a bonfire itself)
        if (
          /(?<![^ ])(?:stage|dancefloor|pitch|tree|pudding|candle|candles|toast|bonfire|fireworks|pan|oven|kitchen|dinner)(?![^ ])/.test(
            sentence.replace(text, ' '),
          ) ||
          (lit && /(?<![^ ])(?:world|imagination|night|sky)(?![^ ])/.test(object))
        )
          return 0;
      }
      return place ? 0.85 : 0.6;
    },
  },
  {
    // gun slang with a carrying verb: "bringing the strap to the park after school"
    name: 'weapon slang',
    why: 'Talks of bringing a gun or blade, in slang, with a place or time',
    need: anchors('strap straps skeng skengs shotty burner strapped tooled'),
    re: P(
      `${T}(?<weapon>(?:bring|bringing|brings|brought|carry|carrying|carries|pull out|pulling out|pulled out|coming with|come with|turn up with|turning up with|tooled up with|got|has|have) (?:a |the |my |his |her |their |me )?(?:strap|straps|skeng|skengs|shotty|burner)|(?:strapped|tooled up|tooled))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 3)) return 0;
      if (
        /(?<![^ ])(?:bag|bags|watch|sandal|sandals|shoe|shoes|helmet|bra|phone|guitar|harness|seatbelt|seat belt|car seat|wrist|chin|ankle|tools|toolbox|diy)(?![^ ])/.test(
          around(a, m, 40, 40),
        )
      )
        return 0;
      return PLACE_OR_TIME.test(a.canon) ? 0.75 : 0;
    },
  },
  {
    // "if they exclude him again, that head will be sorry / someone will get hurt / there will be
    // consequences": a school decision + harm or menace to follow
    name: 'conditional',
    why: 'A conditional threat: if the school does something, harm will follow',
    need: anchors('if when next unless until time'),
    re: P(
      `${T}(?<condition>if|when|next time|one more time|unless|until)(?: [^ .]+){1,14} (?<menace>(?:he|she|they|you|u|someone|somebody|people|the head|that head|the teacher|that teacher|@staff|@org|the school|that school|staff|the [a-z]+|that [a-z]+) (?:will|'ll|is going to|are going to|gonna|is gonna|are gonna|better|had better|will definitely) (?:be sorry(?! (?:to|if|for|about|that))|regret (?:it|this|that|the day|ever)|pay(?: for (?:it|this|that)| dearly| the price)?(?= [.,]|$)|get hurt|be hurt|suffer|find out (?:the hard way|what happens|what i'm|what i am|what we)|know about it|face the consequences|learn (?:the hard way|their lesson|a lesson)|get what'?s coming|be next)|there (?:will|'ll|is going to|are going to|gonna|is gonna) be (?:consequences|trouble|hell to pay|blood|war|payback|repercussions)|(?:someone|somebody|people|staff|teachers|you|he|she|they) (?:will|'ll|is going to|are going to|gonna|is gonna|could|might|may) (?:get|be|end up) (?:hurt|hurt badly|badly hurt|injured|killed|seriously hurt|in hospital)|i (?:won't|wont|will not|can't|cannot) be (?:held )?responsible (?:for (?:my|what))?|i (?:swear|promise)(?: [^ .]+){0,5} (?:hurt|kill|regret|sorry|pay))${E}`,
    ),
    score: (a, m) => {
      const menace = m.groups.find((g) => g[0] === 'menace');
      const text = menace ? a.canon.slice(menace[1], menace[2]) : '';
      if (/consequences|repercussions/.test(text)) {
        // behaviour policy ("if pupils misbehave there will be consequences") is not a threat
        const aimed =
          /(?<![^ ])(?:for (?:the|that|@staff|@org|him|her|them|you|staff|head|school|teacher|teachers)|believe me|trust me|i swear|mark my words|i promise|i'm telling you|warned)(?![^ ])/.test(
            a.canon.slice(m.cs, m.ce + 60),
          );
        if (!aimed) return 0;
      }
      if (negatedBefore(a, menace ? menace[1] : m.cs, 2)) return 0;
      return 0.8;
    },
  },
  {
    // "exclude my son again and see what happens / and that teacher will be sorry"
    name: 'conditional',
    why: 'A conditional threat: if the school does something, harm will follow',
    need: anchors('and n &'),
    re: P(
      `${T}(?<condition>(?:exclude|expel|suspend|isolate|touch|detain|put|keep|send|give|fail|punish|sanction|ban|kick|shout at|call|report) (?:my|our) (?:son|daughter|kid|child|boy|girl|lad|lass|kids|children|boys|girls)(?: [^ .]+){0,6} (?:and|&|n)) (?<menace>(?:see what happens|watch what happens|you'll|you will|he'll|she'll|they'll|that [a-z]+ will|the [a-z]+ will|i'll|ill|i will|we'll|there'll|there will)(?: [^ .]+){0,6} (?:sorry|regret|pay|hurt|find out|capable|consequences|trouble|deal with|sort|know about it|wish))${E}`,
    ),
    score: () => 0.8,
  },
  {
    // "it'd be a shame if something happened", "people like her have accidents", "enjoy your
    // last few weeks": mock concern that implies harm
    name: 'mock concern',
    why: 'Implies harm with mock concern',
    need: anchors('shame pity accident accidents injuries enjoy'),
    re: P(
      `${T}(?<menace>(?:be|it'd be|itd be|would be|'d be|it would be) a (?:real |terrible |awful |crying |great |proper |right |massive |big )?(?:shame|pity) (?:if|wouldn't it|wouldnt it|eh|innit)|(?:be|it'd be|would be|'d be) a (?:real |proper |right )?(?:pity|shame)(?= [.!]|$)|shame if (?:something|anything|owt) (?:happened|happens|were to happen)|shame if (?:the|that|your|ur|his|her|their|it|he|she|they|@org|@staff)|(?:tend to|tends to|might|could|gonna|going to|will|may|often) (?:have|has) (?:an? )?(?:nasty |little |terrible |unfortunate )?accidents?|(?:bad |nasty |serious )?(?:accidents|injuries) (?:happen|can happen|do happen)|(?:better|should|might as well) enjoy (?:your|ur|his|her|their) last (?:few )?(?:days|weeks|months|day|week|term))${E}`,
    ),
    score: (a, m) => {
      if (
        /(?<![^ ])(?:rain|rained|raining|weather|snow|cancelled|canceled|missed|miss|potty|toilet|wet|spare|pants|nappy|nappies|reception|nursery|eyfs|retire|retirement|retiring|leaving|new job|congratulations|congrats|good luck|farewell|holiday|summer)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      // a cue of harm beside the words, not in them ("accidents happen" alone is road safety)
      const beside = `${a.canon.slice(Math.max(0, m.cs - 80), m.cs)} ${a.canon.slice(m.ce, m.ce + 80)}`;
      const harm =
        /(?<![^ ])(?:brakes|fire|burn|burnt|petrol|🔥|windows|tyres|car|cars|alone|especially|dog|dogs|cat|pet|kids|family|wife|husband|went missing|go missing|house|classroom|building|hurt|happened|happens|something|owt|accident|accidents|people like|the likes of|just saying|not saying|only saying|i'm not threatening|not a threat|children|little ones|girls|boys|canal|river|went up|go up|goes up|flames|still on it|in the night|overnight|keyed|torched|crashed|lost its)(?![^ ])/.test(
          beside,
        );
      // "Sunday league can get very rough. Bad injuries happen all the time 🙂": a sly coda is harm enough
      return harm || RE_SLY_CODA.test(beside) ? 0.75 : 0;
    },
  },
  {
    // "he's getting battered", "you're getting done in": a person about to be hurt
    name: 'getting hurt',
    why: 'Says someone is going to be hurt',
    // (2026-12-04) also a noun phrase as the one to be hurt ("that new teacher is getting his head
    // kicked in", "those year 9s are getting ironed next time") and teen words for a beating
    need: anchors('getting'),
    re: P(
      `${T}(?<menace>(?:he's|hes|he is|she's|shes|she is|you're|youre|ur|you are|they're|theyre|they are|@staff is|@staff 's|(?:that|this|those|these) (?:[^ .]+ ){1,6}?(?:is|are|'s)) (?:getting|gonna get|going to get|gunna get|bout to get|about to get) (?:(?:[^ .]+ ){0,2})?(?:battered|smashed|smashed in|decked|merked|dropped|done in|done|hurt|stabbed|shanked|banged out|knocked out|jumped|leathered|twatted|sparked|bodied|slapped|punched|kicked in|ironed|bottled|glassed|knifed|smacked|beaten up|dragged|rushed|mashed|lamped|chinned|bashed))${E}`,
    ),
    score: (a, m) => {
      if (inSportContext(a, m.cs)) return 0;
      if (
        /^ (?:by the|in the|on|in|from) (?:the )?(?:wind|rain|storm|weather|press|media|papers|twitter|facebook|tiktok|social media|online|comments|reviews)/.test(
          a.canon.slice(m.ce, m.ce + 24),
        )
      )
        return 0;
      // "that old printer is getting smashed up for the DT project", a building being knocked down
      if (/^ (?:up|down) (?:for|by|to make)/.test(a.canon.slice(m.ce, m.ce + 16))) return 0;
      if (negatedBefore(a, m.cs, 2)) return 0;
      return 0.8;
    },
  },
  {
    // "smash mr x's face in", "kick his head in": violence to a named person's body
    name: 'bodily harm',
    why: 'Threatens to injure someone',
    need: anchors('face head jaw teeth skull nose neck kneecaps ribs legs'),
    re: P(
      `${T}(?<menace>(?:smash|smashed|smashing|kick|kicked|kicking|punch|punching|cave|caved|caving|bash|bashed|bashing|break|breaking|snap|snapping|rip|ripping|knock|knocking|stamp on|stamping on|boot|booting) (?:@staff 's|his|her|their|your|ur|yer|[a-z]+'s|[a-z]+ 's) (?:face|head|jaw|teeth|skull|nose|neck|kneecaps|ribs|legs)(?: in| off)?)${E}`,
    ),
    score: (a, m) => {
      if (inSportContext(a, m.cs)) return 0;
      if (/^ (?:on|into|against|off) (?:the|a) /.test(a.canon.slice(m.ce, m.ce + 12))) return 0;
      if (negatedBefore(a, m.cs, 4)) return 0;
      return 0.8;
    },
  },
  {
    // "someone needs to put mr x in the ground", "teach her a lesson", "needs dragging out"
    name: 'harm wished',
    why: 'Says someone should be harmed',
    need: anchors('ground grave hospital lesson dragging draggin dragged'),
    re: P(
      `${T}(?<menace>put (?:@staff|him|her|them|you|u|that (?:[^ .]+ ){0,2}[^ .]+|the (?:[^ .]+ ){0,2}[^ .]+|[a-z]+) in (?:the )?(?:ground|grave|hospital|a&e|a wheelchair|intensive care)|(?:needs|need|deserves|deserve|wants|should be|ought to be) (?:dragging|draggin|dragged|drag) out|(?:teach|teaching|taught) (?:@staff |him |her |them |you |u |(?:that|the|this) (?:[^ .]+ ){1,3})?a (?:proper |real |good |hard |painful )?lesson (?:he|she|they|you|u) (?:won't|wont|will never|never) forget)${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 3) ? 0 : 0.75),
  },
  {
    // "needs teaching a lesson … I'd happily do it myself"
    name: 'harm wished',
    why: 'Says someone should be harmed',
    need: anchors('lesson'),
    re: P(
      `${T}(?<menace>(?:needs|need|deserves|deserve|someone should|somebody should|someone needs to|gonna|going to|i'll|ill|i'd|we'll|we should)(?: [^ .]+){0,6} (?:teaching|teach|taught) (?:@staff |him |her |them |you |u |(?:that|the|this) (?:[^ .]+ )?(?:${OUTSIDE_ADULTS}) )?a (?:proper |real |good |hard )?lesson)(?! (?:on|about|in|plan|plans|for|observation|with))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 3) ? 0 : 0.7),
  },
  {
    // "touch my sister again and I'm coming in", "any1 hurts my boy again …"
    name: 'touch them again',
    why: 'Threatens retaliation if a child is touched again',
    need: anchors('again'),
    re: P(
      `${T}(?<menace>(?:touch|touches|touched|hurt|hurts|hit|hits|lay a finger on|lays a finger on|go near|goes near|bully|bullies|pick on|picks on|speak to|speaks to|talk to|talks to) (?:my|our|him|her|them|me)(?: [^ .]+){0,6} again (?:and |n |& |, )?(?:i'm|im|i'll|ill|i will|we'll|we're|you're|ur|he's|hes|she's|they're|there'll|there will|i swear|see what))${E}`,
    ),
    score: () => 0.8,
  },
  {
    // "a present for reception 📦 ticking away", "tick tock" with a parcel or place
    name: 'device',
    why: 'Hints at a device set to go off',
    need: anchors('ticking tick tock tick-tock ⏰ ⏲ 💣'),
    re: P(`${T}(?<device>ticking(?: away| nicely| down)?|tick ?tock|tick-tock|⏰|⏲|💣)${E}`),
    score: (a, m) => {
      if (
        /(?<![^ ])(?:days|christmas|holidays|countdown|clock|advent|alarm|time|deadline|results)(?![^ ])/.test(
          around(a, m, 60, 100),
        )
      )
        return 0;
      const parcel = /(?<![^ ])(?:present|package|parcel|box|📦|gift|surprise|bag|something)(?![^ ])/.test(
        a.canon,
      );
      return parcel && PLACE_OR_TIME.test(a.canon) ? 0.8 : 0;
    },
  },
  {
    // "doing something big at the school friday", "planning something for wednesday"
    name: 'something will happen',
    why: 'Warns that something is being planned at the school',
    need: anchors('something'),
    re: P(
      `${T}(?<menace>(?:doing|doin|do|planning|plannin|planned|plan|got|have|organising|organizing) something (?:big |bad |special |massive |crazy |mad |huge |nasty |serious )?(?:at|for|on|to|in) (?:[^ .]+ ){0,2}?(?:@org|school|the school|${alt(TIMES)}))${E}`,
    ),
    score: (a) => {
      if (RE_GOOD_NEWS.test(a.canon)) return 0;
      const cue =
        RE_MENACE_CUE.test(a.canon) ||
        /(?<![^ ])(?:evacuated|evacuate|evacuation|lockdown|😈|💣|🔥)(?![^ ])/.test(a.canon);
      return cue ? 0.75 : 0;
    },
  },
  {
    // "come and watch him get what's coming", "if u wanna see mr x get battered"
    name: 'getting hurt',
    why: 'Invites people to watch someone get hurt',
    need: anchors('coming battered done smashed jumped hurt deserve deserves'),
    re: P(
      `${T}(?<menace>(?:see|watch|film|seeing|watching|filming) (?:@staff|him|her|them|that [^ .]+|the [^ .]+|[a-z]+) get (?:what's coming|whats coming|wats coming|what is coming|battered|done in|done|smashed|jumped|hurt|what (?:he|she|they) deserves?)|(?:get|gets|getting) (?:what's|whats|wats|what is) coming (?:to (?:him|her|them|you|u)))${E}`,
    ),
    score: (a, m) => (inSportContext(a, m.cs) || negatedBefore(a, m.cs, 3) ? 0 : 0.75),
  },
  {
    // "the school will be all over the news on friday", "there's gonna be a gun at the school"
    name: 'violence forecast',
    why: 'Predicts violence or a weapon at the school',
    need: anchors('news gun guns knife knives blade weapon weapons shooting stabbing'),
    re: P(
      `${T}(?<menace>(?:gonna|going to|will|'ll) be (?:all )?(?:over|on|in) the news|(?:gonna|going to|will|'ll|there'll|there will|there's gonna|theres gonna) be (?:a |an )?(?:gun|guns|knife|knives|blade|blades|weapon|weapons|shooting|stabbing) (?:at|in|outside|on) (?:the )?(?:@org|school|academy|gates|[^ .]+ academy))${E}`,
    ),
    score: (a, m) => {
      const text = a.canon.slice(m.cs, m.ce);
      if (/news/.test(text)) {
        if (RE_GOOD_NEWS.test(a.canon)) return 0;
        return RE_MENACE_CUE.test(a.canon) || /(?<![^ ])(?:🔥|💣|stay home|stay away)(?![^ ])/.test(a.canon)
          ? 0.75
          : 0;
      }
      if (/(?<![^ ])(?:awareness|workshop|talk|amnesty|assembly|play|drama)(?![^ ])/.test(a.canon)) return 0;
      return 0.8;
    },
  },
  {
    // a fight arranged with weapons: "bring whatever you've got 🔪", "who wants it … 🔫"
    name: 'weapon',
    why: 'Arranges a fight with weapons',
    need: anchors('🔪 🔫 💣 bring whatever'),
    re: P(
      `${T}(?<weapon>bring (?:whatever|everything|what) (?:u|you|ya) (?:got|have|'ve got)|(?:🔪|🔫)(?: (?:🔪|🔫)){0,3})${E}`,
    ),
    score: (a) => {
      const weapon = /(?:🔪|🔫)/.test(a.canon);
      const fight =
        /(?<![^ ])(?:wants it|who wants|want it|fight|scrap|meet|bring|pull up|link|no snitching|snitch|on sight)(?![^ ])/.test(
          a.canon,
        );
      // drill's words for a rival group and a raid need no place or time beside the weapon
      const drill = RE_DRILL.test(a.canon);
      // "Call of Duty tournament tonight 🎮🔫"
      if (!drill && (RE_GAME.test(a.canon) || a.canon.includes('🎮'))) return 0;
      return weapon && (drill || (fight && PLACE_OR_TIME.test(a.canon))) ? 0.8 : 0;
    },
  },
  {
    // drill slang for stabbing or a beating, said of what will happen: "any X man gets wetted",
    // "harbourline man get shanked on sight"; a report of what happened ("got stabbed") is not this
    name: 'getting hurt',
    why: 'Says someone is going to be stabbed or beaten',
    need: anchors('shanked wetted merked chinged splashed poked bored'),
    re: P(
      `${T}(?<menace>(?:get|gets|getting|gonna get|going to get|will get|'ll get|bout to get|about to get) (?:shanked|wetted|merked|chinged|splashed|poked|bored)(?: on sight| up)?)${E}`,
    ),
    score: (a, m) => {
      if (inSportContext(a, m.cs) || negatedBefore(a, m.cs, 3)) return 0;
      if (RE_GAME.test(a.canon)) return 0;
      return 0.8;
    },
  },
  {
    // "he's getting a slap", "she's getting a kicking at the bus stop": a beating as a noun
    name: 'getting hurt',
    why: 'Says someone is going to be beaten',
    need: anchors('slap smack kicking hiding beating battering leathering pasting'),
    re: P(
      `${T}(?<menace>(?:he's|hes|he is|she's|shes|she is|you're|youre|ur|you are|they're|theyre|they are|@staff is|@staff 's|(?:that|the|this) (?:[^ .]+ ){1,4}?(?:is|are|'s)|(?:he|she|they|you|u|@staff) (?:will|'ll|is gonna|are gonna|is going to|are going to)) (?:getting|get|gonna get|going to get|bout to get|about to get) (?:a|a good|a proper|a right|the) (?:slap|smack|kicking|hiding|beating|battering|leathering|pasting))${E}`,
    ),
    score: (a, m) => {
      if (inSportContext(a, m.cs) || negatedBefore(a, m.cs, 2)) return 0;
      // "a hiding to nothing"; a team's "kicking" on the pitch is sport (inSportContext)
      if (/^ to nothing/.test(a.canon.slice(m.ce, m.ce + 12))) return 0;
      // "the school is getting a kicking in the press": criticism, not a beating
      if (
        /^ (?:in|from|on|over) (?:the )?(?:press|papers|media|reviews|polls|comments|ofsted|twitter|facebook|news)/.test(
          a.canon.slice(m.ce, m.ce + 20),
        )
      )
        return 0;
      return 0.8;
    },
  },
  {
    // "I start breaking noses", "crack some skulls", "heads will roll" is not this (an idiom)
    name: 'bodily harm',
    why: 'Threatens to injure people',
    need: anchors('noses skulls jaws kneecaps heads legs faces teeth'),
    re: P(
      `${T}(?<menace>(?:start|starting|go|going|gonna|will|'ll|i'll|ill|we'll|i will) (?:breaking|cracking|smashing|busting|kicking in|caving in|break|crack|smash|bust|kick in|cave in) (?:some |a few )?(?:noses|skulls|jaws|kneecaps|heads|faces|teeth|legs))${E}`,
    ),
    score: (a, m) =>
      inSportContext(a, m.cs) || negatedBefore(a, m.cs, 3) || RE_GAME.test(a.canon) ? 0 : 0.8,
  },
  {
    // "he'll need an ambulance after", "you'll be leaving in an ambulance"
    name: 'bodily harm',
    why: 'Says someone will need an ambulance',
    need: anchors('ambulance ambulances stretcher'),
    re: P(
      `${T}(?<menace>(?:he'll|hell|she'll|they'll|you'll|youll|he will|she will|they will|you will|u will|u'll) (?:need|be needing|be leaving in|leave in|be going home in|go home in|be carried out on) (?:an |a )?(?:ambulance|ambulances|stretcher))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      // first aid and accidents: the ambulance is help, not a promise
      if (
        /(?<![^ ])(?:first aid|allergic|allergy|asthma|epipen|fell|fall|falls|fainted|seizure|injured|injury)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return 0.8;
    },
  },
  {
    // "there is a device in Oakfield Academy", "evacuate the school before 1pm, last chance"
    name: 'device',
    why: 'Warns of a device or tells people to evacuate',
    need: anchors('device devices bomb bombs explosive explosives evacuate'),
    re: P(
      `${T}(?<device>(?:there is|there's|theres|there are) (?:a |an |two |some )?(?:device|devices|bomb|bombs|explosive|explosives|ied) (?:in|at|inside|under|somewhere in)|evacuate (?:[^ .]+ ){0,3}?(?:before|by|now|immediately|today|tonight|tomorrow))${E}`,
    ),
    score: (a, m) => {
      const near = around(a, m, 80, 80);
      // drills, exercises, films, history lessons and the news of a found device made safe
      if (
        /(?<![^ ])(?:drill|drills|practice|exercise|training|rehearsal|planned|test|alarm|film|movie|game|history|ww2|wwii|war|blitz|museum|lesson|made safe|controlled explosion|all clear|hoax|false alarm|reported|police say|police said|according)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      const device = /^(?:there|theres)/.test(a.canon.slice(m.cs, m.ce));
      const cue =
        RE_MENACE_CUE.test(a.canon) ||
        /(?<![^ ])(?:you have until|you've got until|you got until|before it|or else|not a joke|last chance)(?![^ ])/.test(
          a.canon,
        );
      if (device) return cue ? 0.9 : 0.8;
      return cue ? 0.85 : 0;
    },
  },
  {
    // "torch bramblecote. do it", "I'm torching the place": the verb, with a place or a call to act
    name: 'arson',
    why: 'Talks about setting fire to the school or a property',
    need: anchors('torch torching flammable'),
    re: P(
      `${T}(?<arson>(?:torch|torching|torched) (?:the |that |this |his |her |their |[a-z]+ )?(?:${FIRE_PLACE}|[a-z]+(?= (?:do it|tonight|tomorrow|tmrw|friday|lads|\\.)))|how flammable (?:his|her|their|the|that) (?:[^ .]+ ){0,2}?(?:${FIRE_PLACE}))${E}`,
    ),
    score: (a, m) => {
      const sentence = around(a, m, 60, 60);
      // a torch is also a lamp ("torch the path", "bring a torch")
      if (
        /(?<![^ ])(?:a torch|the torch|my torch|torchlight|flashlight|batteries|olympic|relay|crème|creme|brulee|brûlée|blowtorch|meringue|chef|cooking|bake|baking)(?![^ ])/.test(
          sentence,
        )
      )
        return 0;
      if (negatedBefore(a, m.cs, 3)) return 0;
      return 0.8;
    },
  },
  {
    // damage promised to a car or the building: "come back to four flat tyres", "paint stripper on
    // her car", "a very unfortunate accident with a brick", "upside down in the river"
    name: 'property damage',
    why: 'Threatens damage to a car or the building',
    need: anchors('tyres tires stripper brick bricks bonnet river canal keyed reversed'),
    re: P(
      `${T}(?<menace>(?:come back to|return to|find|finds|wake up to|be left with) (?:four |4 |two |2 |some )?(?:flat|slashed|let down) (?:tyres|tires)|(?:tyres|tires) (?:slashed|let down|getting slashed|will be slashed)|paint stripper (?:on|over|across)|(?:accident|accidents|meeting|encounter) with a brick|brick (?:through|thru|in) (?:his|her|their|the|your|ur) (?:windscreen|window|windows)|(?:upside down|at the bottom of|in the bottom of) (?:in )?the (?:river|canal|lake|pond|reservoir)|scratched into (?:the|his|her|their) (?:bonnet|door|paintwork|car)|(?:van|car|truck|lorry|tractor) reversed into (?:it|them|the gates?|the doors?|the building))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 3)) return 0;
      // a report of what happened to the writer's own car, or a road-safety story
      if (
        /(?<![^ ])(?:my car|our car|my tyres|my windscreen|someone keyed my|police are|insurance|mot|garage|puncture|pothole|potholes)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return 0.75;
    },
  },
  {
    // menace about a person's going home: "has to leave that building every night", "think very
    // carefully before he walks out of that building", "enjoy her Sunday mornings while she can"
    name: 'menace idiom',
    why: 'Implies harm when the person leaves or goes about their life',
    need: anchors('leave carefully while dealing brave hard tough security untouchable safe'),
    re: P(
      `${T}(?<menace>(?:has to|have to|has got to|got to|gotta|needs to) leave (?:that|the|this) (?:building|school|place|office|house) (?:every|some|at some|eventually|sometime|one day|tonight)|think (?:very |really |long and hard and |long and )?(?:carefully|hard) before (?:he|she|they|you|@staff) (?:walks?|leaves?|steps?|goes?|comes?) (?:out|home|outside|off)|(?:he|she|they|@staff|(?:mr|mrs|ms|miss|dr|sir) [^ .]+|the (?:@org )?(?:head|headteacher|principal|deputy|ceo|[^ .]+ teacher)) (?:should|better|'d better|had better|can|might as well) enjoy (?:his|her|their|them|the|that|this|those) (?:[^ .]+ ){1,5}?while (?:he|she|they) (?:can|still can)|(?:no idea|not a clue|no clue) who (?:he's|hes|she's|shes|they're|theyre|he is|she is|they are) (?:dealing|messing|mess) with|see how (?:brave|hard|tough|big|smug|cocky|clever|gobby|mouthy|untouchable|safe|clever|confident) (?:he|she|they|you|@staff|(?:mr|mrs|miss|ms|sir) [^ .]+|(?:your|his|her|that|the) [^ .]+) (?:is|are|feels?) (?:when|in the dark|after|once|without|face to face|on (?:his|her|their) own)|(?:bring|get|hire) (?:some )?(?:security|protection|bodyguards?|backup)[ .,]+(?:you'll|youll|you will|they'll|he'll|she'll) need (?:it|them))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      if (RE_SURPRISE.test(around(a, m, 60, 60))) return 0;
      // "Mr Harding should enjoy the summer holidays while he can, he's earned them"
      if (
        /(?<![^ ])(?:holiday|holidays|retirement|retiring|earned|deserves|deserved|summer|break|half term|sunshine|weekend|lie-in|lie in|peace and quiet)(?![^ ])/.test(
          around(a, m, 60, 60),
        )
      )
        return 0;
      return 0.75;
    },
  },
  {
    // doxxing as a threat: "we're going to find where they live", "her address … goes up on every
    // local page", "I know which house on Chapel Row belongs to your head of inclusion"
    name: 'knows their movements',
    why: 'Threatens to find or publish where someone lives',
    need: anchors('live lives address addresses house belongs'),
    re: P(
      `${T}(?<menace>(?:find|finding|found out|find out|track down|work out|figure out) where (?:he|she|they|you|u|@staff|(?:the|that|this) (?:[^ .]+ ){0,2}[^ .]+|each of them|all of them) (?:lives?|stays?|sleeps?)|(?:his|her|their|your|ur) (?:home )?address(?:es)?(?:,| and| &)? (?:[^ .]+ ){0,8}?(?:go|goes|going|will go|get|gets|getting|are going|is going) (?:up|out|online|public|viral|round|around|everywhere|on every)|(?:know|found out|worked out) which house (?:[^ .]+ ){0,4}?(?:belongs to|is) (?:his|her|their|your|@staff|the [^ .]+|mr [^ .]+|mrs [^ .]+|miss [^ .]+|ms [^ .]+))${E}`,
    ),
    // a lost pet, a parcel, a new neighbour, a house move
    score: unlessNear(
      3,
      /(?<![^ ])(?:parcel|delivery|post|card|invite|invitation|lost|dog|cat|moved|moving|neighbour|new house|estate agent|for sale|the form|admissions|catchment)(?![^ ])/,
      [80, 80],
      0.8,
    ),
  },
  // 2026-12-03: the oblique menace of a parent with a grievance, which names no harm at all. Each
  // is a set way of saying "something will happen to you" that ordinary posts do not use.
  {
    // "this is a promise, not a threat", "you've upset the wrong mum", "they've made an enemy today",
    // "it's not over until I say it's over", "this ends when we say it ends"
    name: 'menace phrase',
    why: 'Uses a set phrase of menace',
    need: anchors('promise wrong enemy enemies over ends'),
    re: P(
      `${T}(?<menace>(?:this is|that's|thats|it's|its|this is not|that is) (?:a promise ,? not a threat|not a threat(?: ,? [^ .]+){0,4} ,? (?:it's |its |that's |this is )?a promise)|(?:upset|upsetting|crossed|crossing|messed with|messing with|picked on|picking on|made an enemy of|made enemies of|make enemies of|making enemies of|picked a fight with|picking a fight with|pick a fight with) the wrong (?:mum|mam|dad|family|families|parent|parents|person|people|man|woman|lot|bloke)|(?:made|making|just made) (?:an|a real|a proper) enemy (?:today|now|of (?:me|us|this family))|(?:it's|its|it is|this is|this isn't|it isn't) (?:not )?over (?:until|till|til|'til) (?:i|we) say (?:it's|it is|so)|(?:this|it) ends when (?:i|we) say (?:it )?ends)${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs) || hasJoke(a) ? 0 : 0.75),
  },
  {
    // "we won't be bringing a petition", "next time it won't be to talk", "we're not the type to
    // write letters", "some consequences don't come in a letter", "they won't be writing statements"
    name: 'menace phrase',
    why: 'Says the next step will not be words',
    need: anchors('petition letter letters statements talk type'),
    re: P(
      `${T}(?<menace>(?:won't|wont|will not|wouldn't|not) be (?:bringing|bringin|signing|writing) (?:a |any )?(?:petition|petitions|letters?|statements?|emails?)(?: afterwards| this time| next time)?(?= [.,!?]|$)|(?:it |this |next time )?(?:won't|wont|will not|isn't|is not|ain't) be (?:to|for) (?:talk|a talk|a chat|chat|talking|a word)(?= [.,!?]|$| and| the)|(?:we're|we are|i'm|im|i am) not the (?:type|sort|kind) to (?:write|send) (?:letters|emails|a letter|complaints)|(?:don't|dont|do not|won't|wont) (?:always )?come (?:in|by) (?:a )?(?:letter|letters|email|post))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 1) ? 0 : 0.7),
  },
  {
    // property spoken of as fragile to its owner: "brakes are a delicate thing", "big glass windows
    // are fragile things", "winner keeps their windows", "cars left there overnight don't always look
    // the same in the morning", "bad things can happen to cars overnight"
    name: 'property damage',
    why: 'Implies damage to a property',
    need: anchors('delicate fragile windows morning happen'),
    re: P(
      `${T}(?<menace>(?:brakes|brake lines|windows|windscreens|windscreen|tyres|tires|glass|cars|car|doors|roof) (?:are|is|can be) (?:a |such )?(?:very )?(?:delicate|fragile)(?: things?)?|(?:winner|whoever wins|loser) (?:keeps|gets to keep|loses) (?:their|his|her|the) (?:windows|car|cars|house|tyres)|(?:don't|dont|do not|won't|wont) always look the same (?:in the morning|the next day|afterwards)|bad things (?:can |do |might |could )?happen to (?:cars|houses|windows|property|buildings|people)(?: [^ .]+){0,2} (?:overnight|at night|round here|in the dark))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) ? 0 : 0.7),
  },
  {
    // patience ending, the ultimatum before a threat: "I've stopped being the nice parent", "I'm done
    // asking", "my patience has a limit", "you've got until Monday to apologise" (weak alone: "I've
    // stopped being patient with the bus company" is a complaint; a second cue makes it a threat)
    name: 'menace phrase',
    why: 'Warns that the writer has stopped being patient',
    need: anchors('nice patient polite asking smiling reasonable patience until'),
    re: P(
      `${T}(?<menace>(?:stopped|stop|stops|stopping) being (?:so )?(?:nice|patient|polite|reasonable|the nice (?:parent|mum|dad|one|guy))|(?:i'm|im|i am|we're|we are) (?:done|finished) (?:asking|smiling|being nice|being patient|being polite|being reasonable)|(?:my|our) patience (?:has a limit|has run out|is running out|ran out)|(?:has|have|has got|you've got|you've|got) (?:until|till|til) (?:[^ .]+ ){1,4}?to (?:apologise|apologize|say sorry|put (?:it|this|things) right))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) ? 0 : 0.45),
  },
  {
    // a staff member's home as the place the writer goes or watches: "my husband's been down to look
    // at the head's house", "a walk past the deputy head's house", "standing outside Dr Ashworth's
    // house", "closer to your front door", "turning up at her door instead"
    name: 'knows their movements',
    why: "Speaks of going to or watching a staff member's home",
    need: anchors('house home door doors drive driveway'),
    re: P(
      `${T}(?<menace>(?:look at|looking at|looked at|walk past|walked past|walking past|drive past|drove past|driving past|been past|went past|go past|going past|been round|outside|standing outside|sat outside|parked outside|turning up at|turn up at|turned up at|closer to|round to|knock on|knocking on) (?:the |that |your |ur )?(?:(?:[^ .]+ )?(?:head|headteacher|deputy head|deputy|principal|ceo|teacher|senco|dsl|chair|staff) 's |@staff 's |staff's |your |ur )(?:house|home|front door|front doors|door|doors|drive|driveway|street)|(?:turning up|turn up|turned up|knock|knocking) (?:at|on) (?:his|her|their) (?:front )?(?:door|doors|house))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      if (
        /(?<![^ ])(?:carol|carols|sang|singing|party|cake|flowers|card|cards|gift|gifts|present|presents|delivered|delivery|parcel|lost|found|dog|cat|moved|neighbour|visit her in|get well|condolences|sorry for|sympathy|collect|collection|pick up|lift)(?![^ ])/.test(
          around(a, m, 80, 80),
        )
      )
        return 0;
      // an address given as news ("hit by a car outside his house on Ellesmere Road")
      if (/^ on [^ .]+ /.test(a.canon.slice(m.ce, m.ce + 30))) return 0;
      return 0.65;
    },
  },
  {
    // "one day he's going to walk off home and find someone waiting", "he'd be wise to stay indoors",
    // "smile while you can", "enjoy his last week of peace", "I know people who will", "somebody else
    // will remove her for them", "what happens to grasses round here?"
    name: 'menace idiom',
    why: 'Implies harm to come',
    need: anchors('waiting wise smile peace people else grasses snitches'),
    re: P(
      `${T}(?<menace>(?:find|finds|there'll be|there will be) (?:someone|somebody|people|a few of us) waiting (?:for (?:him|her|them|you)|outside|at (?:his|her|their|your) (?:door|car|house))?(?= [.,!?]|$| when| one)|(?:he'd|she'd|they'd|you'd|(?:he|she|they|you|@staff(?: (?:of|at|from) @org)?) would) be wise to (?:stay|keep|lie|watch|think|look)|smile while (?:you|u|he|she|they) (?:can|still can)|(?:his|her|their) (?:last|final) (?:week|weekend|days|day|night|month) of peace|(?:i|we) (?:know|have|'ve got|got) (?:some |a few )?(?:people|lads|blokes|mates|men|dads|friends|cousins|brothers|contacts) who (?:will|'ll|would|'d|can)(?= [.,!?]|$| and)|(?:somebody|someone) else will (?:remove|deal with|sort out|sort|handle) (?:him|her|them|@staff)|what happens to (?:grasses|snitches|grassers|rats) (?:round|around) here)${E}`,
    ),
    // someone waiting to collect a child, a coach, a photographer's queue
    score: unlessNear(
      2,
      /(?<![^ ])(?:pick up|pickup|collect|collecting|lift|taxi|minibus|coach|parents evening|photo|photos|camera|queue)(?![^ ])/,
      [60, 40],
      0.65,
    ),
  },
  {
    // "you'll find out what that means", "he'll find out soon enough how small he really is", "I'll
    // show you what trouble actually looks like", "she'll learn that I can be a very different kind of
    // parent", "Oakfield's gonna lose something too", "he needs to worry about me", "when karma comes
    // knocking I'll be holding the door open for it"
    name: 'menace idiom',
    why: 'Promises that the person will find out what the writer will do',
    need: anchors('means small far trouble different lose loses losing lost worry karma'),
    re: P(
      `${T}(?<menace>(?:find out|learn|see|understand|realise|realize) (?:soon enough |very soon |the hard way |exactly |soon )?(?:what (?:that|this) means(?! (?:for|in|to|when))|how (?:small|far|serious) (?:[^ .]+ ){0,2}(?:is|are|really is|i'll go|i will go|we'll go|this goes))|show (?:you|u|him|her|them) what (?:real )?(?:trouble|angry|pain) (?:actually |really )?looks like|(?:a )?very different (?:kind|sort) of (?:parent|mum|mam|dad|person)|(?:lose|loses|losing|lost) something (?:precious|too|as well|of (?:their|his|her|your) own)|(?:needs? to|should|better|wants to|has to|have to|got to) (?:worry|be worried) about (?:me|us)(?= [.,!?]|$)|karma(?: [^ .]+){0,8} (?:i'll|i'm|i am|im|ill|we'll|happy to|more than happy to|glad to) (?:[^ .]+ ){0,3}(?:help|give it a|hold|holding|deliver|delivering|speed))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs) ? 0 : 0.65),
  },
  {
    // watching a person and what they have, the info gathered as the menace: "nice to know when the
    // house is empty", "your CCTV blind spots", "now I know her face, I'll know it anywhere", "wrote
    // down every name", "she's about to have a very bad month", "her life is going to get very
    // complicated very soon", "they'll be seeing plenty of me"
    name: 'knows their movements',
    why: 'Speaks of watching a person or what is about to happen to them',
    need: anchors('empty spots anywhere name names day month week year term complicated plenty'),
    re: P(
      `${T}(?<menace>when (?:the|his|her|their|your) house is empty|(?:cctv|camera|cameras|your|ur) blind spots|(?:i'll|i will|we'll) (?:know|recognise|recognize|spot) (?:her|him|them|you|it) anywhere|(?:wrote|written|writing|took|taken) down every (?:single )?(?:name|face|number plate|reg)|(?:is|are|'s|'re) (?:about to|going to|gonna) have a (?:very |really )?(?:bad|rough|hard|long|difficult) (?:day|week|month|year|term)|(?:life|lives) (?:is|are) (?:going to|gonna|about to) (?:get|become) (?:very |really )?(?:complicated|difficult|hard|unpleasant)|be seeing (?:plenty|a lot|lots) of (?:me|us))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs) ? 0 : 0.6),
  },
  // 2026-12-04: menace as a warning about meeting the writer, violence held back "this time", lists
  // of staff addresses, a wish that someone be afraid, and damage to a car said in two words.
  {
    // "Mr Grant better pray he never bumps into me outside school", "she'd better hope she's never on
    // her own when I see her", "they better hope I don't catch them"
    name: 'menace idiom',
    why: 'Warns someone to hope they never meet the writer',
    need: anchors('pray hope'),
    re: P(
      `${T}(?<menace>(?:better|best|'d better|had better) (?:hope|pray) (?:that )?(?:[^ .]+ ){0,3}?(?:never|don't|dont|do not|doesn't|doesnt|does not|won't|wont|isn't|isnt|aren't|arent) (?:[^ .]+ ){0,3}?(?:bumps? into me|runs? into me|bumps? into us|runs? into us|sees? me|see us|catch (?:him|her|them|you|u)|catches (?:him|her|them)|meet me|meets me|on (?:his|her|their|your|ur) own|alone|by (?:himself|herself|themselves|yourself)))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1) || inSportContext(a, m.cs) || hasJoke(a)) return 0;
      // the writer's own hope ("we better pray Ofsted don't see us on a Friday")
      return /(?:^|[ ])(?:i|we|i'd|we'd|us)$/.test(a.canon.slice(Math.max(0, m.cs - 8), m.cs).trimEnd())
        ? 0
        : 0.7;
    },
  },
  {
    // "he's lucky I didn't knock him out", "she was lucky my husband didn't lamp her", "next time he
    // won't be so lucky": violence held back, promised next time
    name: 'menace idiom',
    why: 'Says the writer held back from hurting someone',
    need: anchors('lucky'),
    re: P(
      `${T}(?<menace>(?:he's|hes|he is|she's|shes|she is|they're|theyre|they are|you're|youre|ur|you are|he was|she was|they were|you were|@staff (?:is|was|'s)|(?:that|the|this) (?:[^ .]+ ){1,4}?(?:is|was|'s)) (?:so |very |dead |well |bloody )?lucky (?:i|we|my (?:husband|partner|wife|dad|brother|son|fella|missus|boyfriend|girlfriend)) (?:didn't|didnt|did not|never|wasn't|wasnt|was not) (?:[^ .]+ )?(?:hit|bottle|punch|slap|batter|deck|knock|lamp|floor|smack|chin|spark|bang|drop|swing for|kick|glass|leather|twat|belt|thump|strangle|throttle|stab|bottled|there)(?: (?:him|her|them|you|u|@staff|out))?|(?:next time|won't be|wont be|will not be) (?:he|she|they|you|u|@staff)? ?(?:won't|wont|will not)? ?be (?:so|as) lucky)${E}`,
    ),
    // "lucky I didn't drop the trophy", "you'll be so lucky at the raffle"
    score: unlessNear(
      1,
      /(?<![^ ])(?:raffle|lottery|tombola|weather|rain|trophy|cake|phone|tray|ball|deer|pothole|bus|car in front|kerb|exam|test|ofsted)(?![^ ])/,
      [60, 40],
      0.7,
    ),
  },
  {
    // "names and addresses already found", "we've got every governor's home address", "a list of
    // their addresses is going round": staff homes collected as a threat
    name: 'knows their movements',
    why: "Speaks of collecting staff members' home addresses",
    need: anchors('addresses'),
    re: P(
      `${T}(?<menace>names and (?:home )?addresses (?:[^ .]+ ){0,3}?(?:found|got|ready|sorted|collected|gathered|going up|going round|going online|posted|out there|on a list)|(?:found|got|have|know|got hold of|collected|gathered|have got|'ve got) (?:all )?(?:of )?(?:their|the staff 's|the staff's|the teachers'|the governors'|every (?:teacher|governor|trustee|staff member) 's) (?:names and )?(?:home )?addresses)${E}`,
    ),
    score: unlessNear(
      2,
      /(?<![^ ])(?:cards|card|christmas|invitations|invites|wedding|thank you|thank-you|mailing|newsletter|gdpr|data breach|breach|leak|leaked|sent out by mistake|in error|apologise|apology)(?![^ ])/,
      [80, 80],
      0.75,
    ),
  },
  {
    // "the head needs to learn what it feels like to be scared", "she should know how it feels to be
    // afraid for once"
    name: 'menace idiom',
    why: 'Wishes fear or hurt on someone',
    need: anchors('scared afraid frightened terrified hunted watched followed threatened unsafe'),
    re: P(
      `${T}(?<menace>(?:needs? to|should|deserves? to|ought to|is going to|are going to|gonna|will|'ll|about to|time (?:he|she|they) (?:learnt|learned|found out|knew)) (?:learn|find out|know|feel|see|understand|be shown)? ?(?:what|how) it (?:feels|'s|is|feel) (?:like )?(?:to be )?(?:scared|afraid|frightened|terrified|hunted|watched|followed|threatened|unsafe)(?: (?:for once|too|for a change))?)${E}`,
    ),
    // a book, a lesson, a refugee story, a child's first day
    score: unlessNear(
      2,
      /(?<![^ ])(?:book|books|story|stories|lesson|lessons|novel|film|play|drama|empathy|assembly|class|pupils|children|students|refugee|refugees|evacuee|evacuees|ww2|war|history|first day)(?![^ ])/,
      [80, 60],
      0.65,
    ),
  },
  {
    // "now his car gets it 🔨", "her motor's getting it next": damage to a car or house in two words
    name: 'property damage',
    why: 'Threatens damage to a car or house',
    need: anchors('gets getting'),
    re: P(
      `${T}(?<menace>(?:his|her|their|your|ur|the head 's|@staff 's|sir 's|miss 's) (?:car|motor|house|windows|van|windscreen) (?:gets it|is getting it|'s getting it|will get it|gonna get it|is next|'s next))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) ? 0 : 0.7),
  },
  {
    // "don't let your kids near Hollybrook on the 14th", "keep ur lil ones away from the school on
    // sports day": the warning with a time, as the keep-away family above reads it
    name: 'keep away warning',
    why: 'Warns people to keep children away from the school',
    need: anchors('near away'),
    re: P(
      `${T}(?<warning>(?:don't|dont|do not|wouldn't|wouldnt|would not|i wouldn't|never) let (?:your|ur|ya|yer|the|any) (?:lil |little |young )?${KIDS} (?:go )?(?:anywhere )?near|keep (?:your|ur|ya|yer) (?:lil|little|young) (?:ones|uns|'uns) away from)${E}`,
    ),
    score: (a, m) => {
      if (RE_AWAY_REASON.test(a.canon)) return 0;
      // "don't let your kids near the pond", "the road", "the dog": a hazard, not the school
      if (
        /^ (?:the )?(?:pond|river|canal|lake|road|roads|dog|dogs|fireworks|bonfire|oven|water|edge|building site|works|roadworks|cliff|railway|tracks)(?![^ ])/.test(
          a.canon.slice(m.ce, m.ce + 24),
        )
      )
        return 0;
      // "… on the 14th without their coats": a reminder with its reason after it
      if (
        /^(?: [^ .]+){0,8}? (?:without|unless|until|till|wearing|in their)(?![^ ])/.test(a.canon.slice(m.ce))
      )
        return 0;
      const rest = a.canon.slice(m.cs);
      const time = TIME_ONLY.test(rest) || /(?<![^ ])on the \d{1,2}(?:st|nd|rd|th)?(?![^ ])/.test(rest);
      return RE_MENACE_CUE.test(a.canon) ? 0.8 : time ? 0.7 : 0;
    },
  },
  {
    // "would be awful if anything happened to them", "it'd be tragic if the head's house had a
    // break-in": mock concern for a person, a family or a home
    name: 'mock concern',
    why: 'Implies harm with mock concern',
    need: anchors('awful tragic terrible horrible dreadful pity tragedy'),
    re: P(
      `${T}(?<menace>(?:awful|tragic|terrible|horrible|dreadful|a pity|a real pity|a tragedy) if (?:anything|something|owt) (?:bad )?(?:happened|were to happen|was to happen) to (?:him|her|them|any of them|either of them|his|her|their|@staff|the [^ .]+|mr|mrs|ms|miss|sir)|(?:awful|tragic|terrible|horrible|dreadful|a pity|a real pity|a tragedy) if (?:his|her|their|the (?:[^ .]+ ){0,2}[^ .]+ 's|@staff 's|[^ .]+ 's) (?:house|home|car|kids|children|dog|family|garage) (?:had a break-in|had a break in|got broken into|was broken into|caught fire|went missing|got hurt|burnt down|burned down|went up in flames))${E}`,
    ),
    // real worry for someone ill or missing; the post needs a member of staff in it
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      if (
        /(?<![^ ])(?:hospital|ill|poorly|surgery|operation|pray|praying|get well|worried|cancer|found safe|police are|appeal|please share)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return RE_STAFF_WORD.test(a.canon) ? 0.7 : 0;
    },
  },
  {
    // "Mrs Leigh deserves everything that's coming to her", "he's got what's heading his way"
    name: 'menace idiom',
    why: 'Says harm is coming to someone',
    need: anchors('coming heading'),
    re: P(
      `${T}(?<menace>(?:deserves?|deserved|will get|'ll get|gets|is getting|'s getting) (?:everything|all|whatever) (?:that's|that is|thats|that|which is) (?:coming|heading) (?:to (?:him|her|them|you|u)|(?:his|her|their|your|ur) way))${E}`,
    ),
    // a retiring teacher's praise ("she deserves everything that's coming to her in retirement")
    score: unlessNear(
      2,
      /(?<![^ ])(?:retirement|retiring|retire|congratulations|congrats|award|well done|so proud|promotion|new job|happiness|good luck)(?![^ ])/,
      [60, 60],
      0.7,
    ),
  },
  {
    // "the head's kids go to Castlemere Primary don't they. interesting", "Mr Grant's daughter walks
    // home on her own": a staff member's child placed, with a note of menace
    name: 'knows their movements',
    why: "Points out where a staff member's child can be found",
    need: anchors('kids children daughter son daughters sons boy girl'),
    re: P(
      `${T}(?<menace>(?:head|headteacher|head teacher|principal|deputy|deputy head|teacher|ceo|chair|senco|dsl|@staff|(?:mr|mrs|ms|miss|dr|sir) [^ .]+) 's (?:kids|children|daughter|son|daughters|sons|little boy|little girl|lad|girl|boy|kid|youngest|eldest)(?: [^ .]+){0,8} (?:goes|go|started|starts|is|attends|walks|is at|are at|plays|swims|trains))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      const after = a.canon.slice(m.ce, m.ce + 90);
      if (
        /(?<![^ ])(?:lovely|loves|love|proud|brilliant|congratulations|congrats|well done|happy|fab|great|amazing|gorgeous|kind)(?![^ ])/.test(
          after,
        )
      )
        return 0;
      return /(?<![^ ])(?:interesting|small world|just saying|just thought|thought everyone should know|on (?:her|his|their) own|alone|by (?:herself|himself)|bet|noted|good to know|isn't it|don't they|doesn't she|doesn't he|🙂|😉|👀|😈)(?![^ ])/.test(
        after,
      )
        ? 0.65
        : 0;
    },
  },
  {
    // "mess around with my son's education and find out", "fafo": the menace of an American meme
    name: 'menace phrase',
    why: 'Uses a set phrase of menace',
    need: anchors('find fafo'),
    re: P(
      `${T}(?<menace>(?:fuck|f\\*ck|fk|fck|mess|muck|play|screw|mess about|muck about) (?:around|about) (?:with (?:[^ .]+ ){1,5}?)?(?:and|n|&) find out|fafo)${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 1) ? 0 : 0.7),
  },
  {
    // "the governors might want to start checking their rear view mirrors", "he might want a
    // better lock on his garage": advice that implies being followed or broken into
    name: 'menace idiom',
    why: 'Advises someone to protect themselves, implying harm',
    need: anchors('mirror mirrors lock locks garage cctv doorbell'),
    re: P(
      `${T}(?<menace>(?:might|may|would|'d|should) (?:want to|wanna|be wise to) (?:start )?(?:check|checking|get|getting|fit|fitting|invest in|buy|think about|look at) (?:[^ .]+ ){0,3}?(?:rear view mirrors?|rear-view mirrors?|rearview mirrors?|mirrors|better lock|new lock|bigger lock|stronger lock|locks|cctv|doorbell camera|doorbell cam|ring doorbell))${E}`,
    ),
    // the police's or a neighbour's crime-prevention advice
    score: unlessNear(
      2,
      /(?<![^ ])(?:theft|thefts|stolen|burglary|burglaries|break-ins|break ins|burglars|thieves|crime|reported|neighbourhood watch|pcso|police|bike|bikes|driving lesson|driving test|learner|driver|drivers|driving|cyclists|cycling|mot)(?![^ ])/,
      [120, 80],
      0.65,
    ),
  },
  {
    // "tell the bursar to stop sending me letters or she gets it", "back off or he gets it"
    name: 'menace phrase',
    why: 'Ends a demand with a threat',
    need: anchors('gets get getting'),
    re: P(
      `${T}(?<menace>or (?:else )?(?:he|she|they|you|u|ur|@staff|the [^ .]+) (?:gets it|'ll get it|will get it|is getting it|'s getting it|gonna get it|get it)(?= [.,!?]|$))${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 1) || hasJoke(a) ? 0 : 0.7),
  },
  // ---- 2026-12-04 (second session): families seen in data/train-next/school-synth-29, developed on
  // its odd-numbered posts only (the even-numbered ones were kept back to check that they generalise)
  {
    // "people round oakfield have long memories mr okafor", "folk divvent forget roond here": a
    // grievance that will not be forgotten, said of a member of staff
    name: 'menace idiom',
    why: 'Warns that a grievance will not be forgotten',
    need: anchors('memories forget forgets'),
    re: P(
      `${T}(?<menace>(?:people|folk|folks|we|they|families|parents|dads|mums|everyone|some of us|lads) (?:round|around|roond|in|from|at) (?:here|these parts|this town|this estate|[^ .]+) (?:have|has|'ve|'ve got|have got|got) (?:very |really )?long memories|long memories (?:round|around|roond) (?:here|these parts)|(?:people|folk|folks|we|they|nobody|no one) (?:round|around|roond) (?:here|these parts) (?:don't|dont|do not|divvent|dinnae|never|won't|wont) forget|(?:people|folk|folks) (?:don't|dont|do not|divvent|dinnae|never|won't|wont) forget (?:round|around|roond) (?:here|these parts)|(?:nobody|no one) (?:round|around|roond) (?:here|these parts) (?:ever )?forgets)${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      // "people round here have long memories of the old baths", "… the 1987 panto is still talked
      // about 😂": recollection, not a grievance
      if (/^ (?:of|about|for)(?![^ ])/.test(a.canon.slice(m.ce, m.ce + 6)) || hasJoke(a)) return 0;
      if (
        /(?<![^ ])(?:fond|happy|lovely|reunion|anniversary|remember when|old photos|class of|retirement|retiring)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return RE_STAFF_WORD.test(a.canon) || /(?<![^ ])(?:@org|heidie|heedie|heid)(?![^ ])/.test(a.canon)
        ? 0.7
        : 0;
    },
  },
  {
    // "Careful with that Christmas concert. Lots of people, not many exits", "hope the fire exits are
    // marked, I've a feeling they'll be needed": the way out of a crowded event, as a warning
    name: 'menace idiom',
    why: 'Points at the exits of a crowded event, implying harm',
    need: anchors('exits exit'),
    re: P(
      `${T}(?<menace>not (?:many|enough|a lot of) (?:exits|ways out|fire exits)|(?:only|just) (?:one|two|1|2) (?:exit|exits|way out|ways out)|(?:hope|hoping|i hope) (?:the |all the |they've got |they have )?(?:fire )?exits (?:are|is|work|stay))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      const near = around(a, m, 120, 120);
      // a safety notice or a parent's worry about crowding
      if (
        /(?<![^ ])(?:drill|drills|risk assessment|fire safety|health and safety|stewards|marshals|evacuation plan|please|accessible|wheelchair|wheelchairs|buggies|prams|pushchairs|parking|car park|queue|queues|queuing|traffic|one way|council|someone should|should look|worried|concerned)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      return /(?<![^ ])(?:careful|lots of people|packed|full house|a feeling|be needed|'ll be needed|👀|😈|🔥|🙂|😉|trust me|just saying|warned|see you there)(?![^ ])/.test(
        near,
      )
        ? 0.7
        : 0;
    },
  },
  {
    // "I hope the Kingsmead sports hall is well insured. Genuinely.": concern for a building's
    // insurance as a hint that it will be damaged
    name: 'property damage',
    why: 'Hints that a building will be damaged',
    need: anchors('insured insurance'),
    re: P(
      `${T}(?<menace>(?:hope|hoping|i hope|trust) (?:[^ .]+ ){1,6}?(?:is|are|'s|was) (?:well |fully |properly |very well )?insured|(?:check|read|go and read|look at) (?:your|ur|the|their) (?:insurance|insurance policy|policy) (?:tonight|now|today|soon))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      const near = around(a, m, 100, 100);
      if (
        /(?<![^ ])(?:trip|trips|travel|holiday|ski|abroad|phone|phones|laptop|laptops|ipad|ipads|instrument|instruments|violin|bike|bikes|flood|floods|flooding|storm|storms|weather|leak|leaks|pipes|burst|quote|quotes|premium|premiums|broker|policies|cover)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      return /(?<![^ ])(?:@org|hall|building|buildings|school|academy|minibus|minibuses|bus|coach|block|library|pavilion|reception|classroom|classrooms|windows|site|car|cars|house|office)(?![^ ])/.test(
        near,
      )
        ? 0.7
        : 0;
    },
  },
  {
    // "you reported my son to social services. found your home address now mrs wright. sleep well x",
    // "the CEO's home postcode is doing the rounds in the parents' chat. Hope he's a light sleeper":
    // a person's home found or passed round
    name: 'knows their movements',
    why: "Says a person's home address has been found or passed round",
    need: anchors('address postcode'),
    re: P(
      `${T}(?<menace>(?:found|got|have got|got hold of|tracked down|dug up|worked out|found out) (?:your|ur|his|her|their|@staff 's|(?:mr|mrs|ms|miss|dr|sir) [^ .]+ 's|the (?:[^ .]+ ){0,3}[^ .]+ 's) (?:home )?(?:address|postcode)|(?<shared>(?:home|house) (?:address|postcode|addresses|postcodes) (?:is |are |'s )?(?:doing the rounds|going round|going around|being shared|being passed round|on facebook|in the (?:parents' |parents )?(?:chat|group|whatsapp))))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      const near = around(a, m, 100, 100);
      if (
        /(?<![^ ])(?:invite|invites|invitation|invitations|party|card|cards|parcel|parcels|delivery|flowers|wrong address|lost|returned|sat nav|satnav|form|forms|leaked|leak|data breach|gdpr|ico|apologise|apologised|apology)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      // passed round, it needs a note of menace ("hope he's a light sleeper")
      if (m.groups.some((g) => g[0] === 'shared'))
        return /(?<![^ ])(?:sleep|sleeper|sleeps|hope he's|hope she's|hope they're|👀|😈|🙂|😉|soon|visit|visitors|knock|door)(?![^ ])/.test(
          near,
        )
          ? 0.75
          : 0;
      return 0.75;
    },
  },
  {
    // "we've got the login for @OakfieldPE. give it a week and see what goes out", "hope whoever runs
    // the page has a strong password. I'm very good at guessing", "give us the staff login or your
    // group chats end up on tiktok", "the website won't make it through the weekend. My mates are very
    // good with computers": the school's accounts or site taken over, exposed or held to ransom
    name: 'menace phrase',
    why: "Threatens to take over or expose the school's accounts",
    need: anchors('login logins password passwords admin website site page account'),
    re: P(
      `${T}(?<menace>(?:got|have|found|know|cracked|guessed|we've got|i've got) (?:the |their |your |ur |his |her )?(?:[^ .]+ )?(?:login|logins|password|passwords)(?: (?:for|to|of) [^ .]+)?|(?:has|have|got) (?:a )?(?:strong|good|decent) password|(?:give|send|hand over|dm) (?:us|me) (?:the |your |ur )?(?:[^ .]+ )?(?:login|logins|password|passwords) or|(?:website|site|page|account|feed) (?:won't|wont|will not|isn't going to|is not going to|aint gonna|ain't gonna) (?:make it|last|survive|be up|stay up)|(?:page|account|feed|website) (?:will be|'ll be|is going to be|gonna be) (?:posting|saying|sharing) (?:some )?(?:very )?(?:interesting|funny|juicy))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 1)) return 0;
      // help with a password, online-safety advice
      if (
        /(?<![^ ])(?:forgot|forgotten|reset|can't log in|cant log in|anyone know|does anyone|portal|parentpay|arbor|dojo|classdojo|seesaw|teams|google classroom|wifi|wi-fi|homework|tips|tip|online safety|e-safety|esafety|safer internet|maintenance|upgrade|down for)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return /(?<![^ ])(?:see what goes out|what goes out|what gets posted|see what happens|end up on|ends up on|tiktok|leak|leaked|clock's ticking|clocks ticking|guessing|guess|give it a|give it till|give it until|wait and see|not by them|not from them|good with computers|hackers|hacker|ddos|🫡|😏|😈|👀)(?![^ ])/.test(
        a.canon,
      )
        ? 0.75
        : 0;
    },
  },
  {
    // "@KingsmeadSport 🚌💣", "🔫🏫 Greystone Vale tmrw", "@BrooksidePri 🏫⛽🔥", "👋🧱🪟": a school or a
    // bus beside a bomb, a gun or petrol, or a brick to a window, in emoji alone
    name: 'weapon',
    why: 'Puts a weapon or a fire beside the school in emoji',
    need: anchors('🏫 🚌 🚍 🚐 🧱'),
    re: P(
      `${T}(?<menace>(?:🏫|🚌|🚍|🚐)(?: (?:\\+|and|&))? (?:💣|🧨|🔫|⛽)|(?:💣|🧨|🔫|⛽)(?: (?:\\+|👉|➡️))? (?:🏫|🚌|🚍|🚐)|🏫(?: [^ ]+){0,3} 🔥(?: [^ ]+){0,4} 😈|🧱(?: 👉| ➡️)? 🪟)${E}`,
    ),
    score: unlessNear(
      1,
      /(?<![^ ])(?:ww2|ww1|blitz|war|history|topic|remembrance|evacuees|evacuee|bonfire|fireworks|film|movie|game|games|gaming|fortnite|🎮|lego|science|chemistry|experiment|building works|builders|extension|construction|new build|scaffolding|progress|glazing|glaziers)(?![^ ])/,
      [160, 160],
      0.7,
    ),
  },
  // --- (2026-12-04, fourth session) veiled threats from the misses of data/train/school-synth-33:
  // idioms of menace, harm by others welcomed, a school's weak spots pointed out, vigilante intent,
  // warnings to stay away after dark, and karma promised, each read with a grievance or a sly coda
  // where the words alone have an innocent use (VEILED_CONTEXT)
  {
    // "you'll be laughing on the other side of your face", "you've picked a fight with the wrong
    // family", "something is going to happen to Mr X"
    name: 'menace idiom',
    why: 'Uses a menacing phrase',
    need: anchors('laughing laughin laugh other wrong happen'),
    re: P(
      `${T}(?<menace>(?:laughing|laughin|laugh) on the other side of (?:your|yer|ur|his|her|their|yous) faces?|(?:made|making|make|picked|picking|pick|messed|messing|mess|crossed|crossing|cross|chose|choosing|took|taking) (?:an enemy (?:out )?of|a fight with|on|with) the wrong (?:family|families|people|person|mum|dad|parents|lot|estate)|something(?: bad| terrible| nasty| awful)?(?: 's| is| will|'ll) (?:going to |gonna |bound to |about to )?happen to ${CAUGHT_PERSON})${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs)) return 0;
      // "I'm scared something is going to happen to her": fear for someone, not a threat
      if (RE_FEAR_FOR.test(a.canon.slice(Math.max(0, m.cs - 60), m.cs))) return 0;
      return 0.75;
    },
  },
  {
    // "you never know who's following you" (not online safety), "your turn's coming", "what goes
    // around comes around, and quicker than she thinks 🙂", "nowhere to hide. tick tock", "we've got
    // your name now": menace that needs a grievance or a sly coda to be one
    name: 'menace idiom',
    why: 'Uses a menacing phrase',
    need: anchors('never turn around round hide name names address reg'),
    re: P(
      `${T}(?<menace>never know who(?:'s| is) (?:following|watching|behind|waiting for) (?:you|u|him|her|them)|(?:your|ur|yer|his|her|their) turn(?: 's| is| will come|'ll come)? (?:coming|is coming|will come|soon)|what goes (?:around|round) comes (?:around|round)|(?:it's|its|it is) coming (?:around|round|back) (?:quicker|sooner|faster)|(?:nowhere|no where|nowhere left) to hide|(?:isn't|isnt|is not|ain't|aint|not) big enough (?:for (?:him|her|them|you) )?to hide (?:in|from)|(?:we've|we have|we got|i've|i have|i got) (?:got )?(?:your|ur|yer|his|her|their) (?:name|names|address|car reg|reg) now)${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs)) return 0;
      if (RE_ONLINE_SAFETY.test(a.canon)) return 0;
      // a menace cue alone is not enough here ("what goes round comes round, that's all I'll say about
      // the government's U-turn"): the grievance or the sly coda must be there, or the cue and a person
      return VEILED_CONTEXT(a, true) ? 0.75 : 0;
    },
  },
  {
    // "one day someone is going to give them what they deserve", "someone's going to give that lad a
    // proper hiding, don't expect me to shed a tear", "I'm not saying I'd blame him for anything that
    // happened to Quinn": harm by others, welcomed
    name: 'harm wished',
    why: 'Welcomes harm that others will do to someone',
    need: anchors('give blame'),
    re: P(
      `${T}(?<menace>(?:someone|somebody|people|one of them|the dads|the lads)(?: 's| is| are| will|'ll)? (?:going to |gonna |bound to )?give (?:him|her|them|@staff|(?:that|the|those|this) [^ .]+(?: (?:and|&) (?:his|her|their) [^ .]+)?) (?:a (?:proper |good |right |real )?(?:hiding|kicking|beating|battering|pasting|going over)|what (?:they|he|she) (?:deserve|deserves|have got coming|has got coming|have coming|has coming))|(?:wouldn't|would not|won't|wont|will not|couldn't|could not|not saying i'd|not saying i would) blame (?:him|her|them|anyone|anybody|my [^ .]+) (?:for (?:anything|whatever|what) (?:that )?(?:happened|happens|happen|might happen|would happen) to (?:${CAUGHT_PERSON}|(?!(?:the|a|an|our|my|that|this|those|these|your|ur|@org) )[^ .]+))|(?:wouldn't|would not|won't|wont|will not|couldn't|could not) blame (?:him|her|them|anyone|anybody) if (?:something|anything) (?:happened|happens) to)${E}`,
    ),
    score: (a, m) => (negatedBefore(a, m.cs, 2) || inSportContext(a, m.cs) ? 0 : 0.75),
  },
  {
    // "Fun fact: the science block has no cameras round the back 🙂", "little birdie says the offices
    // have no security after 6pm, someone could walk right in": a weak spot pointed out slyly (a
    // complaint about the same gap asks for it to be fixed, and has no sly word)
    name: 'menace phrase',
    why: "Points out a weak spot in the school's security, slyly",
    need: anchors('no'),
    re: P(
      `${T}(?<menace>no (?:cameras|cctv|security|alarm|alarms|locks|lock|lighting|lights|one on the gate|caretaker on)(?: [^ .]+){0,4}? (?:round|around|at|after|behind|on|in|over|near|by) (?:the )?(?:back|front|side|night|weekend|weekends|holidays|[^ .]+pm|\\d{1,2}(?::\\d{2})?|dark|gate|gates|car park|field|block|hall|yard|entrance))${E}`,
    ),
    score: (a) => {
      if (RE_FIX_REQUEST.test(a.canon)) return 0;
      return RE_SLY_CODA.test(a.canon) || RE_SLY_TIP.test(a.canon) ? 0.7 : 0;
    },
  },
  {
    // "Calder Valley should sort this out before we do", "sorting it wor way this weekend", "some of
    // us still believe in the old ways of sorting things out": vigilante intent beside a grievance
    name: 'menace phrase',
    why: 'Says they will sort it out themselves',
    need: anchors('sort sorting sorted deal dealing old'),
    re: P(
      `${T}(?<menace>(?:sort|sorting|sorted|deal with|dealing with|handle|handling) (?:it|this|that|them|him|her|things|the matter)(?: out)? (?:(?:our|wor|oor|me|my) (?:own )?way|ourselves|before (?:we|i|the dads|the lads) do|the old (?:fashioned )?(?:way|ways))|old (?:fashioned )?ways? of sorting|(?:i'll|ill|i will|we'll|we will|the dads will|the lads will) deal with (?:them|those [^ .]+|that [^ .]+|the [^ .]+|their [^ .]+) (?:myself|ourselves|themselves))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      return VEILED_CONTEXT(a) || RE_BULLY_GRIEVANCE.test(a.canon) ? 0.75 : 0;
    },
  },
  {
    // "the lads at the rec have been asking about Mr Dunn", "the lads at the pub were asking me which
    // one Mr Greaves is": others asking after a member of staff (not to wish them well)
    name: 'knows their movements',
    why: 'Says others are asking about a member of staff',
    need: anchors('asking'),
    re: P(
      `${T}(?<menace>(?:lads|men|blokes|dads|boys|mates|people|a few (?:of the )?(?:lads|dads|people|men|blokes)) (?:at|in|from|down|round|on) (?:the |my |our |that )?(?:pub|rec|estate|gym|club|boozer|bookies|flats|street|local|park|offy)(?: [^ .]+){0,2} (?:have been |were |are |been |keep |kept |'ve been )?(?:asking|asking me|asking us) (?:about|which one|which house|which car|where|what car|what time)(?: [^ .]+){0,1} (?:@staff|him|her|(?:the|that|this|your|ur) (?:[^ .]+ )?${OUTSIDE_ADULTS}))${E}`,
    ),
    score: (a, m) =>
      inSportContext(a, m.cs) ||
      /(?<![^ ])(?:get well|hope (?:he's|she's|he is|she is)|miss (?:him|her)|missed|retire|retiring|retirement|charity|sponsor|sponsored|tutor|tutoring|lovely|legend|recommend|thank|thanks|rematch|final|finals|chess|quiz|famous|autograph|fan|fans|proud)(?![^ ])/.test(
        a.canon,
      )
        ? 0
        : 0.75,
  },
  {
    // "if you're a teacher there I would not be hanging around after dark for a bit", "you might want
    // to get a lift home for the next few weeks": a warning to a member of staff with a grievance or a
    // menace cue beside it (not ice, roadworks or a broken street light)
    name: 'be careful',
    why: 'Warns someone to stay safe, with menace',
    need: anchors('dark night lift careful walk want wanna'),
    re: P(
      `${T}(?<menace>(?:would not|wouldn't|wouldnt|would'nt) (?:be )?(?:hanging|hang|staying|stay|walking|walk|going out|hanging about|hanging around|out)(?: around| about| out| home)?(?: on (?:my|your|ur|their|his|her) own| alone)? (?:after dark|at night|late at night|on (?:my|your|their) own at night)|(?:might|may) (?:want|wanna) to (?:get a lift home|be careful|watch (?:your|ur) (?:back|step)|watch (?:yourself|yourselves|urself)|keep (?:your|ur) heads? down|look over (?:your|ur) shoulders?|take a different (?:way|route) home|get someone to walk (?:you|u|her|him) home)(?: [^ .]+){0,2}? (?:for (?:a bit|a while|the next (?:few |couple of )?(?:days|weeks|months)|a few (?:days|weeks)|a couple of weeks)|next few (?:days|weeks)))${E}`,
    ),
    score: (a) => {
      if (RE_SAFETY_REASON.test(a.canon)) return 0;
      return VEILED_CONTEXT(a) ||
        /(?<![^ ])(?:everyone knows|certain people|not happy|not from me|names|addresses|car regs|don't say|dont say)(?![^ ])/.test(
          a.canon,
        )
        ? 0.75
        : 0;
    },
  },
  {
    // "don't be surprised when the new building 'accidentally' has a fire", "dont be surprised if the
    // summer fair doesnt go ahead. that's all ill say"
    name: 'mock concern',
    why: 'Implies harm with mock concern',
    need: anchors('surprised shocked'),
    re: P(
      `${T}(?<menace>(?:don't|dont|do not|wouldn't|wouldnt) be (?:surprised|shocked) (?:if|when)(?: [^ .]+){1,10}? (?:accidentally|accidental|has a fire|catches fire|catch fire|goes up|go up|burns|burnt|burned|doesn't go ahead|doesnt go ahead|does not go ahead|doesn't happen|doesnt happen|gets hurt|get hurt|gets smashed|gets trashed|gets wrecked|windows|tyres|happens to))${E}`,
    ),
    score: (a) => {
      if (RE_SAFETY_REASON.test(a.canon) || RE_AWAY_REASON.test(a.canon)) return 0;
      return VEILED_CONTEXT(a) || /(?:accidentally|accidental|fire|🔥|matches|match)/.test(a.canon)
        ? 0.75
        : 0;
    },
  },
  {
    // "be nice if it stayed that way wouldn't it", "would be terrible if the library ended up flooded
    // over the holidays or worse": mock concern for a person's home or a building
    name: 'mock concern',
    why: 'Implies harm with mock concern',
    need: anchors('stayed stays ended flooded burnt burned trashed wrecked vandalised vandalized'),
    re: P(
      `${T}(?<menace>(?:be|would be|it'd be|itd be|'d be|it would be) (?:nice|lovely|good|a shame) if (?:it|they|that|things|everything|she|he|it all) (?:stayed|stays) (?:that way|like that|safe|in one piece|standing)|(?:would|'d|it'd|itd|it would) be (?:terrible|awful|tragic|sad|a shame|a pity|a real shame|such a shame) if (?:the|your|ur|that|his|her|their|those|@org|it|they) (?:[^ .]+ ){0,3}?(?:ended up|got|gets|went|was|were) (?:[^ .]+ )?(?:flooded|burnt|burned|burnt down|on fire|smashed|wrecked|vandalised|vandalized|broken into|torched|trashed|keyed|scratched))${E}`,
    ),
    score: (a) => {
      if (RE_SAFETY_REASON.test(a.canon) || RE_FIX_REQUEST.test(a.canon)) return 0;
      return VEILED_CONTEXT(a) || /(?<![^ ])(?:or worse|wouldn't it|wouldnt it|🔥)(?![^ ])/.test(a.canon)
        ? 0.75
        : 0;
    },
  },
  // --- (2026-12-04, fourth session, later) menace in the plainer words of the first training file's
  // misses (data/train/school-synth-1, which the heads also miss): a bomb under a car or a box that is
  // "not lost property", a building "might not be there by dinner", exits that chain up, one spark
  // by the gas tanks, a trip to A&E, "going in the canal", "I'll show you what trouble looks like",
  // "days he won't forget", "things tend to happen to people who…", "he'll get his", names of staff
  // asked for by someone getting out of prison, "consequences for everyone inside"
  {
    name: 'device',
    why: 'Warns of a device or a hidden package',
    need: anchors('check lost look ticking'),
    re: P(
      `${T}(?<threat>check under (?:his|her|their|your|ur|the) (?:car|cars|motor|van)|(?:box|bag|holdall|parcel|package|rucksack|suitcase)(?: [^ .]+){0,6} (?:is not|isn't|isnt|aint|ain't) lost property|(?:look|looking|check) inside the (?:[^ .]+ ){0,2}(?:holdall|bag|box|parcel|package|rucksack|suitcase)(?: [^.]+?)? before \\d|(?:something|summat|sumthin) (?:[^ .]+ )?ticking)${E}`,
    ),
    score: unlessNear(
      2,
      /(?<![^ ])(?:clock|clocks|watch|boiler|radiator|science|experiment|lost and found|lesson|game|escape room|treasure hunt|timer|oven|🎂|birthday|advent|hedgehog|hedgehogs|cat|cats|kitten|kittens|wildlife|animals)(?![^ ])/,
      [120, 120],
      0.8,
    ),
  },
  {
    name: 'arson',
    why: 'Talks about fire at the school, with the exits blocked or one spark enough',
    need: anchors('chain chained spark match tinder'),
    re: P(
      `${T}(?<threat>(?:doors|exits|side doors|fire doors|gates) (?:chain|chains|lock|are chained|get chained|can be chained) (?:up )?(?:easy|easily|quick)|(?:gas|oil|fuel) (?:tanks?|cylinders?|canisters?)(?: [^ ]+){0,10}? one (?:spark|match)|(?:smallest |one |a single )?(?:match|spark) (?:is all it'd take|is all it would take|is all it takes|and it'd go|and it would go)|tinder[- ]dry)${E}`,
    ),
    score: (a) =>
      /(?<![^ ])(?:forest school|bonfire night|barbecue|bbq|camping|fire safety|fire service|firefighters|drought|hosepipe|wildfire|moorland|heath fire|grass fire)(?![^ ])/.test(
        a.canon,
      )
        ? 0
        : PLACE_OR_TIME.test(a.canon) ||
            /(?<![^ ])(?:@org|school|academy|portacabin|building|hall|kitchens?)(?![^ ])/.test(a.canon)
          ? 0.75
          : 0,
  },
  {
    name: 'menace phrase',
    why: 'Says a person will be hurt or a building will be gone',
    need: anchors(
      'away heading booked canal river cut reservoir lake trouble troublemaker angry nasty disruptive forget building school place @org',
    ),
    re: P(
      `${T}(?<threat>(?:away from|heading for|booked in for) a (?:trip|visit|night) (?:to|in) (?:a&e|a and e|hospital|casualty)|(?:@staff|he|she|(?:that|the) [^ .]+(?: [^ .]+)?) (?:is|'s) (?:going|goin|gonna go) in the (?:canal|river|cut|reservoir|lake)|(?:i'll|ill|i will|we'll|we will) show (?:you|u|him|her|them|@staff) what (?:real )?(?:trouble|a troublemaker|angry|nasty|disruptive) (?:actually |really )?(?:looks like|is)|(?:days?|a night|a week|a day) (?:he|she|they|you|u) (?:won't|wont|will never|'ll never|will not) forget|(?:building|school|place|@org) (?:might not|won't|will not|may not|wont) (?:be there|be standing|still be standing|exist)(?: [^ .]+){0,2} (?:by|after|on|at) [^ .]+)${E}`,
    ),
    score: (a, m) => {
      // ("show" is a performance word to inSportContext, but not in "I'll show you what trouble is")
      const showing = / show /.test(a.canon.slice(m.cs, m.ce));
      if (negatedBefore(a, m.cs, 2) || (!showing && inSportContext(a, m.cs))) return 0;
      // "a holiday they won't forget", "a day the Year 6s will never forget": a treat, not a threat
      if (
        / forget$/.test(a.canon.slice(m.cs, m.ce)) &&
        /(?<![^ ])(?:trip|holiday|party|prom|celebration|treat|memories|magical|amazing|fun|residential|birthday|leavers|send-off)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      if (
        /(?<![^ ])(?:swim|swimming|kayak|kayaking|canoe|canoeing|paddle|boat|ducks|fishing|clean-up|cleanup|litter)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      return 0.75;
    },
  },
  {
    name: 'menace phrase',
    why: 'Implies that harm will come to someone',
    need: anchors('happen happens get gets names consequences'),
    re: P(
      `${T}(?<threat>things (?:tend to |have a way of |can |do )?(?:happen|happening) to (?:people|those|teachers|staff|anyone) (?:who|that|like)|(?:will|'ll|gonna|going to|is gonna|is going to) get (?:his|hers|theirs)(?= [.!,]|$)|(?:asked|asking|wants|wanted|got|has|already has|already knows|knows) (?:me )?(?:for )?(?:the )?names? of (?:the |every |all the )?(?:teachers?|staff|members of staff|teacher)(?: (?:who|that|responsible))?|consequences for (?:everyone|everybody|anyone|all of you|the lot of you) (?:inside|in there|in that building|in the building|at @org))${E}`,
    ),
    score: (a, m) => {
      if (negatedBefore(a, m.cs, 2)) return 0;
      // names of teachers asked for a card, a thank-you, a leavers' book
      if (
        /(?<![^ ])(?:card|cards|thank|thanks|gift|gifts|present|presents|leavers|book|yearbook|nominate|nomination|award|awards|christmas)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      const name = /names? of/.test(a.canon.slice(m.cs, m.ce));
      if (name)
        return /(?<![^ ])(?:prison|jail|inside|gets out|got out|released|out next|😈|brother|cousin|uncle|dad|excluded|exclusion)(?![^ ])/.test(
          a.canon,
        )
          ? 0.75
          : 0;
      return 0.75;
    },
  },
];

const FAMILY_ANCHORS = FAMILIES.flatMap((f) => [...f.need]);

/** A negator between the start of a match and its harm word ("I would never hurt"). */
function negatedWithin(a: Analysis, from: number, to: number): boolean {
  for (const w of a.canon.slice(from, to).split(' ')) if (NEGATORS.has(w)) return true;
  return false;
}

function objectIsIdiom(a: Analysis, m: Match): boolean {
  const tgt = m.groups.find((g) => g[0] === 'target');
  if (!tgt) return false;
  const word = a.canon.slice(tgt[1], tgt[2]);
  if (IDIOM_OBJECTS.has(word) || IDIOM_AFTER.has(word)) return true;
  // "murder a brew after parents' evening": the object is the first word, not the person later
  const head = word.split(' ', 1)[0] ?? '';
  if (IDIOM_AFTER.has(head) || CRAVINGS.has(head) || (head !== word && IDIOM_OBJECTS.has(head))) return true;
  if (DETERMINERS.has(word)) {
    // "smash that" at the end of a clause is praise; "smash that teacher" is not
    const after = a.canon.slice(tgt[2] + 1).split(' ', 2)[0] ?? '';
    return after === '' || after === '.' || after === ',' || IDIOM_AFTER.has(after);
  }
  return false;
}

const PERSON_ONLY = new RegExp(`(?:^| )${PERSON_REF}$`);

/** "kill for a coffee", "dying to", "killed it", "killing me 😂" as whole idioms. */
const RE_IDIOM =
  /(?<![^ ])(?:kill for|die for|dying (?:of|to|for)|died of|killing me|killed it|kill it|smashed it|smash it|nailed it|murdered it|killing it|smashing it|bombed it)(?![^ ])/;

/** Every anchor word: a post with none of them cannot match any threat pattern. */
const ALL_ANCHORS = new Set<string>([
  ...THREAT_TRIGGERS,
  ...HARM_ANCHORS,
  ...BODY_ANCHORS,
  ...PLACE_ANCHORS,
  ...WEAPON_ANCHORS,
  ...COND_ANCHORS,
  ...REPORT_ANCHORS,
  ...Object.values(VEILED_ANCHORS).flatMap((s) => [...s]),
  ...FAMILY_ANCHORS,
  ...CUE_ANCHORS,
]);

/** Each veiled pattern with its anchor set, looked up once. */
const VEILED_ANCHORED: [string, RegExp, number, ReadonlySet<string> | undefined][] = VEILED.map(
  ([name, re, base]) => [name, re, base, VEILED_ANCHORS[name]],
);

/**
 * A threat the writer passes on only to disown it (LABELLING.md: "a reported threat the writer
 * condemns" is not a threat): someone else's words ("someone on the parents' page said…", "the
 * message going round", "whoever phoned it in") together with the writer turning against them or
 * saying it is dealt with ("it's a hoax", "the police have confirmed", "I've reported it", "don't
 * forward it", "grow up"; disgust alone is not enough: a warning can be disgusted too), and no menace
 * in the writer's own voice ("I'll", "we're going to").
 */
const RE_SOMEONE_ELSES =
  /(?<![^ ])(?:someone|somebody|whoever|sprayed|graffiti|scrawled|charged|arrested|headline|an account|anonymous account|the account|a message|the message|messages|comments|a comment|a post|the post|posts|posted|posting|going round|going around|doing the rounds|said|saying|wrote|written)(?![^ ])/;
const RE_DISOWNED =
  /(?<![^ ])(?:hoax|(?:police|school|trust) (?:have|has) confirmed|confirmed (?:it|that|the school is safe)|asked (?:parents|everyone|people) not to|not to engage|(?:don't|do not|dont|please don't) (?:forward|share|spread|engage|like|repost)|(?:i've|i have|we've|we have|already|have) reported|report it|reported (?:the|it|them|this)|grow up|no threats|hope (?:the )?police find|hope (?:the |all )?(?:staff|kids|children|pupils|everyone|teachers|families)(?: and (?:the )?[^ .]+)?(?: there| involved)? (?:are|is) (?:ok|okay|alright|all right|safe)|thoughts (?:are )?with|horrible thing to see|clean (?:it )?off)(?![^ ])/;
const RE_OWN_MENACE =
  /(?<![^ ])(?:i'll|ill|i will|i'm going to|im going to|i'm gonna|im gonna|gonna|we'll|we will|we're going to|watch your back|you'll|you will)(?![^ ])/;
/**
 * A thing, not a person, as the subject of the intent: "roadworks are going to hit the bus routes",
 * "the cuts will hit Oakfield hardest", "this snow is going to kill sports day".
 */
const RE_THING_SUBJECT =
  /(?<![^ ])(?:roadworks|works|strike|strikes|cuts|funding cuts|changes|storm|snow|rain|weather|flu|bug|virus|traffic|prices|costs|budget|closure|closures|rules|policy|inflation|diversion|diversions|delays|heatwave|wind|flood|floods|flooding|bills|price rise|price rises|new timetable|timetable change)(?: (?:on|in|at|near|outside|along|round|around|by|from|over|this|next|for) [^ .,]+(?: street| road| lane)?){0,2}(?: (?:are|is|will|could|might|may|would|set to|about to|likely to|expected to|really|probably|definitely|gonna|going to|bound to)){0,3} ?$/;
const disowned = (a: Analysis): boolean =>
  RE_SOMEONE_ELSES.test(a.canon) &&
  RE_DISOWNED.test(a.canon) &&
  // the writer's own voice: words in quotes are the ones passed on ("someone sprayed 'watch your back'")
  !RE_OWN_MENACE.test(outsideQuotes(a, quotedSpans(a)));

/**
 * The original offsets of the post's double-quoted stretches, quote marks included. normalize.ts
 * has already folded every double quote (“ ” „ ″) to '"', so its text is where they are paired.
 */
function quotedSpans(a: Analysis): [number, number][] {
  const { text, starts, ends } = a.norm;
  const spans: [number, number][] = [];
  for (let open = text.indexOf('"'); open >= 0;) {
    const close = text.indexOf('"', open + 1);
    if (close < 0) break;
    spans.push([starts[open] ?? 0, ends[close] ?? 0]);
    open = text.indexOf('"', close + 1);
  }
  return spans;
}

const inSpans = (spans: readonly [number, number][], start: number, end: number): boolean =>
  spans.some(([s, e]) => start >= s && end <= e);

/** The canonical text with every quoted token blanked (same length, so offsets still hold). */
function outsideQuotes(a: Analysis, spans: readonly [number, number][]): string {
  if (spans.length === 0) return a.canon;
  const chars = a.canon.split('');
  a.tokens.forEach((t, k) => {
    if (!inSpans(spans, t.start, t.end)) return;
    for (let i = a.tokStart[k] ?? 0; i < (a.tokEnd[k] ?? 0); i++) chars[i] = ' ';
  });
  return chars.join('');
}

/**
 * Someone at home saying it to the writer, quoted: "my nan texted 'I know where you live' because I
 * forgot to pick her up 😂", "'You'll be sorry!' shouted my daughter as I ate her brownie". Every
 * word of the threat is inside the quotes, and outside them are the writer's family, an ex or a
 * friend and a laugh or an eye-roll.
 */
const RE_HOME_SPEAKER =
  /(?<![^ ])(?:my|our) (?:little |big |baby |younger |older |eldest |youngest )?(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|mummy|dad|daddy|brother|bro|sister|sis|son|daughter|ex|wife|husband|hubby|partner|boyfriend|girlfriend|kids|kid|cousin|auntie|aunt|uncle|toddler|mate|mates|friend|bestie|best mate|best friend|other half)(?![^ ])|(?<![^ ])(?:nan|nana|nanna|gran|granny|grandma|grandad|grandpa|mum|mam|mom|dad) (?:texted|text|messaged|rang|said|says|shouted|yelled|told me|replied)(?![^ ])/;
const RE_SHRUG =
  /(?<![^ ])(?:😂|🤣|😆|😅|🙄|🤦|lol|lmao|haha|hahaha|bless (?:him|her|them)|sorry (?:nan|mum|mam|dad)|i was not sorry|(?:he's|she's|hes|shes) (?:\d+|only \d+|four|five|six|seven|eight|nine|ten|eleven|twelve))(?![^ ])/;
function homeBanter(a: Analysis, spans: readonly [number, number][]): boolean {
  if (spans.length === 0) return false;
  const outside = outsideQuotes(a, spans);
  return RE_HOME_SPEAKER.test(outside) && (hasJoke(a) || RE_SHRUG.test(outside));
}
function saidAtHome(a: Analysis, evidence: readonly Evidence[]): boolean {
  const spans = quotedSpans(a);
  return evidence.every((e) => e.end <= e.start || inSpans(spans, e.start, e.end)) && homeBanter(a, spans);
}

export function detectThreat(a: Analysis): Hit | null {
  if (!hasAny(a, ALL_ANCHORS)) return null;
  if (disowned(a)) return null;
  let best = 0;
  let rule = '';
  let explanation = '';
  const evidence: Evidence[] = [];
  const consider = (score: number, r: string, why: string, ev: Evidence[]): void => {
    if (score <= 0) return;
    evidence.push(...ev);
    if (score > best) {
      best = score;
      rule = r;
      explanation = explain(a, why, ev);
    } else {
      best = Math.min(0.99, best + 0.05); // corroborating cue
    }
  };
  const joking = hasJoke(a);

  const harmPresent = hasAny(a, HARM_ANCHORS);
  for (const m of harmPresent ? matchAnchored(a, RE_INTENT_HARM) : []) {
    const harmG = m.groups.find((g) => g[0] === 'harm');
    const harm = harmG ? a.canon.slice(harmG[1], harmG[2]) : '';
    const intentG = m.groups.find((g) => g[0] === 'intent');
    const intent = intentG ? a.canon.slice(intentG[1], intentG[2]) : '';
    if (objectIsIdiom(a, m)) continue;
    if (intentG && RE_THING_SUBJECT.test(a.canon.slice(Math.max(0, intentG[1] - 40), intentG[1]))) continue;
    if (negatedBefore(a, m.cs, 4)) continue;
    if (harmG && negatedWithin(a, m.cs, harmG[1])) continue;
    if (RE_IDIOM.test(a.canon.slice(m.cs, m.ce + 12))) continue;
    const tgt = m.groups.find((g) => g[0] === 'target');
    const target = tgt ? a.canon.slice(tgt[1], tgt[2]) : '';
    const personTarget = PERSON_ONLY.test(target);
    const soft = ['should', 'will', 'need to', 'gotta', 'i could', 'wanna', 'let me'].includes(intent);
    if (!personTarget) {
      // a non-pronoun object must look like a person or the school: a capitalised name
      const tok = tgt ? a.tokens[tokenAt(a, tgt[1])] : undefined;
      const named =
        !!tok &&
        ((tok.kind === 'word' && tok.cap && !tok.allCaps) || tok.kind === 'org' || tok.kind === 'staff');
      if (!VERY_STRONG.has(harm) || !named) continue;
    }
    if (
      [
        'smash',
        'destroy',
        'batter',
        'kill',
        'murder',
        'beat',
        'end',
        'finish',
        'get',
        'hit',
        'murk',
        'merk',
        'bury',
        'wreck',
      ].includes(harm)
    ) {
      if (inSportContext(a, m.cs)) continue;
    }
    // "I'll batter you at chess", "I'll kill you if you eat my crisps again": a game, a snack
    if (RE_TRIVIAL_HARM.test(a.canon.slice(m.ce, m.ce + 60))) continue;
    if (
      [
        'get',
        'hit',
        'end',
        'finish',
        'sort out',
        'deal with',
        'cut',
        'burn',
        'break',
        'smash',
        'destroy',
      ].includes(harm) &&
      !personTarget
    )
      continue;
    if (harm === 'jump' && !personTarget) continue;
    let score = personTarget ? 0.85 : 0.7;
    if (['get', 'hit', 'end', 'finish', 'sort out', 'deal with', 'cut', 'beat', 'destroy'].includes(harm))
      score -= 0.2;
    if (soft) score -= 0.2;
    if (joking) score -= 0.15;
    consider(score, 'threat.intent_harm', 'States an intention to harm someone.', evidenceOf(a, m, 'threat'));
  }
  for (const m of hasAny(a, BODY_ANCHORS) ? matchAnchored(a, RE_BODILY) : []) {
    if (negatedBefore(a, m.cs, 4)) continue;
    if (inSportContext(a, m.cs)) continue;
    consider(
      joking ? 0.7 : 0.85,
      'threat.bodily',
      'Threatens to injure someone or damage their property.',
      evidenceOf(a, m, 'threat'),
    );
  }
  const placeVerb = hasAny(a, PLACE_ANCHORS);
  for (const m of placeVerb ? matchAnchored(a, RE_PLACE_INTENT) : []) {
    if (negatedBefore(a, m.cs, 4)) continue;
    const tgt = m.groups.find((g) => g[0] === 'target');
    const target = tgt ? a.canon.slice(tgt[1], tgt[2]) : '';
    const harmG = m.groups.find((g) => g[0] === 'harm');
    const harm = harmG ? a.canon.slice(harmG[1], harmG[2]) : '';
    if (IDIOM_OBJECTS.has(target) && target !== 'the' && target !== 'that' && target !== 'this') continue;
    if (
      IDIOM_AFTER.has(target) ||
      /^(?:calories|bridges|candle|candles|toast|dinner|food|cake|money|cash|bread)$/.test(target)
    )
      continue;
    if (
      (harm === 'burn' ||
        harm === 'burning' ||
        harm === 'bomb' ||
        harm === 'trash' ||
        harm === 'storm' ||
        harm === 'raid') &&
      !/^(?:@org|@staff|school|academy|down|building|place|house|car|it|site|office|gates)$/.test(target) &&
      !a.canon.slice(m.ce, m.ce + 8).startsWith(' down')
    )
      continue;
    consider(
      0.85,
      'threat.arson_attack',
      'Threatens to burn, bomb or attack the school or a property.',
      evidenceOf(a, m, 'threat'),
    );
  }
  for (const m of placeVerb ? matchAll(a, RE_PLACE_DIRECT) : []) {
    if (negatedBefore(a, m.cs, 3)) continue;
    const harmG = m.groups.find((g) => g[0] === 'harm');
    const harm = harmG ? a.canon.slice(harmG[1], harmG[2]) : '';
    const down = a.canon.slice(m.ce - 5, m.ce) === ' down';
    if (
      (harm === 'burn' ||
        harm === 'burning' ||
        harm === 'burnt' ||
        harm === 'shoot' ||
        harm === 'shooting') &&
      !down &&
      !/up/.test(harm)
    ) {
      // "burn the school" needs "down"; "shooting @org" needs "up"
      if (harm.startsWith('shoot')) continue;
      if (!down) continue;
    }
    consider(
      0.85,
      'threat.arson_attack',
      'Talks about burning, bombing or shooting up the school.',
      evidenceOf(a, m, 'threat'),
    );
  }
  const weaponPresent = hasAny(a, WEAPON_ANCHORS);
  const weaponMatches = weaponPresent ? [...matchAnchored(a, RE_WEAPON), ...matchAll(a, RE_WEAPON_TIME)] : [];
  {
    for (const m of weaponMatches) {
      if (negatedBefore(a, m.cs, 3)) continue;
      // "the debate on gun control at school tomorrow", "knife crime talk": no weapon is meant
      if (RE_WEAPON_COMPOUND.test(a.canon.slice(m.cs, m.ce + 20))) continue;
      const s = a.canon.slice(Math.max(0, m.cs - 60), m.ce + 60);
      if (
        /(?<![^ ])(?:skills|food tech|cooking|chopping|butter|crime awareness|awareness|amnesty|crime talk|macbeth|dagger|play|drama|prop|props|julienne|baking|bats)(?![^ ])/.test(
          s,
        ) ||
        RE_TOOL_USE.test(s)
      )
        continue;
      const carryG = m.groups.find((g) => g[0] === 'carry');
      const carry = carryG ? a.canon.slice(carryG[1], carryG[2]) : '';
      const weak = ['got', 'has', 'have', 'had', 'with', 'take', 'taking'].includes(carry);
      consider(
        weak ? 0.65 : 0.85,
        'threat.weapon',
        'A weapon is being brought to a place or at a time.',
        evidenceOf(a, m, 'threat'),
      );
    }
  }
  if (best === 0 && hasAny(a, WEAPON_ANCHORS)) {
    // "some lads bringing knives" with a place or time anywhere in the post
    for (const m of matchAnchored(a, RE_CARRY_WEAPON, 3)) {
      if (!RE_PLACE_OR_TIME.test(a.canon)) continue;
      const s = a.canon.slice(Math.max(0, m.cs - 60), m.ce + 60);
      if (
        /(?<![^ ])(?:skills|food tech|cooking|chopping|butter|awareness|amnesty|talk|talked|spoke|speaker|prisoner|ex-offender|changed his life|changed her life|macbeth|dagger|drama|prop|props|julienne|baking)(?![^ ])/.test(
          s,
        ) ||
        RE_TOOL_USE.test(s)
      )
        continue;
      consider(
        0.75,
        'threat.weapon',
        'Talk of bringing weapons, with a place or time.',
        evidenceOf(a, m, 'threat'),
      );
    }
  }
  for (const [name, re, base, anc] of VEILED_ANCHORED) {
    if (anc && !hasAny(a, anc)) continue;
    for (const m of matchAll(a, re, 3)) {
      if (
        name !== "won't walk out" &&
        name !== 'been warned' &&
        name !== "don't come in" &&
        negatedBefore(a, m.cs, 3)
      )
        continue;
      if (
        name === "you'll regret" &&
        /(?:regret (?:missing|not)|pay (?:for (?:tickets|lunch|the trip|it online|parking)))/.test(
          a.canon.slice(m.cs, m.ce + 20),
        )
      )
        continue;
      if (
        (name === 'knows their house' || name === 'knows their car') &&
        /(?<![^ ])(?:lights|headlights|hazards|blocking|tell her|tell him|let her know|let him know|handed in|lost)(?![^ ])/.test(
          a.canon,
        )
      )
        continue;
      if (
        name === 'watch your back' &&
        /watch out/.test(a.canon.slice(m.cs, m.ce)) &&
        !/(?<![^ ])(?:@staff|he|she|him|her|you|u)(?![^ ])/.test(a.canon.slice(m.ce, m.ce + 30))
      )
        continue;
      if (name === "see who's laughing" && inSportContext(a, m.cs)) continue;
      // "Mrs Leigh walks home that way and it's pitch dark, please fix the lights": a concern
      if (
        name === 'alone and unwatched' &&
        !(RE_ROUTINE.test(a.canon) && (RE_ISOLATED_GRIEVANCE.test(a.canon) || RE_SLY_CODA.test(a.canon)))
      )
        continue;
      // "watch ur backs yr 11, we're coming for the inter-house cup 🏆": a challenge for a prize
      // (not when a member of staff is named, or someone is "coming for you" as well)
      if (name === 'watch your back' && prizeChallenge(a)) continue;
      // "we know which car is Mrs X's, it's the one covered in reception handprints 😂💕": fondness
      if ((name === 'knows their house' || name === 'knows their car') && joking && RE_FOND.test(a.canon))
        continue;
      // "you'll regret volunteering for the staff v pupils match, my son's been training 😂"
      if (name === "you'll regret" && joking && inSportContext(a, m.cs)) continue;
      // "watch out for Mr Grant's fast bowling", "watch out for ice on the path": a caution
      if (
        name === 'watch your back' &&
        /watch out$/.test(a.canon.slice(m.cs, m.ce)) &&
        /^ for(?![^ ])/.test(a.canon.slice(m.ce, m.ce + 4))
      )
        continue;
      // "watch your back row in the second half": a rugby team's forwards; "watch your back four"
      if (
        name === 'watch your back' &&
        /^ (?:row|rows|line|four|three|five|post|posts)(?![^ ])/.test(a.canon.slice(m.ce, m.ce + 8))
      )
        continue;
      // "I know where he lives, he's my neighbour!": a neighbour, a relative, the house next door
      if (
        name === 'knows where they live' &&
        /(?<![^ ])(?:neighbour|neighbours|neighbor|next door|same street|same road|my cousin|my uncle|my auntie|my aunt|my nan|my grandad|my brother|my sister|lovely man|lovely woman|lovely lady|doors down|street party)(?![^ ])/.test(
          a.canon.slice(m.ce, m.ce + 60),
        )
      )
        continue;
      // "I'm going to the papers about this, you've been warned": a warning of recourse, not harm
      if ((name === 'been warned' || name === 'mark my words') && !harmPresent && RE_RECOURSE.test(a.canon))
        continue;
      // "he'll never walk again, the doctors said": a prognosis, not a promise
      if (name === 'never again' && RE_PROGNOSIS.test(around(a, m, 80, 80))) continue;
      let score = base;
      // "machete's in the boot. see you at kingsmead gates half 3": a meeting at the gates beside a
      // weapon or a menace cue is a threat (alone it is the school run)
      if (name === 'see you at the gates' && (RE_WEAPON_WORD.test(a.canon) || RE_MENACE_CUE.test(a.canon)))
        score = 0.75;
      if (joking) score -= 0.1;
      consider(score, `threat.veiled`, 'Uses threatening language', evidenceOf(a, m, 'menace'));
    }
  }
  for (const f of FAMILIES) {
    if (!hasAny(a, f.need)) continue;
    for (const m of matchAll(a, f.re, 3)) {
      let score = f.score(a, m);
      if (score <= 0) continue;
      if (joking) score -= 0.15;
      consider(score, `threat.${f.name.replace(/ /g, '_')}`, f.why, evidenceOf(a, m, 'threat'));
    }
  }
  for (const m of hasAny(a, COND_ANCHORS) ? matchAnchored(a, RE_CONDITIONAL, 3) : []) {
    // "I will be sorry I booked the day off" is regret, not menace
    if (/^ (?:i|to|for|about|that|if|we)(?![^ ])/.test(a.canon.slice(m.ce, m.ce + 8))) continue;
    consider(
      0.8,
      'threat.conditional',
      'A conditional threat: if something happens, harm will follow.',
      evidenceOf(a, m, 'threat'),
    );
  }
  if (best === 0) {
    for (const re of hasAny(a, REPORT_ANCHORS) ? [RE_REPORT, RE_REPORT_REV] : []) {
      for (const m of matchAll(a, re, 3)) {
        const r = m.groups.find((g) => g[0] === 'report');
        const word = r ? a.canon.slice(r[1], r[2]) : '';
        if (
          [
            'knife',
            'gun',
            'weapon',
            'police',
            'shooting',
            'attacked',
            'assaulted',
            'stabbed',
            'stabbing',
          ].includes(word)
        ) {
          // need a threat-ish companion: "police ... threatened", "knife ... at the gates"
          const s = a.canon.slice(Math.max(0, m.cs - 80), m.ce + 80);
          if (
            !/(?<![^ ])(?:threat|threats|threatened|threatening|armed|lockdown|stabbed|stabbing|attack|attacked|brandishing|waving|pulled|intruder)(?![^ ])/.test(
              s,
            )
          )
            continue;
          if (
            /(?<![^ ])(?:skills|food tech|awareness|talk|workshop|assembly|safer schools|amnesty)(?![^ ])/.test(
              s,
            )
          )
            continue;
        }
        if (
          word === 'threat' &&
          /(?<![^ ])(?:no threat|not a threat|triple threat|threat level)(?![^ ])/.test(a.canon)
        )
          continue;
        consider(
          0.6,
          'threat.report',
          'Reports a threat or weapon at the school.',
          evidenceOf(a, m, 'report'),
        );
      }
    }
  }
  if (best === 0) {
    // no set phrase: several independent cues that meet (rules/threat-cues.ts)
    const c = cueThreat(a);
    if (c)
      consider(
        c.score,
        'threat.cues',
        'Weapons or violence with a target, a time or place and intent',
        c.evidence,
      );
  }
  if (best < 0.5) return null;
  if (saidAtHome(a, evidence)) return null;
  return {
    kind: 'threat',
    rule,
    score: clamp01(best),
    evidence: mergeEvidence(evidence),
    explanation,
  };
}

// Re-exported for the safeguarding rule (weapons in school).
export { RE_WEAPON, RE_WEAPON_TIME, WEAPON, E as TOKEN_END };
