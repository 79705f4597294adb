/**
 * Word lists shared by the normaliser, the rules and the model features.
 *
 * These are lexicons of general English (and British / school) vocabulary, grouped by the role a
 * word plays in a rule: a profanity, an insult, a slur, a first name, a common word. None of them
 * is copied from an evaluation set; rules combine them (intent + harm + target, disclosure + child)
 * rather than matching whole sentences.
 */

/** Split a space-separated list into a Set. */
export const words = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter((w) => w.length > 0));

/** Escape a literal for a RegExp. */
export const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The list longest first (then alphabetical), the order in which a RegExp alternation must try them. */
export const longestFirst = (list: Iterable<string>): string[] =>
  [...list].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));

/** `(?:a|b|c)` from a list, longest first so alternation prefers the longest literal. */
export function alt(list: Iterable<string>): string {
  return `(?:${longestFirst(list)
    .map((w) => esc(w).replace(/ /g, ' '))
    .join('|')})`;
}

/**
 * Frequent English words plus school vocabulary. Used to decide whether a stretched or
 * leet-looking token is already a word ("good" stays "good", "soo" becomes "so").
 */
export const COMMON_WORDS = words(`
a about above across act actually add after again against age ago agree all almost alone along
already also although always am among an and angry another answer any anyone anything anyway
are area arm arms around as ask asked at away baby back bad bag ball bank bar be beat beautiful
because become bed been before began begin behind being believe below best better between big
bill bit black blood blue board body book born both box boy boys break bring brother brought
build bus business busy but buy by call called came can cannot car care carry case cat catch
caught cause change check child children choose city class clean clear close clothes club coat
cold come comes coming company cook cool could country course cover cross cry cup cut dad daddy
dance dark daughter day days dead deal dear decide deep did die died different dinner do doctor
does dog doing done door down draw dream dress drink drive drop during each ear early easy eat
eight either else end enough even evening ever every everyone everything exam example eye eyes
face fact fail fall family far farm fast father fear feel feet few field fight fill find fine
finish fire first fish five floor fly follow food foot for forget four free friend friends from
front full fun funny game garden gate gates gave get gets getting girl girls give given glad go
god goes going gone good got great green ground group grow guess gun had hair half hall hand
happen happy hard has hat hate have he head hear heard heart hello help her here hers high him
himself his hit hold hole home hope horse hospital hot hour hours house how however huge hurt i
idea if ill important in inside into is it its itself job join just keep kept key kid kids kill
kind king knew know known lad lads lady land large last late later laugh lead learn least leave
left leg legs less lesson let letter lie life light like line list listen little live lives
living long look looking lose loss lost lot lots love lovely low lunch made main make man many
mark match matter may me mean meet men might mind minute miss mister moment money month more
morning most mother move much mum mummy music must my myself name near need needs never new
news next nice night no nobody none noone nor not note nothing now number of off office often
oh ok okay old on once one only open or order other our out outside over own page paper parent
parents park part pass past pay people perhaps person phone pick picture piece place plan play
please point police poor post power pretty problem pupil pupils put question quick quiet quite
rain ran rather read ready real really reason red remember rest right road room round rule run
sad safe said same save saw say school sea second see seem seen sell send sent set seven several
shall she shoot shop short should show shut sick side sign simple since sing sister sit six
sleep slow small smell smile snow so some someone something sometimes son song soon sorry sort
sound speak special spend stand star start stay step still stop story street strong student
students study such sun sure swim table take talk tall teach teacher teachers team tell ten
term test than thank thanks that the their them then there these they thing things think this
those though thought three through time tired to today together told tomorrow too took top
toward town tree trip true try turn two under until up upon us use used very visit voice wait
walk walking wall want war warm was watch water way we week weeks well went were what when
where which while white who whole whose why will win window wish with without woman women
wonder word words work world worry would write wrong yard year years yes yet you young your
yours yourself
academy trust head headteacher principal governors governor staff uniform lesson lessons
homework detention exclusion excluded canteen playground assembly parents evening term
`);

/**
 * Texting forms → canonical word(s). Only unambiguous ones; "ill" and "id" stay as typed and
 * the rules accept both readings where it matters.
 */
