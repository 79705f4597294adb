/**
 * The Lambda wiring: the same ports as the embedded runtime (lib/local/runtime.ts), on AWS.
 *
 *   config     embedded in the bundle at synth (validated there and again here, DESIGN.md principle 2)
 *   DynamoDB   the table named by TABLE_NAME
 *   SES        SendRawEmail (optionally through a configuration set), wired only in the functions that
 *              send (handlers pass SEND_MAIL from ./mail); the poll functions queue their notices
 *   X          twitter-api-v2 with credentials from Secrets Manager (X_SECRET_ARN), loaded on first use
 *   link key   Secrets Manager (LINK_KEY_SECRET_ARN), loaded at cold start (every function may email)
 *
 * Built once per container (cold start) and reused by warm invocations. Nothing here decides
 * anything: handlers in functions/ call one use case with `ctx.deps`.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import type { ActionDeps } from '../app/actions';
import { abandonedNotifier, queueingNotices } from '../app/operations';
import type { PollCycleDeps } from '../app/poll';
import { systemClock } from '../app/ports';
import type { Classifier } from '../domain/finding';
import { parseConfigObject } from '../config/parse';
import type { Config } from '../config/schema';
import { documentClient } from '../store/client';
import { createLambdaObs } from '../obs/log';
import type { Obs } from '../obs/log';
import { DynamoStore } from '../store/dynamo-store';
import { xPortsOn } from '../store/x-ports';
import { createXReader } from '../x/client';
import type { XClient } from '../x/client';
import { loadXCredentials } from '../x/credentials';
import { CostMeter } from '../x/meter';
import { isXError } from '../x/errors';
import type { XReader } from '../x/types';
import { EnvError, embeddedConfigJson, ENV, parseLambdaEnv } from './env';
import type { LambdaEnv } from './env';
import type { MailWiring } from './mail';

export interface AwsContext {
  config: Config;
  env: LambdaEnv;
  obs: Obs;
  meter: CostMeter;
  deps: PollCycleDeps & ActionDeps;
}

export const loadEmbeddedConfig = (): Config => {
  const json = embeddedConfigJson();
  if (json === undefined)
    throw new EnvError('no trust config embedded in this bundle (deploy with the CDK app)');
  return parseConfigObject(JSON.parse(json) as unknown, 'embedded trust config');
};

/**
 * An XReader that loads the credentials and builds the client on first use, and forgets them when X
 * rejects them (401/403), so a token replaced in Secrets Manager is picked up without a redeploy.
 */
const lazyXReader = (make: () => Promise<XClient>): XReader => {
  let client: Promise<XClient> | undefined;
  const use = async <T>(f: (c: XClient) => Promise<T>): Promise<T> => {
    const c = await (client ??= make().catch((e: unknown) => {
      client = undefined;
      throw e;
    }));
    try {
      return await f(c);
    } catch (e) {
      if (isXError(e, 'auth')) {
        client = undefined;
        c.close();
      }
      throw e;
    }
  };
  return {
    search: (g, s) => use((c) => c.search(g, s)),
    usersByIds: (ids) => use((c) => c.usersByIds(ids)),
    usersByUsernames: (names) => use((c) => c.usersByUsernames(names)),
    visibility: (ids) => use((c) => c.visibility(ids)),
    searchUsers: (q) => use((c) => (c.searchUsers ? c.searchUsers(q) : Promise.resolve([]))),
  };
};

/**
 * The link-signing keys: the current one (signs and verifies) and, during a rotation, the previous
 * one (still verifies links already sent), so rotating the secret never breaks a button in an inbox.
 */
const fetchLinkKeys = async (secrets: SecretsManagerClient, arn: string): Promise<string[]> => {
  const out = await secrets.send(new GetSecretValueCommand({ SecretId: arn }));
  if (!out.SecretString || out.SecretString.length < 32)
    throw new EnvError(
      'the link-signing secret (LINK_KEY_SECRET_ARN) is missing or shorter than 32 characters',
    );
  const keys = [out.SecretString];
  try {
    const prev = await secrets.send(
      new GetSecretValueCommand({ SecretId: arn, VersionStage: 'AWSPREVIOUS' }),
    );
    if (prev.SecretString && prev.SecretString.length >= 32 && prev.SecretString !== out.SecretString)
      keys.push(prev.SecretString);
  } catch (e) {
    // No previous version (never rotated) is the normal case; anything else is a real error.
    if (!(e instanceof Error && e.name === 'ResourceNotFoundException')) throw e;
  }
  return keys;
};

