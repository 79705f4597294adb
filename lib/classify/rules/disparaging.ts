/**
 * disparaging: damaging negative statements about the school, its staff or its decisions
 * (SUAT §10, Agora §5.5).
 *
 * Score = AFINN-165 (the `sentiment` package, which handles negation: "not good") with a domain
 * lexicon passed as `extras` (shambles, useless, disgrace, incompetent, clueless, covered up …)
 * + phrase cues of complaint ("is a joke", "did nothing", "avoid this school", "running it into
 * the ground", "lost the plot", "don't send your kids there") + intensifiers ("absolutely
 * useless" counts more). Profanity and violence words are left out of the sum: they are other
 * kinds, and "bloody hell, they smashed it" is praise.
 *
 * Damaging claims weigh in too (CLAIMS): cover-ups ("buried the complaint to protect the
 * Ofsted grade", "parents were never told"), lies and spin, off-rolling and adjusted results,
 * lost credibility or goodwill, "can't be trusted", safety and SEND failures, money ("paying
 * themselves a fortune", "found money for … but not"), and sarcasm (🙃, "very transparent").
 * Short posts sneer without damning words (SNEER, scareQuotes, sneerEmoji): the school's own words in
 * scare quotes ("Kingsmead 'inclusive' 💀", "'welcomes feedback', blocks parents"), predictions of
 * decline ("special measures within two years, calling it now"), a clown or red flag beside the
 * school, morale and turnover ("the head is the common factor"), "an exam factory", dry codas.
 *
 * It needs a target: a pile-on reply that opens by agreeing ("this.", "+1", "same here") is
 * aimed at the thread's target. Otherwise: the school (an @handle, a configured name, "the school", "academy",
 * "trust"), its staff (a titled name, head, teachers, SLT, governors, CEO, office) or its
 * decisions and services (policy, uniform, provision, canteen, communication, Ofsted). Criticism
 * with no target is not disparaging of the school, and a mild complaint ("the bus was late, bit
 * annoying but the driver was lovely") stays below the threshold.
 */
import { FAMILY_ROLES, HARM_WORDS, alt, words } from '../lexicon';
import {
  E,
  NEGATORS,
  T,
  clamp01,
  evidenceOf,
  evidenceTokens,
  explain,
  firstWords,
  hasAny,
  inSportContext,
  matchAll,
  mergeEvidence,
  rx,
} from './common';
import type { Hit } from './common';
import { tokenAt } from '../tokens';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

/** Domain lexicon (AFINN scale −5…+5) passed to `sentiment` as extras. */
export const DOMAIN_EXTRAS: Readonly<Record<string, number>> = {
  shambles: -4,
  shambolic: -4,
  sacked: -2,
  useless: -3,
  disgrace: -4,
  disgraceful: -4,
  disgraced: -3,
  shameful: -4,
  shocking: -3,
  appalling: -3,
  appalled: -3,
  incompetent: -4,
  incompetence: -4,
  clueless: -3,
  failing: -3,
  downhill: -3,
  rubbish: -3,
  pathetic: -3,
  dreadful: -3,
  diabolical: -4,
  farce: -3,
  fiasco: -3,
  chaotic: -2,
  negligent: -4,
  negligence: -4,
  unprofessional: -3,
  unsafe: -3,
  toxic: -3,
  corrupt: -4,
  liar: -3,
  liars: -3,
  lied: -3,
  lying: -3,
  coverup: -4,
  ignored: -2,
  ignoring: -2,
  ignores: -2,
  dismissive: -2,
  arrogant: -3,
  wrecked: -3,
  ruined: -3,
  ruining: -3,
  ruins: -3,
  ripoff: -3,
  overpriced: -2,
  extortionate: -3,
  scandal: -3,
  scandalous: -4,
  disgusting: -3,
  vile: -3,
  disorganised: -3,
  disorganized: -3,
  mismanaged: -3,
  mismanagement: -3,
  nepotism: -3,
  greedy: -3,
  unacceptable: -3,
  inadequate: -2,
  horrendous: -4,
  atrocious: -4,
  laughable: -3,
  joke: -1,
  // the practice exams and inspections of a school year ("the mock inspection stressed the teachers
  // out", "mocks start Monday"), not ridicule: AFINN's -2 made every mention of them a complaint
  mock: 0,
  mocks: 0,
  parasite: -3,
  parasites: -3,
  nonce: -4,
  crook: -3,
  crooks: -3,
  fraud: -3,
  dump: -3,
  hellhole: -4,
  shithole: -4,
  uncaring: -3,
  spineless: -3,
  cowards: -3,
  bullies: -3,
  failed: -2,
  fails: -2,
  worst: -3,
  terrible: -3,
  awful: -3,
  horrible: -3,
  poor: -2,
  bad: -2,
  unhelpful: -2,
  rude: -3,
  shouting: -1,
  chaos: -2,
  mess: -2,
  nightmare: -2,
  avoid: -2,
  ashamed: -2,
  shameless: -3,
  hypocrites: -3,
  hypocrisy: -3,
  unfair: -2,
  sham: -3,
  draconian: -3,
  ridiculous: -2,
  pointless: -2,
  excuses: -2,
  disappointing: -2,
  substandard: -3,
  inexperienced: -2,
  cuts: -1,
  disaster: -3,
  overpaid: -3,
  clowns: -3,
  amateurs: -3,
  amateurish: -3,
  wasting: -3,
  wasted: -2,
  waste: -2,
  crumbling: -3,
  saints: 3,
  angels: 3,
  legends: 3,
  legend: 3,
  superb: 3,
  brilliant: 4,
  lovely: 3,
  supportive: 3,
  helpful: 2,
};

/** Complaint phrases (weights on the same scale). */
const PHRASES: [number, RegExp][] = [
  // "cares" scores +2 in AFINN, so this phrase carries more weight
  [
    -5,
    rx(
      `${T}(?<complaint>only cares? about (?:money|profit|profits|results|league tables|themselves|their reputation|the money|ofsted|image|getting paid))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<complaint>(?:is|are|was|were|'s|its|it's|school's|such) (?:an? )?(?:absolute |total |complete |utter |actual |bit of a |a |fucking |bloody |right |proper )?(?:joke|farce|shambles|disgrace|embarrassment|laughing stock|mess|circus|nightmare|clown show|car crash|sham|disaster|fiasco|shitshow|shit show))${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<complaint>joke of a (?:school|academy|trust|head|headteacher|teacher|place)|laughing ?stock|running (?:it |the school |@org |[^ .]+ )?into the ground|run into the ground|gone (?:right )?downhill|going downhill|lost the plot|lost their minds|on a (?:total |massive |complete )?power trip|covered (?:it )?up|cover(?:ed|ing)? up|cover-up|swept (?:it )?under the (?:rug|carpet)|should be ashamed|ought to be ashamed|should be sacked|needs to be sacked|needs sacking|need sacking|should get the sack|(?:clowns|idiots|amateurs|muppets|cowboys|morons|jokers) running (?:that|this|the) (?:place|school|show|trust|academy)|(?:driven|drove|forced|pushed) out (?:every|all|all the|the|most of the) (?:decent|good|best|experienced) (?:teacher|teachers|staff)|waste of (?:time|money|space)|should resign|needs to go|must go|not fit for purpose|fail(?:ed|ing|s) (?:my|our|the|their|his|her) (?:son|daughter|kids|children|child|pupils|students|boy|girl)(?: completely)?|failing (?:kids|children|pupils|students)|(?:falling|fall|falls|fell) apart|wasting (?:money|time|our money|resources|public money)|let (?:my|our|the) (?:kids|children|son|daughter) down|let down by|let us down)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<complaint>avoid (?:this|the|that) (?:school|academy|place|trust)|avoid @org|avoid(?: [^ .]+){0,3} at all costs|(?:don't|dont|do not|never) send (?:your|ur|any) (?:kids|children|child|son|daughter|kid) (?:to|there)|would(?:n't| not) send (?:my )?(?:dog|kids|child) there|pull(?:ed|ing)? (?:my|our) (?:kids|children|son|daughter|kid) out)${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<complaint>(?:they've|they have|they|school|office|staff|@org|@staff|she|he|they've just|has|have|and) (?:done|did|do|doing) (?:absolutely |literally |sweet )?(?:nothing|fa|f all|nowt|jack)|delivered (?:absolutely |literally )?nothing|(?:no one|nobody|noone) (?:ever )?(?:listens|cares|knows what's going on|knows what is going on|takes responsibility|replies|answers)|won't (?:say|tell us|explain) why|(?:won't|refuse to|refuses to|never) (?:listen|respond|reply|answer)|(?:zero|no) (?:communication|accountability|support|transparency)|something (?:is |'s )?(?:seriously |very |really |badly )?wrong (?:there|at|with(?! (?:me|my|myself|him|her|them|us|our|it)(?![^ ])))|(?:good|best|decent) (?:teachers|staff) (?:have )?(?:all )?(?:left|gone|quit)|(?:\\d+|three|four|five|six) (?:heads|headteachers|teachers) in (?:\\d+|two|three) (?:years|yrs|terms)|(?:but|yet) (?:found|find|had|have|can find|somehow found) (?:the )?money for|(?:just )?stand (?:there|around) and let it happen|let it happen|not good enough|was (?:a )?(?:lovely|good|great|brilliant|decent|nice)(?: [^ .]+){0,3} before|used to be (?:a )?(?:good|great|lovely|decent|brilliant))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<complaint>(?:shite|shit|crap|crappy|shitty|piss poor|rubbish|appalling|terrible|awful|dreadful|non existent|non-existent|nonexistent|zero) (?:communication|teaching|leadership|management|organisation|organization|food|service|support|provision|behaviour management|discipline|safeguarding)|(?:is|are|was|'s|its) (?:absolute |total |utter |proper |actual |complete )?(?:shite|shit|dogshit|crap|crap|bollocks|pants|garbage|trash|rubbish|trash|a dump|a shithole|a hellhole|a zoo))${E}`,
    ),
  ],
  [
    -2,
    rx(
      `${T}(?<complaint>laughing at (?:you|u|him|her|them)|(?:costs|charge|charges|charging) (?:us )?(?:a fortune|an arm and a leg)|nothing (?:even )?works|doesn't work|never works|half the teachers are supply|(?:paying|pay) for it|won't say|no idea what|bleeding (?:us|the school|schools|riverside|it) dry|six figures while|while (?:kids|children|pupils|staff) (?:sit|go|are))${E}`,
    ),
  ],
];

