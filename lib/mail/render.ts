/**
 * The alert email and the daily roll-up: `renderAlert` and `renderRollup` → { subject, html, text }.
 *
 * Written for a Principal reading on a phone at 7 am. Top to bottom:
 *   1. banner       severity word and colour, kind, academy, one sentence saying what happened, when
 *                   (and, for an escalation, that nobody acknowledged it and who had it first)
 *   2. the subject  the post (evidence highlighted, author, times, link) or, for event kinds, the account,
 *                   the spike figures, the hold, the removal request or the register gap
 *   3. why          explanation, rule, score, matched cues
 *   4. policy       what to do now for this kind (police for threats, DSL for safeguarding …), then the
 *                   clause(s) and the policy's own words from `flag.policy`
 *   5. actions      big buttons: acknowledge, removal requested, declare a hold (where it makes sense),
 *                   false positive; each opens a confirm page (nothing changes on a click alone)
 *   6. who was told the To and Cc of this flag, so each person knows who else knows
 *   7. footer       why you get this, that the links are personal and when they expire, the zone
 *
 * Privacy: subjects and preheaders (what a locked phone shows) never contain post text or names. A
 * safeguarding alert shows the post itself and nothing more about a child: matched cues by name only,
 * no details block, no excerpt in a roll-up.
 *
 * Everything from a post, a profile or the config is escaped (lib/mail/escape `markup`); links to posts
 * are only rendered when they point at x.com/twitter.com; action links only when http(s). Names and
 * handles are flattened to one line. The plain-text alternative says the same things in the same order
 * and is cleaned of control and bidi characters as a whole before it is returned.
 */
import type { Config } from '../config/schema';
import type { Flag, Recipient } from '../domain/flag';
import { FINDING_KINDS, KIND_LABEL, SEVERITY_RANK, isContentKind } from '../domain/kinds';
import type { FindingKind, Severity } from '../domain/kinds';
import { describePerson } from '../domain/routing';
import { alertActions } from '../actions/links';
import type { ActionLinks, AlertAction } from '../actions/links';
import {
  holdBreachDetails,
  registerGapDetails,
  takedownOverdueDetails,
  unapprovedAccountDetails,
  volumeSpikeDetails,
} from './details';
import type { SpikeSample } from './details';
import {
  cleanText,
  defang,
  excerpt,
  headerText,
  markup,
  multiline,
  oneLine,
  profileUrl,
  safeHttpUrl,
  safePostUrl,
} from './escape';
import type { HtmlValue, SafeHtml } from './escape';
import { evidenceSpans, highlightHtml, highlightText } from './evidence';
import {
  describeRecipient,
  formatDuration,
  formatHours,
  formatRange,
  formatTime,
  isoMs,
  percent,
  roleOf,
  scopeName,
  scopesName,
} from './format';
import {
  COLOR,
  MONO,
  SEVERITY_COLOR,
  SEVERITY_WORD,
  bullets,
  button,
  chip,
  emailDocument,
  facts,
  gap,
  heading,
  link,
  para,
  row,
  smallButton,
  strong,
} from './layout';
import type { ButtonStyle } from './layout';

export type { ActionLinks } from '../actions/links';

export interface Escalation {
  /** Who had the alert first (they did not acknowledge it). */
  originalRecipients: Recipient[];
  hoursUnacknowledged: number;
}

export interface AlertContext {
  config: Config;
  /** IANA zone for every time shown (the trust's, normally Europe/London). */
  timeZone: string;
  /** Signed for this recipient. Buttons are shown for `alertActions(flag)` ∩ the links given. */
  links: ActionLinks;
  /** Epoch ms: when the email is rendered. */
  now: number;
  escalation?: Escalation;
  /** Epoch ms when the links stop working, shown in the footer. */
  linksExpireAt?: number;
}

export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
  /** The hidden preview line (what an inbox list or lock screen shows under the subject). */
  preheader: string;
}

/** One section in both forms. */
interface Part {
  html: SafeHtml;
  text: string;
}

const textSection = (title: string, lines: readonly (string | undefined | false)[]): string =>
  [title.toUpperCase(), '-'.repeat(Math.min(60, title.length)), ...lines.filter((l) => typeof l === 'string')]
    .join('\n')
    .trimEnd();

/** What happened, in one sentence, without any content from the post. */
export const KIND_SUMMARY: Record<FindingKind, string> = {
  threat: 'A post appears to contain a threat.',
  safeguarding: 'A post may show a child at risk.',
  abuse: 'A post appears to harass or abuse someone in the school community.',
  profanity: 'An official account posted profanity.',
  disparaging: 'A post disparages the trust or an academy.',
  media_enquiry: 'A journalist or media outlet appears to be asking for comment.',
  personal_data: 'An official account posted personal data.',
  pupil_identification: 'An official post may identify a pupil.',
  sensitive_topic: 'An official post touches a sensitive topic.',
  solicitation: 'An official post contains solicitation.',
  hold_breach: 'An official account posted during a posting hold.',
  unapproved_account: 'An account that is not in the register presents itself as the school.',
  register_gap: 'An account in the register is missing what the policy requires.',
  takedown_overdue: 'A post whose removal was requested is still up.',
  volume_spike: 'Mentions are far above their usual level.',
};

interface Emphasis {
  title: string;
  lines: string[];
  /** Short form for the preheader. */
  short: string;
}

const dslNames = (config: Config, scopes: readonly string[]): string[] =>
  scopes.flatMap((s) => {
    const a = config.academies.find((x) => x.id === s);
    if (a) return [`${oneLine(a.dsl.name)} (${oneLine(a.name)})`];
    return config.trust.dsl ? [`${oneLine(config.trust.dsl.name)} (${oneLine(config.trust.name)})`] : [];
  });

