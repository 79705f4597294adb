/**
 * Use cases for posting holds (CT §4.6): declare, lift, and the notices that tell everyone in scope
 * that a freeze starts or ends.
 *
 * A hold declared from an alert's one-click link has the id `flag-<flagId>`, so clicking twice (or two
 * people clicking) declares one hold. Notices go to the comms leads, the Principal(s) (or the CEO for a
 * trust-wide hold) and the admins of every frozen account, each once (`notice:<id>:<email>`).
 * A hold with a planned end (`until`) gets its end notice from `runHoldNotices` once that time passes.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/schema';
import type { Recipient } from '../domain/flag';
import type { Hold } from '../domain/hold';
import { holdApplies, holdEnd } from '../domain/hold';
import { adminsOf, commsOf, dedupeRoute, describePerson, principalsOf } from '../domain/routing';
import type { DynamoStore } from '../store/dynamo-store';
import type { DeliverDeps } from './deliver';
import { sendOnce } from './deliver';
import type { Composer, Notice } from './ports';
import { formatWithZoneName, isShowable, iso, parseIsoMs } from './time';

export interface HoldDeps extends DeliverDeps {
  config: Config;
  composer: Composer;
  store: DynamoStore;
}

export class HoldError extends Error {
  override readonly name = 'HoldError';
}

export interface DeclareHoldInput {
  scope: string;
  reason: string;
  by: string;
  /** Defaults to now. */
  startsAt?: number;
  until?: number;
  /** A flag id when declared from an alert link; "cli" otherwise. */
  origin?: string;
}

const scopeName = (cfg: Config, scope: string): string =>
  scope === 'trust'
    ? `${cfg.trust.name} (all academies)`
    : (cfg.academies.find((a) => a.id === scope)?.name ?? scope);

/** "Friday 20 November 2026 at 17:30 GMT", in the trust's zone, in British English whatever the machine's locale. */
const fmt = (cfg: Config, isoTime: string | undefined): string => {
  if (isoTime === undefined) return 'until lifted';
  const zone = cfg.trust.timeZone;
  const ms = parseIsoMs(isoTime, 'UTC');
  return isShowable(ms, zone) ? formatWithZoneName(ms, zone, "EEEE d LLLL yyyy 'at' HH:mm") : isoTime;
};

/** Accounts frozen by a hold in `scope`. */
export const frozenAccounts = (cfg: Config, scope: string) =>
  cfg.accounts.filter((a) => holdApplies(scope, a.owner));

/** Who hears that a hold starts or ends. */
export const holdAudience = (cfg: Config, scope: string): { to: Recipient[]; cc: Recipient[] } => {
  const scopes = scope === 'trust' ? ['trust'] : [scope];
  const admins = frozenAccounts(cfg, scope).flatMap((a) => adminsOf(a));
  return dedupeRoute({ to: [...principalsOf(cfg, scopes), ...commsOf(cfg, scopes)], cc: admins });
};

export const declareHold = async (
  deps: HoldDeps,
  input: DeclareHoldInput,
): Promise<{ hold: Hold; created: boolean }> => {
  const { config, store, clock } = deps;
  if (input.scope !== 'trust' && !config.academies.some((a) => a.id === input.scope))
    throw new HoldError(
      `unknown scope "${input.scope}": use "trust" or one of ${config.academies.map((a) => a.id).join(', ')}`,
    );
  const now = clock.now();
  const startsAt = input.startsAt ?? now;
  if (input.until !== undefined && input.until <= startsAt)
    throw new HoldError('the hold would end before it starts: check --until');
  const id =
    input.origin !== undefined && input.origin !== 'cli'
      ? `flag-${input.origin}`
      : `${input.scope}-${createHash('sha256').update(`${input.scope}|${startsAt}|${input.reason}`).digest('hex').slice(0, 10)}`;
  const hold: Hold = {
    id,
    scope: input.scope,
    reason: input.reason,
    declaredBy: input.by,
    declaredAt: iso(now),
    startsAt: iso(startsAt),
    ...(input.until !== undefined ? { until: iso(input.until) } : {}),
    ...(input.origin !== undefined ? { origin: input.origin } : {}),
  };
  const created = await store.putHold(hold);
  const stored = created ? hold : ((await store.getHold(id)) ?? hold);
  deps.obs.log.info(created ? 'hold declared' : 'hold already declared', { holdId: id, scope: input.scope });
  await sendHoldNotice(deps, stored, 'hold_start');
  return { hold: stored, created };
};

