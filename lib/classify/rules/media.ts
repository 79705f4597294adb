/**
 * media_enquiry (mentions only): a journalist, newsdesk or programme asking the trust for comment
 * (SUAT §9, CT §4.5, Agora §4.1): only authorised people speak to the media, so the Principal/CEO
 * must know at once.
 *
 * Three cue families, scored together:
 *  - who: journalist, reporter, journo, newsdesk, editor, producer, correspondent, freelance,
 *    "<outlet> here", a named outlet (BBC, ITV, radio, the Echo/Post/Gazette …), "writing for";
 *  - story: "working on a story/piece", "we're running a story", "for a piece in", "looking into",
 *    "we've had reports";
 *  - ask: comment, statement, confirm, interview, "on the show", DM me / DMs open, get back to me,
 *    press office, and a deadline ("by 4pm", "before Friday", "deadline").
 * who + (ask or story), or story + ask, or an explicit "request for comment", is an enquiry; a
 * story's topic alone ("the Gazette's article on …") counts only with an ask. A parent's "can you
 * confirm" or "DM me" with no media identity is not, nor a job advert for a press role, nor a
 * journalist asking the public for memories with nothing asked of the school.
 */
import { alt } from '../lexicon';
import { E, T, clamp01, evidenceOf, hasAny, matchAll, mergeEvidence, rx } from './common';
import type { Hit } from './common';
import type { Analysis } from '../tokens';
import type { Evidence } from '../../domain/finding';

const WHO = rx(
  `${T}(?<media>${alt([
    'journalist',
    'journalists',
    'journo',
    'reporter',
    'reporters',
    'news desk',
    'newsdesk',
    'newsroom',
    'editor',
    'sub editor',
    'producer',
    'researcher for',
    'correspondent',
    'freelance',
    'freelancer',
    'the press',
    'bbc',
    'itv',
    'sky news',
    'channel 4',
    'channel 5',
    'podcast',
    'newspaper',
    'magazine',
    'documentary',
    'breakfast show',
    'news team',
    'the guardian',
    'the times',
    'the telegraph',
    'the mirror',
    'the sun',
    'daily mail',
    'the independent',
    'the observer',
    'evening standard',
    'the echo',
    'the post',
    'evening post',
    'the gazette',
    'the herald',
    'the chronicle',
    'the argus',
    'the courier',
    'the advertiser',
    'the journal',
    'the express',
    'tes',
    'schools week',
    'schoolsweek',
    'writing for',
    'writer for',
    'i write for',
    "i'm writing for",
    'writing a piece',
    'writing an article',
    'writing a story',
  ])}|[a-z]+ (?:echo|post|gazette|herald|chronicle|times|news|mercury|argus|courier|advertiser|star|journal|live|fm|radio|weekly) (?:here|news desk|newsdesk)|(?:the )?(?:[a-z]+ )?(?:evening |daily |weekly )?(?:echo|gazette|herald|chronicle|mercury|argus|courier|advertiser|telegraph|observer)|(?:radio|fm|news|tv) [a-z]+ here|(?:at|from) (?:the )?(?:[a-z]+ ){1,2}(?:radio|fm|today|life mag|magazine|live|weekly|bulletin)|radio [a-z]+(?= (?:news|here|breakfast|newsroom|newsdesk|:|,))|(?:local|regional) (?:news site|news account|paper|radio|tv)|news site|production team|investigations unit|(?:the )?\\d{1,2}(?:am|pm) (?:news|bulletin|online update))${E}`,
);

const STORY = rx(
  `${T}(?<story>${alt([
    'working on a story',
    'writing about',
    'doing a piece',
    'doing a story',
    'doing an article',
    'doing a feature',
    'working on a piece',
    'working on an article',
    'working on a feature',
    'working on a report',
    'running a story',
    'running a piece',
    "we're running",
    'were running',
    'we are running',
    'for a piece',
    'for an article',
    'for a story',
    'for a feature',
    'for a report',
    'for a documentary',
    'for a segment',
    'looking into',
    'following up',
    'follow up on',
    'following up on',
    "we've had reports",
    'we have had reports',
    "we've been told",
    'investigating claims',
  ])})${E}`,
);

