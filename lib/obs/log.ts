/**
 * The one observability module (DESIGN.md principle 3): structured logs and metrics with a fixed
 * vocabulary of keys. Post text, names and email addresses never go into logs: the `LogFields` type
 * only admits identifiers, counts and codes, so a post's text cannot be logged by accident (a test
 * also captures a whole demo week's logs and searches them for post text and addresses).
 *
 * Two adapters: Powertools Logger/Metrics in Lambda (`createLambdaObs`), and JSON lines to a stream
 * for the embedded runtime (`createStreamObs`: the demo writes out/trustwatch.log).
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';

/** The only keys a log line may carry. Values are ids, counts, codes and durations. */
export interface LogFields {
  flagId?: string;
  postId?: string;
  holdId?: string;
  groupId?: string;
  deliveryKey?: string;
  kind?: string;
  severity?: string;
  scope?: string;
  status?: string;
  purpose?: string;
  count?: number;
  posts?: number;
  flags?: number;
  emails?: number;
  requests?: number;
  attempt?: number;
  durationMs?: number;
  usd?: number;
  errorName?: string;
  errorKind?: string;
  /** A short, fixed description of an error (never a payload or message body). */
  errorCode?: string;
  simTime?: string;
}

export interface Log {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

export interface Obs {
  log: Log;
  /** Count an event (EMF metric in Lambda). */
  count(name: string, value?: number): void;
  /** Record a level, e.g. XBudgetFraction (EMF metric, no unit). */
  gauge(name: string, value: number): void;
  /** Flush buffered metrics (end of a Lambda invocation). */
  flush(): void;
}

/** Fields describing an error without its message (messages can quote payloads). */
export const errorFields = (e: unknown): LogFields => {
  if (e instanceof Error) {
    const kind = (e as { kind?: unknown }).kind;
    return { errorName: e.name, ...(typeof kind === 'string' ? { errorKind: kind } : {}) };
  }
  return { errorName: typeof e };
};

const LEVELS = { debug: 10, info: 20, warn: 30, error: 40 } as const;
export type LogLevel = keyof typeof LEVELS;

export const createLambdaObs = (serviceName: string, namespace = 'TrustWatch'): Obs => {
  const logger = new Logger({ serviceName });
  const metrics = new Metrics({ namespace, serviceName });
  return {
    log: {
      debug: (m, f) => logger.debug(m, { ...f }),
      info: (m, f) => logger.info(m, { ...f }),
      warn: (m, f) => logger.warn(m, { ...f }),
      error: (m, f) => logger.error(m, { ...f }),
    },
    count: (name, value = 1) => metrics.addMetric(name, MetricUnit.Count, value),
    gauge: (name, value) => metrics.addMetric(name, MetricUnit.NoUnit, value),
    flush: () => metrics.publishStoredMetrics(),
  };
};

export interface StreamObs extends Obs {
  counters: Map<string, number>;
  gauges: Map<string, number>;
}

/** JSON lines to a writable (a file locally), with the same keys as in Lambda. */
export const createStreamObs = (
  write: (line: string) => void,
  opts: { level?: LogLevel; service?: string; time?: () => string } = {},
): StreamObs => {
  const min = LEVELS[opts.level ?? 'info'];
  const counters = new Map<string, number>();
  const gauges = new Map<string, number>();
  const emit = (level: LogLevel) => (message: string, fields?: LogFields) => {
    if (LEVELS[level] < min) return;
    write(
      `${JSON.stringify({
        level: level.toUpperCase(),
        ...(opts.time ? { timestamp: opts.time() } : {}),
        service: opts.service ?? 'trustwatch',
        message,
        ...fields,
      })}\n`,
    );
  };
  return {
    log: { debug: emit('debug'), info: emit('info'), warn: emit('warn'), error: emit('error') },
    count: (name, value = 1) => counters.set(name, (counters.get(name) ?? 0) + value),
    gauge: (name, value) => gauges.set(name, value),
    flush: () => undefined,
    counters,
    gauges,
  };
};

/** Discards everything (unit tests of pure wiring). */
export const silentObs = (): StreamObs => createStreamObs(() => undefined);
