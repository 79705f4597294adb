/**
 * Render one alert per finding kind (plus an escalation, a roll-up, a hold notice, the hostile-input
 * case and the action pages) from the sample flags into out/preview/, so a person can open them in a
 * browser and see what a Principal sees. Also writes the .txt alternative and one .eml per alert.
 *
 *   npx tsx scripts/preview-mail.ts [config/riverside.yaml]
 *
 * Links are signed with a throwaway preview key against https://actions.example/ and do not work.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfigFile } from '../lib/config/load';
import { FINDING_KINDS, KIND_LABEL } from '../lib/domain/kinds';
import { DEFAULT_LINK_TTL_MS, signAction, signActionLinks, verifyAction } from '../lib/actions/links';
import { renderConfirmPage, renderErrorPage, renderResultPage, summarizeFlag } from '../lib/actions/pages';
import { composeAlert } from '../lib/mail/compose';
import { escapeHtml } from '../lib/mail/escape';
import { renderNotice } from '../lib/mail/notice';
import { renderAlert, renderRollup } from '../lib/mail/render';
import { SAMPLE_NOW, hostileFlag, sampleFlags } from '../lib/mail/samples';

const OUT = 'out/preview';
const KEY = 'preview-only-key-0123456789abcdef0123456789abcdef';
const BASE = 'https://actions.example/';

const main = async (): Promise<void> => {
  const config = await loadConfigFile(process.argv[2] ?? 'config/riverside.yaml');
  const tz = config.trust.timeZone;
  const flags = sampleFlags(config);
  const expiresAt = SAMPLE_NOW + DEFAULT_LINK_TTL_MS;
  await mkdir(OUT, { recursive: true });
  const index: string[] = [];
  const write = async (name: string, html: string, text?: string, title = name): Promise<void> => {
    await writeFile(join(OUT, `${name}.html`), html);
    if (text !== undefined) await writeFile(join(OUT, `${name}.txt`), text);
    index.push(
      `<li><a href="${name}.html">${escapeHtml(title)}</a>${text !== undefined ? ` (<a href="${name}.txt">text</a>)` : ''}</li>`,
    );
  };

  for (const kind of FINDING_KINDS) {
    const flag = flags[kind];
    const recipient = flag.to[0];
    if (!recipient) throw new Error(`sample ${kind} has no recipient`);
    const links = signActionLinks({ flag, recipient, secret: KEY, baseUrl: BASE, expiresAt });
    const r = renderAlert(flag, recipient, {
      config,
      timeZone: tz,
      links,
      now: SAMPLE_NOW,
      linksExpireAt: expiresAt,
    });
    await write(`alert-${kind}`, r.html, r.text, `${KIND_LABEL[kind]}: ${r.subject}`);
    const mail = await composeAlert({
      config,
      flag,
      recipient,
      links,
      now: SAMPLE_NOW,
      linksExpireAt: expiresAt,
    });
    await writeFile(join(OUT, `alert-${kind}.eml`), mail.raw);
  }

  const threat = flags.threat;
  const ceo = {
    name: config.trust.ceo.name,
    email: config.trust.ceo.email,
    role: 'ceo' as const,
    scope: 'trust',
  };
  const esc = renderAlert(threat, ceo, {
    config,
    timeZone: tz,
    links: signActionLinks({ flag: threat, recipient: ceo, secret: KEY, baseUrl: BASE, expiresAt }),
    now: SAMPLE_NOW + 2 * 3_600_000,
    linksExpireAt: expiresAt,
    escalation: { originalRecipients: threat.to.filter((r) => r.role !== 'ceo'), hoursUnacknowledged: 2 },
  });
  await write('escalation-threat', esc.html, esc.text, `Escalation: ${esc.subject}`);

  const hostile = hostileFlag(config);
  const hr = hostile.to[0];
  if (hr) {
    const h = renderAlert(hostile, hr, {
      config,
      timeZone: tz,
      links: signActionLinks({ flag: hostile, recipient: hr, secret: KEY, baseUrl: BASE, expiresAt }),
      now: SAMPLE_NOW,
    });
    await write('alert-hostile-input', h.html, h.text, 'Hostile input (escaping check)');
  }

  const principal = flags.disparaging.to[0];
  if (principal) {
    const rollupFlags = [flags.disparaging, flags.media_enquiry, flags.sensitive_topic, flags.solicitation];
    const ru = renderRollup(rollupFlags, principal, {
      config,
      timeZone: tz,
      now: SAMPLE_NOW,
      linksFor: (f) =>
        signActionLinks({ flag: f, recipient: principal, secret: KEY, baseUrl: BASE, expiresAt }),
      linksExpireAt: expiresAt,
    });
    await write('rollup', ru.html, ru.text, `Roll-up: ${ru.subject}`);
  }

  const notice = renderNotice(
    {
      id: 'hold-start:hold-kingsmead-20261123',
      kind: 'hold_start',
      subject: '[HOLD] No posting on Kingsmead Academy accounts until further notice',
      paragraphs: [
        'A posting hold is in force for Kingsmead Academy (CT §4.6).',
        'Please do not post, reply or repost from the accounts listed below until the hold is lifted.',
      ],
      facts: [
        ['Accounts frozen', '@KingsmeadAcad, @KingsmeadSport, @KingsmeadLib'],
        ['Reason', 'media interest after the staffing story'],
      ],
      to: flags.hold_breach.to,
      cc: flags.hold_breach.cc,
      links: [{ label: 'Lift the hold', url: `${BASE}?t=preview` }],
    },
    ceo,
    { config, timeZone: tz, now: SAMPLE_NOW },
  );
  await write('notice-hold-start', notice.html, notice.text, `Notice: ${notice.subject}`);

  const token = signAction({ flagId: threat.id, action: 'declare_hold', email: ceo.email, expiresAt }, KEY);
  const v = verifyAction(token, KEY, SAMPLE_NOW);
  if (v.ok) {
    const summary = summarizeFlag(threat, config);
    await write(
      'page-confirm',
      renderConfirmPage({
        claims: v.claims,
        token,
        flagSummary: summary,
        postUrl: threat.post?.url,
        timeZone: tz,
      }).body,
    );
    await write(
      'page-result',
      renderResultPage({
        action: 'declare_hold',
        outcome: 'done',
        at: SAMPLE_NOW,
        flagSummary: summary,
        timeZone: tz,
      }).body,
    );
  }
  await write('page-error-expired', renderErrorPage('expired').body);

  await writeFile(
    join(OUT, 'index.html'),
    `<!DOCTYPE html><meta charset="utf-8"><title>TrustWatch mail previews</title><h1>TrustWatch mail previews</h1><ul>${index.join('\n')}</ul>`,
  );
  console.log(`wrote ${index.length} previews to ${OUT}/ (open ${OUT}/index.html)`);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
