/**
 * safeguarding: a child may be at risk (SUAT §8, CT §5.1, KCSIE). Goes to the DSL.
 *
 * Each sub-rule pairs a concrete event with a child or first-person subject; topic words alone
 * ("Anti-Bullying Week", "online safety evening", "our DSL is Mrs Hall") never fire.
 *  - self_harm: wanting to die, self-harm, cutting, "nobody would notice if I was gone";
 *  - abuse_disclosure: injuries + home/carer, a carer who hits, secrecy asked of a child,
 *    inappropriate touching, scared to go home;
 *  - grooming: an adult messaging / adding / meeting / gifting a child, asking for pictures;
 *  - stranger: an adult or vehicle watching, photographing or approaching children at school;
 *  - images: nude / explicit images of pupils shared, upskirting;
 *  - missing: a missing child, "last seen", "can't find her";
 *  - harmed_pupil: a pupil assaulted / jumped, too scared to tell, bullied into harm;
 *  - weapons_drugs: weapons or drugs among pupils;
 *  - neglect: a child arriving hungry / unwashed, left alone, no food at home.
 *  - situation families: adults or vehicles pulling up, calling children over, handing out sweets,
 *    knowing a child's name; a child collected or followed by an unknown adult; photos of pupils
 *    posted by strangers; adults contacting children online ("mentoring" over Snapchat, adding
 *    them, asking for pictures, sending gifts); a child "dating" an adult; county-lines signs
 *    (running packages, a burner phone, unexplained cash); forced marriage and FGM; oblique
 *    suicide hints ("better off without me", "won't be around for", "tired of all of it",
 *    last thanks and goodbyes, taking all the pills); a child collapsing after a vape or drink;
 *    children pressured into sending images; staff physically hurting a child; a child not
 *    returned home; hunger, being left alone, sleeping in a car; and (2026-12-02) "ending it all",
 *    cutting that will not stop, a child named with an age and a search, a sibling missing, a child
 *    told what to say, violence at home seen by a child, images of pupils exposed or sexualised,
 *    pupils ranked by their bodies or groped, county-lines slang and pay to carry, an adult following
 *    pupils online or driving them home one at a time, pupils steered to extremist channels,
 *    children left in a car; and (2026-12-04, fourth session) a child always covered in bruises, a
 *    child who flinches when an adult moves, "i hate myself" written or a noose drawn, a child not
 *    eating and shut in their room, an adult alone with children behind a shut door, concerns about
 *    a member of staff and children managed internally or not acted on; and, later that session, from
 *    the misses of the first training file: "cutting again", arms "like a barcode", a compass used on
 *    the skin, "can't stop thinking about dying" (not hyperbole even beside exams), thinking of
 *    walking into the river, last posts and goodbyes, a friend "has a plan", "can't do this much
 *    longer", not eating for days, a man she has never met, money sent on cashapp, a teacher's
 *    personal number given to a child, an invitation to see his house, vapes handed out to pupils, a
 *    car circling at home time, children used as lookouts or passing packages, children on their
 *    own since Friday or living in a tent, a child heard screaming "stop hitting her", a husband
 *    picked for a girl;
 *  - a weapon threat that involves pupils is also a safeguarding concern (index.ts).
 * Talks, lessons and notices about a topic (assembly, e-safety, awareness, photographer,
 * council) are not reports of it unless the post is personal ("my son", "she said").
 * Hyperbole guards: "nearly died of heat", "dying of laughter", "to die for", sports scores.
 */
import { alt } from '../lexicon';
import {
  E,
  PLACES,
  TIMES,
  anchors,
  anchoredRx,
  firstWords,
  matchAnchored,
  T,
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
  rx,
  RE_TOOL_USE,
} from './common';
import type { Hit } from './common';
import { WEAPON } from './threat';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

const CHILD = alt([
  'child',
  'children',
  'kid',
  'kids',
  'pupil',
  'pupils',
  'student',
  'students',
  'son',
  'daughter',
  'boy',
  'boys',
  'girl',
  'girls',
  'lad',
  'lads',
  'teen',
  'teenager',
  'little one',
  'my little one',
  'youngster',
  'youngsters',
  'classmate',
  'friend',
  'mate',
  'bestie',
  'schoolgirl',
  'schoolboy',
  'schoolgirls',
  'schoolboys',
  'nephew',
  'niece',
  'year',
  'yr',
  'year 7',
  'year 8',
  'year 9',
  'year 10',
  'year 11',
  'minor',
  'minors',
  'under 16',
  'underage',
]);

/** A child reference including ages ("my 14yo", "13 year old", "aged 12"). */
const CHILD_REF = `(?:${CHILD}|\\d{1,2}yo|\\d{1,2}yr|\\d{1,2} (?:year|yr) old|\\d{1,2} years old|aged \\d{1,2}|year \\d{1,2}|y\\d{1,2}|\\d{1,2}s|my \\d{1,2}|him|her|he|she|they|them)`;
const CHILD_STRICT = `(?:${CHILD}|\\d{1,2}yo|\\d{1,2} (?:year|yr) old|\\d{1,2} years old|aged \\d{1,2}|year \\d{1,2}|y\\d{1,2}|my \\d{1,2})`;

const CARER_LIST = [
  'stepdad',
  'step dad',
  'stepfather',
  'step father',
  'stepmum',
  'step mum',
  'stepmother',
  'dad',
  'daddy',
  'father',
  'mum',
  'mummy',
  'mom',
  'mother',
  'parent',
  'parents',
  'uncle',
  'aunt',
  'auntie',
  'grandad',
  'grandma',
  'nan',
  'boyfriend',
  "mum's boyfriend",
  'partner',
  'carer',
  'brother',
  'cousin',
  'foster',
];
const CARER = alt(CARER_LIST);

const ADULT_LIST = [
  'man',
  'men',
  'guy',
  'guys',
  'bloke',
  'blokes',
  'adult',
  'adults',
  'stranger',
  'strangers',
  'woman',
  'grown man',
  'grown men',
  'a grown man',
  'older guy',
  'older man',
  'older men',
  'older lad',
  'older lads',
  'older boy',
  'older boys',
  'older girl',
  'teacher',
  'coach',
  'tutor',
  'member of staff',
  'someone',
  'somebody',
  'person',
  'people',
  'van',
  'car',
  '@staff',
  'he',
  'she',
  'they',
  'sb',
  'a man',
  'a guy',
  'some guy',
  'some man',
  'some bloke',
  'this guy',
  'this man',
  'old man',
  'adult man',
];
const ADULT = alt(ADULT_LIST);

const P = rx;
const ADULT_FIRST = firstWords(ADULT_LIST);
const CARER_FIRST = firstWords(CARER_LIST);

interface Rule {
  name: string;
  /** If set, the pattern is only tried where a token with one of these first words starts. */
  first?: ReadonlySet<string>;
  /** The rule runs only if the post contains one of these words. */
  need: ReadonlySet<string>;
  re: RegExp;
  score: number;
  why: string;
  guard?: (a: Analysis, cs: number, ce: number) => boolean;
}

const HYPERBOLE =
  /(?<![^ ])(?:died of|dying of|die of|dying to|dying for|to die for|could die|nearly died|almost died|laughing|laughed|lol|lmao|😂|🤣|die laughing|heat|embarrassment|cringe|boredom|bored|exam|exams|mocks|homework|maths|revision)(?![^ ])/;

/** Things that go missing that are not children: toys, pets, property. */
const MISSING_THING =
  /(?<![^ ])(?:teddy|bear|toy|toys|mascot|cat|dog|pet|kitten|puppy|tortoise|hamster|rabbit|guinea pig|bag|bags|coat|coats|keys|phone|lunchbox|jumper|jumpers|blazer|book|books|bottle|kit|pe kit|trainers|shoe|shoes|property|lost property|homework|parcel|🧸|🐱|🐶)(?![^ ])/;

/** Rules whose words also appear in talks, lessons and notices about the topic. */
const TOPIC_RULES = new Set(['images', 'grooming', 'stranger', 'weapons_drugs']);
const RE_TOPIC =
  /(?<![^ ])(?:assembly|assemblies|workshop|workshops|awareness|e-safety|esafety|online safety|internet safety|pshe|rshe|training|session|sessions|evening for parents|briefing|briefings|spotting|signs to look for|what to look for|warning signs|presentation|information evening|safety evening|talked us through|how to|signs of|talk on|talk about|lesson|lessons|the law|council|surveyor|contractor|contractors|builders|architect|inspector|photographer|webinar|course|guidance|leaflet)(?![^ ])/;
const RE_PERSONAL =
  /(?<![^ ])(?:my son|my daughter|my child|my kid|my boy|my girl|my little|she's|he's|she said|he said|told me|reported it|police)(?![^ ])/;
/** The police running the talk ("run by the police cyber team", "a police officer came in"): not a case. */
const RE_POLICE_TALK =
  /(?<![^ ])(?:(?:run|led|delivered|given|hosted) by (?:the |our |a |local )?police(?: [a-z]+){0,3}|police (?:officer|officers|pcso|liaison|cyber [a-z]+|team) (?:came in|visited|talked|spoke|gave|ran|delivered|led)|from the police)(?![^ ])/g;

/** A talk, lesson or notice about the topic, not a report of it. */
function isTopic(a: Analysis, cs: number, ce: number): boolean {
  const near = a.canon.slice(Math.max(0, cs - 100), ce + 100);
  return RE_TOPIC.test(near) && !RE_PERSONAL.test(a.canon.replace(RE_POLICE_TALK, ' '));
}

/** "Missing" about a toy, pet or property, with no child described. */
/** "missing" said of a thing close by: "MISSING: one very loved pink rabbit", "his PE top has gone missing". */
const THING = `(?<![^ ])(?:teddy|bear|toy|mascot|cat|dog|kitten|puppy|tortoise|hamster|rabbit|bunny|bag|coat|keys|phone|lunchbox|jumper|hoodie|pe top|top|blazer|tie|book|bottle|kit|trainers|shoes?|socks?|gloves?|hat|scarf|🧸|🐱|🐶|🐰)(?![^ ])`;
const THING_NEAR_MISSING = new RegExp(
  `${THING}(?: [^ .]+){0,3} (?:is |has |has been |went |gone |was )?missing(?![^ ])|(?<![^ ])missing(?: [:,-])?(?: (?:one|a|an|our|my|his|her|their|the|very|much|loved|little|big|fluffy|pink|blue|red|black|white|grey|green|brown|purple|navy|favourite|school|pe|new|old|class)){0,4} ${THING}`,
);

/** A child in the post: a child word, an age, a son or sister, a name with an age ("Lily-Mae, 8,"). */
const RE_CHILD_DESCRIBED = new RegExp(
  `(?<![^ ])(?:${CHILD_STRICT}|\\d{1,2}yo|\\d{1,2} (?:year|yr) old|boy|girl|teenager|son|daughter|brother|sister|, \\d{1,2} (?:,|\\.|\\?|!|from|at|in))(?![^ ])`,
);

function missingThing(a: Analysis): boolean {
  if (!MISSING_THING.test(a.canon)) return false;
  if (THING_NEAR_MISSING.test(a.canon)) return true;
  return !RE_CHILD_DESCRIBED.test(a.canon);
}

/** The text within 60 characters of a weapon match, where its innocent uses are looked for. */
const weaponWindow = (a: Analysis, cs: number, ce: number): string =>
  a.canon.slice(Math.max(0, cs - 60), ce + 60);

