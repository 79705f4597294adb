/**
 * The digest's HTML part: one self-contained document a COO can read on a phone.
 *
 * Email-client rules followed here (Gmail, Outlook, Apple Mail):
 *   - layout with tables, all CSS inline; no <style> dependence, no script, no external images or fonts,
 *     no SVG (see ./charts.ts for how charts are drawn);
 *   - one column, max-width 600 px, every table `width:100%` with `table-layout:fixed`, so at 375 px the
 *     content narrows instead of overflowing; the only side-by-side blocks are 2-up tiles and charts,
 *     which fit in 2 × 160 px; Outlook for Windows, which ignores max-width, gets a 600 px ghost table
 *     inside an MSO conditional comment;
 *   - text from posts, names and handles can be long and unbroken (URLs, "aaaaaaaa…"): every cell that
 *     shows such text has `word-break:break-word;overflow-wrap:anywhere`, and post text has dir="auto"
 *     so right-to-left or bidi-override text stays inside its own box;
 *   - everything from posts or the config is escaped (./format.ts `esc`); links must be http(s).
 */
import type { Config } from '../config/schema';
import { KIND_LABEL, SEVERITIES } from '../domain/kinds';
import type { FindingKind, Severity } from '../domain/kinds';
import type { DigestData, Scorecard } from './aggregate';
import type { Bar } from './charts';
import { columnChart, divergingBar, hbar, sparkline } from './charts';
import {
  age,
  esc,
  intl,
  localDay,
  localTime,
  longDate,
  oneLine,
  plural,
  safeUrl,
  signed,
  usd,
} from './format';

export const COLORS = {
  ink: '#1f2937',
  muted: '#6b7280',
  line: '#e5e7eb',
  page: '#eef1f4',
  brand: '#0f3d3e',
  link: '#0e7490',
  pos: '#15803d',
  neg: '#b91c1c',
  mention: '#60a5fa',
} as const;

export const SEV_FG: Record<Severity, string> = {
  critical: '#b91c1c',
  high: '#c2410c',
  medium: '#92400e',
  low: '#4b5563',
};
const SEV_BG: Record<Severity, string> = {
  critical: '#fee2e2',
  high: '#ffedd5',
  medium: '#fef3c7',
  low: '#eef0f3',
};
export const SEV_BAR: Record<Severity, string> = {
  critical: '#dc2626',
  high: '#f97316',
  medium: '#eab308',
  low: '#9ca3af',
};

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif";
const WRAP = 'word-break:break-word;overflow-wrap:anywhere';
const T = 'role="presentation" width="100%" cellpadding="0" cellspacing="0"';
const TS = 'width:100%;table-layout:fixed';
const LABEL = `font-size:11px;color:${COLORS.muted};text-transform:uppercase;letter-spacing:.04em`;
const SMALL = `font-size:12px;color:${COLORS.muted}`;

/** A pill; spaces become no-break spaces so a pill never splits across lines. */
const chip = (text: string, fg: string, bg: string): string =>
  `<span style="padding:1px 6px;border-radius:9px;background:${bg};color:${fg};font-size:12px;font-weight:600">${esc(
    text,
  ).replace(/ /g, '&nbsp;')}</span> `;

const sevChip = (s: Severity, text: string = s): string => chip(text, SEV_FG[s], SEV_BG[s]);

const link = (url: string | undefined, text: string): string => {
  const u = safeUrl(url);
  return u === undefined
    ? esc(text)
    : `<a href="${esc(u)}" style="color:${COLORS.link};text-decoration:underline">${esc(text)}</a>`;
};

const section = (title: string, body: string, intro?: string): string =>
  `<tr><td style="padding:20px 16px 4px;${FONT};color:${COLORS.ink}"><h2 style="margin:0 0 ${
    intro ? 2 : 10
  }px;font-size:17px;line-height:1.3;color:${COLORS.brand}">${esc(title)}</h2>${
    intro ? `<p style="margin:0 0 10px;${SMALL}">${esc(intro)}</p>` : ''
  }${body}</td></tr>`;

