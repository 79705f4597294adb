/**
 * `trustwatch run`: one pass of the scheduled jobs (poll, notify, escalate, discover) on the embedded
 * runtime against the REAL X API, for a trust's IT person to try TrustWatch on their own accounts
 * before deploying. Credentials come from TRUSTWATCH_X_BEARER_TOKEN or TRUSTWATCH_X_CREDENTIALS_FILE
 * (never from the config). State persists in --db, so running it every few minutes behaves like the
 * deployed schedule; emails go to the local SES and out/mail, never to real people.
 */
import { mkdir } from 'node:fs/promises';
import { buildDirectory } from '../domain/attribution';
import { runDiscover } from '../app/discover';
import { runEscalate } from '../app/escalate';
import { runHoldNotices } from '../app/holds';
import { runNotify } from '../app/notify';
import { runPollCycle } from '../app/poll';
import { systemClock } from '../app/ports';
import { sentimentIndex } from '../app/sentiment';
import { classify } from '../classify';
import { loadConfigFile } from '../config/load';
import { createStreamObs } from '../obs/log';
import { startLocalRuntime } from '../local/runtime';
import { CredentialsError, loadXCredentials } from '../x/credentials';
import { CliError } from './errors';

export const runLive = async (o: { config: string; db: string }): Promise<void> => {
  const config = await loadConfigFile(o.config);
  const creds = await loadXCredentials().catch((e: unknown) => {
    if (e instanceof CredentialsError)
      throw new CliError(
        `${e.message}\nSet TRUSTWATCH_X_BEARER_TOKEN (or TRUSTWATCH_X_CREDENTIALS_FILE). To see TrustWatch without X, run: npm start`,
      );
    throw e;
  });
  await mkdir(o.db, { recursive: true });
  const obs = createStreamObs((line) => process.stderr.write(line), { level: 'info' });
  const { randomBytes } = await import('node:crypto');
  const rt = await startLocalRuntime({
    config,
    clock: systemClock,
    obs,
    classify,
    sentiment: sentimentIndex,
    x: { bearerToken: creds.bearerToken, ...(creds.userContext ? { userContext: creds.userContext } : {}) },
    outDir: 'out',
    dbPath: o.db,
    linkKey: randomBytes(32),
    actionsBaseUrl: 'http://127.0.0.1:8788/a',
  });
  try {
    const poll = await runPollCycle(rt.deps, { lookbackMs: 60 * 60_000 });
    const notify = await runNotify(rt.deps);
    await runHoldNotices(rt.deps);
    const esc = await runEscalate(rt.deps);
    const handles = await rt.deps.authors.getHandles(config.accounts.map((a) => a.handle));
    const ids = new Map<string, string>();
    for (const [h, e] of handles) if (e.id) ids.set(h, e.id);
    const disc = await runDiscover({ ...rt.deps, directory: buildDirectory(config, ids) });
    console.log(
      `Read ${poll.report.postReads} posts in ${poll.report.requests} requests ($${poll.report.usd.toFixed(3)}); ` +
        `${poll.flags.length} flags; ${notify.sent} emails; ${esc.escalated} escalations; ${disc.unapproved} unapproved accounts.`,
    );
    for (const g of poll.report.groups.filter((x) => x.status !== 'ok'))
      console.log(`  query group ${g.id}: ${g.status}`);
    console.log('Emails: out/mail/*.eml');
  } finally {
    await rt.close();
  }
};