/** Damaging claims: cover-ups, lies, safety and SEND failures, money, sarcasm (same scale). */
const CLAIMS: [number, RegExp][] = [
  [
    -4,
    rx(
      `${T}(?<claim>(?:buried|hid|hidden|hushed up|hushing up|kept quiet about|kept (?:it|this|that) quiet|covering for|covered for|whitewash|whitewashed) (?:[^ .]+ ){0,4}?(?:misconduct|complaint|complaints|incident|incidents|abuse|allegation|allegations|it|report|reports|bullying|assault|truth)|to protect (?:the|their|its) (?:ofsted|grade|reputation|image|league table|results|rating)|(?:parents|we|families) (?:were|was|weren't|werent) (?:never|not) told|kept (?:us|parents|families) in the dark|(?:they|school|@org|he|she|trust) (?:lie|lied|lies|lying) (?:about|to)|(?:pure|just|more) (?:spin|pr|lies)|pr stunt|(?:they|he|she|trust|school) knew about (?:the |it|this)(?: [^ .]+){0,4} (?:for|and did|and said)|off-?rolling|off rolling|offrolling|(?:results|grades|figures|numbers) (?:got |were |was )?'?(?:adjusted|fiddled|massaged|doctored)'?|(?:fiddled|fiddling|massaging|gaming) (?:the )?(?:results|figures|numbers|league tables|data)|so (?:their|the) (?:numbers|results|figures) look good)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<claim>(?:lost|losing) (?:all|every bit of|any|the|their|its) (?:credibility|goodwill|trust|respect|confidence)|(?:can't|cannot|can not|shouldn't|should not) be trusted|(?:nobody|no one|noone|none of them)(?: [^ .]+){0,4} (?:can|should) be trusted|not fit to (?:run|lead|teach|be)|(?<!(?:^| )(?:i|we|i'd|we'd|me) )(?:couldn't|couldnt|could not|couldnae|can't|cant|cannot|cannae|wouldn't know how to) (?:even )?(?:run|organise|organize) (?:a )?(?:bath|bath tap|piss ?up|piss-up|p\\*ss ?up|booze-up|bun fight|raffle|tuck shop|whelk stall|bake sale|school disco)|(?:shouldn't|shouldnt|should not) be allowed (?:anywhere )?near (?:kids|children|pupils)|letting (?:(?:our|the|my|their) )?(?:children|kids|pupils|students|son|daughter) down|(?:support|provision|help) (?:at (?:this|that|the) school )?(?:doesn't|doesnt|does not|don't|dont) exist|(?:lost|losing) (?:my|our|his|her|the) (?:[^ .]+ )?(?:paperwork|forms|application|ehcp|referral|records)|(?:put|land|end up with) (?:a|some) (?:kid|child|pupil) in hospital|(?:paying|pay|paid) themselves (?:a fortune|fortunes|six figures)|(?:on|earning|earns|paid) £\\d+k?(?: [^ .]+){0,8} (?:can't|cant|cannot) afford|make it make sense|total scam|(?:a|such a) scam|(?:rip off|rip-off|ripoff|piss take|p\\*ss take|daylight robbery)|found (?:the )?money for (?:[^ .]+ ){0,6}?but not|in hiding|hiding behind|blocked me|feral|nobody (?:there |here )?(?:actually |really |even )?(?:cares|listens|gives a))${E}`,
    ),
  ],
  // money claims weigh more: "trust" and "fortune" score positive in AFINN
  [-2, rx(`${T}(?<claim>(?:paying|pay|paid) themselves|fat cats?)${E}`)],
  [
    -2,
    rx(
      `${T}(?<claim>very transparent|well done (?:all|everyone|guys|team)(?= 👏| 🙃| 🙄)|oh (?:good|great),? another|if (?:you|u) ignore|(?:don't|dont|do not) put [^ .]+ (?:as )?first choice|if (?:you|u) care about (?:your|ur) (?:kid|kids|child|children)|🙃|🙄)${E}`,
    ),
  ],
];

/**
 * The rhetoric of a damaging post that avoids the damning words (same scale): insinuation ("funny
 * how every teacher who complains ends up leaving", "makes you wonder what's going on"), warnings to
 * other parents ("don't be fooled by the prospectus", "don't bother with them if your child has
 * SEND"), money against children ("spends more on consultants than on teachers", "while the CEO gets
 * a pay rise"), sarcasm with a sting ("love how they listen by ignoring every email", "'Outstanding'
 * my foot", "where complaints go to die"), and leaving ("moved my son to another school").
 */
