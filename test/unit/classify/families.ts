/**
 * Pattern-family cases: for each situation the classifier must recognise, several wordings of it
 * (written for these tests, about the fictional Hollybrook and Castlemere academies; not taken
 * from any evaluation set), and the near misses that must stay quiet. A family is caught only when
 * the rule captures the situation, not one sentence of it.
 */
import type { ClassifyContext } from '../../../lib/domain/finding';
import type { ContentKind } from '../../../lib/domain/kinds';
import type { Case } from './cases';

export const HOLLYBROOK: ClassifyContext = {
  handles: ['HollybrookAcad', 'CastlemereTrust'],
  names: ['Hollybrook Academy', 'Hollybrook', 'Castlemere Trust', 'Castlemere'],
};

const m = (text: string, has: ContentKind[] = [], not: ContentKind[] = []): Case => ({
  text,
  source: 'mention',
  has,
  not,
});
const QUIET: ContentKind[] = ['threat', 'safeguarding', 'abuse', 'disparaging'];
const q = (text: string): Case => m(text, [], QUIET);
/** Threat near misses: the n-gram abuse model may still react to "hurt", "kill me" (see report). */
const qt = (text: string): Case => m(text, [], ['threat', 'safeguarding']);
const t = (text: string): Case => m(text, ['threat']);
const s = (text: string): Case => m(text, ['safeguarding']);
const ab = (text: string): Case => m(text, ['abuse']);
const d = (text: string): Case => m(text, ['disparaging']);

/** Threat families: warnings to stay away, devices, waiting for someone, arson, menace, weapons. */
export const THREAT_FAMILIES: Case[] = [
  // warnings to keep children away
  t('Parents of Hollybrook, keep your children at home on Friday. You have been warned.'),
  t("don't send your kids in tomorrow. that's all i'm saying"),
  t("If I were you I wouldn't send my kids to Hollybrook on Monday"),
  t('Stay away from Hollybrook tomorrow if you value your life'),
  t('Anyone with kids at Castlemere should keep them off school on Thursday. Trust me on this.'),
  // devices and something about to happen
  t("there's a device in the school timed to go off at lunch"),
  t('something in that hall is set to explode at 2pm tomorrow'),
  t('the bag in the science block will go off at break, not joking'),
  t("it's going to be a bloodbath at hollybrook on friday"),
  t('Something big is going to happen at Hollybrook tomorrow. Stay away.'),
  t('there will be blood at the gates on monday'),
  t('mark my words, something bad is going to happen at Castlemere on Monday'),
  // waiting outside for someone
  t("I'll be waiting outside the gates for Mr Jones at 3:15"),
  t('gonna be waiting for that teacher in the car park after school'),
  t("we'll be outside the staff car park when she finishes, she won't see us coming"),
  // catching someone where they are alone or on their way out
  t("I'll find him after school, he can't hide behind the office forever"),
  t('gonna catch that teacher one night, see how brave she is then'),
  t("we'll get that head in the car park, nobody about at 6"),
  t("I'll meet you round the back, alone, no teachers this time"),
  // arson without the word fire
  t('someone should pour petrol over that school and light it'),
  t('that place would go up nicely with a jerry can and a match'),
  t("I'm going to torch the head's car tonight"),
  t('gonna set the portakabins alight this weekend'),
  // named-staff menace
  t('I know which car is hers and I know what time she leaves'),
  t('I know what time Mrs Green leaves the building every night'),
  t("I know where Mr Dale parks and he won't like what he finds"),
  t('Tell Mr Ashby he should be looking over his shoulder'),
  // weapons by slang with a place or time
  t('bringing my shank to school tomorrow, someone is getting it'),
  t("he's bringing a strap to the park after school, on my life"),
  t('got the zombie knife ready for monday'),
  t('man like me is coming to the gates with a machete at home time'),
  t('taking a blade in tomorrow, watch'),
  // conditional threats about school decisions
  t('if they exclude my son again that head will be sorry'),
  t("if they don't reverse this decision there will be consequences for the head, believe me"),
  t('exclude my daughter and see what happens to your windows'),
  t('If the school puts my son in isolation again I swear someone will get hurt'),
  t('Put my girl in detention one more time and that teacher will find out what I am capable of'),
  // a condition on the victim's act, then the harm
  t('next kid who touches my son gets stabbed, simple as'),
  t('anyone who lays a finger on her at hollybrook is getting battered'),
  t('whoever grassed on my boy will get shot, i promise you'),
  t('the first teacher who shouts at my daughter again gets knocked out'),
  // harm with their own hands, damage to their car
  t("that teacher better hope i never see him, i'll sort him out with my fists"),
  t("I'm letting down the tyres on every car in the Hollybrook staff car park tonight"),
  t("we're smashing his windows in if he excludes her"),
];

export const NOT_THREAT_FAMILIES: Case[] = [
  q('Please keep children at home tomorrow if they have a temperature or are being sick'),
  q('Keep your kids at home on Friday: the school is closed for the strike'),
  qt("don't send your kids in tomorrow if the snow is bad, check the website first"),
  q('The fire alarm is set to go off at 11 for the drill, please do not panic'),
  q('Our volcano is set to go off at 11 at the science fair, come and watch!'),
  q("I'll be waiting outside the gates at 3 to pick my daughter up"),
  q("I'll be waiting by the sports hall for the minibus"),
  q('Something big is going to happen at Hollybrook tomorrow: our new library opens! 📚'),
  q('Knife crime awareness workshop for Year 9 with the police this morning'),
  q('Year 8 history: how Guy Fawkes planned to blow up parliament'),
  q('Chemistry club: the elephant toothpaste went off with a bang'),
  q('Our U14s destroyed them 5-0, the keeper smashed it'),
  q('I could murder a brew after parents evening'),
  q('Murder mystery night for the PTA on Friday, tickets £5'),
  qt('Mum said she would kill me if I lost my blazer again 😂'),
  qt('Nobody is going to hurt your child, the police have confirmed the threat was a hoax'),
  q('It will be a bloodbath of glitter and glue at the Christmas craft morning'),
  q('I know which car is hers, the red Fiesta, could someone tell her the lights are on?'),
  q('If they close the school for snow again I will be sorry I booked the day off'),
  q('whoever gets shot of that old minibus deserves a medal'),
  q('anyone who gets a slap on the wrist for that is lucky'),
  q('the next team that plays us gets battered, our U12s are unstoppable'),
  q('the next parent who parks on the zigzags will be knocked out of the raffle'),
  q('anyone who is late gets a detention, simple'),
  // a worry about harm, not a threat of it
  m(
    'the next kid who gets stabbed on that road is on the council, sort the street lights out',
    [],
    ['threat'],
  ),
  q("I'm letting down the whole team, my car broke down and I can't drive the minibus"),
  q('Year 10 are smashing the car wash fundraiser, £300 so far!'),
  q("I'll do the car wash on Saturday for the PTA"),
  q("I'll key the car registration into the parking app for visitors"),
  q('could do with a slap up meal after that sports day'),
  // arrangements and errands: a place where people meet, but nobody to be caught there
  q("I'll meet you at the gates at 3 and we'll walk down together"),
  q("I'll get the kids at home time, see you outside the hall"),
  q("I'll do the car wash on Saturday for the PTA, bring your sponges"),
  q("I'll be at the car boot sale with your cakes from 8"),
  q('that playlist Mr Singh put on at the prom was fire 🔥🔥'),
  q('the fire drill is at 10, please wait for your child in the car park as usual'),
  q("Tonight I'm going to Miss Ray's house party for her 40th!"),
];

/**
 * British set phrases of menace, caught by the rules alone (checked without the school heads, so a
 * head cannot hide a rule that stopped working), with their everyday twins in NOT_THREAT_IDIOMS.
 */
