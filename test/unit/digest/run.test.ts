import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  digestKey,
  isDigestDue,
  lastDigestSlot,
  nextDigestSlot,
  runDigest,
  writeDigestPreview,
} from '../../../lib/app/digest';
import type { Mailer, OutgoingMail } from '../../../lib/app/ports';
import type { Config } from '../../../lib/config/schema';
import { buildDigestData } from '../../../lib/digest/aggregate';
import { buildDigestMime } from '../../../lib/digest/mime';
import { renderDigest } from '../../../lib/digest/render';
import { silentObs } from '../../../lib/obs/log';
import { makeFlag, putFlag, riverside, startStore } from './helpers';
import type { TestStore } from './helpers';

const NOW = Date.parse('2026-11-23T07:30:00Z');
const config = riverside();
let t: TestStore;

class FakeMailer implements Mailer {
  sent: OutgoingMail[] = [];
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    this.sent.push(mail);
    return { messageId: `ses-${this.sent.length}` };
  }
}

beforeAll(async () => {
  t = await startStore();
  await putFlag(t.store, config, makeFlag({ id: 'threat:1', kind: 'threat', severity: 'critical' }));
});
afterAll(async () => t.db.close());

const headerBlock = (raw: Buffer): string => {
  const s = raw.toString('utf8');
  return s.slice(0, s.indexOf('\r\n\r\n')).replace(/\r\n[ \t]+/g, ' '); // unfolded
};

describe('the digest message', () => {
  it('is deterministic, with From, To, Cc, both alternatives and the CSV attachment', async () => {
    const data = await buildDigestData({ config, store: t.store, clock: { now: () => NOW } });
    const rendered = renderDigest(data, config);
    const meta = { weekId: data.week.id, generatedAt: data.generatedAt };
    const a = await buildDigestMime(config, rendered, meta);
    const b = await buildDigestMime(config, rendered, meta);
    expect(a.raw.equals(b.raw)).toBe(true);
    const raw = a.raw.toString('utf8');
    const head = headerBlock(a.raw);
    expect(head).toContain(
      'From: "TrustWatch (Riverside Learning Trust)" <trustwatch@riverside-trust.example>',
    );
    expect(head).toContain('To: Mark Fenwick <coo@riverside-trust.example>');
    expect(head).toContain('Cc: Dr Helen Ashworth <ceo@riverside-trust.example>');
    expect(head).toMatch(/Message-ID: <tw\.digest\.2026-w47\.[0-9a-f]{32}@riverside-trust\.example>/);
    expect(head).toContain('Date: Mon, 23 Nov 2026 07:30:00 +0000');
    expect(head).toMatch(/Content-Type: multipart\/mixed;/);
    expect(head).toMatch(/^Subject: =\?UTF-8\?Q\?Weekly_digest_16=E2=80=9322_Nov_2026/m);
    expect(raw).toMatch(/Content-Type: multipart\/alternative;/);
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    expect(raw).toMatch(/Content-Disposition: attachment;\s+filename=trustwatch-flags-2026-W47\.csv/);
    expect(raw).not.toMatch(/[^\r]\n/); // CRLF only
    expect(a.to).toEqual(['coo@riverside-trust.example']);
    expect(a.cc).toEqual(['ceo@riverside-trust.example']);
  });

  it('leaves the CEO off when ccCeo is false, and cannot be made to inject a header', async () => {
    const cfg: Config = {
      ...config,
      alerts: { ...config.alerts, fromName: 'TrustWatch\r\nBcc: spy@evil.example' },
      schedule: { ...config.schedule, digest: { ...config.schedule.digest, ccCeo: false } },
    };
    const data = await buildDigestData({ config: cfg, store: t.store, clock: { now: () => NOW } });
    const m = await buildDigestMime(cfg, renderDigest(data, cfg), {
      weekId: data.week.id,
      generatedAt: data.generatedAt,
    });
    const head = headerBlock(m.raw);
    expect(m.cc).toEqual([]);
    expect(head).not.toMatch(/^Cc:/m);
    expect(head).not.toMatch(/^Bcc:/im);
    expect(head).toContain('From: "TrustWatch Bcc: spy@evil.example" <trustwatch@riverside-trust.example>');
  });
});