const RULES: Rule[] = [
  // ---------------------------------------------------------------- self-harm / suicide
  {
    name: 'self_harm',
    need: anchors('die kill end not hurt self self-harm cut'),
    re: P(
      `${T}(?<risk>(?:want|wants|wanted|wanting|going|gonna|planning|plans|plan|tried|trying|try|thinking about|thought about|talking about|talks about|talked about|posting about|posts about|threatening|threatened|ready) (?:to )?(?:die|kill (?:myself|herself|himself|themselves|themself|meself)|end (?:it|it all|my life|her life|his life|their life|things)|not (?:be here|exist|wake up|be alive)|hurt (?:myself|herself|himself|themselves)|self harm|self-harm|cut (?:myself|herself|himself|themselves)))${E}`,
    ),
    score: 0.9,
    why: 'Suggests a young person wants to die or harm themselves.',
  },
  {
    name: 'self_harm',
    need: anchors(
      'myself herself himself themselves themself meself suicidal suicide self self-harm self-harming selfharm selfharming overdose overdosed wrists kys kill urself unalive',
    ),
    re: P(
      `${T}(?<risk>(?:kill|killing|killed|hurt|hurting|hurts|cutting|cuts|cut|harm|harming|starving|hanging|hanged|strangling|burning|burns) (?:myself|herself|himself|themselves|themself|meself)|suicidal|suicide attempt|attempted suicide|tried suicide|commit suicide|committed suicide|suicide note|suicidal thoughts|self harm|self-harm|self harming|self-harming|selfharm|selfharming|overdose|overdosed|took an overdose|slit (?:my|her|his|their) wrists|(?:slitting|slit) wrists|kys|kill yourself|kill urself|unalive|unalive myself)${E}`,
    ),
    score: 0.85,
    why: 'Mentions suicide or self-harm by a person.',
    guard: (a, cs, ce) =>
      // "kys bro" told to someone is abuse (the abuse rule), not a disclosure
      (/^(?:kys|kill yourself|kill urself)$/.test(a.canon.slice(cs, ce)) &&
        !/(?<![^ ])(?:told|telling|tells|said|says|messages|messaged|keeps|keep)(?![^ ])/.test(
          a.canon.slice(Math.max(0, cs - 60), cs),
        )) ||
      (/(?<![^ ])(?:awareness|prevention|training|day|week|month|workshop|charity|helpline|resources|support|session|sessions|talk|policy|lesson|lessons|pshe|assembly|signs)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 40), ce + 40),
      ) &&
        !/(?<![^ ])(?:my|her|his|i|i'm|she|he|she's|he's)(?![^ ])/.test(
          a.canon.slice(Math.max(0, cs - 40), ce + 40),
        )),
  },
  {
    name: 'self_harm',
    need: anchors('arms arm wrists wrist legs thighs stomach body jump throw hang drown'),
    re: P(
      `${T}(?<risk>(?:wants to|wanted to|going to|gonna|threatening to|threatened to|talking about|talks about|tried to|trying to|said (?:he|she|they)(?:'d| would| wants to)) (?:jump off|jump in front of|throw (?:himself|herself|themselves|myself) off|hang (?:himself|herself|themselves|myself)|drown (?:himself|herself|myself))|(?:cuts|cut|scars|marks|burns|scratches) (?:all )?(?:up |on |down |over )?(?:her|his|my|their|both) (?:arms|arm|wrists|wrist|legs|thighs|stomach|body))${E}`,
    ),
    score: 0.85,
    why: 'Describes self-harm injuries.',
  },
  {
    name: 'self_harm',
    need: anchors(
      'want wanting wanna wants notice care miss without do go cope take carry end point disappear gone goodbye wishes wish wished wishing',
    ),
    re: P(
      `${T}(?<risk>(?:wishes|wish|wished|wishing) (?:he|she|i|they) (?:was|were|wasn't|weren't) (?:dead|never born|not alive|gone)|(?:don't|dont|doesn't|doesnt|not|no longer|never) (?:want|wanting|wanna|wants) (?:to )?(?:be here|live|be alive|exist|wake up|be around|carry on|go on)(?: anymore| any more)?|not wanting to (?:be here|live|be alive|exist|wake up)|(?:nobody|no one|noone|no1) (?:would|will|wud|'d) (?:even )?(?:notice|care|miss me|miss her|miss him)(?: if (?:i|she|he) (?:was|were|wasn't|died|disappeared))?|better off without (?:me|her|him)|(?:can't|cant|cannot) (?:do this|go on|cope|take it|take this|carry on)(?: anymore| any more)|end it all|no point (?:in )?(?:living|being alive|going on)|(?:want|wanna) to disappear(?: forever)?|if i was gone|if i were gone|when i'm gone|goodbye everyone)${E}`,
    ),
    score: 0.85,
    why: 'Language of hopelessness that can signal suicide risk.',
  },
  // ---------------------------------------------------------------- abuse disclosure
  {
    name: 'abuse_disclosure',
    need: anchors(
      'bruises bruising bruise marks mark handprint handprints prints scratches bump eye eyes burns injuries cuts lip',
    ),
    re: P(
      `${T}(?<injury>(?:comes|coming|came|keeps coming|turns up|turned up|turning up|shows up|showed up|arrives|arrived|came back|comes back)(?: [^ .]+){0,3} (?:with|covered in|in) (?:bruises|bruising|a bruise|marks|a mark|a handprint|handprints|hand prints|finger marks|scratches|a bump|a black eye|black eyes|burns|injuries|cuts|cigarette burns|a split lip|bite marks))${E}`,
    ),
    score: 0.8,
    why: 'A child repeatedly arriving with injuries.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors('bruises bruising bruised eye marks burns welts injuries'),
    re: P(
      `${T}(?<injury>bruises|bruising|bruised|black eye|marks|burns|welts|injuries)${E}${gap(10)}(?<carer>${CARER})${E}`,
    ),
    score: 0.75,
    why: 'Injuries mentioned together with a parent or carer.',
    guard: (a, cs) => !new RegExp(`${CHILD_REF}`).test(a.canon.slice(Math.max(0, cs - 80), cs + 80)),
  },
  {
    name: 'abuse_disclosure',
    first: CARER_FIRST,
    need: anchors(
      'stepdad step stepfather stepmum stepmother dad daddy father mum mummy mom mother parent parents uncle aunt auntie grandad grandma nan boyfriend partner carer brother cousin foster',
    ),
    re: P(
      `${T}(?<carer>${CARER})${E}(?: [^ .]+){0,2} (?<abuse>hits|hit|beats|beat|hurts|hurt|punches|punched|kicks|kicked|slaps|slapped|chokes|choked|burns|burned|burnt|locks|locked|starves|touches|touched|abuses|abused|gets angry|gets violent|gets drunk|goes mad|smacks|smacked|throws|threw|batters|battered)(?: (?:him|her|them|me|my|his|her|their|on him|on her))${E}`,
    ),
    score: 0.85,
    why: 'A parent or carer hurting a child.',
  },
  {
    name: 'abuse_disclosure',
    first: CARER_FIRST,
    need: anchors(
      'stepdad step stepfather stepmum stepmother dad daddy father mum mummy mom mother parent parents uncle aunt auntie grandad grandma nan boyfriend partner carer brother cousin foster',
    ),
    re: P(
      `${T}(?<carer>${CARER})${E}(?: [^ .]+){0,3} '?(?<abuse>gets angry|gets violent|gets drunk|goes mad|loses it|loses his temper|loses her temper|gets rough)${E}`,
    ),
    score: 0.6,
    why: 'A carer described as angry or violent.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors('tell secret say quiet'),
    re: P(
      `${T}(?<secrecy>(?:told|tells|telling|tell|asked|asks|asking|made|makes) (?:her|him|them|me|my [^ .]+|the kids|the children|kids|children|pupils)(?: [^ .]+){0,2} (?:not to tell|to keep (?:it|this|that|things|them) (?:a )?secret|to keep (?:it|this|that|things) (?:between (?:them|us|you and me))|not to say|to keep quiet|to not tell))${E}`,
    ),
    score: 0.9,
    why: 'An adult asking a child to keep secrets.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors('secret between tell'),
    re: P(
      `${T}(?<secrecy>(?:our|their|a|his|her) (?:little )?secret(?: games| game| stuff)?|secret games|keep it between (?:them|us)|keep it between you and me|don't tell (?:mummy|mum|mommy|mom|daddy|dad|your mum|your dad|anyone|your parents))${E}`,
    ),
    score: 0.75,
    why: 'Secrecy language around a child.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors(
      'touched touching touches touch groped groping fondled molested abused raped assaulted inappropriate sexual abuse',
    ),
    re: P(
      `${T}(?<abuse>(?:touched|touching|touches|touch|groped|groping|fondled|molested|abused|raped|sexually assaulted|assaulted) (?:her|him|me|them|my [^ .]+|pupils|kids|children|girls|boys)(?: (?:inappropriately|down there|private|privates|under|in a bad way|where))?|inappropriate (?:touching|contact|messages|photos|pictures|images|behaviour|relationship)|sexual abuse|sexually abused|child abuse|being abused|was abused|is being abused)${E}`,
    ),
    score: 0.85,
    why: 'Describes sexual or physical abuse.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors('home'),
    re: P(
      `${T}(?<fear>(?:scared|afraid|frightened|terrified|too scared|too frightened) (?:to go|of going|to be) (?:home|back home)|(?:doesn't|does not|won't|will not|dont|don't|doesnt|never|do not) (?:want|wants) to go home|(?:dont|don't|do not) wanna go home)${E}`,
    ),
    score: 0.8,
    why: 'A child afraid to go home.',
  },
  // ---------------------------------------------------------------- grooming
  {
    name: 'grooming',
    first: ADULT_FIRST,
    need: anchors(
      'messaging messaged messages message texting texted texts dming dmed dms adding added adds snapchatting snapping contacting contacted calling ringing whatsapping chatting talking sending sent grooming groomed befriending befriended offering offered giving gave meeting met picking picked',
    ),
    re: P(
      `${T}(?<adult>${ADULT})${E}(?: [^ .]+){0,8} (?<contact>messaging|messaged|messages|message|texting|texted|texts|dming|dm'ing|dmed|dms|adding|added|adds|snapchatting|snapping|contacting|contacted|calling|ringing|whatsapping|chatting to|chatting with|talking to|sending|sent|grooming|groomed|befriending|befriended|offering|offered|giving|gave|meeting|met up with|picking up|picked up)${E}(?: [^ .]+){0,6} (?<child>${CHILD_STRICT})${E}`,
    ),
    score: 0.45,
    why: 'An adult contacting children.',
  },
  {
    name: 'grooming',
    need: anchors(
      'insta instagram snap snapchat whatsapp tiktok discord roblox fortnite xbox facebook messenger telegram privately private dms number',
    ),
    re: P(
      `${T}(?<channel>on (?:insta|instagram|snap|snapchat|whatsapp|tiktok|discord|roblox|fortnite|xbox|facebook|messenger|telegram)|privately|in private|dms|private messages|personal number|his number|her number|phone number)${E}`,
    ),
    score: 0.3,
    why: 'Private contact with a child.',
  },
  {
    name: 'grooming',
    need: anchors(
      'night midnight between secret offering offered giving gives gave lifts lift asked asking asks wants wanted sending buying',
    ),
    re: P(
      `${T}(?<cue>late at night|at night|at midnight|at \\d{1,2}am|in the middle of the night|(?:giving|gives|gave|offering|offered) (?:her|him|them|my (?:[^ .]+ ){1,3})?(?:lifts|a lift)(?: home)?|keep it between|keep it secret|between them|between us|offering (?:them |her |him )?(?:vapes|vape|lifts|a lift|money|cash|gifts|presents|sweets|alcohol|drink|drinks|drugs|weed|fags|cigarettes|phones|a phone|clothes|trainers)|(?:asked|asking|asks|wants|wanted) (?:her|him|them|my [^ .]+)? ?(?:to meet|to meet up|for (?:pics|pictures|photos|nudes|a pic|a photo)|to send (?:pics|pictures|photos|nudes)|to come round|to get in (?:his|the) car)|sending (?:her|him|them) (?:pics|pictures|photos|gifts|money)|buying (?:her|him|them) (?:gifts|vapes|stuff|things|presents))${E}`,
    ),
    score: 0.4,
    why: 'Grooming cue: secrecy, night-time contact, gifts or meeting.',
  },
  {
    name: 'grooming',
    need: anchors('grooming groomed groomer groom county exploitation cse cce exploited'),
    re: P(
      `${T}(?<cue>grooming|groomed|groomer|groom|county lines|child exploitation|sexual exploitation|cse|cce|being exploited)${E}`,
    ),
    score: 0.75,
    why: 'Mentions grooming or exploitation.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:dog|dogs|pet|pets|horse|business|salon|parlour|parlor|awareness|training|talk|workshop|session|assembly|lesson|policy|evening|pshe|online safety)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 40), ce + 40),
      ),
  },
  // ---------------------------------------------------------------- stranger at the gate
  {
    name: 'stranger',
    first: ADULT_FIRST,
    need: anchors(
      'parked sat sitting hanging loitering lurking hovering watching staring approaching approached approaches following followed follows filming photographing taking took trying tried offering offered offers asking asked asks',
    ),
    re: P(
      `${T}(?<adult>${ADULT})${E}(?: [^ .]+){0,8} (?<behaviour>parked outside|parked up|parked by|parked near|sat outside|sitting outside|hanging around|hanging about|loitering|lurking|hovering|watching|staring at|approaching|approached|approaches|(?:following|followed|follows) (?:the |some |our |my |young )?(?:her|him|them|kids|children|pupils|girls|boys|students|lads|[^ .]+ girls|[^ .]+ boys|${CHILD})|filming|photographing|taking (?:pics|pictures|photos|photographs|videos|vids)|took (?:pics|pictures|photos|videos)|trying to (?:talk to|get|lure|entice|speak to|grab)|tried to (?:talk to|get|lure|entice|grab)|offering (?:sweets|lifts|a lift)|asking (?:kids|children|pupils) to|(?:asked|asking|asks|offered|offering|offers) (?:her|him|them|kids|children|the kids|my [^ .]+)(?: if (?:she|he|they) (?:wanted|want|wants|needed))? (?:a lift|lifts|sweets|to get in|to come with|to go with)|(?:asking|asked|asks)(?: [^ .]+){0,4} for (?:their|her|his|your) (?:snapchats?|snaps|numbers?|insta|instagram|socials|pics|photos|address|tiktok))${E}(?: [^ .]+){0,8} (?<where>${CHILD}|${alt(PLACES)}|${alt(['home time', 'hometime', 'pick up', 'pickup', 'drop off', 'school run', 'the school run'])})${E}`,
    ),
    score: 0.85,
    why: 'An adult or vehicle watching or approaching children at school.',
  },
  {
    name: 'stranger',
    first: ADULT_FIRST,
    need: anchors('asking asked asks'),
    re: P(
      `${T}(?<adult>${ADULT})${E}(?: [^ .]+){0,8} (?<behaviour>(?:asking|asked|asks|keeps asking)(?: (?:the|some|young|little))? (?:${CHILD}|year \\d{1,2}s?|y\\d{1,2}s?|\\d{1,2}yos)(?: [^ .]+){0,2} for (?:their|her|his) (?:snapchats?|snaps|numbers?|phone numbers?|insta|instagram|socials|pics|photos|addresses?|tiktok))${E}`,
    ),
    score: 0.85,
    why: 'An adult asking children for their contact details.',
  },
  // ---------------------------------------------------------------- images of pupils
  {
    name: 'images',
    need: anchors(
      'nude nudes naked explicit indecent sexual topless intimate dirty private inappropriate upskirt',
    ),
    re: P(
      `${T}(?<image>(?:nude|nudes|naked|explicit|indecent|sexual|topless|intimate|dirty|private|inappropriate|upskirt)(?: (?:pic|pics|picture|pictures|photo|photos|image|images|video|videos|vid|vids|selfie|selfies|snaps|of))?)${E}(?: [^ .]+){0,10} (?<child>${CHILD_REF}|groupchat|group chat|year|school|@org)${E}`,
    ),
    score: 0.7,
    why: 'Sexual images involving a pupil.',
  },
  {
    name: 'images',
    need: anchors('nude nudes naked explicit upskirt upskirts sexual'),
    re: P(
      `${T}(?<share>sharing|shared|share|sent|sending|send|going round|gone round|went round|circulating|circulated|posted|posting|leaked|leaking|spreading|spread|passed round|passing round|airdropped|airdropping|screenshotted|forwarded)${E}(?: [^ .]+){0,6} (?<image>nude|nudes|naked (?:pic|pics|picture|pictures|photo|photos|video|videos)|explicit (?:pic|pics|photo|photos|images|video|videos)|upskirt|upskirts|sexual (?:images|photos|pics|videos))${E}`,
    ),
    score: 0.85,
    why: 'Sexual images being shared.',
  },
  {
    name: 'images',
    need: anchors('nude nudes upskirt upskirts upskirting sexting sextortion revenge naked'),
    re: P(
      `${T}(?<image>nude|nudes|upskirt|upskirts|upskirting|sexting|sextortion|revenge porn|naked (?:pic|pics|picture|pictures|photo|photos|video|videos))${E}(?: [^ .]+){0,10} (?<share>sharing|shared|sent|going round|gone round|circulating|posted|leaked|spreading|passed round|all over|groupchat|group chat|snapchat|snap|insta|instagram|tiktok|whatsapp)${E}`,
    ),
    score: 0.85,
    why: 'Sexual images being shared.',
  },
  {
    name: 'images',
    need: anchors('upskirt upskirts upskirting sextortion sexting'),
    re: P(`${T}(?<image>upskirt|upskirts|upskirting|sextortion|sexting)${E}`),
    score: 0.75,
    why: 'Upskirting, sexting or sextortion.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:awareness|talk|workshop|session|assembly|lesson|policy|evening|pshe|online safety)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 40), ce + 40),
      ),
  },
  // ---------------------------------------------------------------- missing child
  {
    name: 'missing',
    need: anchors('missing'),
    re: P(
      `${T}(?<missing>missing|gone missing|went missing|has gone missing|reported missing|missing person|missing child)${E}(?: [^ .]+){0,6} (?<child>${CHILD_STRICT}|\\d{1,2}yo|\\d{1,2}|boy|girl|pupil|teenager)${E}`,
    ),
    score: 0.85,
    why: 'A child reported missing.',
    guard: (a) => missingThing(a),
  },
  {
    name: 'missing',
    need: anchors('missing'),
    re: P(
      `${T}(?<child>${CHILD_STRICT}|\\d{1,2}yo|boy|girl|pupil|teenager)${E}(?: [^ .]+){0,6} (?<missing>(?:is|has|has been|been|went|gone|was|reported) missing|missing since|missing from)${E}`,
    ),
    score: 0.85,
    why: 'A child reported missing.',
    guard: (a) => missingThing(a),
  },
  {
    name: 'missing',
    need: anchors('seen find locate reach get come came been got gotten made runaway run ran'),
    re: P(
      `${T}(?<missing>last seen|(?:didn't|didnt|did not|never|hasn't|hasnt|has not) (?:come|came|get|got|make it|made it|arrive|arrived) home (?:from school|last night|yet)|(?:can't|cant|cannot|couldn't|could not|can not) (?:find|locate|reach|get hold of) (?:her|him|them|my (?:son|daughter|boy|girl|child|kid))|(?:hasn't|has not|hasnt|didn't|did not|didnt|never|not) (?:come|came|been|got|gotten|made it) home|hasn't been seen|not been seen|ran away from home|run away from home|runaway)${E}`,
    ),
    score: 0.8,
    why: 'A child whose whereabouts are unknown.',
    guard: (a, cs, ce) =>
      missingThing(a) ||
      /^ (?:on|in) (?:the |your |ur )?(?:website|site|page|app|calendar|newsletter|letter|email|list|portal)(?![^ ])/.test(
        a.canon.slice(ce, ce + 30),
      ),
  },
  // ---------------------------------------------------------------- harmed pupil / bullying into harm
  {
    name: 'harmed_pupil',
    need: anchors(
      'jumped beaten beat battered attacked assaulted mugged stabbed punched kicked slapped knocked strangled headbutted robbed threatened spat pushed pinned held cornered beating',
    ),
    re: P(
      `${T}(?<harm>(?:got|get|gets|getting|was|were|been|being|is being|keeps getting) (?:stripped|humiliated|jumped|beaten up|beat up|beaten|battered|attacked|assaulted|mugged|stabbed|punched|kicked|happy slapped|knocked out|strangled|headbutted|robbed|threatened|spat on|pushed around|pinned down|held down|cornered)|jumped (?:him|her|them|my [^ .]+)|beat (?:him|her|them) up|beating (?:him|her|them) up)${E}`,
    ),
    score: 0.8,
    why: 'A pupil being assaulted.',
    guard: (a, cs) => inSportContext(a, cs),
  },
  {
    name: 'harmed_pupil',
    need: anchors('scared afraid frightened terrified school'),
    re: P(
      `${T}(?<fear>(?:too )?(?:scared|afraid|frightened|terrified) (?:to (?:tell|say|go to school|go in|go into school|come in|walk home|report|speak)|of (?:going to school|the older|them))|(?:won't|wont|doesn't|doesnt|refuses to|refusing to|scared to) go (?:to|into) school)${E}`,
    ),
    score: 0.8,
    why: 'A child too frightened to tell anyone or go to school.',
    guard: (a, cs) =>
      /(?<![^ ])(?:teacher|teachers|staff|ones left|colleagues|parents|governors)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 60), cs),
      ),
  },
  {
    name: 'harmed_pupil',
    need: anchors('bullied picked targeted threatened'),
    re: P(
      `${T}(?<bullying>(?:being|been|getting|is|was) (?:bullied|picked on|targeted|threatened)(?: [^ .]+){0,8} (?:self harm|self-harm|hurt himself|hurt herself|hurting himself|hurting herself|not eating|won't eat|stopped eating|into|made to|forced to|to hand over|to send|scared|frightened|suicidal))${E}`,
    ),
    score: 0.8,
    why: 'Bullying that is pushing a child into harm.',
  },
  {
    name: 'harmed_pupil',
    need: anchors('forced forcing made making pressured pressuring dared daring bullied'),
    re: P(
      `${T}(?<coercion>(?:forced|forcing|made|making|pressured|pressuring|dared|daring|bullied) (?:him|her|them|kids|pupils|my [^ .]+) (?:in)?to (?:hand over|give|send|steal|carry|drink|take|smoke|vape|fight|strip|film|hold))${E}`,
    ),
    score: 0.75,
    why: 'A child coerced into harm.',
  },
  // ---------------------------------------------------------------- weapons and drugs among pupils
  {
    name: 'weapons_drugs',
    need: anchors(
      'knife knives blade blades shank machete machetes gun guns pistol shotgun rifle firearm bomb bombs explosive explosives acid petrol bat hammer crowbar axe drugs weed cannabis ket ketamine coke cocaine pills spice thc edibles nitrous balloons 🔫 🔪 💣',
    ),
    re: P(
      `${T}(?<activity>selling|dealing|sells|deals|supplying|carrying|carries|bringing|brought|brings|bring|got|has|had|found|caught with|taking|smoking|vaping|pulled out|pulled|flashing|flashed|showing|showed|shown|brandishing|brandished|waving|waved|pulling)(?: (?:a|an|some|his|her|their|real|us|me|them|everyone|the|everybody))*(?: [^ .]+ (?:and|&))? (?<item>${WEAPON}|drugs|weed|cannabis|ket|ketamine|coke|cocaine|pills|spice|thc vapes|thc|edibles|nitrous|balloons)${E}(?: [^ .]+){0,10} (?<where>${alt([...PLACES, 'groupchat', 'group chat', 'in school', 'into school', 'in class', 'toilets', 'the toilets', 'changing rooms', 'the changing rooms', 'corridor', 'bus', 'school bus', 'year', 'into', 'in', ...TIMES])})${E}`,
    ),
    score: 0.75,
    why: 'Weapons or drugs among pupils.',
    guard: (a, cs, ce) => {
      const near = weaponWindow(a, cs, ce);
      return (
        /(?<![^ ])(?:skills|food tech|cooking|chopping|butter|awareness|amnesty|talk|macbeth|dagger|play|drama|prop|props|julienne|baking|workshop|assembly|lesson)(?![^ ])/.test(
          near,
        ) || RE_TOOL_USE.test(near)
      );
    },
  },
  {
    name: 'weapons_drugs',
    need: anchors('county drug dealers knife'),
    re: P(
      `${T}(?<item>county lines|drug dealing|drug dealer|dealers|knife crime)${E}(?: [^ .]+){0,8} (?<where>${CHILD}|@org|school|pupils|year)${E}`,
    ),
    score: 0.7,
    why: 'Drug dealing or knife crime involving pupils.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:awareness|talk|workshop|session|assembly|lesson|policy|evening|pshe|police officer|pc|safer)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 60), ce + 60),
      ),
  },
  {
    name: 'grooming',
    need: anchors('talking messaging chatting speaking meeting texting snapchatting dming'),
    re: P(
      `${T}(?<child>${CHILD_STRICT})${E}(?: [^ .]+){0,4} (?<contact>talking to|messaging|chatting to|chatting with|speaking to|meeting|meeting up with|texting|snapchatting|dming)(?: [^ .]+){0,3} (?<adult>(?:a |an |some )?(?:\\d{2} (?:year|yr) old|grown|older|adult) (?:man|men|guy|guys|bloke|woman|lad))${E}`,
    ),
    score: 0.6,
    why: 'A child in contact with an adult stranger.',
  },
  {
    name: 'grooming',
    need: anchors('meet'),
    re: P(`${T}(?<cue>(?:wants|wanted|asked|asking|trying) (?:to )?meet (?:her|him|them|up|my [^ .]+))${E}`),
    score: 0.35,
    why: 'An adult asking to meet a child.',
  },
  {
    name: 'abuse_disclosure',
    need: anchors('hit hurt beaten abused hurting hitting smacked home'),
    re: P(
      `${T}(?<abuse>(?:being|getting|been|is|gets) (?:hit|hurt|beaten|abused|smacked|battered|locked in|starved) at home|(?:hit|hurt|beaten|abused|smacked) at home|flinch(?:es|ed|ing)? (?:every time|when|whenever))${E}`,
    ),
    score: 0.8,
    why: 'A child harmed at home.',
  },
  {
    name: 'weapons_drugs',
    need: anchors(
      'knife knives blade blades machete gun guns pistol drugs weed ket coke cocaine pills vape vapes',
    ),
    re: P(
      `${T}(?<child>${CHILD_STRICT}|kid|kids|someone in (?:my|his|her) (?:class|year|form))${E}(?: [^ .]+){0,5} (?<activity>selling|dealing|carrying|brought|bringing|got|has|had|showed|showing|flashed|flashing|pulled out|brandished|brandishing|waved|waving)(?: [^ .]+){0,2} (?<item>${WEAPON}|drugs|weed|cannabis|ket|ketamine|coke|cocaine|pills|thc vapes)${E}`,
    ),
    score: 0.8,
    why: 'Weapons or drugs among pupils.',
    guard: (a, cs, ce) => {
      const near = weaponWindow(a, cs, ce);
      return (
        /(?<![^ ])(?:skills|food tech|cooking|butter|awareness|amnesty|macbeth|dagger|drama|prop|props|julienne|baking|lesson)(?![^ ])/.test(
          near,
        ) || RE_TOOL_USE.test(near)
      );
    },
  },
  {
    name: 'grooming',
    need: anchors('buys bought buying gives gave giving'),
    re: P(
      `${T}(?<cue>(?:buys|bought|buying|gives|gave|giving) (?:her|him|them|the kids|the girls|the boys) (?:vodka|alcohol|drink|drinks|booze|cider|weed|drugs|vapes|vape|cigarettes|fags|money|cash|gifts|presents|a phone|phones|clothes|trainers|lifts))${E}`,
    ),
    score: 0.45,
    why: 'An adult giving a child gifts, alcohol or drugs.',
  },
  {
    name: 'grooming',
    need: anchors('staying sleeping stays sleeps goes going went stayed slept'),
    re: P(
      `${T}(?<cue>(?:staying|sleeping|stays|sleeps|stayed|slept|goes|going|went|hanging out) (?:at|round|to|in) (?:a|an|some|his|this|the) (?:\\d{2} (?:year|yr) old's|\\d{2} (?:year|yr) old|older (?:man|guy|lad|bloke)'?s?|grown man's|man's|guy's|bloke's|adult's) ?(?:flat|house|place|car|room)?)${E}`,
    ),
    score: 0.6,
    why: "A child staying at an adult's home.",
  },
  {
    name: 'images',
    need: anchors('sending sent send sends'),
    re: P(
      `${T}(?<image>(?:sending|sent|send|sends) (?:pics|pictures|photos|nudes|videos|vids|selfies|images)(?: of (?:himself|herself|themselves|themself))? to (?:a|an|some|this|that|older|random|an older|a grown|grown) ?(?:man|men|guy|guys|bloke|adult|adults|stranger|strangers|older [^ .]+|[^ .]+ (?:year|yr) old)|(?:was|were|been|being|got|gets|getting) sent (?:pics|pictures|photos|nudes|videos|images|explicit [^ .]+)(?: [^ .]+){0,2} by (?:a|an|some|this|that|older|random|an older|a grown|grown) ?(?:man|men|guy|bloke|adult|adults|stranger|strangers|older [^ .]+))${E}`,
    ),
    score: 0.85,
    why: 'A child sending images to an adult.',
  },
  {
    name: 'harmed_pupil',
    need: anchors('forcing forced making made pressuring getting paying using'),
    re: P(
      `${T}(?<coercion>(?:forcing|forced|making|made|pressuring|pressured|getting|paying|using) (?:the |some |younger |little |other )?(?:kids|children|pupils|year \\d{1,2}s?|\\d{1,2}yos|younger (?:kids|ones|boys|girls|pupils)|boys|girls|lads)(?: to)? (?:carry|hold|deliver|sell|move|run|hide|stash|drop off|take|fight|steal))${E}`,
    ),
    score: 0.8,
    why: 'Children used or coerced (possible criminal exploitation).',
  },
  {
    name: 'images',
    need: anchors('video videos vid vids clip footage'),
    re: P(
      `${T}(?<image>(?:video|videos|vid|vids|clip|footage) of (?:a |an |the |some |this |my )?(?:${CHILD_STRICT}|kid|kids|[^ .]+ (?:boy|girl|lad|kid))(?: [^ .]+){0,2} (?:being|getting) (?:beaten|beaten up|stripped|attacked|hurt|bullied|assaulted|jumped|humiliated|battered|kicked|punched))${E}`,
    ),
    score: 0.85,
    why: 'Footage of a pupil being harmed is being shared.',
  },
  {
    name: 'grooming',
    need: anchors('pretending pretended pretends pretend posing catfish catfished catfishing'),
    re: P(
      `${T}(?<cue>(?:pretending|pretended|pretends|pretend|posing) (?:to be|as) (?:a |an )?(?:\\d{1,2}|kid|child|girl|boy|teenager|teen|younger|someone younger|student|pupil)|catfish(?:ed|ing)?)${E}`,
    ),
    score: 0.85,
    why: 'An adult posing as a child online.',
  },
  {
    name: 'missing',
    need: anchors('knows know seen'),
    re: P(
      `${T}(?<missing>(?:nobody|no one|noone|none of us) (?:knows|know) where (?:she|he|they|my [^ .]+) (?:is|are|went|has gone)|(?:hasn't|hasnt|has not|haven't|not) been (?:in|in school|at school|seen) (?:for|since) (?:\\d+|two|three|four|five|a|over a) (?:weeks?|days?|months?))${E}`,
    ),
    score: 0.75,
    why: 'A child whose whereabouts are unknown.',
  },
  // ---------------------------------------------------------------- neglect
  {
    name: 'neglect',
    need: anchors(
      'hungry starving filthy dirty smelly unwashed clothes uniform without food dinner tea breakfast eat eaten lunch fed eating washed alone neglected neglect picks collects',
    ),
    re: P(
      `${T}(?<neglect>(?:comes|coming|came|turns up|turning up|turned up|sent|arrives|shows up|keeps coming)(?: (?:in|into school|to school|in to school))?(?: [^ .]+){0,3} (?:hungry|starving|filthy|dirty|smelly|unwashed|in the same clothes|in dirty clothes|without (?:a coat|food|lunch|breakfast|shoes|a jumper))|(?:no|nothing|never any) (?:food|dinner|tea|breakfast) (?:at home|in the house)|nothing to eat (?:at home|in the house)|(?:not|never|hasn't|hasnt|isn't|isnt) (?:been )?(?:fed|eating at home|washed)|(?:left|leaves|leaving) (?:home )?alone (?:all|every|at night|overnight|for days)|home alone|neglected|neglect|(?:hasn't|hasnt|has not|hadn't|not|never) (?:eaten|had (?:any )?(?:lunch|breakfast|food))(?: [^ .]+){0,3}|(?:wears|wearing|wore|wear|in) the same (?:dirty |smelly |filthy )?(?:clothes|uniform|jumper)(?: every day| all week| for days)?|(?:dirty|smelly|unwashed|filthy|ripped) (?:uniform|clothes)|nobody (?:picks|collects) (?:him|her|them) up|same clothes (?:for|every) (?:days|a week|weeks))${E}`,
    ),
    score: 0.75,
    why: 'Signs of neglect.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:awareness|training|policy|talk|film|movie|book)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 40), ce + 40),
      ),
  },
  // ---------------------------------------------------------------- situation families
  {
    // an adult or vehicle approaching children: pulling up, calling them over, handing out sweets
    name: 'stranger',
    first: ADULT_FIRST,
    need: anchors(
      'pulling pulled pulls pull calling called calls handing handed hands giving gave gives asking asked asks knew knows waving waved beckoning',
    ),
    re: P(
      `${T}(?<adult>${ADULT}|weirdo|creep|perv|pervert|paedo|pedo|nonce)${E}(?: [^ .]+){0,10} (?<behaviour>(?:keeps |kept |was |been )?(?:pulling up|pulled up|pulls up|pull up)|(?:calling|called|calls|waving|waved|beckoning) (?:the |some |young |little )?(?:children|kids|pupils|girls|boys|her|him|them|my [^ .]+) over|(?:handing|handed|hands|giving|gave|gives) out (?:sweets|sweeties|money|cash|vapes|cards|business cards|leaflets|toys|gifts|phones|cigarettes|drinks)|(?:asking|asked|asks) (?:the |some |young |little )?(?:children|kids|pupils|girls|boys|her|him|them|my [^ .]+|year \\d{1,2}s?|yr \\d{1,2}s?) (?:if|whether|to|for)|(?:knew|knows|knowing) (?:her|his|their|my [^ .]+) name)${E}`,
    ),
    score: 0.8,
    why: 'An adult or vehicle approaching children.',
    guard: (a, cs, ce) =>
      !new RegExp(
        `(?<![^ ])(?:${CHILD_STRICT}|${alt(PLACES)}|pick up|pickup|home time|school run|crossing|bus stop)(?![^ ])`,
      ).test(a.canon.slice(Math.max(0, cs - 100), ce + 100)) ||
      /(?<![^ ])(?:lollipop|crossing patrol|police|pcso|fireman|firefighters|santa|father christmas|author|visitor|visit|assembly|photographer|governor)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 60), ce + 60),
      ),
  },
  {
    name: 'stranger',
    need: anchors('collected picked taken approached followed photographed filmed grabbed'),
    re: P(
      `${T}(?<behaviour>(?:collected|picked up|taken|approached|followed|photographed|filmed|grabbed|spoken to|talked to) by (?:an? |some |this |that )?(?:unknown|strange|random|older|unfamiliar|weird|creepy|grown)? ?(?:man|woman|adult|stranger|bloke|guy|person|men|people|lads|van|car|driver))${E}`,
    ),
    score: 0.8,
    why: 'A child approached or taken by an unknown adult.',
    // a notice ("please make sure children are collected by an adult they know") is advice
    guard: (a) =>
      /(?<![^ ])(?:please|make sure|remind|reminder|never to|must be|should be|they know|only be collected)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'stranger',
    need: anchors('posting posted sharing shared taking took filming filmed photos pics pictures videos'),
    re: P(
      `${T}(?<behaviour>(?:posting|posted|sharing|shared|taking|took|filming|filmed|uploading|uploaded) (?:pics|pictures|photos|videos|vids|footage|images|clips) of (?:[^ .]+ ){0,3}?(?:kids|children|pupils|girls|boys|students|year \\d{1,2}s?|yr \\d{1,2}s?|my son|my daughter))${E}`,
    ),
    score: 0.75,
    why: 'Someone photographing or posting images of pupils.',
    guard: (a) =>
      !/(?<![^ ])(?:fence|thru|through|without (?:permission|consent)|stranger|someone|somebody|man|bloke|guy|weirdo|creep|account|accounts|insta|instagram|tiktok|online|car|van)(?![^ ])/.test(
        a.canon,
      ) ||
      /(?<![^ ])(?:please do not|please don't|policy|consent form|photographer|photo day|school photos)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // online contact by an adult: "keeps dming the year 7 girls", "added her on snap"
    name: 'grooming',
    need: anchors(
      'dming dms messaging messaged messages stitching duetting following followed adding added adds commenting sending snapchatting texting texts',
    ),
    re: P(
      `${T}(?<adult>weirdo|creep|creepy [^ .]+|perv|pervert|paedo|pedo|nonce|predator|groomer|old man|grown man|grown men|older man|older men|adult|teacher|coach|tutor|@staff|sir|miss|stranger|strangers|some guy|some man|random man|random men|randoms|a man|men)${E}(?: [^ .]+){0,10} (?<contact>(?:keeps |kept |been |is |was )?(?:dming|dm'ing|messaging|messaged|stitching|duetting|adding|added|adds|commenting on|sending|sends|sent|snapchatting|texting|texts|texted)) (?:[^ .]+ ){0,4}?(?<child>them|her|him|${CHILD_STRICT})${E}`,
    ),
    score: 0.75,
    why: 'An adult contacting children privately online.',
    guard: (a, cs, ce) =>
      !new RegExp(`(?<![^ ])(?:${CHILD_STRICT}|\\d{1,2}|she's \\d{1,2}|he's \\d{1,2})(?![^ ])`).test(
        a.canon,
      ) ||
      /(?<![^ ])(?:teams|homework|classcharts|class charts|email|emailed|google classroom|seesaw|dojo|parentmail|reminder|reminders|newsletter|permission|letter|letters)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 60), ce + 60),
      ),
  },
  {
    // an adult "mentoring" or "coaching" a child privately online
    name: 'grooming',
    need: anchors('mentoring mentor coaching tutoring scouting helping training chatting'),
    re: P(
      `${T}(?<cue>(?:mentoring|mentor|coaching|tutoring|scouting|helping|training|chatting to|chatting with) (?:my|her|his|a|the|our|their) (?:[^ .]+ ){0,3}?(?:${CHILD_STRICT}|\\d{1,2}yo) (?:[^ .]+ )?(?:on|over|via|through) (?:snap|snapchat|insta|instagram|tiktok|whatsapp|discord|facetime|video call|video calls|the phone|messenger|telegram|xbox|playstation|roblox|fortnite))${E}`,
    ),
    score: 0.75,
    why: 'An adult in private online contact with a child.',
  },
  {
    // asked for pictures / sent gifts by someone online
    name: 'grooming',
    need: anchors(
      'pics pictures photos nudes pic photo selfies snaps videos vbucks robux money gifts credit',
    ),
    re: P(
      `${T}(?<cue>(?:asking|asked|asks|keeps asking|kept asking|begging|pressuring|pressured) (?:her|him|them|my [^ .]+|kids|children|girls|boys)(?: [^ .]+){0,2} (?:for|to send) (?:pics|pictures|photos|nudes|a pic|a photo|selfies|snaps|videos|vids)|(?:sending|sent|sends|giving|gave|gives|buying|bought) (?:her|him|them|my [^ .]+) (?:vbucks|v-bucks|robux|money|cash|gifts|gift cards|credit|presents|skins))${E}`,
    ),
    score: 0.8,
    why: 'Someone asking a child for pictures or sending them gifts.',
    guard: (a) =>
      !new RegExp(
        `(?<![^ ])(?:${CHILD_STRICT}|\\d{1,2}|online|snap|snapchat|insta|instagram|tiktok|fifa|fortnite|roblox|discord|xbox|game|gaming|someone|man|guy|adult|coach)(?![^ ])`,
      ).test(a.canon) ||
      /(?<![^ ])(?:birthday|christmas|grandma|grandad|nan|auntie|uncle|pocket money|tooth fairy|school photos|photo day)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // an older person "dating" a young child: two ages, one adult, one under 16
    name: 'grooming',
    need: anchors('dating date going seeing sleeping relationship boyfriend girlfriend kissing'),
    re: P(
      `${T}(?<cue>'?(?:dating|going out with|seeing|sleeping with|in a relationship with|having sex with|kissing|hooking up with)'?|(?:boyfriend|girlfriend) (?:is|who is|who's|is like) (?:1[89]|[2-9]\\d))${E}`,
    ),
    score: 0.8,
    why: 'A child in a relationship with someone much older.',
    guard: (a) =>
      !(
        /(?<![^ ])(?:1[89]|[2-9]\d|sixth former|sixth formers|adult|grown|older man|older guy|man|teacher|coach)(?![^ ])/.test(
          a.canon,
        ) &&
        /(?<![^ ])(?:1[0-5]|[5-9]|yr [5-9]|year [5-9]|y[5-9]|yr 1[01]|year 1[01]|she's 1[0-5]|he's 1[0-5])(?![^ ])/.test(
          a.canon,
        )
      ),
  },
  {
    // criminal exploitation: running packages for older lads, a phone and cash from nobody
    name: 'grooming',
    need: anchors('packages parcels package parcel bags stuff burner phone cash money trainers missing'),
    re: P(
      `${T}(?<cue>(?:running|run|runs|ran|carrying|carry|delivering|deliver|dropping off|drop off|holding|hold|moving|move|selling) (?:packages|parcels|a package|a parcel|drugs|stuff|bags|a bag|things|gear) (?:for|to) (?:older|some|these|the|local|big) ?(?:lads|boys|men|guys|people|gang|kids|dealers|ones)?|burner phone|second phone|(?:came|comes|coming|turned up|turns up) (?:home )?with (?:a )?(?:new )?(?:phone|trainers|cash|money|£\\d+|designer)(?: [^ .]+){0,6} (?:won't|wont|will not|refuses to|doesn't|doesnt|can't|cant) (?:say|tell|explain)|(?:goes|going|went|keeps going|keeps) missing (?:for days|overnight|for nights|every weekend|at weekends))${E}`,
    ),
    score: 0.8,
    why: 'Signs of criminal exploitation (county lines).',
  },
  {
    // forced marriage and FGM
    name: 'abuse_disclosure',
    need: anchors('married marry marrying wedding cut cutting fgm circumcision ceremony'),
    re: P(
      `${T}(?<abuse>(?:get|getting|be|being|to be|get her|gets) married|(?:forced|forcing|force|making|make|made|want her to|wants her to) (?:her |him )?(?:to )?marry|(?:arranged|forced) marriage|fgm|female genital|female circumcision|(?:to be|to get|get|getting|be|being) cut(?=$| (?:over|this|in|when|abroad|back|by|down there|\\.|,))|cutting ceremony|(?:special|secret) ceremony)${E}`,
    ),
    score: 0.8,
    why: 'A child at risk of forced marriage or FGM.',
    guard: (a, cs, ce) =>
      !new RegExp(
        `(?<![^ ])(?:${CHILD_STRICT}|1[0-7]|[5-9]|she's 1[0-7]|he's 1[0-7]|sister|cousin|niece)(?![^ ])`,
      ).test(a.canon) ||
      /(?<![^ ])(?:history|tudor|tudors|henry|lesson|lessons|topic|book|novel|play|shakespeare|romeo|juliet|awareness|training|assembly|pshe|teacher's|miss|mr|mrs|congratulations|congrats|engaged|hair|haircut|grass|lawn|budget|funding)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 80), ce + 80),
      ),
  },
  {
    // oblique suicide hints: better off without me, won't be around for, tired of everything,
    // passing on last thanks
    name: 'self_harm',
    need: anchors(
      'off existing exist around here tired thanks goodbye bye sorry love pills tablets everything',
    ),
    re: P(
      `${T}(?<risk>(?:better off|happier) (?:without me|if i (?:just )?(?:was|were|wasn't|wasnt|weren't|stopped|stop|disappeared|died|left|wasn't here|was gone))|(?:stopped|stop|just stop|stopping) existing|(?:won't|wont|will not|not gonna|not going to) (?:be )?(?:around|here) (?:for|by|much|to see|anymore|any more)|(?:so )?tired of (?:all of it|it all|everything|living|life|being alive|being here|existing)|tell (?:miss|sir|mum|mom|dad|everyone|her|him|them|my [^ .]+)(?: i said)? (?:thanks for everything|i'm sorry|im sorry|i love (?:them|her|him|you)|goodbye|bye)|(?:saying|said|say|posted) (?:goodbye|bye) to (?:everyone|everybody|all|us|the world)|(?:taking|take|took|swallowed|swallow|downing|downed) (?:all|a load of|a whole|loads of|the whole|a bottle of|a pack of|a packet of) (?:my |her |his |the |of )?(?:pills|tablets|paracetamol|meds|medication))${E}`,
    ),
    score: 0.85,
    why: 'Language that can signal suicide risk.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:retire|retirement|retiring|leaving|new job|holiday|trip|party|lol|😂|🤣|homework|exams? are|weekend|term|christmas|summer|moving house|moving school|headache|hayfever|hay fever|covid|flu|prescribed|doctor)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 80), ce + 80),
      ),
  },
  {
    // a child followed, grabbed or touched by another person
    name: 'harmed_pupil',
    need: anchors('grab touch kiss drag pull undress follows followed following'),
    re: P(
      `${T}(?<harm>(?:tries|tried|trying|keeps trying|kept trying|try) to (?:grab|touch|kiss|drag|pull|undress|corner|trip|strangle|choke) (?:her|him|them|my [^ .]+)|(?:follows|followed|following|keeps following) (?:her|him|them|my [^ .]+) (?:home|into the toilets|to the toilets|everywhere|round school|around school))${E}`,
    ),
    score: 0.75,
    why: 'A child being followed or grabbed.',
    guard: (a) => !new RegExp(`(?<![^ ])(?:${CHILD_STRICT}|pupil|pupils)(?![^ ])`).test(a.canon),
  },
  {
    // someone gave a child something and they collapsed
    name: 'harmed_pupil',
    need: anchors('passed collapsed unconscious fitting fit ambulance hospital spiked'),
    re: P(
      `${T}(?<harm>passed out|collapsed|unconscious|fitting|had a fit|taken to hospital|rushed to hospital|ambulance came|ambulance was called|spiked)${E}(?: [^ .]+){0,12} (?<item>vape|vapes|drink|drinks|pill|pills|sweets|drugs|edibles|gummies|something|spiked)${E}`,
    ),
    score: 0.75,
    why: 'A pupil harmed by something they were given.',
    guard: (a) =>
      !new RegExp(`(?<![^ ])(?:${CHILD_STRICT}|kid|kids|someone gave|gave (?:him|her|them))(?![^ ])`).test(
        a.canon,
      ) || /(?<![^ ])(?:first aid|training|awareness|talk|assembly|lesson)(?![^ ])/.test(a.canon),
  },
  {
    // peers or adults making a child send images
    name: 'images',
    need: anchors('send sending sent'),
    re: P(
      `${T}(?<image>(?:making|made|make|forcing|forced|pressuring|pressured|getting|got|blackmailing|blackmailed|daring|dared)(?: [^ .]+){1,6} (?:send|sending|to send) (?:pics|pictures|photos|nudes|videos|vids|selfies|images))${E}`,
    ),
    score: 0.85,
    why: 'A child pressured into sending images.',
  },
  {
    // a member of staff physically hurting a child
    name: 'abuse_disclosure',
    need: anchors(
      'grabbed grabs grab hit hits slapped pushed shoved dragged threw kicked punched shook restrained choked strangled',
    ),
    re: P(
      `${T}(?<abuse>(?:teacher|coach|tutor|@staff|sir|miss|ta|head|deputy|caretaker|member of staff|he|she)(?: [^ .]+){0,3} (?:grabbed|grabs|hit|hits|slapped|slaps|pushed|shoved|dragged|threw|kicked|punched|shook|restrained|choked|strangled) (?:my|our|a|the|this) (?:son|daughter|kid|child|boy|girl|lad|little one|pupil|student|year \\d{1,2}|yr \\d{1,2}|[^ .]+ year old)(?: by the (?:neck|throat|arm|hair|collar))?)${E}`,
    ),
    score: 0.8,
    why: 'A child physically hurt by an adult.',
    guard: (a, cs) => inSportContext(a, cs),
  },
  {
    // missing: "has not returned home since", "no one has seen her since"
    name: 'missing',
    need: anchors('returned seen home'),
    re: P(
      `${T}(?<missing>(?:has not|hasn't|hasnt|not|never|didn't|didnt|did not) (?:returned|gone|got back|come back|been back|been) home|(?:no one|nobody|noone) (?:has )?(?:seen|heard from) (?:her|him|them|my [^ .]+) (?:since|for))${E}`,
    ),
    score: 0.8,
    why: 'A child whose whereabouts are unknown.',
    guard: (a) =>
      !new RegExp(`(?<![^ ])(?:${CHILD_STRICT}|pupil|pupils|\\d{1,2}|she|he)(?![^ ])`).test(a.canon),
  },
  {
    // disclosures of hunger, being left alone, sleeping rough
    name: 'neglect',
    need: anchors('hungry food alone own car sleeping slept sofa homeless'),
    re: P(
      `${T}(?<neglect>(?:hungry|starving) (?:all the time|every day|most days|constantly|again)|(?:never|no|not any|hardly any) (?:food|dinner|tea|breakfast) (?:at home|in the house|in the cupboards)|(?:left|leaves|leaving|been left) (?:on (?:their|his|her) own|by (?:themselves|himself|herself)|alone)(?: [^ .]+){0,3} (?:all weekend|for the whole weekend|the whole weekend|for days|overnight|all night|every night|for hours)|(?:sleeping|slept|sleep|living) (?:in (?:the|a|their|his|her) car|on (?:a|the|someone's|friends') (?:sofa|floor)s?|rough|in a tent)|(?:family|they|kids|mum) (?:are|is|were|was|been) homeless)${E}`,
    ),
    score: 0.75,
    why: 'Signs of neglect or a family in crisis.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:camping|holiday|trip|road trip|festival|sleepover|lol|😂|after football|after pe|after school club)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 80), ce + 80),
      ),
  },
  // ---------------------------------------------------------------- added 2026-12-02 (sixth session)
  {
    // images of pupils with a sexual or exposing detail: "a video of a girl from X being undressed at a
    // party", "photos of girls from the swimming gala on a forum with horrible comments"
    name: 'images',
    need: anchors('video videos photos pictures pics clip clips footage'),
    re: P(
      `${T}(?<image>(?:video|videos|vid|vids|photos|pictures|pics|clip|clips|footage|photo|picture) of (?:a |the |some |two |our )?(?:girl|boy|girls|boys|pupils|students|kids|children|year \\d{1,2}s?|y\\d{1,2}s?)(?: [^ .]+){0,8} (?:being undressed|undressed|undressing|naked|in the showers|in the changing rooms?|getting changed|changing|in (?:their )?swimsuits|in (?:their )?underwear|on a forum|on forums|with (?:horrible|disgusting|sexual|vile|creepy) comments))${E}`,
    ),
    score: 0.85,
    why: 'Images of pupils exposed or sexualised, shared.',
  },
  {
    // a sexualised ranking of pupils: "a 'ratings' list of year 8 girls with comments about their bodies"
    name: 'images',
    need: anchors('ratings rating ranking rankings ranked list'),
    re: P(
      `${T}(?<image>(?:ratings?|rankings?|ranked|rating list|hot list|fit list|top (?:10|ten|5|five)|league table|list) (?:list )?of (?:the )?(?:year \\d{1,2} |y\\d{1,2} |yr \\d{1,2} )?(?:girls|boys|pupils))${E}`,
    ),
    score: 0.8,
    why: 'Pupils rated or ranked by their bodies, sexual harassment.',
    guard: (a) =>
      !/(?<![^ ])(?:bodies|body|boobs|bums|looks|hot|fit|sexy|shag|shaggable|pretty|ugly|figure|comments)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // pupils touched by pupils: "boys keep grabbing girls' bums in the lunch queue"
    name: 'abuse_disclosure',
    need: anchors('grabbing grabbed grab groping groped grope touching touched'),
    re: P(
      `${T}(?<abuse>(?:grabbing|grabbed|grab|grabs|groping|groped|grope|gropes|touching|touched|touches|slapping|slapped) (?:girls'|girls|girls's|boys'|boys|her|his|their|other pupils'|my daughter's|my son's)? ?(?:bums?|bottoms?|arses?|breasts|boobs|chests?|privates|crotch|skirts?|thighs))${E}`,
    ),
    score: 0.8,
    why: 'A pupil touched sexually.',
    guard: (a, cs) => negatedBefore(a, cs, 2),
  },
  {
    // county lines slang and payment to carry: "they 'go country'", "cash to carry parcels to the flats"
    name: 'exploitation',
    need: anchors('country packets parcels packages cash money'),
    re: P(
      `${T}(?<cue>(?:go|goes|going|gone|went|sent) country|(?:cash|money|£\\d+|paid|paying|pays|pay)(?: [^ .]+){0,4} to (?:carry|deliver|run|drop off|take|hold|move) (?:parcels|packages|packets|bags|stuff|things)|run (?:little |small )?(?:packets|parcels|packages|bags) (?:out )?to (?:cars|the cars|people|doors))${E}`,
    ),
    score: 0.8,
    why: 'Signs of criminal exploitation of children (county lines).',
    // country music, dancing and walks are the country too
    guard: (a) =>
      /(?<![^ ])(?:dancing|dance|music|club|walk|walks|walking|holiday|holidays|show|fair|cottage|radio|festival|🤠)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // an adult's attention to pupils online or alone: "following pupils on Instagram and commenting
    // 'gorgeous' on their selfies", "driving the boys home one at a time and buying them McDonald's"
    name: 'grooming',
    need: anchors('following follows followed adding added commenting comments comment driving drives one'),
    re: P(
      `${T}(?<contact>(?:following|follows|followed|adding|added|adds) (?:pupils|students|kids|children|girls|boys|year \\d{1,2}s?|y\\d{1,2}s?|our kids|the kids|the girls|the boys)(?: [^ .]+){0,2} on (?:insta|instagram|snap|snapchat|tiktok|facebook|twitter)|commenting (?:"|')?(?:gorgeous|beautiful|stunning|sexy|hot|fit|cute|😍|🔥|😘)|(?:driving|drives|drove|driven|taking|takes|took) (?:the )?(?:boys|girls|kids|pupils|children|lads) home one at a time)${E}`,
    ),
    score: 0.8,
    why: 'An adult giving pupils private attention, a sign of grooming.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      // a parent's or the school's own account praising a child's photo
      /(?<![^ ])(?:my son's|my daughter's|our school|well done|congratulations|proud|art|artwork|painting|drawing|cake|bake)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // radicalisation: a pupil steered to extremist material
    name: 'radicalisation',
    need: anchors('towards into join videos group channel server'),
    re: P(
      `${T}(?<cue>(?:pushing|pushes|pushed|sending|sends|sent|showing|shows|showed|getting|get|got|tried to get|trying to get|recruiting|recruit|recruited|inviting|invited|dragging) (?:them|pupils|kids|my son|my daughter|him|her|his form|her form|the class|boys|girls|lads)(?: [^ .]+){0,2} (?:towards|to|into|to join) (?:an? |his |her |their )?(?:online )?(?:videos?|group|groups|channel|channels|server|servers|chat|chats|telegram))${E}`,
    ),
    score: 0.8,
    why: 'A pupil drawn towards extremist material.',
    guard: (a) =>
      !/(?<![^ ])(?:attack|attacks|shooter|shooters|shooting|shootings|saints|extremist|extremism|far right|far-right|the enemy|enemy within|race war|jihad|infidels|white power|nazi|nazis|replacement|incel|incels|martyr|martyrs|terror|terrorist|terrorism|hate)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // children left in a car: "leave a toddler and a little boy in their car outside the pub"
    name: 'neglect',
    need: anchors('car'),
    re: P(
      `${T}(?<neglect>(?:left|leave|leaves|leaving) (?:a |the |their |his |her |two |three |)(?:toddler|toddlers|baby|babies|kids|children|little boy|little girl|little ones|(?:[^ .]+ ){1,3}(?:and|&) (?:a |the )?(?:little boy|little girl|baby|toddler))(?: [^ .]+){0,8} in (?:the|their|a|his|her) (?:car|van))${E}`,
    ),
    score: 0.75,
    why: 'Children left alone in a car.',
    guard: (a) =>
      /(?<![^ ])(?:a minute|two minutes|a second|while i paid|pay for petrol|car seat|booster|lift|lifts|lift share)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // "been thinking about ending it all", "can't stop cutting", "started cutting again"
    name: 'self_harm',
    need: anchors('ending cutting'),
    re: P(
      `${T}(?<risk>(?:thinking about|thought about|thinking of|thought of|talking about|considering|planning on|close to|about to) (?:ending (?:it|it all|my life|things|everything)|killing myself|not being here)|ending it all|(?:can't|cant|cannot|can not) stop (?:cutting|self harming|self-harming|hurting myself)|(?:started|starting|start|been|keep|keeps|gone back to|went back to) cutting(?: myself| herself| himself)?(?: again)?)${E}`,
    ),
    score: 0.9,
    why: 'Suggests a young person wants to die or harm themselves.',
    guard: (a, cs, ce) =>
      /(?<![^ ])(?:hair|fringe|paper|card|grass|hedge|onion|onions|cake|lessons|funding|budget|budgets|costs|corners|class|classes|staff|jobs|wood|fabric|out shapes|shapes|coupons|the cord|sugar|carbs|down on|back on|ties)(?![^ ])/.test(
        a.canon.slice(Math.max(0, cs - 20), ce + 25),
      ),
  },
  {
    // a child named with an age or year and a search: "please look out for Jacob, 9 … police are
    // searching", "has anyone seen Precious? Year 7 … her phone's off"
    name: 'missing',
    need: anchors('searching search seen share rt look'),
    re: P(
      `${T}(?<missing>(?:police|officers|family|everyone|volunteers|we) (?:are |is )?(?:now )?(?:searching|out searching|looking)|(?:has|have) (?:anyone|anybody) seen|please (?:look out for|keep an eye out for|share|rt|retweet)|search (?:party|parties) for)${E}`,
    ),
    score: 0.8,
    why: 'A child whose whereabouts are unknown.',
    guard: (a) => {
      if (missingThing(a)) return true;
      // the child: a name with an age, a year group, or a sibling or child of the writer
      const child =
        /(?<![^ ])(?:, \d{1,2} (?:,|\.|\?|!|from|at|in)|aged \d{1,2}|\d{1,2} (?:year|yr)s? old|\d{1,2}yo|year \d{1,2}|yr \d{1,2}|my (?:son|daughter|brother|sister|little brother|little sister|boy|girl)|our (?:son|daughter|brother|sister))(?![^ ])/.test(
          a.canon,
        );
      const gone =
        /(?<![^ ])(?:missing|last seen|phone's off|phones off|phone is off|phone off|hasn't been seen|has not been seen|not been seen|didn't come home|didnt come home|hasn't come home|not come home|didn't get off|didnt get off|walked out|left home|left the|ran off|won't be back|wont be back|unknown man|unknown woman|with a man|with an adult|since last night|since this morning|overnight)(?![^ ])/.test(
          a.canon,
        );
      return !(child && gone);
    },
  },
  {
    // a sibling or child of the writer missing: "my brother's missing since last night"
    name: 'missing',
    need: anchors('missing'),
    re: P(
      `${T}(?<missing>(?:my|our) (?:little |younger |big |older )?(?:brother|sister|brother's|sister's|son's|daughter's|nephew|niece|cousin)(?: is| has| has been| went| been|'s)? (?:gone )?missing)${E}`,
    ),
    score: 0.85,
    why: 'A child reported missing.',
    guard: (a) => missingThing(a),
  },
  {
    // a child told what to say or not to tell: "told me to say she walked into the cupboard if miss
    // asks", "said if i tell anyone at school he'll make mum leave"
    name: 'abuse_disclosure',
    need: anchors('say tell lie asks'),
    re: P(
      `${T}(?<secret>(?:told|tells|telling|made|makes) me (?:to say|to tell (?:them|miss|sir|school|the teacher)|to lie|not to tell|never to tell)|(?:said|says|told me) (?:that )?if i (?:tell|told) (?:anyone|anybody|someone|a teacher|my teacher|school|miss|sir|the teachers?|social services|the police))${E}`,
    ),
    score: 0.85,
    why: 'A child told to keep something from school, a sign of abuse.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      /(?<![^ ])(?:surprise|present|birthday|party|christmas|secret santa|joke|lines|play|script|assembly|nativity|spelling|answer|answers|password|please|thank you|sorry)(?![^ ])/.test(
        a.canon.slice(cs, cs + 80),
      ),
  },
  {
    // violence at home seen by a child: "mum has a black eye again", "daddy hurt mummy"
    name: 'abuse_disclosure',
    need: anchors('eye hurt hurts hits hit beats punched'),
    re: P(
      `${T}(?<injury>(?:my )?(?:mum|mummy|mam|mom|mother) (?:has|had|has got|got|'s got|with) (?:a |another )?(?:black eye|bruises|bruised face|split lip)|(?:daddy|dad|stepdad|step dad|mum's boyfriend|mums boyfriend|her boyfriend|his boyfriend) (?:hurt|hurts|hit|hits|beats|beat|punched|punches|hurting|hitting) (?:mummy|mum|mam|mom|my mum|my mam|her|us|me))${E}`,
    ),
    score: 0.85,
    why: 'A child describes violence at home.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      /(?<![^ ])(?:football|rugby|cricket|netball|match|game|play|playing|accident|accidentally|by accident|fell|door|cupboard door|ball)(?![^ ])/.test(
        a.canon.slice(cs, cs + 60),
      ),
  },
  {
    // hunger: "haven't eaten since tuesday", "no money till friday", "the only proper meal I get"
    name: 'neglect',
    need: anchors('eaten eat meal food money'),
    re: P(
      `${T}(?<neglect>(?:haven't|havent|have not|hasn't|hasnt|has not|not|didn't|didnt|never) (?:eaten|eat|had (?:anything|any food|a meal|tea|dinner|breakfast)) (?:since|for (?:two|three|\\d+) days|all weekend)|only (?:proper |hot |real )?meal (?:i|he|she|they) (?:get|gets|have|has)|no (?:food|money for food) (?:at home|in the house|till|until)|no money (?:till|until) (?:friday|monday|payday|next week))${E}`,
    ),
    score: 0.8,
    why: 'A child going hungry, a sign of neglect.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 1) ||
      /(?<![^ ])(?:fasting|ramadan|fast|diet|dieting|lent|operation|surgery|anaesthetic|blood test|sick bug|tummy bug|vomiting|lol|😂|🤣)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    // someone photographing or filming pupils: "a man with a long-lens camera taking pictures during
    // Year 5 PE", "a drone over the playground at break, filming the kids"
    name: 'stranger',
    need: anchors('pictures photos photographs filming videos drone camera'),
    re: P(
      `${T}(?<stranger>(?:taking|takes|took|taken) (?:pictures|photos|photographs|videos|footage|pics)(?: [^ .]+){0,4} (?:during|of|at) (?:the )?(?:year \\d{1,2}|yr \\d{1,2}|reception|pe|games|break|breaktime|lunch|playtime|kids|children|pupils|girls|boys|the playground|the field)|(?:drone|drones|long-lens|long lens|telephoto)(?: [^ .]+){0,8} (?:filming|recording|photographing|pointed at|over the playground|over the field)|filming (?:the )?(?:kids|children|pupils|girls|boys))${E}`,
    ),
    score: 0.8,
    why: 'Someone photographing or filming pupils.',
  },
  // (2026-12-04, fourth session) signs seen from outside: a child always covered in bruises, a child
  // who flinches, "i hate myself" written or a noose drawn, a child not eating and withdrawn, a member
  // of staff alone with children behind a shut door, concerns about staff managed internally
  {
    name: 'abuse_disclosure',
    need: anchors('bruises bruising marks scratches eyes burns'),
    re: P(
      `${T}(?<injury>(?:always|constantly|often|forever|regularly|usually|keeps|keep|never without) (?:covered in|got|with|has|have|turning up with|coming in with) (?:bruises|bruising|marks|scratches|black eyes|burns))${E}`,
    ),
    score: 0.75,
    why: 'A child always covered in bruises.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      inSportContext(a, cs) ||
      /(?<![^ ])(?:clumsy|climbing|climbs|trampoline|bmx|skate|skateboard|scooter|bike|rugby|football|hockey|judo|karate|martial|gymnastics|eczema|condition|bruises easily|haemophilia|leukaemia|toddler|learning to walk)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'abuse_disclosure',
    need: anchors('flinches flinched flinching flinch'),
    re: P(
      `${T}(?<fear>(?:flinches|flinched|flinching|flinch) (?:when|every time|whenever|if) (?:anyone|someone|somebody|an adult|adults|you|i|we|people|a man|men|his dad|her dad|his mum|her mum|a teacher|teachers|[^ .]+) (?:raises?|raised|shouts?|shouted|moves?|moved|lifts?|lifted|goes near|went near|comes near|came near|touches?|touched|reaches?|reached|walks (?:past|in)|walked (?:past|in)))${E}`,
    ),
    score: 0.75,
    why: 'A child who flinches when an adult moves or raises their voice.',
    guard: (a, cs) => negatedBefore(a, cs, 2) || inSportContext(a, cs),
  },
  {
    name: 'self_harm',
    need: anchors('written writes wrote writing scrawled drawn drew draws drawing carved scratched'),
    re: P(
      `${T}(?<risk>(?:written|writes|wrote|writing|scrawled|drawn|drew|draws|drawing|carved|scratched)(?: [^ .]+){0,4} (?:i hate myself|i want to die|kill myself|i wish i was dead|i wish i wasn't here|nobody loves me|i'm worthless|im worthless|i'm useless|pictures? of (?:a )?(?:rope|noose)|(?:a )?noose))${E}`,
    ),
    score: 0.85,
    why: "A child's own words or drawings of self-harm.",
    guard: (a) =>
      /(?<![^ ])(?:poem|poetry|story|novel|character|characters|macbeth|hamlet|play|drama|gcse|english lesson|history|hangman|western|cowboy|halloween)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'self_harm',
    need: anchors('eating eat'),
    re: P(
      `${T}(?<risk>(?:barely|hardly|not|stopped|isn't|isnt|won't|wont|refuses to|refusing to|has stopped) (?:eating|eat)(?: [^.]+?)? (?:(?:won't|wont|doesn't|doesnt|will not|never) (?:leave|come out of|get out of) (?:her|his|their|the) (?:room|bed|bedroom)|self-isolating|self isolating|shut (?:herself|himself|themselves) (?:away|in)|stopped talking|not sleeping|crying (?:every|all)|cries (?:every|all))|(?:won't|wont|doesn't|doesnt|will not|never) (?:leave|come out of|get out of) (?:her|his|their) (?:room|bed|bedroom)(?: [^.]+?)? (?:barely|hardly|not|stopped) (?:eating|eats))${E}`,
    ),
    score: 0.7,
    why: 'A child not eating and withdrawing.',
    guard: (a) =>
      /(?<![^ ])(?:ill|bug|sick|flu|covid|tonsillitis|virus|temperature|fussy|picky|teeth|braces|dentist|fasting|ramadan|chickenpox|teething|operation)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'grooming',
    need: anchors('door doors'),
    re: P(
      `${T}(?<grooming>(?:alone|one-to-one|one to one|1:1|1-1|on (?:his|her|their) own|by himself|by herself)(?: [^.]+?)? with (?:the )?(?:kids|children|pupils|a child|girls|boys|year \\d{1,2}s?|a (?:boy|girl|pupil|child))(?: [^.]+?)? (?:with )?(?:the )?(?:door|doors) (?:shut|closed|locked)|(?:into|in) (?:the |a )?(?:store cupboard|cupboard|storeroom|office|music room|back room|stock room)(?: [^.]+?)? (?:one-to-one|one to one|alone|on (?:his|her) own)(?: [^.]+?)? (?:with )?(?:the )?(?:door|doors) (?:shut|closed|locked))${E}`,
    ),
    score: 0.75,
    why: 'An adult alone with children behind a shut door.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 3) ||
      /(?<![^ ])(?:never|policy|policies|rule|rules|always keep|must keep|door open|doors open|windows in|vision panel|training)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'abuse_disclosure',
    need: anchors('concern concerns concerned'),
    re: P(
      `${T}(?<concern>(?:concerns?|concerned) (?:about|over|regarding|around) (?:a |the |one |this |their )?(?:@org |new |male |female )?(?:staff member|member of staff|teacher|ta|teaching assistant|coach|caretaker|pe teacher|male teacher|music teacher|tutor|volunteer|man)(?: [^.]+?)? (?:alone with|one-to-one|one to one|1:1|lifts? home|giving lifts|texting|messaging|store cupboard|door shut|touching|managed internally|dealt with internally|nobody did anything|nothing was done|nothing happens|nothing happened|were ignored|was ignored))${E}`,
    ),
    score: 0.75,
    why: 'Concerns about a member of staff and children, not acted on.',
  },
  // (2026-12-04, fourth session, later) a young person's own words and concerns seen from outside,
  // from the misses of the first training file (data/train/school-synth-1), which the heads miss too
  {
    name: 'self_harm',
    need: anchors(
      'cutting barcode barcodes compass drew drawing carved scratched scratching carving thinking sorry last done plan longer',
    ),
    re: P(
      `${T}(?<risk>(?:^|(?<=[.!?] ))cutting (?:again|myself|my (?:arms|legs|wrists|thighs))|(?:arms|legs|wrists|thighs) (?:look|looks|are) like (?:a )?barcodes?|barcode (?:arms|legs)|(?:drew|drawn|drawing|scratched|scratching|carved|carving) (?:on|into|all over|over) my (?:arms|legs|wrists|skin|thighs) with (?:a |my )?(?:compass|blade|razor|pin|scissors|pencil sharpener blade)|(?:can't|cant|cannot) stop thinking (?:about|of) (?:dying|death|killing myself|ending it|suicide|not being here)|(?:keep|been|always) thinking (?:about|of) (?:walking|jumping|stepping|going) (?:into|in|off|in front of) (?:the )?(?:river|canal|sea|bridge|road|train|trains|traffic|reservoir)|(?:this is|it's|its) the last time (?:i'll|ill|i will) (?:post|be here|talk to (?:you|anyone))|sorry for everything(?: i (?:ever )?(?:did|done|have done)| i've (?:ever )?done)?(?: [.,])? i love (?:you all|you|everyone)|(?:says|said|told me) (?:she|he|they) (?:has|have|'s got|'s made|had|made) a plan|(?:can't|cant|cannot) do this (?:much longer|for much longer|any longer))${E}`,
    ),
    score: 0.85,
    why: "A young person's own words of self-harm or suicide.",
    guard: (a) =>
      /(?<![^ ])(?:hair|fringe|paper|card|fabric|onion|onions|cake|lesson plan|lesson plans|business plan|revision plan|plan for|holiday plan|wedding|party|shapes|costs|corners|budget|music|festival)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'self_harm',
    need: anchors('eating eaten food starving'),
    re: P(
      `${T}(?<risk>(?:not eating|stopped eating|starving myself|haven't eaten|havent eaten|not eaten) (?:again|for (?:\\d+|two|three|four|five|six) days|on day \\d+|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|last week)))${E}`,
    ),
    score: 0.75,
    why: 'A young person not eating, on purpose or for days.',
    guard: (a) =>
      /(?<![^ ])(?:ramadan|fasting|fast|bug|sick|ill|flu|covid|operation|surgery|diet|dieting|lent|tonsillitis|braces)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'grooming',
    need: anchors('never met cashapp paypal mobile number snapchat house flat car van kittens puppies'),
    re: P(
      `${T}(?<grooming>(?:a|some|an older|this) (?:man|bloke|guy|older lad|older man|adult|woman|lad)(?: (?:she|he|they))? (?:has |'s |have )?never met|(?:a|some|an older|this) (?:man|bloke|guy|older lad|older man|adult|woman|lad) (?:she's|he's|they've) never met(?: in real life| irl)?|sent (?:her |him |them )?money (?:on|via|through|by) (?:cashapp|cash app|paypal|revolut|monzo|bank transfer)|(?:gave|given|give|gives|giving) (?:him|her|them|my [^ .]+) (?:his|her|their) (?:personal |private |own )?(?:mobile|phone number|number|snapchat|insta|whatsapp)|(?:asked|asking|asks) (?:if )?(?:she|he|her|him|them|they) (?:wanted|want|wants) to (?:see|come (?:to|back to|round to)|go (?:to|back to)) (?:his|her|their|my) (?:house|flat|car|van|place))${E}`,
    ),
    score: 0.8,
    why: 'An adult making private contact with a child.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      /(?<![^ ])(?:grandad|grandma|nan|uncle|auntie|aunt|pen pal|penpal|charity|sponsor|birthday money|tooth fairy|dentist|doctor|gp|office|emergency contact)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'stranger',
    need: anchors(
      'vapes vape cigarettes fags weed pills alcohol booze circling lookouts runners packages parcels',
    ),
    re: P(
      `${T}(?<stranger>(?:handing out|giving out|giving|selling|offering|handing) (?:free |cheap )?(?:vapes|vape|cigarettes|fags|weed|pills|drugs|alcohol|booze|cans) (?:to|out to) (?:the )?(?:[^ .]+ ){0,2}?(?:kids|children|pupils|year \\d{1,2}s?|teenagers|girls|boys)|(?:car|van|man|bloke) (?:circling|keeps circling|parked up|sat|sitting|waiting)(?: [^ .]+){0,3} (?:at|during|around|outside) (?:home time|hometime|pick ?up|school run|the gates|3|break|lunch)|(?:used|paid|being used|being paid|recruited) (?:as|to be) (?:lookouts|look-outs|runners|drug runners)|(?:hand|handing|hands|passing|passes|pass) (?:over )?(?:packages|parcels|little bags|bags|packets) (?:through|out of|to)(?: [^ .]+){0,3}? (?:window|car|kids|them))${E}`,
    ),
    score: 0.8,
    why: 'An adult giving children vapes or drugs, circling the school, or using them to carry.',
    guard: (a, cs) =>
      negatedBefore(a, cs, 2) ||
      /(?<![^ ])(?:police|pcso|leaflets|amnesty|awareness|talk|assembly|lesson|crossing patrol|lollipop|taxi|the bus|parcel force|delivery|amazon|royal mail|dpd|evri|food bank|foodbank)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'neglect',
    need: anchors('own tent alone'),
    re: P(
      `${T}(?<neglect>(?:been )?on (?:their|his|her) own since (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|last (?:night|week)|yesterday)|(?:living|sleeping|staying) in a (?:tent|car|van|shed)|(?:left|been) alone (?:since|for) (?:friday|monday|tuesday|wednesday|thursday|saturday|sunday|days|two days|three days|the weekend))${E}`,
    ),
    score: 0.75,
    why: 'Children left on their own or without a home.',
    guard: (a) =>
      /(?<![^ ])(?:camping|festival|dofe|duke of edinburgh|holiday|campsite|scouts|guides|brownies|cubs|residential|glamping|sleepover|garden)(?![^ ])/.test(
        a.canon,
      ),
  },
  {
    name: 'abuse_disclosure',
    need: anchors('screaming hitting husband'),
    re: P(
      `${T}(?<abuse>screaming (?:stop|don't|dont|please stop) (?:hitting|hurting|touching)|(?:picked|chosen|found|arranged) (?:a )?husband for (?:her|my [^ .]+))${E}`,
    ),
    score: 0.8,
    why: 'A child heard pleading, or a marriage arranged for a child.',
  },
];

