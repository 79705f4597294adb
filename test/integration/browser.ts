/**
 * Shared by the browser checks of the emails (test/integration/mail/render-browser.test.ts) and the
 * digest (test/integration/digest/render-browser.test.ts): headless Chromium (Debian's /usr/bin/chromium,
 * driven by playwright-core), and one function that opens a rendered HTML document at a given width
 * with every network request recorded and refused, and reports what a reader would meet: the layout
 * (document width, every element that sticks out sideways), the visible text, the links, and whether
 * anything could have run (dialogs opened, page errors, <script> elements, on* attributes).
 *
 * The tests skip, saying why, when /usr/bin/chromium is missing (CI installs it: apt-get install -y chromium).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const HAS_CHROMIUM = existsSync(CHROMIUM);
export const SHOTS = join(process.cwd(), 'out', 'screenshots');

/** A describe title that says why the block is skipped when Chromium is missing. */
export const browserSuiteTitle = (what: string): string =>
  `${what} in headless Chromium${HAS_CHROMIUM ? '' : ` (SKIPPED: ${CHROMIUM} is missing; apt-get install -y chromium)`}`;

export interface Chromium {
  context: BrowserContext;
  close(): Promise<void>;
}

/** Start Chromium with a throwaway profile (no network chatter of its own), and make out/screenshots/. */
export const launchChromium = async (): Promise<Chromium> => {
  mkdirSync(SHOTS, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'trustwatch-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
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
    return {
      context,
      close: async () => {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
};

// Runs in the page. The project compiles without DOM types (Node code), so the few DOM members used
// there are described here instead.
interface MiniElement {
  tagName: string;
  textContent: string | null;
  innerText: string;
  getAttribute(name: string): string | null;
  getAttributeNames(): string[];
  getBoundingClientRect(): { left: number; right: number; width: number; height: number };
}
interface MiniDom {
  document: {
    documentElement: { clientWidth: number; scrollWidth: number };
    title: string;
    querySelectorAll(selector: string): ArrayLike<MiniElement>;
    body: { innerText: string; querySelectorAll(selector: string): ArrayLike<MiniElement> };
  };
}

export interface Layout {
  /** The viewport's CSS width as the document sees it. */
  viewport: number;
  scrollWidth: number;
  /** Every element of the body whose box reaches past either side of the viewport. */
  offenders: string[];
  /** What a reader sees (innerText: hidden elements such as the preheader are left out). */
  text: string;
  title: string;
  /** Every link: its visible text and its href attribute. */
  links: { text: string; href: string }[];
  /** How many <script> elements the DOM holds (the head included). */
  scripts: number;
  /** `<tag> onerror` for every element carrying an event-handler attribute. */
  handlers: string[];
}

export interface Opened {
  layout: Layout;
  /** Every request the page tried to make (all of them are refused). */
  requests: string[];
  /** alert/confirm/prompt dialogs opened by the page: only script opens one. */
  dialogs: string[];
  /** Uncaught errors thrown by script in the page. */
  pageErrors: string[];
}

/**
 * Open `html` at `width` px (900 px tall), measure it and, if `screenshot` is a path, save a full-page
 * screenshot there. Script is left enabled on purpose: if hostile input ever became markup, it would
 * run and show up in `dialogs` or `pageErrors`.
 */
export const openAt = async (
  context: BrowserContext,
  html: string,
  width: number,
  screenshot?: string,
): Promise<Opened> => {
  const page = await context.newPage();
  const requests: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  try {
    page.on('request', (req) => requests.push(req.url()));
    page.on('pageerror', (err) => pageErrors.push(err.message));
    page.on('dialog', (d) => {
      dialogs.push(`${d.type()}: ${d.message()}`);
      void d.dismiss().catch(() => undefined);
    });
    await page.route('**/*', (route) => route.abort());
    await page.setViewportSize({ width, height: 900 });
    await page.setContent(html, { waitUntil: 'load' });
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
      const all = Array.from(document.querySelectorAll('*'));
      return {
        viewport: vw,
        scrollWidth: document.documentElement.scrollWidth,
        offenders,
        text: document.body.innerText,
        title: document.title,
        links: Array.from(document.querySelectorAll('a')).map((a) => ({
          text: a.innerText.trim(),
          href: a.getAttribute('href') ?? '',
        })),
        scripts: document.querySelectorAll('script').length,
        handlers: all.flatMap((el) =>
          el
            .getAttributeNames()
            .filter((n) => n.toLowerCase().startsWith('on'))
            .map((n) => `<${el.tagName.toLowerCase()}> ${n}`),
        ),
      };
    });
    if (screenshot) await page.screenshot({ path: screenshot, fullPage: true });
    return { layout, requests, dialogs, pageErrors };
  } finally {
    await page.close();
  }
};