export const SLANG: Readonly<Record<string, string>> = {
  u: 'you',
  ya: 'you',
  yu: 'you',
  ur: 'your',
  yr: 'yr',
  r: 'are',
  n: 'and',
  ppl: 'people',
  pple: 'people',
  tmrw: 'tomorrow',
  tmr: 'tomorrow',
  tmrrw: 'tomorrow',
  tmoz: 'tomorrow',
  tomoz: 'tomorrow',
  '2moro': 'tomorrow',
  '2morrow': 'tomorrow',
  '2mrw': 'tomorrow',
  '2day': 'today',
  '2nite': 'tonight',
  '2night': 'tonight',
  tonite: 'tonight',
  kno: 'know',
  knw: 'know',
  sum1: 'someone',
  some1: 'someone',
  any1: 'anyone',
  every1: 'everyone',
  no1: 'no one',
  noone: 'no one',
  nobdy: 'nobody',
  shud: 'should',
  shld: 'should',
  wud: 'would',
  cud: 'could',
  coz: 'because',
  cos: 'because',
  cuz: 'because',
  bc: 'because',
  bcos: 'because',
  pls: 'please',
  plz: 'please',
  thru: 'through',
  b4: 'before',
  l8r: 'later',
  h8: 'hate',
  h8ers: 'haters',
  gr8: 'great',
  w8: 'wait',
  m8: 'mate',
  m8s: 'mates',
  im: "i'm",
  ive: "i've",
  dont: "don't",
  wont: "won't",
  cant: "can't",
  isnt: "isn't",
  aint: "ain't",
  didnt: "didn't",
  doesnt: "doesn't",
  wasnt: "wasn't",
  werent: "weren't",
  wouldnt: "wouldn't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  hasnt: "hasn't",
  havent: "haven't",
  youre: "you're",
  youll: "you'll",
  youve: "you've",
  theyre: "they're",
  theyll: "they'll",
  hes: "he's",
  shes: "she's",
  thats: "that's",
  whats: "what's",
  theres: "there's",
  itll: "it'll",
  gonna: 'gonna',
  gona: 'gonna',
  finna: 'gonna',
  imma: 'imma',
  ima: 'imma',
  wanna: 'wanna',
  gotta: 'gotta',
  tryna: 'tryna',
  bruv: 'bruv',
  innit: 'innit',
  mins: 'minutes',
  hrs: 'hours',
  yo: 'yo',
  yrs: 'years',
  yoa: 'years old',
  gc: 'groupchat',
  dm: 'dm',
  dms: 'dms',
  pic: 'pic',
  pics: 'pics',
  sch: 'school',
  skool: 'school',
  skl: 'school',
  teachr: 'teacher',
  wiv: 'with',
  wid: 'with',
  da: 'the',
  dat: 'that',
  dis: 'this',
  dem: 'them',
  fr: 'fr',
  rn: 'rn',
  tho: 'though',
  wat: 'what',
  wot: 'what',
  luv: 'love',
  ova: 'over',
  outta: 'out of',
  gettin: 'getting',
  nothin: 'nothing',
  somethin: 'something',
};

/** Strong swear words (as canonical tokens; inflections are matched by prefix where noted). */
export const PROFANITY_STRONG_ROOTS = [
  'fuck',
  'fuk',
  'fck',
  'fcuk',
  'fkn',
  'shit',
  'cunt',
  'twat',
  'wank',
  'bollock',
  'bellend',
  'motherfuck',
  'bitch',
  'bastard',
  'dickhead',
  'knobhead',
  'knobend',
  'arsehole',
  'asshole',
  'prick',
  'pussy',
  'whore',
  'slut',
  'slag',
  'jizz',
  'cock',
  'dick',
  'tosser',
  'piss',
  'nigga',
  'shite',
  'bullshit',
  'horseshit',
  'apeshit',
  'dipshit',
];

/** Strong profanity, exact canonical tokens (beyond root prefixes). */
export const PROFANITY_STRONG_WORDS = words(`
fuck fucks fucked fucker fuckers fucking fuckin fuckn fking fkin fkn fcking fuk fuking fukin
fck fcked fckin fcuk fcuking motherfucker motherfuckers mf mfs
shit shits shitty shite shithead shitting shat bullshit bullshite horseshit dogshit apeshit dipshit
cunt cunts twat twats wanker wankers wank wanking wanked tosser tossers bollocks bollox
bellend bellends dickhead dickheads knobhead knobheads knobend arsehole arseholes asshole
assholes bitch bitches bitchy bastard bastards prick pricks pussy whore whores slut sluts slag
slags jizz cock cocks dick dicks piss pissed pissing nigga niggas stfu gtfo wtf omfg ffs fml af
jfc cocksucker
`);

