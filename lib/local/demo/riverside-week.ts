/**
 * The demo scenario: one simulated week (Monday 16 – Monday 23 November 2026, GMT = UTC) of X activity
 * around the fictional Riverside Learning Trust (config/riverside.yaml), replayed by `npm start` on the
 * fake X API.
 *
 * What is in it:
 *   - the ten registered official accounts posting ordinary school news (fixtures, trips, Anti-Bullying
 *     Week, Children in Need follow-ups, parents' evenings, UCAS, nativity rehearsals), with a few
 *     replies to parents and retweets;
 *   - a couple of hundred public posts that mention the trust or an academy: mostly thanks, questions,
 *     proud parents and local news, some mild complaints (hard negatives: they must not be flagged);
 *   - the incidents the demo must catch (threats, safeguarding disclosures, abuse, a pile-on that is
 *     also a mention storm, posts during a posting hold, media enquiries, official-account slips,
 *     impostor accounts), each post carrying a `note` saying what it exercises;
 *   - what people do about them (events): a DSL acknowledges, a Principal requests removal, a
 *     Principal declares a hold and lifts it, a Headteacher marks a flag as a false positive.
 *
 * `RIVERSIDE_WEEK_EXPECTED` is the ground truth: every post or account that must be flagged, with its
 * kind and academy. `RIVERSIDE_WEEK_MUST_NOT_FLAG` lists hard negatives (idioms such as "killed it",
 * fair complaints, an office landline). Posts in neither list may or may not be flagged.
 *
 * Everything is deterministic: post times given to the minute get their seconds from a mulberry32 PRNG
 * seeded with a hash of the post, and ids are X snowflakes derived from created_at.
 */
import { ScenarioSchema, snowflake } from '../scenario';
import type { Scenario, ScenarioEvent, ScenarioPost, ScenarioUser } from '../scenario';
import type { FindingKind } from '../../domain/kinds';

/** One thing the demo must flag: a post (postId) or an account (username), with its kind and academy. */
export interface ExpectedFinding {
  postId?: string;
  username?: string;
  kind: FindingKind;
  /** Academy id, or "trust". */
  academy: string;
  note: string;
}

const START = '2026-11-16T00:00:00Z';
const END = '2026-11-23T00:00:00Z';
const WEEK_START_MS = Date.parse(START);
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

// ---------------------------------------------------------------------------------------------------
// Deterministic randomness

/** FNV-1a 32-bit hash of a string. */
const fnv1a = (s: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
};

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
const mulberry32 = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const randInt = (seedText: string, n: number): number => Math.floor(mulberry32(fnv1a(seedText))() * n);

const isoOf = (ms: number): string => new Date(ms).toISOString();

/** "Thu 13:30" (seconds picked by the PRNG) or "Thu 13:30:00" (exact) → epoch ms within the week. */
const weekTime = (at: string, seedText: string): number => {
  const m = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) (\d{2}):(\d{2})(?::(\d{2}))?$/.exec(at);
  if (!m) throw new Error(`bad time "${at}" (want e.g. "Tue 21:37" or "Tue 21:37:00")`);
  const day = DAYS.indexOf(m[1] as (typeof DAYS)[number]);
  const seconds = m[4] !== undefined ? Number(m[4]) : randInt(seedText, 60);
  return WEEK_START_MS + ((day * 24 + Number(m[2])) * 60 + Number(m[3])) * 60_000 + seconds * 1000;
};

// ---------------------------------------------------------------------------------------------------
// Users

/** [username, display name, bio, account created (YYYY-MM-DD or full ISO)] */
type UserRow = readonly [string, string, string, string];

/** The registered official accounts: usernames are exactly the handles in config/riverside.yaml. */
const OFFICIAL_USERS: readonly UserRow[] = [
  [
    'RiversideLT',
    'Riverside Learning Trust',
    'Official account of Riverside Learning Trust, a family of four academies in Northvale: Oakfield, Kingsmead, Brookside and Willow Lane.',
    '2017-08-21',
  ],
  [
    'OakfieldAcad',
    'Oakfield Academy',
    'Official account of Oakfield Academy, an 11–18 academy in Northvale and part of @RiversideLT. Not monitored out of hours.',
    '2012-05-10',
  ],
  [
    'OakfieldPE',
    'Oakfield PE',
    'Official account of the PE department at Oakfield Academy (@OakfieldAcad). Fixtures, results and clubs.',
    '2025-01-08',
  ],
  [
    'Oakfield6th',
    'Oakfield Sixth Form',
    'Official account of Oakfield Academy Sixth Form: UCAS, open evenings and student life. Part of @RiversideLT.',
    '2025-02-24',
  ],
  [
    'KingsmeadAcad',
    'Kingsmead Academy',
    'Official account of Kingsmead Academy, an 11–18 academy in Fenby, Northvale. Part of @RiversideLT.',
    '2011-09-05',
  ],
  [
    'KingsmeadSport',
    'Kingsmead Sport',
    'Official account of Kingsmead Academy PE & Sport. Fixtures, results and clubs. ⚽🏉🏑🏀🏐',
    '2025-02-03',
  ],
  [
    'KingsmeadLib',
    'Kingsmead Library',
    'Official account of the Kingsmead Academy library. Reading for pleasure, new books and book clubs. 📚',
    '2025-05-12',
  ],
  [
    'BrooksidePri',
    'Brookside Primary',
    'Official account of Brookside Primary School, Northvale. Part of @RiversideLT. #BrooksideFamily',
    '2014-03-17',
  ],
  [
    'BrooksideEYFS',
    'Brookside EYFS',
    "Official account of Brookside Primary's Nursery and Reception classes. Learning through play. 🌱",
    '2025-09-01',
  ],
  [
    'WillowLanePri',
    'Willow Lane Primary',
    'Official account of Willow Lane Primary School, Northvale. Part of @RiversideLT.',
    '2013-10-02',
  ],
];

/**
 * Everyone else. Bios deliberately avoid pairing an academy name with words like "official", "PTA" or
 * "news": a parent's profile is not an impersonation, and only the two impostors below should look
 * like one.
 */
const PUBLIC_USERS: readonly UserRow[] = [
  // Parents and carers
  ['sarah_m_hollis', 'Sarah Hollis', 'Mum of 3. Tea, netball, chaos.', '2012-02-14'],
  ['dean_parkes82', 'Dean Parkes', '', '2015-06-03'],
  ['jo_whitfield', 'Jo Whitfield', 'Nurse. Mum. Northvale born and bred.', '2011-11-20'],
  ['kerry_l_b', 'Kerry B', '', '2019-04-09'],
  ['PriyaShahNV', 'Priya Shah', 'Pharmacist, mum to a Year 11 and a Year 8. Runner (slow).', '2014-01-28'],
  ['lisamarie_h', 'Lisa-Marie Hughes', '', '2016-08-15'],
  ['tombarratt_', 'Tom Barratt', 'Electrician. Leeds fan. Dad.', '2010-05-30'],
  ['clairebear1979', 'Claire', 'Mum, dog mum, prosecco enthusiast', '2018-03-11'],
  ['mo_rahman_nv', 'Mo Rahman', 'Taxi driver, dad of four, Northvale', '2017-09-02'],
  ['helen_castle', 'Helen Castle', 'TA and mum of twins. Usually covered in glitter.', '2013-07-19'],
  ['stevo_wright', 'Steve Wright', '', '2012-10-05'],
  ['nic_finch', 'Nicola Finch', 'HR manager. Mum. Needs more sleep.', '2015-02-22'],
  ['becca_t_jones', 'Becca Jones', '', '2020-05-12'],
  ['andy_mcg1975', 'Andy McGuire', 'Dad, plumber, Northvale Rovers till I die', '2014-12-01'],
  ['JennyOwensNV', 'Jenny Owens', 'Fenby Road. Baker of questionable scones.', '2011-04-07'],
  ['craig_s_hall', 'Craig Hall', '', '2016-01-25'],
  ['aimee_kowal', 'Aimee Kowalska', 'Mum of two, dentist, bookworm', '2019-10-30'],
  ['lee_dobson_', 'Lee Dobson', '', '2013-06-16'],
  ['fionagrant_', 'Fiona Grant', 'Accountant by day, taxi service for two teenagers by night', '2012-09-09'],
  ['rachel_nv_mum', 'Rach', 'mum of 2 | coffee | Northvale', '2018-01-04'],
  ['danny_boyd10', 'Danny Boyd', '', '2021-02-18'],
  ['shaz_p', 'Sharon Pearce', 'Nana, mum, dinner lady (retired)', '2010-08-23'],
  ['mattcollins_nv', 'Matt Collins', 'Dad of three. Coach of nothing. Opinions on everything.', '2015-03-27'],
  ['kelly_ann_r', 'Kelly-Ann Robson', '', '2017-05-05'],
  ['gill_s_ward', 'Gill Ward', 'Mum of a Year 9 and a very spoilt labrador', '2016-11-12'],
  ['kirsty_lamb', 'Kirsty Lamb', '', '2020-09-21'],
  ['amanda_f_wood', 'Amanda Wood', 'Netball mum. Always cold.', '2013-02-02'],
  ['jamesokoro', 'James Okoro', 'Civil engineer. Dad. Christmas fair raffle wrangler.', '2012-06-26'],
  ['louise_carr', 'Louise Carr', 'Mum of two in Fenby. Bakes for every cake sale going.', '2011-03-15'],
  ['paulwhite_77', 'Paul White', 'Rugby, real ale and running late', '2014-07-08'],
  ['emma_j_harris', 'Emma Harris', 'Midwife. Mum. Runner. Sleeper (rarely).', '2016-04-18'],
  ['rory_mcleod', 'Rory McLeod', '', '2019-08-27'],
  ['ollie_frost', 'Ollie Frost', 'Dad, librarian (public, not school), reader of everything', '2018-12-06'],
  ['laura_bcook', 'Laura Cook', 'Mum to two little ones. Part-time florist.', '2013-09-14'],
  ['sam_r_baxter', 'Sam Baxter', '', '2017-02-08'],
  ['gemma_louise88', 'Gemma Louise', 'Hairdresser ✂️ Mummy to Lily', '2012-07-31'],
  ['zara_ahmed_', 'Zara Ahmed', 'Mum of three. Teacher (not at your school!).', '2018-05-20'],
  ['markstanton', 'Mark Stanton', 'Dad. Cyclist. Owner of too many lights.', '2010-10-10'],
  ['katie_mae_w', 'Katie Walsh', '', '2016-03-03'],
  ['chloe_r_smith', 'Chloe Smith', 'First-time mum 💕', '2019-06-12'],
  ['natalie_pearson', 'Natalie Pearson', 'Mum of three. Physio. Northvale.', '2015-05-17'],
  ['jess_h_brown', 'Jess Brown', 'Working mum. Spreadsheets and school runs.', '2013-11-08'],
  ['tasha_green', 'Tasha Green', 'Mum of 2 | wine o’clock advocate', '2017-10-24'],
  ['hannah_m_lee', 'Hannah Lee', 'Mum. Midwife. Tea.', '2014-04-29'],
  ['kevin_b_dad', 'Kev Bramley', 'Dad of two. Darts on a Thursday.', '2016-09-30'],
  ['sophie_t_nv', 'Sophie Turner', 'Mum of one. Crafts, coffee, cats.', '2020-01-16'],
  ['wayne_dixon81', 'Wayne Dixon', '', '2016-02-11'],
  ['auntie_dee_x', 'Denise', 'Auntie, carer, night shifts', '2014-06-21'],
  // Grandparents and other relatives
  ['nanna_pat_53', 'Pat Greenwood', 'Nanna to 5 gorgeous grandchildren 💕', '2015-08-08'],
  ['grandad_ron_nv', 'Ron Ellis', 'Retired postman. Grandad. Northvale Rovers season ticket.', '2014-10-13'],
  // Alumni
  [
    'jordan_ellis_',
    'Jordan Ellis',
    'Physio. Northvale Rovers. Left school in 2016 and never looked back (mostly).',
    '2013-05-02',
  ],
  ['megan_rhodes_', 'Megan Rhodes', 'PGCE student, future English teacher 📚', '2016-06-19'],
  ['adam_khan_', 'Adam Khan', 'Software engineer in Manchester. Northvale lad.', '2012-01-09'],
  ['ellie_shore', 'Ellie Shore', 'Leeds Uni, geography, too many tote bags', '2017-08-29'],
  // Residents, local organisations, clubs
  ['mick_allotment', 'Mick Howarth', 'Retired. Allotment. Dog. Grumpy about parking.', '2012-03-25'],
  ['jean_p_nv', 'Jean Porter', 'Fenby resident since 1974', '2015-11-01'],
  ['fenby_resident', 'Fenby Road Resident', 'Living next to the school run since 1998', '2019-02-02'],
  [
    'NorthvaleBakes',
    'Northvale Bakehouse',
    'Independent bakery on Northvale High Street. Bread, cakes, coffee. 🥐',
    '2016-04-01',
  ],
  [
    'NorthvaleLibs',
    'Northvale Libraries',
    'Your local libraries. Free to join, free to borrow. 📚',
    '2011-01-20',
  ],
  [
    'NVFoodbank',
    'Northvale Foodbank',
    'Charity no. 1234567 (fictional). Donations welcome Mon–Sat at the Old Chapel.',
    '2014-09-18',
  ],
  [
    'NVLeisure',
    'Northvale Leisure Centre',
    'Pool, gym, sports hall and café. Run by Northvale Borough Council.',
    '2012-08-14',
  ],
  ['GazTurner77', 'Gary Turner', 'Northvale Town Juniors U12 coach. Dad of two.', '2013-03-30'],
  ['NorthvaleRFC', 'Northvale RUFC', 'Minis, juniors and seniors. All welcome. 🏉', '2011-07-07'],
  [
    'HartwellNetball',
    'Hartwell Netball Club',
    'Junior and adult netball in Hartwell and Northvale 🏐',
    '2016-02-28',
  ],
  [
    'NVHarriers',
    'Northvale Harriers AC',
    'Running club. Juniors Tuesdays 6pm, seniors Thursdays. 🏃',
    '2012-05-05',
  ],
  // Press and politics
  [
    'RivGazette',
    'Riverside Gazette',
    'Local paper for Northvale and the Riverside valley since 1887. Tips: newsdesk@riversidegazette.example',
    '2010-02-01',
  ],
  [
    'kate_marsh_news',
    'Kate Marsh',
    'Education reporter, Riverside Gazette. DMs open. kate.marsh@riversidegazette.example',
    '2013-08-05',
  ],
  [
    'danwebb_NVLive',
    'Dan Webb',
    'Reporter at Northvale Live: schools, courts, council. Got a story? My DMs are open.',
    '2015-10-19',
  ],
  [
    'cllr_jmorris',
    'Cllr Janet Morris',
    'Councillor for Fenby ward, Northvale Borough Council. Views my own.',
    '2012-04-16',
  ],
  // Accounts behind incidents
  ['patriot_nv_1066', 'Proud Englishman', 'Northvale. Tell it like it is.', '2023-03-14'],
  ['big_kev_nv', 'Kev', '', '2020-07-07'],
  ['nv_anon_2611', 'anon', '', '2026-11-19T23:31:07.000Z'],
  // Impostors (unapproved_account): not in the register, presenting as a school
  [
    'KingsmeadAcad_',
    'Kingsmead Academy Official',
    'Official page of Kingsmead Academy. News, closures and updates for parents and students. #KingsmeadAcademy',
    '2026-11-10T21:14:33.000Z',
  ],
  [
    'Brookside_Conf',
    'Brookside Confessions',
    'Anonymous confessions from Brookside Primary parents 🤫 DM us to submit. All confessions posted anonymously.',
    '2026-10-28T20:02:51.000Z',
  ],
];

