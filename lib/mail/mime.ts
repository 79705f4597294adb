/**
 * MIME: rendered subject/html/text → RFC 5322 bytes, with nodemailer's MailComposer.
 *
 * Deterministic: the same input gives the same bytes, so the demo's out/mail/*.eml files are identical
 * across runs and a test can compare them. MailComposer (nodemailer 10, lib/mime-node) has exactly three
 * sources of variation, and each is fixed here:
 *   - Date        `new Date()` unless given → the caller passes `date`
 *   - Message-ID  random unless given        → the caller passes `messageId` (see `messageIdFor`)
 *   - boundaries  `boundaryPrefix + '-' + baseBoundary + '-Part_' + n`, baseBoundary random unless
 *                 given → `baseBoundary` = the first 32 hex digits of SHA-256 over the whole input.
 *                 Because the hash covers the content, the boundary cannot be predicted by whoever
 *                 wrote a post, so a post cannot contain it and break out of its part.
 * Line endings are forced to CRLF (`newline: 'win'`) whatever the input uses.
 *
 * Headers cannot be injected: every value that reaches a header (names, subject, custom header values)
 * is flattened by `headerText` (no CR, LF or other control characters) before MailComposer sees it, and
 * MailComposer itself encodes non-ASCII as encoded-words and quotes display names. Addresses are
 * validated with zod; custom header names must be plain tokens and cannot replace a standard header.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import * as z from '../zod';
import { headerText } from './escape';
import { MailError } from './errors';

export interface MailAddress {
  name?: string;
  address: string;
}

export interface MimeAttachment {
  filename: string;
  content: Buffer | string;
  contentType: string;
}

export interface MimeInput {
  from: MailAddress;
  to: readonly MailAddress[];
  cc?: readonly MailAddress[];
  replyTo?: MailAddress;
  subject: string;
  html: string;
  text: string;
  date: Date;
  /** With or without angle brackets: "<abc@domain>" or "abc@domain". */
  messageId: string;
  /** Extra headers, e.g. X-TrustWatch-Flag. Names: letters, digits, hyphens. */
  headers?: Readonly<Record<string, string>>;
  attachments?: readonly MimeAttachment[];
}

const Address = z.email().check(z.maxLength(320));

/** Headers MailComposer sets from the structured fields; a custom header may not replace them. */
const RESERVED = new Set([
  'from',
  'sender',
  'to',
  'cc',
  'bcc',
  'reply-to',
  'subject',
  'date',
  'message-id',
  'in-reply-to',
  'references',
  'mime-version',
  'content-type',
  'content-transfer-encoding',
  'content-disposition',
  'return-path',
  'received',
]);

const HEADER_NAME = /^[A-Za-z][A-Za-z0-9-]{0,62}$/;

const invalid = (what: string): MailError =>
  new MailError('invalid_message', false, `cannot build message: ${what}`);

const address = (a: MailAddress, field: string): { name: string; address: string } => {
  if (!Address.safeParse(a.address).success)
    throw new MailError('invalid_address', false, `invalid ${field} address`);
  return { name: headerText(a.name ?? '', 120), address: a.address };
};

const MESSAGE_ID = /^<?([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>?$/;

/** A stable Message-ID for a purpose (e.g. `alert`, `escalation`, `rollup`), a subject id and a recipient. */
export const messageIdFor = (
  purpose: string,
  subjectId: string,
  recipient: string,
  fromAddress: string,
): string => {
  const domain = (fromAddress.split('@')[1] ?? 'trustwatch.invalid')
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '');
  const h = createHash('sha256')
    .update(`${purpose}\u0000${subjectId}\u0000${recipient.toLowerCase()}`)
    .digest('hex')
    .slice(0, 32);
  return `<tw.${purpose.replace(/[^a-z0-9-]/gi, '').toLowerCase()}.${h}@${domain || 'trustwatch.invalid'}>`;
};

const digestOf = (input: MimeInput): string => {
  const h = createHash('sha256');
  const add = (s: string | Buffer): void => {
    h.update(String(s.length));
    h.update(':');
    h.update(s);
  };
  add(
    JSON.stringify([
      input.from,
      input.to,
      input.cc ?? [],
      input.replyTo ?? null,
      input.subject,
      input.messageId,
    ]),
  );
  add(String(input.date.getTime()));
  add(input.html);
  add(input.text);
  add(JSON.stringify(Object.entries(input.headers ?? {}).sort(([a], [b]) => a.localeCompare(b))));
  for (const a of input.attachments ?? []) {
    add(a.filename);
    add(a.contentType);
    add(a.content);
  }
  return h.digest('hex').slice(0, 32);
};

export const buildMime = async (input: MimeInput): Promise<Buffer> => {
  if (Number.isNaN(input.date.getTime())) throw invalid('invalid date');
  const mid = MESSAGE_ID.exec(input.messageId.trim());
  if (!mid) throw invalid('invalid Message-ID');
  if (input.to.length === 0) throw invalid('no To recipients');

  const headers: Record<string, string> = {};
  // MailComposer title-cases header names ("X-Trustwatch-Flag"); keep the caller's spelling instead.
  const spelling = new Map<string, string>();
  for (const [k, v] of Object.entries(input.headers ?? {})) {
    if (!HEADER_NAME.test(k) || RESERVED.has(k.toLowerCase())) throw invalid('header name not allowed');
    headers[k] = headerText(v, 900);
    spelling.set(k.toLowerCase(), k);
  }

  const composer = new MailComposer({
    from: address(input.from, 'From'),
    to: input.to.map((a) => address(a, 'To')),
    ...(input.cc && input.cc.length > 0 ? { cc: input.cc.map((a) => address(a, 'Cc')) } : {}),
    ...(input.replyTo ? { replyTo: address(input.replyTo, 'Reply-To') } : {}),
    subject: headerText(input.subject, 250),
    date: input.date,
    messageId: `<${mid[1]}>`,
    text: input.text,
    html: input.html,
    headers,
    ...(input.attachments && input.attachments.length > 0
      ? {
          attachments: input.attachments.map((a) => ({
            filename: headerText(a.filename, 120).replace(/[\\/"]/g, '_'),
            content: a.content,
            contentType: headerText(a.contentType, 100),
          })),
        }
      : {}),
    baseBoundary: digestOf(input),
    boundaryPrefix: '--_TW',
    newline: 'win',
    normalizeHeaderKey: (key: string) => spelling.get(key.toLowerCase()) ?? key,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    return await composer.compile().build();
  } catch (e) {
    throw new MailError('invalid_message', false, 'cannot build message: MIME composition failed', {
      cause: e,
    });
  }
};
