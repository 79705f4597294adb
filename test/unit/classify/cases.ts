/**
 * Hand-written behavioural cases for the classifier. Written for these tests (not copied from
 * the evaluation data), about several fictional schools, in the registers people really use:
 * texting, British slang, masks, sarcasm. `has` kinds must be found; `not` kinds must not.
 */
import type { ClassifyContext } from '../../../lib/domain/finding';
import type { ContentKind, PostSource } from '../../../lib/domain/kinds';

export interface Case {
  text: string;
  source: PostSource;
  has?: ContentKind[];
  not?: ContentKind[];
}

const m = (text: string, has: ContentKind[] = [], not: ContentKind[] = []): Case => ({
  text,
  source: 'mention',
  has,
  not,
});
const o = (text: string, has: ContentKind[] = [], not: ContentKind[] = []): Case => ({
  text,
  source: 'official',
  has,
  not,
});

const ALL: ContentKind[] = [
  'threat',
  'safeguarding',
  'abuse',
  'profanity',
  'disparaging',
  'media_enquiry',
  'personal_data',
  'pupil_identification',
  'sensitive_topic',
  'solicitation',
];
/** A benign post: nothing at all may be found. */
const mb = (text: string): Case => m(text, [], ALL);
const ob = (text: string): Case => o(text, [], ALL);

export const THREAT: Case[] = [
  m("I'm going to stab that maths teacher if he gives my boy another detention", ['threat']),
  m('swear down ill batter mr collins when i see him', ['threat']),
  m('someone needs to torch hollybrook academy, place is a dump', ['threat']),
  m('gonna burn that school to the ground one of these days', ['threat']),
  m('my cousin is bringing a knife to the school gates on friday, everyone stay away', ['threat']),
  m("there's gonna be a shooting at northfield academy tomorrow dont come in", ['threat']),
  m('tell mrs abara to watch her back', ['threat']),
  m('i know where that head teacher lives and so do my mates', ['threat']),
  m('you will regret excluding my son, mark my words', ['threat']),
  m('that pe teacher deserves a good kicking tbh', ['threat']),
  m('if they put my daughter in isolation again i will come down there and she will regret it', ['threat']),
  m('his car is getting keyed tonight', ['threat']),
  m('ur dead when i see u after school', ['threat']),
  m('police have said a man made threats to staff at hollybrook academy this morning', ['threat']),
  m('Someone phoned in a bomb threat to the school, kids evacuated', ['threat']),
  m('i’ll k1ll him', ['threat']),
];

export const NOT_THREAT: Case[] = [
  mb('the year 8 netball team absolutely killed it this afternoon'),
  mb('we smashed the quiz at hollybrook parents evening, 1st place!'),
  mb("honestly i'd kill for a coffee after that parents evening"),
  mb('I was dying of laughter at the panto, the teachers were brilliant'),
  mb('the lemon cake at the summer fair was the bomb'),
  m('Shoot! Forgot it was non-uniform day today', [], ['threat']),
  mb('fire drill during lunch, the kids loved it'),
  m('nobody is going to hurt your children, the new head is lovely', [], ['threat']),
  m('I would never hurt a child and neither would any teacher I know', [], ['threat']),
  m('a man was stabbed in leeds city centre last night according to the news', [], ['threat']),
  mb('year 10 are reading of mice and men and the ending destroyed my daughter'),
  mb('my son murdered his solo at the concert, so proud'),
  mb('archery club is the best, they let the kids shoot at targets all afternoon'),
  mb('knife crime awareness workshop with the police for year 9 today, really useful'),
];

export const SAFEGUARDING: Case[] = [
  m('my daughter keeps saying she wants to die and her school wont listen', ['safeguarding']),
  m('one of the girls in my sons form has been self harming, she showed him her arm', ['safeguarding']),
  m('a boy in year 5 turns up with bruises most weeks and says his mum hits him', ['safeguarding']),
  m('my son says the football coach messages him on snapchat and told him to keep it secret', [
    'safeguarding',
  ]),
  m('some bloke has been hanging around outside the primary gates filming the kids at pick up', [
    'safeguarding',
  ]),
  m('there are nudes of a year 10 girl going round on snapchat', ['safeguarding']),
  m('URGENT my 12 year old daughter is missing, last seen near the school at 4pm', ['safeguarding']),
  m('kids at northfield are selling weed in the toilets, everyone knows', ['safeguarding']),
  m('the little lad in my daughters class comes in starving every day, no coat in winter either', [
    'safeguarding',
  ]),
  m('he got beaten up by year 11s behind the science block and is too scared to tell the teachers', [
    'safeguarding',
  ]),
  m("my friend said she doesn't want to be alive anymore and i don't know what to do", ['safeguarding']),
  m('an older man keeps adding year 7 girls on insta and offering them money', ['safeguarding']),
];

export const NOT_SAFEGUARDING: Case[] = [
  ob(
    'Our Designated Safeguarding Lead is Mr Patel. Please speak to him if you have any worries about a child.',
  ),
  ob('Anti-Bullying Week starts Monday: every class will talk about kindness and how to report bullying.'),
  ob('Mental Health Awareness Week: drop-in sessions with our school counsellor every lunchtime.'),
  mb('nearly died of embarrassment when my son sang at the nativity'),
  mb('lost a glove at the school fair, black with a red stripe, has anyone seen it'),
  ob('Year 6 had a brilliant e-safety talk today about keeping safe online.'),
  m('missing the summer holidays already', [], ['safeguarding']),
];

