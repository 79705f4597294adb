/**
 * infra/app.ts as the `cdk` CLI runs it: a broken trust config or a bad context value stops synth
 * with exit code 2 and the same lines `trustwatch validate` prints (every problem, its path and YAML
 * line), never a stack trace. Run in a child process, with context passed the way the CDK CLI passes
 * it (CDK_CONTEXT_JSON). Neither case gets as far as building the stack, so these are fast.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { ConfigError, formatProblem, loadConfigFile } from '../../lib/config/load';
import { REPO_ROOT } from '../../infra/bundling';
import { OptionsError, readDeployOptions } from '../../infra/options';
import { RIVERSIDE } from './helpers';

const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');

const tempDirs: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

const runApp = (context: Record<string, unknown>) => {
  const outdir = tempDir('trustwatch-cdkout-');
  return spawnSync(TSX, ['infra/app.ts'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, CDK_CONTEXT_JSON: JSON.stringify(context), CDK_OUTDIR: outdir },
  });
};

/** What `trustwatch validate` prints for a broken file (lib/cli/main.ts). */
const validateLines = async (file: string): Promise<string[]> => {
  try {
    await loadConfigFile(file);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    return [
      `${e.source}: ${e.problems.length} problem(s) in the trust config`,
      ...e.problems.map((p) => `  ${formatProblem(p)}`),
    ];
  }
  throw new Error(`${file} is valid`);
};

describe('infra/app.ts with a broken trust config', () => {
  it('exits 2 with the field-named problems, exactly as trustwatch validate', async () => {
    const dir = tempDir('trustwatch-config-');
    const broken = join(dir, 'broken.yaml');
    const yaml = readFileSync(RIVERSIDE, 'utf8')
      .replace('pollMinutes: 5', 'pollMinutes: 500')
      .replace("discoverTime: '06:00'", "discoverTime: '6am'");
    writeFileSync(broken, yaml);

    const r = runApp({ config: broken });
    expect(r.status, r.stderr).toBe(2);
    const expected = await validateLines(broken);
    expect(expected).toHaveLength(3);
    expect(r.stderr.trim().split('\n')).toEqual(expected);
    expect(r.stderr).toMatch(/schedule\.pollMinutes \(line \d+\): must be at most 60/);
    expect(r.stderr).toMatch(/schedule\.discoverTime \(line \d+\): must be a 24-hour time like "07:30"/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 60_000);

  it('exits 2 naming the file when it does not exist', () => {
    const r = runApp({ config: 'config/no-such-trust.yaml' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(
      'config/no-such-trust.yaml: 1 problem(s) in the trust config\n  (file): no such file',
    );
  }, 60_000);

  it('exits 2 naming the context key for a bad deployment option', () => {
    const r = runApp({ sesIdentity: 'mailbox' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('sesIdentity: must be "domain" or "address", not "mailbox"');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});

describe('deployment options (CDK context)', () => {
  const read = (ctx: Record<string, unknown>) => readDeployOptions((k) => ctx[k]);

  it('defaults: riverside config, domain identity, reserved concurrency, 90-day logs, bundled SDK', () => {
    expect(read({})).toEqual({
      configPath: 'config/riverside.yaml',
      sesIdentity: 'domain',
      reservedConcurrency: true,
      logRetention: RetentionDays.THREE_MONTHS,
      bundleAwsSdk: true,
    });
  });

  it('accepts -c strings and cdk.json values alike', () => {
    expect(
      read({
        sesIdentity: 'address',
        reservedConcurrency: 'false',
        logRetentionDays: '365',
        bundleAwsSdk: false,
      }),
    ).toMatchObject({
      sesIdentity: 'address',
      reservedConcurrency: false,
      logRetention: RetentionDays.ONE_YEAR,
      bundleAwsSdk: false,
    });
  });

  it('lists every bad value with its key', () => {
    let err: unknown;
    try {
      read({ reservedConcurrency: 'yes', logRetentionDays: 42, account: '123', region: 'London' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(OptionsError);
    expect((err as OptionsError).problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['account', 'logRetentionDays', 'region', 'reservedConcurrency'].sort(),
    );
  });
});