/** Mild profanity (British register): counts, with a lower score. */
export const PROFANITY_MILD_WORDS = words(`
bloody damn damned dammit damnit crap crappy arse arses arsed bugger buggered sod sodding
pillock git minger bleeding bleedin frigging friggin effing flipping hell
bum bums tit tits boobs
`);

/** "hell" is only profane in set phrases; alone it is ordinary ("made my life hell"). */
export const MILD_NEEDS_PHRASE = words('hell flipping bleeding bum bums tit tits');

/**
 * Slurs: abuse by themselves, whoever they are aimed at. Grouped for the explanation.
 * (Listed so they can be detected; TrustWatch never displays them except as evidence.)
 */
export const SLURS: Readonly<Record<string, string>> = {
  nigger: 'race',
  niggers: 'race',
  nigga: 'race',
  niggas: 'race',
  paki: 'race',
  pakis: 'race',
  chink: 'race',
  chinks: 'race',
  coon: 'race',
  coons: 'race',
  gook: 'race',
  wog: 'race',
  wogs: 'race',
  spic: 'race',
  kike: 'religion',
  kikes: 'religion',
  raghead: 'religion',
  ragheads: 'religion',
  towelhead: 'religion',
  towelheads: 'religion',
  muzzie: 'religion',
  muzzies: 'religion',
  gyppo: 'race',
  gypo: 'race',
  pikey: 'race',
  pikeys: 'race',
  faggot: 'sexuality',
  faggots: 'sexuality',
  fag: 'sexuality',
  fags: 'sexuality',
  dyke: 'sexuality',
  dykes: 'sexuality',
  poof: 'sexuality',
  poofter: 'sexuality',
  bender: 'sexuality',
  tranny: 'gender',
  trannies: 'gender',
  shemale: 'gender',
  retard: 'disability',
  retards: 'disability',
  retarded: 'disability',
  spastic: 'disability',
  spaz: 'disability',
  spazz: 'disability',
  mong: 'disability',
  mongs: 'disability',
  mongo: 'disability',
  cripple: 'disability',
  window_licker: 'disability',
  nonce: 'sexual',
  nonces: 'sexual',
};

/** Insult nouns: "you X", "she is a X", "X!" at someone. */
export const INSULT_NOUNS = words(`
idiot idiots moron morons imbecile imbeciles cretin cretins dumbass dumbasses jackass loser losers
freak freaks weirdo weirdos creep creeps pervert perverts perv pervs paedo paedos pedo pedos
pedophile paedophile nonce scum scumbag scumbags lowlife lowlifes dirtbag parasite parasites
leech vermin rat rats snake snakes pig pigs cow cows witch hag slag slags slapper slut sluts
whore whores tramp tramps skank skanks bitch bitches cunt cunts twat twats wanker wankers tosser
tossers bellend bellends pillock pillocks prat prats plonker muppet muppets clown clowns numpty
div divs melt melts mug mugs nob knob knobhead dickhead dickheads prick pricks arsehole
arseholes asshole assholes bastard bastards liar liars fraud frauds crook crooks thief thieves
hypocrite hypocrites coward cowards bully bullies thug thugs psycho psychos nutter nutters
nutcase lunatic lunatics maniac animals savages filth trash rubbish waste fatty
fatso lardass chav chavs pleb plebs halfwit nitwit dimwit dipshit shithead dunce joke disgrace
embarrassment failure nobody sheep snowflake snowflakes libtard libtards degenerate degenerates
bigot bigots racist racists nazi nazis fascist fascists traitor traitors troll trolls gimp
terrorist terrorists jihadi jihadis perv pervs
minger mingers monster monsters predator predators
`);

/**
 * More put-downs for a person, for the abuse rule only: INSULT_NOUNS is also a feature of the
 * n-gram models (features.ts), which were trained with that list as it is.
 */
