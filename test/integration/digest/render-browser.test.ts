/**
 * The digest in a real browser engine: headless Chromium (Debian's /usr/bin/chromium, driven by
 * playwright-core) at 600 px (desktop mail column) and 375 px (a phone). For the Riverside demo week
 * (4 academies) and a 50-academy trust it asserts that nothing overflows sideways, every academy is
 * present, and the page makes no network request (no external images, fonts or styles), and it saves
 * full-page screenshots to out/screenshots/ for a person to look at.
 *
 * Skipped, saying why, only when /usr/bin/chromium is missing (CI installs it: apt-get install -y chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';
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

const CHROMIUM = '/usr/bin/chromium';
const HAS_CHROMIUM = existsSync(CHROMIUM);
const SHOTS = join(process.cwd(), 'out', 'screenshots');
/** Gmail clips a message whose HTML is larger than about 102 KB. */
const GMAIL_CLIP_BYTES = 102 * 1024;

interface Variant {
  name: string;
  prefix: string;
  config: Config;
  rendered: RenderedDigest;
}

const variants: Variant[] = [];
let context: BrowserContext | undefined;
let userDataDir = '';

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

interface MiniElement {
  tagName: string;
  textContent: string | null;
  getBoundingClientRect(): { left: number; right: number; width: number; height: number };
}
interface MiniDom {
  document: {
    documentElement: { clientWidth: number; scrollWidth: number };
    body: { innerText: string; querySelectorAll(selector: string): ArrayLike<MiniElement> };
  };
}

interface Layout {
  viewport: number;
  scrollWidth: number;
  offenders: string[];
  text: string;
}

describe.skipIf(!HAS_CHROMIUM)(
  `the digest in headless Chromium${HAS_CHROMIUM ? '' : ` (SKIPPED: ${CHROMIUM} is missing; apt-get install -y chromium)`}`,
  () => {
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
      mkdirSync(SHOTS, { recursive: true });
      userDataDir = mkdtempSync(join(tmpdir(), 'trustwatch-chromium-'));
      context = await chromium.launchPersistentContext(userDataDir, {
        executablePath: CHROMIUM,
        headless: true,
        args: [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
    }, 180_000);

    afterAll(async () => {
      await context?.close();
      if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
    });

    const layoutAt = async (
      v: Variant,
      width: number,
      screenshot = true,
    ): Promise<{ layout: Layout; requests: string[] }> => {
      if (!context) throw new Error('browser not started');
      const page = await context.newPage();
      const requests: string[] = [];
      try {
        page.on('request', (req) => requests.push(req.url()));
        await page.route('**/*', (route) => route.abort());
        await page.setViewportSize({ width, height: 900 });
        await page.setContent(v.rendered.html, { waitUntil: 'load' });
        // Runs in the page. The project compiles without DOM types (Node code), so the few DOM members
        // used here are described by MiniDom instead.
        const layout = await page.evaluate((): Layout => {
          const { document } = globalThis as unknown as MiniDom;
          const vw = document.documentElement.clientWidth;
          const offenders: string[] = [];
          for (const el of Array.from(document.body.querySelectorAll('*'))) {
            const b = el.getBoundingClientRect();
            if (b.width === 0 && b.height === 0) continue;
            if (b.right > vw + 0.5 || b.left < -0.5)
              offenders.push(
                `<${el.tagName.toLowerCase()}> ${Math.round(b.left)}–${Math.round(b.right)}px: ${(el.textContent ?? '').trim().slice(0, 60)}`,
              );
          }
          return {
            viewport: vw,
            scrollWidth: document.documentElement.scrollWidth,
            offenders,
            text: document.body.innerText,
          };
        });
        if (screenshot)
          await page.screenshot({ path: join(SHOTS, `${v.prefix}-${width}.png`), fullPage: true });
        return { layout, requests };
      } finally {
        await page.close();
      }
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
  },
);
