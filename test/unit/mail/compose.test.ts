import { describe, expect, it } from 'vitest';
import { verifyAction } from '../../../lib/actions/links';
import type { Notice } from '../../../lib/app/ports';
import { createComposer } from '../../../lib/mail/compose';
import { SAMPLE_NOW, sampleFlags } from '../../../lib/mail/samples';
import { BASE, KEY, decodeWords, exampleConfig, header, headerNames } from './helpers';

const config = exampleConfig();
const flags = sampleFlags(config);
const clock = { now: () => SAMPLE_NOW };
const composer = createComposer({ config, clock, actionSecret: KEY, actionBaseUrl: BASE });

/** A decoded text/* part of a message we built (quoted-printable). */
const part = (raw: Buffer, type: 'plain' | 'html'): string => {
  const s = raw.toString('latin1');
  const start = s.indexOf(`Content-Type: text/${type}`);
  const body = s.slice(s.indexOf('\r\n\r\n', start) + 4, s.indexOf('\r\n----_TW', start));
  const qp = body
    .replace(/=\r\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
  return Buffer.from(qp, 'latin1').toString('utf8');
};
const textPart = (raw: Buffer): string => part(raw, 'plain');

const tokensIn = (text: string) =>
  [...text.matchAll(/https:\/\/actions\.example\/\?t=([A-Za-z0-9._-]+)/g)].map((m) =>
    verifyAction(m[1], KEY, SAMPLE_NOW),
  );

describe('createComposer().alert', () => {
  const flag = flags.threat;

  it('one copy per recipient: envelope = that recipient, headers = everyone routed', async () => {
    const everyone = [...flag.to, ...flag.cc];
    expect(everyone.length).toBeGreaterThanOrEqual(3);
    for (const r of everyone) {
      const mail = await composer.alert(flag, r);
      expect(mail.destinations).toEqual([r.email]);
      expect(mail.from).toBe(config.alerts.from);
      expect(header(mail.raw, 'To')[0]).toContain(flag.to[0]?.email);
      expect(header(mail.raw, 'To')[0]).toContain(flag.to[1]?.email);
      expect(header(mail.raw, 'Cc')[0]).toContain(flag.cc[0]?.email);
      expect(headerNames(mail.raw)).not.toContain('bcc');
      expect(header(mail.raw, 'X-TrustWatch-Flag')).toEqual([flag.id]);
      expect(header(mail.raw, 'X-TrustWatch-Kind')).toEqual(['threat']);
      expect(header(mail.raw, 'Auto-Submitted')).toEqual(['auto-generated']);
      expect(decodeWords(header(mail.raw, 'Subject')[0] ?? '')).toBe('[CRITICAL] Threat – Kingsmead Academy');
      expect(mail.meta).toMatchObject({
        purpose: 'alert',
        kinds: ['threat'],
        subject: '[CRITICAL] Threat – Kingsmead Academy',
      });

      // Every link in this copy is signed for this recipient.
      const tokens = tokensIn(textPart(mail.raw));
      expect(tokens.length).toBeGreaterThan(0);
      for (const t of tokens) expect(t.ok && t.claims.email).toBe(r.email.toLowerCase());
    }
  });

  it('is byte-identical across runs (same clock)', async () => {
    const r = flag.to[0];
    if (!r) throw new Error('no recipient');
    const a = await composer.alert(flag, r);
    const again = createComposer({ config, clock, actionSecret: KEY, actionBaseUrl: BASE });
    const b = await again.alert(flag, r);
    expect(a.raw.equals(b.raw)).toBe(true);
  });

  it('gives different recipients different Message-IDs and links', async () => {
    const [a, b] = flag.to;
    if (!a || !b) throw new Error('need two recipients');
    const ma = await composer.alert(flag, a);
    const mb = await composer.alert(flag, b);
    expect(header(ma.raw, 'Message-ID')).not.toEqual(header(mb.raw, 'Message-ID'));
    expect(textPart(ma.raw)).not.toBe(textPart(mb.raw));
  });

  it('escalation goes To the escalation recipient only, naming the original recipients in the body', async () => {
    const ceo = {
      name: config.trust.ceo.name,
      email: config.trust.ceo.email,
      role: 'ceo' as const,
      scope: 'trust',
    };
    const mail = await composer.alert(flags.abuse, ceo, { escalation: { hoursOpen: 4 } });
    expect(mail.destinations).toEqual([ceo.email]);
    expect(header(mail.raw, 'To')[0]).toContain(ceo.email);
    expect(header(mail.raw, 'Cc')).toEqual([]);
    expect(decodeWords(header(mail.raw, 'Subject')[0] ?? '')).toBe(
      '[HIGH] Escalated: Abuse or harassment – Kingsmead Academy',
    );
    const text = textPart(mail.raw);
    expect(text).toContain('nobody has acknowledged this alert 4 h after it was sent');
    expect(text).toContain('First sent to: Mrs Angela Barrett (Principal of Kingsmead Academy).');
    expect(mail.meta?.purpose).toBe('escalation');
  });
});

describe('createComposer().rollup and .notice', () => {
  it('roll-up: To the one recipient, links for each flag', async () => {
    const principal = flags.disparaging.to[0];
    if (!principal) throw new Error('no recipient');
    const list = [flags.disparaging, flags.media_enquiry];
    const mail = await composer.rollup(list, principal, '2026-11-24T16:00:00.000Z');
    expect(mail.destinations).toEqual([principal.email]);
    expect(header(mail.raw, 'X-TrustWatch-Kind')).toEqual(['rollup']);
    const ids = new Set(tokensIn(textPart(mail.raw)).map((t) => (t.ok ? t.claims.flagId : 'bad')));
    expect([...ids].sort()).toEqual(list.map((f) => f.id).sort());
  });

  it('notice: escapes its paragraphs and keeps only http(s) links', async () => {
    const r = flags.hold_breach.to[0];
    if (!r) throw new Error('no recipient');
    const notice: Notice = {
      id: 'hold-start:h1',
      kind: 'hold_start',
      subject: '[HOLD] No posting on Kingsmead Academy accounts\r\nBcc: x@evil.example',
      paragraphs: ['A hold <script>alert(1)</script> is in force.'],
      facts: [['Reason', 'media <b>interest</b>']],
      to: flags.hold_breach.to,
      cc: flags.hold_breach.cc,
      links: [
        { label: 'Lift the hold', url: 'https://actions.example/?t=abc' },
        { label: 'Evil', url: 'javascript:alert(1)' },
      ],
    };
    const mail = await composer.notice(notice, r);
    expect(headerNames(mail.raw)).not.toContain('bcc');
    expect(decodeWords(header(mail.raw, 'Subject')[0] ?? '')).toBe(
      '[HOLD] No posting on Kingsmead Academy accounts Bcc: x@evil.example',
    );
    const h = part(mail.raw, 'html');
    expect(h).toContain('A hold &lt;script&gt;alert(1)&lt;/script&gt; is in force.');
    expect(h).toContain('media &lt;b&gt;interest&lt;/b&gt;');
    expect(h).not.toContain('<script>');
    expect(mail.raw.toString('latin1')).not.toContain('javascript:');
    expect(textPart(mail.raw)).toContain('Lift the hold: https://actions.example/?t=abc');
  });
});
