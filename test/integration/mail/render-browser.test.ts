/**
 * The emails people read in a crisis, in a real browser engine: headless Chromium (Debian's
 * /usr/bin/chromium, driven by playwright-core) at 600 px (desktop mail column) and 375 px (a phone).
 *
 * Rendered with the real renderers and the Riverside config (config/riverside.yaml):
 *   - hold-start / hold-end  the notices for a posting hold on Oakfield (lib/app/holds `holdNotice` →
 *                            lib/mail/notice), declared on Friday 23 October 2026 at 17:30 BST and
 *                            planned to end on Monday 08:00 GMT, across the clock change; lifted on
 *                            Sunday 19:00 GMT;
 *   - hold-breach            the alert for an official @OakfieldPE post inside that hold, raised by the
 *                            policy engine (lib/domain/policy-engine `flagsForPost`);
 *   - volume-spike           the sample mention storm (lib/mail/samples), with a long pile-on hashtag
 *                            among its top terms, and its one-click "declare a hold" button;
 *   - threat-hostile         the hostile-input threat (lib/mail/samples `hostileFlag`: script, an
 *                            <img onerror>, a javascript: link, a bidi override, CRLF + a forged Bcc:
 *                            header in the text and the author's name), plus a 300-character word.
 *
 * For each, at both widths, it asserts: nothing overflows sideways (document scrollWidth ≤ viewport and
 * no element reaches past either edge); the page makes no network request; no script ran (no dialog,
 * no page error, no <script> element, no on* attribute, every link https); and the facts a reader needs
 * are in the visible text. Full-page screenshots go to out/screenshots/mail-<name>-<width>.png.
 * A control document with a script, an event handler, an external image and a too-wide box proves that
 * each check can fail.
 *
 * Skipped, saying why, only when /usr/bin/chromium is missing (CI installs it: apt-get install -y chromium).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LINK_TTL_MS, TOKEN_PARAM, signActionLinks, verifyAction } from '../../../lib/actions/links';
import { frozenAccounts, holdNotice } from '../../../lib/app/holds';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import type { Flag, PostEvidence, Recipient } from '../../../lib/domain/flag';
import type { Hold } from '../../../lib/domain/hold';
import { flagsForPost } from '../../../lib/domain/policy-engine';
import { renderNotice } from '../../../lib/mail/notice';
import { renderAlert } from '../../../lib/mail/render';
import type { RenderedMail } from '../../../lib/mail/render';
import { HOSTILE, SAMPLE_NOW, hostileFlag, sampleFlags } from '../../../lib/mail/samples';
import { BASE, KEY } from '../../unit/mail/helpers';
import { HAS_CHROMIUM, SHOTS, browserSuiteTitle, launchChromium, openAt } from '../browser';
import type { Chromium, Layout } from '../browser';

const CONFIG_FILE = fileURLToPath(new URL('../../../config/riverside.yaml', import.meta.url));
const WIDTHS = [600, 375] as const;

/** Oakfield, over the October clock change (BST ends at 02:00 on Sunday 25 October 2026). */
const HOLD: Hold = {
  id: 'oakfield-prom-20261023',
  scope: 'oakfield',
  reason: 'Pile-on over the cancelled Year 11 prom; say nothing until the statement is agreed',
  declaredBy: 'principal@oakfield.riverside-trust.example',
  declaredAt: '2026-10-23T16:30:00.000Z',
  startsAt: '2026-10-23T16:30:00.000Z', // Friday 17:30 BST
  until: '2026-10-26T08:00:00.000Z', // Monday 08:00 GMT
  origin: 'cli',
};
const LIFTED: Hold = {
  ...HOLD,
  endedAt: '2026-10-25T19:00:00.000Z', // Sunday 19:00 GMT
  endedBy: 'principal@oakfield.riverside-trust.example',
};

/** An official post made inside the hold: Saturday 10:15 BST. */
const BREACH_POST: PostEvidence = {
  id: '1849351200000000042',
  text: 'Great win for the U15s this morning, 3–1 away at Brookside! Full match report on the website on Monday.',
  url: 'https://x.com/OakfieldPE/status/1849351200000000042',
  authorId: '1400000000000000021',
  authorUsername: 'OakfieldPE',
  authorName: 'Oakfield PE',
  createdAt: '2026-10-24T09:15:00.000Z',
  capturedAt: '2026-10-24T09:20:12.000Z',
  source: 'official',
  accountHandle: 'OakfieldPE',
};

/** A hashtag a pile-on would trend: the spike's top terms are taken from posts, at any length. */
const LONG_HASHTAG = '#justiceforkingsmeadyear11promcancelled';
const LONG_WORD = 'W'.repeat(300);

interface Mail {
  name: string;
  rendered: RenderedMail;
  /** The visible-text facts this mail must carry. */
  facts: (string | RegExp)[];
  check?: (layout: Layout) => void;
}

const mails: Mail[] = [];
let config: Config;
let browser: Chromium | undefined;