export const ABUSE: Case[] = [
  m('mrs okoye is a thick useless cow', ['abuse']),
  m('that ginger kid in year 8 is a proper freak and everyone hates him', ['abuse']),
  m('the new deputy head is a fat nonce', ['abuse']),
  m('@someone you absolute muppet', ['abuse']),
  m('send her back to her own country', ['abuse']),
  m('all the girls at that school are sl@gs', ['abuse']),
  m('the science teacher is fit, i would smash 🥵', ['abuse']),
  m('mr barnes is a r3tard', ['abuse']),
  m('the teaching assistants there are all lazy pigs', ['abuse']),
];

export const NOT_ABUSE: Case[] = [
  mb('the lunch staff at hollybrook are angels, always a smile'),
  mb('our reception teacher is the kindest person i know'),
  m('this homework is a joke, 40 questions on a friday', [], ['abuse']),
  mb('my son is obsessed with pigs after the farm trip'),
  mb('the year 9 debate on immigration was fascinating'),
];

export const PROFANITY: Case[] = [
  m('f*** me the school run is a nightmare today', ['profanity']),
  m('what the fuuuuck is going on with the buses', ['profanity']),
  m('this parking is sh1t', ['profanity']),
  m('absolute bollocks that they cancelled sports day', ['profanity']),
  m('c u n t of a day', ['profanity']),
  m('bloody hell the queue at the uniform shop', ['profanity']),
  m('ffs another inset day', ['profanity']),
  m('that was a f.u.c.k.i.n.g joke of a parents evening', ['profanity']),
  o('Well done to the under 12s, what a bloody brilliant result!', ['profanity']),
];

export const NOT_PROFANITY: Case[] = [
  m('455 pupils took part in the sponsored walk', [], ['profanity']),
  m('Scunthorpe were lucky to draw 1-1', [], ['profanity']),
  m('the assessment for year 7 class assembly is on tuesday', [], ['profanity']),
  m('we saw blue tits and a woodpecker on the nature walk', [], ['profanity']),
  m('the cocktail party for the PTA was great', [], ['profanity']),
  m('a cockpit tour at the air museum for year 4', [], ['profanity']),
  m('she made my life hell at primary school', [], ['profanity']),
];

export const DISPARAGING: Case[] = [
  m('hollybrook academy is an absolute shambles, the head is clueless', ['disparaging']),
  m('do NOT send your kids to northfield academy, worst decision we ever made', ['disparaging']),
  m('the trust covered up what happened to my son and the governors did nothing', ['disparaging']),
  m('this school has gone downhill since the new principal arrived, total disgrace', ['disparaging']),
  m('the senco is incompetent and the SEN provision at this school is a joke', ['disparaging']),
];

export const NOT_DISPARAGING: Case[] = [
  m('the car park at hollybrook is a bit busy in the mornings', [], ['disparaging']),
  m('traffic on the high street is a joke today', [], ['disparaging']),
  m('the government is a shambles', [], ['disparaging']),
  m('not bad at all, the new head seems decent', [], ['disparaging']),
  m('the bus was late again, bit annoying, but the driver was lovely', [], ['disparaging']),
];

export const MEDIA: Case[] = [
  m(
    "Hi @NorthfieldAcad, I'm a reporter with the Northtown Gazette. Could someone give us a comment on today's closure? Deadline 3pm",
    ['media_enquiry'],
  ),
  m(
    'BBC Radio Westshire producer here, would the head be willing to do a short interview on air tomorrow? DM me',
    ['media_enquiry'],
  ),
  m(
    'Freelance journalist working on a piece about academy trust finances. Can the trust provide a statement?',
    ['media_enquiry'],
  ),
  m(
    "We're running a story on the exclusions at Hollybrook tomorrow and would welcome a response before 5pm",
    ['media_enquiry'],
  ),
  // a story's topic with an ask is still an enquiry, and so is a reporter asking parents about a live story
  m(
    'Northtown Gazette: doing a piece on the Hollybrook uniform change, is there a press officer I can ring?',
    ['media_enquiry'],
  ),
  m(
    "Reporter at the Northtown Gazette. If your child's place at Hollybrook was withdrawn this week I'd love to hear from you, DMs open",
    ['media_enquiry'],
  ),
  // asks without the word "comment" or an outlet named the usual way
  m('Newsdesk here. Who handles press for Hollybrook Academy?', ['media_enquiry']),
  m('comment pls on the Hollybrook bus cuts? filing at 4', ['media_enquiry']),
  m(
    'Morning from Radio Westshire: is Hollybrook shut today because of the flood? Before the 8am news if poss',
    ['media_enquiry'],
  ),
  m(
    'Any chance of a quote from the Hollybrook head on the new library? Writing it up for the local paper tonight',
    ['media_enquiry'],
  ),
  m(
    'is this true that Hollybrook is going to a 4 day week? any comment from the trust before we put something out',
    ['media_enquiry'],
  ),
];

