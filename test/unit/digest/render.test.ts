import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../lib/config/schema';
import type { DigestData } from '../../../lib/digest/aggregate';
import { buildDigestData } from '../../../lib/digest/aggregate';
import { textSparkline } from '../../../lib/digest/text';
import { renderDigest } from '../../../lib/digest/render';
import type { RenderedDigest } from '../../../lib/digest/render';
import { makeFlag, putFlag, putPost, riverside, startStore } from './helpers';
import type { TestStore } from './helpers';

const NOW = Date.parse('2026-11-23T07:30:00Z');
const HOSTILE =
  '<script>alert(1)</script><img src=x onerror="alert(2)"> "quoted" & \'single\' \u202Eevil\u202C';
const LONG = `https://example.com/${'a'.repeat(300)}`;

let t: TestStore;
let config: Config;
let data: DigestData;
let r: RenderedDigest;

beforeAll(async () => {
  t = await startStore();
  const base = riverside();
  config = {
    ...base,
    academies: base.academies.map((a, i) => (i === 0 ? { ...a, name: '<i>Oak</i> & "Field" Academy' } : a)),
  };
  const { store } = t;
  await putPost(store, config, {
    id: 'p1',
    at: '2026-11-17T10:00:00Z',
    scopes: ['oakfield'],
    source: 'mention',
    sentiment: -0.4,
  });
  const flag = makeFlag({
    id: 'threat:1',
    kind: 'threat',
    severity: 'critical',
    createdAt: '2026-11-17T10:05:00.000Z',
  });
  await putFlag(store, config, {
    ...flag,
    post: flag.post
      ? { ...flag.post, text: `${HOSTILE} ${LONG}`, authorUsername: 'x_<b>bold</b>' }
      : undefined,
    explanation: '<u>explain</u>',
  });
  await putFlag(
    store,
    config,
    makeFlag({
      id: 'unapproved_account:9',
      kind: 'unapproved_account',
      severity: 'high',
      scopes: ['brookside'],
      createdAt: '2026-11-18T06:00:00.000Z',
      post: undefined,
      details: {
        username: 'evil',
        name: '<script>x</script>',
        url: 'javascript:alert(3)',
        reasons: ['<b>r</b>'],
      },
    }),
  );
  await store.putHold({
    id: 'h1',
    scope: 'oakfield',
    reason: '<a href="https://evil.example">click</a>',
    declaredBy: 'principal@oakfield.riverside-trust.example',
    declaredAt: '2026-11-18T10:00:00.000Z',
    startsAt: '2026-11-18T10:00:00.000Z',
  });
  data = await buildDigestData({ config, store, clock: { now: () => NOW } });
  r = renderDigest(data, config);
});
afterAll(async () => t.db.close());

describe('digest rendering', () => {
  it('escapes everything that comes from posts, accounts, holds and the config', () => {
    expect(r.html).not.toMatch(/<script/i);
    expect(r.html).not.toMatch(/<img/i);
    expect(r.html).not.toMatch(/<i>Oak/);
    expect(r.html).not.toMatch(/<a href="https:\/\/evil/);
    expect(r.html).not.toMatch(/<[^>]*\son\w+\s*=/i); // no event-handler attribute inside any tag
    expect(r.html).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;',
    );
    expect(r.html).toContain('&lt;i&gt;Oak&lt;/i&gt; &amp; &quot;Field&quot; Academy');
    expect(r.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;click&lt;/a&gt;');
    expect(r.html).toContain('x_&lt;b&gt;bold&lt;/b&gt;');
    // A javascript: URL from stored account details is shown as text, never linked.
    expect(r.html).not.toMatch(/href="javascript/i);
    for (const m of r.html.matchAll(/href="([^"]*)"/g)) expect(m[1]).toMatch(/^https:\/\//);
    // Post text is isolated for bidi overrides.
    expect(r.html).toContain('dir="auto"');
  });

  it('is one self-contained document: no script, no external images, fonts or styles', () => {
    expect(r.html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(r.html).not.toMatch(/<[^>]*\ssrc=/i); // no src attribute in any tag (escaped text has no '<')
    expect(r.html).not.toMatch(/<link|<style|@import|url\(/i);
    expect(r.html).not.toMatch(/<svg|<canvas|<iframe|<object/i);
    expect(r.html).toContain('max-width:600px');
    expect(r.html).toContain('table-layout:fixed');
    expect(r.html).toContain('overflow-wrap:anywhere');
  });

  it('gives the same numbers in the subject, HTML and plain text', () => {
    expect(data.total.flags.total).toBe(2);
    expect(r.subject).toBe(
      'Weekly digest 16–22 Nov 2026: 2 flags, 1 open (1 overdue) · Riverside Learning Trust',
    );
    expect(r.text).toContain('Flags raised: 2 (up 2 on last week): 1 critical, 1 high');
    expect(r.html).toContain('>2</div>');
    expect(r.text).toContain('Public sentiment: -40');
    expect(r.html).toContain('\u221240'); // −40 with a true minus sign
    expect(r.text).toContain('@evil "<script>x</script>" presents as Brookside Primary');
    expect(r.text).toContain('javascript:alert(3)'); // text is not a link: shown as it is
    expect(r.csvFilename).toBe('trustwatch-flags-2026-W47.csv');
    expect(r.csv.split('\r\n')).toHaveLength(4); // header, two flags, trailing empty
  });

  it('renders the same bytes from the same data', () => {
    expect(renderDigest(data, config)).toEqual(r);
  });

  it('draws text sparklines from block characters', () => {
    expect(textSparkline([0, 1, 2, 4, 8])).toBe('▁▂▃▅█');
    expect(textSparkline([0, 0])).toBe('▁▁');
  });
});
