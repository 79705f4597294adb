/**
 * The CDK app (`cdk.json`: `npx tsx infra/app.ts`).
 *
 *   npx cdk synth                         # config/riverside.yaml
 *   npx cdk deploy -c config=my-trust.yaml
 *
 * The trust config is validated here with the same zod schema and loader as `trustwatch validate`;
 * a broken config stops synth with the same lines (every problem, its path and YAML line) and exit
 * code 2, never a stack trace. Bad context values (infra/options.ts) also exit 2. Missing function
 * entry files (functions/<name>.ts) exit 1 with their names.
 */
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

import { relative } from 'node:path';
import { App } from 'aws-cdk-lib';
import { ConfigError, formatProblem, loadConfigFile } from '../lib/config/load';
import type { Config } from '../lib/config/schema';
import { entryOf, missingEntries } from './bundling';
import { OptionsError, readDeployOptions } from './options';
import type { DeployOptions } from './options';
import { buildTrustWatchApp } from './trustwatch-app';

const app = new App();

let options: DeployOptions;
try {
  options = readDeployOptions((key) => app.node.tryGetContext(key));
} catch (e) {
  if (!(e instanceof OptionsError)) throw e;
  console.error(`TrustWatch: ${e.problems.length} problem(s) in the CDK context (cdk.json or -c)`);
  for (const p of e.problems) console.error(`  ${p}`);
  process.exit(2);
}

let config: Config;
try {
  config = await loadConfigFile(options.configPath);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  // Exactly what `trustwatch validate` prints (lib/cli/main.ts).
  console.error(`${e.source}: ${e.problems.length} problem(s) in the trust config`);
  for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
  process.exit(2);
}

// NodejsFunction needs every entry file even to synthesise: name the missing ones in one line.
const missing = missingEntries();
if (missing.length > 0) {
  console.error(
    `TrustWatch: the Lambda entry files are missing: ${missing
      .map((n) => relative(process.cwd(), entryOf(n)))
      .join(', ')} (each must export \`handler\`)`,
  );
  process.exit(1);
}

buildTrustWatchApp(app, config, options);
app.synth();