export const RULE_INSULT_NOUNS = words(`
weasel weasels windbag windbags snob snobs goblin goblins wasteman wastemen knobheads gobshite
gobshites jobsworth jobsworths busybody busybodies tyrant tyrants numpties plonkers pillocks
nutjob nutjobs scrote scrotes meathead meatheads lapdog lapdogs mare mares bint bints trout hog hogs
worm worms lump dinosaurs
`);

/** Insulting adjectives (applied to a person). */
export const INSULT_ADJS = words(`
stupid dumb thick dense brainless clueless useless pathetic worthless hopeless incompetent
ugly fat disgusting vile repulsive gross nasty evil corrupt crooked spineless
gutless pathetic vile rancid minging manky smelly filthy
creepy pervy sleazy slimy psycho deranged unhinged retarded
ignorant arrogant twisted sicko feral inbred vermin
`);

/** Intensifiers that sit between a copula and an insult ("an absolute", "a proper"). */
export const INTENSIFIERS = words(`
absolute absolutely total totally complete completely utter utterly proper real right such so
very really bloody fucking massive huge complete whole little fat big old stupid useless
`);

/** Identity terms used in identity attacks (race, religion, disability, sexuality, gender). */
export const IDENTITY_TERMS = words(`
gay gays lesbian lesbians homo homos queer queers trans transgender muslim muslims moslem islam
islamic jew jews jewish hindu hindus sikh sikhs christian christians catholic catholics black
blacks asian asians african africans polish pole poles romanian romanians immigrant immigrants
migrant migrants refugee refugees foreigner foreigners foreign disabled autistic autist
downs deaf blind wheelchair women woman girls feminist feminists
`);

/** Family members: adults a child is collected by or a teacher speaks to, not staff or strangers. */
export const FAMILY_ROLES = words(`
stepdad stepfather stepmum stepmother dad father mum mother parent parents uncle aunt boyfriend
girlfriend partner grandad grandpa nan
`);

/** Adult role nouns (people who are not pupils). */
export const ADULT_ROLES: ReadonlySet<string> = new Set([
  ...words(`
teacher teachers head headteacher headmaster headmistress principal deputy ceo coo cfo
governor governors trustee trustees senco dsl ta tas assistant assistants staff caretaker
receptionist coach coaches tutor tutors lecturer lecturers dinnerlady dinner slt management
leadership manager director chair inspector inspectors man men woman women lady ladies guy
guys bloke blokes adult adults stranger strangers
`),
  ...FAMILY_ROLES,
]);

/** Words that denote a child or pupil. */
export const CHILD_WORDS = words(`
child children kid kids pupil pupils student students son sons daughter daughters boy boys
girl girls lad lads lass teen teens teenager teenagers toddler baby babies youngster
youngsters schoolgirl schoolgirls schoolboy schoolboys minor minors classmate classmates
little one ones nephew niece grandson granddaughter stepson stepdaughter
`);

/** Titles that precede a staff member's surname. */
export const TITLES = words('mr mrs ms miss dr sir mx prof professor cllr councillor rev pc sgt');

