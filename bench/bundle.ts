/**
 * `npm run bench:bundle`: each Lambda's bundle size and how long a fresh Node process takes to import
 * it. Targets (issue): ≤ 1 MB minified per function, ≤ 300 ms to import.
 *
 * The bundles are built with the esbuild API from `bundleSpec()` in infra/bundling.ts, the same
 * description the CDK construct hands to NodejsFunction, with the Riverside config embedded, so what
 * is measured is what ships. Import time: a new `node --enable-source-maps` process (as in Lambda,
 * NODE_OPTIONS) with the Lambda environment variables set to dummies, timing `await import(bundle)`
 * from inside the process (Node's own start-up excluded); the median of `--runs` processes. Packages
 * left external (with `--runtime-sdk`, the whole AWS SDK, which the Lambda runtime provides) load
 * from this repository's node_modules, standing in for the runtime's copy.
 *
 *   npm run -s bench:bundle                 # table
 *   npm run -s bench:bundle -- --json       # [{"function","bytes","importMs"}]
 *   options: --runs N (default 7)  --config FILE  --runtime-sdk  --check (exit 1 if over target)
 *            --functions-dir DIR (measure other entry files; for testing the benchmark itself)
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ConfigError, formatProblem, loadConfigFile } from '../lib/config/load';
import {
  bundleSpec,
  entryOf,
  FUNCTION_NAMES,
  LAMBDA_BASE_ENV,
  missingEntries,
  REPO_ROOT,
  REPO_SOURCE,
} from '../infra/bundling';
import type { FunctionSource } from '../infra/bundling';

const TARGET_BYTES = 1024 * 1024;
const TARGET_IMPORT_MS = 300;

interface Args {
  json: boolean;
  runs: number;
  config: string;
  bundleAwsSdk: boolean;
  check: boolean;
  functionsDir?: string;
}

const usage = 'usage: bench:bundle [--json] [--runs N] [--config FILE] [--runtime-sdk] [--check]';

const parseArgs = (argv: string[]): Args => {
  const args: Args = {
    json: false,
    runs: 7,
    config: 'config/riverside.yaml',
    bundleAwsSdk: true,
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value\n${usage}`);
      return v;
    };
    if (a === '--json') args.json = true;
    else if (a === '--runtime-sdk') args.bundleAwsSdk = false;
    else if (a === '--check') args.check = true;
    else if (a === '--runs') {
      args.runs = Number(value());
      if (!Number.isInteger(args.runs) || args.runs < 1) throw new Error('--runs must be a positive integer');
    } else if (a === '--config') args.config = value();
    else if (a === '--functions-dir') args.functionsDir = resolve(value());
    else throw new Error(`unknown option ${a}\n${usage}`);
  }
  return args;
};

/** Dummies that satisfy the Lambda environment contract (lib/aws/env.ts); nothing is called. */
const DUMMY_ENV: Record<string, string> = {
  ...LAMBDA_BASE_ENV,
  AWS_REGION: 'eu-west-2',
  AWS_DEFAULT_REGION: 'eu-west-2',
  AWS_ACCESS_KEY_ID: 'bench-dummy-access-key',
  AWS_SECRET_ACCESS_KEY: 'bench-only-not-a-real-key',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '512',
  TABLE_NAME: 'trustwatch-bench',
  X_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:trustwatch-x-AbCdEf',
  LINK_KEY_SECRET_ARN: 'arn:aws:secretsmanager:eu-west-2:123456789012:secret:trustwatch-link-AbCdEf',
  ACTIONS_BASE_URL: 'https://bench.lambda-url.eu-west-2.on.aws/',
  POLL_QUEUE_URL: 'https://sqs.eu-west-2.amazonaws.com/123456789012/trustwatch-poll',
  SES_CONFIGURATION_SET: 'trustwatch-bench',
};

const IMPORT_SCRIPT = `
const t0 = performance.now();
const m = await import(process.env.BENCH_BUNDLE_URL);
const ms = performance.now() - t0;
if (typeof m.handler !== 'function') { console.error('no exported handler function'); process.exit(3); }
process.stdout.write(JSON.stringify({ ms }));
`;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

