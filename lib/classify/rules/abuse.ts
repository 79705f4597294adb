/**
 * abuse: insults aimed at a person or group, slurs, identity attacks and sexual harassment
 * (SUAT §6, WAT §6, Agora §3.3).
 *
 *  - slur: a slur is abuse whoever it is aimed at (masked forms are recovered by the tokeniser);
 *  - identity: identity attacks ("go back where she came from", "towel head", "gay 🤮 keep him
 *    away from my son", "<group> should be deported");
 *  - insult: a target (you, he/she, a titled name, a handle, staff, a group) + copula + insult
 *    ("mr x is a fat useless nonce", "ur a pathetic little man", "the girls are all slags"),
 *    or a vocative ("you absolute idiot"), or a direct attack ("fuck off", "kill yourself");
 *  - sexual: sexual comments about a member of staff or a person ("is fit af id smash 🥵");
 *  - families: sexual innuendo about staff or pupils (🥵 🤤 🍑 😏, "keep me behind", "if you
 *    know what I mean"; heat and food are not), identity attacks by description ("the deaf kid
 *    … talks like a seal", "bloke in a dress", "in her hijab … couldn't make it up", 👃💰),
 *    mocking a child's hygiene or poverty; name-calling as a sentence of its own after a person is
 *    named ("Utter bellend."; verdicts on conduct such as "Hypocrites" are disparaging), hostility
 *    to migrants and travellers, attacks by description ("keep his agenda away from our children"),
 *    animal emoji at a person, pile-ons organised on a pupil; and (2026-12-04, fourth session) looks
 *    and brains mocked with an image ("two brain cells", "a face like a slapped arse", "five chins,
 *    try a salad", "a wet flannel", "a smug empty suit"; not the writer laughing at themselves, nor a
 *    loud voice loved) and identity attacks with no identity word ("can barely speak English", "only
 *    got the job because she ticks boxes", "a diversity hire"; not an EAL pupil being helped); later
 *    that session, from a new training file's misses (school-synth-35): "a bunch of pompous
 *    windbags" and up to three words and commas before the insult, looks mocked by likeness ("looks
 *    like he slept in a skip", "the state of his suit", "the size of her"), "back to the kitchen",
 *    "reeks of curry", "should never have been allowed to breed", "nobody cares what you think";
 *  - model: the n-gram model says offensive AND the post is aimed at someone (see index.ts).
 */
import {
  alt,
  IDENTITY_TERMS,
  INSULT_ADJS,
  INSULT_NOUNS,
  INTENSIFIERS,
  RULE_INSULT_NOUNS,
  SLURS,
} from '../lexicon';
import {
  E,
  T,
  anchoredRx,
  anchors,
  clamp01,
  evidenceOf,
  evidenceTokens,
  explain,
  firstWords,
  hasAny,
  matchAll,
  matchAnchored,
  mergeEvidence,
  negatedBefore,
  rx,
} from './common';
import type { Hit } from './common';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

/** SLURS as a Map: read once per word of every post, and a Map lookup is cheaper than an object's. */
const SLUR_GROUP: ReadonlyMap<string, string> = new Map(Object.entries(SLURS));

/** Adjectives that insult only in front of a noun ("a sad little man", "lying cow"). */
const MODIFIER_ADJS = [
  'inbred',
  'smug',
  'lazy',
  'sad',
  'fat',
  'ugly',
  'useless',
  'stupid',
  'pathetic',
  'vile',
  'nasty',
  'creepy',
  'evil',
  'arrogant',
  'little',
  'dense',
  'dirty',
  'greasy',
  'bent',
  'dodgy',
  'mental',
  'crazy',
  'insane',
  'bitter',
  'miserable',
  'horrible',
  'lying',
  'stinking',
  'sick',
  'nasty',
  'old',
  'thick',
  // (2026-12-04, fourth session)
  'dozy',
  'porky',
  'podgy',
  'pompous',
  'grasping',
  'elitist',
  'bloated',
  'sour-faced',
  'stuck-up',
  'dribbling',
  'jealous',
  'nosy',
  'slimy',
];
const PERSON_INSULTS = new Set<string>([...INSULT_NOUNS, ...RULE_INSULT_NOUNS]);
const NOUN = alt(PERSON_INSULTS);
const ADJ = alt(INSULT_ADJS);
const INT = alt([
  ...INTENSIFIERS,
  ...MODIFIER_ADJS,
  'such',
  'a',
  'an',
  'the',
  'one',
  'fucking',
  'fkn',
  'effing',
  'bloody',
  'jumped up',
  'jumped-up',
  'bunch of',
  'load of',
  'pack of',
  'overpaid',
]);

/** Someone an insult is aimed at. */
const TARGET_LIST = [
  '@staff',
  '@user',
  'you',
  "you're",
  'youre',
  'your',
  'ya',
  'yous',
  'he',
  "he's",
  'she',
  "she's",
  'they',
  "they're",
  'him',
  'her',
  'them',
  'teacher',
  'teachers',
  'head',
  'headteacher',
  'principal',
  'ceo',
  'deputy',
  'senco',
  'governor',
  'chair',
  'coach',
  'caretaker',
  'receptionist',
  'staff',
  'governors',
  'kid',
  'kids',
  'girls',
  'boys',
  'girl',
  'boy',
  'lad',
  'lads',
  'parents',
  'mums',
  'dads',
  'mum',
  'dad',
  'pupils',
  'students',
  'children',
  'people',
  'everyone',
  'lot',
  'board',
  'lady',
  'man',
  'woman',
  'bloke',
  'guy',
  'fella',
  'assistants',
  'tas',
  'ladies',
  'men',
  'women',
  'dinner ladies',
  'lunch staff',
  'office staff',
  'bosses',
  'trustees',
  'execs',
  'leaders',
  'this',
  'that',
  'these',
  'those',
];
const TARGET = alt(TARGET_LIST);

/** Insult nouns that also describe things ("this is a joke"): need a person as target. */
const EVALUATIVE = new Set(
  'joke disgrace embarrassment failure waste rubbish trash filth nobody sheep animal animals beast beasts monster monsters dog dogs savage savages pig pigs rat rats snake snakes cow cows witch bully bullies predator predators troll trolls joke clown clowns mess'.split(
    ' ',
  ),
);

