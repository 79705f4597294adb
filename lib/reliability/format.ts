/**
 * The matrix as text: the table `npm run reliability` prints (plain, fixed-width), and the same
 * figures as Markdown for the README (`--markdown`).
 */
import type { MatrixResult, RunSummary } from './matrix';

const FAULT_LABEL: Record<string, string> = {
  'x.429': 'X 429 rate limit',
  'x.usage_cap': 'X 429 UsageCapExceeded',
  'x.500': 'X 500',
  'x.503': 'X 503',
  'x.timeout': 'X timeout (no answer)',
  'x.malformed': 'X malformed body (shape / not JSON)',
  'x.401': 'X 401 credentials rejected',
  'ses.throttle': 'SES 400 Throttling',
  'ses.5xx': 'SES 500 / 503',
  'ses.reply_lost': 'SES accepted, reply lost',
  'dynamo.throttle': 'DynamoDB ProvisionedThroughputExceeded',
  'dynamo.outage': 'DynamoDB (dynalite) stopped mid-cycle, restarted',
  'dynamo.throttleMatching': 'DynamoDB throttled on markSent (SES accepted)',
  crash: 'process killed between two steps, restarted',
};

const secs = (ms: number): string =>
  ms >= 60_000
    ? `${Math.floor(ms / 60_000)}m ${Math.round((ms % 60_000) / 1000)}s`
    : `${(ms / 1000).toFixed(1)}s`;

const table = (head: string[], rows: (string | number)[][]): string => {
  const cells = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) =>
    r.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...cells.slice(1).map(line)].join('\n');
};

const runRow = (r: RunSummary): (string | number)[] => [
  r.family,
  `${r.posts.appeared}/${r.posts.stored}/${r.posts.processed}`,
  `${r.flags.expected}/${r.flags.stored}`,
  r.family === 'reference' ? `${r.emails.sesAccepted} sent` : `${r.emails.expected}/${r.emails.delivered}`,
  r.family === 'reference' ? '–' : r.lost,
  r.family === 'reference' ? '–' : r.duplicated,
  r.family === 'reference' ? '–' : r.unexpected,
  r.family === 'reference'
    ? '–'
    : `${r.window.crash_after_ses_accepted + r.window.ses_reply_lost + r.window.marksent_failed}`,
  r.operationsNotices,
  r.failedJobs,
  r.restarts,
  secs(r.realMs),
];