export const THREAT_IDIOMS_BY_RULES: Case[] = [
  // plainer menace: a device, exits that chain, a trip to A&E, a week they won't forget
  // (2026-12-04, fourth session)
  t("Mr Grant should check under his car tomorrow morning, that's all"),
  t('That rucksack by the Hollybrook stage is not lost property'),
  t('Got something ticking in my rucksack for Mr Grant 🎒💥'),
  t('The Hollybrook fire doors chain up easy, just saying'),
  t('Big gas tanks behind the Hollybrook kitchens. One spark'),
  t('Mr Grant is one more detention away from a trip to A&E'),
  t('That deputy is going in the canal if she rings me again'),
  t("Keep calling me a problem parent, Hollybrook. I'll show you what trouble really looks like"),
  t("Mrs Leigh gave my son three detentions, so she's getting a week she won't forget"),
  t('Things tend to happen to people who treat kids like that, Mr Grant'),
  t('Mr Grant will get his.'),
  t('My cousin is out of prison on Friday and already has the names of the teachers who excluded me'),
  t('Hollybrook, there will be consequences for everyone inside'),
  t('Machete in the boot. See you at the Hollybrook gates at 3'),
  t('keep ur kids off Castlemere tmrw'),
  t("I'm popping his tyres if Mr Grant rings my mum again"),
  // idioms of menace, harm by others welcomed, weak spots, vigilante intent, warnings, karma
  // (2026-12-04, fourth session)
  t("You'll be laughing on the other side of your face soon, Mr Grant"),
  t('Castlemere have made an enemy out of the wrong family'),
  t('Something bad is going to happen to Mrs Leigh this term'),
  t("Mr Grant gave my son a detention for nothing. You never know who's watching you on the walk home"),
  t('Mrs Leigh excluded my daughter over a coat. Her turn is coming.'),
  t('Castlemere humiliated my boy in assembly. What goes round comes round 🙂'),
  t('Somebody is going to give that deputy a proper hiding one of these days'),
  t("Wouldn't blame anyone for whatever happens to Mr Grant after what he did"),
  t('Fun fact: the Hollybrook sports hall has no alarm at the weekend 😉'),
  t("Hollybrook won't deal with the lads who beat up my son so we'll sort it ourselves"),
  t('The dads down the pub have been asking about that PE teacher at Hollybrook'),
  t(
    "If I was that Hollybrook teacher I wouldn't be hanging around after dark for a while, people are not happy",
  ),
  t(
    'Mrs Leigh, you may want to take a different route home for the next few weeks. Everyone knows it was you',
  ),
  t("Don't be surprised if the Castlemere minibuses accidentally catch fire"),
  t('Lovely new roof on the Hollybrook hall. Would be a shame if it ended up trashed over Christmas 🙂'),
  t('Mrs Leigh has two little ones and a nice house by the park. Would be lovely if it stayed that way 🙂'),
  t('Mr Grant still jogs the same loop every Sunday. Routines can be dangerous 🙂'),
  t('Mrs Leigh should know people have worked out where she parks'),
  t('I know where your house is Mr Grant'),
  t('A few of the dads will be waiting outside for that teacher on Friday'),
  t('Keep excluding kids and see what happens to those new windows, Hollybrook'),
  t('Mr Grant should stop putting my son in isolation. Injuries happen 😉'),
  t("we'll see whose problem it is when I turn up at Hollybrook"),
  t("Talk to my daughter like that again and you'll know about it, Mr Grant."),
  t('keep my son in at lunch one more time and the head of year will know about it'),
  t("Hollybrook thinks this is funny. We'll see who's laughing when I turn up on Monday."),
  t('wait till I get my hands on that supply teacher'),
  t('give me two minutes alone with the deputy and he will understand'),
  t("the dinner lady who grabbed my boy will never work again. she'll never show her face again"),
  t("Tell Mr Grant to enjoy half term cos it'll be his last"),
  t('I will make sure that teacher pays for it.'),
  t("someone should teach the new PE teacher a lesson he won't forget"),
  t('the lad who grassed is getting done in after school'),
  t('a few of the dads are going to pay the head a visit on Friday'),
  t("they'll be scraping him off the car park floor if he touches my kid"),
  t('You sacked my wife, Hollybrook. Enjoy your shiny new sports hall while it lasts.'),
  t('Mrs Leigh walks home alone through the park every Thursday. Just so everyone knows.'),
  t('would be a shame if that lovely dog of hers went missing'),
  t('Hollybrook could go up in flames one night and I would not shed a tear'),
  t("The papers first, and if that doesn't work I'll smash his windows in. You've been warned."),
  // oblique menace with no harm word (the families added 2026-12-03)
  t('Mr Grant at Hollybrook has crossed the wrong family. Simple.'),
  t("That's not a threat, Castlemere Trust, that's a promise."),
  t("Hollybrook will learn it isn't over until we say so."),
  t("next time I'm at Hollybrook it won't be to talk"),
  t('Hollybrook think we will write them a nice letter. We are not the type to write letters.'),
  t('The Hollybrook head drives a lovely car. Brakes are a delicate thing.'),
  t("Funny how cars parked behind Hollybrook sports hall don't always look the same in the morning."),
  t("Been past the Hollybrook deputy head's house a few times this week. Nice garden."),
  t('Mrs Leigh of Hollybrook would be wise to stay indoors this weekend.'),
  t('The Castlemere head should smile while she can.'),
  t("If the school won't deal with it, I know people who will."),
  t("Mr Grant is about to have a very bad term at Hollybrook. I'll see to that."),
  t("Hollybrook's head will find out what that means soon enough."),
  t('Exclude my son and Hollybrook loses something precious too.'),
  t("Mrs Leigh doesn't need to worry about Ofsted. She needs to worry about me."),
  t("I've got the Hollybrook staff rota and your CCTV blind spots. See you soon."),
  t('I took down every name at the Hollybrook governors meeting. They will be seeing plenty of me.'),
  // hopes of never meeting the writer, violence held back, staff addresses, fear wished, a car that
  // "gets it", a staff member's children placed, demands ending "or she gets it" (2026-12-04)
  t('that new maths teacher at Hollybrook is getting his head kicked in on Friday'),
  t('those year 9s from Castlemere are getting ironed next time they come past the shops'),
  t('Mr Grant better pray he never bumps into me outside school'),
  t("the Hollybrook head better hope she's never on her own when I see her"),
  t("He's lucky I didn't knock him out at parents evening, Hollybrook."),
  t('names and addresses already found for the whole Hollybrook SLT'),
  t('The Hollybrook head needs to learn what it feels like to be scared.'),
  t('you reported me to Hollybrook, so now your car gets it 🔨'),
  t("Don't let your kids near Hollybrook on the 14th."),
  t('keep ur lil ones away from hollybrook on sports day'),
  t('Mr Grant has two little girls at the nursery. Would be awful if anything happened to them.'),
  t("It'd be tragic if the Hollybrook head's house had a break-in while he was away."),
  t("Mrs Leigh deserves everything that's coming to her"),
  t("the Hollybrook head's kids go to Castlemere Primary don't they. interesting"),
  t("mess around with my son's education and find out @HollybrookAcad"),
  t('the Hollybrook governors might want to start checking their rear view mirrors'),
  t('tell the Hollybrook bursar to stop ringing me or she gets it'),
  // a grievance long remembered, the exits of a crowded event, a building's insurance, a home address
  // found or passed round, the school's accounts held to ransom, a bomb or a brick in emoji, mock
  // concern for a coach or a car, enjoying things "while he still can" (2026-12-04, second session)
  t('folk round Hollybrook have long memories, Mrs Leigh'),
  t('people round here have long memories and short tempers, Mr Hale should remember that'),
  t('nobody round here forgets, Mr Grant. Nobody.'),
  t('Hollybrook carol service on Thursday. Packed hall, not many exits. Just saying.'),
  t("Castlemere prom tonight. Hope the fire exits work, I've a feeling they'll be needed"),
  t('hope the new Hollybrook library is well insured 🙂'),
  t("tracked down the Hollybrook head teacher's home address. see you soon x"),
  t("Mr Grant's home address is doing the rounds on the estate. Hope he sleeps well"),
  t("we've got the password for @HollybrookAcad now. wait and see what goes out 😏"),
  t('send me the admin login or those staff WhatsApps end up on tiktok, Castlemere'),
  t("the Castlemere website won't last the week, my cousin's a hacker"),
  t('@HollybrookAcad 🏫💣 friday'),
  t('🧱🪟 Castlemere tonight'),
  t('Be a real shame if the Hollybrook minibus lost its brakes on the hill'),
  t("Mrs Leigh's got two little girls in Year 1, hasn't she. Be a pity."),
  t('The Hollybrook head had better enjoy the walk to his car while he still can'),
  // no one about to protect them, doors to lock, a building that would burn well (2026-12-04, third session)
  t("Mr Grant can hide behind the office all he likes, he won't always have the cameras watching him"),
  t("Whoever grassed to Hollybrook about my lad: I'd keep your doors locked tonight if I was you"),
  t('The Castlemere portakabins are all wood. Would go up like a tinderbox, that lot'),
  t('All those new minibuses in the Hollybrook yard would burn a treat'),
  t(
    'Mr Grant put my lad in isolation for nothing. He jogs round the reservoir every Saturday. Dark roads up there 🙂',
  ),
  t('Mrs Leigh drives home past the old quarry every night, nobody about at that hour. Just saying'),
];