export const NOT_MEDIA: Case[] = [
  m('can someone confirm if the school is open tomorrow? DM me', [], ['media_enquiry']),
  // the radio and the local news heard or threatened, not asking
  m("Heard the Hollybrook head's interview on the radio this morning, made me proud", [], ['media_enquiry']),
  m(
    'Is this true? Someone said Hollybrook is shutting early on Friday, can anyone confirm',
    [],
    ['media_enquiry'],
  ),
  // an article already out, beside the outlet's name, is not a request
  m('Lovely write-up in the Northtown Gazette: a piece on the Hollybrook choir tour', [], ['media_enquiry']),
  // a job advert for a press role; a journalist asking the public for memories of the old school
  m(
    'Vacancy: Press and Media Officer at Castlemere Trust, handling journalists and statements. Closing date 12 May',
    [],
    ['media_enquiry'],
  ),
  m(
    'Features writer at the Northtown Gazette here. Did you go to Hollybrook before it moved site? Send me your memories and old photos',
    [],
    ['media_enquiry'],
  ),
  m('saw the school in the local paper, well done to the choir', [], ['media_enquiry']),
  o(
    'Our head spoke to BBC Radio Westshire this morning about the new library. Listen again on the BBC Sounds app.',
    [],
    ['media_enquiry'],
  ),
];

export const PERSONAL: Case[] = [
  o('For queries about the residential, text Mrs Green on 07911 123456', ['personal_data']),
  o('Please send photos to our trip leader at sam.jones1987@hotmail.co.uk', ['personal_data']),
  o('The PTA meeting is at Mrs Patel’s house, 22 Orchard Road, NT5 3HB', ['personal_data']),
  o('Happy birthday to our caretaker Bob Smith, 60 today!', ['personal_data']),
  o('Please remember our business manager Linda Ford, who has just been diagnosed with leukaemia', [
    'personal_data',
  ]),
  // an age right after a name says as much as a birthday
  o('Happy retirement to our caretaker Bob Hughes, 65 today! 🎉', ['personal_data']),
  // health, age, family and car details of a named person, or a first name with a class
  o('Leo in 4R had an asthma attack at lunch but is fine now, mum has taken him home', ['personal_data']),
  o('Wishing our receptionist Paula a speedy recovery from her hip replacement 💐', ['personal_data']),
  o('Happy 50th to our wonderful SENCo Mrs Dean!', ['personal_data']),
  o("Mr Ahmed's visa hasn't been renewed, so he leaves us at Easter. We'll miss you!", ['personal_data']),
  o('Found: car keys for the blue Fiesta FG21 KLM, we think they are Mr Lowe’s. At reception', [
    'personal_data',
  ]),
  // conditions, operations and family circumstances; a home by its street or town (2026-12-03)
  o('Mrs Doyle is off for six weeks after her hysterectomy, back after half term', ['personal_data']),
  o('Get well soon Mrs Ward, who has shingles and is resting at home 💐', ['personal_data']),
  o("We know Amir's dyspraxia makes handwriting hard, so he can use a laptop in exams", ['personal_data']),
  o('Welcome to Ruby, who has Down’s syndrome and joins Robins class on Monday', ['personal_data']),
  o('Mrs Khan is having IVF and may be off at short notice, please bear with us', ['personal_data']),
  o('Since his dad went to prison, Kyle has been living with his nan, so please send letters to her', [
    'personal_data',
  ]),
  o('Our caretaker Mr Bell has bought a house on Linden Avenue, so he is only a minute away now!', [
    'personal_data',
  ]),
  o('Miss Ellis is moving back to her mum’s in Doncaster after Easter, we will miss her', ['personal_data']),
  o('Our office manager Debbie is 50 today, shh, don’t tell her we told you!', ['personal_data']),
  o('Mrs Ford’s husband passed away last week aged 71 after a long illness', ['personal_data']),
  o('Staff parking permits: Mr Ash LK19 XWT, Mrs Dale WA21 GHK', ['personal_data']),
];

export const NOT_PERSONAL: Case[] = [
  o('Year 6 raised £65 today for the hospice, thank you!', [], ['personal_data']),
  o('Call the school office on 01632 960000 for absence reporting', [], ['personal_data']),
  o('Email admissions@hollybrook.sch.uk with any questions', [], ['personal_data']),
  o('Term starts on 04/09/2025 and ends 19/12/2025', [], ['personal_data']),
  o('Tickets are £5, doors open at 6.30pm, 250 seats available', [], ['personal_data']),
  o('Cancer Research fundraiser: wear pink on Friday!', [], ['personal_data']),
  // a year group and a titled name are not a house number and a street ("Green" is a street suffix)
  o('Our Year 4 teacher Mrs Green ran the 10k for the PTA!', [], ['personal_data']),
  o('Happy 50th birthday to Hollybrook Academy, founded in 1975!', [], ['personal_data']),
  o(
    'Families on free school meals can apply for holiday club places, forms at the office',
    [],
    ['personal_data'],
  ),
  o(
    'Year 5 visited the hospice garden they helped to plant, thank you to the volunteers',
    [],
    ['personal_data'],
  ),
  // a hospital by name is a place
  o(
    'Thank you to every exhibitor at the careers fair, from Westshire General Hospital to the apprentices at Brook Valley Builders.',
    [],
    ['personal_data'],
  ),
  o(
    'Please do not park on Elm Road: reg plates of cars blocking drives will be passed to the council',
    [],
    ['personal_data'],
  ),
  // an age band, a pet's operation, a house on a street with no one named
  o('Holiday club is open to children aged 5 to 11, book at the office', [], ['personal_data']),
  o('Please help our old school dog Biscuit get his operation, link in bio 🐶', [], ['personal_data']),
  o('The house on Linden Avenue next to the school has a new mural by Year 6!', [], ['personal_data']),
  o(
    'Dyslexia awareness week: our Year 5s made posters about famous dyslexic scientists',
    [],
    ['personal_data'],
  ),
];