/** The kind-specific "do this now", on top of the policy's own words. */
const emphasisFor = (flag: Flag, recipient: Recipient, config: Config): Emphasis | undefined => {
  switch (flag.kind) {
    case 'threat':
      return {
        title: 'Consider reporting this to the police',
        lines: [
          'With the consent of the staff member concerned (SUAT §11), and offer them support. If anyone is in immediate danger, call 999.',
        ],
        short: 'Consider reporting it to the police with the staff member’s consent (SUAT §11).',
      };
    case 'safeguarding': {
      const dsls = dslNames(config, flag.scopes);
      const isDsl = recipient.role === 'dsl';
      return {
        title: isDsl ? 'You are the DSL: please act now' : 'The Designated Safeguarding Lead acts now',
        lines: [
          ...(!isDsl && dsls.length > 0 ? [`DSL: ${dsls.join(', ')} (SUAT §8).`] : []),
          'If a child is in immediate danger, call 999.',
          'Keep this email to the people who need to know: do not forward it or copy the post elsewhere.',
        ],
        short: 'The DSL acts now (SUAT §8).',
      };
    }
    case 'takedown_overdue':
      return {
        title: 'Escalate the removal',
        lines: [
          'SUAT §11: check that removal was made. If the site does not co-operate, escalate: the platform’s report route again, then the ISP, and the police for threatening material.',
        ],
        short: 'Check removal and escalate (SUAT §11).',
      };
    case 'personal_data':
      return {
        title: 'Remove the post now',
        lines: ['Then record what was exposed and for how long, and tell the trust’s data protection lead.'],
        short: 'Remove the post now (SUAT §5).',
      };
    case 'volume_spike':
      return {
        title: 'Consider a posting hold',
        lines: [
          'Pause official posting while you find out what is happening (CT §4.6). The button below declares a hold; the comms lead and account admins are told, and any post made during it is flagged.',
        ],
        short: 'Consider a posting hold (CT §4.6).',
      };
    case 'hold_breach':
      return {
        title: 'A posting hold is in force',
        lines: ['Ask the account admins why this was posted and whether it should come down (CT §4.6).'],
        short: 'Check with the account admins (CT §4.6).',
      };
    case 'unapproved_account':
      return {
        title: 'Is this account yours?',
        lines: [
          'If nobody at the school runs it, report it to X as impersonation and tell the comms lead (SUAT §9, WAT §8.1).',
        ],
        short: 'Find out who runs it; report impersonation (SUAT §9).',
      };
    default:
      return undefined;
  }
};

/* ----------------------------------------------------------------- banner ----------------------------------------------------------------- */

const bannerPart = (flag: Flag, ctx: AlertContext): Part => {
  const c = SEVERITY_COLOR[flag.severity];
  const where = scopesName(ctx.config, flag.scopes);
  const when = formatTime(flag.createdAt, ctx.timeZone);
  const top = `${SEVERITY_WORD[flag.severity]} · ${KIND_LABEL[flag.kind]}`;
  const h = row(
    markup`<div style="font-size:13px;line-height:18px;font-weight:700;letter-spacing:1px;color:${c.fg};">${top}</div>
<div style="margin:4px 0 6px 0;font-size:24px;line-height:1.25;font-weight:800;color:${c.fg};">${where}</div>
<div style="font-size:16px;line-height:1.45;color:${c.fg};">${KIND_SUMMARY[flag.kind]}</div>
<div style="margin-top:6px;font-size:14px;line-height:1.4;color:${c.fg};">Flagged ${when}</div>`,
    { bg: c.bg, padding: '18px 18px' },
  );
  const t = [`${top} – ${where}`, KIND_SUMMARY[flag.kind], `Flagged ${when}`].join('\n');
  return { html: h, text: t };
};

const escalationPart = (flag: Flag, ctx: AlertContext): Part | undefined => {
  const e = ctx.escalation;
  if (!e) return undefined;
  const c = SEVERITY_COLOR[flag.severity];
  const first = e.originalRecipients.map((r) => describeRecipient(ctx.config, r));
  const line = `Escalated to you: nobody has acknowledged this alert ${formatHours(e.hoursUnacknowledged)} after it was sent.`;
  const firstLine = first.length > 0 ? `First sent to: ${first.join('; ')}.` : undefined;
  const h = row(
    markup`${para(strong(line), { margin: '0 0 6px 0' })}${firstLine ? para(firstLine, { margin: '0', size: 15 }) : ''}`,
    { bg: c.soft, border: c.edge },
  );
  return { html: h, text: [line, firstLine].filter((l) => l !== undefined).join('\n') };
};

/* ------------------------------------------------------------------ post ------------------------------------------------------------------ */

const authorLine = (post: NonNullable<Flag['post']>): string => {
  const name = post.authorName ? oneLine(post.authorName) : '';
  const handle = post.authorUsername ? `@${oneLine(post.authorUsername).replace(/^@/, '')}` : '';
  return [name, handle].filter(Boolean).join(' ') || `user ${oneLine(post.authorId)}`;
};

const sourceLine = (post: NonNullable<Flag['post']>): string => {
  const acct = post.accountHandle ? `@${oneLine(post.accountHandle).replace(/^@/, '')}` : undefined;
  if (post.source === 'official')
    return acct ? `Posted by ${acct}, an official account` : 'Posted by an official account';
  return acct ? `Public post mentioning ${acct}` : 'Public post about the trust';
};