const COPULA = alt([
  'is',
  'are',
  'was',
  'were',
  'be',
  'being',
  'r',
  "'s",
  'is such',
  'are such',
  'is a',
  'are all',
  'r all',
  'are just',
  'is just',
  'is literally',
  'are literally',
  'is actually',
  'are actually',
  'looks like',
  'look like',
  'acts like',
  'act like',
  'proper',
  'such',
  'what',
  'what a',
  'nothing but',
  'nothing but a',
]);

const P = rx;

const TARGET_FIRST = firstWords(TARGET_LIST);
const RE_INSULT_COPULA = anchoredRx(
  `${T}(?<target>${TARGET})${E}(?: [^ .]+){0,1} (?:${COPULA})(?: ${INT}){0,4}(?: ${ADJ}){0,3} (?<insult>${NOUN}|${ADJ})${E}`,
  TARGET_FIRST,
);
/**
 * The same with any two words before the noun, when an article says a noun is coming: "the chair of
 * governors is a doddering old creep", "Mr Dale is a lying little weasel". A person must be the
 * target (not "this", "that").
 */
const PERSON_TARGETS = TARGET_LIST.filter((t) => !['this', 'that', 'these', 'those'].includes(t));
const RE_INSULT_COPULA_LOOSE = anchoredRx(
  `${T}(?<target>${alt(PERSON_TARGETS)})${E}(?: [^ .]+){0,3}? (?:is|are|was|were|'s) (?:such a|such an|a|an|one|all|just a|just an|nothing but a|nothing but an|a bunch of|a gang of|a load of|a pack of|a shower of|a herd of|nothing but a bunch of)(?: [a-z][a-z'-]*(?: ,)?){0,2}? [a-z][a-z'-]* (?<insult>${NOUN})${E}`,
  firstWords(PERSON_TARGETS),
);
// "ur a pathetic little man", "you're an idiot"
const RE_INSULT_YOU = anchoredRx(
  `${T}(?<target>your|you're|youre|you are|u are|you r|ur|you|u|he's|she's|they're|he is|she is|they are|hes|shes|theyre)(?: ${INT}){0,4}(?: ${ADJ}){0,3} (?<insult>${NOUN}|${ADJ}(?: (?:man|woman|boy|girl|kid|lad|person|thing|cow|pig|twat|prick|bitch|cunt|bastard|dick|mess|git))?)${E}`,
  [
    'your',
    "you're",
    'youre',
    'you',
    'u',
    'ur',
    "he's",
    "she's",
    "they're",
    'he',
    'she',
    'they',
    'hes',
    'shes',
    'theyre',
  ],
);
const RE_ADJ_NOUN = P(
  `${T}(?<insult>(?:${ADJ})(?: ${ADJ}){0,2} (?:${NOUN}|little (?:man|boy|girl|shit|freak|rat|prick)|(?:man|woman|boy|girl|kid|lad|cow|pig|mess|thing|git|teacher|head|creature)))${E}`,
);
const RE_DIRECT = P(
  `${T}(?<attack>fuck (?:off|you|u|ya|yourself|urself|him|her|them)|f off|piss off|sod off|bugger off|get fucked|go fuck yourself|screw (?:you|u)|shut (?:up|your mouth|ur mouth|it) (?:you|u|ya)|stfu|gtfo|kys|kill yourself|kill urself|go die|go and die|drop dead|hope (?:you|u|he|she|they) (?:die|dies|get cancer|rot|burn)|nobody likes (?:you|u|him|her)|no one likes (?:you|u|him|her)|(?:nobody|no one|noone) cares (?:about )?(?:what you think|what u think|your (?:opinion|opinions|views)|ur (?:opinion|opinions))|(?:shouldn't|should not|should never|shouldnt) (?:have been |be )?allowed to breed|waste of (?:space|oxygen|air|skin)|get a life|(?:fuck|f\\*\\*\\*|fk) (?:@staff|@user|@org|the (?:head|teacher|teachers|school|staff)))${E}`,
);
const RE_IDENTITY = P(
  `${T}(?<identity>(?:go|send (?:her|him|them)|should go|needs to go|go on) back (?:to )?(?:where|wherever) (?:she|he|they|you|u) (?:came|come) from|go back to (?:your|ur|her|his|their) (?:own )?(?:country|countries)|(?:go|get|fuck off|piss off|send (?:her|him|them)) back (?:to )?(?:pakistan|india|africa|poland|romania|syria|somalia|nigeria|jamaica|bangladesh|china|iraq|iran|afghanistan|albania|turkey|the jungle|where (?:you|she|he|they) belongs?)|back to (?:your|ur|her|his|their) (?:own )?country|(?:tea )?towel on (?:her|his|their) head|towel ?heads?|rag ?heads?|bin ?bags? on (?:her|their) heads?|(?:look|looks|looking|dressed|dresses) like (?:a )?letter ?box(?:es)?|letter ?boxes|(?:terrorist|bomber|jihadi) (?:beard|beards|scarf|headscarf|hijab|hat)|(?:take|send|go) (?:his|her|their|your|ur) [^ .]+(?: [^ .]+)? back home|bomb(?:er)? in (?:her|his) (?:bag|rucksack)|(?:dirty|filthy|stinking|smelly|bloody|fucking) (?:polish|pole|romanian|romanians|foreigner|foreigners|immigrant|immigrants|migrant|migrants|muslim|muslims|jew|jews|pole|poles|gypsy|gypsies|traveller|travellers|refugee|refugees|asian|asians)|(?:sooo|so|such a|well|proper|too|bit|fucking|such|very|really|that|well) gay(?: (?:lol|lmao|😂|🤮|🤢|ew|eww))?|keep (?:him|her|them|that) away from (?:my|our|the) (?:kids|children|son|daughter|boys|girls|kid|child)|typical (?:muslim|muslims|jew|jewish|paki|polish|immigrant|foreigner|black|gay|woman|women|pikey|gypsy)(?: [^ .]+){0,3} (?:should|always|thinks|think|trying|taking|ruining))${E}`,
);
const RE_GROUP_HATE = P(
  `${T}(?<group>${alt(IDENTITY_TERMS)})${E}(?: [^ .]+){0,4} (?<hate>should (?:be|all be|go|get|all get|all go) (?:deported|sent back|sent home|banned|removed|shot|gassed|killed|hanged|kicked out|thrown out|locked up|got rid of|home|back)|are (?:all )?(?:animals|vermin|scum|rats|filth|disgusting|dirty|terrorists|rapists|paedos|pedos|criminals|parasites|subhuman|a disease|a plague|invaders|cockroaches)|don't belong|dont belong|(?:not|aren't|arent) welcome|should not be allowed|shouldn't be allowed|stink|stinks|smell|smells|are (?:all )?(?:smelly|dirty|thick|thieves|scroungers|stinky|feral|filthy)|ruin(?:ing|ed)? (?:everything|this country|the school))${E}`,
);
const RE_DISGUST_IDENTITY = P(
  `${T}(?<identity>${alt(IDENTITY_TERMS)})${E}(?: [^ .]+){0,3} (?<disgust>🤮|🤢|ew|eww|yuck|gross|disgusting|vile|sick|wrong|unnatural|abomination)${E}`,
);
const RE_SEXUAL = P(
  `${T}(?<appraisal>fit|hot|sexy|peng|buff|thicc|thick|fine|milf|dilf|bangin|banging|tasty|well fit|proper fit|so fit|so hot)${E}(?: [^ .]+){0,6} (?<intent>(?:i'd|id|i would|would|wud|i wud|i'd) (?:smash|do|bang|shag|ruin|destroy|tap|hit|rail|wreck|eat)(?: (?:her|him|it|that))?|🥵|🍆|💦|👅|🤤|send (?:me )?(?:her|his) (?:insta|snap|number|nudes|pics|socials|onlyfans)|(?:her|his) (?:tits|boobs|arse|ass|bum|legs|body)|wifey|wife material)${E}`,
);
const RE_SEXUAL_DIRECT = P(
  `${T}(?<harassment>(?:wears|wearing|wore|in) (?:her|those|them|that|these) (?:skirt|skirts|top|tops|leggings|dress|dresses|jeans|trousers|blouse) (?:too|so|well|really|proper) (?:short|tight|low|revealing|see through|see-through)|(?:wanna|want to|would|i'd|id|gonna|i'll|ill) (?:shag|fuck|bang|smash|rail|finger|grope|touch up) (?:@staff|miss|sir|the (?:new )?(?:teacher|ta|pe teacher)|her|him|you|u)|(?:show|send) (?:us|me) (?:your|ur|her|his) (?:tits|boobs|nudes|pics|body|bum|arse|ass)|(?:nice|great|fit) (?:tits|boobs|arse|ass|bum|rack))${E}`,
);