const para = (html: string, style = ''): string =>
  `<p style="margin:0 0 8px;font-size:14px;line-height:1.45;${style}">${html}</p>`;

/** ▲/▼ with a colour: `goodWhenUp` decides whether up is green (sentiment) or red (flags). */
const trend = (delta: number | null, goodWhenUp: boolean, suffix = ''): string => {
  if (delta === null) return `<span style="color:${COLORS.muted}">–${esc(suffix)}</span>`;
  if (delta === 0) return `<span style="color:${COLORS.muted}">= 0${esc(suffix)}</span>`;
  const up = delta > 0;
  const color = up === goodWhenUp ? COLORS.pos : COLORS.neg;
  return `<span style="color:${color}">${up ? '▲' : '▼'}&nbsp;${Math.abs(delta)}</span>${
    suffix ? `<span style="color:${COLORS.muted}">${esc(suffix)}</span>` : ''
  }`;
};

const sentimentColor = (v: number | null): string =>
  v === null ? COLORS.muted : v >= 10 ? COLORS.pos : v <= -10 ? COLORS.neg : COLORS.ink;

const sevSummary = (counts: Record<Severity, number>): string => {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => sevChip(s, `${counts[s]} ${s}`));
  return parts.length > 0 ? parts.join('') : `<span style="${SMALL}">no flags</span>`;
};

// ------------------------------------------------------------------------------------------ parts

const header = (d: DigestData): string =>
  `<tr><td style="background:${COLORS.brand};padding:18px 16px;${FONT};color:#ffffff">` +
  `<div style="font-size:12px;letter-spacing:.08em;text-transform:uppercase;color:#a7d3d4">TrustWatch · weekly reputation digest</div>` +
  `<div style="font-size:22px;font-weight:700;line-height:1.25;margin:4px 0">${esc(d.trust.name)}</div>` +
  `<div style="font-size:14px;color:#d7ecec">Week ${esc(d.week.id.slice(6))} · ${esc(d.week.label)}</div></td></tr>`;

const attention = (d: DigestData): string => {
  const items: string[] = [];
  if (d.open.overdue.length > 0)
    items.push(`${plural(d.open.overdue.length, 'critical/high flag')} open past the escalation time`);
  if (d.open.takedownsOverdue > 0)
    items.push(`${plural(d.open.takedownsOverdue, 'take-down')} overdue (post still visible)`);
  if (d.accounts.unapproved.length > 0)
    items.push(
      `${plural(d.accounts.unapproved.length, 'unapproved account')} presenting as the trust or an academy`,
    );
  if (d.usage.status === 'over') items.push('X spend is over the monthly budget');
  else if (d.usage.status === 'at_risk') items.push('X spend is projected to exceed the monthly budget');
  if (d.policy.status === 'overdue') items.push('the social media policy review is overdue');
  else if (d.policy.status === 'due_soon') items.push('the social media policy review is due within 30 days');
  if (items.length === 0) return '';
  return `<tr><td style="padding:12px 16px 0;${FONT}"><div style="background:#fff7ed;border:1px solid #fdba74;border-left:4px solid #c2410c;border-radius:4px;padding:10px 12px;color:#7c2d12;font-size:14px;line-height:1.45"><b>Needs attention</b><br>${items
    .map((i) => `• ${esc(i)}`)
    .join('<br>')}</div></td></tr>`;
};

/** A 2-up tile: the cell itself is the card, so both tiles in a row share one height. */
const tile = (label: string, value: string, sub: string): string =>
  `<td style="width:50%;vertical-align:top;border:1px solid ${COLORS.line};border-radius:6px;padding:10px 12px;background:#fafbfc"><div style="${LABEL}">${esc(
    label,
  )}</div><div style="font-size:24px;font-weight:700;line-height:1.3">${value}</div><div style="font-size:12px;line-height:1.4;color:${COLORS.muted}">${sub}</div></td>`;