/** What only the polling functions bundle: the classifier and the sentiment index. */
export interface TextAnalysis {
  classify: Classifier;
  sentiment: (text: string) => number;
}

/** For functions that never read posts: keeps the classifier (and its model) out of their bundles. */
const NO_TEXT_ANALYSIS: TextAnalysis = {
  classify: () => {
    throw new EnvError(
      'this function does not classify posts (the classifier is bundled only in poll functions)',
    );
  },
  sentiment: () => {
    throw new EnvError(
      'this function does not classify posts (the classifier is bundled only in poll functions)',
    );
  },
};

/** For the poll functions: no mail code in their bundles; anything that would send throws. */
const noMail = (what: string) => () => {
  throw new EnvError(
    `this function does not send email (${what}); its notices are queued for the notify function`,
  );
};
const NO_MAIL: MailWiring = {
  composer: () => ({
    alert: noMail('alert'),
    rollup: noMail('roll-up'),
    notice: noMail('notice'),
  }),
  mailer: () => ({ send: noMail('send') }),
};

const build = async (
  service: string,
  actionsBaseUrl: string | undefined,
  text: TextAnalysis,
  mail: MailWiring,
): Promise<AwsContext> => {
  const env = parseLambdaEnv(process.env);
  const config = loadEmbeddedConfig();
  const obs = createLambdaObs(service);
  const clock = systemClock;
  const store = new DynamoStore(documentClient(new DynamoDBClient({})), {
    tableName: env[ENV.tableName],
    postsDays: config.retention.postsDays,
    flagsDays: config.retention.flagsDays,
  });
  const secrets = new SecretsManagerClient({});
  const linkKeys = await fetchLinkKeys(secrets, env[ENV.linkKeySecretArn]);
  const linkKey = linkKeys[0] ?? '';
  const ports = xPortsOn(store, clock);
  const meter = new CostMeter({
    prices: config.x.prices,
    monthlyBudgetUsd: config.x.monthlyBudgetUsd,
    store: ports.usage,
    clock,
  });
  const x = lazyXReader(async () => {
    const creds = await loadXCredentials({
      env: { TRUSTWATCH_X_SECRET_ID: env[ENV.xSecretArn] },
      secretsManager: secrets,
    });
    return createXReader({
      bearerToken: creds.bearerToken,
      ...(creds.userContext ? { userContext: creds.userContext } : {}),
      meter,
      clock,
    });
  });
  const configurationSet = env[ENV.sesConfigurationSet];
  const mailer = mail.mailer(configurationSet ? { configurationSetName: configurationSet } : {});
  const baseUrl = actionsBaseUrl ?? env[ENV.actionsBaseUrl] ?? 'https://actions.invalid/a';
  const deps: PollCycleDeps & ActionDeps = {
    config,
    store,
    clock,
    obs,
    classify: text.classify,
    sentiment: text.sentiment,
    mailer,
    composer: mail.composer({ config, clock, actionSecret: linkKey, actionBaseUrl: baseUrl }),
    notices: queueingNotices(store, clock),
    x,
    meter,
    cursors: ports.cursors,
    authors: ports.authors,
    linkKeys,
    actionsBaseUrl: baseUrl,
  };
  deps.onAbandoned = abandonedNotifier(deps);
  return { config, env, obs, meter, deps };
};

const contexts = new Map<string, Promise<AwsContext>>();

/**
 * The context for this container, built on the first invocation and reused afterwards. The actions
 * function passes its own URL (from the request), which it cannot know from its environment.
 */
export const awsContext = (
  service: string,
  opts: { actionsBaseUrl?: string; text?: TextAnalysis; mail?: MailWiring } = {},
): Promise<AwsContext> => {
  const key = `${service}|${opts.actionsBaseUrl ?? ''}`;
  let ctx = contexts.get(key);
  if (!ctx) {
    ctx = build(service, opts.actionsBaseUrl, opts.text ?? NO_TEXT_ANALYSIS, opts.mail ?? NO_MAIL);
    // A failed cold start must not poison the container: the next invocation tries again.
    ctx.catch(() => contexts.delete(key));
    contexts.set(key, ctx);
  }
  return ctx;
};

/** Flush the X meter and the metrics at the end of an invocation (call in finally). */
export const endInvocation = async (ctx: AwsContext): Promise<void> => {
  try {
    await ctx.meter.flush();
  } finally {
    ctx.obs.flush();
  }
};