/** Common first names (UK, across communities), for full-name detection in official posts. */
export const FIRST_NAMES = words(`
tom tia aditi jess jessie zak ronan seb teddy zac aditya anaya zoya nathaniel peter rebecca rachel ruth
simon sean shane stephen steven tara tessa vanessa mateusz emilia aoife niamh siobhan cian oisin declan eoin conor
aaliyah aaron abdul abigail abdullah adam adrian ahmed aidan aiden aisha alex alexander alexandra
alfie alice alicia aliyah alisha alyssa amara amber amelia amelie amina amir amira amy ana
andrew angela anna annabelle anthony archie aria arjun arthur aryan asha ashley aurora ava
ayaan ayesha bailey beatrice bella ben benjamin bethany billy blake bobby bonnie brooke caleb
callum cameron carla caroline carter casey charles charlie charlotte chloe chris christopher
ciara clara claire connor cora daisy daniel danielle darcie darcy david dexter dylan eden edward
eleanor elijah eliza elizabeth ella ellie elliot elliott eloise elsie emil emily emma erin
esme ethan eva evan evelyn evie ezra faith fatima felix finley finn florence francesca frankie
freddie frederick freya gabriel george georgia georgina grace gracie hamza hana hannah harley
harper harriet harrison harry harvey hassan hayden heidi henry hollie holly hugo ibrahim imogen
isaac isabel isabella isabelle isla ivy jack jacob jade jake james jamie jasmine jason jay
jayden jenson jessica jodie joe joel john jonah jonathan jordan joseph josh joshua jude julia
kai karim katie kayden keira kian kieran kyle lacey lara laura layla leah leila leo leon
leonardo lewis liam lily lola louie louis lucas lucy luke luna maddison madison maisie maisy
malik maria mariam marcus martha maryam mason matilda matthew max maya megan mia michael
mila millie mohammed mohammad muhammad molly morgan musa nadia nancy naomi nathan ned nia
noah noor nora oliver olivia ollie omar oscar owen paige patrick phoebe piper poppy priya
rafael rayan reggie reuben rhys riley robert robin rory rosa rose rosie ruby rueben ryan
sadie safa sam samuel sara sarah scarlett sebastian sienna sofia sophia sophie stanley
stella summer tayla taylor theo theodore thomas toby tommy tyler victoria violet william
willow xavier yasmin yusuf zach zachary zain zara zayn zoe zainab ayla ruben hugo tobias kacper
jakub zofia oskar filip wiktoria maja amelka dominik szymon lena nikola antoni aleksander
marcel igor julian jan kuba patryk tymon olivier priyanka raj rohan sanjay anika ananya
divya kiran nikhil deepa arya ishaan vihaan reyansh aarav kabir zaid yahya idris bilal
tariq imran usman haris hamza abdi mustafa osman aliya safiya hafsa khadija maryam sumaya
chidi chinedu emeka ngozi adaeze kemi tunde tobi femi ayo kofi kwame ama efua abena
`);

/** Harm verbs and weapon words that obfuscation is used to hide ("k1ll", "st@b"). */
export const HARM_WORDS = words(`
kill kills killed killing die dies died dead death murder murdered stab stabbed stabbing shoot
shooting shot bomb bombs bombing burn burning torch rape raped hang hanging slit slash slashed
knife knives blade gun guns shank hurt beat beating batter battered smash punch kick acid
petrol suicide
`);

/** Words the tokeniser may recover from leetspeak, masks ("f*ck") or spaced letters. */
export const RECOVERABLE = new Set<string>([
  ...PROFANITY_STRONG_WORDS,
  ...PROFANITY_MILD_WORDS,
  ...Object.keys(SLURS),
  ...INSULT_NOUNS,
  ...INSULT_ADJS,
  ...HARM_WORDS,
  'ass',
  'asses',
  'dickhead',
  'shithole',
  'shitshow',
  'fuckwit',
  'fuckface',
  'cumslut',
  'nude',
  'nudes',
  'naked',
  'sex',
  'porn',
  'cocaine',
  'weed',
]);

/** Every word some list knows: lets the tokeniser tell a real word from a stretched one. */
export const KNOWN_WORDS = new Set<string>([
  ...COMMON_WORDS,
  ...RECOVERABLE,
  ...CHILD_WORDS,
  ...ADULT_ROLES,
  ...IDENTITY_TERMS,
  ...INTENSIFIERS,
  ...TITLES,
  ...Object.values(SLANG),
  'lol',
  'lmao',
  'omg',
  'wow',
  'yes',
  'no',
  'so',
  'too',
  'good',
  'cool',
  'please',
  'sorry',
  'proud',
  'well',
  'done',
  'best',
  'worst',
  'sleep',
  'seen',
  'been',
  'need',
  'feel',
  'free',
  'keep',
  'week',
  'book',
  'look',
  'took',
  'school',
  'fool',
  'hello',
  'really',
  'all',
  'still',
  'will',
  'shall',
  'tell',
  'yell',
  'happy',
  'add',
  'odd',
  'off',
  'stuff',
  'less',
  'miss',
  'pass',
  'class',
  'boss',
  'kiss',
  'mess',
  'loss',
  'across',
  'unless',
  'getting',
  'cutting',
  'putting',
  'sitting',
  'hitting',
  'running',
  'coming',
  'going',
  'walking',
  'talking',
  'playing',
  'shooting',
  'bringing',
  'watching',
  'messaging',
  'sending',
  'telling',
  'nothing',
  'something',
  'anything',
  'everything',
  'sharing',
  'posting',
  'saying',
  'keeping',
  'waiting',
  'thinking',
  'looking',
  'leaving',
  'taking',
  'making',
]);

