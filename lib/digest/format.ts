/**
 * Small formatting helpers shared by the digest's HTML, text and CSV renderers: escaping, numbers with
 * signs, local times in the trust's zone, ages. Pure functions, no I/O.
 *
 * Escaping: everything that reaches HTML from posts or config goes through `esc` (text and attribute
 * values: & < > " ' are all encoded), and links through `safeUrl`, which admits only http(s) URLs
 * (a post URL is built by TrustWatch, but an account URL comes from stored details).
 */
import { formatInZone, formatIso, isShowable, parseIsoMs } from '../app/time';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML text and attribute values; also drops C0 controls other than \n and \t. */
export const esc = (s: string): string =>
  s
    // eslint-disable-next-line no-control-regex -- removing control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
    .replace(/[&<>"']/g, (c) => ESC[c] ?? c);

/** An http(s) URL safe to put in href (escaped), or undefined. */
export const safeUrl = (url: string | undefined): string | undefined => {
  if (url === undefined || !URL.canParse(url)) return undefined;
  const u = new URL(url);
  return u.protocol === 'https:' || u.protocol === 'http:' ? u.toString() : undefined;
};

/** "+12", "−4" (true minus sign), "0"; "–" for null. */
export const signed = (n: number | null): string =>
  n === null ? '–' : n > 0 ? `+${n}` : n < 0 ? `\u2212${Math.abs(n)}` : '0';

/** ASCII variant for the plain-text part and CSV. */
export const signedAscii = (n: number | null): string =>
  n === null ? 'n/a' : n > 0 ? `+${n}` : n < 0 ? `-${Math.abs(n)}` : '0';

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

/** "Tue 17 Nov 21:37" in the zone. */
export const localTime = (iso: string, zone: string): string =>
  formatIso(iso, zone, 'EEE d LLL HH:mm', 'UTC');

/** "17 Nov 2026" in the zone. */
export const localDay = (iso: string, zone: string): string => formatIso(iso, zone, 'd LLL yyyy', 'UTC');

/** "45 min", "5 h", "3 d 4 h", with no-break spaces so an age never splits across lines. */
export const age = (hours: number): string => {
  const nb = '\u00a0';
  if (hours < 1) return `${Math.max(0, Math.round(hours * 60))}${nb}min`;
  if (hours < 48) return `${Math.floor(hours)}${nb}h`;
  const d = Math.floor(hours / 24);
  const h = Math.floor(hours - d * 24);
  return h === 0 ? `${d}${nb}d` : `${d}${nb}d${nb}${h}${nb}h`;
};

/** "31 January 2027" from "2027-01-31". */
export const longDate = (isoDate: string): string => {
  const ms = parseIsoMs(isoDate, 'UTC');
  return isShowable(ms, 'UTC') ? formatInZone(ms, 'UTC', 'd LLLL yyyy') : isoDate;
};

export const usd = (n: number): string => `$${n.toFixed(2)}`;

export const intl = (n: number): string => n.toLocaleString('en-GB');

/** Text flattened to one line, at most `max` characters (code points), with an ellipsis if cut. */
export const oneLine = (text: string, max: number): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
};