const glance = (d: DigestData): string => {
  const t = d.total;
  const overdueAll = d.open.overdue.length + d.open.takedownsOverdue;
  const s = t.sentiment;
  const u = d.usage;
  const tiles = [
    tile(
      'Flags raised',
      intl(t.flags.total),
      `${trend(t.flags.total - t.flags.lastWeek, false)} vs last week<br>${sevSummary(t.flags.bySeverity)}`,
    ),
    tile(
      'Open now',
      intl(d.open.unacknowledged.length + d.open.takedowns.length),
      `${overdueAll > 0 ? `<b style="color:${COLORS.neg}">${overdueAll} overdue</b>` : '0 overdue'} · ${plural(
        d.open.takedowns.length,
        'take-down',
      )} pending`,
    ),
    tile(
      'Public sentiment',
      `<span style="color:${sentimentColor(s.index)}">${signed(s.index)}</span>`,
      `${trend(s.vsLastWeek, true)} vs last week · 4-wk avg ${signed(s.avg4)}<br>${plural(s.samples, 'mention')}`,
    ),
    tile(
      `X spend (${u.month})`,
      usd(u.usd),
      `of ${usd(u.budgetUsd)} (${u.pctOfBudget}%)${hbar(u.pctOfBudget, u.status === 'ok' ? '#0e7490' : COLORS.neg, 6)}${
        u.projectedUsd !== null ? `projected ${usd(u.projectedUsd)}` : ''
      }`,
    ),
  ];
  return section(
    'At a glance',
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="6" style="${TS}"><tr>${tiles[0]}${tiles[1]}</tr><tr>${tiles[2]}${tiles[3]}</tr></table>`,
  );
};

const trends = (d: DigestData): string => {
  const t = d.total;
  const weekLabel = (id: string): string => `W${id.slice(6)}`;
  const flagsBars: Bar[] = t.weeks.map((w, i) => ({
    value: w.flags,
    color: i === t.weeks.length - 1 ? '#c2410c' : '#fdba74',
    label: weekLabel(w.id),
  }));
  const mentionBars: Bar[] = t.weeks.map((w, i) => ({
    value: w.mentions,
    color: i === t.weeks.length - 1 ? '#2563eb' : '#93c5fd',
    label: weekLabel(w.id),
  }));
  const dayBars: Bar[] = t.days.map((day) => ({
    value: day.mentions,
    color: day.worst ? SEV_BAR[day.worst] : COLORS.mention,
    label: day.weekday,
  }));
  const sentimentRows = t.weeks
    .map(
      (w, i) =>
        `<tr><td style="width:64px;font-size:12px;color:${COLORS.muted};padding:2px 0">${weekLabel(w.id)}${
          i === t.weeks.length - 1 ? ' ◂' : ''
        }</td><td style="padding:2px 6px">${divergingBar(w.sentiment, COLORS.pos, COLORS.neg)}</td><td style="width:44px;text-align:right;font-size:13px;font-weight:600;color:${sentimentColor(
          w.sentiment,
        )}">${signed(w.sentiment)}</td></tr>`,
    )
    .join('');
  const caption = (s: string): string => `<div style="${LABEL};margin-bottom:4px">${esc(s)}</div>`;
  const body =
    `<table ${T} style="${TS}"><tr>` +
    `<td style="width:50%;vertical-align:top;padding:0 8px 0 0">${caption('Flags per week')}${columnChart(
      flagsBars,
      `Flags per week: ${t.weeks.map((w) => `${w.id} ${w.flags}`).join(', ')}`,
    )}</td>` +
    `<td style="width:50%;vertical-align:top;padding:0 0 0 8px">${caption('Mentions per week')}${columnChart(
      mentionBars,
      `Mentions per week: ${t.weeks.map((w) => `${w.id} ${w.mentions}`).join(', ')}`,
    )}</td></tr></table>` +
    `<div style="height:14px;line-height:14px;font-size:0">&nbsp;</div>${caption('Mentions this week, by day; colour: the day’s worst flag')}${columnChart(
      dayBars,
      `Mentions per day: ${t.days.map((x) => `${x.weekday} ${x.mentions}`).join(', ')}`,
      48,
    )}<div style="font-size:11px;color:${COLORS.muted};margin-top:4px">${(
      [
        ['critical', SEV_BAR.critical],
        ['high', SEV_BAR.high],
        ['medium', SEV_BAR.medium],
        ['low', SEV_BAR.low],
        ['no flag', COLORS.mention],
      ] as const
    )
      .map(([label, color]) => `<span style="color:${color}">■</span>&nbsp;${label}`)
      .join(' &nbsp; ')}</div>` +
    `<div style="height:14px;line-height:14px;font-size:0">&nbsp;</div>${caption('Public sentiment index, last five weeks')}<table ${T} style="${TS}">${sentimentRows}</table>`;
  return section('Trends', body);
};

