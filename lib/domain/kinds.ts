/**
 * The finding kinds of DESIGN.md, their default severity, and the policy clause each one enforces.
 *
 * Content kinds come from the text of a post (lib/classify); event kinds come from context
 * (holds, the register, take-down timers, mention volume). The names are an interface: the
 * `trustwatch classify` JSON-lines output, summary.json and the digest CSV all use them verbatim.
 */
import * as z from '../zod';

export const CONTENT_KINDS = [
  'threat',
  'safeguarding',
  'abuse',
  'profanity',
  'disparaging',
  'media_enquiry',
  'personal_data',
  'pupil_identification',
  'sensitive_topic',
  'solicitation',
] as const;

export const EVENT_KINDS = [
  'hold_breach',
  'unapproved_account',
  'register_gap',
  'takedown_overdue',
  'volume_spike',
] as const;

export const FINDING_KINDS = [...CONTENT_KINDS, ...EVENT_KINDS] as const;

export type ContentKind = (typeof CONTENT_KINDS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type FindingKind = (typeof FINDING_KINDS)[number];

export const FindingKindSchema = z.enum(FINDING_KINDS);
export const ContentKindSchema = z.enum(CONTENT_KINDS);

export const SEVERITIES = ['critical', 'high', 'medium', 'low'] as const;
export type Severity = (typeof SEVERITIES)[number];
export const SeveritySchema = z.enum(SEVERITIES);

/** Higher is more urgent; used for sorting and "at least" comparisons. */
export const SEVERITY_RANK: Record<Severity, number> = { critical: 4, high: 3, medium: 2, low: 1 };

export const maxSeverity = (a: Severity, b: Severity): Severity =>
  SEVERITY_RANK[a] >= SEVERITY_RANK[b] ? a : b;

/** Where a post was read from: an approved official account's own post, or a public post about the trust. */
export type PostSource = 'official' | 'mention';
export const PostSourceSchema = z.enum(['official', 'mention']);

export const isContentKind = (k: string): k is ContentKind =>
  (CONTENT_KINDS as readonly string[]).includes(k);

/** Plain-English label for subjects and headings. */
export const KIND_LABEL: Record<FindingKind, string> = {
  threat: 'Threat',
  safeguarding: 'Safeguarding concern',
  abuse: 'Abuse or harassment',
  profanity: 'Profanity',
  disparaging: 'Disparaging post',
  media_enquiry: 'Media enquiry',
  personal_data: 'Personal data posted',
  pupil_identification: 'Pupil identifiable',
  sensitive_topic: 'Sensitive topic',
  solicitation: 'Solicitation',
  hold_breach: 'Post during a posting hold',
  unapproved_account: 'Unapproved account',
  register_gap: 'Account register gap',
  takedown_overdue: 'Take-down overdue',
  volume_spike: 'Mention storm',
};