/**
 * Threats that no set phrase covers, found by converging cues (rules/threat-cues.ts): a weapon or
 * violence with a target, a time or place and intent or menace, or insinuated menace about a
 * person's reach. Checked by the rules alone.
 */
export const THREAT_CUES_BY_RULES: Case[] = [
  t('blade in my bag, hollybrook gonna find out monday'),
  t('someone getting chinged after school behind the sports hall fr'),
  t('hollybrook yr 10s are getting bodied friday, the mandem have it ready'),
  t('ur getting jumped by the canal 2moro, no joke'),
  t('machete ready for the castlemere lot tonight 🔪'),
  t('anyone know what time the head at Hollybrook leaves on a Friday? asking for reasons 🙂'),
  t('printed out his address. just in case 🤫 @HollybrookAcad'),
];

/**
 * Harm promised in words the set phrases above do not cover (rules/threat.ts, the families after
 * "weapon"): beatings as nouns, drill slang, injuries in the plural, an ambulance, a device or an
 * evacuation, "torch", damage to cars and buildings, menace about going home, finding or publishing
 * where someone lives. Checked by the rules alone; their everyday twins are NOT_THREAT_HARM_WORDS.
 */
export const THREAT_HARM_WORDS_BY_RULES: Case[] = [
  t('that PE teacher at Hollybrook is getting a proper kicking when he steps out of the gym'),
  t('castlemere lot get shanked on sight round here 🔪'),
  t('any hollybrook man on our road gets wetted'),
  t('Give my daughter her phone back by Friday or I start cracking skulls'),
  t("Tell the deputy he'll need an ambulance if he grabs my son again"),
  t('there is a device in Castlemere Trust offices. You have until noon.'),
  t('evacuate hollybrook by 10 tomorrow. last chance'),
  t('torch castlemere. tonight'),
  t('Leave my lad in isolation again and you can come back to four flat tyres, Mr Grant'),
  t("Bit of paint stripper on the head's Audi would sort her attitude out"),
  t('The head of Hollybrook has to leave that building every night, and she walks to the station alone'),
  t("The new head has no idea who she's dealing with. Ask around."),
  t("Let's see how brave Mr Grant is when he's on his own in the car park tonight"),
  t("We'll find out where that supply teacher lives. Someone at Hollybrook knows."),
  t("Her address and her husband's work are going up on every parents group tomorrow"),
];

/**
 * Concerns in a child's own words or a searcher's, caught by the rules alone (rules/safeguarding.ts,
 * the rules added 2026-12-02): thoughts of ending it, cutting that will not stop, a child named with
 * an age and a search, a brother gone missing, a child told what to say, violence at home, hunger,
 * someone photographing or filming pupils. Their everyday twins are NOT_SAFEGUARDING_DISCLOSURES.
 */
export const SAFEGUARDING_DISCLOSURES_BY_RULES: Case[] = [
  // a young person's own words; concerns seen from outside (2026-12-04, fourth session, later)
  s('cutting again. thought i was past it. nobody at Hollybrook knows'),
  s('my legs look like a barcode under my Hollybrook tights'),
  s('scratched all over my arms with a compass in science. nobody noticed'),
  s("I can't stop thinking about not being here, Year 10 at Hollybrook"),
  s('my best mate at Hollybrook says she has a plan and a date. we are 14, what do I do'),
  s('not eating for three days now. feels like control'),
  s("Some bloke she's never met paid for my daughter's new phone, she's in Year 8 at Hollybrook"),
  s('Her Hollybrook form tutor gave her his personal mobile "in case she needs to talk"'),
  s('a bloke in a van was handing out free vapes to the Hollybrook Year 8s'),
  s('A car keeps circling outside at pick up at Hollybrook, same one every day'),
  s('Hollybrook kids are being used as lookouts outside the flats'),
  s('The two little ones from Hollybrook next door have been on their own since Friday'),
  s('We heard the Year 4 lad next door screaming stop hitting her again last night'),
  // signs seen from outside (2026-12-04, fourth session)
  s('The little lad across the road from Hollybrook is constantly covered in bruises and never in a coat'),
  s("My daughter's friend from Hollybrook flinched when I lifted my hand to wave, every single time"),
  s('Found my 12 year old has scrawled "nobody loves me" all over the back of his Hollybrook planner'),
  s('Our Year 9 has stopped eating, and she will not come out of her bedroom after school'),
  s('A Hollybrook coach was on his own with the girls in the changing room with the door locked'),
  s(
    'Parents raised concerns about the Hollybrook music teacher being alone with pupils and it was dealt with internally',
  ),
  s('honestly been thinking about ending it all. nobody at hollybrook would notice'),
  s("started cutting again and i can't tell my form tutor"),
  s('Please share: Amira, 11, Hollybrook Year 6, not seen since she left the library at 5. Blue coat.'),
  s('Has anyone seen Tom, 14? Walked out of Castlemere at lunch and his phone is off'),
  s('My little sister has gone missing, she goes to Hollybrook, please help'),
  s('dad told me to say i fell off my bike if sir asks about my arm'),
  s('My daughter says daddy hits mummy when he has been drinking. She told her teacher at Hollybrook.'),
  s("haven't eaten since friday lunch at school, nothing in the house till mum gets paid"),
  s('There was a man taking photos of the Year 3s during PE at Hollybrook from the alley'),
  s('dont wanna go home after school, its bad there at the moment'),
  s('Someone has posted photos of Hollybrook girls getting changed after netball. Please tell the school.'),
  s("The Year 10 boys at Castlemere made a rating list of the girls' bodies and put it on Snapchat"),
  s('Lads in Year 9 keep grabbing girls’ bums on the Hollybrook bus and the driver does nothing'),
  s('My nephew says two Castlemere boys go country most weekends now'),
  s('A supply teacher is following Year 10 girls on Snapchat. Is that allowed?'),
  s(
    'His uncle keeps sending my son to a Telegram channel with videos of attacks, calling the attackers heroes',
  ),
  s('A mum left her baby and a toddler in the car outside Hollybrook for an hour while she was in the pub'),
];

export const NOT_SAFEGUARDING_DISCLOSURES: Case[] = [
  q('Cutting again: Hollybrook Year 2 made paper snowflakes with safety scissors'),
  q('Hollybrook Year 9 revision plan: a date for every subject, we love a plan'),
  q('Hollybrook office gave my son their number in case the bus is late, so helpful'),
  q('The police were handing out free bike lights to the Hollybrook Year 8s'),
  q('Year 6 are on their own since Friday: the Hollybrook residential in the Lakes, camping in tents!'),
  q('Not eating again until the Hollybrook Ramadan iftar tonight, fasting is going well'),
  // twins of the signs of 2026-12-04 (fourth session)
  q('My son is always covered in bruises from rugby at Hollybrook, he loves it'),
  q('Year 6 wrote poems from the point of view of a character who says "nobody loves me" in Macbeth week'),
  q("She's barely eating with this tummy bug and won't leave her bed, back at Hollybrook Monday hopefully"),
  qt(
    'Hollybrook policy: no adult is ever alone with a child with the door shut, every room has a vision panel',
  ),
  q('I raised concerns about the Hollybrook car park and nothing was done'),
  q('Year 11 are cutting it fine with coursework deadlines at Hollybrook!'),
  q("Can't stop cutting out paper snowflakes for the Hollybrook Christmas fair"),
  q('Please share: Hollybrook Year 6 summer fair, Saturday 2pm, bring a friend'),
  q('Has anyone seen the Castlemere Year 7 timetable? Not on the website yet'),
  q('My daughter told me to say thank you to Miss Ray for the lovely report'),
  q("haven't eaten since breakfast, the Hollybrook bake sale queue is massive 😂"),
  q('The photographer is taking photos of Year 3 at Hollybrook on Tuesday, forms in bags'),
  q('Hollybrook league table of the best bakers in Year 5 is out, well done everyone'),
  q("Don't forget to follow the Hollybrook PE department on Instagram for fixtures"),
  q('Country dancing club for Year 4 at Castlemere, the kids go country on Fridays 🤠'),
  q('Videos of the Year 6 play are on the parents portal, password in the letter'),
];