export const PUPIL: Case[] = [
  o('Congratulations to Harry Whitfield (Year 8) who won the county cross-country!', [
    'pupil_identification',
  ]),
  o('Star reader this week is Zainab Ahmed in 4C 📚', ['pupil_identification']),
  o("Follow Year 10's Ella on TikTok @ella_draws09 for her amazing art", ['pupil_identification']),
  // a roll of full names: team sheets, award lists, captions
  o('U13 hockey squad for Saturday: Amelia Hart, Tom Fenwick & Sean Doyle. Kit on!', [
    'pupil_identification',
  ]),
  o('L-R: Rachel Osei, Peter Lindqvist and Niamh Byrne with their art prizes', ['pupil_identification']),
  // a first name and class with a health, behaviour or family detail
  o('Get well soon to Declan in 5W, home from hospital after his operation 💙', ['pupil_identification']),
  o('Ruby in 8T is in isolation until Friday after the incident at lunch', ['pupil_identification']),
];

export const NOT_PUPIL: Case[] = [
  o('Well done to Amira in Year 2 for her brilliant reading!', [], ['pupil_identification']),
  o('Mrs Whitfield and Mr Ahmed led a fantastic Year 8 trip to York', [], ['pupil_identification']),
  o('Year 9 enjoyed a visit from author Michael Morpurgo today', [], ['pupil_identification']),
  o(
    'Thank you to our governors Peter Hale and Rachel Stone for judging the Year 6 bake off',
    [],
    ['pupil_identification'],
  ),
  o(
    'Year 5 have been learning about Rosa Parks and Martin Luther King this week',
    [],
    ['pupil_identification'],
  ),
  o('Olympic rower Helen Glover spoke to our Year 10s about resilience', [], ['pupil_identification']),
  o('Declan in 5W wrote a brilliant story about a hospital for teddies 🧸', [], ['pupil_identification']),
];

export const SENSITIVE: Case[] = [
  // a routine strike-day notice tells families what is open; taking a side in the dispute is the sensitive part
  o('Due to NEU strike action on Thursday the school will be closed to Years 7 to 10.', []),
  o('A member of staff has been suspended while an investigation takes place.', ['sensitive_topic']),
  o('Following our Ofsted inspection the school has been judged Inadequate.', ['sensitive_topic']),
  o('The trust is consulting on redundancies in the support staff team.', ['sensitive_topic']),
];

export const NOT_SENSITIVE: Case[] = [
  ob('Congratulations to our Year 11s on a fantastic set of GCSE results!'),
  ob('Our new Behaviour Policy is now available on the website.'),
  ob('Key Stage 1 sports day has moved to Thursday.'),
  ob('Please vote for our school council candidates in the pupil election on Friday!'),
  // the school play: a character who steals the show is not a theft
  ob('Opening night of Oliver! at Hollybrook. The Artful Dodger stole every scene again 🎩'),
  ob('Our Year 6 production of Matilda this week was honestly West End standard 🎭'),
];

export const SOLICITATION: Case[] = [
  o('Get 15% off at Sparkle Nails with code HOLLY15 this week only!', ['solicitation']),
  o('Make £300 a week from home with my new business, message me for details', ['solicitation']),
  // a member of staff's side business, offered through the school's account
  o('Our Year 2 TA Mrs Page also does lashes and brows, message her for mates rates 💅', ['solicitation']),
  o('Mr Dale from the maths department now offers tutoring in the holidays, DM for prices', ['solicitation']),
  o('Vote Labour on Thursday to save our schools!', ['solicitation']),
  o('Forward this to 10 friends and the school will win a prize, do not break the chain!', ['solicitation']),
];

export const NOT_SOLICITATION: Case[] = [
  ob('PTA raffle tickets on sale at the gate this week, all money raised goes to the library'),
  ob('Our after-school club now offers cake decorating on Thursdays, book through the school office'),
  ob('Thank you to everyone who donated to our Children in Need bake sale!'),
  ob('Tickets for the Year 6 production are available from the school office'),
];

/** Contexts for the two fictional trusts used below. */
export const ASHGROVE: ClassifyContext = {
  handles: ['AshgroveAcad', 'AshgroveTrust'],
  names: ['Ashgrove Academy', 'Ashgrove', 'Ashgrove Learning Trust', 'Millbrook Primary', 'Millbrook'],
};
export const RIVERSIDE: ClassifyContext = {
  handles: ['RiversideLT', 'OakfieldAcad', 'KingsmeadAcad', 'BrooksidePri'],
  names: [
    'Riverside Learning Trust',
    'Riverside Trust',
    'Riverside LT',
    'Oakfield Academy',
    'Oakfield',
    'Kingsmead Academy',
    'Kingsmead',
    'Brookside Primary',
    'Brookside',
    'Willow Lane Primary',
    'Willow Lane',
  ],
};