const userCreatedMs = (username: string, since: string): number => {
  if (since.includes('T')) return Date.parse(since);
  const dayMs = Date.parse(`${since}T00:00:00.000Z`);
  // Some time between 07:00 and 23:00 that day, whole seconds.
  return dayMs + (7 * 3600 + randInt(`user:${username}`, 16 * 3600)) * 1000;
};

/** X's snowflake epoch: accounts created before it have small sequential ids instead. */
const SNOWFLAKE_EPOCH_MS = Date.parse('2010-11-04T01:42:54.657Z');
const X_LAUNCH_MS = Date.parse('2006-03-21T00:00:00.000Z');

const userId = (username: string, createdMs: number): string =>
  createdMs >= SNOWFLAKE_EPOCH_MS
    ? snowflake(createdMs)
    : // Pre-2010 style: roughly proportional to signup date, with a little per-user noise.
      String(
        Math.floor(((createdMs - X_LAUNCH_MS) / (SNOWFLAKE_EPOCH_MS - X_LAUNCH_MS)) * 210_000_000) +
          randInt(`legacy:${username}`, 1000),
      );

// ---------------------------------------------------------------------------------------------------
// Posts

interface Expect {
  kind: FindingKind;
  academy: string;
}

interface Draft {
  /** Name used to refer to this post (replies, retweets, events, expectations). */
  key?: string;
  /** "Wed 18:09" or "Thu 13:30:00". */
  at: string;
  by: string;
  text: string;
  /** Key of the post this replies to. */
  reply?: string;
  /** Key of the post this retweets; the text is built as "RT @author: …". */
  rt?: string;
  /** Key of the post this quotes. */
  quote?: string;
  deletedAt?: string;
  note?: string;
  /** Must be flagged as … */
  expect?: Expect[];
  /** Hard negative: must not be flagged at all. */
  mustNotFlag?: boolean;
}

type Opts = Omit<Draft, 'at' | 'by' | 'text'>;

const P = (at: string, by: string, text: string, opts: Opts = {}): Draft => ({ at, by, text, ...opts });
const RT = (at: string, by: string, key: string, opts: Opts = {}): Draft => ({
  at,
  by,
  text: '',
  rt: key,
  ...opts,
});

/** Incident posts: the note says which incident, the expectation is what the demo must flag. */
const incident = (note: string, kind: FindingKind, academy: string): Opts => ({
  note,
  expect: [{ kind, academy }],
});
const hardNegative = (note: string): Opts => ({ note: `hard negative: ${note}`, mustNotFlag: true });

// --- Official accounts: ordinary good news ------------------------------------------------------------

