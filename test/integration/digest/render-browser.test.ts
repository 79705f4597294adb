/**
 * The digest in a real browser engine: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) at 600 px (desktop mail column) and 375 px (a phone). For the Riverside demo week
 * (4 academies) and a 50-academy trust it asserts that nothing overflows sideways, every academy is
 * present, and the page makes no network request (no external images, fonts or styles), and it saves
 * full-page screenshots to out/screenshots/ for a person to look at.
 *
 * Skipped, saying why, only when /usr/bin/chromium is missing (CI installs it: apt-get install -y chromium).
 * Launching, measuring and the network guard are shared with the mail check (test/integration/browser.ts).
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Config } from '../../../lib/config/schema';
import { buildDigestData } from '../../../lib/digest/aggregate';
import { renderDigest } from '../../../lib/digest/render';
import type { RenderedDigest } from '../../../lib/digest/render';
import {
  RIVERSIDE_DIGEST_NOW,
  RIVERSIDE_DIGEST_WEEK,
  sampleConfig,
  seedRiversideWeek,
  seedSynthetic,
} from '../../../lib/digest/sample';
import { riverside, startStore } from '../../unit/digest/helpers';
import { HAS_CHROMIUM, SHOTS, browserSuiteTitle, launchChromium, openAt } from '../browser';
import type { Chromium, Opened } from '../browser';

/** Gmail clips a message whose HTML is larger than about 102 KB. */
const GMAIL_CLIP_BYTES = 102 * 1024;

interface Variant {
  name: string;
  prefix: string;
  config: Config;
  rendered: RenderedDigest;
}

const variants: Variant[] = [];
let browser: Chromium | undefined;

const build = async (
  name: string,
  prefix: string,
  config: Config,
  seed: (t: Awaited<ReturnType<typeof startStore>>) => Promise<unknown>,
): Promise<Variant> => {
  const t = await startStore();
  try {
    await seed(t);
    const data = await buildDigestData({
      config,
      store: t.store,
      clock: { now: () => RIVERSIDE_DIGEST_NOW },
    });
    return { name, prefix, config, rendered: renderDigest(data, config) };
  } finally {
    await t.db.close();
  }
};

describe.skipIf(!HAS_CHROMIUM)(browserSuiteTitle('the digest'), () => {
  beforeAll(async () => {
    const base = riverside();
    variants.push(
      await build('Riverside (4 academies)', 'digest', base, (t) =>
        seedRiversideWeek({ store: t.store, doc: t.db.doc, tableName: t.db.tableName }, base),
      ),
    );
    const fifty = sampleConfig(base, 50);
    variants.push(
      await build('50 academies', 'digest-50', fifty, (t) =>
        seedSynthetic({ store: t.store, doc: t.db.doc, tableName: t.db.tableName }, fifty, {
          week: RIVERSIDE_DIGEST_WEEK,
          flags: 300,
        }),
      ),
    );
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
  });

  const layoutAt = async (v: Variant, width: number, screenshot = true): Promise<Opened> => {
    if (!browser) throw new Error('browser not started');
    return openAt(
      browser.context,
      v.rendered.html,
      width,
      screenshot ? join(SHOTS, `${v.prefix}-${width}.png`) : undefined,
    );
  };

  for (const [index, label] of [
    [0, 'Riverside (4 academies)'],
    [1, '50 academies'],
  ] as const)
    for (const width of [600, 375])
      it(`${label} at ${width} px: no sideways overflow, every academy present, no network`, async () => {
        const v = variants[index];
        if (!v) throw new Error('variant not built');
        const { layout, requests } = await layoutAt(v, width);
        expect(layout.viewport).toBe(width);
        expect(layout.scrollWidth).toBeLessThanOrEqual(width);
        expect(layout.offenders).toEqual([]);
        for (const a of v.config.academies) expect(layout.text, a.name).toContain(a.name);
        expect(layout.text).toContain(v.config.trust.name);
        expect(requests).toEqual([]);
        expect(existsSync(join(SHOTS, `${v.prefix}-${width}.png`))).toBe(true);
      });

  it('would catch an overflow: a deliberately too-wide document fails the same checks', async () => {
    const broken: Variant = {
      name: 'broken',
      prefix: 'digest-control',
      config: riverside(),
      rendered: {
        subject: 'x',
        text: 'x',
        csv: '',
        csvFilename: 'x.csv',
        html: `<!DOCTYPE html><html><body style="margin:0"><table style="width:520px"><tr><td>${'W'.repeat(80)}</td></tr></table></body></html>`,
      },
    };
    const { layout } = await layoutAt(broken, 375, false);
    expect(layout.scrollWidth).toBeGreaterThan(375);
    expect(layout.offenders.length).toBeGreaterThan(0);
  });

  it('keeps the 50-academy HTML under Gmail’s clipping size', () => {
    const v = variants[1];
    expect(Buffer.byteLength(v?.rendered.html ?? '')).toBeLessThan(GMAIL_CLIP_BYTES);
  });
});