const TRIGGERS = new Set([
  'die',
  'kill',
  'killing',
  'end',
  'suicide',
  'suicidal',
  'self',
  'self-harm',
  'selfharm',
  'harm',
  'harming',
  'cutting',
  'cuts',
  'cut',
  'scars',
  'overdose',
  'wrists',
  'kys',
  'unalive',
  'myself',
  'herself',
  'himself',
  'themselves',
  'live',
  'exist',
  'here',
  'notice',
  'care',
  'miss',
  'without',
  'anymore',
  'gone',
  'disappear',
  'bruises',
  'bruising',
  'bruised',
  'marks',
  'burns',
  'injuries',
  'hits',
  'hit',
  'beats',
  'punches',
  'kicks',
  'slaps',
  'angry',
  'violent',
  'drunk',
  'secret',
  'tell',
  'between',
  'touched',
  'touching',
  'touches',
  'groped',
  'abused',
  'abuse',
  'raped',
  'assaulted',
  'scared',
  'afraid',
  'frightened',
  'terrified',
  'home',
  'messaging',
  'messaged',
  'messages',
  'texting',
  'texted',
  'dming',
  'adding',
  'added',
  'snapchatting',
  'contacting',
  'offering',
  'offered',
  'grooming',
  'groomed',
  'meet',
  'lines',
  'exploitation',
  'parked',
  'hanging',
  'loitering',
  'lurking',
  'watching',
  'approaching',
  'approached',
  'following',
  'followed',
  'filming',
  'photographing',
  'taking',
  'took',
  'trying',
  'tried',
  'nude',
  'nudes',
  'naked',
  'explicit',
  'upskirt',
  'upskirting',
  'sexting',
  'sextortion',
  'missing',
  'seen',
  'find',
  'runaway',
  'jumped',
  'beaten',
  'battered',
  'attacked',
  'mugged',
  'stabbed',
  'punched',
  'threatened',
  'bullied',
  'forced',
  'pressured',
  'made',
  'selling',
  'dealing',
  'carrying',
  'bringing',
  'brought',
  'weed',
  'drugs',
  'knife',
  'blade',
  'gun',
  'vapes',
  'ket',
  'coke',
  'hungry',
  'starving',
  'fed',
  'alone',
  'neglect',
  'neglected',
  'dirty',
  'smelly',
  'food',
]);

