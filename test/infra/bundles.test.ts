/**
 * What each Lambda bundle carries, built with the same esbuild description the CDK construct uses
 * (infra/bundling.ts `bundleSpec`): the poll functions carry the classifier and no mail code (their
 * notices are queued for notify, lib/app/operations.ts); the other functions carry mail code and no
 * classifier. Sizes and import times are measured by `npm run bench:bundle`, not here.
 */
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, entryOf, FUNCTION_NAMES } from '../../infra/bundling';
import type { FunctionName } from '../../infra/bundling';
import { loadConfigFile } from '../../lib/config/load';
import type { Config } from '../../lib/config/schema';

let config: Config;
beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
});

const inputsOf = async (name: FunctionName): Promise<string[]> => {
  const s = bundleSpec(config);
  const r = await build({
    entryPoints: [entryOf(name)],
    bundle: true,
    write: false,
    outfile: `/tmp/trustwatch-bundle-test/${name}.mjs`,
    platform: s.platform,
    format: s.format,
    target: s.target,
    mainFields: [...s.mainFields],
    banner: { js: s.banner },
    define: s.define,
    external: [...s.external],
    metafile: true,
    logLevel: 'silent',
  });
  return Object.keys(r.metafile.inputs);
};

const has = (inputs: string[], part: string) => inputs.some((f) => f.includes(part));

describe('what each bundle carries', () => {
  it.each(['poll', 'poll-worker'] as const)('%s: the classifier, and no mail code', async (name) => {
    const inputs = await inputsOf(name);
    expect(has(inputs, 'lib/classify/')).toBe(true);
    expect(has(inputs, 'node_modules/nodemailer/')).toBe(false);
    expect(has(inputs, 'lib/mail/')).toBe(false);
    expect(has(inputs, 'node_modules/@aws-sdk/client-ses/')).toBe(false);
  });

  it.each(FUNCTION_NAMES.filter((n) => !n.startsWith('poll')))(
    '%s: mail code, and no classifier',
    async (name) => {
      const inputs = await inputsOf(name);
      expect(has(inputs, 'lib/mail/')).toBe(true);
      expect(has(inputs, 'lib/classify/')).toBe(false);
    },
  );
});
