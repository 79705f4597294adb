import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ActionLinkError,
  TOKEN_PARAM,
  alertActions,
  buildActionUrl,
  signAction,
  signActionLinks,
  verifyAction,
} from '../../../lib/actions/links';
import type { SignActionInput } from '../../../lib/actions/links';

const KEY = 'k'.repeat(32) + '-action-links-test';
const OTHER_KEY = 'o'.repeat(40);
const NOW = Date.UTC(2026, 10, 24, 7, 0, 0);
const EXP = NOW + 3_600_000;

const input: SignActionInput = {
  flagId: 'threat:1861000000000000001',
  action: 'acknowledge',
  email: 'Principal@Kingsmead.Riverside-Trust.example',
  expiresAt: EXP,
};

/** Sign an arbitrary payload exactly as the module documents (for shapes signAction refuses to make). */
const forge = (payload: unknown, secret = KEY): string => {
  const k = createHmac('sha256', Buffer.from(secret)).update('trustwatch/action-links/v1').digest();
  const p = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `v1.${p}.${createHmac('sha256', k).update(`v1.${p}`).digest('base64url')}`;
};

const flip = (s: string, i: number): string => {
  const c = s[i] === 'A' ? 'B' : 'A';
  return s.slice(0, i) + c + s.slice(i + 1);
};