/** A link to a post if it is an X URL, else the address as defanged text with a warning. */
const postLink = (url: string, label = 'Open the post on X'): Part => {
  const safe = safePostUrl(url);
  if (safe) return { html: link(safe, strong(label)), text: `${label}: ${safe}` };
  const shown = url.trim() === '' ? '(none)' : defang(url);
  return {
    html: markup`<span style="color:${COLOR.muted};">Post address (not an X address, so not a link): </span><span style="font-family:${MONO};font-size:13px;">${shown}</span>`,
    text: `Post address (not an X address, so not a link): ${shown}`,
  };
};

/** A quoted block of untrusted text, isolated for bidi, wrapping anywhere so it never overflows 375 px. */
const quote = (content: SafeHtml, size = 17): SafeHtml =>
  markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 10px 0;"><tr><td dir="auto" bgcolor="${COLOR.soft}" style="background-color:${COLOR.soft};border-left:4px solid ${COLOR.border};padding:12px 14px;font-size:${size}px;line-height:1.5;color:${COLOR.text};word-wrap:break-word;overflow-wrap:anywhere;unicode-bidi:isolate;">${content}</td></tr></table>`;

const postPart = (flag: Flag, post: NonNullable<Flag['post']>, ctx: AlertContext): Part => {
  const spans = evidenceSpans(post.text, flag.evidence);
  const author = authorLine(post);
  const src = sourceLine(post);
  const pl = postLink(post.url);
  const posted = formatTime(post.createdAt, ctx.timeZone);
  const captured = formatTime(post.capturedAt, ctx.timeZone);
  const title = post.source === 'official' ? 'The official post' : 'The post';
  const h = row(
    markup`${heading(title)}
${para(markup`${strong(author)}<br><span style="color:${COLOR.muted};font-size:14px;">${src}</span>`, { margin: '0 0 8px 0' })}
${quote(highlightHtml(post.text, spans))}
${facts([
  ['Posted', posted],
  ['Captured by TrustWatch', captured],
])}
${para(pl.html, { margin: '8px 0 0 0' })}`,
  );
  const t = textSection(title, [
    author,
    src,
    '',
    highlightText(post.text, spans)
      .split('\n')
      .map((l) => `> ${l}`)
      .join('\n'),
    '',
    spans.length > 0 ? 'Matched words are shown [[like this]].' : undefined,
    `Posted: ${posted}`,
    `Captured by TrustWatch: ${captured}`,
    pl.text,
  ]);
  return { html: h, text: t };
};

/* --------------------------------------------------------------- event kinds --------------------------------------------------------------- */

const accountPart = (flag: Flag, ctx: AlertContext): Part => {
  const d = unapprovedAccountDetails(flag.details);
  const rawHandle = d.handle ?? d.username;
  const handle = rawHandle ? oneLine(rawHandle).replace(/^@/, '') : undefined;
  const bio = d.bio ?? d.description;
  const purl = profileUrl(handle);
  const where = scopesName(ctx.config, flag.scopes);
  const reasons = d.reasons ?? [];
  const rows: [string, HtmlValue][] = [];
  const trows: string[] = [];
  if (handle) {
    rows.push(['Account', purl ? link(purl, `@${handle}`) : `@${handle}`]);
    trows.push(`Account: @${handle}${purl ? ` (${purl})` : ''}`);
  }
  if (d.name) {
    rows.push(['Display name', oneLine(d.name)]);
    trows.push(`Display name: ${oneLine(d.name)}`);
  }
  if (d.followers !== undefined) {
    rows.push(['Followers', String(d.followers)]);
    trows.push(`Followers: ${d.followers}`);
  }
  if (d.accountCreatedAt) {
    rows.push(['Created', formatTime(d.accountCreatedAt, ctx.timeZone)]);
    trows.push(`Created: ${formatTime(d.accountCreatedAt, ctx.timeZone)}`);
  }
  const resemblance = percent(d.score ?? flag.score);
  rows.push(['Resemblance', resemblance]);
  trows.push(`Resemblance: ${resemblance}`);
  const noReason = 'Its name or handle resembles the school’s.';
  const h = row(
    markup`${heading('The account')}${facts(rows)}
${bio ? markup`${para(markup`<span style="color:${COLOR.muted};">Bio:</span>`, { margin: '10px 0 4px 0', size: 15 })}${quote(multiline(bio), 16)}` : ''}
${para(strong(`Why it looks like ${where}`), { margin: '10px 0 4px 0' })}
${reasons.length > 0 ? bullets(reasons) : para(noReason, { size: 15 })}
${d.cues && d.cues.length > 0 ? para(`Cues: ${d.cues.join(', ')}`, { muted: true, size: 14 }) : ''}
${para('It is not in the trust’s register of approved accounts.', { muted: true, size: 14, margin: '0' })}`,
  );
  const t = textSection('The account', [
    ...trows,
    bio ? `Bio: ${cleanText(bio)}` : undefined,
    `Why it looks like ${where}:`,
    ...(reasons.length > 0 ? reasons.map((r) => `  - ${cleanText(r)}`) : [`  - ${noReason}`]),
    d.cues && d.cues.length > 0 ? `Cues: ${cleanText(d.cues.join(', '))}` : undefined,
    'It is not in the trust’s register of approved accounts.',
  ]);
  return { html: h, text: t };
};

const sampleAuthor = (s: SpikeSample): string => {
  const a = oneLine(s.authorUsername ?? s.author ?? '').replace(/^@/, '');
  if (!a) return 'unknown author';
  return /^[A-Za-z0-9_]{1,15}$/.test(a) && !/^\d+$/.test(a) ? `@${a}` : `user ${a}`;
};

