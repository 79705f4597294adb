import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flag } from '../../lib/domain/flag';
import { startLocalDynamo } from '../../lib/local/dynamo';
import type { LocalDynamo } from '../../lib/local/dynamo';
import { DynamoStore } from '../../lib/store/dynamo-store';
import type { PostRecord } from '../../lib/store/dynamo-store';

let db: LocalDynamo;
let store: DynamoStore;
const T0 = Date.parse('2026-11-16T09:00:00Z');

beforeAll(async () => {
  db = await startLocalDynamo();
  store = new DynamoStore(db.doc, { tableName: db.tableName, postsDays: 30, flagsDays: 400 });
});
afterAll(async () => db.close());

const post = (id: string): PostRecord => ({
  id,
  text: 'text',
  authorId: '42',
  createdAt: '2026-11-16T08:59:00.000Z',
  capturedAt: '2026-11-16T09:00:00.000Z',
  source: 'mention',
  scopes: ['oakfield'],
  mentions: [],
  referenced: [],
  state: 'received',
  kinds: [],
});

const flag = (id: string, over: Partial<Flag> = {}): Flag => ({
  id,
  kind: 'threat',
  severity: 'critical',
  scopes: ['oakfield'],
  status: 'open',
  delivery: 'immediate',
  createdAt: '2026-11-16T09:00:00.000Z',
  score: 0.9,
  evidence: [],
  rule: 'threat.test',
  explanation: 'test',
  policy: { clauses: ['SUAT §11'], action: 'act' },
  to: [{ email: 'p@x.example', name: 'P', role: 'principal', scope: 'oakfield' }],
  cc: [],
  ...over,
});

