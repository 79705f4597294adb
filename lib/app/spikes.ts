/**
 * Use case: after each poll, look for mention storms (volume_spike) per academy and for the trust.
 *
 * The series comes from the day counters (each mention's minute of the local day, recorded by
 * process-posts), so it costs a few reads per scope and nothing from X. The current window is the
 * last 60 minutes; the baseline is that scope's own history for the same hour over the previous
 * 14 days (lib/domain/spike.ts). One storm is one alert: after an alert the scope cools down for
 * COOL_DOWN_HOURS (a once-only claim per scope and window, made once the alert's flag is stored). The
 * alert carries the counts, the top terms and up to five sample posts, and offers a one-click hold.
 */
import { subDays } from 'date-fns';
import type { Config } from '../config/schema';
import { flagId } from '../domain/flag';
import type { Flag } from '../domain/flag';
import { POLICY } from '../domain/policy';
import { deliveryFor, route } from '../domain/routing';
import { postUrl } from '../domain/post';
import { judgeHour } from '../domain/spike';
import type { HourCount } from '../domain/spike';
import type { Obs } from '../obs/log';
import type { DayCounters, DynamoStore } from '../store/dynamo-store';
import type { Clock } from './ports';
import { raiseFlag } from './process-posts';
import { inZone, isWeekend, iso, localDate, localHour, parseIsoMs } from './time';

export interface SpikeDeps {
  config: Config;
  store: DynamoStore;
  clock: Clock;
  obs: Obs;
}

export const COOL_DOWN_HOURS = 6;
const HISTORY_DAYS = 14;

/** An academy's own names and handles say nothing about what a storm is about. */
const ownNames = (config: Config, scope: string): Set<string> => {
  const terms =
    scope === 'trust'
      ? [config.trust.name, ...config.trust.aliases]
      : [
          ...(config.academies.find((a) => a.id === scope)?.aliases ?? []),
          config.academies.find((a) => a.id === scope)?.name ?? '',
        ];
  const words = terms.flatMap((t) => t.toLowerCase().split(/\s+/));
  return new Set([...words, 'school', 'academy', 'primary', 'trust']);
};

const STOP = new Set(
  'the a an and or but to of in on at for is are was were be been it its this that with as by from so if not no they them their you your we our i me my he she his her him just have has had do does did will would can could should all about what when who how why than then there here out up get got very more most some any one also been into over really still even much now other looking like know going want think people after before every back only well'.split(
    ' ',
  ),
);

/** Most frequent content words across texts (handles, URLs and stop words dropped). */
export const topTerms = (
  texts: readonly string[],
  n = 8,
  exclude: ReadonlySet<string> = new Set(),
): string[] => {
  const counts = new Map<string, number>();
  for (const t of texts) {
    const words = new Set(
      t
        .toLowerCase()
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/@\w+/g, ' ')
        .match(/[#\p{L}][\p{L}'’-]{2,}/gu) ?? [],
    );
    for (const w of words) if (!STOP.has(w) && !exclude.has(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
  }
  return [...counts.entries()]
    .filter(([, c]) => c >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, n)
    .map(([w]) => w);
};

/** Mentions in [fromMs, toMs) as post ids, from the day counters. */
const mentionsBetween = (
  days: readonly DayCounters[],
  zone: string,
  fromMs: number,
  toMs: number,
): string[] => {
  const ids: string[] = [];
  for (const d of days) {
    const midnight = parseIsoMs(d.date, zone); // 00:00 of the local date
    for (const [id, minute] of Object.entries(d.mentionMinutes)) {
      const t = midnight + minute * 60_000;
      if (t >= fromMs && t < toMs) ids.push(id);
    }
  }
  return ids;
};

const history = (days: readonly DayCounters[], today: string, zone: string): HourCount[] =>
  days
    .filter((d) => d.date < today)
    .flatMap((d) => {
      const weekend = isWeekend(parseIsoMs(d.date, zone), zone);
      const perHour = new Array<number>(24).fill(0);
      for (const m of Object.values(d.mentionMinutes)) {
        const h = Math.min(23, Math.max(0, Math.floor(m / 60)));
        perHour[h] = (perHour[h] ?? 0) + 1;
      }
      return perHour.map((count, hour) => ({ date: d.date, hour, count, weekend }));
    });

/**
 * Check `scopes` (default: every academy and the trust). A storm can only start where new mentions
 * arrived, so the poll cycle passes just those scopes.
 */
export const runSpikeCheck = async (deps: SpikeDeps, scopes?: Iterable<string>): Promise<Flag[]> => {
  const { config, store, clock } = deps;
  const zone = config.trust.timeZone;
  const now = clock.now();
  const today = localDate(now, zone);
  const from = localDate(+subDays(inZone(now, zone), HISTORY_DAYS), zone);
  const raised: Flag[] = [];

  for (const scope of scopes ?? [...config.academies.map((a) => a.id), 'trust']) {
    const days = await store.daysOf(scope, from, today);
    const windowIds = mentionsBetween(days, zone, now - 3_600_000, now + 1);
    const verdict = judgeHour(
      windowIds.length,
      history(days, today, zone),
      localHour(now, zone),
      isWeekend(now, zone),
    );
    if (!verdict.spike) continue;
    const window = Math.floor(now / (COOL_DOWN_HOURS * 3_600_000));
    // Cool-down: the window this alert falls in, and the one before it (a storm straddling a boundary).
    // Checked here, claimed only after the flag is stored: claiming first lost the storm alert when
    // anything failed in between (found by the reliability matrix). Raising twice in the same hour is
    // harmless (the flag id is per scope and hour, written once).
    if (await store.wasClaimed(`spike:${scope}:${window - 1}`)) continue;
    if (await store.wasClaimed(`spike:${scope}:${window}`)) continue;

    const posts = (await Promise.all(windowIds.slice(-40).map((id) => store.getPost(id)))).filter(
      (p): p is NonNullable<typeof p> => p !== undefined,
    );
    posts.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    const scopes = [scope];
    const severity = 'high';
    const flag: Flag = {
      id: flagId('volume_spike', `${scope}:${iso(now).slice(0, 13)}`),
      kind: 'volume_spike',
      severity,
      scopes,
      status: 'open',
      delivery: deliveryFor(config, 'volume_spike', severity),
      createdAt: iso(now),
      score: Math.min(1, verdict.ratio / 10),
      evidence: [],
      rule: 'volume.spike',
      explanation: `${verdict.count} mentions in the last hour against a usual ${verdict.baseline.toFixed(1)} for this time (${verdict.ratio.toFixed(1)}×).`,
      policy: POLICY.volume_spike,
      ...route(config, { kind: 'volume_spike', severity, scopes }),
      details: {
        count: verdict.count,
        baseline: Number(verdict.baseline.toFixed(1)),
        ratio: Number(verdict.ratio.toFixed(1)),
        pValue: verdict.pValue,
        windowStart: iso(now - 3_600_000),
        windowEnd: iso(now),
        topTerms: topTerms(
          posts.map((p) => p.text),
          8,
          ownNames(config, scope),
        ),
        samples: posts.slice(-5).map((p) => ({
          id: p.id,
          text: p.text,
          url: postUrl(p),
          author: p.authorUsername ?? p.authorId,
          createdAt: p.createdAt,
        })),
      },
    };
    const created = await raiseFlag(deps, flag, now);
    await store.claimOnce(`spike:${scope}:${window}`, now);
    if (created) raised.push(flag);
  }
  return raised;
};