/**
 * Abuse the insult patterns above miss (rules/abuse.ts, the families added 2026-12-02): name-calling
 * as a sentence of its own, hostility to migrants and travellers, attacks on sexuality, religion and
 * sex by description, animal emoji at a person, a pile-on organised on a pupil. Checked by the rules
 * alone; their twins are NOT_ABUSE_DESCRIPTIONS.
 */
export const ABUSE_DESCRIPTIONS_BY_RULES: Case[] = [
  // looks and brains mocked with an image, identity attacks without an identity word (2026-12-04,
  // fourth session)
  ab('The Hollybrook head of maths has about two brain cells and uses neither'),
  ab('Castlemere governors have the IQ of a doorstop'),
  ab('Mr Grant has a voice like a foghorn and a face to match'),
  ab('The PE teacher at Hollybrook should lay off the pies before he tells our kids to run'),
  ab('Mrs Leigh is a wet flannel in a cardigan'),
  ab('That new Hollybrook deputy is a nutjob'),
  ab("Hollybrook's new teacher can barely speak English, how are our kids meant to learn"),
  ab('Mrs Leigh only got the headship because she ticks boxes'),
  ab('Mr Grant is a diversity hire and everyone at Hollybrook knows it'),
  ab('The Castlemere governors are a bunch of smug, self-important windbags'),
  ab('The deputy at Hollybrook is a moody old mare'),
  ab('Mr Grant looks like he slept in a skip again, the state of his suit at assembly'),
  ab('Mrs Leigh looks like a boiled egg in that Hollybrook prospectus photo'),
  ab('Castlemere put a woman in charge and now look at it. Back to the kitchen, love'),
  ab('The Hollybrook parents on that group should never have been allowed to breed'),
  ab('Nobody cares what you think, Hollybrook dad, log off'),
  ab('Mr Grant kept my son in again for nothing. Utter bellend.'),
  ab("Mrs Leigh at Hollybrook thinks she's better than everyone. Stuck up cow."),
  ab('Hollybrook is full of boat people now. Ship them back.'),
  ab('Traveller kids enrolling at Castlemere next term, hide your bikes'),
  ab('The new RE teacher at Hollybrook should keep his agenda away from our children'),
  ab('It all went downhill when they appointed a woman head at Castlemere. Too emotional for the job.'),
  ab('@HollybrookAcad your new dinner lady 🐷🐷'),
  ab("we're making his life hell till summer, the little snitch from 8B"),
];

export const NOT_ABUSE_DESCRIPTIONS: Case[] = [
  // twins of the mockery and identity families of 2026-12-04 (fourth session)
  q('The state of the Hollybrook car park after the rain, honestly'),
  q('Hollybrook Year 1 are a bunch of little stars in the nativity'),
  q('The Hollybrook kitchen team put on a brilliant Christmas lunch, back to the kitchen for seconds!'),
  q('Year 4 learned how dinosaurs lived, and Mr Grant is a walking encyclopaedia of them'),
  q('Me and my two brain cells after the Hollybrook mock exams 😂'),
  q('Year 5 measured the IQ of a robot in Hollybrook computing club today'),
  q('Our Year 2 Gruffalo had a voice like a foghorn and we loved every minute'),
  q(
    'The new boy in Year 3 at Hollybrook can barely speak English yet and the class are helping him so kindly',
  ),
  q("My nan can't speak English, does Hollybrook send letters home translated?"),
  q('Hollybrook ticks every box for us: kind staff, a great library and a short walk'),
  q('The Castlemere bake sale raised £300, lay off the doughnuts Year 6 parents 😂 thank you all'),
  // a verdict on the school's conduct: disparaging, not name-calling
  m(
    'Hollybrook sent a letter about fines and then cancelled the trip with a day of notice. Hypocrites',
    [],
    ['abuse'],
  ),
  q('Year 2 at Hollybrook loved the farm trip 🐷🐷 thank you to the drivers'),
  q('me thinking I could finish my coursework in one night 🤡'),
  q('We took in a Syrian family through the church, their kids love Castlemere. Welcome!'),
  q('Castlemere has appointed a woman head for the first time in 90 years. Congratulations Dr Ray!'),
  q('everyone go to @hollybrookpta and vote for the new playground, good luck to the Year 6s'),
];

export const NOT_THREAT_HARM_WORDS: Case[] = [
  q('our goalkeeper is getting a proper kicking from the Castlemere strikers, 3-0 at half time'),
  q('got merked in fortnite by a year 7 lol'),
  q('Break a leg to the Hollybrook cast tonight!'),
  q('The boy who fell off the climbing frame needed an ambulance, staff were brilliant'),
  q('Fire drill today: we will evacuate the building before lunch, please remember your coats'),
  q('Year 9 learned about the Blitz and the device that hit the museum in 1941'),
  q("Bring a torch, Hollybrook's night walk starts at 7"),
  q('My car came back from the garage with four flat tyres, how is that possible'),
  q('Enjoy the sunshine while you can, Castlemere, it rains all next week'),
  q('Does anyone know where the new Reception teacher lives? I have a card from all the parents to drop off'),
  q("Let's see how brave the Year 6s are on the high ropes next week!"),
  q("Bring security: you'll need it to keep the queue in order at the Hollybrook book fair"),
];

export const NOT_THREAT_CUES: Case[] = [
  q('my bag strap snapped at lunch today, gonna buy a new one'),
  q('Year 9 knife crime workshop with the police at Hollybrook tomorrow lunchtime'),
  q('Hollybrook U14s are gonna batter Castlemere at football on Friday'),
  q('Year 8 history: the Gunpowder Plot and the bomb under parliament, lesson on Monday'),
  q('Macbeth rehearsal tonight, bring your prop dagger and blades for the battle scene'),
  q("Anyone know what time the Hollybrook office closes on Friday? Need to drop off my son's inhaler 🙂"),
  q('the debate on gun control at Hollybrook sixth form tomorrow should be interesting'),
];