const concerns = (d: DigestData, zone: string): string => {
  if (d.concerns.length === 0)
    return section('Most concerning posts', para('No posts were flagged this week.'));
  const cards = d.concerns
    .map((c, i) => {
      const kinds = c.kinds.map((k) => KIND_LABEL[k]).join(' + ');
      const status = c.status.replace(/_/g, ' ');
      return (
        `<tr><td style="padding:0 0 10px"><table ${T} style="${TS}"><tr><td style="border:1px solid ${COLORS.line};border-left:4px solid ${
          SEV_BAR[c.severity]
        };border-radius:4px;padding:10px 12px">` +
        `<div style="font-size:13px;line-height:1.5">${esc(String(i + 1))}. ${sevChip(c.severity)} <b>${esc(kinds)}</b> · ${esc(
          c.scopeNames.join(', '),
        )}</div>` +
        `<div dir="auto" style="margin:6px 0;font-size:14px;line-height:1.45;color:${COLORS.ink}">“${esc(
          oneLine(c.text, 280),
        )}”</div>` +
        `<div style="${SMALL};line-height:1.5">${esc(c.author)}${
          c.source === 'official' ? ' (official account)' : ''
        } · ${esc(localTime(c.postedAt, zone))} · ${esc(status)} · ${link(c.url, 'Open on X')}</div>` +
        `</td></tr></table></td></tr>`
      );
    })
    .join('');
  return section(
    'Most concerning posts',
    `<table ${T} style="${TS}">${cards}</table>`,
    'Ranked by severity, then the classifier’s score. False positives are left out.',
  );
};

const byKind = (d: DigestData): string => {
  const kinds = d.total.flags.byKind;
  if (kinds.length === 0) return section('Flags by kind', para('No flags were raised this week.'));
  const max = Math.max(...kinds.map((k) => k.count));
  const rows = kinds
    .map(
      (k) =>
        `<tr><td style="width:44%;font-size:13px;padding:3px 6px 3px 0">${esc(k.label)}</td><td style="padding:3px 0">${hbar(
          (k.count / max) * 100,
          SEV_BAR[k.worst],
          12,
        )}</td><td style="width:40px;text-align:right;font-size:13px;font-weight:600;padding:3px 0">${k.count}</td></tr>`,
    )
    .join('');
  const fp =
    d.falsePositives > 0
      ? para(
          `${plural(d.falsePositives, 'flag')} of these ${d.falsePositives === 1 ? 'was' : 'were'} marked a false positive.`,
          SMALL,
        )
      : '';
  return section(
    'Flags by kind',
    `<div style="margin-bottom:8px">${sevSummary(d.total.flags.bySeverity)}</div><table ${T} style="${TS}">${rows}</table>${fp}`,
    'Whole trust, each flag counted once. Bar colour: the most severe flag of that kind.',
  );
};

/** Short kind names for the per-academy lines (the full labels are in "Flags by kind"). */
export const SHORT_LABEL: Record<FindingKind, string> = {
  threat: 'Threat',
  safeguarding: 'Safeguarding',
  abuse: 'Abuse',
  profanity: 'Profanity',
  disparaging: 'Disparaging',
  media_enquiry: 'Media enquiry',
  personal_data: 'Personal data',
  pupil_identification: 'Pupil identifiable',
  sensitive_topic: 'Sensitive topic',
  solicitation: 'Solicitation',
  hold_breach: 'Hold breach',
  unapproved_account: 'Unapproved account',
  register_gap: 'Register gap',
  takedown_overdue: 'Take-down overdue',
  volume_spike: 'Mention storm',
};

