/**
 * personal_data (official posts only): personal information an official account must not
 * publish (SUAT §5, CT §6, UK GDPR).
 *
 *  - phone: UK mobiles (07…, +44 7…) are personal unless introduced as the school's; landlines
 *    (01…, 02…) only when the context makes them personal ("his home number"). Years, prices,
 *    dates and times are not phone numbers (the digit count and shape must fit);
 *  - email: personal providers (gmail, hotmail, outlook, yahoo, icloud, btinternet …); a school or
 *    trust address is fine;
 *  - address: a house number + street, a street someone "lives on", or a postcode, in a personal
 *    context (someone's house/home, lives at/on);
 *  - birth: a date of birth, or an age tied to a birthday ("50 today", "12th birthday");
 *  - medical: a health detail (cancer, chemotherapy, diabetes, insulin, hospital stay,
 *    diagnosis …) about a named person.
 * Works on the normalised text (digits intact) for numbers and addresses, and on tokens for names.
 */
import { alt } from '../lexicon';
import { E, T, anchors, clamp01, evidenceOf, hasAny, matchAll, mergeEvidence, rx } from './common';
import type { Hit } from './common';
import { tokenAt } from '../tokens';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

function evidenceNorm(a: Analysis, ns: number, ne: number, cue: string): Evidence {
  const start = a.norm.starts[ns] ?? 0;
  const end = Math.max(start, a.norm.ends[ne - 1] ?? start);
  return { start, end, text: a.original.slice(start, end), cue };
}

const MOBILE = /(?<![\d+])(?:\+44\s?\(?0?\)?\s?7\d{3}|\(?07\d{3}\)?)[\s.-]?\d{3}[\s.-]?\d{3}(?!\d)/g;
const LANDLINE =
  /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|\(?0)(?:1\d{2,4}|2\d)\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}(?!\d)/g;
const EMAIL =
  /[a-z0-9][a-z0-9._%+-]*@(?:gmail|googlemail|hotmail|outlook|live|yahoo|ymail|icloud|me|aol|btinternet|btopenworld|sky|virginmedia|talktalk|protonmail|proton|msn|gmx|mail|tiscali|ntlworld|blueyonder)\.(?:com|co\.uk|net|org|uk|me|fr|de)/g;
const POSTCODE = /(?<![a-z0-9])[a-z]{1,2}\d[a-z\d]?\s?\d[a-z]{2}(?![a-z0-9])/g;
const STREET_SUFFIX = alt([
  'road',
  'rd',
  'street',
  'st',
  'close',
  'avenue',
  'ave',
  'lane',
  'drive',
  'way',
  'crescent',
  'grove',
  'gardens',
  'place',
  'terrace',
  'court',
  'walk',
  'rise',
  'mews',
  'hill',
  'row',
  'view',
  'park',
  'square',
  'green',
  'croft',
  'fold',
  'meadows',
  'end',
]);
const HOUSE = new RegExp(
  `(?<![a-z0-9])(\\d{1,4}[a-z]?),?\\s+(?:[a-z][a-z'-]+\\s+){1,3}${STREET_SUFFIX}(?![a-z])`,
  'g',
);
/** Words that never stand between a house number and a street name. */
const NOT_A_STREET =
  /(?<![a-z])(?:mr|mrs|miss|ms|mx|dr|sir|teacher|teachers|year|years|class|pupils|children|kids|students|points|goals|minutes|hours|days|weeks)(?![a-z])/;
