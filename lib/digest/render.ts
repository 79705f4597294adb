/**
 * The COO's weekly digest, part 2: DigestData → subject, HTML, plain text and CSV. Pure: no I/O, no
 * clock (times come from the data), so the same data renders to the same bytes.
 *
 *   subject  "Weekly digest 16–22 Nov 2026: 37 flags, 12 open (3 overdue) · Riverside Learning Trust"
 *   html     ./html.ts (tables + inline CSS, charts from ./charts.ts)
 *   text     ./text.ts (same sections, same numbers)
 *   csv      ./csv.ts (every flag of the week; RFC 4180; formula injection neutralised)
 */
import type { Config } from '../config/schema';
import type { DigestData } from './aggregate';
import { flagsCsv } from './csv';
import { renderHtml } from './html';
import { plural } from './format';
import { renderText } from './text';

export interface RenderedDigest {
  subject: string;
  html: string;
  text: string;
  csv: string;
  /** "trustwatch-flags-2026-W47.csv" */
  csvFilename: string;
}

export const csvFilename = (weekId: string): string => `trustwatch-flags-${weekId}.csv`;

export const digestSubject = (d: DigestData): string => {
  const open = d.open.unacknowledged.length + d.open.takedowns.length;
  const overdue = d.open.overdue.length + d.open.takedownsOverdue;
  return `Weekly digest ${d.week.shortLabel}: ${plural(d.total.flags.total, 'flag')}, ${open} open${
    overdue > 0 ? ` (${overdue} overdue)` : ''
  } · ${d.trust.name}`;
};

export const renderDigest = (data: DigestData, config: Config): RenderedDigest => {
  const subject = digestSubject(data);
  const name = csvFilename(data.week.id);
  return {
    subject,
    html: renderHtml(data, config, subject, name),
    text: renderText(data, config, name),
    csv: flagsCsv(data.weekFlags, config),
    csvFilename: name,
  };
};
