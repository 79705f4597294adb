/**
 * `npm run reliability`: the reliability and security evidence (lib/reliability/matrix.ts).
 *
 *   npm run reliability                  the full matrix over the whole demo week (about 15 minutes)
 *   npm run reliability -- --short       the CI version (the Tue–Thu slice; about 2–3 minutes)
 *   npm run reliability -- --json        the result object instead of the table:
 *                                        {"injected": {fault: n}, "lost": n, "duplicated": n,
 *                                         "badInputsRefused": n, "badInputsTried": n, …}
 *   npm run reliability -- --markdown    the headline table for the README
 *   --seed N                             another fault plan (default 1); same seed, same plan
 *   --skip load,configs,…                leave parts out (faults, hostile, links, configs, load)
 *
 * Exit status: 0 when nothing was lost or duplicated, nothing unexpected was sent, every bad input was
 * refused and no log line holds post text or an address; 1 otherwise; 2 for a usage error.
 * Progress goes to stderr, so `--json` output can be piped.
 */
import { resolve } from 'node:path';
import { sentimentIndex } from '../lib/app/sentiment';
import { classify } from '../lib/classify';
import { loadConfigFile } from '../lib/config/load';
import { formatMarkdown, formatTable } from '../lib/reliability/format';
import { runMatrix } from '../lib/reliability/matrix';
import type { MatrixOptions } from '../lib/reliability/matrix';

process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const args = process.argv.slice(2);
const has = (flag: string) => args.includes(flag);
const valueOf = (flag: string): string | undefined => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const known = new Set(['--short', '--json', '--markdown', '--seed', '--skip', '--quiet']);
for (const [i, a] of args.entries())
  if (a.startsWith('--') && !known.has(a)) {
    process.stderr.write(`unknown option ${a} (see scripts/reliability.ts)\n`);
    process.exit(2);
  } else if (!a.startsWith('--') && !['--seed', '--skip'].includes(args[i - 1] ?? '')) {
    process.stderr.write(`unexpected argument ${a}\n`);
    process.exit(2);
  }
const seed = Number(valueOf('--seed') ?? '1');
if (!Number.isInteger(seed)) {
  process.stderr.write('--seed takes an integer\n');
  process.exit(2);
}
const skip = new Set((valueOf('--skip') ?? '').split(',').filter((s) => s !== ''));
const PARTS = ['faults', 'hostile', 'links', 'configs', 'load'] as const;
for (const s of skip)
  if (!(PARTS as readonly string[]).includes(s)) {
    process.stderr.write(`--skip: unknown part "${s}" (parts: ${PARTS.join(', ')})\n`);
    process.exit(2);
  }
const parts: NonNullable<MatrixOptions['parts']> = Object.fromEntries(PARTS.map((p) => [p, !skip.has(p)]));

const root = resolve(import.meta.dirname, '..');
const config = await loadConfigFile(resolve(root, 'config/riverside.yaml'));
const started = Date.now();
const result = await runMatrix({
  mode: has('--short') ? 'short' : 'full',
  seed,
  root,
  config,
  classify,
  sentiment: sentimentIndex,
  parts,
  onProgress: has('--quiet')
    ? undefined
    : (msg) => process.stderr.write(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)}s] ${msg}\n`),
});

if (has('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else if (has('--markdown')) process.stdout.write(`${formatMarkdown(result)}\n`);
else process.stdout.write(`${formatTable(result)}\n`);

const ok =
  result.lost === 0 &&
  result.duplicated === 0 &&
  result.unexpected === 0 &&
  result.badInputsRefused === result.badInputsTried &&
  result.logs.postText === 0 &&
  result.logs.emails === 0;
process.exitCode = ok ? 0 : 1;
