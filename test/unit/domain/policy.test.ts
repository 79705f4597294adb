import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../lib/config/load';
import { attribute, buildDirectory } from '../../../lib/domain/attribution';
import type { Finding } from '../../../lib/domain/finding';
import type { PostEvidence } from '../../../lib/domain/flag';
import type { Hold } from '../../../lib/domain/hold';
import { FINDING_KINDS } from '../../../lib/domain/kinds';
import { flagsForPost } from '../../../lib/domain/policy-engine';
import { POLICY } from '../../../lib/domain/policy';
import { deliveryFor, route } from '../../../lib/domain/routing';

const cfg = parseConfig(readFileSync(new URL('../../../config/riverside.yaml', import.meta.url), 'utf8'));
const dir = buildDirectory(cfg, new Map([['oakfieldacad', '900']]));
const account = (h: string) => cfg.accounts.find((a) => a.handle === h);
const emails = (rs: { email: string }[]) => rs.map((r) => r.email);

const OAK_PRINCIPAL = 'principal@oakfield.riverside-trust.example';
const OAK_DSL = 'dsl@oakfield.riverside-trust.example';
const OAK_COMMS = 'office@oakfield.riverside-trust.example';
const CEO = 'ceo@riverside-trust.example';
const TRUST_COMMS = 'comms@riverside-trust.example';

describe('routing (DESIGN.md "who gets what")', () => {
  it('sends a threat to the Principal and the CEO, copying the DSL when pupils are at risk', () => {
    const r = route(cfg, { kind: 'threat', severity: 'critical', scopes: ['oakfield'], pupilsAtRisk: true });
    expect(emails(r.to)).toEqual([OAK_PRINCIPAL, CEO]);
    expect(emails(r.cc)).toEqual([OAK_DSL]);
    expect(emails(route(cfg, { kind: 'threat', severity: 'critical', scopes: ['oakfield'] }).cc)).toEqual([]);
  });

  it('sends safeguarding to the DSL and the Principal, and critical ones reach the CEO', () => {
    const r = route(cfg, { kind: 'safeguarding', severity: 'critical', scopes: ['oakfield'] });
    expect(emails(r.to)).toEqual([OAK_DSL, OAK_PRINCIPAL]);
    expect(emails(r.cc)).toEqual([CEO]);
  });

  it('sends trust-level abuse to the CEO instead of a Principal', () => {
    expect(emails(route(cfg, { kind: 'abuse', severity: 'high', scopes: ['trust'] }).to)).toEqual([CEO]);
  });

  it('copies comms leads on disparaging posts, academy first', () => {
    const r = route(cfg, { kind: 'disparaging', severity: 'medium', scopes: ['oakfield'] });
    expect(emails(r.to)).toEqual([OAK_PRINCIPAL]);
    expect(emails(r.cc)).toEqual([OAK_COMMS, TRUST_COMMS]);
  });

  it('sends official-content kinds to the account admins, copying the Principal', () => {
    const r = route(cfg, {
      kind: 'personal_data',
      severity: 'high',
      scopes: ['oakfield'],
      account: account('OakfieldPE'),
    });
    expect(emails(r.to)).toEqual(['pe@oakfield.riverside-trust.example', OAK_COMMS]);
    expect(emails(r.cc)).toEqual([OAK_PRINCIPAL]);
  });

  it('de-duplicates a person who holds two roles (To wins over Cc)', () => {
    const r = route(cfg, {
      kind: 'personal_data',
      severity: 'high',
      scopes: ['oakfield'],
      account: account('OakfieldAcad'),
    });
    expect(emails(r.to)).toEqual([OAK_COMMS, OAK_PRINCIPAL]);
    expect(r.cc).toEqual([]);
  });

  it('sends a mention of two academies to both Principals', () => {
    const r = route(cfg, { kind: 'abuse', severity: 'high', scopes: ['kingsmead', 'oakfield'] });
    expect(emails(r.to)).toEqual(['principal@kingsmead.riverside-trust.example', OAK_PRINCIPAL]);
  });

  it('routes register gaps to the COO digest only and take-downs to the CEO', () => {
    expect(emails(route(cfg, { kind: 'register_gap', severity: 'low', scopes: ['kingsmead'] }).to)).toEqual([
      'coo@riverside-trust.example',
    ]);
    expect(deliveryFor(cfg, 'register_gap', 'low')).toBe('digest');
    expect(
      emails(route(cfg, { kind: 'takedown_overdue', severity: 'high', scopes: ['oakfield'] }).to),
    ).toEqual([CEO]);
  });

  it('times delivery by severity from the config', () => {
    expect(deliveryFor(cfg, 'threat', 'critical')).toBe('immediate');
    expect(deliveryFor(cfg, 'disparaging', 'medium')).toBe('rollup');
    expect(deliveryFor(cfg, 'solicitation', 'low')).toBe('rollup');
  });

  it('cites a policy clause for every kind', () => {
    for (const k of FINDING_KINDS) expect(POLICY[k].clauses.length).toBeGreaterThan(0);
  });
});