const RHETORIC: [number, RegExp][] = [
  // "funny" and "love" score positive in AFINN: the insinuation and the sarcasm outweigh them
  [
    -6,
    rx(
      `${T}(?<insinuation>(?:funny|strange|odd|interesting|curious|convenient|amazing|weird|hilarious) how(?: [^ .]+){1,10} (?:leave|leaves|leaving|left|quit|quits|disappear|disappears|disappeared|vanish|vanishes|go quiet|goes quiet|never|nobody|no one|gets ignored|get ignored|ignored|gets buried|buried|gets lost|get lost|gets blamed|blamed|hushed up|swept|stopped|only ever|right before|just before|the same (?:week|month|term|year|few)|went up|goes up|all had|can afford|find a reason|found a reason))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<insinuation>makes? (?:you|u|me|one) (?:wonder|think)(?: what| why| who)?|what(?:'s| is) (?:really|actually) going on|what (?:are|is) (?:they|the school|@org|the trust|the head) (?:hiding|covering)|something(?:'s| is) (?:not|n't) right|doesn't add up|does not add up|speaks volumes|says it all|tells you (?:all|everything) you need to know|draw your own conclusions|ask yourself why|ask yourselves why|(?:i )?wonder why)${E}`,
    ),
  ],
  [
    -5,
    rx(
      `${T}(?<warning>(?:don't|dont|do not) be (?:fooled|taken in|sucked in) by|(?:don't|dont|do not) believe (?:the|their|a word of the) (?:hype|website|prospectus|brochure|open evening|newsletter|spin)|look past the (?:[^ .]+ )?(?:prospectus|website|brochure|open evening|shiny)|(?:is|are|was|were) (?:not|nothing like|n't) what (?:the|their|its) (?:open evening|open day|website|prospectus|brochure|ofsted report|newsletter|advert|adverts|tour) (?:makes it look|make it look|made it look|makes it out|says|said|suggests|promises|promised|claims|claimed)|(?:don't|dont|do not) (?:bother|waste your time) with (?:@org|them|this school|that school|the school|this academy|that academy|[^ .]+ academy))${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<money>(?:spend|spends|spent|spending|waste|wastes|wasted|blow|blows|blew) (?:more |far more |thousands |millions |a fortune )?on (?:[^ .]+ ){1,5}?(?:(?:than|but not|instead of|while) (?:on )?(?:actual |real |our |the )?(?:teachers|teaching|kids|children|pupils|books|repairs|the roof|classrooms|staff|support|send)|(?:but not|rather than|instead of|than) on)|while (?:the |our |their )?(?:@org |[^ .]+ )?(?:ceo|head|heads|headteacher|executives|execs|exec|trust|leaders|leadership|slt|board|directors) (?:gets?|got|takes?|took|pockets?|pocketed|awards? themselves|awarded themselves|enjoys?) (?:a |an |another |their |his |her )?(?:pay rise|payrise|bonus|bonuses|raise|six figures|six-figure|big salary|salary|new car|expenses)|(?:consultants|rebranding|a rebrand|new logo|vanity project|vanity projects)(?: [^ .]+){0,6} (?:while|but|instead))${E}`,
    ),
  ],
  [
    -6,
    rx(
      `${T}(?<sarcasm>(?:love|loving|great|nice|lovely) (?:how|the way|to see how) (?:@org|@staff|they|the school|the trust|the head|school|staff|the office|leadership|slt)(?: [^ .]+){0,10} (?:ignore|ignores|ignoring|ignored|nothing|excuses|blame|blames|blaming|hides|hiding|lie|lies|lying|charge|charges|charging|cancel|cancels|cancelled|never (?:reply|replies|answer|answers|listen|listens))|(?:outstanding|good|caring|inclusive|nurturing|listening|family|world class|world-class)(?: [,"'])? my (?:foot|arse|backside|eye)|where (?:complaints|concerns|emails|ambition|hope|good teachers|children|kids|dreams) (?:go|goes) to die|(?:bullying|drugs|vaping|fighting|racism|chaos|cheating) (?:is |are )?(?:rife|rampant|everywhere|out of control|unchecked))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<leaving>(?:moved|moving|took|taken|taking|pulled|pulling) (?:my|our|both my|both our|all my|all our) (?:son|daughter|kids|children|child|boy|girl|boys|girls|twins|lad) (?:out|elsewhere|from (?:[^ .]+ ){1,4}?to(?! @org)|to (?:another|a different|a better|a proper|a new) school))${E}`,
    ),
  ],
  [
    // "care" scores +2
    -5,
    rx(
      `${T}(?<claim>(?:nobody|no one|noone)(?: [^ .]+){0,3} (?:(?:seems to|seem to|appears to|bothers to|bother to|wants to|want to) (?:care|listen|notice|bother|take responsibility)|(?:seems|seem|is|appears|is even|seems remotely) (?:bothered|interested|accountable|responsible)))${E}`,
    ),
  ],
  [
    // selective telling and unanswered parents: "only publishes the good results", "hasn't answered
    // a parent's email since September"
    -5,
    rx(
      `${T}(?<claim>only (?:publish|publishes|published|share|shares|shared|post|posts|posted|mention|mentions|tell|tells|told|show|shows|showed) (?:you |us |parents |families )?the (?:good|positive|nice|best)|(?:hasn't|haven't|has not|have not|never|still not|still hasn't|still haven't) (?:answered|replied to|responded to|returned|acknowledged|read) (?:a|any|our|a single|parents'|parent's|parent 's|parents 's) (?:[^ .]+ ){0,2}(?:email|emails|call|calls|message|messages|letter|letters|complaint|complaints))${E}`,
    ),
  ],
];

/**
 * More of the same rhetoric (2026-12-02, sixth session): good at the show and bad at the job
 * ("brilliant at press releases, hopeless at answering parents"), star ratings, a reputation coasted
 * on, a governing body that is "decoration", no teacher for a subject since the autumn, a service
 * "quietly" stopped, "you're not fooling anyone", a P45 deserved, another school recommended instead.
 */
const RHETORIC_MORE: [number, RegExp][] = [
  [
    -5,
    rx(
      `${T}(?<contrast>(?:brilliant|great|good|excellent|award-winning|award winning|amazing|fantastic|superb|world-class|world class|outstanding|slick|very good|first class|top) at (?:[^ .]+ ){1,5}?(?:,|but|and|yet) (?:hopeless|useless|rubbish|terrible|awful|dreadful|appalling|clueless|shocking|pathetic|crap|shite|woeful|abysmal|poor|bad|not so good|less good) at)${E}`,
    ),
  ],
  [
    -4,
    // a review's score, not "Year 1 star of the week"
    rx(
      `(?<!(?:year|yr|score|scored|scoring|got|get|getting|only) |y)${T}(?<rating>★☆☆☆☆|★★☆☆☆|⭐☆☆☆☆|(?:0|1|zero|one) ?(?:/ ?10|out of (?:10|ten|5|five))(?! (?:on|in) )|(?:0|1|zero|one) stars?(?= [.,!]| for| from| review|$))${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<claim>coasting on (?:an old|its old|its|their|their old|a|past|an outdated) (?:reputation|name|results|ofsted)|resting on (?:its|their) laurels|(?:is|are|was|just) (?:decoration|window dressing|a rubber stamp|a tick-box exercise|a tick box exercise|box-ticking|box ticking)|(?:quietly|secretly|sneakily) (?:stopped|dropped|scrapped|cut|removed|axed|changed|closed|ended|binned)(?! (?:by|in|off|for|at|round|over|out)(?![^ ]))|(?:you're|youre|you are|they're|theyre|they are|@org is|@org are) (?:not fooling anyone|fooling no one|fooling nobody)|(?:deserves?|needs?|should (?:get|be given)) (?:a|his|her|their) p45)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<claim>(?:had|have had|has had|been|gone|going|with) (?:no|without an?) (?:permanent |proper |qualified |specialist |real )?(?:[^ .]+ )?(?:teacher|teachers) (?:since|for) (?:september|october|november|december|january|february|march|april|may|june|july|christmas|easter|half term|the start|months|weeks|a term|two terms|a year|most of)|(?:had|have had|has had) supply (?:teachers )?(?:for|in) (?:[^ .]+ ){1,2}?since)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<warning>(?:look at|go to|try|consider|choose|pick|apply to) (?:the )?(?:[^ .]+ ){0,4}?(?:school|college|academy|primary|one) (?:in town |down the road |up the road |next door |nearby |across town )?instead|(?:the )?difference (?:is|was) (?:like )?night and day)${E}`,
    ),
  ],
];

/**
 * Sarcasm that closes a complaint in a sentence of its own ("Meanwhile the trust's got a new office.
 * Priorities.", "Pure coincidence, I'm sure.", "Work it out."), and set phrases of the same bite: "tells
 * you exactly where the priorities are", "all arse and no trousers", "must be why you've lost nine of
 * them", a glossy front with nothing behind it, a leader paid "more than the prime minister".
 */