const TRIGGERS = new Set<string>([
  ...Object.keys(SLURS),
  ...PERSON_INSULTS,
  ...INSULT_ADJS,
  'fuck',
  'piss',
  'sod',
  'bugger',
  'shut',
  'stfu',
  'gtfo',
  'kys',
  'kill',
  'go',
  'drop',
  'hope',
  'nobody',
  'no one',
  'waste',
  'get',
  'screw',
  'back',
  'towel',
  'towelhead',
  'raghead',
  'letterbox',
  'letterboxes',
  'bin',
  'gay',
  'keep',
  'bomb',
  'fit',
  'hot',
  'sexy',
  'peng',
  'buff',
  'thicc',
  'milf',
  'shag',
  'bang',
  'smash',
  'show',
  'send',
  ...IDENTITY_TERMS,
]);

const INSULT_SET = new Set<string>([...PERSON_INSULTS, ...INSULT_ADJS]);
const IDENTITY_SET = new Set<string>(IDENTITY_TERMS);
const IDENTITY_ANCHORS = anchors(
  'typical back towel towelhead towelheads raghead ragheads rag bin binbag letterbox letterboxes letter gay keep bomb bomber dirty filthy stinking smelly bloody fucking',
);
const DIRECT_ANCHORS = anchors(
  'fuck f piss sod bugger get go screw shut stfu gtfo kys kill drop hope nobody no noone waste fk allowed',
);
const SEXUAL_ANCHORS = anchors('fit hot sexy peng buff thicc thick fine milf dilf bangin banging tasty');
const SEXUAL_DIRECT_ANCHORS = anchors(
  'wears wearing wore shag fuck bang smash rail finger grope touch show send nice great fit',
);

/** Every anchor word: a post with none of them cannot match any abuse pattern. */
const ALL_ANCHORS = new Set<string>([
  ...TRIGGERS,
  ...INSULT_SET,
  ...IDENTITY_SET,
  ...IDENTITY_ANCHORS,
  ...DIRECT_ANCHORS,
  ...SEXUAL_ANCHORS,
  ...SEXUAL_DIRECT_ANCHORS,
]);

/** Targets that do not make a vocative insult ("your stupid phone" is not about a person). */

// ---------------------------------------------------------------------------------------------
// Situation families: sexual innuendo about staff or pupils, identity attacks by description,
// mocking a child's poverty or hygiene.

/** Staff or pupils as the subject of a sexual comment. */
const RE_SEX_TARGET =
  /(?<![^ ])(?:@staff|teacher|teachers|miss|sir|mrs|ms|mr|ta|tas|teaching assistant|pe teacher|head|deputy|receptionist|receptionists|girls|boys|year \d{1,2}s?|yr \d{1,2}s?|y\d{1,2}s?|sixth formers?|pupils|students|mums|mum|she|her|he|him)(?![^ ])/;
const RE_SEX_EMOJI = /(?:🥵|🤤|🍑|🍆|💦|👅)/;
const RE_INNUENDO = new RegExp(
  `(?<![^ ])(?:if (?:you|u|ya) know what i mean|know what i mean|private lesson|private lessons|extra lessons? anytime|keep me behind|kept me behind|keep me in|stay(?:ing)? behind|give me (?:a )?detention|give me (?:a )?private|any ?day|any ?time|wouldn't mind|wouldnt mind|wink wink|get (?:her|him) alone|bend (?:me|her) over|on my knees|in (?:their|her|his) (?:pe kit|leggings|gym kit|swimming costume|swimsuit))(?![^ ])`,
);
const RE_SUPPORT =
  /(?<![^ ])(?:support|supporting|inclusion|inclusive|proud|welcome|welcoming|celebrate|celebrating|awareness|month|week|pride|charity|sign language|bsl|well done|congratulations|brilliant|amazing|lovely|kind)(?![^ ])/;
