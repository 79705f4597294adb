/**
 * Shared set-up for the infra tests: the app exactly as infra/app.ts builds it (same builder, the
 * feature flags from cdk.json), with bundling skipped so a synth takes seconds and needs no esbuild.
 *
 * NodejsFunction insists that each entry file exists even when bundling is skipped. While the
 * function files (functions/*.ts, written separately) are not all there, the tests point the stack
 * at one-line stubs in a temporary project root; once they exist, the real ones are used.
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { loadConfigFile } from '../../lib/config/load';
import type { Config } from '../../lib/config/schema';
import { FUNCTION_NAMES, missingEntries, REPO_ROOT, REPO_SOURCE } from '../../infra/bundling';
import type { FunctionSource } from '../../infra/bundling';
import { readDeployOptions } from '../../infra/options';
import type { DeployOptions } from '../../infra/options';
import type { TrustWatchStack } from '../../infra/stack';
import { buildTrustWatchApp, cdkJsonContext } from '../../infra/trustwatch-app';

export const RIVERSIDE = join(REPO_ROOT, 'config/riverside.yaml');

let stubs: FunctionSource | undefined;

/** The real functions/ when complete, else a temporary project with stub entries (one per process). */
export const functionSourceForTests = (): { source: FunctionSource; stubbed: boolean } => {
  if (missingEntries(REPO_SOURCE).length === 0) return { source: REPO_SOURCE, stubbed: false };
  if (stubs) return { source: stubs, stubbed: true };
  const root = mkdtempSync(join(tmpdir(), 'trustwatch-infra-'));
  const functionsDir = join(root, 'functions');
  mkdirSync(functionsDir);
  for (const name of FUNCTION_NAMES)
    writeFileSync(join(functionsDir, `${name}.ts`), 'export const handler = async () => undefined;\n');
  const depsLockFilePath = join(root, 'package-lock.json');
  copyFileSync(REPO_SOURCE.depsLockFilePath, depsLockFilePath);
  stubs = { functionsDir, projectRoot: root, depsLockFilePath };
  return { source: stubs, stubbed: true };
};

/** Remove the stub project, if one was made (call from afterAll). */
export const removeStubs = (): void => {
  if (stubs) rmSync(stubs.projectRoot, { recursive: true, force: true });
  stubs = undefined;
};

export interface BuiltApp {
  app: App;
  stack: TrustWatchStack;
  config: Config;
  options: DeployOptions;
  stubbed: boolean;
}

/** Build the app for a config file, with context on top of cdk.json's (bundling always skipped). */
export const buildForTest = async (
  context: Record<string, unknown> = {},
  configPath = RIVERSIDE,
): Promise<BuiltApp> => {
  const app = new App({
    context: { ...cdkJsonContext(), ...context, 'aws:cdk:bundling-stacks': [] },
  });
  const options = readDeployOptions((key) => app.node.tryGetContext(key));
  const config = await loadConfigFile(configPath);
  const { source, stubbed } = functionSourceForTests();
  const stack = buildTrustWatchApp(app, config, options, { source });
  return { app, stack, config, options, stubbed };
};
