/**
 * Use case `escalate` (hourly):
 *
 * 1. Escalation: a critical or high flag still open (nobody acknowledged it, marked it a false positive
 *    or requested removal) after `alerts.escalateAfterHours[severity]` → an email to the CEO, once
 *    per flag (`escalation:<flagId>:<ceo>`; `escalatedAt` recorded after it is sent).
 * 2. Take-downs (SUAT §11: removal "within 24 hours … checks will be carried out"): every flag in
 *    `removal_requested` is re-checked on X with one batched lookup. Gone (deleted, withheld,
 *    suspended) → resolved. Still visible `alerts.takedownHours` after the request →
 *    `takedown_overdue` to the CEO, once per post.
 */
import type { Config } from '../config/schema';
import { flagId } from '../domain/flag';
import type { Flag } from '../domain/flag';
import { POLICY } from '../domain/policy';
import { deliveryFor, route } from '../domain/routing';
import type { DynamoStore } from '../store/dynamo-store';
import type { XReader } from '../x/types';
import type { DeliverDeps } from './deliver';
import { sendOnce } from './deliver';
import type { Composer } from './ports';
import { raiseFlag } from './process-posts';
import { iso } from './time';

export interface EscalateDeps extends DeliverDeps {
  config: Config;
  store: DynamoStore;
  composer: Composer;
  x: Pick<XReader, 'visibility'>;
}

export interface EscalateResult {
  escalated: number;
  takedownsResolved: number;
  takedownsOverdue: number;
}

const HOUR = 3_600_000;

export const runEscalate = async (deps: EscalateDeps): Promise<EscalateResult> => {
  const { config, store, clock, composer } = deps;
  const now = clock.now();
  const result: EscalateResult = { escalated: 0, takedownsResolved: 0, takedownsOverdue: 0 };
  const ceo = { ...config.trust.ceo, role: 'ceo' as const, scope: 'trust' };

  const earliest = Math.min(config.alerts.escalateAfterHours.critical, config.alerts.escalateAfterHours.high);
  const candidates = await store.flagsByStatus('open', iso(now - earliest * HOUR));
  for (const flag of candidates) {
    if (flag.escalatedAt !== undefined) continue;
    if (flag.severity !== 'critical' && flag.severity !== 'high') continue;
    if (flag.kind === 'takedown_overdue') continue;
    const hours = config.alerts.escalateAfterHours[flag.severity];
    const openFor = (now - Date.parse(flag.createdAt)) / HOUR;
    if (openFor < hours) continue;
    const o = await sendOnce(
      deps,
      {
        key: `escalation:${flag.id}:${ceo.email.toLowerCase()}`,
        purpose: 'escalation',
        recipient: ceo.email,
        flagIds: [flag.id],
      },
      () => composer.alert(flag, ceo, { escalation: { hoursOpen: Math.floor(openFor) } }),
    );
    if (o === 'sent' || o === 'already_sent') {
      if (await store.markEscalated(flag.id, iso(now))) result.escalated++;
    }
  }

  const pending = await store.flagsByStatus('removal_requested');
  const withPost = pending.filter(
    (f): f is Flag & { post: NonNullable<Flag['post']> } => f.post !== undefined,
  );
  if (withPost.length > 0) {
    const visibility = await deps.x.visibility([...new Set(withPost.map((f) => f.post.id))]);
    for (const flag of withPost) {
      const v = visibility.get(flag.post.id) ?? 'live';
      if (v !== 'live') {
        const done = await store.transitionFlag(flag.id, ['removal_requested'], 'resolved', {
          resolvedAt: iso(now),
          resolution: `post no longer visible on X (${v})`,
        });
        if (done) result.takedownsResolved++;
        continue;
      }
      const requested = Date.parse(flag.removalRequestedAt ?? flag.createdAt);
      if (now - requested < config.alerts.takedownHours * HOUR) continue;
      const overdue: Flag = {
        id: flagId('takedown_overdue', flag.post.id),
        kind: 'takedown_overdue',
        severity: 'high',
        scopes: flag.scopes,
        status: 'open',
        delivery: deliveryFor(config, 'takedown_overdue', 'high'),
        createdAt: iso(now),
        post: flag.post,
        score: 1,
        evidence: flag.evidence,
        rule: 'takedown.overdue',
        explanation: `Removal was requested ${Math.floor((now - requested) / HOUR)} hours ago and the post is still visible on X.`,
        policy: POLICY.takedown_overdue,
        ...route(config, { kind: 'takedown_overdue', severity: 'high', scopes: flag.scopes }),
        details: {
          originalFlagId: flag.id,
          originalKind: flag.kind,
          removalRequestedAt: flag.removalRequestedAt ?? null,
          removalRequestedBy: flag.removalRequestedBy ?? null,
        },
      };
      if (await raiseFlag(deps, overdue, now)) result.takedownsOverdue++;
    }
  }
  deps.obs.log.info('escalation run', { count: result.escalated, flags: result.takedownsOverdue });
  return result;
};
