/**
 * The demo week end to end on the embedded runtime (dynalite, SES local, the fake X server and the
 * real twitter-api-v2 client): every finding kind is raised and emailed to the people DESIGN.md routes
 * it to, people's actions go through signed links, holds produce notices, the week ends with roll-ups
 * and the COO's digest, and the same input gives byte-identical emails.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentimentIndex } from '../../lib/app/sentiment';
import { classify } from '../../lib/classify';
import { loadConfigFile } from '../../lib/config/load';
import type { Config } from '../../lib/config/schema';
import { FINDING_KINDS } from '../../lib/domain/kinds';
import { runDemo } from '../../lib/local/demo-runner';
import type { DemoSummary } from '../../lib/local/demo-runner';
import {
  buildRiversideWeek,
  RIVERSIDE_WEEK_EXPECTED,
  RIVERSIDE_WEEK_MUST_NOT_FLAG,
} from '../../lib/local/demo/riverside-week';
import { sliceScenario } from '../../lib/local/scenario';
import { silentObs } from '../../lib/obs/log';

const LINK_KEY = 'test-demo-key-0123456789abcdefghijklmnopqrstuvwxyz';
const BASE = 'http://127.0.0.1:8788/a';
let config: Config;
let out: string;
let summary: DemoSummary;

const run = async (outDir: string, scenario = buildRiversideWeek(), withTruth = true) =>
  runDemo({
    config,
    scenario,
    classify,
    sentiment: sentimentIndex,
    obs: silentObs(),
    linkKey: LINK_KEY,
    actionsBaseUrl: BASE,
    outDir,
    ...(withTruth ? { expected: RIVERSIDE_WEEK_EXPECTED, mustNotFlag: RIVERSIDE_WEEK_MUST_NOT_FLAG } : {}),
  });

beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
  out = await mkdtemp(join(tmpdir(), 'tw-demo-'));
  summary = (await run(out)).summary;
}, 600_000);

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

const emailsOf = (kind: string, purpose = 'alert') =>
  summary.emails.filter((e) => e.purpose === purpose && e.kinds.includes(kind));
const P = {
  oakPrincipal: 'principal@oakfield.riverside-trust.example',
  kmPrincipal: 'principal@kingsmead.riverside-trust.example',
  ceo: 'ceo@riverside-trust.example',
  coo: 'coo@riverside-trust.example',
  comms: 'comms@riverside-trust.example',
  oakComms: 'office@oakfield.riverside-trust.example',
};

describe('the demo week', () => {
  it('raises every finding kind of DESIGN.md', () => {
    for (const k of FINDING_KINDS) expect(summary.flags[k], k).toBeGreaterThan(0);
  });

  it('catches the incidents it was written to show and flags none of the hard negatives', () => {
    expect(summary.checks?.falseAlarms).toEqual([]);
    const missedCritical = summary.checks?.missed.filter(
      (m) => m.kind === 'threat' || m.kind === 'safeguarding',
    );
    expect(missedCritical).toEqual([]);
    expect(summary.checks?.caught ?? 0).toBeGreaterThanOrEqual(
      Math.ceil((summary.checks?.expected ?? 0) * 0.9),
    );
  });

  it('sends threats to the Principal and the CEO, and escalates the one nobody acknowledges', () => {
    const threats = emailsOf('threat');
    expect(threats.length).toBeGreaterThan(0);
    for (const e of threats) expect(e.to).toContain(P.ceo);
    expect(threats.some((e) => e.to.includes(P.kmPrincipal))).toBe(true);
    const escalations = emailsOf('threat', 'escalation');
    expect(escalations.length).toBeGreaterThan(0);
    for (const e of escalations) expect(e.to).toEqual([P.ceo]);
  });

  it('sends safeguarding concerns to the academy DSL and Principal', () => {
    const sg = emailsOf('safeguarding');
    expect(sg.some((e) => e.to.includes('dsl@brookside.riverside-trust.example'))).toBe(true);
    expect(sg.some((e) => e.to.includes('head@brookside.riverside-trust.example'))).toBe(true);
  });

  it('sends official-account slips to the account admins with the Principal copied', () => {
    const pd = emailsOf('personal_data');
    expect(pd.some((e) => e.to.includes('office@brookside.riverside-trust.example'))).toBe(true);
    const prof = emailsOf('profanity');
    expect(
      prof.some(
        (e) => e.to.includes('sport@kingsmead.riverside-trust.example') && e.cc.includes(P.kmPrincipal),
      ),
    ).toBe(true);
  });

  it('sends a mention storm to the Principal with comms copied, and the hold declared from it has notices', () => {
    const storm = emailsOf('volume_spike');
    expect(storm.some((e) => e.to.includes(P.oakPrincipal) && e.cc.includes(P.comms))).toBe(true);
    expect(summary.actions.find((a) => a.action === 'declare_hold')?.status).toBe(200);
    const notices = summary.emails.filter((e) => e.purpose === 'notice');
    expect(notices.some((e) => e.subject.startsWith('[HOLD]') && e.to.includes(P.oakPrincipal))).toBe(true);
    expect(notices.some((e) => e.subject.startsWith('[HOLD LIFTED]') && e.to.includes(P.oakComms))).toBe(
      true,
    );
    expect(summary.holds).toHaveLength(1);
    expect(summary.holds[0]?.endedAt).toBe('2026-11-20T16:00:00.000Z');
  });

  it('flags both official posts made during the hold, to the Principal, comms and the account admins', () => {
    expect(summary.flags['hold_breach']).toBe(2);
    const breaches = emailsOf('hold_breach');
    expect(
      breaches.some(
        (e) => e.to.includes(P.oakPrincipal) && e.cc.includes('pe@oakfield.riverside-trust.example'),
      ),
    ).toBe(true);
  });

  it('tells the CEO about a take-down still visible after 24 hours, and not about the one X removed', () => {
    expect(summary.flags['takedown_overdue']).toBe(1);
    expect(emailsOf('takedown_overdue').every((e) => e.to[0] === P.ceo)).toBe(true);
  });

  it('sends look-alike accounts to the Principal with comms copied', () => {
    expect(summary.flags['unapproved_account']).toBeGreaterThanOrEqual(2);
    expect(
      emailsOf('unapproved_account').some((e) => e.to.includes(P.kmPrincipal) && e.cc.includes(P.comms)),
    ).toBe(true);
  });

  it('puts medium and low flags in one daily roll-up per person, and the register gap only in the digest', () => {
    const rollups = summary.emails.filter((e) => e.purpose === 'rollup');
    expect(rollups.length).toBeGreaterThan(0);
    for (const r of rollups) expect(r.to).toHaveLength(1);
    expect(summary.emails.some((e) => e.kinds.includes('register_gap'))).toBe(false);
  });

  it('ends with the COO digest, copied to the CEO', () => {
    const digest = summary.emails.filter((e) => e.subject.toLowerCase().includes('digest'));
    expect(digest.length).toBe(2);
    expect(digest[0]?.to).toEqual([P.coo]);
    expect(digest[0]?.cc).toEqual([P.ceo]);
  });

  it('applies every action through a signed link', () => {
    for (const a of summary.actions) if (a.status !== 'not_flagged') expect(a.status).toBe(200);
  });

  it('writes every email it sent as an .eml file', async () => {
    const files = (await readdir(join(out, 'mail'))).filter((f) => f.endsWith('.eml')).sort();
    expect(files).toEqual(summary.emails.map((e) => e.file));
    const first = await readFile(join(out, 'mail', files[0] ?? ''), 'utf8');
    expect(first).toMatch(/^From: /m);
    expect(first).toMatch(/^X-TrustWatch-Kind: /m);
  });

  it('reports X usage', () => {
    expect(summary.xApi.requests).toBeGreaterThan(summary.simulated.cycles);
    expect(summary.xApi.postReads).toBeGreaterThanOrEqual(summary.postsRead);
    expect(summary.xApi.estimatedUsd).toBeGreaterThan(0);
  });
});

describe('determinism', () => {
  it('gives byte-identical emails for the same scenario', async () => {
    const day = sliceScenario(buildRiversideWeek(), '2026-11-17T00:00:00Z');
    const a = await mkdtemp(join(tmpdir(), 'tw-a-'));
    const b = await mkdtemp(join(tmpdir(), 'tw-b-'));
    try {
      const ra = await run(a, day, false);
      const rb = await run(b, day, false);
      expect(rb.summary).toEqual(ra.summary);
      const files = await readdir(join(a, 'mail'));
      expect(files.length).toBeGreaterThan(0);
      for (const f of files)
        expect((await readFile(join(b, 'mail', f))).equals(await readFile(join(a, 'mail', f))), f).toBe(true);
    } finally {
      await rm(a, { recursive: true, force: true });
      await rm(b, { recursive: true, force: true });
    }
  }, 300_000);
});
