/**
 * The five EventBridge Scheduler schedules, derived from the trust config (`schedule.*`,
 * `trust.timeZone`). Pure functions, so tests and docs can state exactly what the stack will run.
 *
 *   poll      rate(pollMinutes)               every N minutes
 *   notify    rate(notifyMinutes)             every N minutes
 *   escalate  cron(0 * * * ? *)               on the hour
 *   discover  cron(mm hh * * ? *)             daily at schedule.discoverTime
 *   digest    cron(mm hh-23 ? * DAY *)        weekly at schedule.digest.day / .time, then hourly that day
 *                                             until every copy is delivered (a re-run sends nothing new)
 *
 * Cron schedules are evaluated in the trust's time zone (Europe/London), so "07:30 on Monday" stays
 * 07:30 for the COO across the clock changes. Rate schedules carry the same time zone for
 * uniformity (EventBridge ignores it for rate expressions). Every schedule runs with the flexible
 * time window OFF: a safeguarding poll should not drift by up to N minutes.
 */
import type { Config } from '../lib/config/schema';
import type { Job } from '../lib/aws/events';

export interface JobSchedule {
  job: Job;
  /** EventBridge Scheduler expression. */
  expression: string;
  /** IANA time zone the expression is evaluated in. */
  timeZone: string;
  /** Plain-English description (schedule description, docs). */
  description: string;
}

const rate = (minutes: number): string => (minutes === 1 ? 'rate(1 minute)' : `rate(${minutes} minutes)`);

const hhmm = (time: string): { hour: number; minute: number } => {
  const [h, m] = time.split(':').map(Number);
  // The config schema guarantees HH:mm; this guards against a schema change slipping through.
  if (h === undefined || m === undefined || Number.isNaN(h) || Number.isNaN(m))
    throw new Error(`not a time: ${time}`);
  return { hour: h, minute: m };
};

const DAY_CODES = {
  monday: 'MON',
  tuesday: 'TUE',
  wednesday: 'WED',
  thursday: 'THU',
  friday: 'FRI',
  saturday: 'SAT',
  sunday: 'SUN',
} as const;

export const jobSchedules = (config: Config): JobSchedule[] => {
  const tz = config.trust.timeZone;
  const s = config.schedule;
  const discover = hhmm(s.discoverTime);
  const digest = hhmm(s.digest.time);
  return [
    {
      job: 'poll',
      expression: rate(s.pollMinutes),
      timeZone: tz,
      description: `read new posts from X every ${s.pollMinutes} minute(s)`,
    },
    {
      job: 'notify',
      expression: rate(s.notifyMinutes),
      timeZone: tz,
      description: `send pending alerts every ${s.notifyMinutes} minute(s)`,
    },
    {
      job: 'escalate',
      expression: 'cron(0 * * * ? *)',
      timeZone: tz,
      description: 'escalate unacknowledged alerts and re-check take-downs, on the hour',
    },
    {
      job: 'discover',
      expression: `cron(${discover.minute} ${discover.hour} * * ? *)`,
      timeZone: tz,
      description: `look for unapproved accounts daily at ${s.discoverTime}`,
    },
    {
      job: 'digest',
      expression: `cron(${digest.minute} ${digest.hour < 23 ? `${digest.hour}-23` : digest.hour} ? * ${DAY_CODES[s.digest.day]} *)`,
      timeZone: tz,
      description: `send the weekly digest on ${s.digest.day} at ${s.digest.time}, re-trying hourly that day until delivered`,
    },
  ];
};

/** Minutes between runs for rate jobs; undefined for cron jobs. */
export const intervalMinutes = (config: Config, job: Job): number | undefined =>
  job === 'poll' ? config.schedule.pollMinutes : job === 'notify' ? config.schedule.notifyMinutes : undefined;
