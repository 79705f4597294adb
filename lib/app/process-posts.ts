/**
 * Use case: a batch of newly read posts → stored evidence, flags and day counters.
 *
 * Called by the poller for each query group before that group's cursor advances, so a post is
 * never skipped: if anything here throws, the cursor stays put and the batch is read again next
 * cycle. Re-processing is harmless: the post record is written once, flags are conditional puts keyed
 * by kind + post id, and counters are keyed by post id. A post whose record exists but is still
 * "received" (a crash mid-way last time) is processed again; a "processed" one is skipped.
 */
import type { Config } from '../config/schema';
import type { Directory } from '../domain/attribution';
import { attribute, officialAccountOf } from '../domain/attribution';
import type { Classifier } from '../domain/finding';
import type { Flag, PostEvidence } from '../domain/flag';
import type { Hold } from '../domain/hold';
import { flagsForPost } from '../domain/policy-engine';
import type { Post } from '../domain/post';
import { postUrl } from '../domain/post';
import type { Obs } from '../obs/log';
import type { DynamoStore } from '../store/dynamo-store';
import type { Clock } from './ports';
import { iso, localDate, localMinute, nextLocalTime } from './time';

/**
 * Pseudo-scope of the day counters that lists the authors of mentions seen each UTC day
 * (authorId → epoch ms last seen), for the discovery of unapproved accounts. Academy ids cannot
 * start with "_".
 */
export const AUTHORS_SCOPE = '_authors';

/**
 * The most of a post's text kept as evidence (UTF-16 units). A DynamoDB item holds 400 KB and a flag
 * carries its post (a storm alert five samples), so an oversized text would make the write fail on
 * every cycle and stop the group's cursor: one post would end monitoring. X serves at most 280
 * characters in `text`, so real posts are never cut; the classifier still reads the whole text.
 */
export const EVIDENCE_TEXT_MAX = 10_000;

const evidenceText = (text: string): string => {
  if (text.length <= EVIDENCE_TEXT_MAX) return text;
  // Not between the two halves of a surrogate pair.
  const end = /[\uD800-\uDBFF]/.test(text[EVIDENCE_TEXT_MAX - 1] ?? '')
    ? EVIDENCE_TEXT_MAX - 1
    : EVIDENCE_TEXT_MAX;
  return `${text.slice(0, end)}… [cut: ${text.length - end} more characters]`;
};

export interface ProcessDeps {
  config: Config;
  store: DynamoStore;
  clock: Clock;
  obs: Obs;
  classify: Classifier;
  /** Sentiment of a post in [-1, 1] for the digest's sentiment index. */
  sentiment: (text: string) => number;
}

export interface ProcessContext {
  directory: Directory;
  holds: readonly Hold[];
}

export interface ProcessResult {
  processed: number;
  skipped: number;
  flags: Flag[];
  /** Scopes that received new public mentions (where a mention storm could have started). */
  mentionScopes: Set<string>;
}

/** When a flag's first email is due: now, at the next daily roll-up, or never (digest only). */
export const dueAtFor = (config: Config, flag: Pick<Flag, 'delivery'>, nowMs: number): string | undefined => {
  switch (flag.delivery) {
    case 'immediate':
      return iso(nowMs);
    case 'rollup':
      return iso(nextLocalTime(nowMs, config.alerts.rollupTime, config.trust.timeZone));
    case 'digest':
      return undefined;
  }
};

/** Store a flag (once), put it in the outbox, and count it on each of its scopes' days. */
export const raiseFlag = async (
  deps: Pick<ProcessDeps, 'config' | 'store' | 'obs'>,
  flag: Flag,
  nowMs: number,
): Promise<boolean> => {
  const created = await deps.store.putFlag(flag, dueAtFor(deps.config, flag, nowMs), nowMs);
  const day = localDate(Date.parse(flag.createdAt), deps.config.trust.timeZone);
  for (const scope of flag.scopes)
    await deps.store.recordDay(scope, day, 'flags', flag.id, `${flag.kind}|${flag.severity}`, nowMs);
  if (created) {
    deps.obs.log.info('flag raised', { flagId: flag.id, kind: flag.kind, severity: flag.severity });
    deps.obs.count(`flag_${flag.kind}`);
  }
  return created;
};

export const processPosts = async (
  deps: ProcessDeps,
  ctx: ProcessContext,
  posts: readonly Post[],
): Promise<ProcessResult> => {
  const { config, store, clock } = deps;
  const zone = config.trust.timeZone;
  const result: ProcessResult = { processed: 0, skipped: 0, flags: [], mentionScopes: new Set() };

  for (const post of posts) {
    const nowMs = clock.now();
    const account = officialAccountOf(ctx.directory, post);
    const source = account ? 'official' : 'mention';
    const scopes = attribute(ctx.directory, post);
    const evidence: PostEvidence = {
      id: post.id,
      text: evidenceText(post.text),
      url: postUrl(post),
      authorId: post.authorId,
      ...(post.authorUsername !== undefined ? { authorUsername: post.authorUsername } : {}),
      ...(post.authorName !== undefined ? { authorName: post.authorName } : {}),
      createdAt: post.createdAt,
      capturedAt: iso(nowMs),
      source,
      ...(account ? { accountHandle: account.handle } : {}),
    };

    const stored = await store.putPost(
      {
        ...evidence,
        scopes,
        mentions: post.mentions,
        referenced: post.referenced,
        state: 'received',
        kinds: [],
      },
      nowMs,
    );
    if (!stored.created && stored.existing?.state === 'processed') {
      result.skipped++;
      continue;
    }
    // Evidence is what was seen first: on a re-run after a crash, keep the original capture time.
    if (stored.existing) evidence.capturedAt = stored.existing.capturedAt;

    const findings = deps.classify(
      { text: post.text, source },
      { handles: config.accounts.map((a) => a.handle), names: ctx.directory.terms.map((t) => t.term) },
    );
    const flags = flagsForPost(
      { config, post: evidence, scopes, holds: ctx.holds, ...(account ? { account } : {}) },
      findings,
    );
    for (const flag of flags) {
      await raiseFlag(deps, flag, nowMs);
      result.flags.push(flag);
    }

    const createdMs = Date.parse(post.createdAt);
    const day = localDate(createdMs, zone);
    const sentiment = deps.sentiment(post.text);
    for (const scope of scopes) {
      await store.recordDay(
        scope,
        day,
        source === 'official' ? 'official' : 'mentions',
        post.id,
        sentiment,
        nowMs,
      );
      if (source === 'mention') {
        await store.recordDay(scope, day, 'mentionMinutes', post.id, localMinute(createdMs, zone), nowMs);
        result.mentionScopes.add(scope);
      }
    }
    // Discovery judges authors seen since its last run: record when each author was last seen.
    if (source === 'mention')
      await store.recordDay(AUTHORS_SCOPE, iso(nowMs).slice(0, 10), 'mentions', post.authorId, nowMs, nowMs);
    await store.markPostProcessed(
      post.id,
      flags.map((f) => f.kind),
      sentiment,
    );
    result.processed++;
  }
  deps.obs.log.info('posts processed', {
    posts: result.processed,
    flags: result.flags.length,
    count: result.skipped,
  });
  return result;
};