export const formatTable = (m: MatrixResult): string => {
  const out: string[] = [];
  out.push(
    `TrustWatch reliability (${m.mode}, seed ${m.seed}): ${m.slice.from} → ${m.slice.to}, drained to ${m.slice.drainUntil}${m.slice.digest ? ' + COO digest' : ''}; ${secs(m.durationMs)}`,
    '',
    `lost ${m.lost}   duplicated ${m.duplicated}   unexpected ${m.unexpected}   bad inputs refused ${m.badInputsRefused}/${m.badInputsTried}   post text / addresses in ${m.logs.lines} log lines: ${m.logs.postText} / ${m.logs.emails}`,
    '',
  );
  if (m.runs.length > 0) {
    out.push(
      'Fault matrix: each run against a clean reference run of the same slice (embedded runtime, dynalite on disk)',
    );
    out.push(
      table(
        [
          'run',
          'posts seen/stored/classified',
          'flags expected/stored',
          'emails expected/delivered',
          'lost',
          'dup',
          'unexpected',
          'window',
          'ops notices',
          'failed jobs',
          'restarts',
          'time',
        ],
        m.runs.map(runRow),
      ),
    );
    out.push('');
    out.push(
      table(
        ['fault', 'injected'],
        Object.entries(m.injected).map(([k, v]) => [FAULT_LABEL[k] ?? k, v]),
      ),
    );
    out.push('');
    if (Object.keys(m.crashSteps).length > 0)
      out.push(
        table(
          ['process killed right after', 'times'],
          Object.entries(m.crashSteps)
            .sort((a, b) => b[1] - a[1])
            .map(([k, v]) => [k, v]),
        ),
        '',
      );
    const w = m.window;
    out.push(
      `By-design window (SES accepted the message, TrustWatch had not recorded it): ${w.crash_after_ses_accepted + w.ses_reply_lost + w.marksent_failed} extra SES submission(s) of ${w.messages} message(s): crash before markSent ${w.crash_after_ses_accepted}, SES reply lost ${w.ses_reply_lost}, markSent failed ${w.marksent_failed}. Each re-send carries the same Message-ID, so a client that de-duplicates by Message-ID shows it once.`,
      '',
    );
    for (const r of m.runs) for (const p of r.problems.slice(0, 10)) out.push(`  ${r.family}: ${p}`);
  }
  const b = m.badInputs;
  const bad: (string | number)[][] = [];
  if (b.configs)
    bad.push([
      'broken configs (test/unit/config/validate.test.ts) + CLI',
      `${b.configs.refused + (b.configs.cli.ok ? 1 : 0)}/${b.configs.tried + 1}`,
      `field-named errors; validate exits ${b.configs.cli.exit}: ${b.configs.cli.line}`,
    ]);
  if (b.hostile)
    bad.push([
      'hostile posts (pipeline → SES local)',
      `${b.hostile.results.filter((r) => r.refused).length}/${b.hostile.results.length}`,
      `inert HTML, no injected header; classify max ${b.hostile.maxClassifyMs} ms (bound ${b.hostile.boundMs}); threat still seen through homoglyphs ${b.hostile.evasion['homoglyphs'] ? 'yes' : 'no'}, zero-width ${b.hostile.evasion['zeroWidth'] ? 'yes' : 'no'}`,
    ]);
  if (b.links)
    bad.push([
      'action-link attacks (use case + HTTP server)',
      `${b.links.filter((a) => a.refused).length}/${b.links.length}`,
      'tampered, wrong key, expired, other recipient, replay, GET, methods, redirect, forged Host',
    ]);
  if (bad.length > 0) {
    out.push('Bad input');
    out.push(table(['input', 'refused', 'how'], bad));
    out.push('');
    for (const r of b.hostile?.results ?? [])
      if (!r.refused)
        out.push(
          `  hostile ${r.id}: ${r.problems.join('; ') || `emails ${r.emails}, processed ${r.processed}`}`,
        );
    for (const a of b.links ?? [])
      if (!a.refused)
        out.push(
          `  link ${a.id}: status ${a.status} (want ${a.expected.join('/')}) ${a.changed.join(', ')} ${a.detail ?? ''}`,
        );
    for (const f of b.configs?.failed ?? []) out.push(`  config ${f}: not refused as expected`);
  }
  if (m.load && m.load.length > 0) {
    out.push(
      'Load: one poll cycle, federation of 50 academies (median real ms; DynamoDB commands per cycle)',
    );
    out.push(
      table(
        [
          'accounts',
          'query groups',
          'new posts/cycle',
          'X requests/cycle',
          'ms (empty table)',
          'ms (with history)',
          'DynamoDB ops (empty)',
          'DynamoDB ops (history)',
          'history posts',
          'ops ratio',
        ],
        m.load.map((l) => [
          l.accounts,
          `${l.groups.official + l.groups.mention} (${l.groups.official}+${l.groups.mention})`,
          l.fresh.postsPerCycle,
          l.fresh.xRequestsPerCycle,
          l.fresh.msPerCycle,
          l.withHistory.msPerCycle,
          l.fresh.dynamoOpsPerCycle,
          l.withHistory.dynamoOpsPerCycle,
          l.historyPosts,
          l.historyRatio,
        ]),
      ),
    );
    out.push('');
  }
  out.push(
    `Classifier over every post of every run: ${m.classify.calls} calls, p99 ${m.classify.p99Ms} ms, max ${m.classify.maxMs} ms.`,
  );
  for (const e of m.logs.examples) out.push(`  log leak: ${e}`);
  return out.join('\n');
};

/** The headline figures as a Markdown table (for the README). */
export const formatMarkdown = (m: MatrixResult): string => {
  const rows = m.runs
    .filter((r) => r.family !== 'reference')
    .map(
      (r) =>
        `| ${r.family} | ${Object.entries(r.injected)
          .map(([k, v]) => `${k} ${v}`)
          .join(
            ', ',
          )} | ${r.posts.appeared}/${r.posts.stored}/${r.posts.processed} | ${r.flags.expected}/${r.flags.stored} | ${r.emails.expected}/${r.emails.delivered} | ${r.lost} | ${r.duplicated} | ${r.window.crash_after_ses_accepted + r.window.ses_reply_lost + r.window.marksent_failed} |`,
    );
  const load = (m.load ?? []).map(
    (l) =>
      `| ${l.accounts} | ${l.groups.official + l.groups.mention} | ${l.fresh.postsPerCycle} | ${l.fresh.msPerCycle} / ${l.withHistory.msPerCycle} | ${l.fresh.dynamoOpsPerCycle} / ${l.withHistory.dynamoOpsPerCycle} | ${l.historyPosts} |`,
  );
  return [
    `Reliability (\`npm run reliability${m.mode === 'short' ? ' -- --short' : ''}\`, seed ${m.seed}, ${m.slice.from} → ${m.slice.to}): **${m.lost} lost, ${m.duplicated} duplicated**, bad inputs refused ${m.badInputsRefused}/${m.badInputsTried}, no post text or address in ${m.logs.lines} log lines.`,
    '',
    '| run | faults injected | posts seen/stored/classified | flags expected/stored | emails expected/delivered | lost | duplicated | window re-sends |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    ...(load.length > 0
      ? [
          '| accounts | query groups | new posts/cycle | ms per cycle (empty / history) | DynamoDB ops per cycle (empty / history) | history posts |',
          '| --- | --- | --- | --- | --- | --- |',
          ...load,
        ]
      : []),
  ].join('\n');
};