/** "1 critical · 4 high" in the severities' colours (compact: 50 academies must stay under Gmail's clip). */
const sevText = (counts: Record<Severity, number>): string =>
  SEVERITIES.filter((x) => counts[x] > 0)
    .map((x) => `<b style="color:${SEV_FG[x]}">${counts[x]}&nbsp;${x}</b>`)
    .join(' · ');

/**
 * One academy: its name and flags by severity; posts, mentions, sentiment (with trend) and a
 * mentions-by-day sparkline in four fixed columns; flags by kind underneath. Labels are words next to
 * the numbers ("30 posts") rather than a header row, so each block reads on its own when scrolled to.
 */
const scorecard = (c: Scorecard): string => {
  const s = c.sentiment;
  const spark = sparkline(
    c.days.map((day) => ({ value: day.mentions, color: day.worst ? SEV_BAR[day.worst] : COLORS.mention })),
    `Mentions Mon–Sun: ${c.days.map((x) => x.mentions).join(' ')}`,
  );
  const kinds =
    c.flags.byKind.length > 0
      ? `<tr><td colspan="4" style="padding:2px 0 0;font-size:12px;color:#4b5563">${c.flags.byKind
          .map((k) => `${SHORT_LABEL[k.kind].replace(/ /g, '&nbsp;')}&nbsp;${k.count}`)
          .join(' · ')}</td></tr>`
      : '';
  return (
    `<tr><td colspan="4" style="padding:10px 0 3px;border-top:1px solid ${COLORS.line}"><b style="font-size:15px">${esc(
      c.name,
    )}</b><br>${c.flags.total > 0 ? `${plural(c.flags.total, 'flag')}: ${sevText(c.flags.bySeverity)}` : 'no flags'}</td></tr>` +
    `<tr valign="top"><td><b>${intl(c.official)}</b>&nbsp;posts<br>${trend(c.official - c.officialLastWeek, true)}</td>` +
    `<td><b>${intl(c.mentions)}</b>&nbsp;mentions<br>${trend(c.mentions - c.mentionsLastWeek, true)}</td>` +
    `<td>sentiment&nbsp;<b style="color:${sentimentColor(s.index)}">${signed(s.index)}</b><br>${trend(
      s.vsLastWeek,
      true,
    )} · avg&nbsp;${signed(s.avg4)}</td><td>${spark}</td></tr>${kinds}`
  );
};

const academies = (d: DigestData): string =>
  section(
    'Academies',
    `<table ${T} style="${TS};font-size:13px;line-height:1.4"><tr><td style="width:23%"></td><td style="width:25%"></td><td style="width:30%"></td><td style="width:22%"></td></tr>${d.scorecards
      .map(scorecard)
      .join('')}</table>`,
    'Trust-wide posts first, then academies, most concerning first. Posts: by official accounts. Sentiment: public mentions, −100 to +100; arrows compare with last week, avg is the four weeks before. Bars: mentions per day, Monday to Sunday, coloured by that day’s worst flag. A post about two academies counts for each.',
  );

const MAX_OPEN_SHOWN = 8;
const MAX_MINOR_SHOWN = 8;

