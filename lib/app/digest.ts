/**
 * Use case: the COO's weekly digest (SUAT §3, §13), sent Monday 07:30 Europe/London by default
 * (`schedule.digest` in the config: day, time, and whether the CEO is copied), re-run hourly for the
 * rest of that day so a copy SES refused for a while still arrives that day (digestRetryHours).
 *
 *   runDigest      build the numbers (lib/digest/aggregate), render (lib/digest/render), build the MIME
 *                  message (lib/digest/mime) and send it through the outbox, once per recipient:
 *                  key `digest:<week>:<email>`. Every recipient gets the same bytes (To: COO, Cc: CEO);
 *                  the envelope differs. A re-run the same week sends nothing new.
 *   previewDigest  the same without sending; `writeDigestPreview` writes it to a folder for
 *                  `trustwatch digest --preview [--week 2026-W47]` (out/digest.html, .txt, .eml, the CSV).
 *   isDigestDue    whether a scheduled run at `nowMs` should send, given when it last ran.
 *
 * The digest is built BEFORE the outbox claim: a failure to read the store is an error for the scheduler
 * to retry (thrown, typed), not a message "that cannot be composed", which `sendOnce` would abandon.
 * It is skipped entirely when every recipient's copy is already sent.
 */
import { addDays, getISODay, subDays } from 'date-fns';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Config } from '../config/schema';
import type { DigestData } from '../digest/aggregate';
import { buildDigestData } from '../digest/aggregate';
import type { DigestMessage } from '../digest/mime';
import { buildDigestMime, digestRecipients } from '../digest/mime';
import type { RenderedDigest } from '../digest/render';
import { renderDigest } from '../digest/render';
import { previousWeek, resolveWeek } from '../digest/week';
import type { DeliverDeps, SendOutcome } from './deliver';
import { sendOnce } from './deliver';
import type { Clock } from './ports';
import { atLocalTime, inZone } from './time';

export interface DigestRunDeps extends DeliverDeps {
  config: Config;
}

export interface DigestOptions {
  /** ISO week ("2026-W47") or an instant inside it; default: the last full week before now. */
  week?: string | number;
}

export interface DigestRunResult {
  week: string;
  /** Recipients whose copy was sent by this run. */
  sent: number;
  outcomes: { recipient: string; outcome: SendOutcome }[];
}

export interface DigestPreview {
  week: string;
  data: DigestData;
  rendered: RenderedDigest;
  message: DigestMessage;
}

export const digestKey = (week: string, email: string): string => `digest:${week}:${email.toLowerCase()}`;

export const previewDigest = async (
  deps: { config: Config; store: DeliverDeps['store']; clock: Clock },
  opts: DigestOptions = {},
): Promise<DigestPreview> => {
  const data = await buildDigestData(deps, opts.week);
  const rendered = renderDigest(data, deps.config);
  const message = await buildDigestMime(deps.config, rendered, {
    weekId: data.week.id,
    generatedAt: data.generatedAt,
  });
  return { week: data.week.id, data, rendered, message };
};

export interface PreviewFiles {
  week: string;
  html: string;
  text: string;
  csv: string;
  eml: string;
}

/** Build the digest and write out/digest.html, digest.txt, digest.eml and the CSV into `outDir`. */
export const writeDigestPreview = async (
  deps: { config: Config; store: DeliverDeps['store']; clock: Clock },
  outDir: string,
  opts: DigestOptions = {},
): Promise<PreviewFiles> => {
  const p = await previewDigest(deps, opts);
  await mkdir(outDir, { recursive: true });
  const files: PreviewFiles = {
    week: p.week,
    html: join(outDir, 'digest.html'),
    text: join(outDir, 'digest.txt'),
    csv: join(outDir, p.rendered.csvFilename),
    eml: join(outDir, 'digest.eml'),
  };
  await writeFile(files.html, p.rendered.html);
  await writeFile(files.text, p.rendered.text);
  await writeFile(files.csv, p.rendered.csv);
  await writeFile(files.eml, p.message.raw);
  return files;
};

