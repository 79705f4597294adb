import { describe, expect, it } from 'vitest';
import { ACTIONS, signAction, verifyAction } from '../../../lib/actions/links';
import type { ActionClaims, ActionName } from '../../../lib/actions/links';
import {
  PAGE_CSP,
  renderConfirmPage,
  renderErrorPage,
  renderResultPage,
  summarizeFlag,
} from '../../../lib/actions/pages';
import type { ErrorReason } from '../../../lib/actions/pages';
import { HOSTILE, SAMPLE_NOW, hostileFlag, sampleFlags } from '../../../lib/mail/samples';
import { KEY, exampleConfig, hrefs, parseTags, tagNames } from '../mail/helpers';

const config = exampleConfig();
const flags = sampleFlags(config);
const EXP = SAMPLE_NOW + 86_400_000;

const claimsFor = (action: ActionName): { claims: ActionClaims; token: string } => {
  const token = signAction(
    {
      flagId: flags.threat.id,
      action,
      email: 'principal@kingsmead.riverside-trust.example',
      expiresAt: EXP,
      ...(action === 'lift_hold' ? { holdId: 'hold-1' } : {}),
    },
    KEY,
  );
  const v = verifyAction(token, KEY, SAMPLE_NOW);
  if (!v.ok) throw new Error('sample token did not verify');
  return { claims: v.claims, token };
};

const PAGE_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'div',
  'h1',
  'p',
  'span',
  'strong',
  'a',
  'form',
  'input',
  'button',
]);

const expectSafePage = (body: string): void => {
  for (const t of tagNames(body)) expect(PAGE_TAGS, `unexpected <${t}>`).toContain(t);
  for (const tag of parseTags(body)) for (const a of tag.attrs) expect(a.name).not.toMatch(/^on/);
  for (const u of hrefs(body)) expect(u).toMatch(/^https:\/\/(x\.com|twitter\.com|actions\.example)\//);
  expect(body).not.toMatch(/<script/i);
};

describe('renderConfirmPage', () => {
  for (const action of ACTIONS) {
    it(`${action}: explains, then one POST form carrying the token`, () => {
      const { claims, token } = claimsFor(action);
      const page = renderConfirmPage({
        claims,
        token,
        flagSummary: summarizeFlag(flags.threat, config),
        postUrl: flags.threat.post?.url,
      });
      expect(page.status).toBe(200);
      expect(page.headers['Content-Security-Policy']).toBe(PAGE_CSP);
      expect(page.headers['Cache-Control']).toBe('no-store');
      expect(page.headers['Referrer-Policy']).toBe('no-referrer');
      expectSafePage(page.body);
      const tags = parseTags(page.body);
      const forms = tags.filter((t) => t.name === 'form');
      expect(forms).toHaveLength(1);
      expect(forms[0]?.attrs).toEqual([{ name: 'method', value: 'post' }]);
      const input = tags.find((t) => t.name === 'input');
      expect(input?.attrs).toEqual([
        { name: 'type', value: 'hidden' },
        { name: 'name', value: 't' },
        { name: 'value', value: token },
      ]);
      expect(tags.filter((t) => t.name === 'button')).toHaveLength(1);
      expect(page.body).toContain('Nothing has changed yet');
      expect(page.body).toContain('Acting as principal@kingsmead.riverside-trust.example');
      expect(page.body).toContain('Kingsmead Academy');
      expect(page.body).toContain('href="https://x.com/');
    });
  }

  it('escapes the summary and refuses a non-X post link', () => {
    const f = hostileFlag(config);
    const { claims, token } = claimsFor('acknowledge');
    const page = renderConfirmPage({
      claims,
      token,
      flagSummary: summarizeFlag(f, config),
      postUrl: HOSTILE.jsUrl,
    });
    expectSafePage(page.body);
    expect(page.body).toContain('&lt;script&gt;');
    expect(hrefs(page.body)).toEqual([]);
  });

  it('never shows safeguarding post text', () => {
    const { claims, token } = claimsFor('acknowledge');
    const page = renderConfirmPage({ claims, token, flagSummary: summarizeFlag(flags.safeguarding, config) });
    expect(page.body).not.toContain('bruises');
    expect(page.body).toContain('Safeguarding concern');
  });
});

describe('renderResultPage', () => {
  it('says what was recorded and when', () => {
    const page = renderResultPage({
      action: 'removal_requested',
      outcome: 'done',
      at: SAMPLE_NOW,
      flagSummary: summarizeFlag(flags.abuse, config),
      takedownHours: 24,
    });
    expect(page.status).toBe(200);
    expectSafePage(page.body);
    expect(page.body).toContain('still up after 24 hours');
    expect(page.body).toContain('Recorded Tue 24 Nov 2026, 07:05 GMT');
  });

  it('offers a lift link after declaring a hold, only if it is http(s)', () => {
    const ok = renderResultPage({
      action: 'declare_hold',
      outcome: 'done',
      at: SAMPLE_NOW,
      liftHoldUrl: 'https://actions.example/?t=v1.x.y',
    });
    expect(hrefs(ok.body)).toEqual(['https://actions.example/?t=v1.x.y']);
    const bad = renderResultPage({
      action: 'declare_hold',
      outcome: 'done',
      at: SAMPLE_NOW,
      liftHoldUrl: HOSTILE.jsUrl,
    });
    expect(hrefs(bad.body)).toEqual([]);
  });

  it('handles a repeat', () => {
    const page = renderResultPage({ action: 'acknowledge', outcome: 'already_done', at: SAMPLE_NOW });
    expect(page.body).toContain('already recorded');
  });
});

describe('renderErrorPage', () => {
  const cases: [ErrorReason, number][] = [
    ['malformed', 400],
    ['bad_signature', 400],
    ['unknown_action', 400],
    ['expired', 410],
    ['used', 409],
    ['not_found', 404],
    ['method_not_allowed', 405],
    ['unavailable', 503],
  ];
  for (const [reason, status] of cases)
    it(`${reason} → ${status}`, () => {
      const page = renderErrorPage(reason);
      expect(page.status).toBe(status);
      expect(page.headers['Content-Security-Policy']).toBe(PAGE_CSP);
      expectSafePage(page.body);
      expect(tagNames(page.body).has('form')).toBe(false);
    });

  it('does not tell an attacker which check failed', () => {
    const bodies = (['malformed', 'bad_signature', 'unknown_action'] as const).map((r) => renderErrorPage(r));
    expect(new Set(bodies.map((b) => b.body)).size).toBe(1);
    expect(new Set(bodies.map((b) => b.status)).size).toBe(1);
    expect(bodies[0]?.body).not.toMatch(/signature|hmac|key|claims|nonce/i);
  });

  it('sets Allow on 405', () => {
    expect(renderErrorPage('method_not_allowed').headers['Allow']).toBe('GET, POST');
  });
});
