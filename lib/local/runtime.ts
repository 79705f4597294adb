/**
 * The embedded runtime: every port of lib/app wired to local stand-ins, in one process.
 *
 *   DynamoDB   dynalite (in memory, or LevelDB at `dbPath`)
 *   SES        aws-ses-v2-local; every accepted message is also written to `<outDir>/mail/NNN.eml`
 *   X          the fake X server replaying a scenario on the simulated clock (demo, tests), or real X
 *              with credentials from the environment / a file (`trustwatch run --live`)
 *   Clock      SimClock (demo, tests) or the system clock
 *
 * Nothing here is a mock of TrustWatch's own code: the same use cases, store, composer, SES client and
 * twitter-api-v2 adapter run as in Lambda; only the endpoints differ.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SESClient } from '@aws-sdk/client-ses';
import type { Config } from '../config/schema';
import type { Classifier } from '../domain/finding';
import { createComposer } from '../mail/compose';
import { createSesMailer } from '../mail/ses';
import type { Obs } from '../obs/log';
import { DynamoStore } from '../store/dynamo-store';
import { xPortsOn } from '../store/x-ports';
import { createXReader } from '../x/client';
import type { UserContextCredentials, XClient, XReaderOptions } from '../x/client';
import { CostMeter } from '../x/meter';
import type { ActionDeps } from '../app/actions';
import { abandonedNotifier, queueingNotices } from '../app/operations';
import type { PollCycleDeps } from '../app/poll';
import type { Clock, Mailer, MailMeta, OutgoingMail } from '../app/ports';
import type { ActionKey } from '../actions/links';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startLocalDynamo } from './dynamo';
import type { LocalDynamo } from './dynamo';
import { startLocalSes } from './ses';
import type { LocalSes } from './ses';

export interface SentMail extends MailMeta {
  file: string;
  destinations: string[];
  messageId: string;
}

export interface RuntimeOptions {
  config: Config;
  clock: Clock;
  obs: Obs;
  classify: Classifier;
  sentiment: (text: string) => number;
  /** X: a base URL and token of a (fake) X server, or real X credentials. */
  x: { bearerToken: string; baseUrl?: string; userContext?: UserContextCredentials };
  /** Where .eml files go (`<outDir>/mail`); undefined: not written. */
  outDir?: string;
  /** dynalite on disk; in memory when undefined. */
  dbPath?: string;
  /** Link signing key (a fixed demo key locally; Secrets Manager in AWS). */
  linkKey: ActionKey;
  /** Base URL the action links point at (the local actions server). */
  actionsBaseUrl: string;
  /** Wraps the SES mailer (fault injection in reliability runs). */
  wrapMailer?: (m: Mailer) => Mailer;
  /** Fixed port for SES local (its web inbox); a free port by default. */
  sesPort?: number;
  /**
   * Reliability runs (lib/reliability): a DynamoDB to use instead of starting dynalite (e.g. a client
   * of a faulting proxy in front of a dynalite the harness stops and restarts); closed with the runtime.
   */
  dynamo?: LocalDynamo;
  /** Reliability runs: send through this endpoint (a faulting proxy in front of SES local). */
  sesEndpoint?: string;
  /** Reliability runs: X request timeout and retry backoff (short, so injected timeouts run fast). */
  xReader?: Pick<XReaderOptions, 'retry' | 'requestTimeoutMs'>;
}

export interface LocalRuntime {
  config: Config;
  db: LocalDynamo;
  ses: LocalSes;
  store: DynamoStore;
  xClient: XClient;
  meter: CostMeter;
  /** Everything the use cases need, in one object (it satisfies each use case's deps type). */
  deps: PollCycleDeps & ActionDeps;
  /** Messages SES accepted, in order. */
  sent: SentMail[];
  close(): Promise<void>;
}

/**
 * Records every message SES accepted and writes it as NNN.eml (the demo's out/mail), numbering on
 * from the files already there (`first`).
 */
