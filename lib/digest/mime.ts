/**
 * The digest as a MIME message: From `alerts.fromName <alerts.from>`, To the COO, Cc the CEO when
 * `schedule.digest.ccCeo`, a multipart/alternative (text + HTML) and the CSV attachment.
 *
 * Built here with nodemailer's MailComposer directly (not lib/mail, which is developed separately).
 * The output is deterministic, so a re-send after a crash carries the same bytes and tests can compare
 * two builds. MailComposer has three sources of variation and each is pinned:
 *   - Date        given: the digest's generation time;
 *   - Message-ID  given: `<tw.digest.<week>.<sha256(trust, week)>@<from domain>>`: one id per trust and
 *                 week, so a copy built again on an hourly re-run or re-sent after a lost SES reply (its
 *                 "generated" time differs) is still the same message to a mail client. Every recipient
 *                 gets the same message (one logical email to To + Cc), so one id;
 *   - boundaries  `baseBoundary` = the first 32 hex digits of SHA-256 over the whole content, so a post
 *                 cannot predict (and therefore cannot contain) the boundary of the part it sits in.
 * Header values (subject, display names) are flattened to one line without control characters before
 * MailComposer sees them, so nothing in a name can inject a header. Line endings are CRLF.
 */
import { createHash } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import * as z from '../zod';
import type { Config } from '../config/schema';
import type { RenderedDigest } from './render';
import { DigestError } from './week';

export interface DigestMessage {
  raw: Buffer;
  messageId: string;
  from: string;
  to: string[];
  cc: string[];
}

const Email = z.email();

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

/** One line, no control characters (CR/LF included), at most `max` characters. */
export const headerText = (s: string, max = 250): string =>
  [...s.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()].slice(0, max).join('');

const address = (name: string, email: string, field: string): { name: string; address: string } => {
  if (!Email.safeParse(email).success) throw new DigestError(`digest ${field} address is not valid`);
  return { name: headerText(name, 120), address: email };
};

/** Who the digest goes to: the COO, and the CEO on Cc when configured (deduplicated). */
export const digestRecipients = (config: Config): { to: string[]; cc: string[] } => {
  const coo = config.trust.coo.email;
  const ceo = config.trust.ceo.email;
  const cc = config.schedule.digest.ccCeo && ceo.toLowerCase() !== coo.toLowerCase() ? [ceo] : [];
  return { to: [coo], cc };
};

export const digestMessageId = (config: Config, weekId: string): string => {
  const domain = (config.alerts.from.split('@')[1] ?? 'trustwatch.invalid')
    .toLowerCase()
    .replace(/[^a-z0-9.-]/g, '');
  const h = createHash('sha256').update(`${config.trust.id}\u0000${weekId}`).digest('hex').slice(0, 32);
  return `<tw.digest.${weekId.toLowerCase()}.${h}@${domain || 'trustwatch.invalid'}>`;
};

export const buildDigestMime = async (
  config: Config,
  rendered: RenderedDigest,
  meta: { weekId: string; generatedAt: string },
): Promise<DigestMessage> => {
  const date = new Date(meta.generatedAt);
  if (Number.isNaN(date.getTime())) throw new DigestError('digest generation time is not a valid date');
  const { to, cc } = digestRecipients(config);
  const from = address(config.alerts.fromName, config.alerts.from, 'From');
  const toAddr = to.map((e) => address(config.trust.coo.name, e, 'To'));
  const ccAddr = cc.map((e) => address(config.trust.ceo.name, e, 'Cc'));
  const subject = headerText(rendered.subject);
  const messageId = digestMessageId(config, meta.weekId);
  const filename = headerText(rendered.csvFilename, 120).replace(/[\\/"]/g, '_');

  const h = createHash('sha256');
  for (const part of [
    JSON.stringify([from, toAddr, ccAddr, subject, messageId, date.getTime(), filename]),
    rendered.html,
    rendered.text,
    rendered.csv,
  ]) {
    h.update(`${Buffer.byteLength(part)}:`);
    h.update(part);
  }

  const composer = new MailComposer({
    from,
    to: toAddr,
    ...(ccAddr.length > 0 ? { cc: ccAddr } : {}),
    subject,
    date,
    messageId,
    text: rendered.text,
    html: rendered.html,
    attachments: [{ filename, content: rendered.csv, contentType: 'text/csv; charset=utf-8' }],
    headers: { 'X-TrustWatch-Purpose': 'digest', 'X-TrustWatch-Week': headerText(meta.weekId, 20) },
    baseBoundary: h.digest('hex').slice(0, 32),
    boundaryPrefix: '--_TWD',
    newline: 'win',
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  let raw: Buffer;
  try {
    raw = await composer.compile().build();
  } catch (e) {
    throw new DigestError('cannot build the digest message (MIME composition failed)', { cause: e });
  }
  return { raw, messageId, from: config.alerts.from, to, cc };
};
