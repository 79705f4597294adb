/**
 * What each Lambda bundle carries, built with the same esbuild description the CDK construct uses
 * (infra/bundling.ts `bundleSpec`): the poll functions carry the classifier and no mail code (their
 * notices are queued for notify, lib/app/operations.ts); the other functions carry mail code and no
 * classifier. Sizes and import times are measured by `npm run bench:bundle`, not here.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSpec, entryOf, FUNCTION_NAMES } from '../../infra/bundling';
import type { FunctionName } from '../../infra/bundling';
import { classify } from '../../lib/classify';
import { loadConfigFile } from '../../lib/config/load';
import type { Config } from '../../lib/config/schema';

let config: Config;
beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
});

/** esbuild's options as bundleSpec describes them (the CDK construct passes the same). */
const specOptions = () => {
  const s = bundleSpec(config);
  return {
    bundle: true,
    platform: s.platform,
    format: s.format,
    target: s.target,
    minify: s.minify,
    charset: s.charset,
    mainFields: [...s.mainFields],
    banner: { js: s.banner },
    define: s.define,
    external: [...s.external],
    logLevel: 'silent' as const,
  };
};

const inputsOf = async (name: FunctionName): Promise<string[]> => {
  const r = await build({
    ...specOptions(),
    entryPoints: [entryOf(name)],
    write: false,
    outfile: `/tmp/trustwatch-bundle-test/${name}.mjs`,
    metafile: true,
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

describe('the bundled classifier', () => {
  it('reads emoji and other non-ASCII patterns as the source does (UTF-8 output)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'trustwatch-charset-'));
    try {
      const outfile = join(dir, 'classify.mjs');
      await build({ ...specOptions(), entryPoints: ['lib/classify/index.ts'], outfile });
      const bundled = (await import(pathToFileURL(outfile).href)) as { classify: typeof classify };
      const posts = [
        '@HollybrookAcad your new dinner lady 🐷🐷',
        'machete ready for the castlemere lot tonight 🔪',
        'KINGSMEAD OPPS 🔫💣 we outside friday',
        'Ｆ𝐔𝐂𝐊 this school, the head is a clown 🤡',
        'Hollybrook, ★☆☆☆☆. The office never answers.',
      ];
      for (const text of posts) {
        const post = { text, source: 'mention' as const };
        expect(bundled.classify(post).map((f) => f.kind)).toEqual(classify(post).map((f) => f.kind));
      }
      expect(
        bundled
          .classify({ text: 'machete ready for the castlemere lot tonight 🔪', source: 'mention' })
          .map((f) => f.kind),
      ).toContain('threat');
      // written as UTF-8, not as escapes (15 KB of the poll bundle, docs/deploy.md)
      expect(readFileSync(outfile, 'utf8')).toContain('🔪');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
