/**
 * Use case: the one-click actions behind the links in alert emails (the `actions` Function URL).
 *
 *   GET  /a?t=<token>   verify the link and show a confirmation page. Changes nothing: mail scanners
 *                       and link previewers follow GET links.
 *   POST /a (t=<token>) verify again, refuse a link already spent ("already done"), apply, then
 *                       spend the link's nonce (a once-only conditional write, so a replayed POST
 *                       changes nothing):
 *     acknowledge        open → acknowledged (stops escalation)
 *     false_positive     open/acknowledged → false_positive (kept as feedback for tuning)
 *     removal_requested  open/acknowledged → removal_requested (starts the take-down clock, SUAT §11)
 *     declare_hold       a posting hold for the flag's academy (or the trust) from now (CT §4.6)
 *     lift_hold          ends the hold named in the link
 *
 * Invalid, expired, tampered and replayed links get a plain page with a 4xx status and no change. A
 * link only works for someone the flag was sent to (or the CEO, who receives escalations).
 * The same functions back `trustwatch flags ack|fp|removal` locally (`applyFlagAction`).
 */
import type { ActionClaims, ActionKey, ActionName } from '../actions/links';
import { buildActionUrl, DEFAULT_LINK_TTL_MS, signAction, verifyAction } from '../actions/links';
import type { PageResponse } from '../actions/pages';
import { renderConfirmPage, renderErrorPage, renderResultPage, summarizeFlag } from '../actions/pages';
import type { Config } from '../config/schema';
import type { Flag, FlagStatus } from '../domain/flag';
import type { Hold } from '../domain/hold';
import { KIND_LABEL } from '../domain/kinds';
import { scopeLabel } from '../domain/routing';
import type { HoldDeps } from './holds';
import { declareHold, liftHold } from './holds';
import { recipientsOf } from './notify';
import { formatIso, iso } from './time';

export interface ActionDeps extends HoldDeps {
  config: Config;
  /** Link-signing key(s): the current one first; older ones still verify during rotation. */
  linkKeys: readonly ActionKey[];
  /** Base URL of the actions endpoint (for the lift-hold link shown after declaring a hold). */
  actionsBaseUrl: string;
}

export interface ActionRequest {
  method: string;
  token: string | undefined;
}

export type FlagAction = Exclude<ActionName, 'declare_hold' | 'lift_hold'>;

const TRANSITIONS: Record<FlagAction, { from: FlagStatus[]; to: FlagStatus }> = {
  acknowledge: { from: ['open'], to: 'acknowledged' },
  false_positive: { from: ['open', 'acknowledged'], to: 'false_positive' },
  removal_requested: { from: ['open', 'acknowledged'], to: 'removal_requested' },
};

export class ActionError extends Error {
  override readonly name = 'ActionError';
  constructor(
    readonly reason: 'not_found' | 'not_allowed' | 'invalid_state',
    message: string,
  ) {
    super(message);
  }
}

/** Apply a flag action; `done` false when the flag was already past that state (idempotent). */
export const applyFlagAction = async (
  deps: Pick<ActionDeps, 'store' | 'clock' | 'obs'>,
  flagId: string,
  action: FlagAction,
  by: string,
): Promise<{ flag: Flag; done: boolean }> => {
  const flag = await deps.store.getFlag(flagId);
  if (!flag) throw new ActionError('not_found', `no flag "${flagId}"`);
  const t = TRANSITIONS[action];
  const at = iso(deps.clock.now());
  const fields =
    action === 'removal_requested'
      ? { removalRequestedAt: at, removalRequestedBy: by }
      : { acknowledgedAt: at, acknowledgedBy: by };
  const updated = await deps.store.transitionFlag(flagId, t.from, t.to, fields);
  if (updated) {
    deps.obs.log.info('flag action', { flagId, status: t.to });
    deps.obs.count(`action_${action}`);
    return { flag: updated, done: true };
  }
  return { flag, done: false };
};

/** Declare holds for the academies a flag concerns (the trust if it concerns no academy). */
export const declareHoldFromFlag = async (deps: ActionDeps, flag: Flag, by: string): Promise<Hold[]> => {
  const academyScopes = flag.scopes.filter((s) => s !== 'trust');
  const scopes = academyScopes.length > 0 ? academyScopes : ['trust'];
  const holds: Hold[] = [];
  for (const scope of scopes) {
    const { hold } = await declareHold(deps, {
      scope,
      by,
      reason: `Declared from the ${KIND_LABEL[flag.kind].toLowerCase()} alert for ${flag.scopes
        .map((s) => scopeLabel(deps.config, s))
        .join(' and ')} (raised ${formatIso(flag.createdAt, deps.config.trust.timeZone, 'EEE d LLL HH:mm')})`,
      origin: scopes.length > 1 ? `${flag.id}-${scope}` : flag.id,
    });
    holds.push(hold);
  }
  return holds;
};