const spikePart = (flag: Flag, ctx: AlertContext): Part => {
  const d = volumeSpikeDetails(flag.details);
  const ratio =
    d.ratio ??
    (d.count !== undefined && d.baseline !== undefined && d.baseline > 0 ? d.count / d.baseline : undefined);
  const window =
    d.windowStart && d.windowEnd
      ? `between ${formatRange(d.windowStart, d.windowEnd, ctx.timeZone)}`
      : d.windowEnd
        ? `in the ${d.windowMinutes ? formatDuration(d.windowMinutes * 60_000) : 'hour'} to ${formatTime(d.windowEnd, ctx.timeZone)}`
        : d.windowMinutes
          ? `in ${formatDuration(d.windowMinutes * 60_000)}`
          : 'in the last hour';
  const headline =
    d.count !== undefined
      ? `${d.count} mentions ${window}${
          d.baseline !== undefined ? `, against a usual ${d.baseline.toFixed(d.baseline < 10 ? 1 : 0)}` : ''
        }${ratio !== undefined ? ` (${ratio.toFixed(1)} × normal)` : ''}.`
      : `Mentions ${window} are far above their usual level.`;
  const terms = (d.topTerms ?? [])
    .slice(0, 12)
    .map((t) => (typeof t === 'string' ? t : t.count !== undefined ? `${t.term} (${t.count})` : t.term))
    .map((t) => excerpt(t, 40));
  const samples = (d.samples ?? []).slice(0, 3);
  const sampleHtml = samples.map((s) => {
    const safe = s.url ? safePostUrl(s.url) : undefined;
    const meta = markup`<span style="color:${COLOR.muted};font-size:13px;">${sampleAuthor(s)}${s.createdAt ? ` · ${formatTime(s.createdAt, ctx.timeZone)}` : ''}${safe ? markup` · ${link(safe, 'open')}` : ''}</span>`;
    return markup`<div dir="auto" style="margin:0 0 8px 0;padding:8px 10px;background-color:${COLOR.soft};border-left:4px solid ${COLOR.border};font-size:15px;line-height:1.45;color:${COLOR.text};unicode-bidi:isolate;overflow-wrap:anywhere;">${excerpt(s.text, 200)}<br>${meta}</div>`;
  });
  const h = row(
    markup`${heading('What is happening')}
${para(strong(headline))}
${terms.length > 0 ? markup`${para('Most common words:', { muted: true, size: 14, margin: '0 0 4px 0' })}<div style="margin:0 0 10px 0;">${terms.map((t) => chip(t, '#e5e7eb', '#111827'))}</div>` : ''}
${samples.length > 0 ? markup`${para('Sample posts:', { muted: true, size: 14, margin: '0 0 4px 0' })}${sampleHtml}` : ''}`,
  );
  const t = textSection('What is happening', [
    headline,
    terms.length > 0 ? `Most common words: ${terms.join(', ')}` : undefined,
    ...(samples.length > 0 ? ['Sample posts:'] : []),
    ...samples.map((s) => {
      const safe = s.url ? safePostUrl(s.url) : undefined;
      return `  - "${excerpt(s.text, 200)}" (${sampleAuthor(s)}${safe ? `, ${safe}` : ''})`;
    }),
  ]);
  return { html: h, text: t };
};

const factsPart = (title: string, rows: readonly [string, string][], extra?: readonly string[]): Part => ({
  html: row(markup`${heading(title)}${facts(rows)}${extra && extra.length > 0 ? bullets(extra) : ''}`),
  text: textSection(title, [
    ...rows.map(([k, v]) => `${k}: ${cleanText(v)}`),
    ...(extra ?? []).map((p) => `  - ${cleanText(p)}`),
  ]),
});

const holdPart = (flag: Flag, ctx: AlertContext): Part => {
  const d = holdBreachDetails(flag.details);
  const rows: [string, string][] = [];
  if (d.holdScope) rows.push(['Hold covers', scopeName(ctx.config, d.holdScope)]);
  if (d.holdReason) rows.push(['Reason', d.holdReason]);
  if (d.declaredBy) {
    // An address (as holds store it) is shown with the person's name and role, as in the hold notices.
    const by = oneLine(d.declaredBy);
    const who = describePerson(ctx.config, by);
    rows.push(['Declared by', who === by ? by : `${who}, ${by}`]);
  }
  if (d.holdStartsAt) rows.push(['In force since', formatTime(d.holdStartsAt, ctx.timeZone)]);
  if (d.holdEndedAt) rows.push(['Lifted', formatTime(d.holdEndedAt, ctx.timeZone)]);
  else if (d.holdUntil) rows.push(['Planned end', formatTime(d.holdUntil, ctx.timeZone)]);
  else rows.push(['Planned end', 'none: in force until lifted']);
  if (d.holdId) rows.push(['Hold reference', oneLine(d.holdId)]);
  return factsPart('The posting hold', rows);
};

const takedownPart = (flag: Flag, ctx: AlertContext): Part => {
  const d = takedownOverdueDetails(flag.details);
  const requestedAt = flag.removalRequestedAt ?? d.removalRequestedAt;
  const by = flag.removalRequestedBy ?? d.removalRequestedBy;
  const rows: [string, string][] = [];
  if (requestedAt) {
    rows.push(['Removal requested', formatTime(requestedAt, ctx.timeZone)]);
    const ms = isoMs(requestedAt);
    if (ms !== undefined) rows.push(['Time since the request', formatDuration(ctx.now - ms)]);
  }
  if (by) rows.push(['Requested by', oneLine(by)]);
  if (d.lastCheckedAt) rows.push(['Still visible at', formatTime(d.lastCheckedAt, ctx.timeZone)]);
  if (d.originalKind && isKind(d.originalKind)) rows.push(['Original alert', KIND_LABEL[d.originalKind]]);
  rows.push(['Policy limit', `${ctx.config.alerts.takedownHours} hours (SUAT §11)`]);
  return factsPart('The removal request', rows);
};