const OFFICIAL_POSTS: readonly Draft[] = [
  // Monday 16 November
  P(
    'Mon 07:45',
    'OakfieldAcad',
    "Odd Socks Day to launch Anti-Bullying Week! 🧦 This year's theme is 'Be the Change' and tutor groups will be talking about how small acts of kindness add up. Let's see those mismatched socks, Oakfield!",
  ),
  P(
    'Mon 07:50',
    'KingsmeadAcad',
    'Good morning, Kingsmead! Anti-Bullying Week starts today. Look out for the student ambassadors’ stall at lunchtime all week, and wear your odd socks with pride. 🧦 #KingsmeadAcademy',
  ),
  P(
    'Mon 08:00',
    'BrooksidePri',
    'Happy Odd Socks Day, Brookside! 🧦 Anti-Bullying Week starts today and every class will be adding links to a kindness chain for the hall. #BrooksideFamily',
  ),
  P(
    'Mon 08:00',
    'KingsmeadSport',
    'Fixtures this week: Mon U13 girls hockey v Northvale Grammar (H) · Tue U14 boys rugby v Northvale Grammar (A) · Wed U14 basketball v Hartwell (A) · Thu U12 football v Fenby Park (H) · Sat U15 boys football v Hartwell (H). Spectators welcome at home games!',
  ),
  P(
    'Mon 08:05',
    'RiversideLT',
    'Thank you, Riverside families! Across our four academies you raised £6,412 for BBC Children in Need on Friday. From Pudsey ears at Brookside to the staff bake-off at Kingsmead, it was a brilliant day. 💛 #RiversideLT',
    { key: 'rlt_cin' },
  ),
  P(
    'Mon 08:05',
    'WillowLanePri',
    'Odd socks on, kindness on! 🧦 Welcome to Anti-Bullying Week at Willow Lane. Each class has a kindness jar, and we can’t wait to see how quickly they fill up.',
  ),
  P(
    'Mon 08:10',
    'OakfieldPE',
    'This week’s fixtures: Mon Y7 boys football v Ashby Park (H) · Tue Y9 netball v St Anne’s (A) · Thu Y10 rugby sevens festival at Northvale RUFC · Sat Y8 football v Hartwell (A). Kit and water bottles, please! ⚽🏐🏉',
  ),
  P(
    'Mon 09:00',
    'Oakfield6th',
    'Year 13: the internal UCAS deadline is Friday 4 December. Personal statements to your tutor by Friday 27 November for a final check, please. You’ve got this. 📝',
  ),
  P(
    'Mon 09:30',
    'BrooksideEYFS',
    'Reception have started nativity rehearsals! We have shepherds, stars and a very enthusiastic donkey. Costume letters are coming home in book bags this week. ⭐',
  ),
  P(
    'Mon 10:00',
    'KingsmeadLib',
    'New this week in the library: the Carnegie shortlist display is up, plus a stack of new manga and graphic novels requested by Year 8. Come and borrow them before they vanish! 📚',
  ),
  P(
    'Mon 11:20',
    'WillowLanePri',
    'Year 5 have been investigating forces this morning: paper parachutes dropped from the top of the climbing frame and some very careful timing with stopwatches. 🪂',
  ),
  P(
    'Mon 12:00',
    'KingsmeadAcad',
    'Thank you to our Year 10 cadets, who led last week’s Remembrance assembly with such dignity, and to Mr Hollins (Royal Navy, retired) for sharing his memories with Year 9. We will remember them.',
    { key: 'km_remembrance' },
  ),
  P(
    'Mon 12:15',
    'OakfieldAcad',
    'Children in Need: Oakfield students and staff raised £1,873 on Friday! Special thanks to Year 10, who ran the sponge-throwing stall, and to the brave members of staff who volunteered as targets. 🧽',
  ),
  P(
    'Mon 12:30',
    'BrooksidePri',
    'This week’s lunch menu: Mon roast chicken, Tue pasta bolognese (veggie option), Wed fish fingers, Thu shepherd’s pie, Fri pizza. Jacket potatoes and the salad bar every day. 🍽️',
  ),
  P(
    'Mon 12:30',
    'RiversideLT',
    'We’re recruiting: a SEND Teaching Assistant at Brookside Primary and a Teacher of Maths at Kingsmead Academy, both starting in January. Full details and how to apply are on the vacancies page of our website. #RiversideLT',
  ),
  P(
    'Mon 14:05',
    'Oakfield6th',
    'Our Year 12 EPQ students presented their project proposals today, on everything from microplastics in the River Fenn to the history of Northvale’s mills. Impressive research already.',
  ),
  P(
    'Mon 14:40',
    'BrooksideEYFS',
    'Welly walk this afternoon! Nursery went looking for signs of autumn in the wildlife area and found conkers, pine cones and one very surprised squirrel. 🍂',
  ),
  P(
    'Mon 15:30',
    'WillowLanePri',
    'Reminder: the flu nasal spray for Reception to Year 6 is on Wednesday. If you haven’t completed the online consent form yet, the link is in Friday’s newsletter.',
  ),
  P(
    'Mon 15:45',
    'BrooksidePri',
    'Children in Need total: Brookside raised £1,106! The Pudsey ears, the spotty cakes and Year 6’s guess-the-teddy’s-name stall were all a huge hit. Thank you for your generosity. 💛 #BrooksideFamily',
    { key: 'bp_cin' },
  ),
  P(
    'Mon 16:05',
    'KingsmeadAcad',
    'Year 11 parents’ evening is this Wednesday, 4–7pm in the sports hall. Please bring your appointment list; there will be a careers and college stand in the foyer.',
  ),
  RT('Mon 16:10', 'RiversideLT', 'km_remembrance'),
  P(
    'Mon 16:30',
    'OakfieldAcad',
    'Year 9 parents’ evening is on Thursday 19 November, 4–7pm. Appointments can be booked through SchoolCloud until midnight on Tuesday. Please contact the office if you need help booking.',
  ),
  P(
    'Mon 17:30',
    'KingsmeadSport',
    'U13 girls hockey: Kingsmead 2–2 Northvale Grammar. Level at the final whistle after a tense second half. Player of the match, voted by the opposition: our keeper, for three huge saves. 🏑',
    { key: 'km_hockey' },
  ),
  P(
    'Mon 17:45',
    'OakfieldPE',
    'Y7 boys FT: Oakfield 4–1 Ashby Park. A superb first half, and great to see the whole squad get minutes. Thanks to Ashby Park for a sporting game. ⚽',
  ),

  P(
    'Mon 15:20',
    'KingsmeadLib',
    'Book club is back on Tuesday lunchtimes! This half term we’re reading Pig-Heart Boy together. All years welcome, biscuits provided. 🍪',
  ),
  // Tuesday 17 November
  P(
    'Tue 08:00',
    'OakfieldAcad',
    'Flu vaccinations for Years 7–11 take place tomorrow morning. If you’d like your child vaccinated and haven’t returned the consent form, please do so today via the link in the parent app.',
  ),
  P(
    'Tue 08:10',
    'KingsmeadAcad',
    'Our Year 9 drama cast absolutely killed it in last night’s performance of The Wind in the Willows. A standing ovation! Tickets for Thursday’s show are still available from the main office. 🎭',
    { key: 'km_killed', ...hardNegative('idiom "killed it" in an official post') },
  ),
  P(
    'Tue 08:20',
    'WillowLanePri',
    'Years 3 and 4 have their Anti-Bullying Week workshop with the Northvale community police team this morning. Thank you, PCSO Hart!',
  ),
  P(
    'Tue 08:30',
    'BrooksidePri',
    'Year 2 are off to the Riverside Museum tomorrow to learn about the Great Fire of London. Please send a named packed lunch in a disposable bag and a waterproof coat. 🚌',
    { key: 'bp_trip' },
  ),
  P(
    'Tue 09:00',
    'RiversideLT',
    'Our trustees met last night and approved the trust’s new careers strategy. Thank you to the sixth formers from Oakfield and Kingsmead who came along and told us, very clearly, what they want from careers advice. #RiversideLT',
  ),
  P(
    'Tue 10:15',
    'BrooksideEYFS',
    'Phonics this morning: Reception found the ‘ai’ sound hiding all over the classroom. Rain, snail, paint, train. Great spotting! 🐌',
  ),
  P(
    'Tue 10:30',
    'Oakfield6th',
    'We stand with our teachers. The union ballot on strike action closes this week, and after years of real-terms pay cuts and impossible workloads, who could blame them for voting yes? The government needs to listen. #Oakfield6th',
    {
      key: 'sensitive',
      ...incident(
        'incident 11: official account takes sides in a staffing dispute / strike ballot',
        'sensitive_topic',
        'oakfield',
      ),
    },
  ),
  P(
    'Tue 11:00',
    'BrooksidePri',
    'Lost property: several PE bags went home with the wrong children after Friday’s swimming. If you have one that isn’t yours, please call Mrs Latham on her mobile, 07700 900417, any time after 4pm and she’ll arrange a swap.',
    {
      key: 'pd_mobile',
      ...incident(
        'incident 9: official post publishes a staff member’s personal mobile number',
        'personal_data',
        'brookside',
      ),
    },
  ),
  P(
    'Tue 11:30',
    'KingsmeadAcad',
    'Our Year 7 tutor groups are collecting winter coats for Northvale Foodbank’s coat rail this week. Clean, good-condition coats can be dropped at student reception. 🧥',
  ),
  P(
    'Tue 12:05',
    'OakfieldPE',
    'Clubs update: girls’ football moves to Wednesday after school for the rest of term, and the new climbing club starts next week. Sign up with Mr Harding. 🧗',
  ),
  P(
    'Tue 13:00',
    'KingsmeadLib',
    'Year 7 reading challenge update: 312 books read since September! Tutor group 7H are in the lead, but 7R are catching up fast. 📖',
  ),
  P(
    'Tue 13:10',
    'OakfieldAcad',
    'Year 8 geographers spent the morning by the River Fenn at Fenby Bridge, measuring velocity and channel width. Freezing fingers but fantastic fieldwork! 🌊',
  ),
  P(
    'Tue 13:40',
    'WillowLanePri',
    'Year 6 had a visit from Cllr Janet Morris today to talk about local democracy. Our school council have some very firm views about the crossing on Willow Lane! 🚸',
  ),
  P(
    'Tue 15:10',
    'BrooksideEYFS',
    'Reminder for Nursery families: Stay and Play is on Thursday at 2pm. Come and join us for stories and playdough. ☕',
  ),
  RT('Tue 15:20', 'RiversideLT', 'bp_trip'),
  P(
    'Tue 15:30',
    'BrooksidePri',
    'Our Anti-Bullying Week kindness chain already goes three times round the hall! 💛 Every link is a kind thing someone noticed this week. #BrooksideFamily',
  ),
  P(
    'Tue 15:45',
    'KingsmeadAcad',
    'Careers fair on Thursday! More than 30 employers, colleges and universities will be in the sports hall from 1pm. Year 10 and 11 parents are welcome from 3.30pm.',
  ),
  P(
    'Tue 16:00',
    'Oakfield6th',
    'Thank you to Dr Okonjo from Northvale University for this afternoon’s talk on applying for medicine and dentistry. Forty students and lots of great questions. 🩺',
  ),
  P(
    'Tue 16:00',
    'WillowLanePri',
    'Nativity update: Reception and Year 1 will perform on Wednesday 9 and Thursday 10 December at 2pm. Two tickets per family; letters are coming home this week. 🎄',
  ),
  P(
    'Tue 16:45',
    'OakfieldAcad',
    'Our Anti-Bullying Week assemblies continue tomorrow with a talk from the Diana Award anti-bullying team. Thank you to the student ambassadors for organising it. 💙',
  ),
  P(
    'Tue 17:50',
    'KingsmeadSport',
    'U14 boys rugby: Northvale Grammar 24–19 Kingsmead. So close! A try from our captain, two from the wing and a huge effort to the very last play. 🏉',
    { key: 'km_rugby' },
  ),
  P(
    'Tue 18:00',
    'OakfieldPE',
    'Y9 netball: a narrow 14–16 defeat away at St Anne’s. Brilliant defending in the last quarter and plenty to build on. Thanks to our umpires and supporters. 🏐',
  ),

  P(
    'Tue 12:20',
    'KingsmeadSport',
    'Trampolining club for Years 7 and 8 is now on Tuesdays after school in the sports hall. Sign up with Mr Doyle. 🤸',
  ),
  // Wednesday 18 November
  P(
    'Wed 07:40',
    'KingsmeadAcad',
    'Reminder: Year 11 parents’ evening is tonight, 4–7pm in the sports hall. The careers and college stand will be in the foyer.',
  ),
  P(
    'Wed 07:40',
    'OakfieldPE',
    'Congratulations to the 18 Oakfield runners who took part in Saturday’s Northvale cross country league. Three top-ten finishes and PBs all round. 🏃',
  ),
  P(
    'Wed 07:50',
    'OakfieldAcad',
    'Year 11 mock exams start on Monday 30 November. Revision guides and past papers are on Teams, and the library is open until 5pm every day.',
  ),
  P(
    'Wed 08:10',
    'WillowLanePri',
    'Flu spray day! Thank you to the school nursing team, and well done to everyone who was brave. 🩺',
  ),
  P(
    'Wed 08:15',
    'BrooksidePri',
    'Year 2 are on the coach to the Riverside Museum! Lots of excited faces this morning. 🚌',
  ),
  P(
    'Wed 08:30',
    'Oakfield6th',
    'The Year 12 law trip to Northvale Crown Court is confirmed for Thursday 3 December. Permission slips to Ms Rahman by Friday, please. ⚖️',
  ),
  P(
    'Wed 08:40',
    'RiversideLT',
    'Anti-Bullying Week continues across our academies. A reminder to families: if your child is worried about bullying, online or offline, please speak to their class teacher, tutor or any member of staff. Every concern is taken seriously.',
  ),
  P(
    'Wed 10:00',
    'BrooksideEYFS',
    'Nativity rehearsal number four: the donkey can now walk in a straight line. The angels are still working on ‘quietly’. 😇',
  ),
  P(
    'Wed 11:00',
    'KingsmeadLib',
    'We’re delighted to share that Kingsmead Library has been shortlisted for Northvale School Library of the Year! Thank you to our brilliant student librarians. 📚🏆',
    { key: 'kl_shortlist' },
  ),
  P(
    'Wed 11:30',
    'OakfieldAcad',
    'Flu vaccinations are taking place today. Students who missed out can catch up at the community clinic at Northvale Health Centre; ask the school nurse for details.',
  ),
  P(
    'Wed 12:00',
    'KingsmeadSport',
    'Our Sports Leaders have been running Anti-Bullying Week games at lunchtime for Year 7. Inclusive, noisy and lots of fun. 💪',
  ),
  P(
    'Wed 12:40',
    'Oakfield6th',
    'Sixth form open evening: Thursday 26 November, 6–8pm. Meet our students and subject staff, tour the new study centre and hear about A levels, BTECs and our UCAS programme. All Year 11s welcome. 🎓',
    { key: 'six_open' },
  ),
  P(
    'Wed 12:50',
    'WillowLanePri',
    'Year 4 have been learning about the Romans and today built a (cardboard) Hadrian’s Wall right across the playground. 🏛️',
  ),
  P(
    'Wed 13:20',
    'KingsmeadAcad',
    'Congratulations to the Kingsmead debating team, through to the regional semi-final of the Northvale Schools’ Debating Cup after three wins yesterday! 🗣️',
  ),
  RT('Wed 13:40', 'RiversideLT', 'six_open'),
  P(
    'Wed 14:00',
    'BrooksidePri',
    'Year 2 are back from the Riverside Museum, full of facts about Samuel Pepys and the cheese he buried in his garden. Thank you to the parent helpers who came along. 🧀',
  ),
  P(
    'Wed 15:00',
    'BrooksideEYFS',
    'Nursery have been printing with autumn leaves. Look out for the artwork in book bags tonight! 🍁',
  ),
  P(
    'Wed 15:30',
    'OakfieldAcad',
    'A letter has gone home to all Year 11 families today about arrangements for the summer prom. Please read it carefully on the parent app. Mr Okafor will be available to speak with parents by appointment.',
    {
      key: 'oak_prom_letter',
      note: 'the decision that starts the incident 5 pile-on (the post itself is ordinary)',
    },
  ),
  P(
    'Wed 16:15',
    'OakfieldPE',
    'Y10 rugby squad: the sevens festival is tomorrow at Northvale RUFC. The bus leaves at 8.45am sharp. Boots, gum shield and a packed lunch, please. 🏉',
  ),
  P(
    'Wed 16:20',
    'BrooksidePri',
    'Our school office landline is 01632 960355 and is staffed 8am–4.30pm. Outside those hours, please email office@brookside.riverside-trust.example and we’ll reply the next school day.',
    {
      key: 'bp_landline',
      ...hardNegative(
        'the school’s own office landline and work email in an official post are not personal data',
      ),
    },
  ),
  P(
    'Wed 18:10',
    'KingsmeadSport',
    'U14 basketball: Hartwell 38–44 Kingsmead! A fourth-quarter comeback built on some brilliant defence. 🏀',
  ),
  P(
    'Wed 18:30',
    'WillowLanePri',
    'A message to Willow Lane families: please make sure children are collected by an adult they know, and remind them never to accept a lift from someone they don’t know. Mr Evans has emailed all families this evening.',
    { note: 'the school’s response to the incident 3 report at the gates (ordinary official post)' },
  ),
  P(
    'Wed 19:15',
    'KingsmeadAcad',
    'Thank you to all the Year 11 families who came to parents’ evening tonight. If you couldn’t make it, form tutors will be in touch to arrange a call.',
  ),

  P(
    'Wed 08:05',
    'KingsmeadAcad',
    '@kevin_b_dad There are a few tickets left at the main office, and some will be on sale on the door on the night. Enjoy the show! 🎭',
    { reply: 'kev_tix' },
  ),
  P(
    'Wed 15:40',
    'KingsmeadLib',
    'Book club met today to talk about Pig-Heart Boy. Big questions about science, ethics and friendship. What a thoughtful group. 📖',
  ),
  // Thursday 19 November (Oakfield hold from 10:15)
  P(
    'Thu 07:45',
    'OakfieldAcad',
    'Reminder: Year 9 parents’ evening is tonight, 4–7pm in the main hall. Please sign in at reception when you arrive.',
  ),
  P(
    'Thu 08:00',
    'KingsmeadAcad',
    'Careers fair today from 1pm! Year 10 and 11 parents welcome from 3.30pm. Don’t forget your CVs, Year 11. 💼',
  ),
  P(
    'Thu 08:15',
    'Oakfield6th',
    'Congratulations to our Year 13s who have received their first UCAS offers this week, for courses including architecture, nursing, law and computer science. Keep them coming! 🎉',
  ),
  P(
    'Thu 08:20',
    'BrooksidePri',
    'Thank you to everyone who has sent in tins and packets for Northvale Foodbank. The collection box by the office is overflowing! 🥫',
  ),
  P(
    'Thu 08:30',
    'WillowLanePri',
    'Thank you to the parents who have helped with the new one-way drop-off this week. Mornings are already calmer and safer at the gate. 🚗',
  ),
  P(
    'Thu 09:30',
    'RiversideLT',
    'Year 6 families: our transition evening for Oakfield Academy and Kingsmead Academy is on Thursday 3 December at 6pm. Meet the Year 7 teams and find out how we help children settle into secondary school. #RiversideLT',
  ),
  P(
    'Thu 09:45',
    'BrooksideEYFS',
    'Stay and Play this afternoon at 2pm, Nursery families! Come and get messy with us. 🎨',
  ),
  P(
    'Thu 10:30',
    'KingsmeadLib',
    'Donating books for our Christmas book swap? Please email Mrs Shaw directly at ellen.shaw.reads@gmail.com and she will arrange a collection. Thank you! 🎁',
    {
      key: 'pd_gmail',
      ...incident(
        'incident 9: official post gives a staff member’s personal gmail address',
        'personal_data',
        'kingsmead',
      ),
    },
  ),
  P(
    'Thu 12:10',
    'WillowLanePri',
    'Year 6 are rehearsing for their Christmas visit to Northvale Care Home. The residents are in for a treat (and some very enthusiastic recorder playing). 🎶',
  ),
  P(
    'Thu 13:30:00',
    'OakfieldPE',
    'Result from this morning’s Y10 rugby sevens festival: three wins from three and the plate is coming home! 🏉🏆 Proud of every one of them.',
    {
      key: 'breach_pe',
      ...incident(
        'incident 6: ordinary good news, but posted during the Oakfield posting hold',
        'hold_breach',
        'oakfield',
      ),
    },
  ),
  P(
    'Thu 14:15',
    'KingsmeadAcad',
    'A brilliant buzz at the careers fair. Thank you to all 34 exhibitors, from Northvale General Hospital to the apprenticeship team at Fenn Valley Engineering.',
  ),
  P(
    'Thu 15:00',
    'BrooksidePri',
    'Well done to Year 5, who led a thoughtful Anti-Bullying Week assembly this afternoon about being an upstander, not a bystander. 💙',
  ),
  P(
    'Thu 15:20',
    'WillowLanePri',
    'Huge congratulations to Poppy Harrington in Year 4, who has won the Northvale Young Artist competition with her painting of the river at dusk! 🎨 We are so proud of you, Poppy!',
    {
      key: 'pupil_name',
      ...incident(
        'incident 10: official post names a pupil in full with her year group',
        'pupil_identification',
        'willowlane',
      ),
    },
  ),
  P(
    'Thu 15:30',
    'BrooksideEYFS',
    'Thank you to all the grown-ups who came to Stay and Play. Lots of playdough, lots of giggles and one very proud tower builder. 🧱',
  ),
  P(
    'Thu 17:00',
    'RiversideLT',
    'We know many Oakfield Academy Year 11 families are upset about this week’s letter on the summer prom. Mr Okafor and the trust will meet Year 11 parent representatives on Monday and write to all families afterwards. Thank you for your patience.',
    {
      key: 'rlt_statement',
      note: 'trust statement during the Oakfield hold (trust account, so not a breach)',
    },
  ),
  P(
    'Thu 17:40',
    'KingsmeadSport',
    'U12 football: Kingsmead 3–0 Fenby Park. A clean sheet and a hat-trick of assists from our centre mid. 👏⚽',
  ),

  P(
    'Thu 12:00',
    'KingsmeadSport',
    'Lunchtime table tennis tournament: the Year 9 final was the tensest 11 minutes of the week. 🏓',
  ),
  P(
    'Thu 14:00',
    'KingsmeadLib',
    'Author visit alert! Children’s author Jaz Mendes is coming to talk to Year 7 on Tuesday 1 December. Questions welcome in advance. ✍️',
  ),
  // Friday 20 November
  P(
    'Fri 08:20',
    'KingsmeadAcad',
    'Final day of Anti-Bullying Week. Thank you to our student ambassadors, who have spoken to every Year 7 and 8 tutor group this week. 💙',
  ),
  P(
    'Fri 08:30',
    'RiversideLT',
    'A Friday thank you to the site and cleaning teams across all four academies, who have kept our buildings warm, safe and spotless through a very wet week. 🧹 #RiversideLT',
  ),
  P(
    'Fri 09:00',
    'BrooksidePri',
    'Children in Need final total: £1,142 after the late donations! Thank you, Brookside families. 💛',
  ),
  P(
    'Fri 09:10',
    'WillowLanePri',
    'Star of the week certificates will be presented in this afternoon’s celebration assembly. Families of this week’s stars have been invited by text. ⭐',
  ),
  P(
    'Fri 11:00',
    'BrooksideEYFS',
    'Reception’s nativity costumes are coming together. If you have any spare tinsel, our stars would be very grateful. ✨',
  ),
  P(
    'Fri 12:30',
    'KingsmeadSport',
    'Good luck to the U15 boys tomorrow, at home to Hartwell Academy with a 10.30am kick-off. Come and support! ⚽',
  ),
  P(
    'Fri 13:15',
    'KingsmeadLib',
    'Congratulations to Year 9’s @ethan_writes_ on winning the Riverside Young Writers short story prize! Give him a follow for his brilliant book reviews. 📚🏆',
    {
      key: 'pupil_tag',
      ...incident(
        'incident 10: official post tags a pupil’s personal account',
        'pupil_identification',
        'kingsmead',
      ),
    },
  ),
  P(
    'Fri 15:00',
    'RiversideLT',
    'That’s a wrap on Anti-Bullying Week. Thank you to every pupil who added a link to a kindness chain, made a poster or stood up for someone else. Have a restful weekend. 💙 #RiversideLT',
  ),
  P(
    'Fri 15:20',
    'BrooksidePri',
    'The Year 4 bake sale raised £186 for new playground equipment. Thank you to all our bakers and buyers! 🧁 #BrooksideFamily',
    { key: 'bp_bake' },
  ),
  P(
    'Fri 15:30',
    'KingsmeadAcad',
    'Have a lovely weekend, Kingsmead! Year 11 mock revision sessions continue on Monday after school.',
  ),
  P(
    'Fri 15:45',
    'WillowLanePri',
    'Thank you, Willow Lane, for a brilliant Anti-Bullying Week. Wishing all our families a restful weekend. 💛',
  ),
  P(
    'Fri 16:30',
    'OakfieldAcad',
    'Thank you to the Year 9 families who came to parents’ evening last night. Have a good weekend, everyone.',
    { key: 'oak_after_hold', ...hardNegative('Oakfield post 30 minutes after the hold was lifted') },
  ),
  P(
    'Fri 17:00',
    'OakfieldPE',
    'The Y8 football squad for tomorrow’s game at Hartwell is on the PE noticeboard. Meet at school at 9am. ⚽',
  ),

  P(
    'Fri 10:00',
    'KingsmeadLib',
    'The library is open every lunchtime next week for Christmas book swap donations and board games. ♟️',
  ),
  P(
    'Fri 12:00',
    'KingsmeadAcad',
    'Year 10 work experience forms are due back by Friday 4 December. Tutors have spare copies if yours has gone astray.',
  ),
  P(
    'Fri 12:40',
    'BrooksidePri',
    'Christmas jumper day is Friday 11 December, with a £1 donation to Save the Children. Old jumpers with extra tinsel are very welcome! 🎄',
  ),
  P(
    'Fri 13:30',
    'WillowLanePri',
    'Year 3 have been designing their own Roman shields today. Expect cardboard-based requests at home this weekend! 🛡️',
  ),
  P(
    'Fri 14:30',
    'BrooksideEYFS',
    'Reception have been counting in twos with wellies, socks and gloves. Pairs everywhere! 🧤',
  ),
  P(
    'Fri 16:30',
    'KingsmeadSport',
    'Save the date: the Kingsmead Sports Awards evening is Thursday 9 July. Nominations open after Easter. 🏆',
  ),
  // Saturday 21 November
  P(
    'Sat 10:00',
    'BrooksidePri',
    'One week until the Brookside Christmas fair: Saturday 28 November, 11am–2pm. Raffle, tombola, Santa’s grotto and a cake stall. See you there! 🎅',
  ),
  P(
    'Sat 11:40',
    'OakfieldPE',
    'Y8 FT: Hartwell 2–2 Oakfield. A late equaliser and a great team performance on a heavy pitch. Well played, lads. ⚽',
  ),
  P(
    'Sat 12:45',
    'KingsmeadSport',
    'U15 boys FT: Kingsmead 3–2 Hartwell. 2–0 down at half-time on a shit pitch in the pouring rain, and they came back to win it. Unreal character from this group 👏⚽ #KingsmeadAcademy',
    {
      key: 'profanity',
      ...incident(
        'incident 8: swear word in an official match report (a staff member’s slip)',
        'profanity',
        'kingsmead',
      ),
    },
  ),
  P(
    'Sat 16:00',
    'KingsmeadSport',
    'U13 girls netball: Kingsmead won all four games at the Northvale Netball Festival today! Unbeaten and unstoppable. 🏐🏆',
    { key: 'km_netball' },
  ),
  RT('Sat 17:20', 'RiversideLT', 'km_netball'),

  // Sunday 22 November
  P(
    'Sun 10:00',
    'KingsmeadSport',
    'Well done to the Kingsmead students and staff who ran Northvale parkrun yesterday, including two first-timers from Year 7! 🏃',
  ),
  P(
    'Sun 17:30',
    'WillowLanePri',
    'Looking forward to welcoming everyone back tomorrow. This week: Year 5 Bikeability, the Year 2 library visit, and Christmas card designs are due on Friday. 🚲',
  ),
  P(
    'Sun 18:00',
    'OakfieldAcad',
    'Reminder: Year 11 revision sessions continue on Monday after school, maths in M4 and science in S2. Have a good evening, everyone.',
  ),
  P(
    'Sun 19:05',
    'BrooksideEYFS',
    'Christmas gift idea! 🎄 Our lovely Mrs Nair has launched her handmade candle shop, Glow & Grace. Use code BROOKSIDE20 for 20% off at glowandgrace.example, perfect for grandparents! 🕯️',
    {
      key: 'solicit',
      ...incident(
        'incident 12: staff-run official account promotes a staff member’s side business with a discount code',
        'solicitation',
        'brookside',
      ),
    },
  ),
];

