/**
 * Assembling the CDK app: the TrustWatch stack for one validated trust config, and cdk-nag's
 * AwsSolutions checks on every synth (cdk-nag v3: a CDK validation plugin; an unacknowledged
 * finding fails the synth). `infra/app.ts` (the `cdk` entry) and the infra tests both call
 * `buildTrustWatchApp`, so the tests check the app that deploys.
 *
 * Acknowledged findings live next to the resource they concern (infra/stack.ts,
 * infra/monitor-function.ts), each with its reason in code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Validations } from 'aws-cdk-lib';
import type { App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { Config } from '../lib/config/schema';
import { REPO_ROOT } from './bundling';
import type { FunctionSource } from './bundling';
import type { DeployOptions } from './options';
import { TrustWatchStack } from './stack';

export const stackNameFor = (config: Config, options: Pick<DeployOptions, 'stackName'>): string =>
  options.stackName ?? `TrustWatch-${config.trust.id}`;

export interface BuildOptions {
  /** Where the function entries are (tests use stubs when functions/ is not there yet). */
  source?: FunctionSource;
}

export const buildTrustWatchApp = (
  app: App,
  config: Config,
  options: DeployOptions,
  build: BuildOptions = {},
): TrustWatchStack => {
  const stack = new TrustWatchStack(app, stackNameFor(config, options), {
    config,
    sesIdentity: options.sesIdentity,
    reservedConcurrency: options.reservedConcurrency,
    logRetention: options.logRetention,
    bundle: { bundleAwsSdk: options.bundleAwsSdk },
    ...(build.source ? { source: build.source } : {}),
    ...(options.account !== undefined || options.region !== undefined
      ? { env: { account: options.account, region: options.region } }
      : {}),
    tags: { app: 'trustwatch', trust: config.trust.id },
  });
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return stack;
};

/** The `context` block of cdk.json (feature flags and defaults), for apps built outside the CLI. */
export const cdkJsonContext = (): Record<string, unknown> => {
  const json = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as {
    context?: Record<string, unknown>;
  };
  return json.context ?? {};
};