const SARCASM: [number, RegExp][] = [
  [
    -5,
    rx(
      `(?:^|[.!?] )(?<coda>(?:priorities|value for money|shocked(?: , i tell you)?|shocker|what a surprise|what a shock|who'd have thought|go figure|funny that|imagine that|(?:pure |total |complete )?coincidence(?: , i'm sure| i'm sure)?|i'm sure|but sure|worth knowing|work it out|you couldn't (?:write|make) it(?: up)?|make (?:it|that) make sense|says it all(?: really)?|speaks volumes|do better|strange that|odd that|interesting that|draw your own conclusions|ask yourself why|oh wait|nothing to see here(?: , obviously)?|(?:stellar|great|top|inspiring|strong|outstanding|amazing|fantastic|visionary|true) leadership(?: there)?|these are the people (?:making decisions|in charge|running)(?: [^ .]+){0,4})) ?(?:[.!?]+|$)`,
    ),
  ],
  [
    -5,
    rx(
      `${T}(?<sarcasm>tells (?:you|u|me|us) (?:exactly |all you need to know |everything )?(?:where|what|about|how)(?: [^ .]+){0,3} (?:priorities|matters|cares|stand)|all (?:arse|mouth|fur coat|talk|show|fur coat) and no (?:trousers|knickers|action|substance|teaching)|(?:earns|earn|paid|gets|get|on) more than the prime minister)${E}`,
    ),
  ],
  // "… must be why three of us have been ignored since June": with a complaint beside it
  [-3, rx(`${T}(?<sarcasm>must be why)${E}`)],
  [
    -4,
    rx(
      `${T}(?<front>(?:great|lovely|nice|beautiful|gorgeous|stunning|amazing|slick|polished|glossy|fancy|shiny|brilliant) (?:website|mission statement|banners|banner|prospectus|blazers|brochure|logo|sign|signs|newsletter|open evening)(?: [^ ]+){0,10} (?:shame|but the|the actual|nobody|can't|cannot|never|doesn't|don't))${E}`,
    ),
  ],
];

/**
 * The damaging claims of a parent or ex-employee who writes calmly (2026-12-03): staff leaving in
 * numbers ("three heads of maths in two years", "hiring season never ends"), off-rolling by its
 * euphemisms ("taken off roll", "reduced timetables", "happier elsewhere", "the ones who weren't
 * counted"), money set against children ("can afford a marching band but not a therapist", "exec pay
 * up 11% in the same year they cut TA posts", "£2m in reserves, apparently"), the people who should
 * have known not being told ("governors were never shown", "we found out from the local paper"),
 * reviews ("would not recommend", "2/10", "1/5 for leadership"), warnings to parents ("keep copies
 * of every email", "get everything in writing") and the dry codas that close such a post
 * ("Allegedly.", "Make of that what you will.", "Lovely timing.", "Ask why.").
 */
const CALM_CLAIMS: [number, RegExp][] = [
  [
    -4,
    rx(
      `${T}(?<claim>(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:heads|headteachers|head teachers|heads of [^ .]+(?: [^ .]+)?|sencos|senco|deputies|principals|teachers|members of staff|staff|(?:maths|english|science|pe|music|art) teachers|(?:maths|english|science) teachers|tas|teaching assistants|people|colleagues) (?:have )?(?:left |gone |quit |walked out )?(?:in|since|within|over) (?:\\d+|one|two|three|four|five|a|the last|one|the) (?:years?|terms?|months?|summer|year|academic year|school year)|(?:staff|teachers|good teachers|the good ones|colleagues|people) (?:are )?(?:leaving|left|quitting|walking out|walked out) in (?:droves|numbers|their droves)|(?:queuing|queueing|lining) up to leave|(?:staff|teacher|teachers) exodus|the exodus|revolving door|(?:always|constantly|forever) (?:hiring|recruiting|advertising)|hiring (?:again|season never ends|season)|(?:vacancy|vacancies) (?:since|in) (?:[^ .]+ ){0,2}(?:easter|christmas|september|january|the summer|half term)|keeps? (?:driving|pushing|forcing) (?:them|staff|teachers|people) out|(?:lose|lost|losing) (?:its|their|the|a) (?:entire|whole) (?:[^ .]+ )?(?:department|staff|team))${E}`,
    ),
  ],
  [
    -5,
    rx(
      `${T}(?<claim>(?:taking|took|taken|take|takes|struck|removed|coming) (?:[^ .]+ ){1,3}?off (?:the )?(?:school )?roll|(?:weren't|wasn't|aren't|isn't|not) on the (?:school )?roll anymore|(?:reduced|part-time|part time) timetables?(?: [^ .]+){0,8} (?:never|still|for months|three terms|all year|not an exclusion|isn't an exclusion)|(?:the ones|those) (?:they|the school) (?:kept|keep|let stay)|(?:results|figures|data|league table) (?:only )?(?:include|exclude|leave out|don't count|doesn't count)|(?:doesn't|don't|never) (?:show up|appear) in the (?:league table|results|figures|data)|protect the school's (?:headline )?(?:figures|results|numbers|data)|(?:predicted|predicted grades) (?:under|below) a \\d)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<money>(?:can|could|can somehow|somehow) (?:afford|find (?:the )?money for|pay for) (?:a |an |the )?(?:[^ .]+ ){1,8}?but not|(?:pay|salary|salaries|bonus|bonuses) (?:[^ .]+ ){0,3}?(?:up|rose|rise|went up|increased|jumped) (?:by )?\\d+ ?%|(?:in the same|same) (?:year|month|term|week) (?:they|the trust|the school|it|@org|the head) (?:cut|cuts|axed|lost|closed|scrapped|made (?:[^ .]+ ){1,3}redundant|let (?:[^ .]+ ){1,3}go)|(?:reserves|in the bank|surplus|in savings)(?: ,)? apparently|(?:new|a new|fresh|shiny) (?:logo|strapline|website|signage|signs|sign|branding|rebrand|office|atrium|head office|banner|banners)(?: [^ .]+){0,14} (?:while|but|yet|meanwhile|still)|(?:let|lets|letting) (?:[^ .]+ ){0,4}(?:ta|tas|teaching assistant|teaching assistants|librarian|teacher|teachers|staff|therapist|counsellor) go)${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<claim>(?:governors|the governors|the board|trustees|staff|parents|families|we|the la|the local authority|nobody|no one|inspectors|ofsted) (?:weren't|were not|wasn't|was not|were never|was never|never|haven't been|have never been) (?:told|shown|informed|consulted|asked|given|sent)|found out (?:from|via|through|on|in) (?:the )?(?:local )?(?:paper|papers|news|facebook|radio|press|a leak|twitter)|(?:has|have|had) no record of|(?:report|reports|complaint|complaints|letter|email|emails) (?:was|were|got|get) (?:lost|deleted|binned|ignored|buried|never (?:logged|recorded|discussed|answered))|(?:never|wasn't|was not|weren't) (?:discussed|minuted|recorded|logged) (?:at|in|by)|(?:lawyers|solicitors) (?:have been|were|got) in touch)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<rating>would(?:n't| not) (?:recommend|send (?:my|a|any) [^ .]+|work there again)|(?:0|1|2|zero|one|two) ?/ ?(?:5|10)(?= for| [.,!]|$)|⭐ out of (?:5|five|10|ten)|(?:0|1|2|zero|one|two) stars? (?:for|out of))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<warning>(?:keep|kept) (?:copies of )?(?:every|all (?:the|your)|the) (?:email|emails|letter|letters|message|messages)|get everything in writing|keep a diary of|(?:speak|talk) to the (?:families|parents|ones) who (?:left|moved)|(?:before|until) you (?:sign anything|choose|apply)|(?:ask|check) (?:to see )?(?:the )?(?:hub|unit|provision|staff list|how many teachers) (?:on a normal|have left|from two years))${E}`,
    ),
  ],
  // codas that need a complaint beside them: "Just saying." also closes a threat or a wish
  [
    -2,
    rx(
      `(?:^|[.!?] )(?<coda>(?:allegedly|just saying|make of (?:that|it|this) what you (?:will|want|like)|three guesses(?: [^ .]+){0,6}|(?:that )?tells you everything|lesson learned|ask (?:why|when|who|how many)(?: [^ .]+){0,4}|watch their faces|give it (?:a year|two years|six months))) ?(?:[.!?]+|$)`,
    ),
  ],
  // codas whose irony is the complaint: "Probably a typo.", "Very independent.", "Was it though?"
  [
    -4,
    rx(
      `(?:^|[.!?] )(?<coda>(?:probably a typo|lovely timing|great timing|(?:just )?facts ,? no comment|(?:just )?putting the numbers side by side|that's your answer|not expecting an answer|never get one|very (?:independent|transparent|convenient|reassuring)|was it (?:though|tho)|what are they (?:scared|afraid) of|who nominated (?:you|them)(?: ,)?(?: [^ .]+)?|i'm sure it's (?:a|just a|pure) coincidence)) ?(?:[.!?]+|$)`,
    ),
  ],
  // euphemisms that need a complaint beside them: "would be happier elsewhere" can be kind advice;
  // deleting comments is a grievance in a threat as often as in a complaint
  [
    -2,
    rx(
      `${T}(?<claim>(?:delete|deletes|deleted|deleting) (?:my |our |parents' |the )?(?:comments?|posts?|reviews?)|(?:happier|better off) elsewhere|not a (?:good )?fit for (?:year|the sixth|sixth|us)|(?:wasn't|weren't|isn't|aren't) (?:counted|included))${E}`,
    ),
  ],
];