const open = (d: DigestData, zone: string): string => {
  const o = d.open;
  const rows = o.urgent
    .slice(0, MAX_OPEN_SHOWN)
    .map(
      (i) =>
        `<tr><td style="padding:6px 0;border-top:1px solid ${COLORS.line};font-size:13px;line-height:1.45">${sevChip(
          i.severity,
        )}<b>${esc(KIND_LABEL[i.kind])}</b> · ${esc(i.scopeNames.join(', '))} · open&nbsp;${esc(age(i.ageHours))} ${
          i.overdue ? chip('overdue', '#ffffff', COLORS.neg) : ''
        }${i.escalated ? `<span style="${SMALL}">(escalated to the CEO)</span>` : ''}${
          i.excerpt !== undefined
            ? `<div dir="auto" style="color:#374151">“${esc(i.excerpt)}” <span style="${SMALL}">${esc(
                i.author ?? '',
              )} · ${link(i.url, 'open')}</span></div>`
            : `<div style="color:#374151">${esc(oneLine(i.explanation, 160))}</div>`
        }</td></tr>`,
    );
  const more =
    o.urgent.length > MAX_OPEN_SHOWN
      ? para(
          `… and ${o.urgent.length - MAX_OPEN_SHOWN} more critical or high, newer than those above.`,
          SMALL,
        )
      : '';
  const minor =
    o.minor.length === 0
      ? ''
      : `<div style="${LABEL};margin:12px 0 4px">Medium and low, still open (sent in the daily roll-up)</div><table ${T} style="${TS};font-size:13px;line-height:1.45">${o.minor
          .slice(0, MAX_MINOR_SHOWN)
          .map(
            (g) =>
              `<tr><td style="padding:4px 0;border-top:1px solid ${COLORS.line}"><b style="color:${SEV_FG[g.severity]}">${
                g.count
              }</b> ${esc(KIND_LABEL[g.kind])} · ${esc(g.scopeNames.join(', '))} <span style="${SMALL}">(oldest&nbsp;${esc(
                age(g.oldestHours),
              )})</span></td></tr>`,
          )
          .join('')}</table>${
          o.minor.length > MAX_MINOR_SHOWN
            ? para(
                `… and ${o.minor
                  .slice(MAX_MINOR_SHOWN)
                  .reduce(
                    (n, g) => n + g.count,
                    0,
                  )} more in ${o.minor.length - MAX_MINOR_SHOWN} smaller groups.`,
                SMALL,
              )
            : ''
        }`;
  const summary = para(
    o.unacknowledged.length === 0
      ? 'Nothing is waiting for acknowledgement.'
      : `<b>${plural(o.unacknowledged.length, 'flag')}</b> not yet acknowledged: ${sevText(o.bySeverity)}${
          o.overdue.length > 0
            ? ` — <b style="color:${COLORS.neg}">${o.overdue.length} past the escalation time</b>`
            : ''
        }.`,
  );
  const takedowns =
    o.takedowns.length === 0
      ? para('No take-downs pending.', SMALL)
      : `<div style="${LABEL};margin:12px 0 4px">Take-downs requested, post still up</div><table ${T} style="${TS}">${o.takedowns
          .map(
            (t) =>
              `<tr><td style="padding:6px 0;border-top:1px solid ${COLORS.line};font-size:13px;line-height:1.45">${sevChip(
                t.severity,
              )} <b>${esc(KIND_LABEL[t.kind])}</b> · ${esc(t.scopeNames.join(', '))} · requested ${esc(
                age(t.hoursSinceRequest),
              )} ago${t.requestedBy !== undefined ? ` by ${esc(t.requestedBy)}` : ''}${
                t.overdue ? ` ${chip('overdue', '#ffffff', COLORS.neg)}` : ''
              }${t.escalatedToCeo ? ` <span style="${SMALL}">(CEO told)</span>` : ''}${
                t.excerpt !== undefined
                  ? `<div dir="auto" style="color:#374151">“${esc(t.excerpt)}” <span style="${SMALL}">${esc(
                      t.author ?? '',
                    )} · ${link(t.url, 'open')}</span></div>`
                  : ''
              }</td></tr>`,
          )
          .join('')}</table>`;
  return section(
    'Open items',
    `${summary}${rows.length > 0 ? `<table ${T} style="${TS}">${rows.join('')}</table>` : ''}${more}${minor}${takedowns}`,
    `As of ${localTime(o.asOf, zone)}. Overdue: critical or high, unacknowledged past the escalation time.`,
  );
};

