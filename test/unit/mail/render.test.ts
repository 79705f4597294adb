import { describe, expect, it } from 'vitest';
import { alertActions, signActionLinks, verifyAction } from '../../../lib/actions/links';
import type { Flag, Recipient } from '../../../lib/domain/flag';
import { FINDING_KINDS, KIND_LABEL } from '../../../lib/domain/kinds';
import { ROLLUP_FULL_ITEMS, renderAlert, renderRollup } from '../../../lib/mail/render';
import type { AlertContext } from '../../../lib/mail/render';
import { HOSTILE, SAMPLE_NOW, hostileFlag, sampleFlags } from '../../../lib/mail/samples';
import { BASE, KEY, attributeNames, exampleConfig, hrefs, tagNames } from './helpers';

const config = exampleConfig();
const flags = sampleFlags(config);
const EXPIRES = SAMPLE_NOW + 7 * 86_400_000;

const ctxFor = (flag: Flag, r: Recipient, extra: Partial<AlertContext> = {}): AlertContext => ({
  config,
  timeZone: 'Europe/London',
  links: signActionLinks({ flag, recipient: r, secret: KEY, baseUrl: BASE, expiresAt: EXPIRES }),
  now: SAMPLE_NOW,
  linksExpireAt: EXPIRES,
  ...extra,
});

const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'body',
  'div',
  'table',
  'tr',
  'td',
  'h2',
  'h3',
  'p',
  'span',
  'strong',
  'a',
  'br',
  'mark',
  'ul',
  'li',
]);
const ALLOWED_ATTRS = new Set([
  'lang',
  'xmlns',
  'charset',
  'name',
  'content',
  'http-equiv',
  'style',
  'role',
  'width',
  'cellpadding',
  'cellspacing',
  'border',
  'bgcolor',
  'align',
  'height',
  'href',
  'target',
  'rel',
  'title',
  'dir',
]);