describe('runDigest', () => {
  it('sends the same message once to the COO and once to the CEO, and never again that week', async () => {
    const mailer = new FakeMailer();
    const deps = { config, store: t.store, mailer, clock: { now: () => NOW }, obs: silentObs() };
    const first = await runDigest(deps);
    expect(first.week).toBe('2026-W47');
    expect(first.sent).toBe(2);
    expect(mailer.sent.map((m) => m.destinations)).toEqual([
      ['coo@riverside-trust.example'],
      ['ceo@riverside-trust.example'],
    ]);
    expect(mailer.sent[0]?.raw.equals(mailer.sent[1]?.raw ?? Buffer.alloc(0))).toBe(true);
    expect(mailer.sent[0]?.meta?.purpose).toBe('digest');
    expect((await t.store.getDelivery(digestKey('2026-W47', 'COO@riverside-trust.example')))?.state).toBe(
      'sent',
    );

    const again = await runDigest({ ...deps, clock: { now: () => NOW + 3_600_000 } });
    expect(again.sent).toBe(0);
    expect(again.outcomes.map((o) => o.outcome)).toEqual(['already_sent', 'already_sent']);
    expect(mailer.sent).toHaveLength(2);
  });

  it('sends a chosen week on request', async () => {
    const mailer = new FakeMailer();
    const r = await runDigest(
      { config, store: t.store, mailer, clock: { now: () => NOW }, obs: silentObs() },
      { week: '2026-W46' },
    );
    expect(r).toMatchObject({ week: '2026-W46', sent: 2 });
  });
});

describe('writeDigestPreview', () => {
  it('writes the HTML, text, CSV and .eml of a chosen week without sending anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tw-digest-'));
    try {
      const files = await writeDigestPreview({ config, store: t.store, clock: { now: () => NOW } }, dir, {
        week: '2026-W47',
      });
      expect(files.html).toBe(join(dir, 'digest.html'));
      expect(files.csv).toBe(join(dir, 'trustwatch-flags-2026-W47.csv'));
      expect(readFileSync(files.html, 'utf8').startsWith('<!DOCTYPE html>')).toBe(true);
      expect(readFileSync(files.text, 'utf8')).toContain('Week 47');
      expect(readFileSync(files.eml, 'utf8')).toContain('Message-ID:');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('isDigestDue (Monday 07:30 Europe/London by default)', () => {
  const at = (s: string): number => Date.parse(s);
  it('is due once the Monday slot has passed since the last run, in GMT and in BST', () => {
    expect(isDigestDue(config, at('2026-11-23T07:29:00Z'), at('2026-11-16T07:30:00Z'))).toBe(false);
    expect(isDigestDue(config, at('2026-11-23T07:30:00Z'), at('2026-11-16T07:30:00Z'))).toBe(true);
    expect(isDigestDue(config, at('2026-11-23T07:35:00Z'), at('2026-11-23T07:30:00Z'))).toBe(false);
    // 07:30 BST is 06:30 UTC.
    expect(isDigestDue(config, at('2026-06-15T06:29:00Z'), at('2026-06-08T06:30:00Z'))).toBe(false);
    expect(isDigestDue(config, at('2026-06-15T06:30:00Z'), at('2026-06-08T06:30:00Z'))).toBe(true);
    expect(new Date(lastDigestSlot(config, at('2026-11-25T12:00:00Z'))).toISOString()).toBe(
      '2026-11-23T07:30:00.000Z',
    );
    expect(new Date(nextDigestSlot(config, at('2026-10-20T12:00:00Z'))).toISOString()).toBe(
      '2026-10-26T07:30:00.000Z',
    );
  });

  it('without a last run, is due only within a day of the slot', () => {
    expect(isDigestDue(config, at('2026-11-23T09:00:00Z'))).toBe(true);
    expect(isDigestDue(config, at('2026-11-26T09:00:00Z'))).toBe(false);
  });

  it('follows the configured day and time', () => {
    const fri: Config = {
      ...config,
      schedule: { ...config.schedule, digest: { day: 'friday', time: '16:00', ccCeo: true } },
    };
    expect(isDigestDue(fri, at('2026-11-27T15:59:00Z'), at('2026-11-20T16:00:00Z'))).toBe(false);
    expect(isDigestDue(fri, at('2026-11-27T16:00:00Z'), at('2026-11-20T16:00:00Z'))).toBe(true);
  });
});