const holds = (d: DigestData, zone: string): string => {
  if (d.holds.length === 0) return section('Posting holds', para('No posting hold was in force this week.'));
  const rows = d.holds
    .map(
      (h) =>
        `<tr><td style="padding:6px 0;border-top:1px solid ${COLORS.line};font-size:13px;line-height:1.45"><b>${esc(
          h.scopeName,
        )}</b> — ${esc(h.reason)}<br><span style="${SMALL}">${esc(localTime(h.startsAt, zone))} → ${
          h.endsAt !== undefined ? esc(localTime(h.endsAt, zone)) : 'still in force'
        } · ${h.hoursInWeek} h this week · declared by ${esc(h.declaredBy)}</span>${
          h.breaches > 0
            ? `<br>${chip(`${plural(h.breaches, 'post')} during the hold`, SEV_FG.high, SEV_BG.high)}`
            : ''
        }</td></tr>`,
    )
    .join('');
  return section(
    'Posting holds',
    `<table ${T} style="${TS}">${rows}</table>`,
    'Holds in force at any time this week (CT §4.6).',
  );
};

const accounts = (d: DigestData, zone: string): string => {
  const { unapproved, registerGaps } = d.accounts;
  const un =
    unapproved.length === 0
      ? para('No unapproved accounts open.', SMALL)
      : `<table ${T} style="${TS}">${unapproved
          .map(
            (a) =>
              `<tr><td style="padding:6px 0;border-top:1px solid ${COLORS.line};font-size:13px;line-height:1.45"><b>${link(
                a.url,
                a.username !== undefined ? `@${a.username}` : a.flagId,
              )}</b>${a.name !== undefined ? ` “${esc(a.name)}”` : ''} presents as <b>${esc(a.scopeName)}</b><br><span style="${SMALL}">first seen ${esc(
                localDay(a.firstSeen, zone),
              )} · ${esc(a.status.replace(/_/g, ' '))}${
                a.reasons.length > 0 ? ` · ${esc(oneLine(a.reasons.join('; '), 160))}` : ''
              }</span></td></tr>`,
          )
          .join('')}</table>`;
  const gaps =
    registerGaps.length === 0
      ? para('The register has no known gaps.', SMALL)
      : `<table ${T} style="${TS}">${registerGaps
          .map(
            (g) =>
              `<tr><td style="padding:6px 0;border-top:1px solid ${COLORS.line};font-size:13px;line-height:1.45"><b>@${esc(
                g.handle,
              )}</b> (${esc(g.ownerName)}): ${esc(g.problems.join('; '))}${
                g.knownGap !== undefined
                  ? `<br><span style="${SMALL}">Recorded: ${esc(g.knownGap)}</span>`
                  : ''
              }</td></tr>`,
          )
          .join('')}</table>`;
  return section(
    'Accounts',
    `<div style="${LABEL};margin:0 0 4px">Unapproved accounts (SUAT §9, CT §4.4)</div>${un}<div style="${LABEL};margin:12px 0 4px">Register gaps (CT §4.4.2)</div>${gaps}`,
  );
};

const usage = (d: DigestData): string => {
  const u = d.usage;
  const color = u.status === 'ok' ? '#0e7490' : COLORS.neg;
  const row = (label: string, pct: number, value: string, c: string): string =>
    `<tr><td style="width:30%;font-size:13px;padding:3px 6px 3px 0">${esc(label)}</td><td style="padding:3px 0">${hbar(
      Math.min(100, pct),
      c,
      12,
    )}</td><td style="width:88px;text-align:right;font-size:13px;font-weight:600;padding:3px 0 3px 6px">${esc(value)}</td></tr>`;
  const body =
    `<table ${T} style="${TS}">${row('Spent', u.pctOfBudget, `${usd(u.usd)} · ${u.pctOfBudget}%`, color)}${
      u.projectedUsd !== null && u.projectedPct !== null
        ? row(
            'Projected',
            u.projectedPct,
            `${usd(u.projectedUsd)} · ${u.projectedPct}%`,
            u.status === 'ok' ? '#67b7c9' : COLORS.neg,
          )
        : ''
    }</table>` +
    para(
      `Budget ${usd(u.budgetUsd)} for ${esc(u.month)} (UTC month, ${u.daysElapsed} of ${u.daysInMonth} days). ${intl(
        u.postReads,
      )} post reads, ${intl(u.userReads)} user reads, ${intl(u.requests)} requests.`,
      `${SMALL};margin-top:6px`,
    );
  return section('X usage and spend', body);
};

