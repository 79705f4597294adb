/**
 * Ports: the collaborators every use case in lib/app takes as parameters (DESIGN.md principle 1).
 * AWS wiring (functions/) and the embedded runtime (lib/local) are two implementations of the same
 * ports, so every rule is tested without AWS and the demo runs the production code path.
 *
 *   Clock       the time; simulated in the demo and tests, Date.now() in Lambda
 *   XReader     what TrustWatch reads from X (lib/x, twitter-api-v2 underneath)
 *   Store       DynamoDB single table (lib/store)
 *   Mailer      SES SendRawEmail (lib/mail)
 *   Classifier  text → findings (lib/classify)
 */
import type { Flag, Recipient } from '../domain/flag';

export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A message ready to send: MIME bytes plus the envelope recipients (which may differ from headers). */
export interface OutgoingMail {
  raw: Buffer;
  from: string;
  /** Envelope recipients: who actually receives this copy. */
  destinations: string[];
  /** What the message is, for the outbox record and the demo summary (never logged). */
  meta?: MailMeta;
}

export interface Mailer {
  /** Hands the message to the mail service; resolves with the provider's message id once accepted. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export interface MailMeta {
  subject: string;
  to: string[];
  cc: string[];
  kinds: string[];
  purpose: string;
}

/** A one-off notice: a hold starting or ending, or something the operations contact must know. */
export interface Notice {
  /** Stable id (delivery key part), e.g. "hold-start:<holdId>" or "ops:x-auth:2026-11". */
  id: string;
  kind: 'hold_start' | 'hold_end' | 'operations';
  subject: string;
  /** Plain paragraphs; rendered escaped. */
  paragraphs: string[];
  /** Optional facts shown as a two-column table. */
  facts?: [string, string][];
  to: Recipient[];
  cc: Recipient[];
  /** Optional one-click links (e.g. "Lift the hold"): label → url. */
  links?: { label: string; url: string }[];
}

/** Builds ready-to-send messages (lib/mail renders, MailComposer builds MIME, links are signed). */
export interface Composer {
  alert(
    flag: Flag,
    recipient: Recipient,
    opts?: { escalation?: { hoursOpen: number } },
  ): Promise<OutgoingMail>;
  rollup(flags: Flag[], recipient: Recipient, dueAt: string): Promise<OutgoingMail>;
  notice(notice: Notice, recipient: Recipient): Promise<OutgoingMail>;
}