const LIVES_ON = rx(
  `${T}(?<address>(?:lives|living|live|lived|stays|staying|moved) (?:just )?(?:round the corner |around the corner |down the road |next door |nearby )?(?:on|at|in) (?:\\d{1,4} )?[a-z][a-z'-]+ ${STREET_SUFFIX})${E}`,
);
const PERSONAL_CONTEXT =
  /(?<![^ ])(?:'s house|'s home|'s flat|'s place|'s address|house|home|flat|lives|living|live|address|addresses|garden|his|her|their|my|personal)(?![^ ])/;
/**
 * A home by its street, or a named person's home town, with no house number: "bought a house on
 * Valley Drive", "the temporary flat on Weaver Street", "a fall at home on Beech Road", "moving back
 * to his mum's in Sunderland", "moved to a bigger house in Ashton" (a named person must be near).
 */
const HOME_STREET = rx(
  `${T}(?<address>(?:house|flat|home|bungalow|care home|new build|new builds|maisonette|cottage) (?:on|in) (?:[a-z][a-z'-]+ ){1,3}${STREET_SUFFIX})${E}`,
);
const HOME_TOWN = rx(
  `${T}(?<address>(?:(?:staying|living|lives|live|stay|moving|moved|move|going|gone|heading) (?:back )?(?:to|with|at) (?:his|her|their) (?:mum|mam|dad|sister|brother|nan|gran|nana|grandparents|parents|aunt|auntie|uncle|partner|daughter|son)(?: 's|'s|s'| ')?|(?:bought|buying|found|renting|rented|moved into|moving into|moved to|moving to) (?:a |an |their |his |her )?(?:new |bigger |smaller |little |lovely )?(?:house|flat|home|bungalow|place|new build)) (?:in|at|near) [a-z][a-z'-]+)${E}`,
);
const HOME_ANCHORS = anchors(
  'house flat home bungalow care new builds maisonette cottage staying living lives live stay moving moved move going gone heading bought buying found renting rented',
);
const SCHOOL_CONTEXT =
  /(?<![^ ])(?:school|academy|office|reception|main office|school office|trust|switchboard|front desk|enquiries|admissions|attendance line|helpline|@org)(?![^ ])/;
const PERSONAL_PHONE =
  /(?<![^ ])(?:mobile|personal|his|her|my|home number|home phone|own number|whatsapp|text)(?![^ ])/;

const BIRTH = rx(
  `${T}(?<birth>born (?:on )?(?:\\d{1,2}(?:/|-|\\.)\\d{1,2}(?:/|-|\\.)\\d{2,4}|\\d{1,2}(?:st|nd|rd|th)? (?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|september|oct|october|nov|november|dec|december)(?: \\d{4})?|(?:19|20)\\d{2})|date of birth|dob|d\\.o\\.b|(?:\\d{1,3}(?:st|nd|rd|th)) birthday|(?:\\d{1,3}) today|(?:turns|turned|turning) \\d{1,3}|happy (?:belated )?\\d{2,3}(?:st|nd|rd|th)|\\d{2,3} years young|(?:@staff|she|he) (?:'s|is|will be) \\d{2}|(?:she's|he's|she 's|he 's) \\d{2}(?= now| today| this| years)|aged \\d{1,3}(?! (?:\\d|-|to|and|under|over|plus|\\+))|weighing \\d{1,2} ?(?:lb|lbs|pounds|kg))${E}`,
);
const BIRTHDAY = /(?<![^ ])(?:birthday|bday|birthdays|born)(?![^ ])/;

export const MEDICAL = rx(
  `${T}(?<medical>${alt([
    'cancer',
    'breast cancer',
    'leukaemia',
    'leukemia',
    'tumour',
    'tumor',
    'chemotherapy',
    'chemo',
    'radiotherapy',
    'diabetes',
    'diabetic',
    'insulin',
    'epilepsy',
    'epileptic',
    'seizure',
    'seizures',
    'stroke',
    'heart attack',
    'surgery',
    'operation',
    'diagnosed',
    'diagnosis',
    'terminal',
    'terminally ill',
    'hospital',
    'hospitalised',
    'in hospital',
    'intensive care',
    'icu',
    'miscarriage',
    'pregnant',
    'pregnancy',
    'depression',
    'anorexia',
    'eating disorder',
    'bipolar',
    'schizophrenia',
    'autism',
    'autistic',
    'adhd',
    'allergy',
    'allergic',
    'anaphylaxis',
    'epipen',
    'asthma',
    'inhaler',
    'medication',
    'hiv',
    'covid',
    'mental breakdown',
    'breakdown',
    'rehab',
    'dementia',
    'ms',
    'multiple sclerosis',
    'broken leg',
    'broken arm',
    'concussion',
    'complications',
    'condition',
    'tonsils',
    'mastectomy',
    'gallbladder',
    'long covid',
    'bronchiolitis',
    'hearing impairment',
    'hip op',
    'knee op',
    'hip replacement',
    'knee replacement',
    'end of life care',
    'hospice',
    'asthma attack',
    'broke his arm',
    'broke her arm',
    'broke his leg',
    'broke her leg',
    'broke his wrist',
    'broke her wrist',
    'expecting her first baby',
    'expecting their first baby',
    'expecting a baby',
    'sudden infant death',
    'poorly with',
    'shingles',
    'ivf',
    'hysterectomy',
    'vasectomy',
    'mri',
    'thyroid',
    'wisdom teeth',
    'gallstones',
    'gall stones',
    'sickle cell',
    "down 's syndrome",
    'downs syndrome',
    "tourette 's",
    'tourettes',
    'dyslexia',
    'dyslexic',
    'dyspraxia',
    'meningitis',
    'pneumonia',
    'sepsis',
    'appendicitis',
    'arthritis',
    'migraines',
    "crohn 's",
    'coeliac',
    'eczema',
    'severe anxiety',
    'work-related stress',
    'work related stress',
    'phased return',
    'sick leave',
    'signed off',
    'a&e',
    'gone into labour',
    'went into labour',
    'gave birth',
    'slipped disc',
    'collarbone',
    'hearing aid',
    'wetting the bed',
    'counselling sessions',
    'camhs',
    'allergic reaction',
  ])})${E}`,
);
export const MEDICAL_GUARD =
  /(?<![^ ])(?:awareness|(?:health|wellbeing|awareness) (?:week|month|day)|dog|dogs|cat|cats|puppy|kitten|pet|research|charity|fundraising|fundraiser|raise|raised|raising|sponsored|appeal|policy|training|assembly|lesson|first aid|drop-ins|drop in|support is available)(?![^ ])/;

/** Capitalised person names in the original text: "Janet Reeves", "Mr Hughes' wife Claire". */
export function namedPersonNear(a: Analysis, cs: number, ce: number): boolean {
  const window = a.canon.slice(Math.max(0, cs - 120), ce + 120);
  if (/(?<![^ ])@staff(?![^ ])/.test(window)) return true;
  // two capitalised word tokens in a row (not sentence-initial function words)
  const first = tokenIndexAt(a, Math.max(0, cs - 120));
  const last = tokenIndexAt(a, Math.min(a.canon.length, ce + 120));
  for (let i = first; i < last; i++) {
    const t = a.tokens[i];
    const u = a.tokens[i + 1];
    if (!t || !u) continue;
    if (
      t.kind === 'word' &&
      u.kind === 'word' &&
      t.cap &&
      u.cap &&
      !t.allCaps &&
      /^[a-z][a-z'-]{1,}$/.test(t.norm) &&
      /^[a-z][a-z'-]{1,}$/.test(u.norm) &&
      !NOT_NAME.has(t.norm) &&
      !NOT_NAME.has(u.norm)
    ) {
      return true;
    }
    // "wife Claire", "son Jack": relation + capitalised name; "receptionist Sandra", "SENCo Charlotte"
    if (t.kind === 'word' && (RELATION.has(t.norm) || ROLE.has(t.norm)) && u.kind === 'word' && u.cap)
      return true;
    // "we know Isla's diagnosis", "Gav is off": a capitalised word inside a sentence, before a
    // possessive or "is"/"has"/"who", is a first name
    const before = a.tokens[i - 1];
    if (
      t.kind === 'word' &&
      t.cap &&
      !t.allCaps &&
      /^[a-z][a-z'-]{1,}$/.test(t.norm) &&
      !NOT_NAME.has(t.norm) &&
      before !== undefined &&
      !/^[.!?:]$/.test(before.norm) &&
      (u.norm === "'s" || u.norm === 'is' || u.norm === 'has' || u.norm === 'who')
    )
      return true;
    // "Jaden in 3R", "Keira in Year 8": a first name with a class (LABELLING.md: enough with a detail)
    const v = a.tokens[i + 2];
    const w = a.tokens[i + 3];
    if (
      t.kind === 'word' &&
      t.cap &&
      !t.allCaps &&
      !NOT_NAME.has(t.norm) &&
      u.norm === 'in' &&
      v !== undefined &&
      (/^\d{1,2}[a-z]{1,2}$/.test(v.norm) ||
        (v.norm === 'year' && w !== undefined && /^\d{1,2}$/.test(w.norm)))
    )
      return true;
  }
  return false;
}

function tokenIndexAt(a: Analysis, pos: number): number {
  let lo = 0;
  let hi = a.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a.tokStart[mid] ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Staff roles that come before a first name in school news: "our receptionist Sandra". */
const ROLE = new Set(
  'receptionist senco ta supervisor manager officer caretaker lead teacher assistant head cook chef technician librarian coordinator administrator'.split(
    ' ',
  ),
);

const RELATION = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'partner',
  'mum',
  'dad',
  'brother',
  'sister',
  'baby',
  'grandson',
  'granddaughter',
]);

/** Capitalised words that start names of things, not people. */
export const NOT_NAME = new Set(
  `the our a an this that these those we you they it its please happy thank thanks well done
  congratulations congrats huge massive big star week year class key stage mental health
  christmas easter summer spring autumn winter term half new old good great best happy birthday
  riverside learning trust academy primary school college grace fellowship imperial war museum
  blood brothers lady macbeth remembrance day sports world book day night evening morning monday
  tuesday wednesday thursday friday saturday sunday january february march april may june july
  august september october november december pta parents parent team staff year group gcse
  a-level level results ofsted requires improvement good outstanding national local county
  council police fire service nhs hospital general street road lane close avenue safer schools
  anti bullying online safety food tech design technology science maths english history
  geography art music drama pe computing french spanish german religious education pshe
  behaviour policy designated safeguarding lead head teacher principal ceo chair governors
  designated lead finance director office manager business manager deputy assistant bella
  beauty bar motors co-op coop tesco asda sainsbury's aldi lidl facebook twitter instagram
  tiktok youtube teams zoom google microsoft apple mr mrs ms miss dr sir cllr pc rev
  prof professor reception nursery chickenpox`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/**
 * Family, money and immigration circumstances of a named person (LABELLING.md: looked-after,
 * bereavement details, benefits): "his visa hasn't been renewed", "relying on benefits", "living in
 * a hostel", "approved as foster carers", "young carer", "flying back to bury his father".
 */
const FAMILY = rx(
  `${T}(?<family>visa (?:runs out|has run out|ran out|expires|has expired|hasn't been renewed|has not been renewed|wasn't renewed|was not renewed)|(?:was|were|been|being|got) deported|child refugee|as a refugee|asylum seeker|(?:relying|relies|living|lives) on benefits|gets free school meals|on free school meals|living in a hostel|in a hostel|temporary accommodation|(?:approved as )?foster carers?|young carer|(?:to|and) bury (?:his|her|their) (?:father|mother|dad|mum|son|daughter|brother|sister|husband|wife)|(?:who|which) died of|in prison|(?:since|after|through|during) (?:the|his|her|their|mum and dad's|his parents'|her parents') (?:messy )?divorce|(?:share|shares|sharing|shared|joint) custody|(?:has|with|got|have) a social worker|(?:his|her|their) social worker|child in need|(?:is|are|as a|as) looked after(?: child| children)?|looked after child|in foster care|(?:gets|on|has|receives|getting) fsm|(?:moved in|moving in|living|lives|staying|stays|lived) with (?:his|her|their) (?:nan|nana|gran|grandma|grandad|grandparents|aunt|auntie|uncle|foster carers|foster parents)|(?:since|after) (?:his|her|their) (?:dad|mum|father|mother|stepdad|stepmum) (?:left|died|passed|moved out|moved in|went to prison)|(?:stepdad|stepfather|mum's boyfriend|mum's new partner) moved in|supervised (?:contact|only)|contact is supervised|deportation|(?:his|her) widow|widowed|in a care home|(?:women's )?refuge|(?:lost|losing) (?:their|his|her) baby|(?:got|were|was|are|been) evicted|(?:is|are|been|now) homeless|(?:killed|died|injured) in (?:a|an|the) (?:motorbike |car |motorcycle |road |bike )?(?:crash|accident|collision|fire|earthquake)|(?:died|passed away) (?:[^ .]+ ){0,5}?aged \\d{1,3}|(?:died|passed away) (?:at \\d{1,3} )?after (?:a|his|her) (?:fall|stroke|heart attack|illness|long illness|short illness|battle))${E}`,
);
const FAMILY_ANCHORS = anchors(
  'visa deported been being got child as asylum relying relies living lives gets on in temporary approved foster young to and who which ' +
    // 2026-12-03: one word each of the family circumstances added then
    'prison divorce custody worker looked fsm moved moving staying stays lived since after stepdad stepfather boyfriend partner supervised contact deportation widow widowed refuge lost losing evicted homeless killed died injured passed',
);
/** A UK registration plate: "LK19 XWT", "wa21ghk" (two letters, two digits, three letters). */
const REG_PLATE = /(?<![a-z0-9])[a-z]{2}\d{2} ?[a-z]{3}(?![a-z0-9])/g;

const LIVES_ANCHORS = anchors('lives living live lived stays staying moved');
const BIRTH_ANCHORS = anchors(
  "born date dob d.o.b birthday today turns turned turning happy years @staff she he she's he's aged weighing",
);
const MEDICAL_ANCHORS = anchors(
  'shingles ivf hysterectomy vasectomy mri thyroid wisdom gallstones gall sickle down downs tourette tourettes dyslexia dyslexic dyspraxia meningitis pneumonia sepsis appendicitis arthritis migraines crohn coeliac eczema severe work-related work phased sick signed a&e gone went gave slipped collarbone hearing wetting counselling camhs ' +
    'tonsils mastectomy gallbladder long bronchiolitis hip knee end hospice broke expecting sudden poorly cancer leukaemia leukemia tumour tumor chemotherapy chemo radiotherapy diabetes diabetic insulin epilepsy epileptic seizure seizures stroke heart surgery operation diagnosed diagnosis terminal terminally hospital hospitalised intensive icu miscarriage pregnant pregnancy depression anorexia eating bipolar schizophrenia autism autistic adhd allergy allergic anaphylaxis epipen asthma inhaler medication hiv covid breakdown rehab dementia ms multiple broken concussion complications condition',
);

const TRIGGER_CHARS =
  /[0-9@]|shingles|ivf|ectomy|mri|thyroid|wisdom|gall|sickle|syndrome|tourette|dys|meningitis|pneumonia|sepsis|append|arthritis|migraine|crohn|coeliac|eczema|anxiety|stress|phased|sick|signed off|labour|gave birth|disc|collarbone|hearing|wetting|counselling|camhs|prison|divorce|custody|social worker|in need|looked after|fsm|with (?:his|her|their)|since (?:his|her|their)|supervised|widow|care home|refuge|evicted|homeless|baby|killed|died|passed away|aged|she's|he's|flat|house|bought|moving|moved|staying|born|birthday|lives|living|home|hospital|cancer|chemo|diabet|insulin|diagnos|surgery|pregnan|epilep|allerg|autis|adhd|seizure|condition|complications|operation|terminal|tonsil|mastectomy|gallbladder|covid|bronchiolitis|impairment|hip|knee|hospice|asthma|broke|expecting|infant|poorly|miscarriage|visa|deported|refugee|benefits|free school meals|hostel|accommodation|foster|carer|bury/;

/**
 * "Bob Hughes, 65 today!", "Mrs Patel (40 today)": an age given right after a person's name, which
 * says as much as a birthday does.
 */
function ageAfterName(a: Analysis, cs: number, word: string): boolean {
  if (!/^\d{1,3} today$/.test(word)) return false;
  let k = tokenAt(a, cs) - 1;
  // "Debbie is 55 today", "Mrs Leigh (Vice Principal) is 47 today"
  if (['is', 'turns', "'s"].includes(a.tokens[k]?.norm ?? '')) {
    k--;
    if (a.tokens[k]?.norm === ',') {
      let j = k - 1;
      while (j > k - 4 && j >= 0 && a.tokens[j]?.norm !== ',') j--;
      if (a.tokens[j]?.norm === ',') k = j;
    }
  }
  while (k >= 0 && (a.tokens[k]?.norm === ',' || a.tokens[k]?.norm === '(')) k--;
  const t = a.tokens[k];
  return !!t && (t.kind === 'staff' || (t.kind === 'word' && t.cap && !t.allCaps && !NOT_NAME.has(t.norm)));
}

export function detectPersonalData(a: Analysis): Hit | null {
  const text = a.norm.text;
  if (!TRIGGER_CHARS.test(text)) return null;
  const evidence: Evidence[] = [];
  let best = 0;
  let rule = '';
  let why = '';
  const consider = (score: number, r: string, w: string, ev: Evidence[]): void => {
    evidence.push(...ev);
    if (score > best) {
      best = score;
      rule = r;
      why = w;
    }
  };
  const around = (ns: number, ne: number): string => {
    // canonical-ish context: the normalised text around the match
    return ` ${text.slice(Math.max(0, ns - 70), Math.min(text.length, ne + 40)).replace(/[^a-z0-9'@ ]+/g, ' ')} `;
  };
  if (/\d/.test(text)) {
    for (const m of text.matchAll(MOBILE)) {
      const ctx = around(m.index, m.index + m[0].length);
      if (SCHOOL_CONTEXT.test(ctx) && !PERSONAL_PHONE.test(ctx)) continue;
      consider(0.85, 'personal_data.phone', 'Publishes a personal mobile number.', [
        evidenceNorm(a, m.index, m.index + m[0].length, 'phone number'),
      ]);
    }
    for (const m of text.matchAll(LANDLINE)) {
      const ctx = around(m.index, m.index + m[0].length);
      if (
        /(?<![^ ])(?:home|his|her|their|personal|own|mobile)(?![^ ])/.test(ctx) &&
        !SCHOOL_CONTEXT.test(ctx)
      ) {
        consider(0.8, 'personal_data.phone', 'Publishes a personal phone number.', [
          evidenceNorm(a, m.index, m.index + m[0].length, 'phone number'),
        ]);
      }
    }
    for (const m of text.matchAll(HOUSE)) {
      const ctx = around(m.index, m.index + m[0].length);
      // "Year 4 teacher Mrs Green", "Class 6 Mr Park": a year or class and a titled name, not a house
      if (NOT_A_STREET.test(m[0])) continue;
      if (PERSONAL_CONTEXT.test(ctx)) {
        consider(0.85, 'personal_data.address', 'Publishes a home address.', [
          evidenceNorm(a, m.index, m.index + m[0].length, 'address'),
        ]);
      }
    }
    for (const m of text.matchAll(POSTCODE)) {
      const ctx = around(m.index, m.index + m[0].length);
      if (PERSONAL_CONTEXT.test(ctx) && !/^(?:y\d|u\d|ks\d)/.test(m[0])) {
        consider(0.8, 'personal_data.address', 'Publishes a postcode in a personal context.', [
          evidenceNorm(a, m.index, m.index + m[0].length, 'postcode'),
        ]);
      }
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) {
      consider(0.85, 'personal_data.email', 'Publishes a personal email address.', [
        evidenceNorm(a, m.index, m.index + m[0].length, 'personal email'),
      ]);
    }
  }
  for (const m of hasAny(a, LIVES_ANCHORS) ? matchAll(a, LIVES_ON, 2) : []) {
    consider(0.8, 'personal_data.address', 'Says where someone lives.', evidenceOf(a, m, 'address'));
  }
  for (const re of hasAny(a, HOME_ANCHORS) ? [HOME_STREET, HOME_TOWN] : []) {
    for (const m of matchAll(a, re, 2)) {
      if (!namedPersonNear(a, m.cs, m.ce)) continue;
      // a town must be a name ("in Sunderland"), not "in time", "in the end"
      if (re === HOME_TOWN) {
        const last = a.tokens[tokenAt(a, m.ce - 1)];
        if (!last || last.kind !== 'word' || !last.cap || NOT_NAME.has(last.norm)) continue;
      }
      consider(0.75, 'personal_data.address', 'Says where someone lives.', evidenceOf(a, m, 'address'));
    }
  }
  for (const m of hasAny(a, BIRTH_ANCHORS) ? matchAll(a, BIRTH, 3) : []) {
    const s = a.canon.slice(Math.max(0, m.cs - 80), m.ce + 80);
    const word = a.canon.slice(m.cs, m.ce);
    if (
      !word.startsWith('born') &&
      !word.startsWith('date') &&
      !word.startsWith('dob') &&
      !word.startsWith('d.o.b') &&
      !word.startsWith('happy') &&
      !word.endsWith('young') &&
      !/^(?:@staff|she|he) /.test(word) &&
      !/^(?:she's|he's|she 's|he 's|aged|weighing) /.test(word) &&
      !BIRTHDAY.test(s) &&
      !ageAfterName(a, m.cs, word)
    )
      continue;
    // an age or a birth weight says something of a person only beside one: "Miss Chen's dad … died
    // aged 92", "baby Isla arrived … weighing 7lb 4oz" (not "open to children aged 5")
    if (/^(?:aged|she|he)/.test(word) && !namedPersonNear(a, m.cs, m.ce)) continue;
    if (
      /^aged /.test(word) &&
      /(?<![^ ])(?:children|pupils|kids|students|players|boys|girls|anyone|families|those|people|ages|for)$/.test(
        a.canon.slice(Math.max(0, m.cs - 20), m.cs).trim(),
      )
    )
      continue;
    if (
      word.startsWith('weighing') &&
      !/(?<![^ ])(?:baby|born|arrived|birth|newborn|son|daughter)(?![^ ])/.test(s)
    )
      continue;
    // the school's own birthday: "Happy 50th birthday to Hollybrook Academy, founded in 1975"
    if (
      /(?<![^ ])(?:(?:birthday|today) to (?:@org|(?:the |our )?(?:school|academy|trust|pta|club|library|building|nursery))|founded|anniversary)(?![^ ])/.test(
        s,
      )
    )
      continue;
    consider(
      word.startsWith('born') || word.startsWith('d') ? 0.85 : 0.75,
      'personal_data.birth',
      'Publishes a date of birth or age.',
      evidenceOf(a, m, 'date of birth'),
    );
  }
  for (const m of hasAny(a, MEDICAL_ANCHORS) ? matchAll(a, MEDICAL, 3) : []) {
    const s = a.canon.slice(Math.max(0, m.cs - 60), m.ce + 60);
    if (MEDICAL_GUARD.test(s)) continue;
    const word = a.canon.slice(m.cs, m.ce);
    // a hospital by name is a place ("exhibitors from Northvale General Hospital"), not someone's stay
    if (
      word === 'hospital' &&
      /(?<![^ ])(?:general|royal|university|children's|childrens|district|community|county|infirmary|nhs|memorial|city)$/.test(
        a.canon.slice(Math.max(0, m.cs - 20), m.cs).trim(),
      )
    )
      continue;
    if (
      word === 'ms' ||
      word === 'condition' ||
      word === 'operation' ||
      word === 'stroke' ||
      word === 'complications' ||
      word === 'breakdown'
    ) {
      if (!/(?<![^ ])(?:her|his|their|diagnosed|medical|health)(?![^ ])/.test(s)) continue;
    }
    if (!namedPersonNear(a, m.cs, m.ce)) continue;
    if (
      !/(?<![^ ])(?:her|his|their|she|he|has|had|with|starts|started|diagnosed|recovering|undergoing|after|following)(?![^ ])/.test(
        s,
      )
    )
      continue;
    consider(
      0.8,
      'personal_data.medical',
      'Shares a health detail about a named person.',
      evidenceOf(a, m, 'medical detail'),
    );
  }
  for (const m of hasAny(a, FAMILY_ANCHORS) ? matchAll(a, FAMILY, 2) : []) {
    if (MEDICAL_GUARD.test(a.canon.slice(Math.max(0, m.cs - 60), m.ce + 60))) continue;
    if (!namedPersonNear(a, m.cs, m.ce)) continue;
    consider(
      0.75,
      'personal_data.family',
      "Shares a named person's family, money or immigration circumstances.",
      evidenceOf(a, m, 'family circumstance'),
    );
  }
  for (const m of /\d/.test(text) ? text.matchAll(REG_PLATE) : []) {
    const ctx = around(m.index, m.index + m[0].length);
    if (
      !/(?<![^ ])(?:car|cars|reg|registration|plate|van|vehicle|permit|permits|parking|windscreen|transit|corsa|clio|qashqai|fiesta|golf|polo|mini|audi|bmw|ford|vw|toyota|nissan|kia|honda)(?![^ ])/.test(
        ctx,
      )
    )
      continue;
    consider(0.75, 'personal_data.vehicle', "Publishes a person's car registration.", [
      evidenceNorm(a, m.index, m.index + m[0].length, 'registration'),
    ]);
  }
  if (best < 0.5) return null;
  return {
    kind: 'personal_data',
    rule,
    score: clamp01(best),
    evidence: mergeEvidence(evidence),
    explanation: why,
  };
}
