/**
 * Who gets what (the routing table of DESIGN.md) and when (severity → delivery).
 *
 *   threat                Principal + CEO (+ DSL when pupils are at risk)         SUAT §11, CT §5.1
 *   safeguarding          DSL + Principal                                           SUAT §8, CT §5.1
 *   abuse                 Principal (trust-level: CEO)                              SUAT §6, WAT §6
 *   profanity             official: account admins + Principal                       CT §5.1
 *   disparaging           Principal (trust-level: CEO), cc comms lead               SUAT §10, Agora §5.5
 *   media_enquiry         Principal (trust-level: CEO)                              SUAT §9, CT §4.5
 *   personal_data,        account admins + Principal                                SUAT §5, Agora §3.1 …
 *   pupil_identification, sensitive_topic
 *   solicitation          account admins                                             CT §5.3
 *   hold_breach           Principal/CEO + comms lead + account admins                CT §4.6
 *   unapproved_account    Principal (trust-level: CEO) + comms lead                  SUAT §9, WAT §8.1
 *   register_gap          COO (digest only)                                          CT §4.4.2
 *   takedown_overdue      CEO                                                        SUAT §11
 *   volume_spike          Principal/CEO + comms lead                                 CT §4.6
 *
 * "Principal" means the Principal/Headteacher of each academy in the flag's scopes; a trust-level
 * flag (scope "trust") goes to the CEO instead. Critical flags also go to the CEO everywhere.
 * Recipients are de-duplicated by address (one person in two roles gets one email, To wins over Cc).
 */
import type { Account, Config } from '../config/schema';
import type { FindingKind, PostSource, Severity } from './kinds';
import type { Delivery, Recipient, RecipientRole } from './flag';

export interface RouteInput {
  kind: FindingKind;
  severity: Severity;
  scopes: string[];
  source?: PostSource;
  /** The registered account that posted (official posts). */
  account?: Account;
  /** Threat also endangers pupils: copy the DSL. */
  pupilsAtRisk?: boolean;
}

export interface Route {
  to: Recipient[];
  cc: Recipient[];
}

const person = (p: { name: string; email: string }, role: RecipientRole, scope: string): Recipient => ({
  name: p.name,
  email: p.email,
  role,
  scope,
});

export const principalsOf = (cfg: Config, scopes: string[]): Recipient[] =>
  scopes.flatMap((s) => {
    if (s === 'trust') return [person(cfg.trust.ceo, 'ceo', 'trust')];
    const a = cfg.academies.find((x) => x.id === s);
    return a ? [person(a.principal, 'principal', a.id)] : [person(cfg.trust.ceo, 'ceo', 'trust')];
  });

export const dslsOf = (cfg: Config, scopes: string[]): Recipient[] =>
  scopes.flatMap((s) => {
    const a = cfg.academies.find((x) => x.id === s);
    if (a) return [person(a.dsl, 'dsl', a.id)];
    return cfg.trust.dsl ? [person(cfg.trust.dsl, 'dsl', 'trust')] : [person(cfg.trust.ceo, 'ceo', 'trust')];
  });

export const commsOf = (cfg: Config, scopes: string[]): Recipient[] =>
  scopes.flatMap((s) => {
    const a = cfg.academies.find((x) => x.id === s);
    const academyComms = a?.commsLead ? [person(a.commsLead, 'comms', a.id)] : [];
    return [...academyComms, person(cfg.trust.commsLead, 'comms', 'trust')];
  });

export const adminsOf = (account: Account | undefined): Recipient[] =>
  (account?.admins ?? []).map((a) => person(a, 'admin', account?.owner ?? 'trust'));

const ceo = (cfg: Config): Recipient => person(cfg.trust.ceo, 'ceo', 'trust');

/** Remove duplicate addresses; anyone in `to` is dropped from `cc`. */
export const dedupeRoute = (route: Route): Route => {
  const seen = new Set<string>();
  const keep = (r: Recipient) => {
    const k = r.email.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  };
  const to = route.to.filter(keep);
  const cc = route.cc.filter(keep);
  return { to, cc };
};

export const route = (cfg: Config, input: RouteInput): Route => {
  const { kind, scopes } = input;
  const principals = principalsOf(cfg, scopes);
  let r: Route;
  switch (kind) {
    case 'threat':
      r = {
        to: [...principals, ceo(cfg)],
        cc: input.pupilsAtRisk ? dslsOf(cfg, scopes) : [],
      };
      break;
    case 'safeguarding':
      r = { to: [...dslsOf(cfg, scopes), ...principals], cc: [] };
      break;
    case 'abuse':
    case 'media_enquiry':
      r = { to: principals, cc: [] };
      break;
    case 'disparaging':
      r = { to: principals, cc: commsOf(cfg, scopes) };
      break;
    case 'profanity':
    case 'personal_data':
    case 'pupil_identification':
    case 'sensitive_topic':
      r = { to: adminsOf(input.account), cc: principals };
      if (r.to.length === 0) r = { to: principals, cc: [] };
      break;
    case 'solicitation':
      r = { to: adminsOf(input.account), cc: [] };
      if (r.to.length === 0) r = { to: principals, cc: [] };
      break;
    case 'hold_breach':
      r = { to: [...principals, ...commsOf(cfg, scopes)], cc: adminsOf(input.account) };
      break;
    case 'unapproved_account':
    case 'volume_spike':
      r = { to: principals, cc: commsOf(cfg, scopes) };
      break;
    case 'register_gap':
      r = { to: [person(cfg.trust.coo, 'coo', 'trust')], cc: [] };
      break;
    case 'takedown_overdue':
      r = { to: [ceo(cfg)], cc: principals.filter((p) => p.role !== 'ceo') };
      break;
  }
  // Critical alerts reach the CEO everywhere (DESIGN.md: "critical alerts everywhere").
  if (input.severity === 'critical' && !r.to.some((x) => x.role === 'ceo')) r.cc = [...r.cc, ceo(cfg)];
  return dedupeRoute(r);
};

/** When a flag of this severity is emailed, per the config's alert settings. */
export const deliveryFor = (cfg: Config, kind: FindingKind, severity: Severity): Delivery => {
  if (kind === 'register_gap') return 'digest';
  if (cfg.alerts.immediate.includes(severity)) return 'immediate';
  if (cfg.alerts.rollup.includes(severity)) return 'rollup';
  return 'digest';
};

/** "Mr David Okafor (Principal, Oakfield Academy)" for an address in the config, else the address. */
export const describePerson = (cfg: Config, email: string): string => {
  const e = email.toLowerCase();
  const is = (p: { email: string }) => p.email.toLowerCase() === e;
  for (const a of cfg.academies) {
    if (is(a.principal)) return `${a.principal.name} (${a.principal.title}, ${a.name})`;
    if (is(a.dsl)) return `${a.dsl.name} (DSL, ${a.name})`;
    if (a.commsLead && is(a.commsLead)) return `${a.commsLead.name} (comms lead, ${a.name})`;
  }
  const t = cfg.trust;
  if (is(t.ceo)) return `${t.ceo.name} (CEO)`;
  if (is(t.coo)) return `${t.coo.name} (COO)`;
  if (is(t.commsLead)) return `${t.commsLead.name} (comms lead, ${t.name})`;
  if (is(t.operations)) return `${t.operations.name} (${t.name})`;
  return email;
};

/** The academy's name, or the trust's for "trust". */
export const scopeLabel = (cfg: Config, scope: string): string =>
  scope === 'trust' ? cfg.trust.name : (cfg.academies.find((a) => a.id === scope)?.name ?? scope);
