/**
 * How every TrustWatch Lambda is bundled: one description, used twice.
 *
 *   - `infra/monitor-function.ts` hands it to CDK's `NodejsFunction` (which runs the esbuild CLI);
 *   - `bench/bundle.ts` hands it to the esbuild API to measure what ships.
 * Both read `bundleSpec()`, so the benchmark and the deployed bundle cannot drift apart.
 *
 * Choices (each one is a line in `bundleSpec`):
 *   - ESM (`index.mjs`) for Node 22 on arm64, minified, with a linked source map (`index.mjs.map`)
 *     without sources content (smaller map, cheaper to load with `--enable-source-maps`, which the
 *     construct sets).
 *   - A `createRequire` banner: some dependencies are CommonJS and `require()` Node built-ins; in an
 *     ESM bundle esbuild's shim needs a real `require` to exist.
 *   - `mainFields: module, main`: prefer packages' ESM builds, which tree-shake.
 *   - The trust config is embedded with esbuild `define` (`__TRUSTWATCH_CONFIG__`, a JSON string
 *     literal; see lib/aws/env.ts): it is validated here at synth, re-validated at cold start, and a
 *     change to it changes the bundle, so `cdk deploy` redeploys the functions.
 *   - The AWS SDK v3 is bundled (tree-shaken and minified with the code, the lockfile's version),
 *     except the credential providers Lambda never reaches: functions get their credentials from the
 *     environment, so the SSO / profile / web-identity / container providers (and the STS and SSO
 *     clients they use) stay dynamic `import()`s that would resolve from the runtime's own SDK if
 *     ever called. Measured on stand-in entries, this imports about twice as fast as leaving the
 *     whole SDK to the runtime (many unminified files to resolve and compile at cold start) and
 *     keeps ~100 KB of dead weight out of each bundle. `bundleAwsSdk: false` (context
 *     `bundleAwsSdk=false`) leaves all of `@aws-sdk/*` and `@smithy/*` to the nodejs22.x runtime
 *     instead: smaller bundles, slower imports, the runtime's SDK version.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../lib/config/schema';

/** The repository root (the CDK project root and the esbuild working directory). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The Lambda functions: one entry file each, `functions/<name>.ts`, exporting `handler`. */
export const FUNCTION_NAMES = [
  'poll',
  'poll-worker',
  'notify',
  'escalate',
  'discover',
  'digest',
  'actions',
] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** Where the entries are and which lockfile pins the dependencies (tests point this at stubs). */
export interface FunctionSource {
  /** Directory holding `<name>.ts` for every function. */
  functionsDir: string;
  /** The CDK project root: must contain `functionsDir` and the lockfile. */
  projectRoot: string;
  depsLockFilePath: string;
}

export const REPO_SOURCE: FunctionSource = {
  functionsDir: join(REPO_ROOT, 'functions'),
  projectRoot: REPO_ROOT,
  depsLockFilePath: join(REPO_ROOT, 'package-lock.json'),
};

export const entryOf = (name: FunctionName, source: FunctionSource = REPO_SOURCE): string =>
  join(source.functionsDir, `${name}.ts`);

/** The function entries that do not exist (yet). */
export const missingEntries = (source: FunctionSource = REPO_SOURCE): FunctionName[] =>
  FUNCTION_NAMES.filter((name) => !existsSync(entryOf(name, source)));

/** Powertools settings shared by every function (and by the custom-metric alarms). */
export const POWERTOOLS = {
  serviceName: 'trustwatch',
  metricsNamespace: 'TrustWatch',
  logLevel: 'INFO',
} as const;

/**
 * The environment every function starts with (the stack adds table, secrets, URLs). Kept here, not
 * in the construct, so bench/bundle.ts imports each bundle under the same settings Lambda uses.
 */