const recordingMailer = (
  inner: Mailer,
  sent: SentMail[],
  mailDir: string | undefined,
  first: number,
): Mailer => ({
  send: async (mail: OutgoingMail) => {
    const result = await inner.send(mail);
    const file = `${String(first + sent.length).padStart(3, '0')}.eml`;
    if (mailDir !== undefined) await writeFile(join(mailDir, file), mail.raw);
    sent.push({
      file,
      destinations: mail.destinations,
      messageId: result.messageId,
      subject: mail.meta?.subject ?? '',
      to: mail.meta?.to ?? mail.destinations,
      cc: mail.meta?.cc ?? [],
      kinds: mail.meta?.kinds ?? [],
      purpose: mail.meta?.purpose ?? 'unknown',
    });
    return result;
  },
});

export const startLocalRuntime = async (opts: RuntimeOptions): Promise<LocalRuntime> => {
  const { config, clock, obs } = opts;
  const mailDir = opts.outDir !== undefined ? join(opts.outDir, 'mail') : undefined;
  let firstFile = 1;
  if (mailDir !== undefined) {
    await mkdir(mailDir, { recursive: true });
    const numbers = (await readdir(mailDir))
      .map((f) => /^(\d+)\.eml$/.exec(f)?.[1])
      .filter((n) => n !== undefined);
    firstFile = Math.max(0, ...numbers.map(Number)) + 1;
  }

  const db = opts.dynamo ?? (await startLocalDynamo(opts.dbPath !== undefined ? { path: opts.dbPath } : {}));
  const ses = await startLocalSes(opts.sesPort !== undefined ? { port: opts.sesPort } : {});
  const sesClient =
    opts.sesEndpoint !== undefined
      ? new SESClient({
          endpoint: opts.sesEndpoint,
          region: LOCAL_REGION,
          credentials: LOCAL_CREDENTIALS,
          maxAttempts: 1,
        })
      : ses.client;
  const store = new DynamoStore(db.doc, {
    tableName: db.tableName,
    postsDays: config.retention.postsDays,
    flagsDays: config.retention.flagsDays,
    singleWriter: true,
  });
  const ports = xPortsOn(store, clock);
  const meter = new CostMeter({
    prices: config.x.prices,
    monthlyBudgetUsd: config.x.monthlyBudgetUsd,
    store: ports.usage,
    clock,
  });
  const xClient = createXReader({
    bearerToken: opts.x.bearerToken,
    ...(opts.x.baseUrl !== undefined ? { baseUrl: opts.x.baseUrl } : {}),
    ...(opts.x.userContext !== undefined ? { userContext: opts.x.userContext } : {}),
    ...opts.xReader,
    meter,
    clock,
  });
  const sent: SentMail[] = [];
  const sesMailer = createSesMailer(sesClient);
  const mailer = recordingMailer(
    opts.wrapMailer ? opts.wrapMailer(sesMailer) : sesMailer,
    sent,
    mailDir,
    firstFile,
  );
  const composer = createComposer({
    config,
    clock,
    actionSecret: opts.linkKey,
    actionBaseUrl: opts.actionsBaseUrl,
  });

  const deps: PollCycleDeps & ActionDeps = {
    config,
    store,
    clock,
    obs,
    classify: opts.classify,
    sentiment: opts.sentiment,
    mailer,
    composer,
    // As in AWS: the poll cycle queues its operations notices and the next notify run sends them.
    notices: queueingNotices(store, clock),
    x: xClient,
    meter,
    cursors: ports.cursors,
    authors: ports.authors,
    linkKeys: [opts.linkKey],
    actionsBaseUrl: opts.actionsBaseUrl,
  };
  deps.onAbandoned = abandonedNotifier(deps);

  return {
    config,
    db,
    ses,
    store,
    xClient,
    meter,
    deps,
    sent,
    close: async () => {
      xClient.close();
      if (sesClient !== ses.client) sesClient.destroy();
      await ses.close();
      await db.close();
    },
  };
};