/**
 * The sneers of a short damaging post (2026-12-04, third session, from the misses of a new training
 * file, data/train-next/school-synth-32): predictions of decline ("special measures within 18
 * months", "give it two years and they'll be swallowed up", "calling it now"), sneering emoji about
 * the school ("🤡 SLT 🤡", "#RiversideLT 🚩🚩🚩", "results day 📉📉📉"), morale and staff ("more supply
 * teachers than real ones", "the head is the common factor", "morale has gone"), a school gone to the
 * dogs or "not that school anymore", families leaving ("every parent I know with a SEND kid has
 * left"), a school that is "an exam factory" or "a franchise", children seen as data points,
 * detentions "for breathing", the comments deleted, the deficit the report forgot, and the dry codas
 * ("Didn't think so.", "Classy.", "Figures.").
 */
const SNEER: [number, RegExp][] = [
  [
    -5,
    rx(
      `${T}(?<!out of )(?<prediction>(?:special measures|rebrokered|re-brokered|taken over|shut down|closed down|swallowed up|merged|academised|inadequate|in the papers|on the news)(?: [^.]+?)?(?<! out of) (?:within|in|by|inside) (?:\\d+|a|one|two|three|four|five|six|eighteen|twelve|the next) (?:months?|years?|terms?|yrs?)|give (?:it|them|@org|[^ .]+) (?:a|one|two|three|six|\\d+) (?:years?|months?|terms?|yrs?)(?: ,| \\.| and| before)? (?:[^.]+ )?(?:special measures|rebrokered|taken over|swallowed up|shut down|closed down|closing|merged|the school everyone|failing|inadequate|warns? about)|(?:special measures|rebrokered|inadequate|the school everyone warns about)(?: [^.]+)?[.!,]? (?:calling it now|mark my words|screenshot this|you heard it here first|wait and see|watch this space))${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<claim>morale (?:has |is |'s )?(?:gone|rock bottom|at rock bottom|through the floor|on the floor|non-existent|non existent|zero|dead|shot)|(?:you know )?morale has gone|more supply (?:teachers |staff )?than (?:actual|real|proper|permanent) (?:teachers|ones|staff)|(?:the )?(?:head|headteacher|principal|ceo|slt|leadership|management|trust|governors|@staff)(?: is| are|'s)? the common (?:factor|denominator)|(?:loses|lose|losing|lost) (?:good|great|the best|decent|brilliant) (?:teachers|staff)(?: like)?|(?:heads|teachers|staff|senco|sencos) come and go|(?:staff|teachers|the staff|the teachers)(?: i know)? (?:are )?(?:all )?(?:burnt|burned) out|(?:burnt|burned) out to a crisp)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<decline>gone to (?:pot|the dogs|pieces|rack and ruin|seed)(?! ,? literally)|gone down the (?:pan|drain|toilet|swanny|plughole)|gone (?:right )?saft|(?:is|it's|its) not (?:that|the same) school any ?more|(?:has|it's|its|it has) (?:got|gotten) (?:worse|so much worse)|a shadow of (?:its|it's|their|her|his) former self|(?:is|was|are|it's) (?:a )?sinking ship|in (?:free ?fall|freefall)|rudderless|dragging (?:the place|the school|the trust|it|@org|everyone|us|them|the whole place|[^ .]+ school) (?:down|backwards)|promoted (?:well |way |far )?(?:past|beyond) (?:his|her|their) (?:ability|competence|depth)|out of (?:his|her|their) depth|(?:hasn't|has not|haven't|have not|doesn't have|don't have|not) (?:got )?a clue|(?:is|are) drifting)${E}`,
    ),
  ],
  [
    -4,
    rx(
      `${T}(?<leaving>(?:every|all the|most) (?:parent|parents|family|families|mum|mums)(?: i know)?(?: [^ .]+){0,5} (?:has left|have left|have moved|has moved|is leaving|are leaving|is planning to|are planning to|left)|(?:moved|sent|took|pulled) (?:both (?:mine|of mine|of ours)|all (?:mine|three|of mine)|me youngest|me eldest|my youngest|my eldest|our youngest|our eldest|mine) (?:out|from|to|away)|to get away from (?:it|them|there|that school|that place|@org)|(?:is|was) the only option (?:we're|we are|we'll be|i'm|we'd be) moving|tell (?:you|parents|us) to look (?:at other schools|elsewhere))${E}`,
    ),
  ],
  [
    -5,
    rx(
      `${T}(?<claim>(?:isn't|is not|isnt|it's not|its not|not) a school(?: [.,])? (?:it's|its|it is|just) (?:an? )?[^ .]+|(?:is|it's|its|just|more like) (?:an? )?(?:exam factory|sausage factory|franchise|cash cow|money[- ]making (?:exercise|machine|scheme)|business first)|see (?:your|our|my|the|their) (?:kid|kids|child|children|pupils|students) as (?:a )?(?:data points?|numbers?|statistics|stats|cash|cash cows?|a number|income)|(?:detention|detentions|isolation|sanctions|sanctioned|punished|excluded) for (?:breathing|nothing|sneezing|blinking|smiling|existing|the wrong (?:socks|shoes|coat|hair|colour|color|bag))|(?:don't|dont|doesn't|doesnt|do not|does not|can't|cant) (?:even )?know (?:our|their|my kid's|my son's|my daughter's|the kids'|the kids 's|the children's|the children 's|pupils') names|(?:deletes?|deleted|deleting|removes?|removed|hides?|hid) (?:every|all the|any|all) (?:critical|negative|bad|honest|awkward)? ?(?:comment|comments|review|reviews|post|posts)|(?:forgot|forgets|failed|fails|neglected) to mention (?:the )?(?:deficit|debt|cuts|redundancies|complaints?|results|exclusions)|(?:has|have|got|get) more (?:away days|inset days|meetings|holidays|consultants|jollies|awaydays) than|(?:cost|costs|costing|spent|spend) more than (?:my|our|a|the|his|her) (?:[^ .]+ ){0,2}(?:class|classroom|department|school|year group)(?: 's)? (?:budget|budgets)|if (?:@org|it|this school|that school|they|[^ .]+) (?:were|was) an? (?:restaurant|business|company|hotel|shop|takeaway|pub|football club)(?: [^ .]+){0,6} (?:shut|closed|bust|bankrupt|out of business|sacked|gone under|zero stars|relegated))${E}`,
    ),
  ],
  // codas whose irony is the complaint, in a sentence of their own ("Didn't think so.", "Classy.")
  [
    -4,
    rx(
      `(?:^|[.!?] )(?<coda>(?:didn't|didnt|did not) think so|thought not|classy|cosy|cozy|figures|nice poster though|nice try|good luck with that|resilience indeed|read between the lines|(?:that|which) should tell (?:the )?(?:parents|you|everyone|people) something|(?:it's|its) designed that way) ?(?:[.!?]+|$)`,
    ),
  ],
  [-2, rx(`(?:^|[.!?] )(?<coda>h+m+|hmm+|just wondering|funny|interesting) ?(?:[.!?]+|$)`)],
];

/**
 * More sneers (2026-12-04, fourth session), in the registers a comms lead hears every week: the
 * surface praised to damn the substance ("lovely building, shame about what goes on inside", "very
 * good at press releases, less good at schools", "outstanding at spin", "there for the photos,
 * vanishes when there's a problem"), nobody's first choice ("the school you pick when your first choice says
 * no"), leaving as the best decision ("best thing about it is the road out", "moving him was the best
 * decision we made"), sarcasm markers ("'family of schools' my foot", "#X more like #Y"), and
 * insinuating codas ("make of that what you will", "tells you everything", "draw your own
 * conclusions"). Later that session, from a new training file's misses (school-synth-35): a school
 * renamed for what it has become ("more like Kingsmead Detention Centre") or likened to a prison or
 * a conveyor belt, "a total racket", "everything they touch turns to dust", "a masterclass in
 * breaking it", "lost its heart", warnings to prospective parents ("do NOT pick it", "word of
 * warning if you're considering X"), families who left and "never looked back", "don't believe a
 * word", "taking the piss", and codas ("let that sink in", "explains a lot", "words are cheap",
 * "you're fooling nobody", "thanks for nothing"). Moving a child from another school TO this one is
 * praise of it, not a complaint. And everyday idioms of a damning complaint: "cook the books",
 * "steer clear", "needs new leadership", "no idea what goes on in her own school", "cares more about
 * X than whether…", "still getting away with this", "another genius decision", "nobody believes a
 * word", "the audacity", "this aged well", "with a straight face", "enough is enough", "pure spin".
 */
