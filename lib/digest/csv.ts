/**
 * The digest's CSV attachment: every flag raised in the week, one row each, for the COO to filter,
 * pivot and keep (SUAT §8: time, date and address of each post recorded).
 *
 * RFC 4180: CRLF line endings, a header row, fields containing a comma, quote, CR or LF are quoted and
 * quotes doubled. A UTF-8 byte-order mark leads the file so Excel reads curly quotes and emoji right.
 *
 * Spreadsheet formula injection (OWASP "CSV injection"): post text and names are written by strangers,
 * and a cell that starts with = + - @ (or a tab / carriage return, which some spreadsheets skip before
 * reading a formula) would be evaluated by Excel or Sheets. Every text cell that starts with one of
 * these gets a leading apostrophe, which spreadsheets show as plain text. Numbers are written from
 * numbers and never start with anything but a digit.
 */
import type { Config } from '../config/schema';
import type { Flag } from '../domain/flag';
import { KIND_LABEL } from '../domain/kinds';
import { scopeName } from './aggregate';
import { localTime } from './format';

const FORMULA_START = /^[=+\-@\t\r]/;

/** Neutralise a text cell that a spreadsheet would read as a formula. */
export const neutralise = (cell: string): string => (FORMULA_START.test(cell) ? `'${cell}` : cell);

/** Quote a cell per RFC 4180 when it needs it. */
export const quote = (cell: string): string =>
  /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;

export type CsvCell = string | number | undefined;

const cellText = (c: CsvCell): string =>
  c === undefined ? '' : typeof c === 'number' ? (Number.isFinite(c) ? String(c) : '') : quote(neutralise(c));

/** Rows → RFC 4180 text (CRLF after every record, the last included). */
export const toCsv = (rows: readonly (readonly CsvCell[])[]): string =>
  rows.map((r) => r.map(cellText).join(',') + '\r\n').join('');

export const CSV_COLUMNS = [
  'flag_id',
  'created_utc',
  'created_local',
  'kind',
  'kind_label',
  'severity',
  'status',
  'academies',
  'scope_ids',
  'source',
  /** The official account that posted (official posts), without "@". */
  'account',
  /** X username without "@" (so the cell does not start with a formula character), else the user id. */
  'author',
  'post_created_utc',
  'url',
  'excerpt',
  'score',
  'rule',
  'policy_clauses',
  'explanation',
  'acknowledged_at',
  'acknowledged_by',
  'removal_requested_at',
  'removal_requested_by',
  'resolved_at',
  'resolution',
  'escalated_at',
] as const;

const EXCERPT_MAX = 500;

const excerpt = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= EXCERPT_MAX ? flat : `${chars.slice(0, EXCERPT_MAX - 1).join('')}…`;
};

/** The week's flags as CSV (with a BOM), oldest first. */
export const flagsCsv = (flags: readonly Flag[], config: Config): string => {
  const zone = config.trust.timeZone;
  const rows: CsvCell[][] = flags.map((f) => [
    f.id,
    f.createdAt,
    localTime(f.createdAt, zone),
    f.kind,
    KIND_LABEL[f.kind],
    f.severity,
    f.status,
    f.scopes.map((s) => scopeName(config, s)).join('; '),
    f.scopes.join(' '),
    f.post?.source,
    f.post?.accountHandle,
    f.post ? (f.post.authorUsername ?? f.post.authorId) : undefined,
    f.post?.createdAt,
    f.post?.url,
    f.post ? excerpt(f.post.text) : undefined,
    Math.round(f.score * 1000) / 1000,
    f.rule,
    f.policy.clauses.join('; '),
    f.explanation,
    f.acknowledgedAt,
    f.acknowledgedBy,
    f.removalRequestedAt,
    f.removalRequestedBy,
    f.resolvedAt,
    f.resolution,
    f.escalatedAt,
  ]);
  return '\uFEFF' + toCsv([[...CSV_COLUMNS], ...rows]);
};