const isKind = (k: string): k is FindingKind => (FINDING_KINDS as readonly string[]).includes(k);

const registerGapPart = (flag: Flag, ctx: AlertContext): Part => {
  const d = registerGapDetails(flag.details);
  const handle = d.handle ? oneLine(d.handle).replace(/^@/, '') : undefined;
  const acct = handle
    ? ctx.config.accounts.find((a) => a.handle.toLowerCase() === handle.toLowerCase())
    : undefined;
  const problems = [...(d.problems ?? []), ...(d.gap ? [d.gap] : [])];
  const known = d.knownGap ?? acct?.knownGap;
  const owner = d.owner ?? acct?.owner;
  const admins = d.admins ?? acct?.admins.length;
  const rows: [string, string][] = [];
  if (handle) rows.push(['Account', `@${handle}`]);
  if (owner) rows.push(['Owned by', scopeName(ctx.config, owner)]);
  if (admins !== undefined) rows.push(['Admin contacts on record', String(admins)]);
  if (known) rows.push(['Recorded gap', known]);
  return factsPart('The account and the gap', rows, problems);
};

/* ---------------------------------------------------------- why, policy, actions ---------------------------------------------------------- */

/** Content kinds: the classifier's confidence. Event kinds: a strength score, omitted when it is just 1. */
const scoreOf = (flag: Flag): { label: string; value: string } | undefined => {
  if (isContentKind(flag.kind)) return { label: 'Confidence', value: percent(flag.score) };
  return flag.score < 1 ? { label: 'Score', value: percent(flag.score) } : undefined;
};

const whyPart = (flag: Flag): Part => {
  const score = scoreOf(flag);
  const safeguarding = flag.kind === 'safeguarding';
  const cues = flag.evidence.map((e) =>
    safeguarding || e.text.trim() === '' ? e.cue : `“${excerpt(e.text, 60)}” (${e.cue})`,
  );
  const matched = [...new Set(cues)].filter((c) => c.trim() !== '').join('; ');
  const rows: [string, HtmlValue][] = [
    ['Rule', markup`<span style="font-family:${MONO};font-size:14px;">${flag.rule}</span>`],
  ];
  if (score) rows.push([score.label, score.value]);
  if (matched) rows.push(['Matched', matched]);
  const h = row(markup`${heading('Why it was flagged')}${para(flag.explanation)}${facts(rows)}`);
  const t = textSection('Why it was flagged', [
    cleanText(flag.explanation),
    `Rule: ${cleanText(flag.rule)}`,
    score ? `${score.label}: ${score.value}` : undefined,
    matched ? `Matched: ${cleanText(matched)}` : undefined,
  ]);
  return { html: h, text: t };
};

const policyPart = (flag: Flag, recipient: Recipient, ctx: AlertContext): Part => {
  const em = emphasisFor(flag, recipient, ctx.config);
  const c = SEVERITY_COLOR[flag.severity];
  const callout = em
    ? markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 12px 0;"><tr><td bgcolor="${c.soft}" style="background-color:${c.soft};border-left:4px solid ${c.edge};padding:10px 12px;color:${COLOR.text};">${para(strong(em.title), { margin: '0 0 4px 0', size: 17 })}${em.lines.map((l) => para(l, { margin: '0 0 4px 0', size: 15 }))}</td></tr></table>`
    : '';
  const h = row(
    markup`${heading('What the policy says to do')}
${callout}
<div style="margin:0 0 6px 0;">${flag.policy.clauses.map((cl) => chip(cl, '#e5e7eb', '#111827'))}</div>
${para(flag.policy.action)}
${para(`From the ${ctx.config.policy.name}.`, { muted: true, size: 13, margin: '0' })}`,
  );
  const t = textSection('What the policy says to do', [
    ...(em ? [`>> ${em.title.toUpperCase()}`, ...em.lines.map((l) => `>> ${l}`), ''] : []),
    `Policy clauses: ${flag.policy.clauses.join(', ')}`,
    cleanText(flag.policy.action),
    `From the ${oneLine(ctx.config.policy.name)}.`,
  ]);
  return { html: h, text: t };
};

interface ButtonSpec {
  label: string;
  hint: string;
  style: ButtonStyle;
}

const BUTTONS: Record<AlertAction, ButtonSpec> = {
  acknowledge: { label: 'Acknowledge', hint: 'I have seen this and I am dealing with it', style: 'primary' },
  removal_requested: {
    label: 'Removal requested',
    hint: 'I have asked for the post to be taken down',
    style: 'dark',
  },
  declare_hold: {
    label: 'Declare a posting hold',
    hint: 'Pause official posting (CT §4.6)',
    style: 'danger',
  },
  false_positive: { label: 'False positive', hint: 'This alert is wrong: close it', style: 'outline' },
};

/** The actions to show: what the flag offers and a safe link was given for. */
const shownActions = (flag: Flag, links: ActionLinks): { action: AlertAction; url: string }[] =>
  alertActions(flag).flatMap((action) => {
    const url = safeHttpUrl(links[action]);
    return url ? [{ action, url }] : [];
  });

