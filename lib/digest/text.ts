/**
 * The digest's plain-text part: the same sections and the same numbers as the HTML, for clients that
 * show text only, screen readers, and filters that read the text part. Lines stay short (≤ 78 chars
 * where the content allows); charts become numbers plus a block-character sparkline (▁▂▃▅▇).
 */
import type { Config } from '../config/schema';
import { KIND_LABEL, SEVERITIES } from '../domain/kinds';
import type { Severity } from '../domain/kinds';
import type { DigestData, Scorecard } from './aggregate';
import { age, intl, localDay, localTime, longDate, oneLine, plural, signedAscii, usd } from './format';

const BLOCKS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'] as const;

/** "▁▃█▂▁▁▁" for a series; a space-free string the same length as the input. */
export const textSparkline = (values: readonly number[]): string => {
  const max = Math.max(0, ...values);
  return values
    .map((v) => (max <= 0 || v <= 0 ? BLOCKS[0] : BLOCKS[Math.min(7, Math.round((v / max) * 7))]))
    .join('');
};

const sevLine = (counts: Record<Severity, number>): string => {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length > 0 ? parts.join(', ') : 'no flags';
};

const arrow = (delta: number | null): string =>
  delta === null ? 'n/a' : delta > 0 ? `up ${delta}` : delta < 0 ? `down ${-delta}` : 'no change';

const heading = (title: string): string =>
  `\n${title.toUpperCase()}\n${'-'.repeat(Math.min(78, title.length))}\n`;

const scorecardText = (c: Scorecard): string => {
  const s = c.sentiment;
  const lines = [
    `* ${c.name}${c.flags.total > 0 ? ` — ${plural(c.flags.total, 'flag')} (${sevLine(c.flags.bySeverity)})` : ''}`,
    `  Posts ${c.official} (${arrow(c.official - c.officialLastWeek)}), mentions ${c.mentions} (${arrow(
      c.mentions - c.mentionsLastWeek,
    )}), sentiment ${signedAscii(s.index)} (${arrow(s.vsLastWeek)} on last week, 4-week avg ${signedAscii(s.avg4)})`,
    `  Mentions Mon-Sun: ${c.days.map((d) => d.mentions).join(' ')}  ${textSparkline(c.days.map((d) => d.mentions))}`,
  ];
  if (c.flags.byKind.length > 0)
    lines.push(`  Flags: ${c.flags.byKind.map((k) => `${k.label} ${k.count}`).join(', ')}`);
  return lines.join('\n');
};