const first = (rs: readonly Recipient[], what: string): Recipient => {
  const r = rs[0];
  if (!r) throw new Error(`${what} has no recipient`);
  return r;
};

const alertFor = (flag: Flag, now: number): RenderedMail => {
  const recipient = first(flag.to, flag.kind);
  const expiresAt = now + DEFAULT_LINK_TTL_MS;
  return renderAlert(flag, recipient, {
    config,
    timeZone: config.trust.timeZone,
    links: signActionLinks({ flag, recipient, secret: KEY, baseUrl: BASE, expiresAt }),
    now,
    linksExpireAt: expiresAt,
  });
};

const noticeFor = (hold: Hold, kind: 'hold_start' | 'hold_end', now: number): RenderedMail => {
  const notice = holdNotice(config, hold, kind);
  return renderNotice(notice, first(notice.to, kind), { config, timeZone: config.trust.timeZone, now });
};

/** `label: value` as a fact row reads in the page text. */
const fact = (label: string, value: string | RegExp): RegExp =>
  new RegExp(
    `${label}:\\s*${typeof value === 'string' ? value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : value.source}`,
  );

/** The action a signed link performs, read back from its token. */
const actionOf = (href: string): string | undefined => {
  const token = new URL(href).searchParams.get(TOKEN_PARAM);
  if (!token) return undefined;
  const v = verifyAction(token, KEY, SAMPLE_NOW);
  return v.ok ? v.claims.action : undefined;
};

const build = (): void => {
  const oakfield = frozenAccounts(config, 'oakfield').map((a) => `@${a.handle}`);
  const others = config.accounts.filter((a) => a.owner !== 'oakfield').map((a) => `@${a.handle}`);
  const principal = 'Mr David Okafor (Principal, Oakfield Academy)';
  // Local wall-clock times, in British English whatever the machine's locale ("BST", never "GMT+1").
  const since = 'Friday 23 October 2026 at 17:30 BST';
  const notFrozen = (l: Layout): void => {
    for (const h of others) expect(l.text, `${h} is not frozen`).not.toMatch(new RegExp(`${h}\\b`));
  };

  mails.push({
    name: 'hold-start',
    rendered: noticeFor(HOLD, 'hold_start', Date.parse(HOLD.startsAt) + 60_000),
    facts: [
      'POSTING HOLD',
      fact('Scope', 'Oakfield Academy'),
      fact('Accounts frozen', oakfield.join(', ')),
      fact('From', since),
      fact('Until', /Monday 26 October 2026 at 08:00 GMT(?!\+)/),
      fact('Reason', HOLD.reason),
      'Please do not post, reply or repost from the accounts listed below until the hold is lifted.',
      `Questions: ${principal}, principal@oakfield.riverside-trust.example.`,
      'CT §4.6',
    ],
    check: notFrozen,
  });

  mails.push({
    name: 'hold-end',
    rendered: noticeFor(LIFTED, 'hold_end', Date.parse(LIFTED.endedAt ?? '') + 60_000),
    facts: [
      'HOLD LIFTED',
      'The posting hold for Oakfield Academy has ended. The accounts below may post again.',
      fact('Scope', 'Oakfield Academy'),
      fact('Accounts frozen', oakfield.join(', ')),
      fact('From', since),
      fact('Until', /Sunday 25 October 2026 at 19:00 GMT(?!\+)/),
      fact('Reason', HOLD.reason),
      fact('Declared by', principal),
      fact('Lifted by', principal),
      `Questions: ${principal}, principal@oakfield.riverside-trust.example.`,
    ],
    check: notFrozen,
  });

  const breaches = flagsForPost(
    {
      config,
      post: BREACH_POST,
      scopes: ['oakfield'],
      account: config.accounts.find((a) => a.handle === 'OakfieldPE'),
      holds: [HOLD],
    },
    [],
  );
  const breach = breaches.find((f) => f.kind === 'hold_breach');
  if (!breach) throw new Error('the policy engine raised no hold_breach');
  mails.push({
    name: 'hold-breach',
    rendered: alertFor(breach, Date.parse(BREACH_POST.capturedAt) + 120_000),
    facts: [
      'Oakfield Academy',
      'An official account posted during a posting hold.',
      BREACH_POST.text,
      'Oakfield PE @OakfieldPE',
      'Posted by @OakfieldPE, an official account',
      fact('Posted', 'Sat 24 Oct 2026, 10:15 BST'),
      'Open the post on X',
      fact('Hold covers', 'Oakfield Academy'),
      fact('Reason', HOLD.reason),
      fact('Declared by', `${principal}, principal@oakfield.riverside-trust.example`),
      fact('In force since', 'Fri 23 Oct 2026, 17:30 BST'),
      fact('Planned end', 'Mon 26 Oct 2026, 08:00 GMT'),
      'CT §4.6',
      'Ask the account admins why this was posted',
    ],
    check: (l) => {
      expect(l.links).toContainEqual({ text: 'Open the post on X', href: BREACH_POST.url });
    },
  });

  const sample = sampleFlags(config).volume_spike;
  const spike: Flag = {
    ...sample,
    details: {
      ...sample.details,
      topTerms: [LONG_HASHTAG, '#kingsmeadacademy', 'supply', 'teacher', 'sacked', 'parents'],
    },
  };
  mails.push({
    name: 'volume-spike',
    rendered: alertFor(spike, SAMPLE_NOW),
    facts: [
      'Kingsmead Academy',
      'Mentions are far above their usual level.',
      /46 mentions between 06:00 and 07:00 GMT on Tue 24 Nov 2026, against a usual 2\.3 \(20\.0 × normal\)/,
      LONG_HASHTAG,
      'Consider a posting hold',
      'Declare a posting hold',
      'Pause official posting (CT §4.6)',
    ],
    check: (l) => {
      const hold = l.links.filter((a) => a.text.startsWith('Declare a posting hold'));
      expect(hold).toHaveLength(1);
      const href = hold[0]?.href ?? '';
      expect(href.startsWith(BASE)).toBe(true);
      expect(actionOf(href)).toBe('declare_hold');
    },
  });

  const hostile = hostileFlag(config);
  const post = hostile.post;
  if (!post) throw new Error('hostileFlag has no post');
  const threat: Flag = { ...hostile, post: { ...post, text: `${post.text}\r\n${LONG_WORD} end` } };
  mails.push({
    name: 'threat-hostile',
    rendered: alertFor(threat, SAMPLE_NOW),
    facts: [
      'CRITICAL',
      'Kingsmead Academy',
      'A post appears to contain a threat.',
      // The hostile text, shown as the literal characters it is.
      HOSTILE.script,
      HOSTILE.img,
      'invoice[U+202E]gpj.exe',
      'Bcc: y@evil.example kill you',
      LONG_WORD,
      // Flattened to one line: the CRLF cannot start a header or a line of its own.
      'Evil Bcc: x@evil.example X-Injected: yes',
      'Post address (not an X address, so not a link): javascript[:]alert(document[.]cookie)',
      // What to do.
      'Consider reporting this to the police',
      'With the consent of the staff member concerned (SUAT §11)',
      'call 999',
      'SUAT §11',
    ],
    check: (l) => {
      expect(l.text).not.toContain('\u202E');
      expect(l.title).not.toMatch(/[\r\n]/);
      expect(l.links.map((a) => a.href).filter((h) => h.toLowerCase().includes('javascript'))).toEqual([]);
    },
  });
};