export const MORE: Case[] = [
  m("if my son gets one more detention from that woman i'm going to lose it and she'll be sorry", ['threat']),
  m('mr davies wants to hope i dont see him in town', ['threat']),
  m('keep excluding kids and see what happens to your windows', ['threat']),
  m("that head is gonna get what's coming to him", ['threat']),
  m('im gonna smash that teachers face in', ['threat']),
  m('bringing my dads machete in tomorrow lol', ['threat']),
  m('someone should put a bullet in the head of that school', ['threat']),
  m('gonna set fire to the portakabins at break', ['threat']),
  m('i hope someone stabs her', ['threat']),
  m('she better be careful walking to her car after school', ['threat']),
  m('my 13yo has been talking to a 25 year old man online who wants to meet her', ['safeguarding']),
  m('girl in year 9 told my daughter her uncle touches her', ['safeguarding']),
  m(
    'pretty sure a kid in my sons class is being hit at home, he flinches every time someone moves near him',
    ['safeguarding'],
  ),
  m('a year 11 lad showed a knife in the changing rooms today', ['safeguarding']),
  m('my daughter has been cutting herself and the school knew', ['safeguarding']),
  m('someone posted an upskirt photo of a teacher and a pupil on tiktok', ['safeguarding']),
  m('has anyone seen a boy about 8 in a blue hoodie, he didnt come home from school', ['safeguarding']),
  m('theres a car that follows the girls home from school every day', ['safeguarding']),
  m('my son took an overdose last night after months of bullying at school', ['safeguarding']),
  m("he said he's going to end it all if he has to go back there", ['safeguarding']),
  m('miss jones is a lazy cow who cant teach', ['abuse']),
  m('the head is a smug little prick', ['abuse', 'profanity']),
  m('that school is full of chavs and their scrounger parents', ['abuse']),
  m('go back to pakistan mr khan', ['abuse']),
  m('typical muslim teacher, they should all be sent home', ['abuse']),
  m('the autistic kid in year 4 is a freak', ['abuse']),
  m('you are pathetic @user', ['abuse']),
  m('northfield leadership are a joke, communication is appalling and nobody answers emails', [
    'disparaging',
  ]),
  m("worst school in the area, teachers don't care and the head hides in her office", ['disparaging']),
  m('the academy trust is wasting money on consultants while classrooms fall apart', ['disparaging']),
  m('hollybrook academy failed my son completely', ['disparaging']),
  m("avoid st mary's at all costs", ['disparaging']),
  m(
    "Hello, I'm a journalist at the Daily Post looking into complaints about Hollybrook. Is there someone I can speak to today?",
    ['media_enquiry'],
  ),
  m('ITV News here - are you able to confirm reports of a lockdown at the school this afternoon?', [
    'media_enquiry',
  ]),
  o('Any problems on the trip, ring Mr Hart on his mobile 07700 900123', ['personal_data']),
  o('Happy 40th birthday to our fab receptionist Carol Hughes!', ['personal_data']),
  o('Get well soon to Mrs Green who is recovering from her heart surgery', ['personal_data']),
  o('Amazing work from Jacob Miller in Year 5 who raised £200 for charity', ['pupil_identification']),
  o('Pictured: Lily Evans and Noah Smith (7B) with their science fair project', ['pupil_identification']),
  o('We can confirm that a pupil has been permanently excluded following a serious incident.', [
    'sensitive_topic',
  ]),
  o('We are disappointed with the Ofsted outcome and will be challenging the judgement.', [
    'sensitive_topic',
  ]),
  o("The school will be closed on Wednesday due to teachers' strike action.", []),
  o(
    'The school will be closed on Wednesday because of the strike. We fully support our staff in this dispute.',
    ['sensitive_topic'],
  ),
  o('This government has failed our children and should be ashamed.', ['sensitive_topic']),
  o('Our Year 3 teacher Miss Lee is selling handmade candles, check out her Etsy shop!', ['solicitation']),
  o('Invest in bitcoin today, guaranteed returns!', ['solicitation']),
  ob('Year 6 absolutely smashed their SATs practice papers today!'),
  mb('What a game! The U13 girls destroyed the opposition 6-0'),
  ob("Mrs Shah's class made volcanoes that actually erupted 🌋"),
  mb('So proud of my daughter who performed in the dance show, she killed it'),
  ob('Reminder: school photos on Tuesday, please make sure uniform is tidy'),
  ob('Lovely to see so many parents at the harvest festival this morning'),
  mb('anyone know if the school bus runs during half term?'),
  mb('My kids love their new teacher, she is amazing'),
  mb('the school play had the audience dying, so funny'),
  ob('Year 8 are learning about the Gunpowder Plot - remember remember the 5th of November! 🎆'),
  ob('We are looking for volunteers to help with reading on Tuesday mornings'),
  ob('Our Year 11s have their mock exams next week - good luck everyone!'),
  mb('thanks to the teachers who stayed late for the revision session, legends'),
  mb('the head teacher dressed as a pirate for world book day 😂'),
  mb('my son came home buzzing about the science lesson where they blew up balloons with hydrogen'),
  mb('kids had a blast at the school disco'),
  mb('gutted we missed the christmas concert, heard it was fab'),
];

