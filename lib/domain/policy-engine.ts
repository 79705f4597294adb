/**
 * The policy engine: a post, what the classifier found in it, and its context (the register, the
 * holds, which academies it concerns) → the flags the trust's policy requires, each with its
 * severity, recipients, delivery timing and policy clause. Pure: no I/O, no clock.
 *
 * Rules beyond the classifier's own findings:
 * - Profanity in a public mention is not a flag of its own (DESIGN.md: "mentions: adds weight"); its
 *   evidence is attached to the post's other flags so the reader sees the whole picture.
 * - Official-only kinds never come from mentions and media enquiries never from official posts.
 * - An official post whose created_at falls inside a hold covering its account raises hold_breach
 *   (CT §4.6), whatever its content, replies and reposts included, however late it is read.
 * - A threat that mentions pupils, children or the school site copies the DSL(s) in.
 */
import type { Account, Config } from '../config/schema';
import type { Finding } from './finding';
import { flagId } from './flag';
import type { Flag, PostEvidence } from './flag';
import type { Hold } from './hold';
import { holdApplies, holdCovers } from './hold';
import type { ContentKind } from './kinds';
import { POLICY } from './policy';
import { deliveryFor, describePerson, route, scopeLabel } from './routing';

export interface PostContext {
  config: Config;
  post: PostEvidence;
  scopes: string[];
  /** The registered account that posted it (official posts only). */
  account?: Account;
  holds: readonly Hold[];
}

const OFFICIAL_ONLY: ReadonlySet<ContentKind> = new Set([
  'personal_data',
  'pupil_identification',
  'sensitive_topic',
  'solicitation',
]);

const PUPILS_AT_RISK =
  /\b(kids?|child(?:ren)?|pupils?|students?|year\s?\d{1,2}s?|playground|school\s+gates?|gates|classroom|school)\b/i;

export const flagsForPost = (ctx: PostContext, findings: readonly Finding[]): Flag[] => {
  const { config, post, scopes, account } = ctx;
  const flags: Flag[] = [];
  const official = post.source === 'official';
  const profanity = findings.find((f) => f.kind === 'profanity');

  for (const f of findings) {
    if (!official && OFFICIAL_ONLY.has(f.kind)) continue;
    if (official && f.kind === 'media_enquiry') continue;
    if (!official && f.kind === 'profanity') continue;
    const severity = f.kind === 'profanity' && official ? 'high' : f.severity;
    const extraEvidence = profanity && f.kind !== 'profanity' && !official ? profanity.evidence : [];
    const r = route(config, {
      kind: f.kind,
      severity,
      scopes,
      source: post.source,
      account,
      pupilsAtRisk: f.kind === 'threat' && PUPILS_AT_RISK.test(post.text),
    });
    flags.push({
      id: flagId(f.kind, post.id),
      kind: f.kind,
      severity,
      scopes,
      status: 'open',
      delivery: deliveryFor(config, f.kind, severity),
      createdAt: post.capturedAt,
      post,
      score: f.score,
      evidence: [...f.evidence, ...extraEvidence],
      rule: f.rule,
      explanation: f.explanation,
      policy: POLICY[f.kind],
      to: r.to,
      cc: r.cc,
    });
  }

  if (official && account) {
    const hold = ctx.holds.find((h) => holdApplies(h.scope, account.owner) && holdCovers(h, post.createdAt));
    if (hold) {
      const r = route(config, {
        kind: 'hold_breach',
        severity: 'high',
        scopes,
        source: post.source,
        account,
      });
      flags.push({
        id: flagId('hold_breach', post.id),
        kind: 'hold_breach',
        severity: 'high',
        scopes,
        status: 'open',
        delivery: deliveryFor(config, 'hold_breach', 'high'),
        createdAt: post.capturedAt,
        post,
        score: 1,
        evidence: [],
        rule: 'hold.breach',
        explanation: `@${account.handle} posted while the posting hold for ${scopeLabel(config, hold.scope)} was in force (declared by ${describePerson(config, hold.declaredBy)}).`,
        policy: POLICY.hold_breach,
        to: r.to,
        cc: r.cc,
        details: {
          holdId: hold.id,
          holdScope: hold.scope,
          holdReason: hold.reason,
          holdStartsAt: hold.startsAt,
          ...(hold.until ? { holdUntil: hold.until } : {}),
          ...(hold.endedAt ? { holdEndedAt: hold.endedAt } : {}),
          declaredBy: hold.declaredBy,
        },
      });
    }
  }
  return flags;
};