// --- Incident 5: the pile-on about Oakfield's prom decision (also the volume spike) ------------------

const pile = (n: number): string => `pile_${String(n).padStart(2, '0')}`;
const PILE_NOTE = 'incident 5: pile-on about cancelling the Oakfield Year 11 prom';
const pileFlag = (n: number, extra = ''): Opts => ({
  key: pile(n),
  note: `${PILE_NOTE}${extra}`,
  expect: [{ kind: 'disparaging', academy: 'oakfield' }],
});
const pileOther = (n: number, what: string): Opts => ({
  key: pile(n),
  note: `${PILE_NOTE} (${what}; not required to flag)`,
});

const PILE_ON: readonly Draft[] = [
  P(
    'Wed 17:42',
    'sarah_m_hollis',
    'Just read the letter from @OakfieldAcad. Cancelling the Year 11 prom because of a handful of kids messing about? Punish 200 for what six lads did. Absolute shambles.',
    pileFlag(1, '; the Principal declares the hold from this flag'),
  ),
  P(
    'Wed 17:58',
    'dean_parkes82',
    'My daughter is in tears. She’s been saving for her dress since September. Oakfield Academy should be ashamed of themselves.',
    pileFlag(2),
  ),
  P('Wed 18:04', 'kerry_l_b', '@sarah_m_hollis @OakfieldAcad this ^^^ every single word', {
    reply: pile(1),
    ...pileOther(3, 'just agreeing'),
  }),
  P(
    'Wed 18:09',
    'PriyaShahNV',
    '@OakfieldAcad Collective punishment doesn’t teach anybody anything. The head should be sacked over this. No other school round here treats kids like this.',
    pileFlag(4),
  ),
  P(
    'Wed 18:14',
    'tombarratt_',
    'Oakfield has gone right downhill since the new lot took over. Used to be a decent school, now it’s detentions for breathing and no prom. Avoid.',
    { quote: 'oak_prom_letter', ...pileFlag(5, ' (quotes the letter post)') },
  ),
  P(
    'Wed 18:19',
    'lisamarie_h',
    'Fuming. What a joke of a school. @OakfieldAcad you’ve taken away the one thing these kids were looking forward to after everything they’ve been through.',
    pileFlag(6),
  ),
  P(
    'Wed 18:23',
    'clairebear1979',
    'Honestly wouldn’t send a dog to Oakfield now. Anyone looking at secondary places for next September: go to Kingsmead. Avoid this school.',
    pileFlag(7, ' (also names Kingsmead)'),
  ),
  P(
    'Wed 18:28',
    'mo_rahman_nv',
    'Agree with the other Oakfield parents. Not fair on the good kids.',
    pileOther(8, 'mild agreement'),
  ),
  P(
    'Wed 18:33',
    'stevo_wright',
    'What a fucking shambles @OakfieldAcad. Who signs off on this crap?',
    pileFlag(9, ' (with profanity)'),
  ),
  P(
    'Wed 18:37',
    'nic_finch',
    'Emailed the head tonight and got an auto-reply. Typical Oakfield: decide first, never ask parents. The leadership there is a disgrace.',
    pileFlag(10),
  ),
  P(
    'Wed 18:41',
    'becca_t_jones',
    'Signing the petition to bring back the Oakfield Year 11 prom. Link is in the parents’ WhatsApp 👍',
    pileOther(11, 'neutral: a petition'),
  ),
  P(
    'Wed 18:46',
    'andy_mcg1975',
    'Mr Okafor should resign. Simple as that. Oakfield Academy is a sinking ship.',
    pileFlag(12),
  ),
  P(
    'Wed 18:52',
    'craig_s_hall',
    'Kids at @OakfieldAcad being treated like criminals. Piss poor leadership.',
    pileFlag(13, ' (with profanity)'),
  ),
  P(
    'Wed 18:57',
    'aimee_kowal',
    'Don’t know the full story but it sounds harsh on the Oakfield Year 11s tbh',
    pileOther(14, 'mild'),
  ),
  P(
    'Wed 19:20',
    'lee_dobson_',
    'Oakfield = worst school in Northvale. Been saying it for years and now everyone can see it.',
    pileFlag(15),
  ),
  P(
    'Wed 19:48',
    'fionagrant_',
    'Utterly gutless decision by @OakfieldAcad. Deal with the kids who caused the trouble, not 200 innocent ones. Shocking management.',
    pileFlag(16),
  ),
  P(
    'Wed 21:05',
    'rachel_nv_mum',
    'Still can’t believe it. Oakfield, you have lost every bit of goodwill you had with parents tonight.',
    pileFlag(17),
  ),
  P(
    'Thu 07:12',
    'danny_boyd10',
    'Woke up still raging about the Oakfield prom. Shambolic school, shambolic head.',
    pileFlag(18),
  ),
  P(
    'Thu 07:40',
    'shaz_p',
    '@OakfieldAcad @RiversideLT When is someone at the trust going to get a grip of Oakfield? It’s a mess from top to bottom.',
    pileFlag(19, ' (also the trust)'),
  ),
  P(
    'Thu 08:15',
    'mattcollins_nv',
    'Same here. Pulled Oakfield off my youngest’s secondary application last night. Not risking it.',
    pileOther(20, 'a personal choice, borderline'),
  ),
  P(
    'Thu 08:50',
    'kelly_ann_r',
    'Oakfield have switched off the comments on their Facebook page 😂 says it all really. Clowns.',
    pileFlag(21),
  ),
  P(
    'Thu 09:30',
    'kirsty_lamb',
    'Good on the Oakfield parents standing up for their kids. Don’t let it drop.',
    pileOther(22, 'supportive of parents'),
  ),
];

