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
 * who + (ask or story), or story + ask, or an explicit "request for comment", is an enquiry. A
 * parent's "can you confirm" or "DM me" with no media identity is not.
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
  ])}|[a-z]+ (?:echo|post|gazette|herald|chronicle|times|news|mercury|argus|courier|advertiser|star|journal|live|fm|radio|weekly) (?:here|news desk|newsdesk)|(?:the )?(?:[a-z]+ )?(?:evening |daily |weekly )?(?:echo|gazette|herald|chronicle|mercury|argus|courier|advertiser|telegraph|observer)|(?:radio|fm|news|tv) [a-z]+ here)${E}`,
);

const STORY = rx(
  `${T}(?<story>${alt([
    'working on a story',
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
    'piece on',
    'piece about',
    'article on',
    'article about',
    'story on',
    'story about',
    'looking into',
    'following up',
    'follow up on',
    'following up on',
    "we've had reports",
    'we have had reports',
    "we've been told",
    'reports of',
    'writing about',
    'investigating claims',
    'covering the story',
    'on air',
    'on the show',
    "on tomorrow's",
    'on the programme',
  ])})${E}`,
);

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
    'spokesperson',
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
  ])}|by \\d{1,2}(?:pm|am)?|by \\d{1,2}:\\d{2}|deadline \\d{1,2}(?:pm|am)?|\\d{1,2}pm deadline)${E}`,
);

const EXPLICIT = rx(
  `${T}(?<ask>request for comment|media enquiry|press enquiry|press inquiry|media inquiry|comment for (?:a|our) (?:story|piece|article))${E}`,
);

const TRIGGERS = new Set([
  'journalist',
  'journo',
  'reporter',
  'newsdesk',
  'news',
  'desk',
  'editor',
  'producer',
  'correspondent',
  'freelance',
  'press',
  'media',
  'bbc',
  'itv',
  'sky',
  'channel',
  'radio',
  'podcast',
  'newspaper',
  'magazine',
  'tv',
  'documentary',
  'story',
  'piece',
  'article',
  'feature',
  'comment',
  'statement',
  'interview',
  'writing',
  'reports',
  'enquiry',
  'inquiry',
  'echo',
  'post',
  'gazette',
  'herald',
  'times',
  'fm',
  'show',
  'tes',
]);

export function detectMedia(a: Analysis): Hit | null {
  if (!hasAny(a, TRIGGERS)) return null;
  const who = matchAll(a, WHO, 3);
  const story = matchAll(a, STORY, 3);
  const ask = matchAll(a, ASK, 4);
  const explicit = matchAll(a, EXPLICIT, 2);
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