const importOnce = (file: string, name: string): number => {
  const env: Record<string, string> = { ...DUMMY_ENV, AWS_LAMBDA_FUNCTION_NAME: `trustwatch-${name}` };
  for (const k of ['PATH', 'HOME', 'TMPDIR']) {
    const v = process.env[k];
    if (v !== undefined) env[k] = v;
  }
  env['BENCH_BUNDLE_URL'] = pathToFileURL(file).href;
  // NODE_OPTIONS from the Lambda environment gives --enable-source-maps, as in Lambda.
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', IMPORT_SCRIPT], {
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (r.status !== 0)
    throw new Error(
      `importing the ${name} bundle failed (exit ${String(r.status ?? r.signal)}): ${r.stderr.trim().split('\n').slice(0, 5).join(' | ')}`,
    );
  return (JSON.parse(r.stdout) as { ms: number }).ms;
};

interface Row {
  function: string;
  bytes: number;
  importMs: number;
}

const main = async (): Promise<number> => {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`bench:bundle: ${(e as Error).message}`);
    return 2;
  }

  const source: FunctionSource = args.functionsDir
    ? { ...REPO_SOURCE, functionsDir: args.functionsDir }
    : REPO_SOURCE;
  const missing = missingEntries(source);
  if (missing.length > 0) {
    console.error(
      `bench:bundle: cannot measure yet, the function entry files are missing: ${missing
        .map((n) => relative(process.cwd(), entryOf(n, source)))
        .join(', ')}`,
    );
    return 1;
  }

  let config;
  try {
    config = await loadConfigFile(args.config);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    console.error(`${e.source}: ${e.problems.length} problem(s) in the trust config`);
    for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
    return 2;
  }

  const spec = bundleSpec(config, { bundleAwsSdk: args.bundleAwsSdk });
  const work = mkdtempSync(join(tmpdir(), 'trustwatch-bench-'));
  // External packages (the AWS SDK) resolve through this link, as they resolve from the runtime in Lambda.
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(work, 'node_modules'), 'dir');

  const rows: Row[] = [];
  try {
    for (const name of FUNCTION_NAMES) {
      const outdir = join(work, name);
      mkdirSync(outdir);
      const outfile = join(outdir, 'index.mjs');
      await build({
        entryPoints: [entryOf(name, source)],
        absWorkingDir: REPO_ROOT,
        bundle: true,
        outfile,
        platform: spec.platform,
        format: spec.format,
        target: spec.target,
        minify: spec.minify,
        sourcemap: spec.sourcemap,
        sourcesContent: spec.sourcesContent,
        charset: spec.charset,
        mainFields: spec.mainFields,
        banner: { js: spec.banner },
        define: spec.define,
        external: spec.external,
        logLevel: 'warning',
      });
      const bytes = statSync(outfile).size;
      const times: number[] = [];
      for (let i = 0; i < args.runs; i++) times.push(importOnce(outfile, name));
      rows.push({ function: name, bytes, importMs: Math.round(median(times)) });
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const over = rows.filter((r) => r.bytes > TARGET_BYTES || r.importMs > TARGET_IMPORT_MS);
  if (args.json) {
    console.log(JSON.stringify(rows));
  } else {
    const kb = (b: number) => `${(b / 1024).toFixed(0)} KB`;
    console.log(
      `TrustWatch bundles (esbuild ${spec.format}, ${spec.target}, minified; AWS SDK ${
        spec.bundleAwsSdk ? 'bundled' : 'from the runtime'
      }; import = median of ${args.runs} fresh node processes)\n`,
    );
    console.log(`${'function'.padEnd(12)} ${'bundle'.padStart(9)} ${'import'.padStart(8)}`);
    for (const r of rows) {
      const flag = r.bytes > TARGET_BYTES || r.importMs > TARGET_IMPORT_MS ? '  over target' : '';
      console.log(
        `${r.function.padEnd(12)} ${kb(r.bytes).padStart(9)} ${`${r.importMs} ms`.padStart(8)}${flag}`,
      );
    }
    console.log(
      over.length === 0
        ? `\nall within target (≤ ${kb(TARGET_BYTES)}, ≤ ${TARGET_IMPORT_MS} ms)`
        : `\nover target (≤ ${kb(TARGET_BYTES)}, ≤ ${TARGET_IMPORT_MS} ms): ${over.map((r) => r.function).join(', ')}`,
    );
  }
  return args.check && over.length > 0 ? 1 : 0;
};

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`bench:bundle: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