/** Rules with a first-word set get a sticky twin of their pattern. */
const COMPILED = RULES.map((r) => ({
  ...r,
  anchored: r.first ? anchoredRx(r.re.source, r.first) : undefined,
}));

/** Every anchor word of every rule. */
const ALL_NEEDS = new Set<string>([...TRIGGERS, ...RULES.flatMap((r) => [...r.need])]);

export function detectSafeguarding(a: Analysis): Hit | null {
  if (!hasAny(a, ALL_NEEDS)) return null;
  const evidence: Evidence[] = [];
  const scores = new Map<string, number>();
  let best = 0;
  let bestRule = '';
  let why = '';
  const joking = hasJoke(a);
  for (const r of COMPILED) {
    if (!hasAny(a, r.need)) continue;
    for (const m of r.anchored ? matchAnchored(a, r.anchored, 3) : matchAll(a, r.re, 3)) {
      if (r.guard?.(a, m.cs, m.ce)) continue;
      const near = a.canon.slice(Math.max(0, m.cs - 30), m.ce + 40);
      // ("can't stop thinking about dying … exams in 2 weeks" is not hyperbole: nobody jokes that way)
      if (
        r.name === 'self_harm' &&
        HYPERBOLE.test(near) &&
        !/thinking (?:about|of)/.test(a.canon.slice(m.cs, m.ce))
      )
        continue;
      // "mocks start monday at kingsmead and im actually gonna die 😭": a bare "gonna die" in a
      // sentence about exams, homework or laughter is hyperbole wherever in the sentence those are
      if (r.name === 'self_harm' && /^(?:going to|gonna|going) die$/.test(a.canon.slice(m.cs, m.ce))) {
        const from = Math.max(
          a.canon.lastIndexOf('.', m.cs),
          a.canon.lastIndexOf('!', m.cs),
          a.canon.lastIndexOf('?', m.cs),
        );
        const stops = ['.', '!', '?'].map((c) => a.canon.indexOf(c, m.ce)).filter((i) => i >= 0);
        const to = stops.length > 0 ? Math.min(...stops) : a.canon.length;
        if (HYPERBOLE.test(a.canon.slice(from + 1, to))) continue;
      }
      if (
        r.name === 'self_harm' &&
        joking &&
        !/(?<![^ ])(?:self harm|self-harm|suicidal|suicide|cutting|wrists)(?![^ ])/.test(near)
      )
        continue;
      if (
        (r.name === 'grooming' || r.name === 'stranger' || r.name === 'harmed_pupil') &&
        negatedBefore(a, m.cs, 3)
      )
        continue;
      if (TOPIC_RULES.has(r.name) && isTopic(a, m.cs, m.ce)) continue;
      const prev = scores.get(r.name) ?? 0;
      // corroborating cues of the same family add up (grooming: contact + secrecy + gifts)
      const s =
        prev === 0 ? r.score : Math.min(0.97, Math.max(prev, r.score) + 0.3 * Math.min(prev, r.score));
      scores.set(r.name, s);
      const ev = evidenceOf(a, m, r.name.replace('_', ' '));
      evidence.push(...ev);
      if (s > best) {
        best = s;
        bestRule = r.name;
        why = explain(a, r.why, ev);
      }
    }
  }
  if (best < 0.5) return null;
  return {
    kind: 'safeguarding',
    rule: `safeguarding.${bestRule}`,
    score: clamp01(best),
    evidence: mergeEvidence(evidence),
    explanation: why,
  };
}