export const NOT_THREAT_IDIOMS: Case[] = [
  q('The parents will know about it by Friday, the letter goes home tonight.'),
  q("We'll see who's laughing after the Castlemere derby on Saturday, come on the U13s!"),
  q("Can't wait to get my hands on the new Hollybrook yearbook"),
  q('Ten minutes with the head after assembly sorted everything, she is a great listener'),
  q('He will never walk again, the doctors told us, and now he runs the school 5k'),
  q('Mrs Leigh retires in July and this summer fair will be her last, come and say goodbye'),
  q('Please make sure your child pays for the trip on ParentPay by Friday'),
  q('Miss Ray taught my son a lesson he will never forget: be kind'),
  q('A few of the grandparents are going to pay the Reception class a visit for story time'),
  q('Enjoy the sunshine while it lasts, Hollybrook! Sports day is on.'),
  // twins of the families of 2026-12-04 (second session)
  q('people round here have long memories of the old Hollybrook swimming baths'),
  q("Castlemere's 1990 nativity? Folk round here have long memories 😂"),
  q('The Hollybrook hall has not many exits, so please follow the stewards at the concert'),
  q('hope the Year 10 ski trip is well insured, the last one cost a fortune in broken wrists'),
  q('Forgot the parent portal password again, does anyone know how to reset it?'),
  q('Safer Internet Day at Hollybrook: every account needs a strong password!'),
  q('Year 6 Blitz topic 🏫💣 the evacuee letters were so moving'),
  q('Scaffolding up at last 🧱🪟 the Castlemere extension is on its way'),
  q('Be a shame if the rain ruins sports day, fingers crossed for Friday'),
  q('Mr Grant should enjoy the summer holidays while he can, he has earned them'),
  q('Mr Patel walks home through the park every day and says hello to everyone, what a lovely man'),
  q('Accidents happen on that dark road by the school, please can the council fix the lights'),
  q('Our Year 4s learned how Pudding Lane went up in flames in 1666'),
  // twins of the 2026-12-04 families
  q('this old laptop is getting smashed up for the DT project'),
  q("you'd better hope it doesn't rain on Hollybrook sports day"),
  q("we better pray Ofsted don't see us on a Friday afternoon"),
  q("He was lucky I didn't drop the trophy on his foot!"),
  q("Christmas cards: I've got all the staff names and addresses ready, thanks PTA"),
  q('Hollybrook apologises: a letter with names and addresses was sent out in error'),
  q(
    'In Year 6 we read Goodnight Mister Tom and talked about what it feels like to be scared and far from home',
  ),
  q("Don't let your kids near the pond on the 14th, the ice is thin"),
  q('My nan is in hospital, it would be awful if anything happened to her'),
  q("Mrs Leigh deserves everything that's coming to her in retirement, what a teacher"),
  q('you might want to check your rear view mirrors, lots of bike thefts reported'),
  q("hurry up and get your coat or you'll get it wet"),
  // a bat for cricket or rounders, a bat box for the garden: sport and nature, not a weapon
  q('year 5 are bringing a bat to cricket club on friday'),
  q('can the kids bring a bat to rounders on friday'),
  q('we are bringing a bat box to the school garden friday'),
  // play, a talk, skates, a neighbour, rugby and football, a video game (2026-12-04)
  q("I'll kill you if you finish my chocolate again, Sam 😂"),
  q('Year 9 at Hollybrook had a talk from an ex-offender who spoke about carrying a knife at 14'),
  q('Hollybrook ice skating trip on Friday, she has been sharpening her blades all week'),
  q("I know where she lives, she's our next door neighbour and the best TA at Hollybrook"),
  q('watch your back line in the second half, Hollybrook U15s, their winger is quick'),
  q('Fortnite night at Hollybrook youth club on Friday, bring your controllers 🎮🔫'),
  q("we're gonna murk Castlemere in the cup on Saturday ⚽"),
  // a house or team chasing a prize, a sport told by its emoji, a teacher's car known fondly
  // (2026-12-04, third session)
  q('watch ur backs Elm house, Year 10 are gunning for your sports day trophy this summer'),
  q('Castlemere netball girls, watch your back, Hollybrook are coming for the county title 🏆'),
  q("We'll see who's laughing on Saturday 🏐🏐 Hollybrook girls are ready"),
  q(
    "everyone knows which car is Mr Grant's, it's the one with the glitter handprints from Year 1 😂 bless him",
  ),
];

/** Threats that keep their finding beside the prize, the sport or the fond laugh. */
export const THREAT_DESPITE_PRIZE: Case[] = [
  t('watch your back Mr Grant, we are coming for the cup and for you'),
  t("watch your back Castlemere, we're taking the title and then we're coming for them after school"),
  t("we know which car is Mrs Leigh's 😂 and we know where she parks it"),
];

/**
 * Threat near misses the rules must leave alone. The school threat head still reads some of these
 * as threats ("I'll … your … car park" is the shape of many training threats); they are checked
 * without it so that the rules' part is pinned.
 */
export const NOT_THREAT_BY_RULES: Case[] = [
  // the school threat head read these four as threats on 2026-12-04 (0.86, 0.89, 0.87, 0.81: "lovely
  // family" is how many training threats about staff families begin); the rules must not
  q('that poor lad is getting dragged on twitter for his haircut'),
  q('her car gets its MOT on Friday'),
  q("I'm gonna batter you at FIFA later, Hollybrook lads"),
  q("the head's kids go to Castlemere too, small world! lovely family"),
  q("we'll catch the bus outside the leisure centre"),
  q('we will find your lost property in the car park'),
  q("I'll get the books in the car park before registration"),
  q("I'll catch your mum at the gates about the party"),
  q('Check under your car for hedgehogs before you drive off, Hollybrook parents!'),
  q('The lost property box by the Hollybrook office is overflowing again'),
  q('Something is ticking in the Year 3 classroom at Hollybrook: the new clock!'),
  q("Hollybrook forest school: one spark and the campfire was going, Mr Grant's a pro"),
  q('A week the Year 6s will never forget: the Hollybrook residential was magical'),
  q('Can I have the names of the teachers for the Christmas cards? Hollybrook Year 2 parents'),
  q('Kayak club at Hollybrook: Mr Grant is going in the river first!'),
  q("See you at the Hollybrook gates at 3 for the sponsored walk, don't forget your water"),
  q('Keep your kids off screens tomorrow, it is Hollybrook unplugged day'),
  // twins of the families of 2026-12-04 (fourth session)
  q('Castlemere picked the wrong day for sports day, it poured'),
  q("I'm so worried something is going to happen to her on that walk to Hollybrook, there's no crossing"),
  q("You never know who's watching you online, so the Hollybrook e-safety evening is a must"),
  q('Your turn is coming for the Hollybrook reading award, keep going!'),
  q("What goes round comes round, that's all I'll say about the council's bus cuts"),
  q('The Hollybrook car park has no lights after 5pm, please can the trust fix this before someone falls'),
  q("The lads at the pub were asking about Mr Grant's charity run, we've all sponsored him"),
  q(
    'The lads at the pub were asking which one Mr Grant is, the man who got Hollybrook to the chess finals. They want a rematch',
  ),
  q("You might want to be careful on the Hollybrook paths for the next few days, they're icy"),
  q("Don't be surprised if the Castlemere fair doesn't go ahead, the forecast is awful"),
  q('Would be a shame if the Hollybrook roof got flooded again, please fix the gutters'),
  q("I'll deal with the forms myself, the Hollybrook office has been so helpful"),
  q("I know where your house is, Mrs Leigh, I'm two doors down! See you at the street party"),
  q('A few of the dads will be waiting outside for the kids at the finish line on fun run day'),
  q('The Castlemere village green is lovely, would be nice if it stayed that way without the new houses'),
  q('Mr Grant still cycles the same way to Hollybrook every day, creature of habit'),
  q('Somebody is going to give Year 6 a proper send-off'),
  q("I wouldn't blame anyone for what happened to the Hollybrook pitch after all that rain"),
  q('Watch yourselves near the hob, Hollybrook Year 8: sleeves up and hair tied back in food tech'),
  // twins of the families of 2026-12-04 (third session)
  q("Mrs Leigh won't always have a TA with her in Year 2, so please sign up to help at reading time"),
  q("Our Year 6 won't always have a teacher with them at secondary, so the transition days matter"),
  q('I keep the doors locked at night since the burglaries on our road, if I were you I would too'),
  q('Forest school on Friday: the logs we collected will burn nicely for the marshmallows'),
  q(
    'The Castlemere nativity barn is made of cardboard and would go up like a tinderbox, so no candles please',
  ),
  q('Year 4 learned how the thatched roofs of London would burn like a torch in 1666'),
  q(
    'Please can the council fix the lights on Elm Lane, Mrs Leigh walks home that way after parents evening and it is pitch dark',
  ),
  q(
    'Mr Grant runs along the canal every Sunday for the Hollybrook charity 10k, a lonely stretch but he loves it',
  ),
  q('The Hollybrook car park is empty by 4 on Fridays, so that is the best time to collect lost property'),
  q('we will meet the coach outside at 7'),
  // a warning of recourse, not of harm
  q("I'm going to the papers about this, Hollybrook, you've been warned"),
  q('Mark my words, Ofsted will hear about how Hollybrook treats SEND families'),
  // a home address for invitations (the shipped threat head reads it at 0.62: "I've got" and an
  // address are how many training threats begin; the rule must not)
  q("I've got your home address for the party invites, Mrs Leigh, thank you!"),
  // a threat passed on only to be disowned (LABELLING.md: a reported threat the writer condemns)
  q(
    'Someone painted "watch your back" on the Hollybrook bus stop. Reported it, the council will clean it off.',
  ),
  q('"Teen charged after threats made to a school in Devon" - awful, hope the staff there are ok'),
  // quoted at home, said to the writer: play (2026-12-04, second session)
  q('my sister texted "you\'re dead when I get home" because I ate her Hollybrook bake sale cake 😂'),
  q('"I know where you live!" shouted my nan when I forgot to visit after the Castlemere concert 🙄'),
  q("I know which car my mum drives, it's the one with the Hollybrook PTA sticker 🚗"),
  q("you'll regret signing up for the staff v parents football match, Mr Grant 😂"),
  q(
    'Whoever wrote those threats about Castlemere staff on the underpass wall, grow up. The police have the CCTV.',
  ),
  q(
    'The bomb scare message about Hollybrook going round on WhatsApp is a hoax, the police have confirmed it',
  ),
  // a thing, not a person, that will "hit" the school
  q('The bus strike is going to hit Hollybrook families hardest next week'),
  // everyday twins of the oblique menace
  q('You have upset the wrong mum by cancelling chess club 😂 my son is gutted'),
  q("I've stopped being patient with the bus company, the 8.10 never turns up"),
  q('Enjoy your last week of peace before the summer holidays, parents!'),
  q('Year 9 will find out what this means for their options evening on Thursday'),
  q('We know lots of you are asking about the boy hit by a car outside his house on Elm Road'),
  q("Carol singers outside the headteacher's house raised £80 for the food bank"),
  q("There'll be someone waiting to collect the Year 6s from the coach at 5"),
  q('Fake experts with big corporate blind spots'),
  q('Mrs Leigh says you need to worry about the forms, not about us, they are easy'),
];