export const liftHold = async (deps: HoldDeps, holdId: string, by: string): Promise<Hold> => {
  const { store, clock } = deps;
  const existing = await store.getHold(holdId);
  if (!existing) throw new HoldError(`no hold with id "${holdId}" (see: trustwatch hold list)`);
  const ended = await store.endHold(holdId, iso(clock.now()), by);
  const hold = ended ?? existing;
  if (ended) deps.obs.log.info('hold lifted', { holdId, scope: hold.scope });
  await sendHoldNotice(deps, hold, 'hold_end');
  return hold;
};

/** Holds in force at `atMs` (start inclusive, end exclusive). */
export const activeHolds = (holds: readonly Hold[], atMs: number): Hold[] =>
  holds.filter((h) => {
    const end = holdEnd(h);
    return Date.parse(h.startsAt) <= atMs && (end === undefined || atMs < Date.parse(end));
  });

export const holdNotice = (cfg: Config, hold: Hold, kind: 'hold_start' | 'hold_end'): Notice => {
  const audience = holdAudience(cfg, hold.scope);
  const accounts = frozenAccounts(cfg, hold.scope).map((a) => `@${a.handle}`);
  const where = scopeName(cfg, hold.scope);
  const end = holdEnd(hold);
  const facts: [string, string][] = [
    ['Scope', where],
    ['Accounts frozen', accounts.join(', ')],
    ['From', fmt(cfg, hold.startsAt)],
    ['Until', kind === 'hold_end' ? fmt(cfg, end) : hold.until ? fmt(cfg, hold.until) : 'until lifted'],
    ['Reason', hold.reason],
    ['Declared by', describePerson(cfg, hold.declaredBy)],
  ];
  if (kind === 'hold_end' && hold.endedBy) facts.push(['Lifted by', describePerson(cfg, hold.endedBy)]);
  // who to ask: whoever lifted the hold once it is over, else whoever declared it
  const contact = kind === 'hold_end' && hold.endedBy ? hold.endedBy : hold.declaredBy;
  const questions = `Questions: ${describePerson(cfg, contact)}${contact.includes('@') ? `, ${contact}` : ''}.`;
  return {
    id: `${kind === 'hold_start' ? 'hold-start' : 'hold-end'}:${hold.id}`,
    kind,
    subject:
      kind === 'hold_start'
        ? `[HOLD] No posting on ${where} accounts ${hold.until ? `until ${fmt(cfg, hold.until)}` : 'until further notice'}`
        : `[HOLD LIFTED] Posting may resume on ${where} accounts`,
    paragraphs:
      kind === 'hold_start'
        ? [
            `A posting hold is in force for ${where} (CT §4.6: in a crisis the trust may request that no further social media posts are made for a period of time).`,
            'Please do not post, reply or repost from the accounts listed below until the hold is lifted. TrustWatch will flag any post made during the hold.',
            questions,
          ]
        : [
            `The posting hold for ${where} has ended. The accounts below may post again.`,
            'Any post made while the hold was in force has been flagged separately.',
            questions,
          ],
    facts,
    to: audience.to,
    cc: audience.cc,
  };
};

export const sendHoldNotice = async (
  deps: HoldDeps,
  hold: Hold,
  kind: 'hold_start' | 'hold_end',
): Promise<number> => {
  const notice = holdNotice(deps.config, hold, kind);
  let sent = 0;
  for (const r of [...notice.to, ...notice.cc]) {
    const o = await sendOnce(
      deps,
      {
        key: `notice:${notice.id}:${r.email.toLowerCase()}`,
        purpose: 'notice',
        recipient: r.email,
        flagIds: [],
      },
      () => deps.composer.notice(notice, r),
    );
    if (o === 'sent') sent++;
  }
  return sent;
};

/** Notices are (re)tried for two days after the event; older holds are history. */
const NOTICE_RETRY_WINDOW_MS = 2 * 86_400_000;

/** End notices for holds whose planned end has passed (and retries of any unsent hold notice). */
export const runHoldNotices = async (deps: HoldDeps): Promise<number> => {
  const now = deps.clock.now();
  let sent = 0;
  const recent = (t: number) => t <= now && now - t < NOTICE_RETRY_WINDOW_MS;
  for (const h of await deps.store.listHolds()) {
    const end = holdEnd(h);
    if (recent(Date.parse(h.startsAt))) sent += await sendHoldNotice(deps, h, 'hold_start');
    if (end !== undefined && recent(Date.parse(end))) sent += await sendHoldNotice(deps, h, 'hold_end');
  }
  return sent;
};