const actionsPart = (flag: Flag, ctx: AlertContext): Part => {
  const acts = shownActions(flag, ctx.links);
  const h = row(
    markup`${heading('Act with one tap')}
${acts.map((a) => button(a.url, BUTTONS[a.action].label, BUTTONS[a.action].style, BUTTONS[a.action].hint))}
${para('Each button opens a page where you confirm. Nothing changes until you press the button on that page.', { muted: true, size: 13, margin: '4px 0 0 0' })}`,
  );
  const t = textSection(
    'Act (each link opens a page where you confirm)',
    acts.map((a) => `${BUTTONS[a.action].label} (${BUTTONS[a.action].hint}):\n  ${a.url}`),
  );
  return { html: h, text: t };
};

const toldPart = (flag: Flag, recipient: Recipient, ctx: AlertContext): Part => {
  const me = recipient.email.toLowerCase();
  const label = (r: Recipient): string =>
    `${describeRecipient(ctx.config, r)}${r.email.toLowerCase() === me ? ' – you' : ''}`;
  const youListed = [...flag.to, ...flag.cc].some((r) => r.email.toLowerCase() === me);
  const to = [
    ...flag.to.map(label),
    ...(youListed ? [] : [`${describeRecipient(ctx.config, recipient)} – you`]),
  ];
  const cc = flag.cc.map(label);
  const h = row(
    markup`${heading('Who has this alert')}${bullets(to)}${cc.length > 0 ? markup`${para('Copied:', { muted: true, size: 14, margin: '0 0 4px 0' })}${bullets(cc)}` : ''}`,
  );
  const t = textSection('Who has this alert', [
    ...to.map((s) => `  - ${s}`),
    ...(cc.length > 0 ? ['Copied:', ...cc.map((s) => `  - ${s}`)] : []),
  ]);
  return { html: h, text: t };
};

const footerLines = (
  config: Config,
  timeZone: string,
  now: number,
  linksExpireAt: number | undefined,
  why: string,
  ref?: string,
): string[] => [
  why,
  `The buttons are personal to you: please do not forward this email. ${
    linksExpireAt !== undefined
      ? `They stop working on ${formatTime(linksExpireAt, timeZone)}`
      : 'They stop working after a few days'
  }; after that, contact ${oneLine(config.trust.operations.name)}.`,
  `Times are shown in ${timeZone === 'Europe/London' ? 'UK time (Europe/London)' : timeZone}. Sent ${formatTime(now, timeZone)}${
    ref ? `. Reference: ${oneLine(ref)}` : ''
  }.`,
  `TrustWatch watches ${oneLine(config.trust.name)}’s official X accounts and public posts about the trust, under the ${oneLine(config.policy.name)}.`,
];

const footerPart = (lines: readonly string[]): Part => ({
  html: row(markup`${lines.map((l) => para(l, { muted: true, size: 13, margin: '0 0 6px 0' }))}`, {
    bg: COLOR.page,
    padding: '12px 18px',
  }),
  text: ['-- ', ...lines].join('\n'),
});

const whyYou = (flag: Flag, recipient: Recipient, ctx: AlertContext): string => {
  const role = roleOf(ctx.config, recipient, true);
  const where = scopesName(ctx.config, flag.scopes);
  if (ctx.escalation)
    return `You are receiving this because you are ${role} and this ${flag.severity} alert about ${where} was not acknowledged in time.`;
  return `You are receiving this because you are ${role}, and the trust’s policy sends “${KIND_LABEL[flag.kind]}” alerts about ${where} to you.`;
};

/** Sections joined with a gap, as one document; the text with blank lines between, cleaned as a whole. */
const assemble = (subject: string, preheader: string, parts: readonly Part[]): RenderedMail => ({
  subject,
  preheader,
  html: emailDocument({
    title: subject,
    preheader,
    body: markup`${parts.map((p, i) => markup`${i > 0 ? gap(10) : ''}${p.html}`)}`,
  }),
  // Belt and braces: whatever reached the text, it leaves without controls or bidi overrides.
  text: `${cleanText(parts.map((p) => p.text).join('\n\n'))}\n`,
});

/* ------------------------------------------------------------------ alert ------------------------------------------------------------------ */

/** `[CRITICAL] Threat – Kingsmead Academy` (escalations: `[CRITICAL] Escalated: Threat – …`). */
export const alertSubject = (flag: Flag, config: Config, escalated = false): string =>
  headerText(
    `[${SEVERITY_WORD[flag.severity]}] ${escalated ? 'Escalated: ' : ''}${KIND_LABEL[flag.kind]} – ${scopesName(config, flag.scopes)}`,
    150,
  );

const subjectParts = (flag: Flag, ctx: AlertContext): Part[] => {
  const post = flag.post ? [postPart(flag, flag.post, ctx)] : [];
  switch (flag.kind) {
    case 'unapproved_account':
      return [accountPart(flag, ctx)];
    case 'volume_spike':
      return [spikePart(flag, ctx)];
    case 'register_gap':
      return [registerGapPart(flag, ctx)];
    case 'hold_breach':
      return [...post, holdPart(flag, ctx)];
    case 'takedown_overdue':
      return [...post, takedownPart(flag, ctx)];
    default:
      return post;
  }
};