// --- Public mentions: everyday life, mild complaints, and the other incidents ------------------------

const MENTIONS: readonly Draft[] = [
  // Monday 16 November
  P(
    'Mon 07:15',
    'mick_allotment',
    'Cars parked on both pavements on Fenby Road again for the Oakfield drop-off. Had to walk the dog in the road. Not the school’s fault, I know, but something’s got to give.',
    { key: 'parking', ...hardNegative('a resident’s fair complaint about parking') },
  ),
  P(
    'Mon 07:52',
    'sarah_m_hollis',
    'Both kids out the door in odd socks. The little one insisted on one Christmas sock and one football sock 😂 @BrooksidePri @OakfieldAcad #OddSocksDay',
  ),
  P(
    'Mon 08:30',
    'RivGazette',
    'Northvale schools raise more than £20,000 for Children in Need, including £6,412 across Riverside Learning Trust’s four schools. https://riversidegazette.example/news/children-in-need-2026-schools',
  ),
  P(
    'Mon 09:10',
    'nanna_pat_53',
    'So proud of my granddaughter, who is in the Brookside Primary nativity! Shepherd number 3, and she is taking it very seriously 😂💕',
  ),
  P(
    'Mon 09:45',
    'jo_whitfield',
    '@OakfieldAcad Hi, my son left his black North Face coat in the changing rooms after PE on Friday. Has it been handed in? His name is in the collar.',
    { key: 'jo_coat', ...hardNegative("lost property: a child's name in his coat is no concern about him") },
  ),
  P(
    'Mon 10:20',
    'grandad_ron_nv',
    'Went to the Remembrance assembly at Kingsmead last week as a guest. The young cadets did their school proud. Well done, all.',
  ),
  P(
    'Mon 10:55',
    'NVFoodbank',
    'Huge thanks to Brookside Primary’s school council, who dropped off 14 crates of food from their harvest collection today. 🥫',
  ),
  P(
    'Mon 11:40',
    'cllr_jmorris',
    'Lovely to hear that Kingsmead Academy’s Year 10 cadets led Remembrance so well. The young people of Fenby ward never fail to impress me.',
  ),
  P(
    'Mon 12:55',
    'GazTurner77',
    'Good luck to the @OakfieldPE Year 7s tonight. A few of my Northvale Town Juniors lads are in that squad ⚽',
  ),
  P(
    'Mon 13:30',
    'PriyaShahNV',
    'Does anyone know if Oakfield’s Year 11 mock timetable is out yet? Can’t find it on the website.',
  ),
  P(
    'Mon 14:15',
    'louise_carr',
    'Christmas fair planning meeting at Kingsmead on Wednesday, 6.30pm in the library. All parents welcome! @KingsmeadAcad',
  ),
  P(
    'Mon 15:05',
    'zara_ahmed_',
    '@WillowLanePri What are the Christmas holiday dates this year? I can’t find them on the website 🙈',
    { key: 'zara_dates' },
  ),
  RT('Mon 16:20', 'nanna_pat_53', 'bp_cin'),
  P(
    'Mon 16:25',
    'laura_bcook',
    'Brookside Primary pick-up in the rain today was chaos, but the kindness chain in the hall looks gorgeous. 💛',
  ),
  P(
    'Mon 17:10',
    'tasha_green',
    'Anyone else’s child come home from Willow Lane asking for a parachute for Christmas? 🪂😂',
  ),
  P(
    'Mon 17:55',
    'NVHarriers',
    'Well done to the Kingsmead Academy and Oakfield Academy runners at Saturday’s cross country league. Lots of new faces! Juniors train on Tuesdays at 6pm at Northvale Leisure Centre if you want to join us.',
  ),
  P(
    'Mon 18:10',
    'mattcollins_nv',
    '@KingsmeadSport Great result considering half the team were off with that bug. Well played, girls 🏑',
    { reply: 'km_hockey' },
  ),
  P(
    'Mon 18:30',
    'emma_j_harris',
    'Proud mum moment: my daughter has been made an anti-bullying ambassador at Kingsmead. She’s taking the role very seriously. 🥹',
  ),
  P(
    'Mon 19:05',
    'hannah_m_lee',
    'Is it just me or are the Willow Lane reading books getting longer? Year 1 books have tripled in size 📚😅',
  ),
  P(
    'Mon 19:42',
    'auntie_dee_x',
    '@BrooksidePri I don’t know who else to tell. My niece is in Year 2 with you. She turns up at mine starving and eats anything I put in front of her, she has bruises on her arms she won’t explain, and she cries when it’s time to go home to her mum’s boyfriend. Please can someone look into it.',
    {
      key: 'sg_brookside',
      ...incident(
        'incident 3: a relative discloses a pupil is hungry, bruised and scared to go home',
        'safeguarding',
        'brookside',
      ),
    },
  ),
  P(
    'Mon 20:15',
    'jordan_ellis_',
    'Ten years since I left Oakfield and I still think about Mr Dawson’s chemistry lessons. Absolute legend. Hope he’s still there.',
  ),
  P(
    'Mon 20:50',
    'kelly_ann_r',
    'The Oakfield odd socks photos are brilliant. Love seeing the staff joining in 🧦',
  ),
  P(
    'Mon 21:30',
    'katie_mae_w',
    'Anyone got a spare Brookside Primary jumper, age 7–8? Ours has mysteriously vanished.',
  ),
  P(
    'Mon 21:55',
    'kevin_b_dad',
    'Kingsmead hockey girls drew 2–2 tonight and my daughter made her first save. I may have shouted a bit too loudly 😂',
  ),

  P(
    'Mon 22:20',
    'sophie_t_nv',
    'Lovely first term at Willow Lane for my daughter. The Reception teachers are angels 😇',
  ),
  // Tuesday 17 November
  P(
    'Tue 07:25',
    'rachel_nv_mum',
    'The 47 to Oakfield Academy was 25 minutes late again this morning and half of Year 8 missed registration. Not the school’s fault, but @OakfieldAcad could you have a word with Northvale Coaches please?',
    { key: 'late_bus', ...hardNegative('a late bus: a fair complaint, not disparaging') },
  ),
  P(
    'Tue 08:05',
    'ollie_frost',
    '@KingsmeadLib My daughter has asked for the new Skandar book for Christmas after seeing your display. Any other suggestions for a Year 8 who has read everything?',
    { key: 'ollie_lib' },
  ),
  P(
    'Tue 09:20',
    'megan_rhodes_',
    'Saw the Kingsmead Year 9 play last night and cried at the end. Ms Lister’s drama department never misses 💙',
  ),
  P(
    'Tue 09:55',
    'jamesokoro',
    'Kingsmead parents: Christmas raffle tickets are on sale at the school gate tomorrow and Thursday. Prizes include a signed Northvale Rovers shirt! ⚽',
  ),
  P(
    'Tue 11:15',
    'sam_r_baxter',
    '@BrooksidePri Just to say thank you to whoever found my son’s glasses on the field. You’ve saved me £80!',
  ),
  P(
    'Tue 12:10',
    'fenby_resident',
    'Someone at Kingsmead left the sports hall lights on all night again. Not complaining, just an observation for whoever pays the electricity bill 😂',
  ),
  P(
    'Tue 12:40',
    'NorthvaleRFC',
    'Looking forward to hosting the Oakfield Academy Y10 rugby sevens festival on Thursday. Six schools, four pitches and one very muddy clubhouse. 🏉',
  ),
  P(
    'Tue 13:05',
    'ellie_shore',
    'Big thank you to the Oakfield sixth form team, who still answer my emails three years after I left. Dissertation topic sorted thanks to Ms Rahman!',
  ),
  P(
    'Tue 14:25',
    'patriot_nv_1066',
    '@OakfieldAcad So my lad has got Mr Mensah for history now. Why has someone like him got any business teaching English kids about Britain? Send him back where he came from and give the job to one of our own.',
    {
      key: 'abuse_oak',
      ...incident('incident 4: identity-based abuse of a named Oakfield teacher', 'abuse', 'oakfield'),
    },
  ),
  P(
    'Tue 15:00',
    'cllr_jmorris',
    'Brilliant to meet Willow Lane Primary’s school council this afternoon. Sharp questions about the crossing outside the school, and I’ve already emailed Highways. @WillowLanePri',
  ),
  P(
    'Tue 15:35',
    'gemma_louise88',
    'Willow Lane nativity dates are out! Already booked the afternoon off work. Nana is coming up from Cornwall 🎄',
  ),
  P(
    'Tue 16:20',
    'chloe_r_smith',
    'Thanks @BrooksideEYFS for the Stay and Play invite. My little one already wants to know if she can bring the playdough home.',
  ),
  P(
    'Tue 16:50',
    'stevo_wright',
    'Any Oakfield parents know how late the Year 9 parents’ evening appointments actually run? It says 4–7 but last year we were there until 8.',
  ),
  P(
    'Tue 17:30',
    'amanda_f_wood',
    'Kingsmead pick-up car park is carnage again. Any chance of a one-way system, @KingsmeadAcad? Someone is going to lose a wing mirror.',
    { key: 'car_park', ...hardNegative('car park complaint with the idiom "carnage"') },
  ),
  P(
    'Tue 18:15',
    'andy_mcg1975',
    'Oakfield Y9 netball girls gave it everything away at St Anne’s tonight. Proud dad even though we lost 🏐',
  ),
  P(
    'Tue 19:05',
    'paulwhite_77',
    '@KingsmeadSport Unlucky, lads. The ref missed a clear knock-on in the build-up to their last try though 👀',
    { reply: 'km_rugby' },
  ),
  P(
    'Tue 19:48',
    'rory_mcleod',
    'Is Kingsmead really closed tomorrow? Saw a post saying the heating has broken but there’s nothing on the app.',
  ),
  P(
    'Tue 20:15',
    'jess_h_brown',
    'Three letters home, three different dates for the Willow Lane nativity. Organisation at @WillowLanePri this term has been poor, honestly. Sort it out please, some of us have to book time off work.',
    {
      key: 'wl_border',
      note: 'incident 15: borderline but fair complaint; if it is flagged, the Headteacher marks it a false positive',
    },
  ),
  P(
    'Tue 20:40',
    'helen_castle',
    'Making Anti-Bullying Week posters with my twins for Brookside. More glitter on the kitchen table than on the posters 🙃',
  ),
  P(
    'Tue 21:37:00',
    'wayne_dixon81',
    '@KingsmeadAcad Mr Hargreaves has had my lad excluded for five days over nothing. You’ve been warned. If he’s stood on that front gate at 8.30 tomorrow like he always is, I’m going to put him in hospital. I know which car is his as well.',
    {
      key: 'threat_km',
      deletedAt: '2026-11-18T20:00:00.000Z',
      ...incident(
        'incident 1: threat against a named Kingsmead teacher (conditional intent, harm, place and time); removal requested Wed 09:10, removed by X Wed 20:00',
        'threat',
        'kingsmead',
      ),
    },
  ),
  P(
    'Tue 21:50',
    'becca_t_jones',
    'Does anyone know if the Oakfield flu vaccine tomorrow is the nasal spray or an injection? My son is terrified of needles 😬',
  ),
  P(
    'Tue 22:10',
    'aimee_kowal',
    'Kingsmead Academy’s reading ambassadors had a stall at Northvale library on Saturday. Such lovely, polite kids.',
  ),

  P(
    'Tue 10:40',
    'NorthvaleLibs',
    'Our Fenby branch teen book club meets on Saturdays at 11. Lovely to see some Kingsmead Academy readers there last week 📚',
  ),
  P(
    'Tue 18:40',
    'markstanton',
    'Cycled past Brookside at home time and the lollipop lady high-fived every single child. Made my day.',
  ),
  P(
    'Tue 19:20',
    'kevin_b_dad',
    '@KingsmeadAcad Are tickets for Thursday’s Wind in the Willows still available on the door, or do we need to buy them in advance?',
    { key: 'kev_tix' },
  ),
  P(
    'Tue 21:15',
    'jean_p_nv',
    'Watched the Oakfield geography lot measuring the river at Fenby Bridge this morning. Brave in that cold!',
  ),
  // Wednesday 18 November
  P(
    'Wed 06:55',
    'grandad_ron_nv',
    'Bitter morning for the Kingsmead lollipop man. Saw him in his big coat at 7.45. Give that man a pay rise! @KingsmeadAcad',
  ),
  P('Wed 07:30', 'jean_p_nv', 'The 47 was on time for Oakfield this morning! Miracles do happen 😄'),
  P(
    'Wed 08:35',
    'sophie_t_nv',
    'First time doing the Willow Lane one-way drop-off this morning. So much calmer! Whoever thought of it, thank you 🙌',
  ),
  P(
    'Wed 09:05',
    'louise_carr',
    'Christmas fair meeting tonight, 6.30pm in the Kingsmead library. Bring ideas (and biscuits) 🍪 #KingsmeadAcademy',
  ),
  P(
    'Wed 09:40',
    'NorthvaleLibs',
    'Our Northvale branch welcomed Brookside Primary’s Year 3 this morning for a library card session. 28 new members! 📚',
  ),
  P(
    'Wed 10:25',
    'jo_whitfield',
    'Thank you @OakfieldAcad for finding the coat. Third coat this term… I’m going to sew a tracker into the next one 😂',
  ),
  P(
    'Wed 11:10',
    'dean_parkes82',
    'Any Oakfield parents going to the Year 9 parents’ evening tomorrow? Is it in the hall or in classrooms?',
  ),
  RT('Wed 11:30', 'louise_carr', 'kl_shortlist'),
  P(
    'Wed 12:00',
    'zara_ahmed_',
    'Thanks @WillowLanePri for the speedy reply about term dates! Holiday booked ✈️',
  ),
  P(
    'Wed 12:35',
    'emma_j_harris',
    'Kingsmead Year 11 parents’ evening tonight. Wish me luck with the maths teacher 😅',
  ),
  P(
    'Wed 13:15',
    'hannah_m_lee',
    'The Hadrian’s Wall across the Willow Lane playground is very impressive. The Year 4 in my house is now an expert on Roman toilets.',
  ),
  P(
    'Wed 14:30',
    'GazTurner77',
    'Good to see so many Oakfield and Kingsmead lads at Northvale Town Juniors training. Open session on Saturday, 10am at the rec, for anyone in Years 7–9.',
  ),
  P(
    'Wed 15:52',
    'natalie_pearson',
    'Willow Lane parents please be aware: a man in a dark grey estate car pulled up by the school gates at home time and was calling children over, asking if they wanted a lift home. My daughter says he was there last week too. Reported to the office. @WillowLanePri',
    {
      key: 'sg_willow',
      ...incident(
        'incident 3: an adult in a car offering pupils lifts at the school gates',
        'safeguarding',
        'willowlane',
      ),
    },
  ),
  P(
    'Wed 16:05',
    'laura_bcook',
    'Year 2 came home from the Brookside museum trip and lectured me about fire safety for twenty minutes. Worth every penny 😂',
  ),
  P('Wed 17:15', 'katie_mae_w', 'Found a Brookside jumper! Thank you to the lovely mum who passed one on 💛'),
  P(
    'Wed 19:30',
    'jamesokoro',
    'Great turnout at Kingsmead parents’ evening tonight. Every teacher really knew our son. Thank you!',
  ),
  P('Wed 20:45', 'ollie_frost', '@KingsmeadLib Congratulations on the shortlisting! Well deserved.', {
    reply: 'kl_shortlist',
  }),
  P(
    'Wed 21:15',
    'paulwhite_77',
    'Kingsmead basketball lads won away at Hartwell tonight! My son is buzzing 🏀',
  ),
  P(
    'Wed 21:40',
    'tasha_green',
    'Mr Evans’s email tonight about the car at the Willow Lane gates. Scary. Walking mine right up to the door from now on.',
  ),

  P(
    'Wed 14:45',
    'RivGazette',
    'Kingsmead Academy’s library has been shortlisted for Northvale School Library of the Year. See the full shortlist: https://riversidegazette.example/news/school-library-awards-2026',
  ),
  // Thursday 19 November
  P(
    'Thu 07:30',
    'sophie_t_nv',
    'Willow Lane parents: please keep an eye out at home time and read Mr Evans’s email if you haven’t already 🙏',
  ),
  P(
    'Thu 08:05',
    'NorthvaleBakes',
    '@BrooksidePri We’d love to donate a cake for your Christmas fair on the 28th. Who should we speak to? 🎂',
    { key: 'bakes_fair' },
  ),
  P(
    'Thu 09:55',
    'megan_rhodes_',
    'Going back to Kingsmead for the careers fair today as an exhibitor with my PGCE course. Full circle 🥲 @KingsmeadAcad',
  ),
  P(
    'Thu 10:45',
    'JennyOwensNV',
    'The Brookside Year 5s who help me carry my shopping up Fenby Road every Thursday are a credit to their school 💛',
  ),
  P(
    'Thu 11:30',
    'gill_s_ward',
    'Oakfield Year 9 parents’ evening tonight. Hoping the mood is better than it is on Facebook 😬',
  ),
  P(
    'Thu 12:20',
    'markstanton',
    'Bikeability at Willow Lane next week for Year 5. My lad has been practising his hand signals on the sofa.',
  ),
  P(
    'Thu 13:45',
    'NorthvaleRFC',
    'Great day at the Y10 rugby sevens festival. Six schools, one very muddy field and @OakfieldPE taking home the plate. Thanks to all our volunteers! 🏉',
  ),
  P(
    'Thu 14:20',
    'kate_marsh_news',
    'Hi @OakfieldAcad @RiversideLT, I’m writing about the decision to cancel Oakfield’s Year 11 prom for tomorrow’s Gazette. Could the school or the trust give me a comment or statement by 5pm today? Email kate.marsh@riversidegazette.example',
    {
      key: 'media_gazette',
      ...incident(
        'incident 7: local reporter asks the academy and trust for comment on the prom row',
        'media_enquiry',
        'oakfield',
      ),
    },
  ),
  P(
    'Thu 14:50',
    'adam_khan_',
    '@KingsmeadAcad Any chance of an alumni speaker slot at next year’s careers fair? Happy to talk to students about software engineering.',
  ),
  P(
    'Thu 15:30',
    'emma_j_harris',
    'Really useful Kingsmead parents’ evening last night. Every teacher knew exactly where she was at. Thank you!',
  ),
  P(
    'Thu 17:30',
    'paulwhite_77',
    'Ignore the fake Kingsmead account, people! The real one says there is no non-uniform day tomorrow. @KingsmeadAcad',
  ),
  P(
    'Thu 18:00',
    'cllr_jmorris',
    'I’ve had a number of emails from Oakfield Academy parents about the Year 11 prom. I’m glad the trust is meeting parent reps on Monday, and I hope a sensible way forward can be found. @RiversideLT',
  ),
  P(
    'Thu 19:30',
    'jamesokoro',
    'The Kingsmead Christmas raffle sold out in two days! Thank you, everyone. The draw is at the Christmas fair. 🎟️',
  ),
  P(
    'Thu 20:30',
    'sam_r_baxter',
    'Is the Brookside Christmas fair cash only, or can you pay by card this year?',
  ),
  P(
    'Thu 21:10',
    'chloe_r_smith',
    'Nursery Stay and Play at Brookside was lovely today. The staff are so patient with the little ones 💛 @BrooksideEYFS',
  ),
  P(
    'Thu 23:48:00',
    'nv_anon_2611',
    'Oakfield Academy. Keep your kids at home tomorrow. There’s something in the building set to go off at 11 and I’ll be waiting by the sports hall for whoever comes out. This is not a joke.',
    {
      key: 'threat_oak',
      ...incident(
        'incident 2: anonymous bomb/shooting-style warning about Oakfield, late at night; nobody acts, so it escalates',
        'threat',
        'oakfield',
      ),
    },
  ),

  P(
    'Thu 09:20',
    'aimee_kowal',
    '@BrooksidePri Are we allowed to send in Christmas cards for the class yet, or is it too early? 😅',
  ),
  P(
    'Thu 12:50',
    'ollie_frost',
    'Popped into the Kingsmead careers fair on my lunch break to help on the libraries stand. Brilliant questions from Year 10.',
  ),
  P(
    'Thu 16:20',
    'nanna_pat_53',
    'Stay and Play at Brookside with my youngest granddaughter this afternoon. Playdough in places I didn’t know I had 😂',
  ),
  P(
    'Thu 19:00',
    'kevin_b_dad',
    'Second night of The Wind in the Willows at Kingsmead. Toad stole the show again 🐸',
  ),
  P(
    'Thu 20:00',
    'sophie_t_nv',
    'Is Willow Lane doing a Christmas jumper day this year? Need to know before I buy one.',
  ),
  P(
    'Thu 21:30',
    'jordan_ellis_',
    'Oakfield Year 10s won the plate at the rugby sevens today. Good to see the old school doing well on the pitch 🏉',
  ),
  // Friday 20 November
  P(
    'Fri 07:20',
    'JennyOwensNV',
    'Police car outside Oakfield Academy this morning. Does anyone know what’s going on? Hope everyone is OK.',
  ),
  P(
    'Fri 07:55',
    'gill_s_ward',
    'Text from Oakfield says school is open as normal after a post online overnight and the police are aware. Scary, but glad they’re on it.',
  ),
  P(
    'Fri 09:15',
    'hannah_m_lee',
    'Willow Lane star of the week assembly this afternoon, and I’ve been told I’m ‘not allowed to cry this time’ 😂',
  ),
  P(
    'Fri 10:05',
    'danwebb_NVLive',
    '@RiversideLT Hello, I’m putting together a piece on schools across Northvale scaling back end-of-year events and trips because of costs. Could someone from the trust DM me for a quick chat? My DMs are open. Thanks, Dan (Northvale Live)',
    {
      key: 'media_nvlive',
      ...incident('incident 7: a second reporter asks the trust to DM him', 'media_enquiry', 'trust'),
    },
  ),
  P(
    'Fri 10:40',
    'grandad_ron_nv',
    'Going to watch my grandson play for the Kingsmead U15s tomorrow. Wrapped up warm with a flask at the ready ☕⚽',
  ),
  P(
    'Fri 11:20',
    'NVFoodbank',
    'Thank you @BrooksidePri and @KingsmeadAcad for your coat and food collections this week. It makes a real difference to local families this winter. 💙',
  ),
  P(
    'Fri 12:15',
    'ellie_shore',
    'Oakfield sixth form open evening is next Thursday. Go if you’re in Year 11! Best two years of school for me.',
  ),
  P(
    'Fri 13:40',
    'rory_mcleod',
    '@KingsmeadLib Amazing shortlist news! My Year 7 has read more this term than in the whole of primary school.',
  ),
  P(
    'Fri 14:05',
    'laura_bcook',
    'Last day of the Brookside kindness chain. Apparently it now goes round the hall four times and out into the corridor 💛',
  ),
  P(
    'Fri 15:20',
    'jo_whitfield',
    '@Oakfield6th Is the sixth form open evening next Thursday still going ahead? My son is keen to have a look round.',
    { key: 'q_open' },
  ),
  P(
    'Fri 16:10',
    'gemma_louise88',
    'The Brookside Year 4 bake sale was the bomb 💣🧁 Came home with six brownies and no regrets #BrooksideFamily',
    { key: 'bake_bomb', ...hardNegative('idiom "the bomb" about a bake sale') },
  ),
  P(
    'Fri 16:45',
    'katie_mae_w',
    'Dying to see the Brookside nativity. Three weeks to go and she practises her one line every single night 😂',
    { key: 'dying', ...hardNegative('idiom "dying to see"') },
  ),
  P(
    'Fri 17:30',
    'zara_ahmed_',
    'Willow Lane office finally got back to me about dinner money. Love the school, but I wish they’d reply to emails a bit quicker! @WillowLanePri',
    { key: 'emails', ...hardNegative('mild complaint: slow email replies') },
  ),
  P(
    'Fri 18:20',
    'ollie_frost',
    'Kingsmead U15s at home tomorrow, 10.30am, if anyone fancies it. Bring a brolly ☔',
  ),
  P(
    'Fri 19:10',
    'big_kev_nv',
    'That new PE teacher at Kingsmead, Miss Reid 🥵 no wonder all the dads suddenly want to go to parents’ evening. She can keep me behind after class any day, if you know what I mean 😏 @KingsmeadAcad',
    {
      key: 'abuse_km',
      ...incident(
        'incident 4: sexualised harassment of a young female Kingsmead teacher',
        'abuse',
        'kingsmead',
      ),
    },
  ),
  P(
    'Fri 19:40',
    'PriyaShahNV',
    'Whatever happened with the prom, Oakfield’s maths department has been amazing with my Year 8 this term. Credit where it’s due.',
  ),
  P(
    'Fri 20:20',
    'NVHarriers',
    'Juniors: cross country league round 3 is next Saturday at Fenby Park. Good luck to all the Kingsmead and Oakfield runners! 🏃',
  ),
  P(
    'Fri 21:00',
    'kirsty_lamb',
    'Does anyone know if the Oakfield prom is definitely cancelled or just postponed? Conflicting info everywhere.',
  ),
  P(
    'Fri 21:40',
    'tasha_green',
    'Friday night, kids in bed, wine open 🍷 Survived another week of Willow Lane homework projects.',
  ),

  P(
    'Fri 08:40',
    'markstanton',
    'Bikeability trailer already parked up at Willow Lane for Monday. Year 5 are going to love it 🚲',
  ),
  P(
    'Fri 11:50',
    'chloe_r_smith',
    '@BrooksideEYFS We’ve found some tinsel for the stars! Will send it in on Monday ✨',
  ),
  P(
    'Fri 13:00',
    'helen_castle',
    'Brookside have asked for spare tinsel and I have an entire loft of it. Finally, my moment has come ✨',
  ),
  P(
    'Fri 17:50',
    'dean_parkes82',
    'Year 9 parents’ evening at Oakfield last night was actually really positive. His form tutor was brilliant with him.',
  ),
  P(
    'Fri 20:45',
    'cllr_jmorris',
    'Good news from Highways: a review of the crossing on Willow Lane is now on the list for January, thanks to some very persuasive Year 6 campaigners. @WillowLanePri',
  ),
  P(
    'Fri 22:10',
    'megan_rhodes_',
    'The Kingsmead drama department’s Wind in the Willows this week was honestly West End standard 🎭',
  ),
  // Saturday 21 November
  P(
    'Sat 08:50',
    'GazTurner77',
    'Morning lads, training at the rec at 10. Nice to see a few of the @KingsmeadSport U15s joining us after their game today.',
  ),
  P(
    'Sat 10:15',
    'grandad_ron_nv',
    'Freezing on the touchline at Kingsmead but worth every minute. Come on you U15s! ⚽',
  ),
  P(
    'Sat 12:05',
    'andy_mcg1975',
    'Oakfield Y8s drew 2–2 away at Hartwell. My son scored the equaliser and hasn’t stopped talking about it 😂⚽',
  ),
  P(
    'Sat 13:00',
    'paulwhite_77',
    '@KingsmeadSport What a comeback! Those lads were on fire in the second half 🔥',
    {
      key: 'on_fire',
      reply: 'profanity',
      ...hardNegative('idiom "on fire" (a reply to the official post with the swear word)'),
    },
  ),
  P(
    'Sat 14:20',
    'helen_castle',
    'The twins have written a story about the Brookside kindness chain. It involves a dragon. Not sure it’s on-message but I love it 🐉',
  ),
  P(
    'Sat 15:10',
    'jamesokoro',
    'Christmas fair planning at Kingsmead took three hours and ended with us agreeing on a festive jumper theme. Democracy in action 🎄',
  ),
  P(
    'Sat 16:40',
    'HartwellNetball',
    'Lovely to see so many Kingsmead Academy netballers at our festival today. Great sportsmanship from every team. 🏐',
  ),
  P(
    'Sat 17:45',
    'amanda_f_wood',
    'Kingsmead U13 girls unbeaten at the netball festival! So proud of my daughter and her team 🏐💙',
  ),
  P(
    'Sat 19:00',
    'nanna_pat_53',
    'Made my granddaughter’s shepherd costume today. Brookside nativity, here we come! Tea towel and all 😂',
  ),
  P(
    'Sat 21:15',
    'megan_rhodes_',
    'Looking back at old Kingsmead Academy photos. My fringe in Year 10 was a crime 😂',
    { key: 'crime', ...hardNegative('idiom "was a crime"') },
  ),

  P(
    'Sat 09:30',
    'NVHarriers',
    'Parkrun this morning: great to see a group of Kingsmead Academy students and teachers out there. Two Year 7s ran their first ever 5k! 🏃',
  ),
  P(
    'Sat 11:15',
    'kirsty_lamb',
    'The Brookside Christmas fair is next Saturday, right? Want to put it in the diary.',
  ),
  P(
    'Sat 13:45',
    'sarah_m_hollis',
    'Oakfield Y8 football this morning: freezing touchline, hot chocolate, lost a glove. Classic Saturday ⚽',
  ),
  P(
    'Sat 18:10',
    'zara_ahmed_',
    'Willow Lane homework this weekend: make a Roman shield. Cardboard supplies are running low in this house 🛡️',
  ),
  P(
    'Sat 22:00',
    'tombarratt_',
    'Watched the Kingsmead U15s v Hartwell earlier. Good game, proper end-to-end stuff ⚽',
  ),
  // Sunday 22 November
  P(
    'Sun 09:30',
    'NVLeisure',
    'Free family swim sessions for Riverside Learning Trust pupils continue every Sunday in December, 2–4pm. Just bring your school ID card! 🏊',
  ),
  P(
    'Sun 10:30',
    'sam_r_baxter',
    'Sunday morning uniform wash. Somehow Brookside jumpers generate paint out of nowhere 🎨',
  ),
  P(
    'Sun 11:45',
    'jordan_ellis_',
    'Watched some of the Oakfield Y8s training at the rec yesterday. Real talent there. Oakfield always did produce good footballers.',
  ),
  P(
    'Sun 13:20',
    'gemma_louise88',
    'Sunday roast done, Willow Lane homework done, nativity lines practised. Winning at life 🙌',
  ),
  P(
    'Sun 14:10',
    'clairebear1979',
    'Still annoyed about the Oakfield prom, but the parent reps meeting tomorrow is a start.',
  ),
  P(
    'Sun 15:30',
    'kirsty_lamb',
    'Does anyone know if the Kingsmead library is open to parents? Would love to see the shortlisted display.',
  ),
  P(
    'Sun 16:50',
    'grandad_ron_nv',
    'Kingsmead U15s won 3–2 yesterday and my grandson set up the winner. Proud grandad ⚽',
  ),
  P(
    'Sun 18:20',
    'hannah_m_lee',
    '@WillowLanePri Year 5 are so excited for Bikeability tomorrow! Do they need to bring their own helmet?',
    { key: 'q_helmet' },
  ),
  P(
    'Sun 20:00',
    'laura_bcook',
    'Brookside Christmas fair next Saturday. I’m baking a Victoria sponge if it kills me 😂',
    { key: 'kills_me', ...hardNegative('idiom "if it kills me"') },
  ),
  P(
    'Sun 21:10',
    'tasha_green',
    'Sunday night panic: the Willow Lane Christmas card design is due FRIDAY and we haven’t started. Classic.',
  ),
  P(
    'Sun 08:45',
    'emma_j_harris',
    'Sunday morning and my daughter is writing her anti-bullying ambassador speech for the Kingsmead assembly. Proud doesn’t cover it.',
  ),
  P(
    'Sun 12:30',
    'NorthvaleBakes',
    'Baking has started for the Brookside Primary Christmas fair cake stall next Saturday 🎂 Who wants lemon drizzle?',
  ),
  P(
    'Sun 15:00',
    'jo_whitfield',
    'Booked the Oakfield sixth form open evening. Cannot believe my eldest is nearly in the sixth form 😭',
  ),
  P(
    'Sun 19:45',
    'paulwhite_77',
    'Week ahead: Kingsmead mocks revision, rugby training and a Christmas fair to plan. Send coffee ☕',
  ),
  P(
    'Sun 22:05',
    'ellie_shore',
    'Home for the weekend and drove past Oakfield. The new sixth form study centre looks amazing. Jealous of this lot.',
  ),
];