export const ASHGROVE_CASES: Case[] = [
  m('ashgrove lost my daughters coursework and now blame her. absolute clowns running that place', [
    'disparaging',
  ]),
  m("millbrook's head needs sacking, she's driven out every decent teacher", ['disparaging']),
  m("@AshgroveAcad another term another 'new behaviour system' that nobody follows. waste of time", [
    'disparaging',
  ]),
  m('the way ashgrove handled my sons bullying was shocking, they just didnt care', ['disparaging']),
  m('ashgrove trust board are a bunch of overpaid clowns', ['disparaging', 'abuse']),
  m("i swear down if mr price touches my son again i'll end him", ['threat', 'safeguarding']),
  m('the whole of year 9 is gonna jump that new kid after school', ['threat']),
  m('petrol through the letterbox at millbrook, thats what they need', ['threat']),
  m('mrs cole should be strung up for what she did', ['threat']),
  m("gonna wait outside ashgrove for that teacher tomorrow, she won't know what hit her", ['threat']),
  m("my daughter's friend told her she's been sleeping at a 19 year old's flat and he buys her vodka", [
    'safeguarding',
  ]),
  m('lad in year 8 at ashgrove has been sending pics of himself to some man on discord', ['safeguarding']),
  m("there's a girl in my class who hasn't eaten lunch all week and always wears the same dirty uniform", [
    'safeguarding',
  ]),
  m('my son said he wishes he was dead because of the kids at millbrook', ['safeguarding']),
  m('an older boy at ashgrove is making year 7s carry stuff for him to the estate', ['safeguarding']),
  m('some kids at ashgrove filmed a girl getting beaten up and posted it', ['safeguarding']),
  m('her stepdad locks her in her room without food', ['safeguarding']),
  m('that pe teacher at millbrook is a creepy old perv', ['abuse']),
  m('mr ali should take his terrorist beard back home', ['abuse']),
  m('the dinner lady is a miserable old witch', ['abuse']),
  m('new maths teacher at ashgrove has a nice arse ngl', ['abuse', 'profanity']),
  m('this is shit ashgrove sort it out', ['profanity', 'disparaging']),
  m('twatty parents parking on the zigzags again', ['profanity']),
  m(
    "Good afternoon, I'm a researcher for Channel 4 Dispatches investigating academy trusts. Would anyone be available to talk on the record?",
    ['media_enquiry'],
  ),
  m('Hi, Millbrook Gazette newsdesk. We understand a teacher has been suspended - can you confirm?', [
    'media_enquiry',
  ]),
  o('Lost your PE kit? Call Mrs Dean on her personal mobile 07812 345678', ['personal_data']),
  o('Our wonderful TA Jenny Morris turns 50 this weekend - born in 1975!', ['personal_data']),
  o('Sending love to Mr Adams, whose son Oliver is in hospital after a serious asthma attack', [
    'personal_data',
  ]),
  o('Congratulations to Sophia Turner (Year 6) and Aiden Walsh (Year 5), our new school councillors!', [
    'pupil_identification',
  ]),
  o('Shout out to @jake_w_2011 who scored a hat trick for the U12s', ['pupil_identification']),
  o('Staff at Ashgrove will be taking part in the national strike on 12th March', ['sensitive_topic']),
  o('The school is aware of an allegation made against a member of staff and has referred it to the LADO', [
    'sensitive_topic',
  ]),
  o('Three pupils have been excluded following the fight at the bus stop', ['sensitive_topic']),
  o('Support Millbrook mums! Check out my Avon brochure, 25% off this month', ['solicitation']),
  o('Jesus loves you - come to our revival meeting and be saved', ['solicitation']),
  ob('Year 4 had a smashing time at the Roman museum today'),
  ob('Millbrook Primary is closed today due to a burst water pipe. Stay safe everyone'),
  mb("ashgrove's drama club put on a killer performance of grease"),
  mb('shout out to the millbrook lollipop lady, absolute legend'),
  mb('does anyone know what time ashgrove finishes on inset days?'),
  mb('the ashgrove u16s battered them 5-0 at the weekend'),
  mb('my son is learning about world war 2 and the blitz at millbrook, he loves it'),
  ob('Year 10 science: today we dissected hearts. Not for the faint hearted!'),
  ob("Remember to bring a packed lunch and waterproof coat for tomorrow's trip"),
  ob('Our Year 2 class assembly about the Great Fire of London was fantastic'),
  mb('ashgrove cricket team beat millbrook by 6 wickets, shot lads'),
  ob("The Head's newsletter is out! Read about our plans for the new library"),
  ob('Huge thanks to Mrs Patel for organising the charity bake sale, we raised £340!'),
  mb('any parents got a spare school jumper age 7-8? ours shrunk in the wash lol'),
  mb("millbrook's nativity had me in bits, the angels were adorable"),
  mb('my daughter is scared of the big slide at millbrook lol'),
  mb("anyone else's kid come home starving? they only get 20 mins for lunch at ashgrove"),
];