const SNEER_MORE: [number, RegExp][] = [
  [
    -4,
    rx(
      `${T}(?<claim>(?:shame|pity) about (?:what (?:goes on|happens) (?:inside|in there|behind the doors|in the classrooms)|the (?:teaching|teachers|staff|leadership|management|results|behaviour|rest of it|education|head|slt|trust))|(?:very |really |so |dead |brilliant(?:ly)? |great |good )?(?:good|great|brilliant|excellent|outstanding) at (?:press releases|pr|photo ops|photos|spin|marketing|newsletters|open evenings|tweeting|posting|selfies|glossy brochures|brochures|slogans|hashtags)(?: [^.]+?)?(?: [.,;])? (?:less|not so|not as|not very|rubbish|terrible|useless|hopeless|awful|shocking) (?:good |great )?at|(?:only|just) (?:outstanding|good|excellent|great) at (?:spin|pr|marketing|pretending|covering up|hiding things|photos)|(?:smiles|smiling|turns up|shows up|appears|there|present) for (?:the )?(?:photos|photo ops?|cameras|press|newsletter|open evening)(?: [^.]+?)?(?: [,;.])? (?:vanishes|disappears|nowhere to be seen|hides|missing|gone|never there|invisible))${E}`,
    ),
  ],
  // ("best" scores +3 in AFINN, so these carry more weight)
  [
    -6,
    rx(
      `${T}(?<claim>(?:the )?(?:school|one|place) you (?:pick|choose|get|end up with|go to) when (?:your|you're|ur|the) (?:first|second|real) (?:choice|choices) (?:says no|say no|falls? through|fills? up|turns? you down|won't have you)|(?:nobody's|nobodys|no one's|no-one's|noones|nobody 's|no one 's) first choice|(?:a |the )?last resort (?:school|option)|best (?:thing|part) about (?:@org|it|that school|this school|the school|that place|[^ .]+) is (?:the (?:road|bus|way|drive|exit) (?:out|home|away)|leaving|the holidays|going home|the exit)|best (?:decision|thing|move) (?:i|we) (?:ever )?(?:made|did|have made|'ve made|'ve ever made)(?: [^.]+?)? (?:was |is |were )?(?:leaving @org|(?:moving|pulling|taking) (?:him|her|them|mine|ours|both|my [^ .]+|our [^ .]+)(?: out)? (?:out of|from|away from) (?:@org|there|that school|that place))|(?:moved|moving|pulled|taking|took) (?:him|her|them|mine|ours|both(?: of)?(?: mine| ours| them)?|my [^ .]+|our [^ .]+)(?: out)? (?:from|out of|away from) (?:@org|there|that school|that place)(?: [^.]+?)?(?: [.,!])? best (?:decision|thing|move) (?:i've|we've|i|we|ive|weve) (?:ever )?(?:made|make|did))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<claim>(?:@org|school|schools|trust|academy|community|family|inclusive|inclusion|outstanding|listening|transparent|caring|nurturing|supportive|support|values|excellence|consultation|review|voluntary|calm|purposeful|strategic|ambition|ambitious|world-class|pastoral|improving|safe|child-centred|wellbeing|partnership)(?: [^ .]+){0,2} my (?:foot|arse|backside|eye)(?= [.!,?]|$))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<coda>(?:(?:make of that|make of it) what you (?:will|want|like)|draw your own conclusions|(?:that )?tells you (?:everything|all you need to know)|(?:says|speaks) volumes|enough said|i'll say no more|(?:or maybe|maybe) (?:she|he|they) (?:already )?knows?(?: why)?|be careful what you wish for|ask (?:them|her|him|the school|the trust|@org|@staff) why)(?= [.!?,]|$)|(?:tells|says|tell) you (?:everything|all) (?:you need to know )?about (?:how|the way|what|why|@org|@staff|that place|this place|the school|the trust|the head|the leadership|their|its))${E}`,
    ),
  ],
  // a school renamed for what it has become ("Kingsmead Academy lol more like Kingsmead Detention
  // Centre"), or likened to a prison; "lol" scores +3 in AFINN, so these weigh more
  [
    -6,
    rx(
      `${T}(?<claim>@org(?: [^ .]+){0,2} more like (?:@org |the |an? )?(?:[^ .]+ )?(?:prison|prisons|detention centre|borstal|zoo|circus|asylum|nightmare|joke|factory|dump|hellhole|boot camp|army camp|sweatshop|madhouse|mess|shambles|pit)|(?:feels like|is|it's|its|more like|basically|just|literally) (?:a|an) (?:[^ .]+ )?(?:prison|borstal|detention centre|boot camp|army camp|sweatshop|(?:results |exam )?conveyor belt)(?! (?:visit|visits|drama|trip|lesson|escape|cell|cells|set|museum|themed|film|play))|(?:is a|it's a|its a|what a|a total|total|an absolute|a complete|is an absolute) (?:racket|scam|rip-off|rip off|swindle|con job)|everything (?:the )?(?:@org|they|it|the trust|she|he) touches turns to (?:dust|shit|ash|ashes|rubbish|ruin)|(?:a )?masterclass in (?:taking|breaking|how not to|ruining|destroying|spin|arrogance|incompetence)|(?:hollowed|hollowing|hollows) out (?:every|the|our|its|each)|lost (?:its|it's|their|the) (?:mind|minds|marbles|way|soul|heart))${E}`,
    ),
  ],
  // warnings to prospective parents and families who left ("do NOT pick it", "word of warning if you're
  // considering", "moved my two to X and it's night and day", "don't believe a word")
  [
    -5,
    rx(
      `${T}(?<claim>(?:do not|don't|dont|never) (?:pick|choose|apply (?:to|for)|put down|go near|bother with) (?:@org|that school|this school|that place)(?!(?: [^ .]+){0,3} (?:up|off)(?![^ ]))(?! (?:at|on|from))|(?:nobody|no one|no parent|no-one) should (?:send|put) (?:their|a|your) (?:kids|children|child|kid|son|daughter)|(?:word of warning|be warned|a warning|fair warning)(?: [^ .]+){0,2} (?:for|to|if|before) (?:anyone|you're|you are|parents|you)(?: [^.]+?)? (?:considering|looking at|thinking (?:of|about)|choosing|applying (?:to|for)|moving to) (?:@org|that school|this school|(?:sending|putting) (?:your|ur|a) [^ .]+ (?:to|in) @org)(?= [.,:!?;-]|$| for | if | with )|(?:moved|moving|pulled|took|taken) (?:him|her|them|mine|ours|both|my [^ .]+|our [^ .]+)(?: out)? (?:from|out of) @org(?: [^.]+?)? (?:night and day|never looked back|wish (?:we'd|we had|i'd|i had) (?:done it|moved|gone) (?:sooner|earlier|years ago)|should have (?:done it|moved) (?:sooner|years ago))|(?:don't|dont|do not) believe a (?:single )?word (?:of|they say|she says|he says|@org))${E}`,
    ),
  ],
  // codas that insinuate, in a sentence of their own
  [
    -3,
    rx(
      `(?:^|[.!?,] )(?<coda>(?:that )?explains a lot|work that one out|let that sink in(?: for a (?:minute|moment|second))?|(?:you )?(?:genuinely |honestly |literally )?(?:could not|couldn't|couldnt|can't|cannot) make it up|words are cheap|actions speak louder than words|priorities eh|(?:you're|you are|they're|they are) fooling (?:precisely |absolutely )?(?:nobody|no one)|thanks for nothing|everyone knows what (?:that|this|it) (?:is|means)) ?(?:[.!?]+|$)`,
    ),
  ],
  [-4, rx(`${T}(?<claim>(?:are|is|'re|been|keep|keeps) taking the (?:piss|mick|mickey))${E}`)],
  // everyday idioms of a damning complaint (2026-12-04, fourth session)
  [
    -4,
    rx(
      `${T}(?<claim>(?:cook|cooks|cooked|cooking) the books|steer (?:well )?clear of (?:@org|that school|this school|that place|them|it)|needs? (?:new|better|proper|different) (?:leadership|leaders|management|a new head)|(?:no|not a) (?:idea|clue) what(?: 's| is)? (?:goes|going|happens|happening) on in (?:her|his|their|its) own|cares? more about (?:[^ .]+ ){1,6}?than (?:whether|the kids|the children|pupils|learning|education|teaching|us|our kids|the students)|only cares? about (?:you|u|kids|children|pupils|students|the ones|the kids) (?:if|who|that|when)|still (?:getting|get|gets) away with (?:this|it|murder)|(?:none|not a word|not one word) of (?:it|this|that) (?:is )?true|another (?:genius|brilliant|great|stellar|inspired|wonderful) (?:decision|idea|move|plan)|@staff out(?= [.!]|$))${E}`,
    ),
  ],
  [
    -3,
    rx(
      `${T}(?<claim>the (?:sheer )?audacity|(?:this|that) aged well|with a straight face|enough is enough|god help (?:you|them|your kid|your child) if|believe the stories|(?:nobody|no one|noone) believes (?:it|this|you|them|a word)|(?:is|it's|its|all|just|pure|more) spin(?= [.!,]|$)|spin first|(?:^|[.!?] )now do (?:the|your))${E}`,
    ),
  ],
];

