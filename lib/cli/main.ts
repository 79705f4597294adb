/**
 * The `trustwatch` command (`npm run -s trustwatch -- <command>`), built with commander.
 *
 *   validate [file]        check a trust config; every problem with its path and line; exit 2 if any
 *   demo                   the simulated Riverside week on the embedded runtime (what `npm start` runs)
 *   run                    run the scheduled jobs once on the local runtime (state in --db)
 *   classify               JSON lines in → findings out (the contract in DESIGN.md)
 *   hold start|end|list    posting holds (CT §4.6)
 *   flags list|ack|fp|removal   the same actions as the email links
 *   digest --preview       render the COO's weekly digest to out/digest.html
 *   accounts               the register of approved accounts and its gaps
 *
 * Exit codes: 0 ok, 1 the job failed, 2 bad input (config, arguments, JSON lines). Errors are one
 * readable message, never a stack trace (set TRUSTWATCH_DEBUG=1 to see one).
 */
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

import { Command, CommanderError } from 'commander';
import { ConfigError, formatProblem, loadConfigFile } from '../config/load';
import { CliError } from './errors';

const DEFAULT_CONFIG = 'config/riverside.yaml';

const program = new Command()
  .name('trustwatch')
  .description('Keeps a school trust safe and reputable on social media.')
  .showHelpAfterError()
  .exitOverride();

program
  .command('validate')
  .description('check a trust config file and print every problem with its path')
  .argument('[file]', 'the trust config (YAML)', DEFAULT_CONFIG)
  .action(async (file: string) => {
    const cfg = await loadConfigFile(file);
    const gaps = cfg.accounts.filter((a) => a.knownGap !== undefined);
    console.log(
      `${file}: OK — ${cfg.trust.name}, ${cfg.academies.length} academies, ${cfg.accounts.length} approved accounts` +
        (gaps.length > 0 ? `, ${gaps.length} recorded register gap(s) (reported to the COO)` : ''),
    );
  });

const registerLazy = async () => {
  // Heavier commands live in their own modules so `validate` starts fast.
  const { registerCommands } = await import('./commands');
  registerCommands(program);
};

const main = async (argv: string[]): Promise<number> => {
  await registerLazy();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof ConfigError) {
      console.error(`${e.source}: ${e.problems.length} problem(s) in the trust config`);
      for (const p of e.problems) console.error(`  ${formatProblem(p)}`);
      return 2;
    }
    if (e instanceof CliError) {
      console.error(`trustwatch: ${e.message}`);
      return e.exitCode;
    }
    if (process.env['TRUSTWATCH_DEBUG']) console.error(e);
    else console.error(`trustwatch: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
    return 1;
  }
};

process.exitCode = await main(process.argv);
