/**
 * Shared helpers for the digest tests: the Riverside config, a fresh dynalite store, and builders for
 * flags and counters written through the store's public methods (as the pipeline writes them).
 */
import { readFileSync } from 'node:fs';
import { localDate } from '../../../lib/app/time';
import { parseConfig } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import type { Flag } from '../../../lib/domain/flag';
import { startLocalDynamo } from '../../../lib/local/dynamo';
import type { LocalDynamo } from '../../../lib/local/dynamo';
import { DynamoStore } from '../../../lib/store/dynamo-store';

export const riverside = (): Config =>
  parseConfig(readFileSync(new URL('../../../config/riverside.yaml', import.meta.url), 'utf8'));

export interface TestStore {
  db: LocalDynamo;
  store: DynamoStore;
}

export const startStore = async (): Promise<TestStore> => {
  const db = await startLocalDynamo();
  return { db, store: new DynamoStore(db.doc, { tableName: db.tableName, postsDays: 90, flagsDays: 400 }) };
};

let seq = 0;

export const makeFlag = (over: Partial<Flag> & Pick<Flag, 'id'>): Flag => {
  const createdAt = over.createdAt ?? '2026-11-17T10:00:00.000Z';
  const postId = over.post?.id ?? String(2120000000000000000n + BigInt(++seq));
  return {
    kind: 'disparaging',
    severity: 'medium',
    scopes: ['oakfield'],
    status: 'open',
    delivery: 'rollup',
    createdAt,
    score: 0.7,
    evidence: [],
    rule: 'test.rule',
    explanation: 'test explanation',
    policy: { clauses: ['SUAT §10'], action: 'act' },
    to: [],
    cc: [],
    post: {
      id: postId,
      text: `post ${postId}`,
      url: `https://x.com/someone/status/${postId}`,
      authorId: '42',
      authorUsername: 'someone',
      createdAt,
      capturedAt: createdAt,
      source: 'mention',
    },
    ...over,
  };
};

/** Store a flag and count it on each scope's local day, as `raiseFlag` does. */
export const putFlag = async (store: DynamoStore, config: Config, flag: Flag): Promise<void> => {
  await store.putFlag(flag, undefined, Date.parse(flag.createdAt));
  const day = localDate(Date.parse(flag.createdAt), config.trust.timeZone);
  for (const s of flag.scopes)
    await store.recordDay(
      s,
      day,
      'flags',
      flag.id,
      `${flag.kind}|${flag.severity}`,
      Date.parse(flag.createdAt),
    );
};

/** Record a post on its scopes' local day with a sentiment, as `processPosts` does. */
export const putPost = async (
  store: DynamoStore,
  config: Config,
  p: { id: string; at: string; scopes: string[]; source: 'official' | 'mention'; sentiment: number },
): Promise<void> => {
  const day = localDate(Date.parse(p.at), config.trust.timeZone);
  for (const s of p.scopes)
    await store.recordDay(
      s,
      day,
      p.source === 'official' ? 'official' : 'mentions',
      p.id,
      p.sentiment,
      Date.parse(p.at),
    );
};
