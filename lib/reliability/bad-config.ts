/**
 * Broken configs for the bad-input figures, counted, not written twice: the cases live in
 * test/unit/config/validate.test.ts (30 broken configs, each with the field path and reason the
 * validator must report, plus YAML syntax, empty file, several problems at once). This runs that file
 * with vitest's JSON reporter and counts the cases that passed, then checks the CLI end to end on one
 * broken file it writes: `trustwatch validate` must exit 2 and print the field-named line.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as z from '../zod';

export const VALIDATE_TEST = 'test/unit/config/validate.test.ts';
const BROKEN_SUITE = 'trustwatch validate: broken configs name the field and the reason';

const JsonReport = z.object({
  testResults: z.array(
    z.object({
      assertionResults: z.array(
        z.object({ ancestorTitles: z.array(z.string()), title: z.string(), status: z.string() }),
      ),
    }),
  ),
});

export interface BadConfigResult {
  tried: number;
  refused: number;
  failed: string[];
  cli: { exit: number | null; line: string; ok: boolean };
}

const run = (
  file: string,
  args: string[],
  cwd: string,
): Promise<{ code: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    execFile(
      file,
      args,
      { cwd, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });

export const countBrokenConfigs = async (root: string): Promise<BadConfigResult> => {
  const dir = await mkdtemp(join(tmpdir(), 'tw-badcfg-'));
  try {
    const out = join(dir, 'report.json');
    await run(
      join(root, 'node_modules/.bin/vitest'),
      ['run', VALIDATE_TEST, '--reporter=json', `--outputFile=${out}`],
      root,
    );
    const report = JsonReport.parse(JSON.parse(await readFile(out, 'utf8')));
    // Every case of the broken-config suite except the one that checks a VALID config is accepted.
    const cases = report.testResults
      .flatMap((t) => t.assertionResults)
      .filter((a) => a.ancestorTitles.includes(BROKEN_SUITE) && !a.title.startsWith('accepts'));
    const failed = cases.filter((a) => a.status !== 'passed').map((a) => a.title);

    const example = await readFile(join(root, 'config/riverside.yaml'), 'utf8');
    const broken = join(dir, 'broken.yaml');
    await writeFile(broken, example.replace('dsl@brookside.riverside-trust.example', 'joanne.wright'));
    const cli = await run(join(root, 'node_modules/.bin/tsx'), ['lib/cli/main.ts', 'validate', broken], root);
    const line =
      `${cli.stdout}${cli.stderr}`.split('\n').find((l) => l.includes('academies[2].dsl.email')) ?? '';
    return {
      tried: cases.length,
      refused: cases.length - failed.length,
      failed,
      cli: {
        exit: cli.code,
        line: line.trim(),
        ok: cli.code === 2 && /academies\[2\]\.dsl\.email \(line \d+\): not an email address/.test(line),
      },
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};