export const renderText = (d: DigestData, config: Config, csvName: string): string => {
  const zone = config.trust.timeZone;
  const t = d.total;
  const out: string[] = [];
  out.push(`TrustWatch weekly reputation digest — ${d.trust.name}`);
  out.push(`Week ${d.week.id.slice(6)}: ${d.week.label}`);

  const attention: string[] = [];
  if (d.open.overdue.length > 0)
    attention.push(`${plural(d.open.overdue.length, 'critical/high flag')} open past the escalation time`);
  if (d.open.takedownsOverdue > 0) attention.push(`${plural(d.open.takedownsOverdue, 'take-down')} overdue`);
  if (d.accounts.unapproved.length > 0)
    attention.push(
      `${plural(d.accounts.unapproved.length, 'unapproved account')} presenting as the trust or an academy`,
    );
  if (d.usage.status === 'over') attention.push('X spend is over the monthly budget');
  else if (d.usage.status === 'at_risk') attention.push('X spend is projected to exceed the monthly budget');
  if (d.policy.status === 'overdue') attention.push('the social media policy review is overdue');
  else if (d.policy.status === 'due_soon')
    attention.push('the social media policy review is due within 30 days');
  if (attention.length > 0) out.push(heading('Needs attention') + attention.map((a) => `* ${a}`).join('\n'));

  out.push(
    heading('At a glance') +
      [
        `Flags raised: ${t.flags.total} (${arrow(t.flags.total - t.flags.lastWeek)} on last week): ${sevLine(t.flags.bySeverity)}`,
        `Open now: ${d.open.unacknowledged.length + d.open.takedowns.length} (${d.open.overdue.length + d.open.takedownsOverdue} overdue, ${plural(
          d.open.takedowns.length,
          'take-down',
        )} pending)`,
        `Public sentiment: ${signedAscii(t.sentiment.index)} (${arrow(t.sentiment.vsLastWeek)} on last week, 4-week avg ${signedAscii(
          t.sentiment.avg4,
        )}; ${plural(t.sentiment.samples, 'mention')})`,
        `X spend (${d.usage.month}): ${usd(d.usage.usd)} of ${usd(d.usage.budgetUsd)} (${d.usage.pctOfBudget}%)${
          d.usage.projectedUsd !== null ? `, projected ${usd(d.usage.projectedUsd)}` : ''
        }`,
      ].join('\n'),
  );

  out.push(
    heading('Trends') +
      [
        `Flags per week:    ${t.weeks.map((w) => `W${w.id.slice(6)} ${w.flags}`).join(' | ')}  ${textSparkline(
          t.weeks.map((w) => w.flags),
        )}`,
        `Mentions per week: ${t.weeks.map((w) => `W${w.id.slice(6)} ${w.mentions}`).join(' | ')}  ${textSparkline(
          t.weeks.map((w) => w.mentions),
        )}`,
        `Sentiment by week: ${t.weeks.map((w) => `W${w.id.slice(6)} ${signedAscii(w.sentiment)}`).join(' | ')}`,
        `Mentions by day:   ${t.days.map((x) => `${x.weekday} ${x.mentions}`).join(' | ')}  ${textSparkline(
          t.days.map((x) => x.mentions),
        )}`,
      ].join('\n'),
  );

  out.push(
    heading('Most concerning posts') +
      (d.concerns.length === 0
        ? 'No posts were flagged this week.'
        : d.concerns
            .map(
              (c, i) =>
                `${i + 1}. [${c.severity}] ${c.kinds.map((k) => KIND_LABEL[k]).join(' + ')} — ${c.scopeNames.join(', ')}\n` +
                `   "${oneLine(c.text, 280)}"\n` +
                `   ${c.author}${c.source === 'official' ? ' (official account)' : ''}, ${localTime(c.postedAt, zone)}, ${c.status.replace(
                  /_/g,
                  ' ',
                )}\n   ${c.url}`,
            )
            .join('\n\n')),
  );

  out.push(
    heading('Flags by kind') +
      (t.flags.byKind.length === 0
        ? 'No flags were raised this week.'
        : t.flags.byKind.map((k) => `${k.label}: ${k.count} (worst: ${k.worst})`).join('\n') +
          (d.falsePositives > 0 ? `\n(${plural(d.falsePositives, 'flag')} marked a false positive.)` : '')),
  );

  out.push(heading('Academies (most concerning first)') + d.scorecards.map(scorecardText).join('\n\n'));

  const o = d.open;
  out.push(
    heading(`Open items (as of ${localTime(o.asOf, zone)})`) +
      [
        o.unacknowledged.length === 0
          ? 'Nothing is waiting for acknowledgement.'
          : `${plural(o.unacknowledged.length, 'flag')} not yet acknowledged (${sevLine(o.bySeverity)}); ${o.overdue.length} past the escalation time.`,
        ...o.urgent
          .slice(0, 10)
          .map(
            (i) =>
              `* [${i.severity}] ${KIND_LABEL[i.kind]} — ${i.scopeNames.join(', ')}, open ${age(i.ageHours)}${
                i.overdue ? ' OVERDUE' : ''
              }${i.escalated ? ' (escalated to the CEO)' : ''}${i.url !== undefined ? `\n  ${i.url}` : ''}`,
          ),
        ...(o.urgent.length > 10
          ? [`… and ${o.urgent.length - 10} more critical or high, newer than those above.`]
          : []),
        ...(o.minor.length > 0
          ? [
              'Medium and low, still open (sent in the daily roll-up):',
              ...o.minor
                .slice(0, 8)
                .map(
                  (g) =>
                    `* ${g.count} ${KIND_LABEL[g.kind]} [${g.severity}] — ${g.scopeNames.join(', ')} (oldest ${age(g.oldestHours)})`,
                ),
              ...(o.minor.length > 8
                ? [
                    `… and ${o.minor.slice(8).reduce((n, g) => n + g.count, 0)} more in ${o.minor.length - 8} smaller groups.`,
                  ]
                : []),
            ]
          : []),
        o.takedowns.length === 0 ? 'No take-downs pending.' : 'Take-downs requested, post still up:',
        ...o.takedowns.map(
          (x) =>
            `* [${x.severity}] ${KIND_LABEL[x.kind]} — ${x.scopeNames.join(', ')}, requested ${age(x.hoursSinceRequest)} ago${
              x.overdue ? ' OVERDUE' : ''
            }${x.url !== undefined ? `\n  ${x.url}` : ''}`,
        ),
      ].join('\n'),
  );

  out.push(
    heading('Posting holds') +
      (d.holds.length === 0
        ? 'No posting hold was in force this week.'
        : d.holds
            .map(
              (h) =>
                `* ${h.scopeName}: ${h.reason}\n  ${localTime(h.startsAt, zone)} -> ${
                  h.endsAt !== undefined ? localTime(h.endsAt, zone) : 'still in force'
                }, ${h.hoursInWeek} h this week, declared by ${h.declaredBy}${
                  h.breaches > 0 ? `; ${plural(h.breaches, 'post')} during the hold` : ''
                }`,
            )
            .join('\n')),
  );

  out.push(
    heading('Accounts') +
      [
        'Unapproved accounts:',
        ...(d.accounts.unapproved.length === 0
          ? ['  none open']
          : d.accounts.unapproved.map(
              (a) =>
                `* ${a.username !== undefined ? `@${a.username}` : a.flagId}${a.name !== undefined ? ` "${a.name}"` : ''} presents as ${
                  a.scopeName
                } (first seen ${localDay(a.firstSeen, zone)}, ${a.status.replace(/_/g, ' ')})${a.url !== undefined ? `\n  ${a.url}` : ''}`,
            )),
        'Register gaps:',
        ...(d.accounts.registerGaps.length === 0
          ? ['  none']
          : d.accounts.registerGaps.map(
              (g) =>
                `* @${g.handle} (${g.ownerName}): ${g.problems.join('; ')}${g.knownGap !== undefined ? `\n  Recorded: ${g.knownGap}` : ''}`,
            )),
      ].join('\n'),
  );

  const u = d.usage;
  out.push(
    heading('X usage and spend') +
      `${usd(u.usd)} of ${usd(u.budgetUsd)} (${u.pctOfBudget}%) for ${u.month}, ${u.daysElapsed} of ${u.daysInMonth} days${
        u.projectedUsd !== null ? `; projected ${usd(u.projectedUsd)} (${u.projectedPct}%)` : ''
      }.\n${intl(u.postReads)} post reads, ${intl(u.userReads)} user reads, ${intl(u.requests)} requests.`,
  );

  const p = d.policy;
  out.push(
    heading('Policy review') +
      `${p.name}: ${
        p.nextReviewDate === undefined || p.daysUntil === undefined
          ? 'no review date set (policy.nextReviewDate).'
          : p.daysUntil < 0
            ? `review was due ${longDate(p.nextReviewDate)} (${plural(-p.daysUntil, 'day')} ago).`
            : `next review ${longDate(p.nextReviewDate)} (in ${plural(p.daysUntil, 'day')}).`
      }`,
  );

  if (d.warnings.length > 0) out.push(heading('Data problems') + d.warnings.map((w) => `* ${w}`).join('\n'));

  out.push(
    `\n--\nThe attached ${csvName} lists all ${plural(d.weekFlags.length, 'flag')} raised this week.\n` +
      'Sentiment index: mean sentiment of public posts mentioning the trust or an academy, -100 to +100.\n' +
      'A post about two academies counts for each; the trust totals count it once.\n' +
      `Generated ${localTime(d.generatedAt, zone)} (${zone}) by TrustWatch.`,
  );
  return out.join('\n') + '\n';
};