export const renderAlert = (flag: Flag, recipient: Recipient, ctx: AlertContext): RenderedMail => {
  const subject = alertSubject(flag, ctx.config, ctx.escalation !== undefined);
  const em = emphasisFor(flag, recipient, ctx.config);
  const preheader = headerText(`${KIND_SUMMARY[flag.kind]} ${em?.short ?? ''}`, 180);
  const banner = bannerPart(flag, ctx);
  const esc = escalationPart(flag, ctx);
  const top: Part = esc
    ? { html: markup`${banner.html}${esc.html}`, text: `${banner.text}\n\n${esc.text}` }
    : banner;
  return assemble(subject, preheader, [
    top,
    ...subjectParts(flag, ctx),
    whyPart(flag),
    policyPart(flag, recipient, ctx),
    actionsPart(flag, ctx),
    toldPart(flag, recipient, ctx),
    footerPart(
      footerLines(
        ctx.config,
        ctx.timeZone,
        ctx.now,
        ctx.linksExpireAt,
        whyYou(flag, recipient, ctx),
        flag.id,
      ),
    ),
  ]);
};

/* ----------------------------------------------------------------- roll-up ----------------------------------------------------------------- */

export interface RollupContext {
  config: Config;
  timeZone: string;
  /** Epoch ms. */
  now: number;
  /** Signed links for one flag, for this recipient. */
  linksFor: (flag: Flag) => ActionLinks;
  linksExpireAt?: number;
}

const SMALL: Record<AlertAction, { label: string; style: ButtonStyle }> = {
  acknowledge: { label: 'Acknowledge', style: 'primary' },
  removal_requested: { label: 'Removal requested', style: 'dark' },
  declare_hold: { label: 'Posting hold', style: 'danger' },
  false_positive: { label: 'False positive', style: 'outline' },
};

/** Roll-up group order: the trust first, then academies in config order, then anything else. */
const scopeOrder = (config: Config, scopes: readonly string[]): number =>
  Math.min(
    ...scopes.map((s) => {
      if (s === 'trust') return -1;
      const i = config.academies.findIndex((a) => a.id === s);
      return i >= 0 ? i : config.academies.length;
    }),
  );

/**
 * Gmail clips messages over ~102 KB, hiding what is below. A full item is ~4 KB (four signed links), so
 * after this many items the rest are shown compactly (~1 KB: one line, the post link and Acknowledge);
 * about 50 flags fit before clipping.
 */
export const ROLLUP_FULL_ITEMS = 12;

const compactItem = (flag: Flag, ctx: RollupContext): Part => {
  const c = SEVERITY_COLOR[flag.severity];
  const when = formatTime(flag.createdAt, ctx.timeZone);
  const pl = flag.post ? postLink(flag.post.url, 'post') : undefined;
  const ack = safeHttpUrl(ctx.linksFor(flag).acknowledge);
  return {
    html: markup`<p style="margin:0 0 8px 0;font-size:14px;line-height:1.5;color:${COLOR.text};">${chip(SEVERITY_WORD[flag.severity], c.bg, c.fg)}${when}${pl ? markup` · ${pl.html}` : ''}${ack ? markup` · ${link(ack, 'Acknowledge')}` : ''}</p>`,
    text: [
      `* [${SEVERITY_WORD[flag.severity]}] ${when}`,
      pl ? `  ${pl.text}` : undefined,
      ack ? `  Acknowledge: ${ack}` : undefined,
    ]
      .filter((l): l is string => l !== undefined)
      .join('\n'),
  };
};

const rollupItem = (flag: Flag, ctx: RollupContext): Part => {
  const c = SEVERITY_COLOR[flag.severity];
  const when = formatTime(flag.createdAt, ctx.timeZone);
  const author = flag.post ? authorLine(flag.post) : undefined;
  // Never an excerpt of a safeguarding post, here or anywhere outside its own alert.
  const summary = flag.post && flag.kind !== 'safeguarding' ? excerpt(flag.post.text, 180) : undefined;
  const pl = flag.post ? postLink(flag.post.url, 'Open the post') : undefined;
  const acts = shownActions(flag, ctx.linksFor(flag));
  const h = markup`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;margin:0 0 12px 0;"><tr><td bgcolor="${COLOR.soft}" style="background-color:${COLOR.soft};border-left:4px solid ${c.edge};padding:10px 12px;color:${COLOR.text};word-wrap:break-word;overflow-wrap:anywhere;">
${chip(SEVERITY_WORD[flag.severity], c.bg, c.fg)}<span style="font-size:13px;color:${COLOR.muted};">${when}${author ? ` · ${author}` : ''}</span>
${summary ? markup`<div dir="auto" style="margin:6px 0;font-size:16px;line-height:1.45;color:${COLOR.text};unicode-bidi:isolate;">${summary}</div>` : ''}
${para(flag.explanation, { size: 14, muted: true, margin: '4px 0 6px 0' })}
${pl ? para(pl.html, { size: 14, margin: '0 0 8px 0' }) : ''}
<div>${acts.map((a) => smallButton(a.url, SMALL[a.action].label, SMALL[a.action].style))}</div>
</td></tr></table>`;
  const t = [
    `* [${SEVERITY_WORD[flag.severity]}] ${when}${author ? ` · ${author}` : ''}`,
    summary ? `  "${summary}"` : undefined,
    `  Why: ${cleanText(flag.explanation)}`,
    pl ? `  ${pl.text}` : undefined,
    ...acts.map((a) => `  ${SMALL[a.action].label}: ${a.url}`),
  ]
    .filter((l): l is string => l !== undefined)
    .join('\n');
  return { html: h, text: t };
};

const bySeverityThenTime = (a: Flag, b: Flag): number =>
  SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.createdAt.localeCompare(b.createdAt);