describe('signAction / verifyAction', () => {
  it('round-trips the claims (email lower-cased, expiry to whole seconds)', () => {
    const t = signAction(input, KEY);
    expect(t).toMatch(/^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    const v = verifyAction(t, KEY, NOW);
    expect(v).toEqual({
      ok: true,
      claims: {
        flagId: input.flagId,
        action: 'acknowledge',
        email: 'principal@kingsmead.riverside-trust.example',
        expiresAt: EXP,
        nonce: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/) as unknown as string,
      },
    });
  });

  it('derives a stable nonce per claims, or uses the one given', () => {
    expect(signAction(input, KEY)).toBe(signAction(input, KEY));
    const a = verifyAction(signAction(input, KEY), KEY, NOW);
    const b = verifyAction(signAction({ ...input, action: 'false_positive' }, KEY), KEY, NOW);
    expect(a.ok && b.ok && a.claims.nonce !== b.claims.nonce).toBe(true);
    const c = verifyAction(signAction({ ...input, nonce: 'abcdefgh12345678' }, KEY), KEY, NOW);
    expect(c.ok && c.claims.nonce).toBe('abcdefgh12345678');
  });

  it('carries a hold id for lift_hold, and only for lift_hold', () => {
    const v = verifyAction(signAction({ ...input, action: 'lift_hold', holdId: 'hold-1' }, KEY), KEY, NOW);
    expect(v.ok && v.claims.holdId).toBe('hold-1');
    expect(() => signAction({ ...input, action: 'lift_hold' }, KEY)).toThrow(ActionLinkError);
    expect(() => signAction({ ...input, holdId: 'hold-1' }, KEY)).toThrow(ActionLinkError);
  });

  it('expires at expiresAt (exclusive)', () => {
    const t = signAction(input, KEY);
    expect(verifyAction(t, KEY, EXP - 1).ok).toBe(true);
    expect(verifyAction(t, KEY, EXP)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyAction(t, KEY, EXP + 86_400_000)).toEqual({ ok: false, reason: 'expired' });
  });

  it('rejects a tampered payload', () => {
    const t = signAction(input, KEY);
    const [v, p, s] = t.split('.') as [string, string, string];
    // Re-encode a changed payload (acknowledge → declare_hold, another recipient) with the old signature.
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString()) as Record<string, unknown>;
    const evil = Buffer.from(
      JSON.stringify({ ...claims, a: 'declare_hold', r: 'evil@evil.example' }),
    ).toString('base64url');
    expect(verifyAction(`${v}.${evil}.${s}`, KEY, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyAction(`${v}.${flip(p, 5)}.${s}`, KEY, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    // A longer expiry, too.
    const later = Buffer.from(JSON.stringify({ ...claims, e: (claims['e'] as number) + 86_400 })).toString(
      'base64url',
    );
    expect(verifyAction(`${v}.${later}.${s}`, KEY, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects a tampered signature', () => {
    const t = signAction(input, KEY);
    expect(verifyAction(flip(t, t.length - 5), KEY, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
  });

  it('rejects a token signed with another key, and accepts the previous key during rotation', () => {
    const t = signAction(input, OTHER_KEY);
    expect(verifyAction(t, KEY, NOW)).toEqual({ ok: false, reason: 'bad_signature' });
    expect(verifyAction(t, [KEY, OTHER_KEY], NOW).ok).toBe(true);
    expect(verifyAction(signAction(input, KEY), Buffer.from(KEY), NOW).ok).toBe(true);
  });

  it('reports an unknown action in a correctly signed token', () => {
    const t = forge({
      f: 'threat:1',
      a: 'delete_everything',
      r: 'a@b.example',
      e: EXP / 1000,
      n: 'abcdefgh12345678',
    });
    expect(verifyAction(t, KEY, NOW)).toEqual({ ok: false, reason: 'unknown_action' });
  });

  it('reports malformed claims in a correctly signed token', () => {
    const good = { f: 'threat:1', a: 'acknowledge', r: 'a@b.example', e: EXP / 1000, n: 'abcdefgh12345678' };
    expect(verifyAction(forge(good), KEY, NOW).ok).toBe(true);
    for (const bad of [
      'not an object',
      { ...good, r: 'not-an-email' },
      { ...good, e: 'soon' },
      { ...good, n: 'short' },
      { ...good, extra: 'field' },
      { ...good, h: 'hold-1' },
      { ...good, a: 'lift_hold' },
      { f: 'x', r: 'a@b.example', e: 1, n: 'abcdefgh12345678' },
    ])
      expect(verifyAction(forge(bad), KEY, NOW), JSON.stringify(bad)).toEqual({
        ok: false,
        reason: 'malformed',
      });
    // Signed, but not JSON at all.
    const k = createHmac('sha256', Buffer.from(KEY)).update('trustwatch/action-links/v1').digest();
    const p = Buffer.from('{not json').toString('base64url');
    const t = `v1.${p}.${createHmac('sha256', k).update(`v1.${p}`).digest('base64url')}`;
    expect(verifyAction(t, KEY, NOW)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('reports malformed tokens', () => {
    const t = signAction(input, KEY);
    const [, p, s] = t.split('.') as [string, string, string];
    for (const bad of [
      undefined,
      null,
      42,
      '',
      'garbage',
      `v2.${p}.${s}`,
      `v1.${p}`,
      `v1.${p}.${s}.extra`,
      `v1.${p}.${s.slice(0, -2)}`,
      `v1.${p}!.${s}`,
      `v1.${p}.${s}=`,
      `v1..${s}`,
      'v1.' + 'A'.repeat(5000) + '.' + s,
    ])
      expect(verifyAction(bad, KEY, NOW), String(bad).slice(0, 40)).toEqual({
        ok: false,
        reason: 'malformed',
      });
  });

  it('never throws and never accepts random input (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(verifyAction(s, KEY, NOW).ok).toBe(false);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses a short key and bad input', () => {
    expect(() => signAction(input, 'short')).toThrow(ActionLinkError);
    expect(() => verifyAction('x', 'short', NOW)).toThrow(ActionLinkError);
    expect(() => signAction({ ...input, email: 'nope' }, KEY)).toThrow(ActionLinkError);
    expect(() => signAction({ ...input, flagId: '' }, KEY)).toThrow(ActionLinkError);
    expect(() => signAction({ ...input, expiresAt: 1.5 }, KEY)).toThrow(ActionLinkError);
  });
});

describe('buildActionUrl', () => {
  it('puts the token in ?t= and drops any query or fragment on the base', () => {
    expect(buildActionUrl('https://abc.lambda-url.eu-west-2.on.aws/', 'v1.a.b')).toBe(
      'https://abc.lambda-url.eu-west-2.on.aws/?t=v1.a.b',
    );
    expect(buildActionUrl('https://h.example/actions?next=https://evil.example#x', 'v1.a.b')).toBe(
      'https://h.example/actions?t=v1.a.b',
    );
    expect(TOKEN_PARAM).toBe('t');
  });

  it('allows http only on loopback, and nothing but http(s)', () => {
    expect(buildActionUrl('http://127.0.0.1:8080/', 'v1.a.b')).toBe('http://127.0.0.1:8080/?t=v1.a.b');
    expect(buildActionUrl('http://localhost:3000/a', 'v1.a.b')).toBe('http://localhost:3000/a?t=v1.a.b');
    for (const bad of [
      'http://actions.example/',
      'javascript:alert(1)',
      'ftp://h.example/',
      'https://u:p@h.example/',
      'nope',
    ])
      expect(() => buildActionUrl(bad, 'v1.a.b'), bad).toThrow(ActionLinkError);
  });
});

describe('alertActions / signActionLinks', () => {
  const flag = {
    id: 'threat:1',
    kind: 'threat' as const,
    post: {
      id: '1',
      text: 't',
      url: 'https://x.com/a/status/1',
      authorId: '2',
      createdAt: '2026-11-24T06:00:00Z',
      capturedAt: '2026-11-24T06:01:00Z',
      source: 'mention' as const,
    },
  };

  it('offers the actions that make sense for the kind', () => {
    expect(alertActions(flag)).toEqual([
      'acknowledge',
      'removal_requested',
      'declare_hold',
      'false_positive',
    ]);
    expect(alertActions({ kind: 'abuse', post: flag.post })).toEqual([
      'acknowledge',
      'removal_requested',
      'false_positive',
    ]);
    expect(alertActions({ kind: 'volume_spike' })).toEqual(['acknowledge', 'declare_hold', 'false_positive']);
    expect(alertActions({ kind: 'takedown_overdue', post: flag.post })).toEqual(['acknowledge']);
    expect(alertActions({ kind: 'register_gap' })).toEqual(['acknowledge']);
    expect(alertActions({ kind: 'unapproved_account' })).toEqual(['acknowledge', 'false_positive']);
    expect(alertActions({ kind: 'disparaging', post: flag.post, details: { pileOn: true } })).toContain(
      'declare_hold',
    );
  });

  it('signs one link per action, for the recipient', () => {
    const links = signActionLinks({
      flag,
      recipient: { email: 'ceo@riverside-trust.example' },
      secret: KEY,
      baseUrl: 'https://actions.example/',
      expiresAt: EXP,
    });
    expect(Object.keys(links).sort()).toEqual([
      'acknowledge',
      'declare_hold',
      'false_positive',
      'removal_requested',
    ]);
    for (const [action, url] of Object.entries(links)) {
      const v = verifyAction(new URL(url).searchParams.get('t'), KEY, NOW);
      expect(v.ok && [v.claims.action, v.claims.email, v.claims.flagId]).toEqual([
        action,
        'ceo@riverside-trust.example',
        'threat:1',
      ]);
    }
  });
});