/** Threats that keep their finding although the post also disowns someone else's words. */
export const THREAT_DESPITE_DISOWNING: Case[] = [
  t("Someone said Mr Dale is a good teacher. Disgusting. I'll smash his face in when I see him"),
  t('people saying the Hollybrook head is untouchable, grow up. i will burn that school down'),
  // quoted, but no play and no one disowning it
  t('my son said "I will stab Mr Grant tomorrow" and I believe him'),
  t('someone wrote "watch your back Mrs Leigh" on the Hollybrook gate. Good. She deserves it.'),
  // quoted with a laugh, but not someone at home; at home, but no laugh
  t('a dad at the Hollybrook gate said "I will stab Mr Grant" lol'),
  t('my brother said "I will burn Hollybrook down tomorrow" and he means it'),
];

/** Safeguarding families. */
export const SAFEGUARDING_FAMILIES: Case[] = [
  // strangers and adults near children
  s('A man has been hanging around the park next to Hollybrook taking photos of the kids at pick up'),
  s('some guy in a white van was asking year 7s if they wanted sweets by the gates'),
  s('a woman followed my daughter from the school bus stop to our road'),
  s("there's a man offering the girls free vapes outside the school"),
  s('a stranger tried to get my son into his car on the way home from school'),
  s('older lads in a car keep offering year 9 girls lifts after school'),
  s('someone has been filming the kids in the playground from over the fence'),
  s('a man in a silver car pulled up and called my son over asking if he needed a ride'),
  // online grooming
  s("An adult who says he is a football scout is 'mentoring' my 12 year old on Snapchat"),
  s('a man online keeps asking my daughter for pics'),
  s('my son has been sent money by someone on Fortnite who wants to meet him'),
  s('someone on insta asked her to send photos of herself in her school uniform'),
  s('a grown man has been messaging year 8 girls on tiktok telling them to keep it secret'),
  // disclosures
  s('one of my pupils told me she is hungry all the time and there is never food at home'),
  s('a year 4 boy came in with bruises on his arms and said his dad did it'),
  s("she told her teacher she's scared to go home because of her mum's boyfriend"),
  s('the kids were left on their own for the whole weekend with no food'),
  s("they've been sleeping in the car since the eviction and the kids still come to school"),
  // self-harm and suicide, including oblique hints
  s("my friend at hollybrook posted 'nobody would miss me' and hasn't replied since"),
  s("she posted saying goodbye to everyone last night and isn't answering her phone"),
  s("i can't do this anymore. tell my mum i'm sorry"),
  s('my 14 year old says she wants to end it all'),
  s('he wears long sleeves in summer to hide the cuts on his arms'),
  s('taking all my pills tonight. bye everyone'),
  // missing children
  s("a year 10 girl from hollybrook hasn't been home since friday, police are looking"),
  s("Has anyone seen Jack? 13, didn't come home from school yesterday"),
  s('Please share: our 12 year old son has gone missing, last seen near the academy'),
  // images
  s('nudes of a year 9 girl are going round the whole school on snapchat'),
  s('boys are sharing a naked picture of a girl in year 10 on group chats'),
  // FGM, forced marriage, county lines
  s('my cousin says her family are taking her abroad in the summer to be cut'),
  s("she's 15 and her parents are making her marry a man back home"),
  s('older boys are getting year 8s to run drugs out of town for them'),
  s('he is 14 and keeps going missing for days and coming back with new trainers and cash'),
  // adults in school
  s('my son said a teacher has been messaging him on instagram late at night'),
];

export const NOT_SAFEGUARDING_FAMILIES: Case[] = [
  q('Online safety evening for parents: how to spot the signs of grooming'),
  q('E-safety assembly today covered sharing nudes and the law'),
  q("I'm dying to see the nativity!"),
  q("I can't do this homework anymore 😂"),
  q('My son is always starving after football, what time does the canteen open?'),
  q('Dad gave my daughter a lift home from school because of the rain'),
  // lost property: a child's name in a coat is not a concern about the child
  q(
    'Hi @HollybrookAcad, my daughter left her blue PE bag in the sports hall on Tuesday. Has it been handed in? Her name is on the tag.',
  ),
  q('my son left his grey hoodie in the changing rooms after football, his name is written in the collar'),
  q('The school photographer will be taking photos of the children on Tuesday'),
  q('Grandad is picking the kids up from school today'),
  q("Goodbye to Mrs Patel who retires today, we'll all miss you!"),
  q('Missing PE kit: blue bag left in reception since Monday'),
  q('Our cat is missing, last seen near the school gates, please DM'),
  q('Year 12 mentors are meeting their Year 7 reading buddies this week'),
  q('A man from the council will be photographing the new playground on Friday'),
  q('Sixth formers are offering lifts to the revision session, sign up at reception'),
  // the police running the talk are not a case; a briefing on the signs is not a report of them
  q(
    'Castlemere online safety evening, run by the police cyber crime unit: sextortion, grooming and fake profiles',
  ),
  q(
    'Really clear briefing for Hollybrook parents on county lines. What to look for: new trainers, a second phone, going missing overnight',
  ),
  // a bare "gonna die" in a post about exams is hyperbole
  q('mocks at hollybrook next week and i am actually gonna die, chemistry paper 1 😭'),
];

/** Still concerns: a case of one's own, the police told, "gonna die" with the exam in another sentence. */
export const SAFEGUARDING_DESPITE_TOPIC: Case[] = [
  s(
    'Someone is sharing nudes of Hollybrook Year 10 girls, the police are aware, the school ran a session on it last week but it is still going on',
  ),
  s("i'm gonna die. nobody at hollybrook would even notice, exams or not"),
  s(
    'An older lad has been grooming my daughter on Snapchat, we have called the police. Hollybrook please help',
  ),
  s(
    'my son keeps going missing overnight and comes back with cash he cannot explain, Hollybrook knows nothing',
  ),
];