export const LAMBDA_BASE_ENV: Readonly<Record<string, string>> = {
  NODE_OPTIONS: '--enable-source-maps',
  POWERTOOLS_SERVICE_NAME: POWERTOOLS.serviceName,
  POWERTOOLS_METRICS_NAMESPACE: POWERTOOLS.metricsNamespace,
  POWERTOOLS_LOG_LEVEL: POWERTOOLS.logLevel,
};

/** The esbuild `define` key the runtime reads (lib/aws/env.ts `embeddedConfigJson`). */
export const CONFIG_DEFINE = '__TRUSTWATCH_CONFIG__';

/** Packages the nodejs22.x runtime provides (all left out when bundleAwsSdk is false). */
export const RUNTIME_PROVIDED = ['@aws-sdk/*', '@smithy/*'] as const;

/**
 * SDK packages only reached when credentials are not in the environment (never in Lambda), or only in a
 * browser. The SDK loads them with dynamic import(), so leaving them external costs nothing unless they
 * are used.
 */
export const COLD_SDK_PACKAGES = [
  '@aws-sdk/credential-provider-http',
  '@aws-sdk/credential-provider-ini',
  '@aws-sdk/credential-provider-login',
  '@aws-sdk/credential-provider-process',
  '@aws-sdk/credential-provider-sso',
  '@aws-sdk/credential-provider-web-identity',
  '@aws-sdk/nested-clients',
  '@aws-sdk/nested-clients/*',
  '@aws-sdk/token-providers',
  // The container and EC2 instance-metadata credential providers (7 KB): the default chain reaches them
  // only after the environment's credentials, which Lambda always sets.
  '@smithy/credential-provider-imds',
  // Event-stream serialisation (9 KB): the protocols load it with import() only for operations that
  // stream events, and none of the functions' DynamoDB, SES, SQS or Secrets Manager calls do.
  '@smithy/core/event-streams',
  // The SDK's browser user-agent parser (33 KB), loaded with import() only by its browser user-agent
  // provider; in Node the SDK builds its user agent from `process` and never asks for it.
  'bowser',
] as const;

export const ESM_BANNER =
  "import { createRequire as __twCreateRequire } from 'node:module';" +
  'const require = __twCreateRequire(import.meta.url);';

export interface BundleOptions {
  /** Bundle the lockfile's AWS SDK (default true) rather than use the runtime's. */
  bundleAwsSdk?: boolean;
}

/** Everything esbuild is told, in esbuild's own terms. */
export interface BundleSpec {
  platform: 'node';
  format: 'esm';
  target: string;
  minify: true;
  sourcemap: true;
  sourcesContent: false;
  /**
   * UTF-8 output: by default esbuild writes every non-ASCII character as an escape (an emoji in the
   * classifier's patterns becomes `\uD83D\uDC37`, 12 bytes for 4), which on 2026-12-02 was 15 KB of
   * the poll bundle. Node reads a Lambda's code as UTF-8, so the text is the same either way.
   */
  charset: 'utf8';
  mainFields: string[];
  banner: string;
  define: Record<string, string>;
  external: string[];
  bundleAwsSdk: boolean;
}

/** The JSON string literal esbuild substitutes for `__TRUSTWATCH_CONFIG__`. */
export const configDefineValue = (config: Config): string => JSON.stringify(JSON.stringify(config));

export const bundleSpec = (config: Config, opts: BundleOptions = {}): BundleSpec => {
  const bundleAwsSdk = opts.bundleAwsSdk ?? true;
  return {
    platform: 'node',
    format: 'esm',
    target: 'node22',
    minify: true,
    sourcemap: true,
    sourcesContent: false,
    charset: 'utf8',
    mainFields: ['module', 'main'],
    banner: ESM_BANNER,
    define: { [CONFIG_DEFINE]: configDefineValue(config) },
    external: bundleAwsSdk ? [...COLD_SDK_PACKAGES] : [...RUNTIME_PROVIDED],
    bundleAwsSdk,
  };
};