/** Structural safety: only our own tags and attributes, links only to X or our action URL. */
const expectInert = (h: string): void => {
  for (const t of tagNames(h)) expect(ALLOWED_TAGS, `unexpected <${t}>`).toContain(t);
  for (const a of attributeNames(h)) expect(ALLOWED_ATTRS, `unexpected attribute ${a}`).toContain(a);
  for (const u of hrefs(h)) expect(u).toMatch(/^https:\/\/(x\.com|twitter\.com|actions\.example)\//);
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  expect(h).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
};

describe('renderAlert: every kind', () => {
  for (const kind of FINDING_KINDS) {
    it(`${kind}: subject, body, policy, this recipient's links only`, () => {
      const flag = flags[kind];
      const [me, other] = [...flag.to, ...flag.cc];
      expect(me).toBeDefined();
      if (!me) return;
      const r = renderAlert(flag, me, ctxFor(flag, me));
      const academy = 'Kingsmead Academy';
      expect(r.subject).toBe(`[${flag.severity.toUpperCase()}] ${KIND_LABEL[kind]} – ${academy}`);
      for (const body of [r.html, r.text]) {
        expect(body).toContain(KIND_LABEL[kind]);
        expect(body).toContain(academy);
        for (const clause of flag.policy.clauses) expect(body).toContain(clause);
        expect(body).toContain(flag.explanation.slice(0, 30).replace(/“|”/g, (c) => c));
      }
      expectInert(r.html);

      // The action links are signed for this recipient, and only the actions this kind offers.
      const actionLinks = hrefs(r.html).filter((u) => u.startsWith(BASE));
      expect(actionLinks).toHaveLength(alertActions(flag).length);
      const actions = actionLinks.map((u) => {
        const v = verifyAction(new URL(u).searchParams.get('t'), KEY, SAMPLE_NOW);
        expect(v.ok).toBe(true);
        if (!v.ok) return '';
        expect(v.claims.email).toBe(me.email.toLowerCase());
        expect(v.claims.flagId).toBe(flag.id);
        return v.claims.action;
      });
      expect(actions).toEqual(alertActions(flag));
      for (const u of actionLinks) expect(r.text).toContain(u);

      if (other) {
        const theirs = signActionLinks({
          flag,
          recipient: other,
          secret: KEY,
          baseUrl: BASE,
          expiresAt: EXPIRES,
        });
        expect(r.html).not.toContain(theirs.acknowledge);
        expect(r.text).not.toContain(theirs.acknowledge);
      }
    });
  }

  it('offers a posting hold only for storms, threats and disparaging pile-ons', () => {
    const withHold = FINDING_KINDS.filter((k) => alertActions(flags[k]).includes('declare_hold'));
    expect(withHold).toEqual(['threat', 'disparaging', 'volume_spike']);
    expect(alertActions({ ...flags.disparaging, details: {} })).not.toContain('declare_hold');
  });

  it('threat: police with consent, SUAT §11', () => {
    const f = flags.threat;
    const me = f.to[0] as Recipient;
    const r = renderAlert(f, me, ctxFor(f, me));
    expect(r.html).toContain('Consider reporting this to the police');
    expect(r.text).toContain('CONSIDER REPORTING THIS TO THE POLICE');
    expect(r.text).toMatch(/consent of the staff member concerned \(SUAT §11\)/);
    expect(r.preheader).toContain('police');
  });

  it('safeguarding: the DSL acts now, and nothing about the child beyond the post', () => {
    const f = flags.safeguarding;
    const dsl = f.to.find((x) => x.role === 'dsl') as Recipient;
    const principal = f.to.find((x) => x.role === 'principal') as Recipient;
    const asDsl = renderAlert(f, dsl, ctxFor(f, dsl));
    expect(asDsl.html).toContain('You are the DSL: please act now');
    const asPrincipal = renderAlert(f, principal, ctxFor(f, principal));
    expect(asPrincipal.html).toContain('The Designated Safeguarding Lead acts now');
    expect(asPrincipal.text).toContain('DSL: Mr Sunil Patel (Kingsmead Academy) (SUAT §8).');
    for (const r of [asDsl, asPrincipal]) {
      // Cues by name only: the matched words are not repeated outside the post.
      expect(r.text).toContain('Matched: fear of home; injury');
      expect(r.text.split('scared to go home')).toHaveLength(2);
      // Lock-screen text carries nothing from the post.
      expect(r.subject + r.preheader).not.toMatch(/Year 8|bruises|scared/);
    }
  });

  it('subjects and preheaders never carry post text', () => {
    for (const kind of FINDING_KINDS) {
      const f = flags[kind];
      const me = f.to[0] as Recipient;
      const r = renderAlert(f, me, ctxFor(f, me));
      if (f.post) expect(r.subject + r.preheader).not.toContain(f.post.text.slice(0, 20));
    }
  });

  it('event kinds render their details', () => {
    const one = (k: keyof typeof flags) => {
      const f = flags[k];
      return renderAlert(f, f.to[0] as Recipient, ctxFor(f, f.to[0] as Recipient));
    };
    const acct = one('unapproved_account');
    expect(acct.html).toContain('href="https://x.com/KingsmeadNews"');
    expect(acct.text).toContain('Display name: Kingsmead Academy Official');
    expect(acct.text).toContain('Bio: The REAL news from Kingsmead Academy');
    expect(acct.text).toContain('display name is the academy name plus “Official”');

    const spike = one('volume_spike');
    expect(spike.text).toContain(
      '46 mentions between 06:00 and 07:00 GMT on Tue 24 Nov 2026, against a usual 2.3 (20.0 × normal).',
    );
    expect(spike.text).toContain('Most common words: #kingsmeadacademy, supply, teacher, sacked, parents');
    expect(spike.text).toContain('@parent_a');
    expect(spike.html).toContain('href="https://x.com/parent_a/status/1861000000000000020"');

    const hold = one('hold_breach');
    expect(hold.text).toContain('Reason: media interest after the staffing story');
    expect(hold.text).toContain('In force since: Mon 23 Nov 2026, 18:00 GMT');
    expect(hold.text).toContain('Hold reference: hold-kingsmead-20261123');

    const td = one('takedown_overdue');
    expect(td.text).toContain('Removal requested: Mon 23 Nov 2026, 04:00 GMT');
    expect(td.text).toContain('Time since the request: 27.1 h');
    expect(td.text).toContain('Policy limit: 24 hours (SUAT §11)');

    const gap = one('register_gap');
    expect(gap.text).toContain('Account: @KingsmeadSport');
    expect(gap.text).toContain('has 1 admin contact (two needed)');
    expect(gap.text).toContain('Recorded gap: second admin to be added');
  });

  it('shows times in Europe/London with the zone name (GMT in winter, BST in summer)', () => {
    const f = flags.abuse;
    const me = f.to[0] as Recipient;
    expect(renderAlert(f, me, ctxFor(f, me)).text).toContain('Posted: Tue 24 Nov 2026, 06:52 GMT');
    const summer = {
      ...f,
      post: { ...(f.post as NonNullable<Flag['post']>), createdAt: '2026-06-24T06:52:10Z' },
    };
    expect(renderAlert(summer, me, ctxFor(summer, me)).text).toContain('Posted: Wed 24 Jun 2026, 07:52 BST');
  });

  it('lists who else was told and marks the reader', () => {
    const f = flags.threat;
    const me = f.to[0] as Recipient;
    const r = renderAlert(f, me, ctxFor(f, me));
    expect(r.text).toContain('Mrs Angela Barrett (Principal of Kingsmead Academy) – you');
    expect(r.text).toContain('Dr Helen Ashworth (CEO of Riverside Learning Trust)');
    expect(r.text).toMatch(
      /Copied:\n {2}- Mr Sunil Patel \(Designated Safeguarding Lead for Kingsmead Academy\)/,
    );
    expect(r.text).toContain('They stop working on Tue 1 Dec 2026, 07:05 GMT');
  });

  it('escalation: says so in the subject and banner, names who had it first', () => {
    const f = flags.threat;
    const ceo = f.to.find((x) => x.role === 'ceo') as Recipient;
    const r = renderAlert(
      f,
      ceo,
      ctxFor(f, ceo, { escalation: { originalRecipients: [f.to[0] as Recipient], hoursUnacknowledged: 2 } }),
    );
    expect(r.subject).toBe('[CRITICAL] Escalated: Threat – Kingsmead Academy');
    expect(r.text).toContain('nobody has acknowledged this alert 2 h after it was sent');
    expect(r.text).toContain('First sent to: Mrs Angela Barrett (Principal of Kingsmead Academy).');
  });

  it('renders a trust-level and a two-academy flag with the right names', () => {
    const f = { ...flags.abuse, scopes: ['trust'] };
    expect(renderAlert(f, f.to[0] as Recipient, ctxFor(f, f.to[0] as Recipient)).subject).toBe(
      '[HIGH] Abuse or harassment – Riverside Learning Trust',
    );
    const two = { ...flags.abuse, scopes: ['kingsmead', 'oakfield'] };
    expect(renderAlert(two, two.to[0] as Recipient, ctxFor(two, two.to[0] as Recipient)).subject).toBe(
      '[HIGH] Abuse or harassment – Kingsmead Academy and Oakfield Academy',
    );
  });
});

describe('renderAlert: hostile input', () => {
  const hostileConfig = {
    ...config,
    academies: config.academies.map((a) =>
      a.id === 'kingsmead' ? { ...a, name: `Kingsmead <script>alert(9)</script>\r\nBcc: z@evil.example` } : a,
    ),
  };
  const f = hostileFlag(hostileConfig);
  const me: Recipient = { ...(f.to[0] as Recipient), name: HOSTILE.crlfName };
  const r = renderAlert(f, me, { ...ctxFor(f, me), config: hostileConfig });

  it('is inert HTML: no injected tags, attributes or links', () => {
    expectInert(r.html);
    expect(r.html).not.toMatch(/<script|<img|onerror=alert\(1\)>/i);
    expect(r.html).toContain('&lt;script&gt;');
    expect(r.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    // The javascript: post URL is shown defanged, not linked.
    expect(r.html).toContain('javascript[:]alert(document[.]cookie)');
    expect(hrefs(r.html).some((u) => u.includes('javascript'))).toBe(false);
  });

  it('shows bidi overrides as visible markers', () => {
    expect(r.html).toContain('invoice[U+202E]gpj.exe');
    expect(r.text).toContain('invoice[U+202E]gpj.exe');
    expect(r.text).not.toContain('\u202E');
  });

  it('keeps the subject a single clean line', () => {
    expect(r.subject).not.toMatch(/[\r\n]/);
    expect(r.subject).toBe('[CRITICAL] Threat – Kingsmead <script>alert(9)</script> Bcc: z@evil.example');
  });

  it('plain text has no control characters, and the javascript: post URL is not offered as a link', () => {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    expect(r.text).not.toMatch(/[\u0000-\u0008\u000b-\u001f]/);
    // Names stay on one line: the CRLF in the display name and academy name cannot start a fake line.
    expect(r.text).toContain('Evil Bcc: x@evil.example X-Injected: yes');
    expect(r.text).not.toMatch(/^Bcc: [xz]@/m);
    // The post's own text is quoted as it was (it mentions javascript:), but the post link is defanged.
    expect(r.text).not.toMatch(/Open the post on X: javascript/i);
    expect(r.text).toContain(
      'Post address (not an X address, so not a link): javascript[:]alert(document[.]cookie)',
    );
  });

  it('drops an action link that is not http(s)', () => {
    const bad = renderAlert(f, me, {
      ...ctxFor(f, me),
      links: { acknowledge: 'javascript:alert(1)', false_positive: 'https://actions.example/?t=ok' },
    });
    expect(hrefs(bad.html).filter((u) => u.startsWith('https://actions.example/'))).toEqual([
      'https://actions.example/?t=ok',
    ]);
    expect(bad.text).not.toContain('javascript:alert(1)');
  });
});

describe('renderRollup', () => {
  const principal = flags.disparaging.to[0] as Recipient;
  const oak = { ...flags.media_enquiry, id: 'media_enquiry:oak', scopes: ['oakfield'] };
  const list = [flags.solicitation, flags.disparaging, oak, flags.media_enquiry, flags.sensitive_topic];
  const r = renderRollup(list, principal, {
    config,
    timeZone: 'Europe/London',
    now: SAMPLE_NOW,
    linksFor: (f) =>
      signActionLinks({ flag: f, recipient: principal, secret: KEY, baseUrl: BASE, expiresAt: EXPIRES }),
    linksExpireAt: EXPIRES,
  });

  it('has a subject with the count and no post text', () => {
    expect(r.subject).toBe('Daily roll-up – 5 to review – 2 places');
    expect(r.preheader).toBe('5 lower-priority alerts to review: 4 medium, 1 low.');
  });

  it('groups by academy (config order) then kind (kind order)', () => {
    const order = ['OAKFIELD ACADEMY', 'KINGSMEAD ACADEMY'].map((s) => r.text.indexOf(s));
    expect(order[0]).toBeGreaterThan(-1);
    expect(order[0]).toBeLessThan(order[1] ?? -1);
    const k = r.text.slice(order[1]);
    const kinds = [
      'Disparaging post (1)',
      'Media enquiry (1)',
      'Sensitive topic (1)',
      'Solicitation (1)',
    ].map((s) => k.indexOf(s));
    expect(kinds.every((x) => x > -1)).toBe(true);
    expect([...kinds].sort((a, b) => a - b)).toEqual(kinds);
  });

  it('gives each flag its own action links and an excerpt', () => {
    expectInert(r.html);
    const tokens = hrefs(r.html)
      .filter((u) => u.startsWith(BASE))
      .map((u) => verifyAction(new URL(u).searchParams.get('t'), KEY, SAMPLE_NOW));
    const total = list.reduce((n, f) => n + alertActions(f).length, 0);
    expect(tokens).toHaveLength(total);
    const byFlag = new Set(tokens.map((t) => (t.ok ? t.claims.flagId : 'bad')));
    expect([...byFlag].sort()).toEqual(list.map((f) => f.id).sort());
    expect(r.text).toContain('Kingsmead is an absolute shambles.');
  });

  it('never excerpts a safeguarding post', () => {
    const sg = { ...flags.safeguarding, severity: 'medium' as const };
    const out = renderRollup([sg], principal, {
      config,
      timeZone: 'Europe/London',
      now: SAMPLE_NOW,
      linksFor: (f) =>
        signActionLinks({ flag: f, recipient: principal, secret: KEY, baseUrl: BASE, expiresAt: EXPIRES }),
    });
    expect(out.text + out.html).not.toContain('bruises');
  });

  it('keeps a big roll-up under Gmail’s clipping size by listing the overflow compactly', () => {
    const many = Array.from({ length: ROLLUP_FULL_ITEMS + 30 }, (_, i) => ({
      ...flags.disparaging,
      id: `disparaging:${i}`,
      createdAt: `2026-11-24T06:${String(i % 60).padStart(2, '0')}:00.000Z`,
    }));
    const out = renderRollup(many, principal, {
      config,
      timeZone: 'Europe/London',
      now: SAMPLE_NOW,
      linksFor: (f) =>
        signActionLinks({ flag: f, recipient: principal, secret: KEY, baseUrl: BASE, expiresAt: EXPIRES }),
    });
    expect(Buffer.byteLength(out.html)).toBeLessThan(100_000);
    // Every flag still has its Acknowledge link.
    const acked = new Set(
      hrefs(out.html)
        .map((u) => verifyAction(new URL(u).searchParams.get('t'), KEY, SAMPLE_NOW))
        .flatMap((v) => (v.ok && v.claims.action === 'acknowledge' ? [v.claims.flagId] : [])),
    );
    expect(acked.size).toBe(many.length);
    expect(out.subject).toBe(`Daily roll-up – ${many.length} to review – Kingsmead Academy`);
  });

  it('renders an empty roll-up', () => {
    const out = renderRollup([], principal, {
      config,
      timeZone: 'Europe/London',
      now: SAMPLE_NOW,
      linksFor: () => ({ acknowledge: BASE }),
    });
    expect(out.subject).toBe('Daily roll-up – 0 to review – Riverside Learning Trust');
    expect(out.text).toContain('Nothing new today.');
  });
});