export const RIVERSIDE_CASES: Case[] = [
  m('mr jones at oakfield is gonna get his head kicked in if he keeps picking on my lad', ['threat']),
  m("one more phone call about my son's behaviour and i'm coming in to sort that head out myself", [
    'threat',
  ]),
  m('kingsmead deserves to burn after how they treated my family', ['threat']),
  m('bet nobody at brookside would be laughing if someone brought a gun in', ['threat', 'safeguarding']),
  m('ms achebe wants to be careful, people know what car she drives', ['threat']),
  m("we know which house is mrs kaur's. just saying", ['threat']),
  m('heads up theres a fight planned at oakfield gates after school, some lads bringing knives', [
    'threat',
    'safeguarding',
  ]),
  m('my daughter said a man in a car asked her if she wanted a lift home from brookside', ['safeguarding']),
  m('a teacher at kingsmead has been giving my 15 year old lifts home and texting her at midnight', [
    'safeguarding',
  ]),
  m('kid in yr 8 at oakfield told my son his dad burns him with cigarettes', ['safeguarding']),
  m('year 10 girl at kingsmead keeps posting about wanting to kill herself, does the school know??', [
    'safeguarding',
  ]),
  m('a video of a yr 9 boy being stripped and beaten in the toilets is going round kingsmead', [
    'safeguarding',
  ]),
  m('11 year old girl from oakfield not been seen since yesterday morning, police involved, please share', [
    'safeguarding',
  ]),
  m('my son found vapes and pills in his mates bag at brookside', ['safeguarding']),
  m('mrs kaur is an ugly old bag and a crap teacher', ['abuse', 'profanity']),
  m('the oakfield lot are all inbred scum', ['abuse']),
  m('dr osei is a disgrace to the profession and a liar', ['abuse', 'disparaging']),
  m('that mong in year 6 at brookside', ['abuse']),
  m('miss nowak wears her skirts too short, no wonder the dads all hang round the gates 😏', ['abuse']),
  m('kingsmead is a total joke of a school, my kids learnt nothing in 5 years', ['disparaging']),
  m("the trust has no idea what it's doing, three heads in two years at oakfield and results in freefall", [
    'disparaging',
  ]),
  m("brookside's communication with parents is non existent and the office staff are rude", ['disparaging']),
  m('oakfield pulled my son out of his gcse options without asking us. disgusting way to treat families', [
    'disparaging',
  ]),
  m("can't believe @RiversideLT are closing the kingsmead library. shameful decision", ['disparaging']),
  m(
    "this is from the Riverside Echo: we're aware of an incident at Oakfield today and would like a comment from the trust",
    ['media_enquiry'],
  ),
  m(
    'Hi @KingsmeadAcad, producer at BBC Look North, could we film at the school for a piece on free school meals?',
    ['media_enquiry'],
  ),
  o(
    'Any year 6 parents who need help with the secondary forms can ring me at home on 01632 456789 - Mrs Wright',
    ['personal_data'],
  ),
  o('A big welcome back to Mr Singh who has returned after treatment for prostate cancer', ['personal_data']),
  o("Please collect Ruby Johnson's forgotten lunchbox from the office - Ruby is in 3W", [
    'pupil_identification',
  ]),
  o('Well done Mason Clarke, Year 4, on passing his grade 3 piano!', ['pupil_identification']),
  o('We can confirm Kingsmead staff will be on strike next Tuesday. The school will be closed.', [
    'sensitive_topic',
  ]),
  o('The trust has begun a formal investigation into the handling of the SEND complaint.', [
    'sensitive_topic',
  ]),
  o('Following the police arrest of a former employee, we are cooperating fully with the investigation.', [
    'sensitive_topic',
  ]),
  o("Brookside families: my wife's new dog grooming business is open! 10% off with code BROOK10", [
    'solicitation',
  ]),
  o(
    "Please RT and share - every share gets Oakfield closer to winning £10k! Don't let the chain stop with you",
    ['solicitation'],
  ),
  ob('Kingsmead Year 11 prom tickets are now on sale at reception'),
  mb("oakfield's year 7 football team got absolutely hammered today but they never gave up"),
  mb('brookside did a sponsored silence today, first time my kids have been quiet all year 😂'),
  ob('Our Year 5s have been learning about the Vikings - lots of raiding and pillaging in the playground!'),
  mb('well done to the kingsmead debate team, they slaughtered the opposition'),
  mb('parents evening at oakfield was so useful, teachers really know my son'),
  mb("Kingsmead's Macbeth had blood everywhere, brilliant stuff"),
  mb('does brookside breakfast club start at 7.45 or 8?'),
  mb("Anyone selling a Kingsmead blazer size 32? mine's grown out of his already"),
  ob('Police visited Year 9 today to talk about knife crime and the consequences of carrying a weapon.'),
  mb("my son's teacher at oakfield is an absolute star"),
  mb('brookside lollipop man retiring after 25 yrs, what a legend'),
  ob("We're recruiting! Teaching Assistant needed at Brookside from January."),
  ob("Our Year 1s went on a bear hunt today - we're not scared!"),
  mb('omg the kingsmead choir brought me to tears today'),
  ob("Reminder to parents: please don't park on the zig zags, it puts children in danger"),
  mb('my daughter is terrified of her maths test tomorrow at kingsmead haha'),
  ob('The Riverside Trust annual report is now published.'),
  mb('kingsmead bake sale raised loads, the brownies were killer'),
];