const IDENTITY_PERSON = `(?:deaf|disabled|autistic|blind|trans|tranny|gay|lesbian|queer|muslim|jewish|black|ginger|sen|special needs|adhd|downs|down's|wheelchair|foreign|polish|romanian|asian|gypsy|traveller|pikey) (?:kid|kids|boy|girl|lad|lass|teacher|head|headmaster|headteacher|headmistress|ta|man|woman|one|pupil|student|family|bloke|dad|mum|couple|lot)`;
const RE_IDENTITY_MOCK = new RegExp(
  `(?<![^ ])(?:freak|freaks|weirdo|like a seal|🦭|🤮|🤢|laughing|lol|lmao|😂|🤣|should (?:use|stay|go|not|be)|shouldn't|shouldnt|stay home|no wonder|disgusting|wrong|unnatural|going downhill|ruining|couldn't make it up|couldnt make it up|🙄|get rid|tbh|talks like|walks like|sounds like|sounded like|couldn't stop laughing|keep (?:him|her|them) away|not normal|mong|spaz|thieving|thieves|robbing|scroungers|scrounging|since they let|let them in)(?![^ ])`,
);

/**
 * A verdict on conduct is said of a school's leaders as a complaint ("… nobody was told. Hypocrites"):
 * disparaging, not abuse, so these never stand alone as an insult.
 */
const MORAL_NOUNS: ReadonlySet<string> = new Set(
  'hypocrite coward liar clown crook cowboy amateur joker fraud snake muppet idiot'.split(' '),
);
/**
 * Insult nouns that can stand as a sentence of their own after a person is named ("Utter bellend.");
 * the evaluative ones ("Joke.", "Disgrace.") are said of schools and decisions too, so are left out,
 * and so are plurals, which are said of a school's staff as a body.
 */