// --- Official replies to the public (after the posts they answer) -------------------------------------

const OFFICIAL_REPLIES: readonly Draft[] = [
  P(
    'Mon 11:05',
    'OakfieldAcad',
    '@jo_whitfield Hi Jo, yes: a black North Face coat has been handed in to student reception. He can collect it at break tomorrow. 😊',
    { reply: 'jo_coat' },
  ),
  P(
    'Mon 16:10',
    'WillowLanePri',
    '@zara_ahmed_ Hi Zara, we break up on Friday 18 December and return on Tuesday 5 January. Term dates for the whole year are on the Parents page of our website. 🎄',
    { reply: 'zara_dates' },
  ),
  P(
    'Tue 09:15',
    'KingsmeadLib',
    '@ollie_frost Great question! Try The Wild Robot, the Nevermoor series or Onyeka and the Academy of the Sun. Happy reading! 📚',
    { reply: 'ollie_lib' },
  ),
  P(
    'Tue 20:05',
    'KingsmeadAcad',
    'Please note: Kingsmead Academy is OPEN as normal tomorrow. This account is pretending to be us and is not run by the school. Our official account is @KingsmeadAcad; please report the fake one.',
    { quote: 'impost_closed' },
  ),
  P(
    'Thu 09:10',
    'BrooksidePri',
    '@NorthvaleBakes That’s so kind, thank you! Please pop in and see the office, and our PTA will be thrilled. 🎂',
    { reply: 'bakes_fair' },
  ),
  P(
    'Thu 17:10',
    'KingsmeadAcad',
    'Please be aware: @KingsmeadAcad_ is NOT run by Kingsmead Academy, and there is no non-uniform day tomorrow. Our only official accounts are @KingsmeadAcad, @KingsmeadSport and @KingsmeadLib.',
    { quote: 'impost_nonuni' },
  ),
  P(
    'Fri 15:50:00',
    'Oakfield6th',
    '@jo_whitfield Yes, it’s going ahead: Thursday 26 November, 6–8pm in the sixth form centre. He’ll be very welcome! 🎓',
    {
      reply: 'q_open',
      key: 'breach_6th',
      ...incident(
        'incident 6: a reply posted inside the Oakfield hold, ten minutes before it is lifted',
        'hold_breach',
        'oakfield',
      ),
    },
  ),
  P(
    'Sun 19:00',
    'WillowLanePri',
    '@hannah_m_lee Yes please: a helmet that fits and a bike in good working order. See you in the morning! 🚲',
    { reply: 'q_helmet' },
  ),
];

