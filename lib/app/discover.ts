/**
 * Use case `discover` (daily): accounts presenting as the trust or an academy that are not in the
 * register (unapproved_account), and gaps in the register itself (register_gap, COO digest).
 *
 * Candidates are the authors of mentions seen since the last run (recorded by process-posts under
 * the "_authors" pseudo-scope; profiles from the author cache, so this costs no X reads and can run
 * hourly) plus, when user-context credentials exist and the budget allows, `/2/users/search` for each
 * academy's name (the daily run). One flag per account (`unapproved_account:<userId>`), idempotent.
 */
import type { Config } from '../config/schema';
import type { Directory } from '../domain/attribution';
import { flagId } from '../domain/flag';
import type { Flag } from '../domain/flag';
import { PERSONAL_MAIL_DOMAINS } from '../config/schema';
import { buildTargets, matchLookalike } from '../domain/lookalike';
import type { Profile } from '../domain/lookalike';
import { POLICY } from '../domain/policy';
import { deliveryFor, route } from '../domain/routing';
import type { Obs } from '../obs/log';
import type { DynamoStore } from '../store/dynamo-store';
import type { XReader, XUser } from '../x/types';
import { AUTHORS_SCOPE, raiseFlag } from './process-posts';
import type { Clock } from './ports';
import * as z from '../zod';
import { iso } from './time';

export interface DiscoverDeps {
  config: Config;
  store: DynamoStore;
  clock: Clock;
  obs: Obs;
  directory: Directory;
  x?: Pick<XReader, 'searchUsers'>;
  /** Whether optional reads (users/search) are allowed this cycle (budget). */
  optionalReadsAllowed?: boolean;
}

export interface DiscoverResult {
  candidates: number;
  unapproved: number;
  registerGaps: number;
}

const LAST_RUN = 'discover-last-run';

export const registerGapFlags = (config: Config, nowIso: string): Flag[] =>
  config.accounts.flatMap((acc) => {
    const problems: string[] = [];
    if (acc.admins.length < 2) problems.push(`${acc.admins.length} admin contact(s) instead of two`);
    for (const a of acc.admins) {
      const domain = a.email.split('@')[1]?.toLowerCase() ?? '';
      if ((PERSONAL_MAIL_DOMAINS as readonly string[]).includes(domain))
        problems.push(`an admin uses a personal address (${domain})`);
    }
    if (problems.length === 0) return [];
    const scopes = [acc.owner];
    const r = route(config, { kind: 'register_gap', severity: 'low', scopes });
    return [
      {
        id: flagId('register_gap', acc.handle.toLowerCase()),
        kind: 'register_gap',
        severity: 'low',
        scopes,
        status: 'open',
        delivery: deliveryFor(config, 'register_gap', 'low'),
        createdAt: nowIso,
        score: 1,
        evidence: [],
        rule: 'register.gap',
        explanation: `@${acc.handle}: ${problems.join('; ')}${acc.knownGap ? ` (recorded: ${acc.knownGap})` : ''}.`,
        policy: POLICY.register_gap,
        ...r,
        details: { handle: acc.handle, owner: acc.owner, problems, knownGap: acc.knownGap ?? null },
      } satisfies Flag,
    ];
  });

export const unapprovedFlag = (
  config: Config,
  profile: Profile,
  match: NonNullable<ReturnType<typeof matchLookalike>>,
  nowIso: string,
): Flag => {
  const scopes = [match.scope];
  const severity = 'high';
  return {
    id: flagId('unapproved_account', profile.id),
    kind: 'unapproved_account',
    severity,
    scopes,
    status: 'open',
    delivery: deliveryFor(config, 'unapproved_account', severity),
    createdAt: nowIso,
    score: match.score,
    evidence: [],
    rule: 'account.lookalike',
    explanation: `@${profile.username} (“${profile.name}”) presents itself as ${
      match.scope === 'trust'
        ? config.trust.name
        : (config.academies.find((a) => a.id === match.scope)?.name ?? match.scope)
    } but is not in the register of approved accounts: ${match.reasons.join('; ')}.`,
    policy: POLICY.unapproved_account,
    ...route(config, { kind: 'unapproved_account', severity, scopes }),
    details: {
      userId: profile.id,
      username: profile.username,
      name: profile.name,
      description: profile.description,
      url: `https://x.com/${profile.username}`,
      reasons: match.reasons,
      cues: match.cues,
    },
  };
};

export const runDiscover = async (deps: DiscoverDeps): Promise<DiscoverResult> => {
  const { config, store, clock } = deps;
  const now = clock.now();
  const nowIso = iso(now);
  const result: DiscoverResult = { candidates: 0, unapproved: 0, registerGaps: 0 };

  for (const f of registerGapFlags(config, nowIso)) if (await raiseFlag(deps, f, now)) result.registerGaps++;

  // Authors of mentions seen since the last run (a look-alike is judged when it shows up, and again
  // whenever it posts again, at no X cost: profiles come from the author cache).
  const last = (await store.getState(LAST_RUN, z.number())) ?? now - 2 * 86_400_000;
  const days = await store.daysOf(AUTHORS_SCOPE, iso(last).slice(0, 10), iso(now).slice(0, 10));
  const ids = [
    ...new Set(
      days.flatMap((d) =>
        Object.entries(d.mentions)
          .filter(([, seen]) => seen > last)
          .map(([id]) => id),
      ),
    ),
  ].filter((id) => !deps.directory.accountsById.has(id));
  const profiles: Profile[] = ids.length > 0 ? [...(await store.getAuthors(ids)).values()] : [];

  if (deps.x?.searchUsers && deps.optionalReadsAllowed !== false) {
    const seen = new Set(profiles.map((p) => p.id));
    for (const a of config.academies) {
      const found: XUser[] = await deps.x.searchUsers(a.name);
      for (const u of found) {
        if (seen.has(u.id)) continue;
        profiles.push(u);
        seen.add(u.id);
      }
    }
  }

  const targets = buildTargets(config);
  const registered = new Set(config.accounts.map((a) => a.handle.toLowerCase()));
  for (const p of profiles) {
    if (registered.has(p.username.toLowerCase())) continue;
    result.candidates++;
    const match = matchLookalike(targets, p);
    if (!match) continue;
    if (await raiseFlag(deps, unapprovedFlag(config, p, match, nowIso), now)) result.unapproved++;
  }
  await store.putState(LAST_RUN, now);
  deps.obs.log.info('discovery run', {
    count: result.candidates,
    flags: result.unapproved + result.registerGaps,
  });
  return result;
};