describe('attribution', () => {
  const at = (text: string, mentions: string[] = [], authorId = '1') =>
    attribute(dir, { text, mentions, authorId });

  it('attributes by mentioned handle', () =>
    expect(at('@OakfieldPE great match!', ['OakfieldPE'])).toEqual(['oakfield']));
  it('attributes by name, alias and hashtag, whole words only', () => {
    expect(at('Kingsmead parents evening was useful')).toEqual(['kingsmead']);
    expect(at('so proud #BrooksideFamily')).toEqual(['brookside']);
    expect(at('Kingsmeadow rugby club')).toEqual(['trust']);
  });
  it('attributes a mention of two academies to both, and of the trust too', () => {
    expect(at('Oakfield and Willow Lane both closed?')).toEqual(['oakfield', 'willowlane']);
    expect(at('@RiversideLT why is Oakfield like this', ['RiversideLT'])).toEqual(['oakfield', 'trust']);
  });
  it('attributes an official post to its account owner', () => {
    expect(at('Kingsmead fixtures today', [], '900')).toEqual(['oakfield']);
  });
});

const post = (over: Partial<PostEvidence> = {}): PostEvidence => ({
  id: '500',
  text: 'text',
  url: 'https://x.com/a/status/500',
  authorId: '1',
  createdAt: '2026-11-18T10:00:00.000Z',
  capturedAt: '2026-11-18T10:05:00.000Z',
  source: 'mention',
  ...over,
});
const finding = (kind: Finding['kind'], severity: Finding['severity'] = 'high'): Finding => ({
  kind,
  severity,
  score: 0.8,
  evidence: [{ start: 0, end: 4, text: 'text', cue: kind }],
  rule: `${kind}.test`,
  explanation: 'because',
});

describe('policy engine', () => {
  it('turns mention profanity into weight on the other flags, not a flag of its own', () => {
    const flags = flagsForPost({ config: cfg, post: post(), scopes: ['oakfield'], holds: [] }, [
      finding('profanity', 'low'),
      finding('disparaging', 'medium'),
    ]);
    expect(flags.map((f) => f.kind)).toEqual(['disparaging']);
    expect(flags[0]?.evidence.map((e) => e.cue)).toEqual(['disparaging', 'profanity']);
  });

  it('makes official profanity high and sends it to the account admins', () => {
    const flags = flagsForPost(
      {
        config: cfg,
        post: post({ source: 'official' }),
        scopes: ['kingsmead'],
        account: account('KingsmeadSport'),
        holds: [],
      },
      [finding('profanity', 'low')],
    );
    expect(flags[0]).toMatchObject({ kind: 'profanity', severity: 'high', delivery: 'immediate' });
    expect(emails(flags[0]?.to ?? [])).toEqual(['sport@kingsmead.riverside-trust.example']);
  });

  it('drops official-only kinds on mentions and media enquiries on official posts', () => {
    expect(
      flagsForPost({ config: cfg, post: post(), scopes: ['oakfield'], holds: [] }, [
        finding('personal_data'),
      ]),
    ).toEqual([]);
    expect(
      flagsForPost(
        {
          config: cfg,
          post: post({ source: 'official' }),
          scopes: ['oakfield'],
          account: account('OakfieldAcad'),
          holds: [],
        },
        [finding('media_enquiry', 'medium')],
      ),
    ).toEqual([]);
  });

  const hold: Hold = {
    id: 'h',
    scope: 'oakfield',
    reason: 'incident',
    declaredBy: OAK_PRINCIPAL,
    declaredAt: '2026-11-18T09:00:00.000Z',
    startsAt: '2026-11-18T09:00:00.000Z',
    until: '2026-11-18T12:00:00.000Z',
  };
  const official = (createdAt: string, handle = 'OakfieldPE') =>
    flagsForPost(
      {
        config: cfg,
        post: post({ source: 'official', createdAt }),
        scopes: [account(handle)?.owner ?? ''],
        account: account(handle),
        holds: [hold],
      },
      [],
    ).map((f) => f.kind);

  it('flags an official post inside a hold: start inclusive, end exclusive', () => {
    expect(official('2026-11-18T08:59:59.999Z')).toEqual([]);
    expect(official('2026-11-18T09:00:00.000Z')).toEqual(['hold_breach']);
    expect(official('2026-11-18T11:59:59.999Z')).toEqual(['hold_breach']);
    expect(official('2026-11-18T12:00:00.000Z')).toEqual([]);
  });

  it('flags a post made inside a hold that is only read after the hold was lifted (an outage, a late cycle)', () => {
    const lifted: Hold = { ...hold, endedAt: '2026-11-18T10:30:00.000Z', endedBy: OAK_PRINCIPAL };
    const read = (createdAt: string) =>
      flagsForPost(
        {
          config: cfg,
          post: post({ source: 'official', createdAt }),
          scopes: ['oakfield'],
          account: account('OakfieldPE'),
          holds: [lifted],
        },
        [],
      ).map((f) => f.kind);
    expect(read('2026-11-18T10:29:59.000Z')).toEqual(['hold_breach']);
    expect(read('2026-11-18T10:30:00.000Z')).toEqual([]);
  });

  it('does not freeze other academies or the trust account with an academy hold', () => {
    expect(official('2026-11-18T10:00:00.000Z', 'KingsmeadAcad')).toEqual([]);
    expect(official('2026-11-18T10:00:00.000Z', 'RiversideLT')).toEqual([]);
  });

  it('routes a hold breach to the Principal and comms, copying the account admins', () => {
    const [f] = flagsForPost(
      {
        config: cfg,
        post: post({ source: 'official' }),
        scopes: ['oakfield'],
        account: account('OakfieldPE'),
        holds: [hold],
      },
      [],
    );
    expect(emails(f?.to ?? [])).toEqual([OAK_PRINCIPAL, OAK_COMMS, TRUST_COMMS]);
    expect(emails(f?.cc ?? [])).toEqual(['pe@oakfield.riverside-trust.example']);
    expect(f?.details).toMatchObject({ holdId: 'h' });
  });
});