describe.skipIf(!HAS_CHROMIUM)(browserSuiteTitle('the crisis emails'), () => {
  beforeAll(async () => {
    config = await loadConfigFile(CONFIG_FILE);
    build();
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const open = async (html: string, width: number, shot?: string) => {
    if (!browser) throw new Error('browser not started');
    return openAt(browser.context, html, width, shot);
  };

  for (const name of ['hold-start', 'hold-end', 'hold-breach', 'volume-spike', 'threat-hostile'])
    for (const width of WIDTHS)
      it(`${name} at ${width} px: no sideways overflow, no network, no script, the facts are visible`, async () => {
        const mail = mails.find((m) => m.name === name);
        if (!mail) throw new Error(`${name} not built`);
        const shot = join(SHOTS, `mail-${name}-${width}.png`);
        const { layout, requests, dialogs, pageErrors } = await open(mail.rendered.html, width, shot);

        expect(layout.viewport).toBe(width);
        expect(layout.scrollWidth).toBeLessThanOrEqual(width);
        expect(layout.offenders).toEqual([]);

        expect(requests).toEqual([]);

        expect(dialogs).toEqual([]);
        expect(pageErrors).toEqual([]);
        expect(layout.scripts).toBe(0);
        expect(layout.handlers).toEqual([]);
        for (const a of layout.links) expect(a.href, a.text).toMatch(/^https:\/\//);

        for (const f of mail.facts)
          if (typeof f === 'string') expect(layout.text, f).toContain(f);
          else expect(layout.text, String(f)).toMatch(f);
        mail.check?.(layout);

        expect(existsSync(shot)).toBe(true);
      });

  it('would catch script, a network request and an overflow: a deliberately bad document fails', async () => {
    const bad = `<!DOCTYPE html><html><body style="margin:0"><script>alert('script ran')</script><img src="https://evil.example/pixel.png" onerror="alert('onerror ran')"><a href="javascript:alert(3)">x</a><div style="width:520px">${'W'.repeat(40)}</div></body></html>`;
    const { layout, requests, dialogs } = await open(bad, 375);
    expect(layout.scrollWidth).toBeGreaterThan(375);
    expect(layout.offenders.length).toBeGreaterThan(0);
    expect(requests).toContain('https://evil.example/pixel.png');
    expect(dialogs).toEqual(['alert: script ran', 'alert: onerror ran']);
    expect(layout.scripts).toBe(1);
    expect(layout.handlers).toEqual(['<img> onerror']);
    expect(layout.links.map((a) => a.href)).toEqual(['javascript:alert(3)']);
  });
});