const policy = (d: DigestData): string => {
  const p = d.policy;
  const when =
    p.nextReviewDate === undefined || p.daysUntil === undefined
      ? 'No review date is set in the config (policy.nextReviewDate).'
      : p.daysUntil < 0
        ? `<b style="color:${COLORS.neg}">Review was due ${esc(longDate(p.nextReviewDate))} (${plural(-p.daysUntil, 'day')} ago).</b>`
        : p.daysUntil <= 30
          ? `<b style="color:#c2410c">Review due ${esc(longDate(p.nextReviewDate))} (in ${plural(p.daysUntil, 'day')}).</b>`
          : `Next review ${esc(longDate(p.nextReviewDate))} (in ${plural(p.daysUntil, 'day')}).`;
  return section('Policy review', para(`${esc(p.name)}: ${when}`));
};

const footer = (d: DigestData, zone: string, csvName: string): string => {
  const warn =
    d.warnings.length > 0
      ? `<p style="margin:0 0 8px;color:${COLORS.neg}">Some stored data could not be read and was left out: ${esc(
          d.warnings.slice(0, 5).join(' · '),
        )}${d.warnings.length > 5 ? ` (and ${d.warnings.length - 5} more)` : ''}.</p>`
      : '';
  return `<tr><td style="padding:20px 16px;${FONT};font-size:12px;line-height:1.5;color:${COLORS.muted};border-top:1px solid ${COLORS.line}">${warn}<p style="margin:0 0 8px">The attached ${esc(
    csvName,
  )} lists all ${plural(d.weekFlags.length, 'flag')} raised this week. Sentiment index: the mean sentiment of public posts mentioning the trust or an academy, from −100 (all hostile) to +100 (all warm). Counts come from TrustWatch’s daily counters; the trust totals count a post or flag once even when it concerns several academies.</p><p style="margin:0">Sent by TrustWatch for ${esc(
    d.trust.name,
  )} (SUAT §3, §13: the COO monitors how the policy works). Generated ${esc(localTime(d.generatedAt, zone))} (${esc(
    zone,
  )}).</p></td></tr>`;
};

export const preheader = (d: DigestData): string => {
  const t = d.total;
  return `${plural(t.flags.total, 'flag')} (${t.flags.bySeverity.critical} critical), ${
    d.open.unacknowledged.length
  } open (${d.open.overdue.length} overdue), sentiment ${signed(t.sentiment.index)}. ${d.trust.name}, ${d.week.shortLabel}.`;
};

export const renderHtml = (d: DigestData, config: Config, subject: string, csvName: string): string => {
  const zone = config.trust.timeZone;
  const body = [
    header(d),
    attention(d),
    glance(d),
    trends(d),
    concerns(d, zone),
    byKind(d),
    academies(d),
    open(d, zone),
    holds(d, zone),
    accounts(d, zone),
    usage(d),
    policy(d),
    footer(d, zone, csvName),
  ].join('\n');
  // No-break spaces as the character, not the 6-byte entity: a 50-academy digest has hundreds.
  return `<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta name="x-apple-disable-message-reformatting"><meta name="color-scheme" content="light only"><title>${esc(
    subject,
  )}</title></head>
<body style="margin:0;padding:0;background:${COLORS.page};-webkit-text-size-adjust:100%">
<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">${esc(preheader(d))}</div>
<table ${T} style="width:100%;background:${COLORS.page}"><tr><td align="center" style="padding:12px 8px">
<!--[if mso]><table role="presentation" width="600" cellpadding="0" cellspacing="0"><tr><td><![endif]-->
<table ${T} style="max-width:600px;${TS};background:#ffffff;border-radius:6px;${FONT};color:${COLORS.ink};${WRAP}">
${body}
</table>
<!--[if mso]></td></tr></table><![endif]-->
</td></tr></table>
</body></html>
`.replace(/&nbsp;/g, '\u00a0');
};