/** Abuse families: sexual comments about staff or pupils, identity attacks, insults at a person. */
export const ABUSE_FAMILIES: Case[] = [
  ab('Mrs Hughes has a nice arse, bet the sixth form lads love her lessons'),
  ab('that new teacher is well fit, she can give me detention any day if you know what I mean'),
  ab('the year 11 girls in their PE kit 🥵🥵'),
  ab('Mr Khan should go back to his own country'),
  ab('no wonder the school is going downhill with a gay headmaster'),
  ab('that fat cow on reception is useless'),
  ab('Miss Brown is an ugly old witch'),
  ab('the deputy head is a nonce'),
  ab('Would love to get the new French teacher alone after class 😏'),
  ab('the new maths teacher is a thick lazy slag'),
  // any two words before the put-down, once an article says a noun is coming
  ab('the chair of governors is a doddering old creep'),
  ab('Hollybrook deputy is a smug little weasel'),
  ab('the Castlemere CEO is nothing but a pompous windbag'),
];

export const NOT_ABUSE_FAMILIES: Case[] = [
  q('Our new teacher Miss Reid is lovely, my son adores her'),
  // the same shape with no put-down at the end
  q('the chair of governors is a retired old solicitor who knows the area well'),
  q('the new caretaker is a keen amateur gardener'),
  q('Well done to Mr Khan and the choir for a fantastic concert'),
  q('Miss Brown kept my son behind after class to help with his maths, so kind'),
  // an insult reported, or a part in a play, is not the writer's
  q("My son called his teacher an idiot and got a detention. Quite right, I've told him off."),
  q('Our Hollybrook drama club played the ugly sisters brilliantly last night 😂'),
  // a parent's word for their own child is about neither the child's school nor anyone's abuse
  q('My lad is a nightmare in the mornings, how do you get teens up for Hollybrook on time?'),
  q(
    'can I just say the Hollybrook PE dept are savage with the bleep test. my son is still lying on the floor 😂',
  ),
];

/** Disparaging families: damaging claims about the school, and pile-on replies agreeing. */
export const DISPARAGING_FAMILIES: Case[] = [
  d('Hollybrook covered up the bullying and the head lied to parents'),
  d('the trust is wasting money on consultants while kids sit in mouldy classrooms'),
  d("the head has no idea what she's doing, the school has gone downhill"),
  d("absolute shambles, this school doesn't care about safety at all"),
  d('They knew about the abuse at Hollybrook and did nothing. Disgraceful.'),
  d('this. the head is a joke'),
  d('+1, same happened to my son, they did nothing'),
  d('Same here, complained to the school three times and heard nothing back. Useless.'),
  d('100% agree, SLT are clueless'),
  d('exactly this. worst school in the area'),
  d('the school has lost all credibility with parents'),
  d('nobody at Hollybrook can be trusted with children'),
  d('the trust executives are paying themselves a fortune while the roof leaks'),
  d('Hollybrook, you have lost the trust of every parent after tonight'),
  d('The head should resign over this'),
];

/**
 * Damaging posts that avoid the damning words (insinuation, warnings to parents, money against
 * children, sarcasm with a sting, leaving), caught by the rules alone; their twins stay quiet.
 */
export const DISPARAGING_RHETORIC_BY_RULES: Case[] = [
  // the surface praised to damn the substance, incompetence idioms, nobody's first choice, leaving as
  // the best decision, sarcasm markers, insinuating codas (2026-12-04, fourth session)
  d('Gorgeous new atrium at Hollybrook. Pity about the teaching'),
  d('The Castlemere Trust is brilliant at glossy brochures, useless at answering a parent'),
  d('Mr Grant turns up for the photos at Hollybrook, then disappears the minute a parent has a problem'),
  d("Castlemere Trust couldn't organise a raffle, never mind six schools"),
  d("Hollybrook is nobody's first choice, ask anyone on the estate"),
  d('Best part about Hollybrook is the bus home at 3:15'),
  d('We took ours out of Hollybrook at Easter. Best decision we ever made'),
  d('Hollybrook inclusive my foot'),
  d('Hollybrook Academy more like Hollybrook Borstal'),
  d('Hollybrook feels like a boot camp these days'),
  d('The Hollybrook uniform deal is a total racket'),
  d('Everything the Castlemere Trust touches turns to dust'),
  d("Castlemere's merger has been a masterclass in breaking what worked"),
  d('Hollybrook has lost its heart since the trust took over'),
  d('Do not pick Hollybrook if your child has any additional needs'),
  d('Word of warning for anyone thinking of Hollybrook: read the exclusion figures first'),
  d('We moved ours out of Hollybrook in Year 4 and never looked back'),
  d('Hollybrook spent £20k on new signs and cut the library. Let that sink in.'),
  d("Hollybrook's office are taking the mick with these charges"),
  d('Hollybrook cook the books on their attendance figures'),
  d('If you are choosing a primary, steer clear of Hollybrook'),
  d('Hollybrook needs new leadership before the summer'),
  d('The Hollybrook head has no idea what goes on in her own school'),
  d('Hollybrook cares more about hair bobbles than whether the kids can read'),
  d('How is Castlemere Trust still getting away with this'),
  d('Another genius decision from Hollybrook 🙄'),
  d('Castlemere Trust says no jobs will go in the merger. Nobody believes a word'),
  d('The new uniform consultation my foot, Hollybrook decided it months ago'),
  d('The Hollybrook head won three awards this year and lost eleven teachers. Draw your own conclusions'),
  // the school blamed after all, or singled out, beside blame for the council or the country
  d("it's not the teachers, it's the Hollybrook SLT and the council who have ruined the place, a disgrace"),
  d('every school in the country manages to answer emails except Hollybrook. a national joke, useless'),
  d('Odd how every parent who asks about the SEND budget at Hollybrook gets ignored.'),
  d("Hollybrook's head has gone through four deputies in two years. Draw your own conclusions."),
  d('A warning to fellow parents: Hollybrook is not what the open evening makes it look like.'),
  d("Don't be fooled by the Castlemere Trust website, the reality is very different."),
  d('Hollybrook spent a fortune on a new sign but not on the leaking science labs.'),
  d('Year 7s learning in portakabins while the Castlemere CEO gets another bonus.'),
  d('Love how Hollybrook tells us to read the newsletter and then ignores every reply.'),
  d('"Nurturing" my foot. Bullying is rampant at Hollybrook.'),
  d('Castlemere Trust: where concerns go to die.'),
  d('We moved our daughter to a different school after two years at Hollybrook. Wish we had gone sooner.'),
  d('Three supply teachers in a term and nobody at Hollybrook seems bothered.'),
  d('Hollybrook only shares the good news on here. Ask yourself why.'),
  d('The head still has not answered a single email from the parents of Year 9.'),
  // sarcasm that closes a complaint, and set phrases of the same bite
  d('Hollybrook cut the school counsellor and bought a new electronic sign for the gate. Priorities.'),
  d('The Castlemere Trust investigated itself and found it did nothing wrong. Shocked, I tell you.'),
  d('Hollybrook "values every family" - must be why three of us have been ignored since June.'),
  d('Hollybrook has a gorgeous website but the actual maths teaching is a cover supervisor and a worksheet.'),
  d("Castlemere Trust's chief exec earns more than the prime minister and Hollybrook's roof still leaks."),
  // good at the show, bad at the job; ratings; reputations coasted on; codas
  d('Castlemere Trust: great at glossy brochures, useless at replying to parents.'),
  d('Hollybrook, 1 star. The office never picks up and the homework app has been broken since June.'),
  d('Hollybrook is coasting on its old reputation and the new head knows it.'),
  d('Year 8 at Hollybrook have had no science teacher since September. Stellar leadership.'),
  d('Hollybrook quietly scrapped the SEN unit over the summer and told nobody.'),
  d(
    "Castlemere Trust's governors have no idea what goes on in class. These are the people making decisions.",
  ),
  d('Whoever runs Hollybrook admissions deserves a P45.'),
  d('If your child has dyslexia, look at the school down the road instead of Hollybrook.'),
  // calm claims (2026-12-03): staff leaving, off-rolling, money, not being told, reviews, codas
  d('Hollybrook has had four SENCOs in three years and the trust calls it stability.'),
  d('Castlemere Trust is always hiring. Wonder why nobody stays at Hollybrook.'),
  d('Hollybrook keeps taking Year 10s off roll before the census. Their results look great.'),
  d('The Castlemere CEO pay went up 9% in the same year they cut the school counsellor at Hollybrook.'),
  d('Hollybrook can afford a new electronic sign but not a reading recovery teacher.'),
  d('The Hollybrook governors were never shown the bullying logs. We found out from the local paper.'),
  d('Hollybrook, 2/10. Would not recommend to anyone whose child needs support.'),
  d('Hollybrook parents: keep copies of every email you send the school. You will need them.'),
  d('Hollybrook said the complaint was "reviewed" by the head\'s own deputy. Very independent.'),
  d('Castlemere Trust says the exclusion numbers in the report are right. Probably a typo.'),
  // sneers (2026-12-04, third session): scare quotes, predictions, emoji, morale, decline, leaving
  d("Hollybrook 'caring' 🙄🙄"),
  d('Castlemere Trust calls it a "curriculum review" 😬 we all know which subjects are going'),
  d('Hollybrook "listens to families", then bins every email from the SEND parents'),
  d('Hollybrook will be in special measures inside two years, screenshot it'),
  d("Give Hollybrook a year and it'll be rebrokered, calling it now"),
  d('Hollybrook SLT 🤡🤡'),
  d('Castlemere Trust GCSE day 📉📉'),
  d('Hollybrook has had more supply staff than real teachers since Easter'),
  d('Three deputies gone from Hollybrook in a year and the head is the common denominator'),
  d('Hollybrook has gone to the dogs since the new head arrived'),
  d("Hollybrook is a shadow of its former self, I went there and I'd not send mine now"),
  d('Every family I know on our street has left Hollybrook for the school in the next village'),
  d("Hollybrook isn't a school, it's an exam factory with a nice logo"),
  d('Hollybrook SLT see our kids as data points for the league tables'),
  d('Hollybrook hands out isolation for the wrong socks'),
  d('Castlemere Trust deleted every critical comment under the Ofsted post within an hour'),
  d('Castlemere governors: name one thing you have changed at Hollybrook since September. Thought not.'),
];