/** Emoji that sneer at whatever they sit beside: a clown, a red flag, a thumb down, a falling chart. */
const SNEER_EMOJI = new Set(['🤡', '🚩', '👎', '📉', '🤮', '💩', '🗑']);
/** A clown for charity or a party, not for the leaders. */
const RE_CLOWN_FUN =
  /(?<![^ ])(?:red nose|comic relief|children in need|circus|clowns?|costume|costumes|dress up|dressing up|face paint|face painting|party|disco|fancy dress|world book day|panto|pantomime)(?![^ ])/;

/** Sneering emoji about the school: beside the target ("🤡 SLT", "@org 👎"), or three in a short post. */
function sneerEmoji(a: Analysis, targets: readonly { cs: number }[]): Evidence[] {
  const at: number[] = [];
  a.tokens.forEach((t, i) => {
    // a thumb down for a lost match is sport's
    if (t.kind !== 'symbol' || !SNEER_EMOJI.has(t.norm)) return;
    if (t.norm !== '👎' || !inSportContext(a, a.tokStart[i] ?? 0)) at.push(i);
  });
  if (at.length === 0 || RE_CLOWN_FUN.test(a.canon)) return [];
  // beside the target, or three or more in a short post ("@org results day 📉📉📉")
  const near = at.some((i) => targets.some((g) => Math.abs(tokenAt(a, g.cs) - i) <= 3));
  const words = a.tokens.reduce((n, t) => n + (t.kind === 'word' ? 1 : 0), 0);
  if (!near && !(at.length >= 3 && words <= 15)) return [];
  return at.slice(0, 3).map((i) => evidenceTokens(a, i, i, 'sneer'));
}

/**
 * Scare quotes: the school's own words held up to mock ("Kingsmead 'inclusive' 💀", "'outstanding'
 * 🤡", "Brookside 'welcomes feedback', blocks parents on Facebook", "'strategic workforce planning' =
 * sacking TAs"). A quoted stretch (single or double quotes; an apostrophe inside a word is not one)
 * holding a word of the school's self-praise or its euphemisms, with a sneer after it: an emoji or
 * a word of disbelief (-6), or a contradiction, which needs a complaint or no praise beside it (-4).
 * Not where the post celebrates ("'Outstanding' again! 🎉 so proud").
 */