export const runDigest = async (deps: DigestRunDeps, opts: DigestOptions = {}): Promise<DigestRunResult> => {
  const { config, store, clock } = deps;
  const zone = config.trust.timeZone;
  const week = (opts.week === undefined ? previousWeek(clock.now(), zone) : resolveWeek(opts.week, zone)).id;
  const { to, cc } = digestRecipients(config);
  const recipients = [...to, ...cc];

  const existing = await Promise.all(recipients.map((r) => store.getDelivery(digestKey(week, r))));
  if (existing.every((d) => d?.state === 'sent')) {
    deps.obs.log.info('digest already sent', { purpose: 'digest', count: recipients.length });
    return {
      week,
      sent: 0,
      outcomes: recipients.map((recipient) => ({ recipient, outcome: 'already_sent' })),
    };
  }

  const started = clock.now();
  const preview = await previewDigest(deps, { week });
  const { rendered, message } = preview;
  deps.obs.log.info('digest built', {
    purpose: 'digest',
    flags: preview.data.weekFlags.length,
    count: preview.data.scorecards.length,
    durationMs: clock.now() - started,
  });

  const outcomes: DigestRunResult['outcomes'] = [];
  for (const recipient of recipients) {
    const outcome = await sendOnce(
      deps,
      { key: digestKey(week, recipient), purpose: 'digest', recipient, flagIds: [] },
      async () => ({
        raw: message.raw,
        from: message.from,
        destinations: [recipient],
        meta: { subject: rendered.subject, to: message.to, cc: message.cc, kinds: [], purpose: 'digest' },
      }),
    );
    outcomes.push({ recipient, outcome });
  }
  return { week, sent: outcomes.filter((o) => o.outcome === 'sent').length, outcomes };
};

/** ISO weekday: 1 = Monday … 7 = Sunday. */
type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

const WEEKDAY: Record<Config['schedule']['digest']['day'], IsoWeekday> = {
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
  sunday: 7,
};

/** The most recent scheduled digest time at or before `nowMs` (wall clock in the trust's zone). */
export const lastDigestSlot = (config: Config, nowMs: number): number => {
  const zone = config.trust.timeZone;
  const { day, time } = config.schedule.digest;
  const now = inZone(nowMs, zone);
  const slot = atLocalTime(addDays(now, WEEKDAY[day] - getISODay(now)), time);
  return +slot > nowMs ? +atLocalTime(subDays(slot, 7), time) : +slot;
};

/**
 * How many hourly re-runs follow the digest slot on its day (to 23:xx): a copy that failed on a
 * throttled or unavailable SES goes out within the hour instead of a week late. The re-runs are
 * cheap: runDigest skips a week whose copies are all sent (infra/schedules.ts).
 */
export const digestRetryHours = (config: Config): number => {
  const hour = Number(config.schedule.digest.time.split(':')[0] ?? 0);
  return Math.max(0, 23 - hour);
};

/** The next scheduled digest time strictly after `nowMs`. */
export const nextDigestSlot = (config: Config, nowMs: number): number => {
  const zone = config.trust.timeZone;
  return +atLocalTime(addDays(inZone(lastDigestSlot(config, nowMs), zone), 7), config.schedule.digest.time);
};

/**
 * Whether a run at `nowMs` should send the digest: a scheduled slot has passed since the last run.
 * With no record of a last run, only within a day of the slot (a fresh deployment on a Thursday does not
 * send a late Monday digest). Sending itself is idempotent per week and recipient anyway.
 */
export const isDigestDue = (config: Config, nowMs: number, lastRunMs?: number): boolean => {
  const slot = lastDigestSlot(config, nowMs);
  if (lastRunMs === undefined) return nowMs - slot < 24 * 3_600_000;
  return lastRunMs < slot;
};
