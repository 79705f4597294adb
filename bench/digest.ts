/**
 * Digest bench (`npm run bench:digest`, `-- --json`, `-- --academies 50 --flags 300 --runs 7`): how long
 * the COO's weekly digest takes to build for a large trust, on the embedded DynamoDB (dynalite).
 *
 * Seeds a trust of N academies (default 50) with five weeks of daily counters (the digest week and the
 * four before, for the trends) and a few hundred flags in the digest week (lib/digest/sample.ts), then
 * times, over several runs: `buildDigestData` (all store reads: one counters query per scope, the
 * flags-by-day queries, open and take-down flags, holds, usage) and `renderDigest` (HTML, text, CSV),
 * plus the MIME build. Target (the issue): under 2 s for 50 academies, locally.
 *
 * It also counts store calls per build, to show the aggregates come from bounded queries (about one per
 * scope plus a handful), not from scans, and reports the HTML size against Gmail's ~102 KB clipping.
 */
import { loadConfigFile } from '../lib/config/load';
import { buildDigestData } from '../lib/digest/aggregate';
import { buildDigestMime } from '../lib/digest/mime';
import { renderDigest } from '../lib/digest/render';
import {
  RIVERSIDE_DIGEST_NOW,
  RIVERSIDE_DIGEST_WEEK,
  sampleConfig,
  seedSynthetic,
} from '../lib/digest/sample';
import { startLocalDynamo } from '../lib/local/dynamo';
import { DynamoStore } from '../lib/store/dynamo-store';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const TARGET_MS = 2000;
const GMAIL_CLIP_BYTES = 102 * 1024;

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v < 1) throw new Error(`--${name} must be a positive whole number`);
  return v;
};

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const round = (n: number): number => Math.round(n * 10) / 10;

const main = async (): Promise<void> => {
  const academies = arg('academies', 50);
  const nFlags = arg('flags', 300);
  const runs = arg('runs', 7);
  const json = process.argv.includes('--json');

  const base = await loadConfigFile(new URL('../config/riverside.yaml', import.meta.url).pathname);
  const config = sampleConfig(base, academies);
  const db = await startLocalDynamo();
  try {
    const store = new DynamoStore(db.doc, { tableName: db.tableName, postsDays: 90, flagsDays: 400 });
    const seedStart = performance.now();
    const seeded = await seedSynthetic({ store, doc: db.doc, tableName: db.tableName }, config, {
      week: RIVERSIDE_DIGEST_WEEK,
      flags: nFlags,
    });
    const seedMs = performance.now() - seedStart;

    // Count store calls by wrapping the store's methods (reads only happen through these).
    const calls = new Map<string, number>();
    const counted = new Proxy(store, {
      get(target, prop, receiver) {
        const value: unknown = Reflect.get(target, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      },
    });
    const clock = { now: () => RIVERSIDE_DIGEST_NOW };

    const build: number[] = [];
    const render: number[] = [];
    const mime: number[] = [];
    let sizes = { html: 0, text: 0, csv: 0, mime: 0, flags: 0, scorecards: 0 };
    for (let i = 0; i < runs + 1; i++) {
      calls.clear();
      const t0 = performance.now();
      const data = await buildDigestData({ config, store: counted, clock });
      const t1 = performance.now();
      const rendered = renderDigest(data, config);
      const t2 = performance.now();
      const message = await buildDigestMime(config, rendered, {
        weekId: data.week.id,
        generatedAt: data.generatedAt,
      });
      const t3 = performance.now();
      if (i === 0) continue; // warm-up (JIT, connection pool)
      build.push(t1 - t0);
      render.push(t2 - t1);
      mime.push(t3 - t2);
      sizes = {
        html: Buffer.byteLength(rendered.html),
        text: Buffer.byteLength(rendered.text),
        csv: Buffer.byteLength(rendered.csv),
        mime: message.raw.length,
        flags: data.weekFlags.length,
        scorecards: data.scorecards.length,
      };
    }
    const total = build.map((b, i) => b + (render[i] ?? 0));
    const result = {
      academies,
      flagsInWeek: sizes.flags,
      dayItems: seeded.days,
      seedMs: Math.round(seedMs),
      runs,
      buildMs: {
        median: round(median(build)),
        min: round(Math.min(...build)),
        max: round(Math.max(...build)),
      },
      renderMs: {
        median: round(median(render)),
        min: round(Math.min(...render)),
        max: round(Math.max(...render)),
      },
      mimeMs: { median: round(median(mime)) },
      totalMs: { median: round(median(total)), max: round(Math.max(...total)) },
      targetMs: TARGET_MS,
      withinTarget: median(total) < TARGET_MS,
      storeCallsPerBuild: Object.fromEntries([...calls.entries()].sort()),
      bytes: { ...sizes, gmailClip: GMAIL_CLIP_BYTES, htmlUnderGmailClip: sizes.html < GMAIL_CLIP_BYTES },
    };
    if (json) {
      console.log(JSON.stringify(result, null, 2));
      return;
    }
    console.log(
      `Digest bench: ${academies} academies, ${sizes.flags} flags in ${RIVERSIDE_DIGEST_WEEK}, ${seeded.days} day items (seeded in ${result.seedMs} ms)`,
    );
    console.log(
      `  buildDigestData  median ${result.buildMs.median} ms  (min ${result.buildMs.min}, max ${result.buildMs.max}) over ${runs} runs`,
    );
    console.log(
      `  renderDigest     median ${result.renderMs.median} ms  (min ${result.renderMs.min}, max ${result.renderMs.max})`,
    );
    console.log(
      `  build + render   median ${result.totalMs.median} ms, max ${result.totalMs.max} ms  → ${result.withinTarget ? 'within' : 'OVER'} the ${TARGET_MS} ms target`,
    );
    console.log(`  MIME message     median ${result.mimeMs.median} ms, ${sizes.mime} bytes`);
    console.log(`  store calls per build: ${[...calls.entries()].map(([k, v]) => `${k} ×${v}`).join(', ')}`);
    console.log(
      `  sizes: HTML ${sizes.html} B (${sizes.html < GMAIL_CLIP_BYTES ? 'under' : 'OVER'} Gmail's ${GMAIL_CLIP_BYTES} B clip), text ${sizes.text} B, CSV ${sizes.csv} B`,
    );
  } finally {
    await db.close();
  }
};

main().catch((e: unknown) => {
  console.error(e instanceof Error ? `${e.name}: ${e.message}` : e);
  process.exit(1);
});