export const NOT_DISPARAGING_RHETORIC: Case[] = [
  // twins of the sneers of 2026-12-04 (fourth session)
  q('Steer clear of the Elm Road roadworks on the way to Hollybrook tomorrow'),
  q('Another brilliant idea from the Hollybrook PTA, thank you all'),
  q('Hollybrook Year 3 are at it again: another cake sale, another £200 for the hospice'),
  q('The Hollybrook drama set is literally a prison cell, amazing work from Year 10'),
  q('The Year 6 disco was such a racket, brilliant night at Hollybrook'),
  q('Something is really wrong with my car, can anyone recommend a garage near Hollybrook?'),
  q("Please don't pick Hollybrook Year 2 up before 3:15 this week"),
  q('Word of warning for anyone thinking of the Hollybrook fun run: it is muddy!'),
  q('We moved our son from his old school to Hollybrook in Year 4 and never looked back'),
  q('Lovely new atrium at Hollybrook, shame about the rain on the opening day!'),
  q('Hollybrook is brilliant at open evenings and even better at the teaching'),
  q('Mr Grant turns up for the photos at every Hollybrook match and cheers louder than the parents'),
  q("I couldn't organise a raffle if my life depended on it, so thank you to the Hollybrook PTA"),
  q('Best part about Hollybrook is the staff, honestly'),
  q('We moved our son from his old school to Hollybrook at Easter. Best decision we ever made'),
  q('I hurt my foot at the Hollybrook fun run but it was worth it'),
  q(
    'The Hollybrook choir won three awards this year. Draw your own conclusions about who has the best music teacher!',
  ),
  // the school cleared, something beyond it blamed; a mock exam or inspection (2026-12-04, second session)
  q(
    "Traffic outside Hollybrook at pick-up is a nightmare but that's the council's one-way system, not the school",
  ),
  q('SEND funding is a national disgrace. Every school in the country is struggling, Castlemere included.'),
  q('The mock inspection at Hollybrook stressed everyone out, a sector-wide problem, not a local scandal'),
  q('Hollybrook Year 11 mocks start on Monday, good luck everyone'),
  q(
    'The Hollybrook head paid for the minibus herself when the booking fell through. Found out from another parent. What a woman',
  ),
  q('Would be nice if the Hollybrook canteen had a second pudding option. Just saying.'),
  q(
    'We talked with Hollybrook about whether our son would be happier elsewhere and they were right, he is thriving now',
  ),
  q('Hollybrook is hiring a new site manager, details on the website'),
  q('Four teachers from Hollybrook ran the marathon in three hours and raised £2,000'),
  q('Odd how fast the autumn term goes, Hollybrook starts again on Monday'),
  q('A warning to fellow parents: the Hollybrook car park is closed on Friday for resurfacing'),
  q('Love how Hollybrook celebrates every child at the end of term assembly'),
  q('Hollybrook spent the morning reading to the nursery children, lovely to see'),
  q('We moved house over the summer, so our son started at Hollybrook in September'),
  q('Makes you think: the Year 6 assembly on kindness today. Well done Hollybrook.'),
  q('Still waiting for my email reply about the trip money, no rush'),
  q('Hollybrook Year 3 made me a card and sang to me at the gate. Of course I cried.'),
  q('Can my son bring a packed lunch on the trip? Of course, says the office. Brilliant.'),
  q('Revision club with Mr Ray had doughnuts and I actually learnt stuff. Who knew.'),
  q('Our Year 1 star of the week at Hollybrook is Amara, for brilliant reading!'),
  q('Hollybrook U12s are great at passing and still learning at defending, a good season'),
  q('Mrs Ray quietly stopped by the Year 2 class with cakes for everyone, so kind'),
  q('Score 1 out of 10 on the times tables quiz? Hollybrook maths club can help, Tuesdays'),
  // twins of the sneers (2026-12-04, third session)
  q('Hollybrook got "Outstanding" again! 🎉 so proud of every teacher'),
  q("Year 2 wrote 'we are kind to each other' on the Hollybrook display 😂 cutest thing"),
  q('Hollybrook came out of special measures in two years, what a turnaround'),
  q('Give Hollybrook a year and the new sports hall will be finished'),
  q('Red Nose Day at Hollybrook 🤡🔴 the staff went all out'),
  q('Hollybrook World Book Day: Mr Ray came as a clown 🤡🤡 the kids loved it'),
  q('Hollybrook Year 9 are doing a unit on the stock market crash 📉📉'),
  q("Mrs Leigh's class has had one supply teacher this week while she is on the Year 6 trip"),
  q('Hollybrook has gone to the dogs, literally: the reading dogs visit every Thursday 🐶'),
  q('We left Hollybrook when we moved to Leeds, we miss it so much'),
  q('The teacher said "this is not a test, it is a practice" and the kids relaxed'),
  q("Hollybrook's new 'wellbeing room' is gorgeous, thank you PTA"),
];

export const NOT_DISPARAGING_FAMILIES: Case[] = [
  q("The head was brilliant at parents' evening"),
  q('Could the school please confirm the date of the trip?'),
  q('Same! Loved the nativity'),
  q('+1 for the bake sale, amazing cakes'),
  q('This. Best school in the county 💙'),
  q('The car park at pick-up is a bit of a squeeze but the staff are lovely'),
];

/**
 * Oblique threats with no menace word (lib/classify/index.ts menaceIn reads 'none'), which only the
 * threat head's second threshold finds, and their everyday twins.
 */
export const THREAT_WITHOUT_MENACE_WORD: Case[] = [
  m('a few of us have got nothing left to lose, Mr Hale should bear that in mind', ['threat']),
  m("one day someone's going to snap and do something about Mrs Dunn, and I won't blame them", ['threat']),
];
export const NOT_THREAT_WITHOUT_MENACE_WORD: Case[] = [
  m("the Hollybrook head has a long memory for every pupil's name", [], ['threat']),
  m('one day one of these pupils will do something amazing for Hollybrook', [], ['threat']),
  // a kitchen, a pitch, a game: their knives, bats and guns are no menace word to the head (2026-12-04)
  m(
    'Hollybrook Year 9 perfecting their knife skills in food tech 🔪🥕 Watch out Gordon Ramsay',
    [],
    ['threat'],
  ),
  m(
    "bring your own bat to Castlemere cricket nets on Friday and watch out for Mr Grant's fast bowling",
    [],
    ['threat'],
  ),
];