const STANDALONE_NOUNS = [...PERSON_INSULTS].filter(
  (n) => !EVALUATIVE.has(n) && !MORAL_NOUNS.has(n) && n.length > 2 && !n.endsWith('s'),
);
/** What turns a bare noun into name-calling: "Utter bellend.", "Stuck up cow.", "absolute goblin". */
const STANDALONE_MODIFIER = `(?:${ADJ}|utter|absolute|total|complete|proper|right|little|old|stuck up|stuck-up|jumped up|smug|sad|pathetic|tragic|lanky|baby faced|polish|massive|fat|ugly|such an?|what an?)`;
/** A person somewhere in the post: a title, a role, a pronoun, a handle. */
const RE_PERSON_IN_POST =
  /(?<![^ ])(?:mr|mrs|miss|ms|sir|dr|@staff|@user|@[a-z0-9_]+|he|she|him|her|his|you|u|ur|teacher|head|deputy|caretaker|receptionist|dinner lady|ta|coach|ceo|governor|mum|dad|kid|boy|girl|lad|year \d{1,2}|yr \d{1,2}|[a-z]+'s)(?![^ ])/;
/** Animals and clowns meant literally: the farm, the zoo, the circus, dressing up, a story. */
const RE_LITERAL_ANIMAL =
  /(?<![^ ])(?:farm|zoo|trip|circus|animal|animals|pet|pets|costume|costumes|world book day|dress up|dressing up|panto|pig|pigs|piglet|piglets|monkey|monkeys|rat|rats|mouse|whale|whales|cow|cows|snake|snakes|nature|wildlife|safari|science|story|jungle|party|halloween|birthday|love|lovely|cute|adorable|marine|biology|sea|ocean|fish|aquarium|thank|thanks|welcome|xxx|xx|❤️|😍|🥰|🌹|💕|💖)(?![^ ])/;

interface AbuseFamily {
  name: string;
  why: string;
  need: ReadonlySet<string>;
  re: RegExp;
  score: (a: Analysis, cs: number, ce: number) => number;
  /** A sentence of its own: a negator before it belongs to the sentence before ("for nothing. Utter …"). */
  ownSentence?: boolean;
}

const ABUSE_FAMILIES: AbuseFamily[] = [
  {
    name: 'sexual',
    why: 'Sexual comments about a member of staff or a pupil',
    need: anchors(
      '🥵 🤤 🍑 🍆 💦 👅 mean lesson lessons behind detention day anytime mind wink alone knees kit leggings swimsuit costume',
    ),
    re: P(
      `${T}(?<sexual>🥵|🤤|🍑|🍆|💦|👅|if (?:you|u|ya) know what i mean|private lessons?|keep me behind|kept me behind|stay(?:ing)? behind(?: after class)?|give me (?:a )?(?:detention|private)(?: [^ .]+){0,2}|wouldn't mind|wouldnt mind|get (?:her|him|@staff|miss|sir|the [^ .]+(?: [^ .]+){0,2}) alone|in (?:their|her|his) (?:pe kit|leggings|gym kit|swimming costume|swimsuit))${E}`,
    ),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 120), ce + 80);
      if (
        /(?<![^ ])(?:hot|heat|heatwave|sauna|melted|melting|boiling|warm|sweating|sweaty|temperature|fans|fan|sun|sunny|weather|spicy|chilli)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      if (!RE_SEX_TARGET.test(near)) return 0;
      const emoji = RE_SEX_EMOJI.test(a.canon) || /😏/.test(a.canon);
      const innuendo = RE_INNUENDO.test(a.canon) || !RE_SEX_EMOJI.test(a.canon.slice(cs, ce));
      if (emoji && innuendo) return 0.85;
      if (RE_SEX_EMOJI.test(a.canon.slice(cs, ce))) {
        // 🤤 at a burger is food; at a teacher or the girls it is not
        if (
          /(?<![^ ])(?:food|burger|burgers|pizza|cake|cakes|dinner|lunch|canteen|chips|brownies|cookies|menu)(?![^ ])/.test(
            near,
          )
        )
          return 0;
        return 0.75;
      }
      return innuendo &&
        /(?<![^ ])(?:any ?day|any ?time|know what i mean|wouldn't mind|wouldnt mind|😏)(?![^ ])/.test(a.canon)
        ? 0.75
        : 0;
    },
  },
  {
    name: 'identity',
    why: 'Attacks a person for who they are',
    need: anchors(
      'deaf disabled autistic blind trans tranny gay lesbian queer muslim jewish black ginger sen special adhd downs wheelchair foreign polish romanian asian gypsy traveller pikey',
    ),
    re: P(`${T}(?<identity>${IDENTITY_PERSON})${E}`),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 100), ce + 100);
      if (RE_SUPPORT.test(near)) return 0;
      return RE_IDENTITY_MOCK.test(near) ? 0.75 : 0;
    },
  },
  {
    name: 'identity',
    why: 'Attacks a person for who they are',
    need: anchors('dress hijab headscarf turban burka burqa niqab kippah groomers groomer 👃'),
    re: P(
      `${T}(?<identity>(?:bloke|man|fella|geezer|guy|he) in a (?:dress|skirt|wig)|(?:he|she|it) thinks (?:he's|hes|she's|shes|it's) a (?:woman|girl|man|boy|lady)|in (?:her|his|their) (?:hijab|headscarf|turban|burka|burqa|niqab|kippah)|groomers?(?: (?:the lot of them|all of them|the lot|every one of them))|👃(?: [^ .]+){0,3} 💰|💰(?: [^ .]+){0,3} 👃|who (?:really )?runs? (?:it|the (?:trust|school|board|country|banks|media)|everything))${E}`,
    ),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 100), ce + 100);
      const text = a.canon.slice(cs, ce);
      if (RE_SUPPORT.test(near)) return 0;
      if (/^who/.test(text)) return /(?:👃|💰|names|globalist|zionist|rothschild)/.test(near) ? 0.75 : 0;
      if (/^in (?:her|his|their)/.test(text))
        return /(?<![^ ])(?:couldn't make it up|couldnt make it up|🙄|british values|shouldn't|shouldnt|should not|not allowed|allowed|take it off|terrorist|our kids|teaching our)(?![^ ])/.test(
          near,
        )
          ? 0.7
          : 0;
      return 0.75;
    },
  },
  {
    name: 'insult',
    why: "Mocks a child's hygiene or family's poverty",
    need: anchors('stinks smells reeks stinking afford'),
    re: P(
      `${T}(?<insult>(?:stinks|smells|reeks|stinking|stinkin) of [^ .]+|(?:can't|cant|cannot|couldn't|couldnt) (?:even )?afford (?:soap|shoes|food|a coat|uniform|deodorant|a bath|a haircut|a toothbrush|washing powder))${E}`,
    ),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 80), ce + 80);
      const person = /(?<![^ ])(?:he|she|his|her|kid|boy|girl|lad|mum|dad|family|\d{1,2}[a-z])(?![^ ])/.test(
        near,
      );
      const mocking = /(?:lmao|lol|😂|🤣|🤮|🤢|haha|tramp|scruff|minging|rank)/.test(a.canon);
      return person && mocking ? 0.7 : 0;
    },
  },
  // ---------------------------------------------------------------- added 2026-12-02 (sixth session)
  {
    // an insult that is a sentence of its own after a person is named: "… Utter bellend.",
    // "Stuck up cow.", "absolute pussy, everyone give him a round of applause"
    name: 'insult',
    why: 'Insults a person',
    need: new Set(STANDALONE_NOUNS),
    re: new RegExp(
      `(?<=^|[.!?,] )(?<insult>(?:${STANDALONE_MODIFIER} ){1,3}(?:${alt(STANDALONE_NOUNS)}))(?: (?:innit|tbh|lol|lmao|mate|honestly))?(?: (?:😂|💀|🙄|🤡|🤣))*(?: [.!?,]|$)`,
      'g',
    ),
    score: (a) => (RE_PERSON_IN_POST.test(a.canon) ? 0.75 : 0),
    ownSentence: true,
  },
  {
    // hostility to migrants and travellers: "ship them back", "dinghy kids", "taking school places off
    // local children", "lock your cars" because a group's children enrolled
    name: 'identity',
    why: 'Attacks a group for who they are',
    need: anchors(
      'ship send deport sort dinghy boat taking finished lock bikes hide get muslims immigrants migrants foreigners travellers gypsies',
    ),
    re: P(
      `${T}(?<identity>(?:ship|send|deport|fly) (?:them|em|'em|the lot|them all|all of them|the lot of them) (?:back|home|out)|go back and sort (?:your|their|ur) own country(?: out)?|(?:dinghy|boat|small boat|small boats) (?:kids|children|people|families|lot|brigade)|taking (?:school )?(?:places|spaces|jobs|houses) (?:off|from) (?:local|our|british|english|white|proper) (?:children|kids|families|people)|this country is finished|(?:muslims|immigrants|migrants|foreigners|travellers|gypsies|asylum seekers|they) get (?:whatever|everything) they (?:ask for|want))${E}`,
    ),
    score: (a, cs, ce) => (RE_SUPPORT.test(a.canon.slice(Math.max(0, cs - 80), ce + 80)) ? 0 : 0.75),
  },
  {
    name: 'identity',
    why: 'Attacks a group for who they are',
    need: anchors('lock bikes hide things stuff phones'),
    re: P(
      `${T}(?<identity>lock your (?:cars|car|doors|bikes|sheds|houses)|(?:bikes|things|stuff|phones|cars) (?:will )?(?:start )?(?:going missing|go missing|getting nicked|disappearing)|hide your (?:valuables|purses|bikes|handbags|kids))${E}`,
    ),
    score: (a) =>
      /(?<![^ ])(?:traveller|travellers|gypsy|gypsies|gipsies|pikey|pikeys|roma|romanian|romanians|migrant|migrants|asylum|immigrant|immigrants|foreign|foreigners|polish|afghan|afghans|syrian|somali|albanian|albanians|estate)(?![^ ])/.test(
        a.canon,
      )
        ? 0.75
        : 0,
  },
  {
    // "keep your lifestyle away from our children", "turning kids into his sort", "limp wristed",
    // "turban wearing", "all the problems started when they made a woman deputy head"
    name: 'identity',
    why: 'Attacks a person for who they are',
    need: anchors('keep turning limp limp-wristed turban turban-wearing made making appointed'),
    re: P(
      `${T}(?<identity>keep (?:your|their|his|her) (?:lifestyle|lifestyles|agenda|ideology|sort|kind) away from (?:our|my|the) (?:children|kids|son|daughter|boys|girls)|turning (?:kids|children|them|our kids|boys|girls|pupils) (?:into )?(?:his|her|their) (?:sort|kind)|limp[- ]?wristed|turban[- ]?wearing|(?:started|began|went wrong|went downhill) when (?:they|the trust|the school|@org) (?:made|appointed|hired|put in) a woman)${E}`,
    ),
    score: (a, cs, ce) => (RE_SUPPORT.test(a.canon.slice(Math.max(0, cs - 80), ce + 80)) ? 0 : 0.75),
  },
  {
    // animal and clown emoji aimed at a person: "@school your new caretaker 🐒🐒", "we all know it
    // was you Kacper 🐀🐀🐀"
    name: 'insult',
    why: 'Mocks a person with insulting emoji',
    need: anchors('🐷 🐖 🐽 🐒 🐵 🦍 🐀 🐁 🐍 🤡 🐄 🐮 🐳 🐋 🦛 🧌 💩'),
    re: P(
      `${T}(?<insult>(?:🐷|🐖|🐽|🐒|🐵|🦍|🐀|🐁|🐍|🤡|🐄|🐮|🐳|🐋|🦛|🧌|💩)(?: (?:🐷|🐖|🐽|🐒|🐵|🦍|🐀|🐁|🐍|🤡|🐄|🐮|🐳|🐋|🦛|🧌|💩))*)${E}`,
    ),
    score: (a, cs, ce) => {
      // a person just before the emoji, and nothing literal about animals or clowns
      const before = a.canon.slice(Math.max(0, cs - 80), cs);
      if (!RE_PERSON_IN_POST.test(before)) return 0;
      if (RE_LITERAL_ANIMAL.test(a.canon)) return 0;
      // 🤡 and 🐍 are also laughed at oneself ("me thinking i'd revise 🤡") or decoration: only
      // right after a role or a title
      if (/^(?:🤡|🐍)/.test(a.canon.slice(cs, ce))) {
        const close = a.canon.slice(Math.max(0, cs - 30), cs);
        if (/(?<![^ ])(?:me|i|my|i'd|im|i'm)(?![^ ])/.test(close)) return 0;
        return /(?<![^ ])(?:head|head of year|deputy|teacher|caretaker|ceo|governors?|mr [^ .]+|mrs [^ .]+|miss [^ .]+|ms [^ .]+|@staff)(?![^ ])/.test(
          close,
        )
          ? 0.7
          : 0;
      }
      return 0.7;
    },
  },
  {
    // a pile-on on a pupil: "everyone go to @x and tell him what you think", "we're making his life
    // hell till summer", "nobody in 9R is talking to you, pass it on"
    name: 'harassment',
    why: 'Organises harassment of a person',
    need: anchors('everyone everybody every1 flood spam making make talking pass'),
    re: P(
      `${T}(?<harassment>(?:everyone|everybody|every1|all of you|lets all|let's all)(?: [^ .]+){0,4} (?:flood|spam|go to|go on|comment on|get on|tell)(?: [^ .]+){0,3} (?:@user|@[a-z0-9_]+|@staff|his|her|their|him)|(?:making|make|gonna make|going to make) (?:his|her|their) (?:life|lives) hell|(?:nobody|no one|noone)(?: in [^ .]+)? (?:is )?(?:talking|speaking) to (?:you|u|him|her)(?: [^ .]+){0,6} pass it on)${E}`,
    ),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 60), ce + 120);
      // a fundraiser's or a birthday's pile-on is kindness
      if (
        /(?<![^ ])(?:congratulations|congrats|happy birthday|well done|support|donate|sponsor|vote for|good luck)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      // telling everyone to go to someone needs mockery beside it
      if (/^(?:everyone|everybody|every1|all of|lets|let's)/.test(a.canon.slice(cs, ce)))
        return /(?:😂|🤣|🤓|💀|🐀|loser|goblin|what you think|roast|ratio|cringe|weirdo|freak|nerd|saddo|wet wipe)/.test(
          near,
        )
          ? 0.75
          : 0;
      return 0.75;
    },
  },
  {
    // (2026-12-04, fourth session) a person's looks or brains mocked with an image rather than a
    // swear word: "two brain cells", "the IQ of a toddler", "five chins, try a salad", "ears like a
    // taxi with the doors open", "wet flannel personality, face to match", "a smug empty suit"
    name: 'mockery',
    why: "Mocks a person's looks or intelligence",
    need: anchors(
      'brain cells cell iq chins gut guts belly bellies salad pies face voice ears teeth nose head laugh flannel lettuce suit act spuds looks look looked looking state size old',
    ),
    re: P(
      `${T}(?<mockery>(?:two|one|zero|no|three|0|1|2) brain cells?|(?<=(?:has|have|had|got|with|and) (?:the )?)iq of (?:a|an|the) [^ .]+|(?:double|triple|three|four|five|six) chins|beer (?:gut|guts|belly|bellies)|(?:try|eat) a salad|lay off the (?:pies|cakes|biscuits|doughnuts|donuts|buns)|(?:face|voice|ears|teeth|nose|head|laugh|hair) like (?:a |an )?(?:strangled cat|slapped arse|smacked arse|slapped backside|smacked backside|bulldog|pug|pig|horse|rat|weasel|toad|goblin|frog|potato|foghorn|melted welly|bag of spanners|robber's dog|wet weekend|taxi|dropped pie|burst sofa)|(?:face|head) to (?:match|go with it)|(?:silly|miserable|dry|sour|nosy|grumpy|stupid|lazy|dozy|bitter|moody|bossy) old (?:bag|trout|cow|git|goat|fart|bat|boot)|(?:wet flannel|wet lettuce|empty suit|sad act|sack of spuds)|(?:looks?|looked|looking) like (?:he's|she's|they've|he has|she has|they have|he|she|they) (?:been |just )?(?:dragged through a hedge|got dressed in the dark|gets dressed in the dark|slept in a (?:skip|hedge|bin)|been fed nothing but [^ .]+)|(?:looks?|looked) like (?:a|an) (?:boiled egg|potato|thumb|walrus|toad|goblin|troll|pig|hippo|whale|scarecrow|gremlin|ferret|weasel|rat|bulldog|pug|line-up of [^ .]+|melted candle)|the state of (?:him|her|them|that suit|his (?:hair|teeth|suit|face|clothes|shoes|belly|gut|trousers|tie)|her (?:hair|teeth|face|clothes|shoes|make-up|makeup|roots|outfit))|the size of (?:him|her)(?= [.!,]|$))${E}`,
    ),
    score: (a, cs) => {
      // "my two brain cells after that exam 😂": the writer laughing at themselves
      const close = a.canon.slice(Math.max(0, cs - 25), cs);
      if (/(?<![^ ])(?:my|me|i|i'm|im|i've|ive|myself|our|we|we're)(?![^ ])/.test(close)) return 0;
      if (
        !RE_PERSON_IN_POST.test(a.canon) &&
        !/(?<![^ ])(?:@org|staff|teachers|mums|dads|parents|governors|lot|lads|girls|kids)(?![^ ])/.test(
          a.canon,
        )
      )
        return 0;
      // a drama costume, a lesson, a pet, a story; a loud voice loved ("a voice like a foghorn and we
      // loved every minute")
      if (RE_LITERAL_ANIMAL.test(a.canon) || RE_SUPPORT.test(a.canon)) return 0;
      if (/(?<![^ ])(?:loved|love|loves|adorable|fantastic|bravo|star|stars)(?![^ ])/.test(a.canon)) return 0;
      return 0.7;
    },
  },
  {
    // (2026-12-04, fourth session) a member of staff attacked for who they are without an identity
    // word: "can barely speak English, how is she meant to teach", "only got the job because she
    // ticks boxes", "a token face on the website", "only keeps his job cos the trust is scared of
    // being called racist"
    name: 'identity',
    why: 'Attacks a person for who they are',
    need: anchors('english box boxes token diversity racist kitchen woman reeks stinks smells'),
    re: P(
      `${T}(?<identity>(?:can barely|can hardly|can't even|cant even|cannot even|can't|cant|cannot|couldn't|couldnt) speak (?:proper |decent |the )?english|only (?:got|gets|keeps) (?:the job|the role|(?:her|his|their|that) (?:job|role|post)|head of [^ .]+|promoted|the headship)(?: [^ .]+){0,3} (?:because|cos|coz|cuz|as) (?:(?:she|he|they) ticks? (?:a |all the |the |some )?(?:right )?box(?:es)?|(?:the trust|they|the school|@org|the governors) (?:wanted|needed) a token|(?:the trust|they|the school|@org|the governors) (?:is|are|'s|'re) (?:scared|afraid|terrified) of being called (?:racist|homophobic|sexist|transphobic|islamophobic))|diversity hire|token (?:face|hire|appointment|woman|minority)|(?:she's|he's|she is|he is|they're) (?:just )?a token(?= [.!,]|$)|(?:needs to|should) learn (?:proper|decent|some) english|(?:get|go|get back|go back|back) (?:in|into|to) the kitchen|put a woman in charge|(?:reeks|stinks|smells|reeking|stinking) of (?:curry|garlic|kebab|spices))${E}`,
    ),
    score: (a, cs, ce) => {
      const near = a.canon.slice(Math.max(0, cs - 100), ce + 100);
      // an EAL pupil being helped, a parent asking for translated letters
      if (
        RE_SUPPORT.test(near) ||
        /(?<![^ ])(?:eal|translate|translated|translation|translator|interpreter|helping|help him|help her|learning|yet|nan|grandma|grandad|my mum|my dad|new to the country)(?![^ ])/.test(
          near,
        )
      )
        return 0;
      return 0.7;
    },
  },
];

const ABUSE_FAMILY_ANCHORS: ReadonlySet<string> = new Set(ABUSE_FAMILIES.flatMap((f) => [...f.need]));

const NON_PERSON_AFTER =
  /^(?:phone|car|app|wifi|website|homework|idea|fault|mistake|question|game|team|policy|school|exam|test|joke|comment|post|tweet|account|life|code|system|laptop|computer)$/;

/**
 * The strongest abuse found so far; each further finding adds a little. A class rather than a
 * closure over locals, so a post's check allocates one plain object.
 */
class Verdict {
  best = 0;
  rule = '';
  why = '';
  bestEvidence: Evidence[] = [];
  readonly evidence: Evidence[] = [];

  consider(score: number, r: string, w: string, ev: Evidence[]): void {
    this.evidence.push(...ev);
    if (score > this.best) {
      this.best = score;
      this.rule = r;
      this.why = w;
      this.bestEvidence = ev;
    } else {
      this.best = Math.min(0.99, this.best + 0.04);
    }
  }
}

export function detectAbuse(a: Analysis): Hit | null {
  if (!hasAny(a, ALL_ANCHORS) && !hasAny(a, ABUSE_FAMILY_ANCHORS)) return null;
  const v = new Verdict();

  // slurs
  for (let i = 0; i < a.tokens.length; i++) {
    const t = a.tokens[i];
    if (!t || t.kind !== 'word') continue;
    const group = SLUR_GROUP.get(t.norm);
    if (group === undefined) continue;
    if (
      t.norm === 'cripple' &&
      /^(?:the|this|that|our|their|his|her|a|an|my|your|its|them|us|him|it|economy|country|nation)$/.test(
        a.tokens[i + 1]?.norm ?? '',
      )
    )
      continue;
    if (
      t.norm === 'bender' ||
      t.norm === 'mong' ||
      t.norm === 'coon' ||
      t.norm === 'fag' ||
      t.norm === 'fags' ||
      t.norm === 'poof'
    ) {
      // ordinary meanings: "on a bender", "fag" = cigarette, "coon" = raccoon
      const prev = a.tokens[i - 1]?.norm ?? '';
      if (
        prev === 'a' ||
        prev === 'on' ||
        prev === 'for' ||
        prev === 'fag' ||
        prev === 'his' ||
        prev === 'her' ||
        prev === 'my' ||
        prev === 'of'
      ) {
        if (t.norm !== 'poof') continue;
      }
    }
    const score = t.norm === 'nigga' || t.norm === 'niggas' ? 0.7 : 0.9;
    v.consider(score, 'abuse.slur', `Uses a ${group} slur.`, [evidenceTokens(a, i, i, `${group} slur`)]);
  }
  for (const m of hasAny(a, IDENTITY_ANCHORS) ? matchAll(a, RE_IDENTITY, 3) : []) {
    const s = a.canon.slice(m.cs, m.ce);
    if (
      /gay/.test(s) &&
      !/(?:lol|lmao|😂|🤮|🤢|ew)/.test(a.canon.slice(m.cs, m.ce + 40)) &&
      !/keep (?:him|her|them)/.test(a.canon)
    )
      continue;
    if (
      /letter ?box/.test(s) &&
      !/(?<![^ ])(?:she|her|they|them|look|looks|like|muslim|muslims|burka|burqa|niqab)(?![^ ])/.test(a.canon)
    )
      continue;
    if (
      /keep (?:him|her|them|that) away/.test(s) &&
      !/(?<![^ ])(?:gay|trans|queer|homo|lesbian|🏳🌈|🤮|nonce|paedo|pedo|creep|weirdo|muslim|foreigner|freak)(?![^ ])/.test(
        a.canon,
      )
    )
      continue;
    v.consider(
      0.85,
      'abuse.identity',
      'Attacks someone for their identity (race, religion, sexuality, gender, disability).',
      evidenceOf(a, m, 'identity attack'),
    );
  }
  const identity = hasAny(a, IDENTITY_SET);
  for (const m of identity ? matchAll(a, RE_GROUP_HATE, 3) : []) {
    v.consider(
      0.85,
      'abuse.identity',
      'Hateful generalisation about a group.',
      evidenceOf(a, m, 'identity attack'),
    );
  }
  for (const m of identity ? matchAll(a, RE_DISGUST_IDENTITY, 3) : []) {
    v.consider(
      0.75,
      'abuse.identity',
      'Expresses disgust at an identity group.',
      evidenceOf(a, m, 'identity attack'),
    );
  }
  for (const m of hasAny(a, DIRECT_ANCHORS) ? matchAll(a, RE_DIRECT, 3) : []) {
    v.consider(0.8, 'abuse.direct', 'Directly abuses someone.', evidenceOf(a, m, 'abuse'));
  }
  const insulting = hasAny(a, INSULT_SET);
  for (const re of insulting ? [RE_INSULT_COPULA, RE_INSULT_COPULA_LOOSE, RE_INSULT_YOU] : []) {
    for (const m of matchAnchored(a, re, 4)) {
      if (negatedBefore(a, m.ce - 1, 5)) continue;
      const ins = m.groups.find((g) => g[0] === 'insult');
      const insult = ins ? a.canon.slice(ins[1], ins[2]) : '';
      const after = ins ? (a.canon.slice(ins[2] + 1).split(' ', 1)[0] ?? '') : '';
      if (NON_PERSON_AFTER.test(after)) continue;
      const tgt = m.groups.find((g) => g[0] === 'target');
      const target = tgt ? a.canon.slice(tgt[1], tgt[2]) : '';
      // weak adjectives ("sad", "little", "mental", "crazy") need a noun or a person target
      const weakAdj =
        /^(?:sad|little|mental|crazy|insane|dirty|bitter|sick|nasty|horrible|miserable|thick|dense|dumb|stupid|ugly|fat|gross|bent|dodgy|lying|evil|arrogant|ignorant|useless|clueless|pathetic|hopeless|incompetent|twisted|smelly|greasy|corrupt|mental)$/.test(
          insult,
        ) && !PERSON_INSULTS.has(insult);
      const thingTarget = ['this', 'that', 'these', 'those', 'it'].includes(target);
      if (thingTarget && (weakAdj || EVALUATIVE.has(insult))) continue;
      const strong = PERSON_INSULTS.has(insult.split(' ').pop() ?? '') || !weakAdj;
      v.consider(
        strong ? 0.8 : 0.6,
        'abuse.insult',
        'Insults a person or group.',
        evidenceOf(a, m, 'insult'),
      );
    }
  }
  for (const m of insulting && hasAny(a, INSULT_ADJS) ? matchAll(a, RE_ADJ_NOUN, 3) : []) {
    const s = a.canon.slice(Math.max(0, m.cs - 40), m.ce + 10);
    // needs a person nearby to be aimed at someone
    if (
      !/(?<![^ ])(?:@staff|@user|he|she|him|her|you|u|ur|your|they|them|his|their|that|this|kid|girl|boy|lad|teacher|head|is|are|'s)(?![^ ])/.test(
        s,
      )
    )
      continue;
    const ins = m.groups.find((g) => g[0] === 'insult');
    const txt = ins ? a.canon.slice(ins[1], ins[2]) : '';
    if (
      /^(?:sad|little|old|big|real|proper|nasty|horrible|bitter|sick|dirty|crazy|bent|dodgy) (?:man|woman|boy|girl|kid|lad|thing|mess|teacher|head|git)$/.test(
        txt,
      )
    )
      continue;
    v.consider(0.7, 'abuse.insult', 'Insults a person.', evidenceOf(a, m, 'insult'));
  }
  for (const m of hasAny(a, SEXUAL_ANCHORS) ? matchAll(a, RE_SEXUAL, 3) : []) {
    // aimed at a person: staff, a titled name, "her", "him"
    const s = a.canon.slice(Math.max(0, m.cs - 60), m.ce + 30);
    if (!/(?<![^ ])(?:@staff|teacher|miss|sir|ta|she|her|he|him|mrs|ms|mum|mums|@user)(?![^ ])/.test(s))
      continue;
    v.consider(0.8, 'abuse.sexual', 'Sexual comments about a person.', evidenceOf(a, m, 'sexual comment'));
  }
  for (const m of hasAny(a, SEXUAL_DIRECT_ANCHORS) ? matchAll(a, RE_SEXUAL_DIRECT, 3) : []) {
    v.consider(0.8, 'abuse.sexual', 'Sexual harassment.', evidenceOf(a, m, 'sexual comment'));
  }
  for (const f of ABUSE_FAMILIES) {
    if (!hasAny(a, f.need)) continue;
    for (const m of matchAll(a, f.re, 3)) {
      if (!f.ownSentence && negatedBefore(a, m.cs, 2)) continue;
      const score = f.score(a, m.cs, m.ce);
      if (score > 0) v.consider(score, `abuse.${f.name}`, f.why, evidenceOf(a, m, f.name));
    }
  }
  if (v.best < 0.5) return null;
  return {
    kind: 'abuse',
    rule: v.rule,
    score: clamp01(v.best),
    evidence: mergeEvidence(v.evidence),
    explanation: explain(a, v.why, v.bestEvidence),
  };
}