describe('DynamoStore on dynalite', () => {
  it('stores a post once and returns the existing record on a repeat', async () => {
    expect((await store.putPost(post('100'), T0)).created).toBe(true);
    const again = await store.putPost({ ...post('100'), text: 'changed' }, T0);
    expect(again.created).toBe(false);
    expect(again.existing?.text).toBe('text');
    await store.markPostProcessed('100', ['threat'], -3);
    expect((await store.getPost('100'))?.state).toBe('processed');
  });

  it('stores a flag once, indexes it by day and status, and puts it in the outbox', async () => {
    expect(await store.putFlag(flag('threat:1'), '2026-11-16T09:00:00.000Z', T0)).toBe(true);
    expect(await store.putFlag(flag('threat:1', { severity: 'low' }), undefined, T0)).toBe(false);
    expect((await store.getFlag('threat:1'))?.severity).toBe('critical');
    expect((await store.flagsOnDay('2026-11-16')).map((f) => f.id)).toContain('threat:1');
    expect((await store.flagsByStatus('open')).map((f) => f.id)).toContain('threat:1');
    expect(await store.outboxDue('2026-11-16T08:59:59.000Z')).toEqual([]);
    expect(await store.outboxDue('2026-11-16T09:00:00.000Z')).toEqual([
      { flagId: 'threat:1', dueAt: '2026-11-16T09:00:00.000Z' },
    ]);
    await store.dequeue('threat:1');
    expect(await store.outboxDue('2026-11-17T00:00:00.000Z')).toEqual([]);
  });

  it('applies a status transition once, from an allowed status only', async () => {
    await store.putFlag(flag('abuse:2', { kind: 'abuse', severity: 'high' }), undefined, T0);
    const [a, b] = await Promise.all([
      store.transitionFlag('abuse:2', ['open'], 'acknowledged', { acknowledgedBy: 'a@x.example' }),
      store.transitionFlag('abuse:2', ['open'], 'false_positive', { acknowledgedBy: 'b@x.example' }),
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect((await store.flagsByStatus('open')).map((f) => f.id)).not.toContain('abuse:2');
    expect(await store.transitionFlag('nope', ['open'], 'acknowledged', {})).toBeUndefined();
  });

  it('lets exactly one concurrent sender claim a delivery, and re-claims only after failure or lease expiry', async () => {
    const rec = {
      key: 'alert:threat:1:p@x.example',
      purpose: 'alert',
      recipient: 'p@x.example',
      flagIds: ['threat:1'],
    };
    const claims = await Promise.all([1, 2, 3, 4].map(() => store.claimDelivery(rec, T0, 60_000)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Lease still held: nobody else can claim.
    expect(await store.claimDelivery(rec, T0 + 30_000, 60_000)).toBeUndefined();
    // Lease expired (sender crashed): claimable again, attempts counted.
    const retry = await store.claimDelivery(rec, T0 + 61_000, 60_000);
    expect(retry?.attempts).toBe(2);
    await store.markFailed(rec.key, 'Throttling', T0 + 200_000, false);
    expect(await store.claimDelivery(rec, T0 + 100_000, 60_000)).toBeUndefined();
    expect((await store.claimDelivery(rec, T0 + 200_000, 60_000))?.attempts).toBe(3);
    await store.markSent(rec.key, 'ses-1', '2026-11-16T09:05:00.000Z');
    expect(await store.claimDelivery(rec, T0 + 10_000_000, 60_000)).toBeUndefined();
    expect((await store.getDelivery(rec.key))?.state).toBe('sent');
  });

  it('keeps day counters idempotent under repeats', async () => {
    for (let i = 0; i < 3; i++) {
      await store.recordDay('oakfield', '2026-11-16', 'mentions', '100', -2, T0);
      await store.recordDay('oakfield', '2026-11-16', 'mentions', '101', 1, T0);
      await store.recordDay('oakfield', '2026-11-16', 'flags', 'threat:1', 'threat|critical', T0);
    }
    const [day] = await store.daysOf('oakfield', '2026-11-16', '2026-11-16');
    expect(day?.mentions).toEqual({ '100': -2, '101': 1 });
    expect(day?.flags).toEqual({ 'threat:1': 'threat|critical' });
    expect(await store.daysOf('oakfield', '2026-11-17', '2026-11-20')).toEqual([]);
  });

  it('claims once-only keys once', async () => {
    const results = await Promise.all([1, 2, 3].map(() => store.claimOnce('budget:2026-11:80', T0)));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await store.wasClaimed('budget:2026-11:80')).toBe(true);
  });

  it('caches authors in batches beyond 100', async () => {
    const authors = Array.from({ length: 130 }, (_, i) => ({
      id: String(1000 + i),
      username: `user${i}`,
      name: `User ${i}`,
      description: '',
      protected: false,
      verified: false,
      fetchedAt: T0,
    }));
    await store.putAuthors(authors);
    const got = await store.getAuthors([...authors.map((a) => a.id), '999999']);
    expect(got.size).toBe(130);
    expect(got.get('1129')?.username).toBe('user129');
  });

  it('lifts a hold once', async () => {
    const hold = {
      id: 'h1',
      scope: 'oakfield',
      reason: 'incident',
      declaredBy: 'p@x.example',
      declaredAt: '2026-11-16T10:00:00.000Z',
      startsAt: '2026-11-16T10:00:00.000Z',
    };
    expect(await store.putHold(hold)).toBe(true);
    expect(await store.putHold(hold)).toBe(false);
    expect((await store.endHold('h1', '2026-11-17T10:00:00.000Z', 'p@x.example'))?.endedAt).toBe(
      '2026-11-17T10:00:00.000Z',
    );
    expect(await store.endHold('h1', '2026-11-18T10:00:00.000Z', 'q@x.example')).toBeUndefined();
    expect((await store.listHolds()).map((h) => h.id)).toEqual(['h1']);
  });

  it('meters X usage cumulatively per month', async () => {
    await store.addUsage('2026-11', {
      requests: 2,
      postReads: 10,
      userReads: 3,
      billedPostReads: 10,
      billedUserReads: 3,
      usd: 0.08,
    });
    const u = await store.addUsage('2026-11', {
      requests: 1,
      postReads: 5,
      userReads: 0,
      billedPostReads: 5,
      billedUserReads: 0,
      usd: 0.025,
    });
    expect(u).toMatchObject({ requests: 3, postReads: 15, userReads: 3 });
    expect(u.usd).toBeCloseTo(0.105);
  });
});