const RE_QUOTED = /(?<![\p{L}\p{N}])(['"])((?:[^'"\n]|(?<=\p{L})'(?=\p{L})){2,90}?)\1(?![\p{L}\p{N}])/gu;
const RE_VIRTUE = new RegExp(
  `${T}(?:inclusive|inclusion|nurturing|nurture|outstanding|good|caring|cares|improving|improvement|transparent|transparency|open door|open-door|family|community|listening|listens|exciting|award-winning|award winning|award|world class|world-class|restorative|respect|respects|wellbeing|well-being|partnership|parent voice|pupil voice|student voice|vision|strategic|efficiency|efficiencies|learning organisation|seriously|looking into it|proud|aspire|achieve|belong|excellence|excellent|journey|values|welcomes|welcoming|feedback|supportive|support|safe|happy|thriving|ambitious|ambition|high standards|every child|child-centred|child centred|personalised|kind|kindness|integrity|honest|open|engagement|consultation|lessons learned|lessons learnt|robust|rigorous|resilience|success|successful|champion|restructure|restructuring|review|reviewing|streamline|streamlining|realignment|workforce planning|tighten belts|tighten our belts|difficult decisions|savings|transformation|listening tour|the best)${E}`,
);
const SNEER_AFTER =
  /(?:💀|🤡|🙄|🙃|😬|🥴|😒|🤔|🚩|👎|📉|😂|🤣|😭|🤭|😏|🤮|🫠|(?<![^ ])(?:indeed|my foot|my arse|my eye|apparently|yeah right|yeah|more like|lol|lmao|sure|right|ok|okay|really|allegedly|supposedly|=|means|translation|read between the lines|paid-for|paid for|my backside|aye right|what a joke|a joke|laughable)(?![^ ]))/u;
const RE_CONTRADICTION =
  /(?<![^ ])(?:no|not|never|nothing|nobody|no one|noone|shut|blocks|blocked|blocking|ignore|ignored|ignores|bin|bins|binned|blanks|blanked|isn't|doesn't|don't|won't|can't|without|except|deleted|deletes|unless|still waiting|no callback|no reply|no answer|afterwards|hand-picked|hand picked)(?![^ ])/;
const RE_CELEBRATE =
  /(?:🎉|👏|🥳|❤|💙|💚|💜|🥰|(?<![^ ])(?:so proud|proud of|congratulations|congrats|well done|delighted|so pleased|thrilled|thank you|thanks|cute|cutest|adorable|so sweet|gorgeous|lovely|amazing|brilliant)(?![^ ]))/u;

/** Emoji whose sneer reaches a scare quote from anywhere in the post. */
const RE_SNEER_ANYWHERE = /(?:💀|🤡|🙄|🙃|😬|🥴|😒|🚩|👎|📉|🤮)/u;
/** How many quoted stretches of a post are read (a long post's quotes are seldom scare quotes). */
const MAX_QUOTES = 20;

function scareQuotes(a: Analysis): { weight: number; evidence: Evidence[] } | null {
  const { text, starts, ends } = a.norm;
  if (!text.includes("'") && !text.includes('"')) return null;
  if (RE_CELEBRATE.test(a.canon)) return null;
  const last = a.tokens.length - 1;
  /** The canonical text of tokens i+1 … i+n (the words right after token i). */
  const wordsAfter = (i: number, n: number): string =>
    i >= last ? '' : a.canon.slice(a.tokStart[i + 1] ?? 0, a.tokEnd[Math.min(last, i + n)] ?? 0);
  // the tokens are in order, so one pass over them serves every quote
  let k = 0;
  let seen = 0;
  RE_QUOTED.lastIndex = 0;
  for (let m = RE_QUOTED.exec(text); m !== null && seen < MAX_QUOTES; m = RE_QUOTED.exec(text), seen++) {
    const os = starts[m.index] ?? 0;
    const oe = ends[m.index + m[0].length - 1] ?? 0;
    while (k <= last && (a.tokens[k]?.start ?? 0) < os) k++;
    let j = k;
    while (j + 1 <= last && (a.tokens[j + 1]?.end ?? Infinity) <= oe) j++;
    const i = k;
    // no token inside the quotes, or a longer quote: someone's sentence passed on, not a scare quote
    if (i > last || (a.tokens[i]?.end ?? Infinity) > oe || j - i > 7) continue;
    const quoted = a.canon.slice(a.tokStart[i] ?? 0, a.tokEnd[j] ?? 0);
    if (!RE_VIRTUE.test(quoted)) continue;
    const quote = evidenceTokens(a, i, j, 'scare quotes');
    if (SNEER_AFTER.test(wordsAfter(j, 7)) || RE_SNEER_ANYWHERE.test(a.canon))
      return { weight: -6, evidence: [quote] };
    if (RE_CONTRADICTION.test(wordsAfter(j, 15))) return { weight: -4, evidence: [quote] };
  }
  return null;
}

/** Pile-on replies: agreement with a complaint already made in the thread. */
const RE_AGREE = rx(
  `^(?<agree>this|this 👆|👆|\\+ ?1|100%|100 %|exactly(?: this)?|same here|same|same happened|agreed|agree|so true|spot on|preach|yep|yup|totally|absolutely this|couldn't agree more|couldnt agree more|this is so true|facts|true)${E}`,
);

const INTENSIFY = new Set([
  'absolutely',
  'completely',
  'utterly',
  'totally',
  'so',
  'really',
  'very',
  'truly',
  'seriously',
  'extremely',
  'beyond',
  'utter',
  'total',
  'complete',
]);

/** Targets: the school, its people, its decisions and services. */
const TARGET_WORDS = [
  'school',
  'academy',
  'trust',
  'the trust',
  'mat',
  'head',
  'headteacher',
  'head teacher',
  'headmaster',
  'headmistress',
  'principal',
  'deputy head',
  'ceo',
  'slt',
  'senior leadership',
  'leadership',
  'management',
  'governors',
  'governing body',
  'board',
  'trustees',
  'teachers',
  'teacher',
  'staff',
  'office',
  'senco',
  'sen',
  'provision',
  'policy',
  'uniform',
  'canteen',
  'lunches',
  'school food',
  'wifi',
  'behaviour',
  'communication',
  'admissions',
  'ofsted',
  'exclusions',
  'isolation',
  'detentions',
  'this place',
  'that place',
  'primary',
  'high school',
  'college',
  'sixth form',
  'chair of governors',
  'lgb',
];
const TARGET = rx(`${T}(?<target>@org|@staff|${alt(TARGET_WORDS)})${E}`);
/** TARGET matches only where one of these words is in the post (it matches whole tokens). */
const TARGET_ANCHORS: ReadonlySet<string> = new Set(['@org', '@staff', ...firstWords(TARGET_WORDS)]);

export interface DisparagingInput {
  /** Canonical words that are profanity (left out of the sum). */
  profane: ReadonlySet<string>;
  /** AFINN + domain sentiment of the post, profanity and violence words left out. */
  sentiment: number;
  /** Words that scored negative (for evidence). */
  negatives: ReadonlySet<string>;
}

/** The writer's own family: "my lad is a nightmare in the mornings" is not about the school. */
const OWN_FAMILY: ReadonlySet<string> = new Set([
  ...FAMILY_ROLES,
  ...words(
    'son sons daughter daughters lad lads boy boys girl girls kid kids child children twins teen teens toddler',
  ),
]);

const COPULA: ReadonlySet<string> = words("is was 's are were can gets get");

/** Whether the words at token i are said of the writer's own family ("my son is a nightmare"). */
function aboutOwnFamily(a: Analysis, i: number): boolean {
  for (let k = i - 1; k >= Math.max(1, i - 5); k--) {
    const w = a.tokens[k]?.norm ?? '';
    if (w === '.' || w === ',' || w === 'but') return false;
    if (OWN_FAMILY.has(w)) {
      const d = a.tokens[k - 1]?.norm ?? '';
      return (d === 'my' || d === 'our') && COPULA.has(a.tokens[k + 1]?.norm ?? '');
    }
  }
  return false;
}

/**
 * A post that clears the school and blames something beyond it: "that's the council's road layout,
 * not the academy", "a sector-wide problem with inspection culture, not a local scandal", "did real
 * damage to schools nationally. Not the fault of heads like Mr Evans", "SEND funding is a national
 * scandal. Every school in the country is being asked to do the impossible". Its negative words are
 * about the something else. Not when the school is blamed after all ("it's not the teachers, it's
 * SLT") or singled out ("every school in the country manages it except Kingsmead").
 */
const RE_CLEARED = new RegExp(
  `${T}(?:not|isn't|is not|wasn't|was not|never) (?:the |a |our |this )?(?:fault of (?:the )?(?:[^ .]+ )?(?:school|academy|trust|teachers|staff|head|heads|@org|@staff)|(?:school|academy|trust|teachers|staff|head|heads|@org|@staff)(?: 's| ')? fault|school|academy|teachers|staff|local (?:scandal|problem|issue|thing)|@org|@staff)${E}|${T}(?:every|all|most) schools? (?:in the country|nationally|across the country|in england|everywhere)${E}`,
);
const RE_BEYOND =
  /(?<![^ ])(?:council|council 's|government|government 's|dfe|ministers|westminster|national|nationally|sector-wide|sector wide|across the country|in the country|inspection culture|the system|funding)(?![^ ])/;
const RE_BLAMED_AFTER_ALL =
  /(?<![^ ])(?:(?:it's|its|it is|it was|but|blame) (?:the |their |our )?(?:slt|leadership|management|governors|head|headteacher|trust|ceo|@staff|@org)|except|apart from|unlike|but not|worse than|compared)(?![^ ])/;
const clearsTheSchool = (a: Analysis): boolean =>
  RE_BEYOND.test(a.canon) && RE_CLEARED.test(a.canon) && !RE_BLAMED_AFTER_ALL.test(a.canon);

export function detectDisparaging(a: Analysis, input: DisparagingInput): Hit | null {
  // a reply that opens by agreeing ("this.", "+1", "same here") is aimed at the thread's target
  const targets = [...(hasAny(a, TARGET_ANCHORS) ? matchAll(a, TARGET, 4) : []), ...matchAll(a, RE_AGREE, 1)];
  if (targets.length === 0 || clearsTheSchool(a)) return null;
  let total = input.sentiment;
  let domain = 0;
  const evidence: Evidence[] = [];
  // domain words (and an intensifier before them), and evidence for every negative word
  for (let i = 0; i < a.tokens.length && i < 5000; i++) {
    const t = a.tokens[i];
    if (!t || t.kind !== 'word' || input.profane.has(t.norm) || HARM_WORDS.has(t.norm)) continue;
    const d = DOMAIN_EXTRAS[t.norm];
    const p1 = a.tokens[i - 1]?.norm ?? '';
    const p2 = a.tokens[i - 2]?.norm ?? '';
    const negated = NEGATORS.has(p1) || (NEGATORS.has(p2) && p1 !== 'but');
    if (d !== undefined && d < 0 && !negated && !aboutOwnFamily(a, i)) {
      domain += d;
      if (INTENSIFY.has(a.tokens[i - 1]?.norm ?? '')) total -= 1;
    }
    if ((d !== undefined && d < 0) || input.negatives.has(t.norm)) {
      evidence.push(evidenceTokens(a, i, i, 'negative word'));
    }
  }
  for (const [weight, re] of [
    ...PHRASES,
    ...CLAIMS,
    ...RHETORIC,
    ...RHETORIC_MORE,
    ...SARCASM,
    ...CALM_CLAIMS,
    ...SNEER,
    ...SNEER_MORE,
  ]) {
    for (const m of matchAll(a, re, 3)) {
      if (aboutOwnFamily(a, tokenAt(a, m.cs))) continue;
      total += weight;
      domain += weight;
      evidence.push(...evidenceOf(a, m, 'complaint'));
    }
  }
  const scare = scareQuotes(a);
  if (scare) {
    total += scare.weight;
    domain += scare.weight;
    evidence.push(...scare.evidence);
  }
  const sneers = sneerEmoji(a, targets);
  if (sneers.length > 0) {
    total -= 5;
    domain -= 5;
    evidence.push(...sneers);
  }
  // a damning word or phrase is needed (general AFINN negativity is emotion, not a statement
  // about the school); positive words can offset a mild one but not a strong one
  const flagged = (domain <= -3 && total <= -2) || domain <= -5;
  if (!flagged) return null;
  const t0 = targets[0];
  if (t0) evidence.push(...evidenceOf(a, t0, 'target'));
  const score = clamp01(0.55 + Math.min(0.4, (-total - 3) * 0.06));
  return {
    kind: 'disparaging',
    rule: 'disparaging.sentiment',
    score,
    evidence: mergeEvidence(evidence),
    explanation: explain(a, 'Negative statement about the school or its staff', evidence),
  };
}