// --- Incident 13: accounts presenting as a school that are not in the register ------------------------

const UNAPPROVED_NOTE_KM = 'incident 13: impostor account posing as Kingsmead Academy (misinformation)';
const UNAPPROVED_NOTE_BP = 'incident 13: "confessions" account presenting as a Brookside page (gossip)';

const IMPOSTOR_POSTS: readonly Draft[] = [
  P(
    'Mon 18:00',
    'KingsmeadAcad_',
    'Welcome to the official page of Kingsmead Academy! Follow us for news, closures and updates for parents. @KingsmeadAcad #KingsmeadAcademy',
    { note: UNAPPROVED_NOTE_KM },
  ),
  P(
    'Tue 19:30',
    'KingsmeadAcad_',
    'IMPORTANT: Kingsmead Academy will be CLOSED tomorrow (Wednesday) because of a heating failure. Please keep your children at home. More updates to follow. @KingsmeadAcad',
    { key: 'impost_closed', note: UNAPPROVED_NOTE_KM },
  ),
  P(
    'Thu 16:45',
    'KingsmeadAcad_',
    'Reminder to parents: tomorrow is a non-uniform day, £2 donation per student. @KingsmeadAcad #KingsmeadAcademy',
    { key: 'impost_nonuni', note: UNAPPROVED_NOTE_KM },
  ),
  P(
    'Mon 21:10',
    'Brookside_Conf',
    'Confession #31: which Brookside Primary mum keeps ‘forgetting’ to pay back the Christmas fair float? We all know 👀',
    { note: UNAPPROVED_NOTE_BP },
  ),
  P(
    'Wed 22:00',
    'Brookside_Conf',
    'Confession #32: the Year 5 dad who parks across the Brookside zig-zags every morning, the lollipop lady has your number plate 😂',
    { note: UNAPPROVED_NOTE_BP },
  ),
  P(
    'Sat 20:30',
    'Brookside_Conf',
    'Confession #33: Brookside nativity casting is a fix and everyone knows it. Same families every year. #BrooksideFamily',
    { note: UNAPPROVED_NOTE_BP },
  ),
];

