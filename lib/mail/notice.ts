/**
 * One-off notices (lib/app/ports `Notice`): a posting hold starting or ending, or something the
 * operations contact must know. Same shell and escaping as alerts: banner, paragraphs, facts, optional
 * buttons (e.g. "Lift the hold", signed by the caller), who has it, footer.
 */
import type { Config } from '../config/schema';
import type { Recipient } from '../domain/flag';
import type { Notice } from '../app/ports';
import { cleanText, headerText, markup, oneLine, safeHttpUrl } from './escape';
import { describeRecipient, formatTime, roleOf } from './format';
import { COLOR, bullets, button, emailDocument, facts, gap, heading, para, row } from './layout';
import type { RenderedMail } from './render';

export interface NoticeContext {
  config: Config;
  timeZone: string;
  /** Epoch ms. */
  now: number;
  linksExpireAt?: number;
}

const BANNER: Record<Notice['kind'], { word: string; bg: string }> = {
  hold_start: { word: 'POSTING HOLD', bg: '#991b1b' },
  hold_end: { word: 'HOLD LIFTED', bg: '#166534' },
  operations: { word: 'TRUSTWATCH OPERATIONS', bg: '#374151' },
};

export const renderNotice = (notice: Notice, recipient: Recipient, ctx: NoticeContext): RenderedMail => {
  const subject = headerText(notice.subject, 150);
  const preheader = headerText(notice.paragraphs[0] ?? subject, 180);
  const b = BANNER[notice.kind];
  const links = (notice.links ?? []).flatMap((l) => {
    const url = safeHttpUrl(l.url);
    return url ? [{ label: l.label, url }] : [];
  });
  const me = recipient.email.toLowerCase();
  const who = (r: Recipient): string =>
    `${describeRecipient(ctx.config, r)}${r.email.toLowerCase() === me ? ' – you' : ''}`;
  const footer = [
    `You are receiving this because you are ${roleOf(ctx.config, recipient, true)}.`,
    ...(links.length > 0
      ? [
          `The buttons are personal to you: please do not forward this email.${
            ctx.linksExpireAt !== undefined
              ? ` They stop working on ${formatTime(ctx.linksExpireAt, ctx.timeZone)}.`
              : ''
          }`,
        ]
      : []),
    `Times are shown in ${ctx.timeZone === 'Europe/London' ? 'UK time (Europe/London)' : ctx.timeZone}. Sent ${formatTime(ctx.now, ctx.timeZone)}. Reference: ${oneLine(notice.id)}.`,
  ];

  const banner = row(
    markup`<div style="font-size:13px;line-height:18px;font-weight:700;letter-spacing:1px;color:#ffffff;">${b.word}</div>
<div style="margin:4px 0 0 0;font-size:21px;line-height:1.3;font-weight:800;color:#ffffff;">${subject}</div>`,
    { bg: b.bg, padding: '18px 18px' },
  );
  const content = row(
    markup`${notice.paragraphs.map((p) => para(p))}${notice.facts && notice.facts.length > 0 ? facts(notice.facts) : ''}`,
  );
  const buttons =
    links.length > 0
      ? markup`${gap(10)}${row(markup`${links.map((l) => button(l.url, oneLine(l.label), 'primary'))}${para('Each button opens a page where you confirm.', { muted: true, size: 13, margin: '0' })}`)}`
      : '';
  const audience = row(
    markup`${heading('Who has this notice')}${bullets(notice.to.map(who))}${notice.cc.length > 0 ? markup`${para('Copied:', { muted: true, size: 14, margin: '0 0 4px 0' })}${bullets(notice.cc.map(who))}` : ''}`,
  );
  const foot = row(markup`${footer.map((l) => para(l, { muted: true, size: 13, margin: '0 0 6px 0' }))}`, {
    bg: COLOR.page,
    padding: '12px 18px',
  });
  const body = markup`${banner}${gap(10)}${content}${buttons}${gap(10)}${audience}${gap(10)}${foot}`;

  const text = [
    `${b.word}: ${subject}`,
    '',
    ...notice.paragraphs.map((p) => `${cleanText(p)}\n`),
    ...(notice.facts ?? []).map(([k, v]) => `${cleanText(k)}: ${cleanText(v)}`),
    ...(links.length > 0 ? ['', ...links.map((l) => `${oneLine(l.label)}: ${l.url}`)] : []),
    '',
    'WHO HAS THIS NOTICE',
    ...notice.to.map((r) => `  - ${cleanText(who(r))}`),
    ...(notice.cc.length > 0 ? ['Copied:', ...notice.cc.map((r) => `  - ${cleanText(who(r))}`)] : []),
    '',
    '-- ',
    ...footer.map((l) => cleanText(l)),
  ].join('\n');

  return {
    subject,
    preheader,
    html: emailDocument({ title: subject, preheader, body }),
    text: `${cleanText(text)}\n`,
  };
};