/**
 * What a story is about: "a piece on", "the article about", "on the show". Beside an outlet it is as
 * often an article already out ("the Gazette's article on the cross country results") as one being
 * written, so it makes an enquiry only with an ask.
 */
const STORY_TOPIC = rx(
  `${T}(?<story>${alt([
    'piece on',
    'piece about',
    'article on',
    'article about',
    'story on',
    'story about',
    'reports of',
    'covering the story',
    'on air',
    'on the show',
    "on tomorrow's",
    'on the programme',
  ])})${E}`,
);

/** A job advert for a press or comms role: "Head of Communications … apply by 30 June, £48k". */
const RE_JOB_ADVERT =
  /(?<![^ ])(?:job alert|job advert|job opportunity|vacancy|vacancies|we're hiring|we are hiring|apply by|apply now|apply here|apply online|applications close|closing date|salary|per annum|fte|maternity cover)(?![^ ])/;
/**
 * A journalist asking the public for memories, not the school for anything: "I'd love to hear your
 * memories", "anyone from the class of 1975?" (a reporter asking parents about a live story about the
 * school is still an enquiry).
 */
const RE_PUBLIC_APPEAL =
  /(?<![^ ])(?:your memories|share (?:your|their) memories|memories of|old (?:class )?photos|anyone from the class of|class of \d{4}|do you remember|did you (?:go to|attend))(?![^ ])/;
/** An ask only the school can answer: its comment, statement, confirmation or response. */
const RE_SCHOOL_ASK =
  /(?<![^ ])(?:comment|statement|confirm|response|respond|right of reply|press office|spokesperson|on the record)(?![^ ])/;

const ASK = rx(
  `${T}(?<ask>${alt([
    'comment',
    'for comment',
    'a comment',
    'statement',
    'a statement',
    'confirm',
    'can you confirm',
    'could you confirm',
    'interview',
    'a quick interview',
    'speak to',
    'chat to',
    'talk to',
    'have a chat',
    'on the show',
    'come on',
    'dm me',
    'dm us',
    'dms open',
    'dms are open',
    'my dms',
    'email me',
    'get back to me',
    'get back to us',
    'call us back',
    'call me back',
    'ring us',
    'ring me',
    'contact us',
    'call us',
    'get in touch',
    'contact me',
    'reach out',
    'press office',
    'press officer',
    'comms team',
    'spokesperson',
    'respond',
    'put me in touch',
    'response',
    'right of reply',
    'deadline',
    'before friday',
    'by friday',
    'by tomorrow',
    'today please',
    'asap',
    'on the record',
    'off the record',
    'a quote',
    'quote from',
    'give us a quote',
    'a word with',
    'a couple of words',
    'a reaction',
    'your reaction',
    'say anything about',
    'any truth in',
    'is this true',
    'before we put something out',
    'live two-way',
    'two-way',
    'on the phone this week',
    'come and film',
    'pop in for a pic',
    'take part in our',
    "school's version",
    'who handles press',
    'handles press',
    'press contact',
    'a press contact',
  ])}|by \\d{1,2}(?:pm|am)?|by \\d{1,2}:\\d{2}|deadline \\d{1,2}(?:pm|am)?|\\d{1,2}pm deadline)${E}`,
);

const EXPLICIT = rx(
  `${T}(?<ask>request for comment|media enquiry|press enquiry|press inquiry|media inquiry|comment for (?:a|our) (?:story|piece|article)|comment (?:pls|please|plz)|any comment from (?:@org|the school|the trust|[^ .]+) before|statement re :?|(?:who|whos|who's) (?:handles|deals with|does) (?:press|media) (?:for|at)|before we (?:put something out|publish|go to print|run it|go live)|filing (?:at|by) \\d{1,2}|(?:going|goes|going out) on the \\d{1,2}(?:am|pm)? (?:bulletin|news)|before the \\d{1,2}(?:am|pm) (?:news|bulletin))${E}`,
);

/**
 * Words of the press: an outlet, a journalist's trade or what they make ("reporter", "the Gazette",
 * "radio", "piece", "filming", "on deadline"). A media enquiry comes from the press, so the school
 * head for media enquiries (index.ts) speaks only on a post with one of these: without, "can someone
 * confirm if the school is open tomorrow? DM me" is a parent. On the 2026-12 training and readable
 * labelled posts, 396 of the 407 media enquiries have one (the rest have no sign of the press at all:
 * "Comment on the Fernhill closure? DMs open"), and so do 454 of the 3,860 benign mentions.
 */
const PRESS_WORDS = [
  'journalist',
  'journalists',
  'journalism',
  'journo',
  'reporter',
  'reporters',
  'reporting',
  'newsdesk',
  'news desk',
  'desk',
  'newsroom',
  'news',
  'newsletter',
  'editor',
  'editors',
  'producer',
  'producers',
  'production',
  'researcher',
  'researchers',
  'correspondent',
  'freelance',
  'freelancer',
  'press',
  'media',
  'bbc',
  'itv',
  'sky',
  'channel',
  'radio',
  'fm',
  'podcast',
  'podcasts',
  'newspaper',
  'newspapers',
  'paper',
  'papers',
  'magazine',
  'mag',
  'zine',
  'tv',
  'television',
  'documentary',
  'programme',
  'show',
  'broadcast',
  'broadcaster',
  'on air',
  'story',
  'stories',
  'piece',
  'article',
  'articles',
  'feature',
  'features',
  'coverage',
  'publication',
  'publish',
  'publishing',
  'for publication',
  'outlet',
  'column',
  'columnist',
  'blog',
  'blogger',
  'interview',
  'interviews',
  'film',
  'filming',
  'filmed',
  'crew',
  'segment',
  'bulletin',
  'headline',
  'headlines',
  'print',
  'write up',
  'write-up',
  'writeup',
  'write',
  'writing',
  'writer',
  'listeners',
  'readers',
  'viewers',
  'deadline',
  'filing',
  'running it',
  'put something out',
  'weekly',
  'gazette',
  'echo',
  'herald',
  'chronicle',
  'courier',
  'times',
  'mercury',
  'argus',
  'advertiser',
  'journal',
  'star',
  'observer',
  'bugle',
  'record',
  'post here',
  'evening post',
  'daily post',
  'sunday post',
];
const RE_PRESS = new RegExp(`${T}(?:${alt(PRESS_WORDS)})${E}`);

/** Words one of which every enquiry the rule finds has: the press's, and what it asks for. */
const TRIGGERS = new Set([
  ...PRESS_WORDS.filter((w) => !w.includes(' ')),
  'comment',
  'statement',
  'enquiry',
  'inquiry',
  'reports',
  'post',
  'tes',
]);

/** Whether the post has a word of the press (RE_PRESS): the media head's gate. */
export const pressIn = (a: Analysis): boolean => RE_PRESS.test(a.canon);

export function detectMedia(a: Analysis): Hit | null {
  if (!hasAny(a, TRIGGERS)) return null;
  const who = matchAll(a, WHO, 3);
  const working = matchAll(a, STORY, 3);
  const topic = matchAll(a, STORY_TOPIC, 3);
  const ask = matchAll(a, ASK, 4);
  const explicit = matchAll(a, EXPLICIT, 2);
  if (explicit.length === 0) {
    if (RE_JOB_ADVERT.test(a.canon)) return null;
    if (RE_PUBLIC_APPEAL.test(a.canon) && !RE_SCHOOL_ASK.test(a.canon)) return null;
  }
  // a story's topic counts beside an ask; alone beside an outlet it is an article already out
  const story = ask.length > 0 ? [...working, ...topic] : working;
  let score = 0;
  if (explicit.length > 0) score = 0.8;
  if (who.length > 0 && (ask.length > 0 || story.length > 0))
    score = Math.max(
      score,
      0.75 + (ask.length > 0 && story.length > 0 ? 0.15 : 0) + Math.min(0.05, ask.length * 0.02),
    );
  if (story.length > 0 && ask.length > 0) score = Math.max(score, 0.7);
  if (score === 0) return null;
  const evidence: Evidence[] = [];
  for (const m of [...who, ...story, ...ask, ...explicit]) evidence.push(...evidenceOf(a, m, 'media'));
  return {
    kind: 'media_enquiry',
    rule: 'media_enquiry.request',
    score: clamp01(score),
    evidence: mergeEvidence(evidence),
    explanation: 'A journalist or media outlet is asking the trust for comment.',
  };
}