const ALL_DRAFTS: readonly Draft[] = [
  ...OFFICIAL_POSTS,
  ...OFFICIAL_REPLIES,
  ...PILE_ON,
  ...MENTIONS,
  ...IMPOSTOR_POSTS,
];

/** Accounts (not posts) that must be flagged. */
const EXPECTED_ACCOUNTS: readonly ExpectedFinding[] = [
  { username: 'KingsmeadAcad_', kind: 'unapproved_account', academy: 'kingsmead', note: UNAPPROVED_NOTE_KM },
  { username: 'Brookside_Conf', kind: 'unapproved_account', academy: 'brookside', note: UNAPPROVED_NOTE_BP },
];

/** Findings about no single post. */
const EXPECTED_OTHER: readonly ExpectedFinding[] = [
  {
    kind: 'volume_spike',
    academy: 'oakfield',
    note: 'incident 5: 17 Oakfield mentions on Wednesday 17:42–21:05, 12 of them between 18:00 and 19:00, against a handful a day before',
  },
];

// --- Events: what recipients do -------------------------------------------------------------------------

const EMAIL = {
  oakfieldPrincipal: 'principal@oakfield.riverside-trust.example',
  kingsmeadPrincipal: 'principal@kingsmead.riverside-trust.example',
  brooksideDsl: 'dsl@brookside.riverside-trust.example',
  willowLaneHead: 'head@willowlane.riverside-trust.example',
} as const;

// ---------------------------------------------------------------------------------------------------
// Build

interface Built {
  scenario: Scenario;
  ids: Map<string, string>;
}

const build = (): Built => {
  const users: ScenarioUser[] = [];
  const userIdByName = new Map<string, string>();
  const userCreated = new Map<string, number>();
  for (const [username, name, bio, since] of [...OFFICIAL_USERS, ...PUBLIC_USERS]) {
    const ms = userCreatedMs(username, since);
    const id = userId(username, ms);
    if (userIdByName.has(username)) throw new Error(`duplicate user @${username}`);
    if ([...userIdByName.values()].includes(id)) throw new Error(`user id collision for @${username}`);
    userIdByName.set(username, id);
    userCreated.set(username, ms);
    users.push({
      id,
      username,
      name,
      description: bio,
      created_at: isoOf(ms),
      protected: false,
      verified: false,
    });
  }

  // Resolve times, then order by time (stable: definition order breaks ties).
  const timed = ALL_DRAFTS.map((d, index) => ({
    d,
    index,
    ms: weekTime(d.at, `${d.by}|${d.text}|${d.rt ?? ''}`),
  }));
  timed.sort((a, b) => a.ms - b.ms || a.index - b.index);

  const ids = new Map<string, string>();
  const byKey = new Map<
    string,
    { id: string; authorId: string; by: string; text: string; conversation: string; ms: number }
  >();
  const posts: ScenarioPost[] = [];
  let lastMs = -1;
  let seq = 0;
  for (const { d, ms } of timed) {
    seq = ms === lastMs ? seq + 1 : 0;
    lastMs = ms;
    const id = snowflake(ms, seq);
    const authorId = userIdByName.get(d.by);
    if (authorId === undefined) throw new Error(`post by unknown user @${d.by} at ${d.at}`);
    if ((userCreated.get(d.by) ?? 0) > ms)
      throw new Error(`@${d.by} posts before the account exists (${d.at})`);
    const ref = (key: string) => {
      const r = byKey.get(key);
      if (!r) throw new Error(`post at ${d.at} by @${d.by} refers to "${key}", which is not an earlier post`);
      return r;
    };

    let text = d.text;
    const post: ScenarioPost = {
      id,
      author_id: authorId,
      text,
      created_at: isoOf(ms),
      conversation_id: id,
      lang: 'en',
    };
    if (d.rt !== undefined) {
      const orig = ref(d.rt);
      text = `RT @${orig.by}: ${orig.text}`;
      post.text = text;
      post.referenced_tweets = [{ type: 'retweeted', id: orig.id }];
    } else if (d.reply !== undefined) {
      const parent = ref(d.reply);
      post.conversation_id = parent.conversation;
      post.in_reply_to_user_id = parent.authorId;
      post.referenced_tweets = [{ type: 'replied_to', id: parent.id }];
    } else if (d.quote !== undefined) {
      post.referenced_tweets = [{ type: 'quoted', id: ref(d.quote).id }];
    }
    if (d.deletedAt !== undefined) post.deleted_at = d.deletedAt;
    if (d.note !== undefined) post.note = d.note;
    posts.push(post);

    if (d.key !== undefined) {
      if (byKey.has(d.key)) throw new Error(`duplicate post key "${d.key}"`);
      ids.set(d.key, id);
      byKey.set(d.key, { id, authorId, by: d.by, text, conversation: post.conversation_id ?? id, ms });
    }
  }

  const idOf = (key: string): string => {
    const id = ids.get(key);
    if (id === undefined) throw new Error(`no post with key "${key}"`);
    return id;
  };
  const timeOf = (key: string): number => byKey.get(key)?.ms ?? Number.NaN;

  const events: ScenarioEvent[] = [
    // Incident 16: the Brookside DSL acknowledges the safeguarding alert 20 minutes after the post.
    {
      at: isoOf(timeOf('sg_brookside') + 20 * 60_000),
      type: 'action',
      action: 'acknowledge',
      postId: idOf('sg_brookside'),
      kind: 'safeguarding',
      by: EMAIL.brooksideDsl,
    },
    // Incident 1: the Kingsmead Principal asks for the threat to be taken down (X removes it at Wed 20:00).
    {
      at: '2026-11-18T09:10:00.000Z',
      type: 'action',
      action: 'removal_requested',
      postId: idOf('threat_km'),
      kind: 'threat',
      by: EMAIL.kingsmeadPrincipal,
    },
    // Incident 17: the Oakfield Principal asks X to remove the abuse of Mr Mensah. X never does, so
    // 24 hours later TrustWatch raises takedown_overdue to the CEO (SUAT §11: check it was removed).
    {
      at: '2026-11-17T16:30:00.000Z',
      type: 'action',
      action: 'removal_requested',
      postId: idOf('abuse_oak'),
      kind: 'abuse',
      by: EMAIL.oakfieldPrincipal,
    },
    // Incident 15: the Willow Lane Headteacher marks the borderline complaint a false positive (after the
    // Wednesday 16:00 roll-up that would carry it). If it was never flagged, the runner reports that.
    {
      at: '2026-11-18T16:40:00.000Z',
      type: 'action',
      action: 'false_positive',
      postId: idOf('wl_border'),
      kind: 'disparaging',
      by: EMAIL.willowLaneHead,
    },
    // Incident 5: the Oakfield Principal declares a posting hold with the one-click link in the
    // mention-storm alert (volume_spike flags are found by academy: postId names the academy) …
    {
      at: '2026-11-19T10:15:00.000Z',
      type: 'action',
      action: 'declare_hold',
      postId: 'oakfield',
      kind: 'volume_spike',
      by: EMAIL.oakfieldPrincipal,
    },
    // … and lifts it on Friday afternoon.
    { at: '2026-11-20T16:00:00.000Z', type: 'hold_end', scope: 'oakfield', by: EMAIL.oakfieldPrincipal },
  ];
  events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

  const scenario = ScenarioSchema.parse({
    name: 'Riverside Learning Trust: a week in November',
    description:
      'Monday 16 – Sunday 22 November 2026 around the fictional Riverside Learning Trust (config/riverside.yaml): ' +
      'ordinary school news and public chatter, a threat against a Kingsmead teacher, a bomb-style threat to Oakfield, ' +
      'two safeguarding reports, abuse of staff, a pile-on and mention storm over the Oakfield Year 11 prom with a ' +
      'posting hold, two media enquiries, slips on official accounts and two impostor accounts.',
    start: START,
    end: END,
    users,
    posts,
    events,
  });
  return { scenario, ids };
};

/** The demo week. Deterministic: every call returns an equal (fresh) object. */
export const buildRiversideWeek = (): Scenario => build().scenario;

const BUILT = build();

/** Post ids by their name in this file (e.g. "threat_km", "pile_01", "breach_pe"), for tests and the demo. */
export const RIVERSIDE_WEEK_POST_IDS: Readonly<Record<string, string>> = Object.freeze(
  Object.fromEntries(BUILT.ids),
);

/** Ground truth: every post or account the demo must flag, with the kind and the academy it concerns. */
export const RIVERSIDE_WEEK_EXPECTED: readonly ExpectedFinding[] = Object.freeze([
  ...ALL_DRAFTS.flatMap((d) =>
    (d.expect ?? []).map((e): ExpectedFinding => {
      const postId = d.key !== undefined ? BUILT.ids.get(d.key) : undefined;
      if (postId === undefined)
        throw new Error(`expected finding on a post without a key (${d.at} @${d.by})`);
      return { postId, kind: e.kind, academy: e.academy, note: d.note ?? '' };
    }),
  ),
  ...EXPECTED_ACCOUNTS,
  ...EXPECTED_OTHER,
]);

/** Hard negatives: post ids that must not be flagged at all (idioms, fair complaints, an office landline). */
export const RIVERSIDE_WEEK_MUST_NOT_FLAG: readonly string[] = Object.freeze(
  ALL_DRAFTS.filter((d) => d.mustNotFlag === true).map((d) => {
    const id = d.key !== undefined ? BUILT.ids.get(d.key) : undefined;
    if (id === undefined) throw new Error(`hard negative without a key (${d.at} @${d.by})`);
    return id;
  }),
);