export const renderRollup = (
  flags: readonly Flag[],
  recipient: Recipient,
  ctx: RollupContext,
): RenderedMail => {
  const { config } = ctx;
  const groups = new Map<string, { order: number; byKind: Map<FindingKind, Flag[]> }>();
  for (const f of flags) {
    const key = scopesName(config, f.scopes);
    const g = groups.get(key) ?? {
      order: scopeOrder(config, f.scopes),
      byKind: new Map<FindingKind, Flag[]>(),
    };
    groups.set(key, g);
    g.byKind.set(f.kind, [...(g.byKind.get(f.kind) ?? []), f]);
  }
  const ordered = [...groups.entries()].sort((a, b) => a[1].order - b[1].order || a[0].localeCompare(b[0]));
  const counts = new Map<Severity, number>();
  for (const f of flags) counts.set(f.severity, (counts.get(f.severity) ?? 0) + 1);
  const countWords = (['critical', 'high', 'medium', 'low'] as const)
    .filter((s) => (counts.get(s) ?? 0) > 0)
    .map((s) => `${counts.get(s)} ${s}`)
    .join(', ');
  const n = flags.length;
  const where =
    ordered.length === 1
      ? (ordered[0]?.[0] ?? config.trust.name)
      : ordered.length === 0
        ? oneLine(config.trust.name)
        : `${ordered.length} places`;
  const subject = headerText(`Daily roll-up – ${n} to review – ${where}`, 150);
  const preheader = headerText(
    n === 0
      ? 'Nothing to review today.'
      : `${n} lower-priority alert${n === 1 ? '' : 's'} to review: ${countWords}.`,
    180,
  );
  const day = formatTime(ctx.now, ctx.timeZone);
  const lead = n === 0 ? 'Nothing new today.' : `Medium and low alerts: ${countWords}.`;
  const forWhom = `For ${describeRecipient(config, recipient)} · ${day}`;

  const banner: Part = {
    html: row(
      markup`<div style="font-size:13px;line-height:18px;font-weight:700;letter-spacing:1px;color:#ffffff;">DAILY ROLL-UP</div>
<div style="margin:4px 0 6px 0;font-size:24px;line-height:1.25;font-weight:800;color:#ffffff;">${n} to review</div>
<div style="font-size:15px;line-height:1.45;color:#ffffff;">${lead}${n > 0 ? ' None of these needed you at once; please look when you can.' : ''}</div>
<div style="margin-top:6px;font-size:14px;color:#ffffff;">${forWhom}</div>`,
      { bg: '#374151', padding: '18px 18px' },
    ),
    text: [`DAILY ROLL-UP – ${n} to review`, lead, forWhom].join('\n'),
  };

  const kindCounts = (g: { byKind: Map<FindingKind, Flag[]> }): string =>
    [...g.byKind.entries()].map(([k, fs]) => `${fs.length} ${KIND_LABEL[k].toLowerCase()}`).join(', ');
  const overview: Part[] =
    ordered.length > 1
      ? [
          {
            html: row(
              markup`${heading('At a glance')}${bullets(ordered.map(([name, g]) => markup`${strong(name)}: ${kindCounts(g)}`))}`,
            ),
            text: textSection(
              'At a glance',
              ordered.map(([name, g]) => `  - ${name}: ${kindCounts(g)}`),
            ),
          },
        ]
      : [];

  // The first ROLLUP_FULL_ITEMS in display order get full items; the rest compact ones.
  const displayOrder = ordered.flatMap(([, g]) =>
    [...g.byKind.entries()]
      .sort(([a], [b]) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b))
      .flatMap(([, fs]) => [...fs].sort(bySeverityThenTime)),
  );
  const full = new Set(displayOrder.slice(0, ROLLUP_FULL_ITEMS));
  const groupParts: Part[] = ordered.map(([name, g]) => {
    const kinds = [...g.byKind.keys()].sort((a, b) => FINDING_KINDS.indexOf(a) - FINDING_KINDS.indexOf(b));
    const kindParts = kinds.map((k) => {
      const list = [...(g.byKind.get(k) ?? [])].sort(bySeverityThenTime);
      const policy = list[0]?.policy;
      const items = list.map((f) => (full.has(f) ? rollupItem(f, ctx) : compactItem(f, ctx)));
      const policyLine = policy ? `${policy.clauses.join(', ')}: ${policy.action}` : undefined;
      return {
        html: markup`<h3 style="margin:14px 0 4px 0;font-size:16px;line-height:1.3;font-weight:700;color:${COLOR.text};">${KIND_LABEL[k]} (${list.length})</h3>
${policyLine ? para(policyLine, { muted: true, size: 13, margin: '0 0 8px 0' }) : ''}
${items.map((i) => i.html)}`,
        text: [
          `${KIND_LABEL[k]} (${list.length})`,
          policyLine ? `Policy: ${cleanText(policyLine)}` : undefined,
          ...items.map((i) => i.text),
        ]
          .filter((l): l is string => l !== undefined)
          .join('\n'),
      };
    });
    return {
      html: row(markup`${heading(name)}${kindParts.map((p) => p.html)}`),
      text: textSection(
        name,
        kindParts.map((p) => `${p.text}\n`),
      ),
    };
  });

  const footer = footerPart(
    footerLines(
      config,
      ctx.timeZone,
      ctx.now,
      ctx.linksExpireAt,
      `You are receiving this because you are ${roleOf(config, recipient, true)}. Critical and high alerts are emailed at once; medium and low ones wait for this daily roll-up (at ${config.alerts.rollupTime}).`,
    ),
  );
  return assemble(subject, preheader, [banner, ...overview, ...groupParts, footer]);
};