export const RIVERSIDE_MORE: Case[] = [
  // "get" is harm only with a person right after it (found in the demo week: a complaint read as a threat)
  m(
    '@KingsmeadAcad when is the trust going to get a grip of kingsmead, total chaos every week',
    [],
    ['threat'],
  ),
  m('someone at willow lane needs to get the parking sorted before a kid gets hurt', [], ['threat']),
  m("we're going to get the head at brookside to listen if it takes a petition", [], ['threat']),
  m("tell that head at willow lane she's got it coming", ['threat']),
  m("if oakfield suspend my boy again there'll be trouble, i'll be waiting at the gate for mr hughes", [
    'threat',
  ]),
  m('brookside office staff better lock their cars tonight', ['threat']),
  m("someone's gonna get hurt at kingsmead and it won't be my kid", ['threat']),
  m("i'll drag that teacher out by her hair", ['threat']),
  m('mrs kaur touch my daughter again and see what happens', ['threat', 'safeguarding']),
  m("my son's mate at kingsmead has been saying he wants to jump off the bridge", ['safeguarding']),
  m("there's a grown man at the park by oakfield who keeps asking the year 7 girls for their snapchats", [
    'safeguarding',
  ]),
  m('my daughter came home from brookside with a handprint on her arm and said miss did it', [
    'safeguarding',
  ]),
  m('a boy at kingsmead was sent pictures by an adult pretending to be 14', ['safeguarding']),
  m("girl in my daughter's year at oakfield hasn't been in for 3 weeks and nobody knows where she is", [
    'safeguarding',
  ]),
  m('year 10 lad at kingsmead been dealing ket outside the gates', ['safeguarding']),
  m('lad in yr 8 told everyone his dad kicked him down the stairs', ['safeguarding']),
  m('mr patel at kingsmead is a fat bald paedo', ['abuse']),
  m('the teachers at willow lane are thick as mince', ['abuse']),
  m('ms achebe is a gold digging cow', ['abuse']),
  m('polish kids at brookside stink', ['abuse']),
  m('willow lane parents are feral', ['abuse']),
  m('shite communication from oakfield again, found out about the trip from another parent', [
    'profanity',
    'disparaging',
  ]),
  m('kingsmead prom was a f*cking disaster from start to finish', ['profanity', 'disparaging']),
  m("the new head at brookside is clueless, doesn't know any of the kids names", ['disparaging']),
  m('riverside trust only cares about money, not children', ['disparaging']),
  m('willow lane has gone right downhill, my kids are miserable there', ['disparaging']),
  m("@OakfieldAcad please explain why my son's EHCP hours are being ignored. unacceptable", ['disparaging']),
  m(
    "Good morning, I work for the Riverside Chronicle and we're writing about the new academy trust. Would the CEO be free for a chat?",
    ['media_enquiry'],
  ),
  m(
    "@RiversideLT hi from the BBC newsroom. We're following up reports about Kingsmead's exam results - can someone call us back today?",
    ['media_enquiry'],
  ),
  o('Well done to our receptionist Maria Lopez who celebrated her 60th birthday yesterday', [
    'personal_data',
  ]),
  o('Please keep Mrs Brown in your thoughts, she is in hospital after a stroke', ['personal_data']),
  o('Contact our SENCo directly on her personal email j.brown1972@yahoo.co.uk', ['personal_data']),
  o("Brookside's netball captain Chloe Adams (Year 6) led the team to victory!", ['pupil_identification']),
  o('Happy 10th birthday to Noah Williams in Class 5P! 🎂', ['pupil_identification', 'personal_data']),
  o('Our Year 11 pupil Ethan Brooks has been selected for the England U16 squad', ['pupil_identification']),
  o('Kingsmead has been placed in special measures following its recent inspection.', ['sensitive_topic']),
  o('The headteacher of Willow Lane has resigned with immediate effect.', ['sensitive_topic']),
  o('Three members of staff have been dismissed following an internal investigation.', ['sensitive_topic']),
  o("Our staff will strike on Friday in protest at the government's pay offer.", ['sensitive_topic']),
  o("Mrs Kaur's daughter is selling Younique make-up - message her for a discount!", ['solicitation']),
  o("Make sure you vote Reform at the next election - they'll sort out our schools", ['solicitation']),
  ob('Our Year 3s had a smashing time at the science museum!'),
  ob("Kingsmead's Year 9 boys absolutely battered the cross country course today 🏃"),
  mb('the brookside pantomime was a killer, we were all crying laughing'),
  ob("Oakfield's food tech students made knife-cut julienne veg for the whole school"),
  ob('Reminder: the school will be closed on Monday for an INSET day'),
  mb('kingsmead sports day in the sun, so proud of my little runner'),
  ob('Thank you to the Brookside PTA for raising £1,200 at the summer fair!'),
  mb('does anyone know a good maths tutor near willow lane?'),
  ob("Our Year 6 leavers' assembly had everyone in tears. Good luck at secondary school!"),
  mb('my lad is gutted he missed the oakfield trip to alton towers'),
  ob("Kingsmead's history club recreated the Battle of Hastings in the playground"),
  mb('brookside staff were amazing when my daughter was poorly at school today'),
  ob('Year 8 are studying Romeo and Juliet - who knew poison could be so dramatic!'),
  mb("oakfield's new headteacher seems great, very approachable"),
  ob('Please remember to label all uniform. We have 47 unnamed jumpers in lost property!'),
  mb('kingsmead youth football got smashed 7-1 but had fun'),
  ob('Fire safety week: Year 2 met the local fire crew and sprayed the hose!'),
  mb('willow lane summer concert was the bomb, the recorder group killed it'),
  ob('Our new online safety leaflet for parents is in book bags tonight'),
  mb('shoutout to mr hughes who stayed behind to help my son with coursework, top bloke'),
];

export const ALL_CASES: Case[] = [
  ...THREAT,
  ...NOT_THREAT,
  ...SAFEGUARDING,
  ...NOT_SAFEGUARDING,
  ...ABUSE,
  ...NOT_ABUSE,
  ...PROFANITY,
  ...NOT_PROFANITY,
  ...DISPARAGING,
  ...NOT_DISPARAGING,
  ...MEDIA,
  ...NOT_MEDIA,
  ...PERSONAL,
  ...NOT_PERSONAL,
  ...PUPIL,
  ...NOT_PUPIL,
  ...SENSITIVE,
  ...NOT_SENSITIVE,
  ...SOLICITATION,
  ...NOT_SOLICITATION,
];
