import { describe, expect, it } from 'vitest';
import { MailError } from '../../../lib/mail/errors';
import { buildMime, messageIdFor } from '../../../lib/mail/mime';
import type { MimeInput } from '../../../lib/mail/mime';
import { HOSTILE } from '../../../lib/mail/samples';
import { decodeWords, header, headerNames, parseHeaders } from './helpers';

const base = (): MimeInput => ({
  from: { name: 'TrustWatch (Riverside Learning Trust)', address: 'trustwatch@riverside-trust.example' },
  to: [
    { name: 'Mrs Angela Barrett', address: 'principal@kingsmead.riverside-trust.example' },
    { name: 'Dr Helen Ashworth', address: 'ceo@riverside-trust.example' },
  ],
  cc: [{ name: 'Mr Sunil Patel', address: 'dsl@kingsmead.riverside-trust.example' }],
  subject: '[CRITICAL] Threat – Kingsmead Academy',
  html: '<!DOCTYPE html><html><body><p>Hello – “quoted” £1</p></body></html>',
  text: 'Hello – “quoted” £1\n',
  date: new Date(Date.UTC(2026, 10, 24, 7, 5, 0)),
  messageId: messageIdFor(
    'alert',
    'threat:1',
    'principal@kingsmead.riverside-trust.example',
    'trustwatch@riverside-trust.example',
  ),
  headers: {
    'X-TrustWatch-Flag': 'threat:1',
    'X-TrustWatch-Kind': 'threat',
    'Auto-Submitted': 'auto-generated',
  },
});

const EXPECTED_HEADERS = [
  'x-trustwatch-flag',
  'x-trustwatch-kind',
  'auto-submitted',
  'from',
  'to',
  'cc',
  'subject',
  'message-id',
  'date',
  'mime-version',
  'content-type',
];

describe('buildMime', () => {
  it('is deterministic: same input, same bytes', async () => {
    const a = await buildMime(base());
    const b = await buildMime(base());
    expect(a.equals(b)).toBe(true);
    // …and across a fresh module instance's worth of state (boundaries come from the input only).
    const c = await buildMime({ ...base(), date: new Date(base().date.getTime()) });
    expect(c.equals(a)).toBe(true);
  });

  it('derives the boundary from the content', async () => {
    const a = (await buildMime(base())).toString();
    const b = (await buildMime({ ...base(), text: 'other\n' })).toString();
    const boundary = (s: string) => /boundary="([^"]+)"/.exec(s)?.[1];
    expect(boundary(a)).toMatch(/^--_TW-[0-9a-f]{32}-Part_1$/);
    expect(boundary(a)).not.toBe(boundary(b));
  });

  it('writes the headers we set, with the given Message-ID and Date, CRLF line endings', async () => {
    const raw = await buildMime(base());
    expect(headerNames(raw)).toEqual(EXPECTED_HEADERS);
    expect(header(raw, 'X-TrustWatch-Flag')).toEqual(['threat:1']);
    expect(header(raw, 'Auto-Submitted')).toEqual(['auto-generated']);
    expect(header(raw, 'Message-ID')).toEqual([base().messageId]);
    expect(header(raw, 'Date')).toEqual(['Tue, 24 Nov 2026 07:05:00 +0000']);
    expect(decodeWords(header(raw, 'Subject')[0] ?? '')).toBe('[CRITICAL] Threat – Kingsmead Academy');
    expect(parseHeaders(raw).map((h) => h.name)).toContain('X-TrustWatch-Flag');
    const s = raw.toString('latin1');
    expect(s.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(s).toContain('Content-Type: multipart/alternative');
    expect(s).toContain('Content-Type: text/plain; charset=utf-8');
    expect(s).toContain('Content-Type: text/html; charset=utf-8');
  });

  it('cannot be made to add a header by a display name, subject or header value', async () => {
    const raw = await buildMime({
      ...base(),
      from: { name: HOSTILE.crlfName, address: 'trustwatch@riverside-trust.example' },
      to: [{ name: HOSTILE.crlfName, address: 'principal@kingsmead.riverside-trust.example' }],
      cc: [{ name: 'x\nBcc: y@evil.example', address: 'dsl@kingsmead.riverside-trust.example' }],
      subject: `Hi\r\nBcc: x@evil.example\r\n\r\n<html>body`,
      headers: {
        'X-TrustWatch-Flag': 'f\r\nBcc: x@evil.example',
        'X-TrustWatch-Kind': 'threat\nX-Injected: 1',
        'Auto-Submitted': 'auto-generated',
      },
    });
    expect(headerNames(raw)).toEqual(EXPECTED_HEADERS);
    expect(headerNames(raw)).not.toContain('bcc');
    expect(headerNames(raw)).not.toContain('x-injected');
    expect(header(raw, 'To')).toHaveLength(1);
    // The forged text is still there, but inside the display name / value where it is harmless.
    expect(decodeWords(header(raw, 'To')[0] ?? '')).toContain('Evil Bcc: x@evil.example X-Injected: yes');
    expect(decodeWords(header(raw, 'Subject')[0] ?? '')).toBe('Hi Bcc: x@evil.example <html>body');
    expect(header(raw, 'X-TrustWatch-Flag')).toEqual(['f Bcc: x@evil.example']);
  });

  it('refuses a custom header that would replace a standard one, and bad names', async () => {
    for (const name of ['Bcc', 'to', 'Content-Type', 'X Bad', 'X-Bad:', 'X-\r\nBcc']) {
      await expect(buildMime({ ...base(), headers: { [name]: 'v' } })).rejects.toBeInstanceOf(MailError);
    }
  });

  it('rejects invalid addresses and Message-IDs with a non-retryable MailError', async () => {
    const bad = [
      { ...base(), to: [{ name: 'x', address: 'not-an-address' }] },
      { ...base(), to: [{ name: 'x', address: 'a@b.example>, evil@c.example' }] },
      { ...base(), from: { name: 'x', address: 'x@y.example\r\nBcc: z@evil.example' } },
      { ...base(), to: [] },
      { ...base(), messageId: '<a b@c>' },
      { ...base(), date: new Date(Number.NaN) },
    ];
    for (const input of bad) {
      const e = await buildMime(input).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(MailError);
      expect((e as MailError).retryable).toBe(false);
    }
  });

  it('carries attachments deterministically', async () => {
    const input = {
      ...base(),
      attachments: [{ filename: 'digest.csv', content: 'kind,count\nthreat,1\n', contentType: 'text/csv' }],
    };
    const a = await buildMime(input);
    expect(a.equals(await buildMime(input))).toBe(true);
    expect(a.toString()).toContain('multipart/mixed');
    expect(a.toString()).toContain('filename=digest.csv');
  });
});

describe('messageIdFor', () => {
  it('is stable per purpose, subject and recipient, and uses the sender domain', () => {
    const a = messageIdFor('alert', 'threat:1', 'A@x.example', 'tw@riverside-trust.example');
    expect(a).toBe(messageIdFor('alert', 'threat:1', 'a@x.example', 'tw@riverside-trust.example'));
    expect(a).toMatch(/^<tw\.alert\.[0-9a-f]{32}@riverside-trust\.example>$/);
    expect(messageIdFor('escalation', 'threat:1', 'a@x.example', 'tw@riverside-trust.example')).not.toBe(a);
    expect(messageIdFor('alert', 'threat:1', 'b@x.example', 'tw@riverside-trust.example')).not.toBe(a);
  });
});