const isAddressee = (config: Config, flag: Flag, email: string): boolean =>
  email === config.trust.ceo.email.toLowerCase() ||
  recipientsOf(flag).some((r) => r.email.toLowerCase() === email);

const postUrlOf = (flag: Flag): string | undefined => flag.post?.url;

export const handleActionRequest = async (deps: ActionDeps, req: ActionRequest): Promise<PageResponse> => {
  const method = req.method.toUpperCase();
  if (method !== 'GET' && method !== 'POST') return renderErrorPage('method_not_allowed');
  if (!req.token) return renderErrorPage('malformed');
  const now = deps.clock.now();
  const verified = verifyAction(req.token, [...deps.linkKeys], now);
  if (!verified.ok) {
    deps.obs.log.warn('action link refused', { status: verified.reason });
    return renderErrorPage(verified.reason);
  }
  const claims: ActionClaims = verified.claims;
  const flag = await deps.store.getFlag(claims.flagId);
  if (!flag) return renderErrorPage('not_found');
  if (!isAddressee(deps.config, flag, claims.email)) {
    deps.obs.log.warn('action link refused', { status: 'not_addressee', flagId: flag.id });
    return renderErrorPage('bad_signature');
  }
  const view = {
    flagSummary: summarizeFlag(flag, deps.config),
    timeZone: deps.config.trust.timeZone,
    takedownHours: deps.config.alerts.takedownHours,
    ...(postUrlOf(flag) ? { postUrl: postUrlOf(flag) } : {}),
  };

  if (method === 'GET') return renderConfirmPage({ claims, token: req.token, ...view });

  // Apply, THEN spend the link. Every action is idempotent (conditional status transitions, a hold
  // keyed by its flag, a conditional lift), so a failure between the two (a crash, a DynamoDB error)
  // leaves a link that can be pressed again and does the right thing. Spending it first lost the
  // action: the second press said "already done" and nothing had changed (found by the reliability
  // matrix; test/integration/reliability/regressions.test.ts).
  const nonceKey = `nonce:${claims.nonce}:${claims.action}`;
  if (await deps.store.wasClaimed(nonceKey))
    return renderResultPage({ action: claims.action, outcome: 'already_done', at: now, ...view });
  const page = await applyClaims(deps, flag, claims, now, view);
  await deps.store.claimOnce(nonceKey, now, Math.max(0, claims.expiresAt - now));
  return page;
};

const applyClaims = async (
  deps: ActionDeps,
  flag: Flag,
  claims: ActionClaims,
  now: number,
  view: Omit<Parameters<typeof renderResultPage>[0], 'action' | 'outcome' | 'at'>,
): Promise<PageResponse> => {
  switch (claims.action) {
    case 'acknowledge':
    case 'false_positive':
    case 'removal_requested': {
      const r = await applyFlagAction(deps, flag.id, claims.action, claims.email);
      return renderResultPage({
        action: claims.action,
        outcome: r.done ? 'done' : 'already_done',
        at: now,
        ...view,
        flagSummary: summarizeFlag(r.flag, deps.config),
      });
    }
    case 'declare_hold': {
      const holds = await declareHoldFromFlag(deps, flag, claims.email);
      const first = holds[0];
      const liftHoldUrl = first
        ? buildActionUrl(
            deps.actionsBaseUrl,
            signAction(
              {
                flagId: flag.id,
                action: 'lift_hold',
                email: claims.email,
                holdId: first.id,
                expiresAt: now + DEFAULT_LINK_TTL_MS,
              },
              deps.linkKeys[0] ?? '',
            ),
          )
        : undefined;
      return renderResultPage({
        action: 'declare_hold',
        outcome: 'done',
        at: now,
        ...view,
        ...(liftHoldUrl ? { liftHoldUrl } : {}),
      });
    }
    case 'lift_hold': {
      if (!claims.holdId) return renderErrorPage('malformed');
      const before = await deps.store.getHold(claims.holdId);
      if (!before) return renderErrorPage('not_found');
      await liftHold(deps, claims.holdId, claims.email);
      return renderResultPage({
        action: 'lift_hold',
        outcome: before.endedAt ? 'already_done' : 'done',
        at: now,
        ...view,
      });
    }
  }
};