/**
 * Words and emoji of harm, weapons, damage, revenge, warning and knowing where someone is: what a
 * threat the rules do not recognise still carries somewhere. A threat found only by the school head
 * needs one of them (index.ts), so "I'll be waiting by the sports hall for the minibus" stays quiet.
 * '|'-separated because some are phrases.
 */
export const MENACE_WORDS: readonly string[] = `
hurt|hurts|harm|kill|killing|die|dead|stab|stabbed|shank|shanked|knife|knives|blade|blades|machete|
gun|guns|shoot|shooting|shot|strap|ting|bomb|bombs|device|parcel|package|explode|explosion|blow up|
blown up|burn|burning|burnt|torch|torched|fire|petrol|lighter|matches|smash|smashed|brick|bricks|
window|windows|tyres|tires|slash|slashed|batter|battered|beat|beating|punch|smack|slap|jaw|teeth|
hospital|regret|pay|payback|revenge|warned|warning|watch|careful|sorted|sort|deal with|dealt with|
see what happens|what happens|last day|lives|live|address|house|drives|car|follow|followed|find|
found|catch|get him|get her|get them|get you|coming for|come for|come down|coming down|acid|bleed|
blood|grave|rip|dogs|lads|boys|mandem|opps|crew|not safe|dont come|don't come|stay home|stay away|
wouldnt come|wouldn't come|wont be|won't be|🔪|🗡️|🗡|💣|🔥|🔫|💥|☠️|💀|👀|⚰️|🩸|🧨
`
  .split('|')
  .map((w) => w.trim())
  .filter((w) => w.length > 0);

/**
 * Words before a menace word that make it name something ordinary: a bag strap, pancake batter, a
 * camp fire. The menace word does not count after one of these.
 */
export const MENACE_AFTER: Readonly<Record<string, readonly string[]>> = {
  strap: [
    'bag',
    'watch',
    'shoulder',
    'chin',
    'guitar',
    'camera',
    'rucksack',
    'sandal',
    'shoe',
    'seat',
    'wrist',
  ],
  straps: ['bag', 'watch', 'shoulder', 'guitar', 'camera', 'rucksack', 'sandal', 'shoe', 'seat'],
  batter: ['pancake', 'cake', 'yorkshire', 'fish', 'tempura', 'the'],
  fire: ['camp', 'bon', 'open', 'log', 'wood'],
  // a torch to see by ("bring a torch, the night walk starts at 7", "head torch"); "torch the place" keeps it
  torch: [
    'a',
    'your',
    'ur',
    'the',
    'my',
    'our',
    'his',
    'her',
    'their',
    'head',
    'spare',
    'olympic',
    'led',
    'pen',
  ],
};

/**
 * Compounds in which a menace word names something ordinary: "car" in "the car wash", "fire" in "the
 * fire drill", "house" in "house points", "live" in "the live stream". The word does not count as a
 * menace word when one of these follows it. "car park" is not among them: a car park is where people
 * are waited for.
 */
export const MENACE_COMPOUNDS: Readonly<Record<string, readonly string[]>> = {
  car: [
    'wash',
    'washes',
    'boot',
    'boots',
    'share',
    'sharing',
    'seat',
    'seats',
    'pool',
    'sticker',
    'stickers',
  ],
  fire: [
    'drill',
    'drills',
    'alarm',
    'alarms',
    'safety',
    'service',
    'brigade',
    'engine',
    'engines',
    'station',
    'exit',
    'exits',
    'door',
    'doors',
    'extinguisher',
    'extinguishers',
    'fighter',
    'fighters',
    'officer',
    'officers',
    'pit',
    'marshal',
    'marshals',
  ],
  house: [
    'points',
    'point',
    'captain',
    'captains',
    'team',
    'teams',
    'cup',
    'music',
    'colours',
    'party',
    'parties',
    'warming',
    'move',
    'hunting',
    'plants',
  ],
  live: [
    'stream',
    'streamed',
    'streaming',
    'music',
    'show',
    'event',
    'lesson',
    'lessons',
    'broadcast',
    'band',
    'feed',
  ],
};
