/**
 * Words and times for emails: who a recipient is, where a flag is, when something happened.
 *
 * Times are stored as UTC ISO strings and shown in the trust's zone (Europe/London) via date-fns with
 * the zone's short name, e.g. "Tue 24 Nov 2026, 07:12 GMT" or "Wed 24 Jun 2026, 08:12 BST", with an
 * en-GB locale fixed here so the output does not depend on the machine's locale (the demo's .eml files
 * are compared byte for byte). Month names are date-fns's en-GB ones ("Sep"), as in the digest and
 * the CLI.
 */
import { tz } from '@date-fns/tz';
import { isSameDay } from 'date-fns';
import type { Config } from '../config/schema';
import type { Recipient } from '../domain/flag';
import {
  formatInZone as fmt,
  formatWithZoneName,
  isInstant,
  isShowable,
  parseIsoMs,
  zoneName,
} from '../app/time';
import { headerText, oneLine } from './escape';

const toMs = (at: string | number): number => (typeof at === 'number' ? at : parseIsoMs(at, 'UTC'));

/** "Tue 24 Nov 2026, 07:12 GMT"; an unparseable input is returned cleaned, as given. */
export const formatTime = (at: string | number, zone: string): string => {
  const ms = toMs(at);
  return isShowable(ms, zone)
    ? formatWithZoneName(ms, zone, 'EEE d LLL yyyy, HH:mm')
    : headerText(String(at), 40);
};

/** "06:00 and 07:00 GMT on Tue 24 Nov 2026" (same day) or two full times joined by "and". */
export const formatRange = (from: string | number, to: string | number, zone: string): string => {
  const a = toMs(from);
  const b = toMs(to);
  if (!isShowable(a, zone) || !isShowable(b, zone))
    return `${formatTime(from, zone)} and ${formatTime(to, zone)}`;
  if (isSameDay(a, b, { in: tz(zone) }) && zoneName(a, zone) === zoneName(b, zone))
    return `${fmt(a, zone, 'HH:mm')} and ${formatWithZoneName(b, zone, 'HH:mm')} on ${fmt(b, zone, 'EEE d LLL yyyy')}`;
  return `${formatTime(from, zone)} and ${formatTime(to, zone)}`;
};

/** "07:12 GMT" */
export const formatClock = (at: string | number, zone: string): string => {
  const ms = toMs(at);
  return isShowable(ms, zone) ? formatWithZoneName(ms, zone, 'HH:mm') : headerText(String(at), 40);
};

/** "Tue 24 Nov 2026" */
export const formatDay = (at: string | number, zone: string): string => {
  const ms = toMs(at);
  return isShowable(ms, zone) ? fmt(ms, zone, 'EEE d LLL yyyy') : headerText(String(at), 40);
};

/** Milliseconds of an ISO time, or undefined. */
export const isoMs = (at: string | undefined): number | undefined => {
  if (at === undefined) return undefined;
  const ms = parseIsoMs(at, 'UTC');
  return isInstant(ms) ? ms : undefined;
};

/** "2 h", "45 min", "3 days" */
export const formatDuration = (ms: number): string => {
  const min = Math.max(0, Math.round(ms / 60_000));
  if (min < 60) return `${min} min`;
  const h = Math.round(min / 6) / 10;
  if (h < 48) return `${Number.isInteger(h) ? h : h.toFixed(1)} h`;
  return `${Math.round(h / 24)} days`;
};

export const formatHours = (h: number): string => formatDuration(h * 3_600_000);

/** The name of an academy id, or the trust's name for "trust"; an unknown id is shown as it is. */
export const scopeName = (config: Config, scope: string): string => {
  if (scope === 'trust') return oneLine(config.trust.name);
  return oneLine(config.academies.find((a) => a.id === scope)?.name ?? scope);
};

/** "Kingsmead Academy", "Kingsmead Academy and Oakfield Academy", "Kingsmead Academy and 2 others" */
export const scopesName = (config: Config, scopes: readonly string[]): string => {
  const names = [...new Set(scopes.map((s) => scopeName(config, s)))];
  if (names.length <= 1) return names[0] ?? config.trust.name;
  if (names.length === 2) return `${names[0]} and ${names[1]}`;
  return `${names[0]} and ${names.length - 1} others`;
};

/**
 * The role a recipient plays, in words: "Principal of Kingsmead Academy", "CEO of Riverside …";
 * with `article`, ready for "you are …": "the Principal of Kingsmead Academy".
 */
export const roleOf = (config: Config, r: Recipient, article = false): string => {
  const role = oneLine(roleWords(config, r));
  return article && r.role !== 'admin' ? `the ${role}` : role;
};

const roleWords = (config: Config, r: Recipient): string => {
  const where = scopeName(config, r.scope);
  const academy = config.academies.find((a) => a.id === r.scope);
  switch (r.role) {
    case 'principal':
      return `${academy?.principal.title ?? 'Principal'} of ${where}`;
    case 'ceo':
      return `CEO of ${config.trust.name}`;
    case 'coo':
      return `COO of ${config.trust.name}`;
    case 'dsl':
      return `Designated Safeguarding Lead for ${where}`;
    case 'comms':
      return `comms lead for ${where}`;
    case 'admin':
      return `an administrator of an official account of ${where}`;
    case 'operations':
      return `TrustWatch operations contact for ${config.trust.name}`;
  }
};

/** "Mrs Angela Barrett (Principal of Kingsmead Academy)" */
export const describeRecipient = (config: Config, r: Recipient): string =>
  `${oneLine(r.name)} (${roleOf(config, r)})`;

export const percent = (score: number): string =>
  `${Math.round(Math.min(1, Math.max(0, Number.isFinite(score) ? score : 0)) * 100)}%`;
