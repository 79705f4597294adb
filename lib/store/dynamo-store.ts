/**
 * The repository over the single table (layout and access patterns: ./table.ts).
 *
 * Every write that must happen once is a single-item conditional write: a post is stored once
 * (`attribute_not_exists`), a flag once per id, a delivery is claimed by one sender at a time (lease),
 * a threshold alert or notice is claimed once. Counters that feed the digest are idempotent too: each
 * post is recorded in a per-day map under its own id (`SET #m.#postId = :v`), so re-processing a post
 * changes nothing and the count is the number of keys.
 *
 * Everything read back is validated with zod (a boundary: the table may hold items written by an
 * older version); a corrupt item raises StoreError naming its key rather than flowing on as garbage.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  BatchWriteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import type { BatchGetCommandOutput, DynamoDBDocumentClient, QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import * as z from '../zod';
import { FlagSchema, RecipientSchema } from '../domain/flag';
import type { Flag, FlagStatus } from '../domain/flag';
import { HoldSchema } from '../domain/hold';
import type { Hold } from '../domain/hold';
import { TABLE_KEYS } from './table';

export class StoreError extends Error {
  override readonly name = 'StoreError';
}

const isConditionFailure = (e: unknown): boolean =>
  e instanceof ConditionalCheckFailedException ||
  (e instanceof Error && e.name === 'ConditionalCheckFailedException');

const epochSeconds = (ms: number): number => Math.floor(ms / 1000);

/** The stored record of a post read from X (evidence; expires with retention). */
export const PostRecordSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorId: z.string(),
  authorUsername: z.optional(z.string()),
  authorName: z.optional(z.string()),
  createdAt: z.string(),
  capturedAt: z.string(),
  source: z.enum(['official', 'mention']),
  accountHandle: z.optional(z.string()),
  scopes: z.array(z.string()),
  mentions: z._default(z.array(z.string()), []),
  referenced: z._default(z.array(z.object({ type: z.string(), id: z.string() })), []),
  /** "received" until its flags and counters are written; then "processed". */
  state: z.enum(['received', 'processed']),
  kinds: z._default(z.array(z.string()), []),
  sentiment: z.optional(z.number()),
});
export type PostRecord = z.infer<typeof PostRecordSchema>;

export const DeliveryRecordSchema = z.object({
  key: z.string(),
  purpose: z.string(),
  recipient: z.string(),
  flagIds: z.array(z.string()),
  state: z.enum(['sending', 'sent', 'failed', 'abandoned']),
  attempts: z.int(),
  leaseUntil: z.number(),
  nextAttemptAt: z.number(),
  messageId: z.optional(z.string()),
  lastError: z.optional(z.string()),
  sentAt: z.optional(z.string()),
});
export type DeliveryRecord = z.infer<typeof DeliveryRecordSchema>;

export const AuthorSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  description: z._default(z.string(), ''),
  createdAt: z.optional(z.string()),
  protected: z._default(z.boolean(), false),
  verified: z._default(z.boolean(), false),
  fetchedAt: z.number(),
});
export type Author = z.infer<typeof AuthorSchema>;

export const UsageSchema = z.object({
  month: z.string(),
  requests: z._default(z.number(), 0),
  postReads: z._default(z.number(), 0),
  userReads: z._default(z.number(), 0),
  billedPostReads: z._default(z.number(), 0),
  billedUserReads: z._default(z.number(), 0),
  usd: z._default(z.number(), 0),
});
export type Usage = z.infer<typeof UsageSchema>;

/** One scope's day: which posts were seen (with sentiment) and which flags were raised. */
export const DayCountersSchema = z.object({
  scope: z.string(),
  date: z.string(),
  official: z._default(z.record(z.string(), z.number()), {}),
  mentions: z._default(z.record(z.string(), z.number()), {}),
  /** flagId → "kind|severity" */
  flags: z._default(z.record(z.string(), z.string()), {}),
  /** postId → minute of the local day (0–1439) for mentions: the volume series for spike detection. */
  mentionMinutes: z._default(z.record(z.string(), z.number()), {}),
});
export type DayCounters = z.infer<typeof DayCountersSchema>;

/**
 * A notice waiting to be sent by the notify function (the same shape as lib/app/ports.ts `Notice`):
 * functions that do not bundle the mail code (poll) queue their operations notices here.
 */
export const QueuedNoticeSchema = z.object({
  id: z.string().check(z.minLength(1)),
  kind: z.enum(['hold_start', 'hold_end', 'operations']),
  subject: z.string(),
  paragraphs: z.array(z.string()),
  facts: z.optional(z.array(z.tuple([z.string(), z.string()]))),
  to: z.array(RecipientSchema),
  cc: z.array(RecipientSchema),
  links: z.optional(z.array(z.object({ label: z.string(), url: z.string() }))),
});
export type QueuedNotice = z.infer<typeof QueuedNoticeSchema>;

export interface OutboxEntry {
  flagId: string;
  dueAt: string;
}

export interface StoreOptions {
  tableName: string;
  /**
   * The embedded runtime is one process and the only writer of its table (dynalite on disk allows
   * one process per path), so it may keep cursors, holds and the outbox index in memory,
   * write-through. Lambda functions run concurrently and never set this.
   */
  singleWriter?: boolean;
  /** Days to keep post records (retention.postsDays). */
  postsDays: number;
  /** Days to keep flags, deliveries and counters (retention.flagsDays). */
  flagsDays: number;
}

const K = TABLE_KEYS;

type PutRequest = { PutRequest: { Item: Record<string, unknown> } };

export class DynamoStore {
  private readonly cursorCache = new Map<string, string>();
  private holdsCache: Hold[] | undefined;
  /** singleWriter: flagId → dueAt of everything in the outbox (loaded once, then write-through). */
  private outboxCache: Map<string, string> | undefined;
  /** singleWriter: noticeId → dueAt of every queued notice not yet sent. */
  private noticeCache: Map<string, string> | undefined;

  constructor(
    private readonly doc: DynamoDBDocumentClient,
    private readonly opts: StoreOptions,
  ) {}

  private get table(): string {
    return this.opts.tableName;
  }

  private ttlFor(kind: 'posts' | 'flags', fromMs: number): number {
    const days = kind === 'posts' ? this.opts.postsDays : this.opts.flagsDays;
    return epochSeconds(fromMs + days * 86_400_000);
  }

  private parse<T>(schema: z.ZodMiniType<T>, item: Record<string, unknown> | undefined, key: string): T {
    const r = schema.safeParse(item);
    if (!r.success)
      throw new StoreError(`stored item ${key} is not valid: ${r.error.issues[0]?.message ?? 'unknown'}`);
    return r.data;
  }

  private async get(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.doc.send(
      new GetCommand({ TableName: this.table, Key: { [K.pk]: pk, [K.sk]: sk }, ConsistentRead: true }),
    );
    return out.Item;
  }

  private async putOnce(item: Record<string, unknown>): Promise<boolean> {
    try {
      await this.doc.send(
        new PutCommand({
          TableName: this.table,
          Item: item,
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': K.pk },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<Record<string, unknown>[]> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const out = await this.doc.send(
        new QueryCommand({ ...input, TableName: this.table, ExclusiveStartKey: start }),
      );
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
    return items;
  }

  // ---------------------------------------------------------------- posts

  /** Store a newly read post. Returns the existing record if it was already stored. */
  async putPost(post: PostRecord, nowMs: number): Promise<{ created: boolean; existing?: PostRecord }> {
    const created = await this.putOnce({
      [K.pk]: `POST#${post.id}`,
      [K.sk]: 'POST',
      ...post,
      [K.ttl]: this.ttlFor('posts', nowMs),
    });
    if (created) return { created };
    const existing = await this.getPost(post.id);
    return existing ? { created, existing } : { created };
  }

  async getPost(id: string): Promise<PostRecord | undefined> {
    const item = await this.get(`POST#${id}`, 'POST');
    return item ? this.parse(PostRecordSchema, item, `POST#${id}`) : undefined;
  }

  async markPostProcessed(id: string, kinds: string[], sentiment: number): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `POST#${id}`, [K.sk]: 'POST' },
        UpdateExpression: 'SET #state = :p, #kinds = :k, #sent = :s',
        ExpressionAttributeNames: { '#state': 'state', '#kinds': 'kinds', '#sent': 'sentiment' },
        ExpressionAttributeValues: { ':p': 'processed', ':k': kinds, ':s': sentiment },
      }),
    );
  }

  // ---------------------------------------------------------------- flags

  private flagItem(flag: Flag, dueAt: string | undefined, nowMs: number): Record<string, unknown> {
    const day = flag.createdAt.slice(0, 10);
    const item: Record<string, unknown> = {
      [K.pk]: `FLAG#${flag.id}`,
      [K.sk]: 'FLAG',
      ...flag,
      [K.gsi1.pk]: `FLAGDAY#${day}`,
      [K.gsi1.sk]: `${flag.createdAt}#${flag.id}`,
      [K.gsi2.pk]: `STATUS#${flag.status}`,
      [K.gsi2.sk]: `${flag.createdAt}#${flag.id}`,
      [K.ttl]: this.ttlFor('flags', nowMs),
    };
    if (dueAt !== undefined) {
      item[K.outbox.pk] = 'OUTBOX';
      item[K.outbox.sk] = `${dueAt}#${flag.id}`;
    }
    return item;
  }

  /** Store a flag once. `dueAt` puts it in the outbox (mail due at that time). */
  async putFlag(flag: Flag, dueAt: string | undefined, nowMs: number): Promise<boolean> {
    const created = await this.putOnce(this.flagItem(flag, dueAt, nowMs));
    if (created && dueAt !== undefined) this.outboxCache?.set(flag.id, dueAt);
    return created;
  }

  async getFlag(id: string): Promise<Flag | undefined> {
    const item = await this.get(`FLAG#${id}`, 'FLAG');
    return item ? this.parse(FlagSchema, item, `FLAG#${id}`) : undefined;
  }

  /** Flags created on a UTC day, oldest first. */
  async flagsOnDay(day: string): Promise<Flag[]> {
    const items = await this.queryAll({
      IndexName: K.gsi1.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': K.gsi1.pk },
      ExpressionAttributeValues: { ':pk': `FLAGDAY#${day}` },
    });
    return items.map((i) => this.parse(FlagSchema, i, String(i[K.pk])));
  }

  /** Flags in a status, optionally only those created before `beforeIso`, oldest first. */
  async flagsByStatus(status: FlagStatus, beforeIso?: string): Promise<Flag[]> {
    const items = await this.queryAll({
      IndexName: K.gsi2.name,
      KeyConditionExpression: beforeIso ? '#pk = :pk AND #sk < :before' : '#pk = :pk',
      ExpressionAttributeNames: { '#pk': K.gsi2.pk, ...(beforeIso ? { '#sk': K.gsi2.sk } : {}) },
      ExpressionAttributeValues: {
        ':pk': `STATUS#${status}`,
        ...(beforeIso ? { ':before': beforeIso } : {}),
      },
    });
    return items.map((i) => this.parse(FlagSchema, i, String(i[K.pk])));
  }

  /**
   * Move a flag from one of `from` to `to`, setting extra fields. Conditional on the current status, so
   * two people clicking at once apply one change. Returns the updated flag, or undefined if the flag's
   * status was not one of `from` (or the flag does not exist).
   */
  async transitionFlag(
    id: string,
    from: readonly FlagStatus[],
    to: FlagStatus,
    fields: Partial<
      Pick<
        Flag,
        | 'acknowledgedAt'
        | 'acknowledgedBy'
        | 'removalRequestedAt'
        | 'removalRequestedBy'
        | 'resolvedAt'
        | 'resolution'
      >
    >,
  ): Promise<Flag | undefined> {
    const names: Record<string, string> = { '#status': 'status', '#g2pk': K.gsi2.pk };
    const values: Record<string, unknown> = { ':to': to, ':g2': `STATUS#${to}` };
    const sets = ['#status = :to', '#g2pk = :g2'];
    from.forEach((s, i) => (values[`:f${i}`] = s));
    Object.entries(fields).forEach(([k, v], i) => {
      if (v === undefined) return;
      names[`#x${i}`] = k;
      values[`:x${i}`] = v;
      sets.push(`#x${i} = :x${i}`);
    });
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { [K.pk]: `FLAG#${id}`, [K.sk]: 'FLAG' },
          UpdateExpression: `SET ${sets.join(', ')}`,
          ConditionExpression: `#status IN (${from.map((_, i) => `:f${i}`).join(', ')})`,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ReturnValues: 'ALL_NEW',
        }),
      );
      return this.parse(FlagSchema, out.Attributes, `FLAG#${id}`);
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  /** Record that a flag was escalated; true only for the first caller. */
  async markEscalated(id: string, atIso: string): Promise<boolean> {
    try {
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { [K.pk]: `FLAG#${id}`, [K.sk]: 'FLAG' },
          UpdateExpression: 'SET #e = :at',
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#e)',
          ExpressionAttributeNames: { '#e': 'escalatedAt', '#pk': K.pk },
          ExpressionAttributeValues: { ':at': atIso },
        }),
      );
      return true;
    } catch (e) {
      if (isConditionFailure(e)) return false;
      throw e;
    }
  }

  // ---------------------------------------------------------------- outbox

  /** Flags with mail due at or before `dueBeforeIso`, oldest due first. */
  async outboxDue(dueBeforeIso: string): Promise<OutboxEntry[]> {
    if (this.outboxCache) {
      return [...this.outboxCache]
        .filter(([, dueAt]) => dueAt <= dueBeforeIso)
        .map(([flagId, dueAt]) => ({ flagId, dueAt }))
        .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.flagId.localeCompare(b.flagId));
    }
    if (this.opts.singleWriter) {
      this.outboxCache = new Map((await this.queryOutbox('\uffff')).map((e) => [e.flagId, e.dueAt]));
      return this.outboxDue(dueBeforeIso);
    }
    return this.queryOutbox(dueBeforeIso);
  }

  private async queryOutbox(dueBeforeIso: string): Promise<OutboxEntry[]> {
    const items = await this.queryAll({
      IndexName: K.outbox.name,
      KeyConditionExpression: '#pk = :pk AND #sk <= :due',
      ExpressionAttributeNames: { '#pk': K.outbox.pk, '#sk': K.outbox.sk },
      ExpressionAttributeValues: { ':pk': 'OUTBOX', ':due': `${dueBeforeIso}#\uffff` },
    });
    return items.map((i) => {
      const sk = String(i[K.outbox.sk]);
      const hash = sk.indexOf('#');
      return { dueAt: sk.slice(0, hash), flagId: sk.slice(hash + 1) };
    });
  }

  /** Put a flag (back) into the outbox, e.g. for a retry or an escalation email. */
  async enqueue(flagId: string, dueAt: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `FLAG#${flagId}`, [K.sk]: 'FLAG' },
        UpdateExpression: 'SET #obpk = :o, #obsk = :s',
        ConditionExpression: 'attribute_exists(#pk)',
        ExpressionAttributeNames: { '#obpk': K.outbox.pk, '#obsk': K.outbox.sk, '#pk': K.pk },
        ExpressionAttributeValues: { ':o': 'OUTBOX', ':s': `${dueAt}#${flagId}` },
      }),
    );
    this.outboxCache?.set(flagId, dueAt);
  }

  /** Take a flag out of the outbox once every delivery for it is settled. */
  async dequeue(flagId: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `FLAG#${flagId}`, [K.sk]: 'FLAG' },
        UpdateExpression: 'REMOVE #obpk, #obsk',
        ExpressionAttributeNames: { '#obpk': K.outbox.pk, '#obsk': K.outbox.sk },
      }),
    );
    this.outboxCache?.delete(flagId);
  }

  // ---------------------------------------------------------------- queued notices

  /**
   * Queue a notice for the notify function, once per notice id (a second call with the same id is a
   * no-op and returns false). Kept for the flags' retention, like the deliveries it leads to.
   */
  async queueNotice(notice: QueuedNotice, dueAt: string): Promise<boolean> {
    const created = await this.putOnce({
      [K.pk]: `NOTICE#${notice.id}`,
      [K.sk]: 'NOTICE',
      notice,
      [K.outbox.pk]: 'NOTICES',
      [K.outbox.sk]: `${dueAt}#${notice.id}`,
      [K.ttl]: this.ttlFor('flags', Date.parse(dueAt)),
    });
    if (created) this.noticeCache?.set(notice.id, dueAt);
    return created;
  }

  /** Queued notices due at or before `dueBeforeIso`, oldest first. */
  async noticesDue(dueBeforeIso: string): Promise<QueuedNotice[]> {
    if (this.opts.singleWriter && !this.noticeCache) {
      const all = await this.queryNotices('\uffff');
      this.noticeCache = new Map(all.map((e) => [e.id, e.dueAt]));
    }
    const due = this.noticeCache
      ? [...this.noticeCache]
          .filter(([, dueAt]) => dueAt <= dueBeforeIso)
          .map(([id, dueAt]) => ({ id, dueAt }))
          .sort((a, b) => a.dueAt.localeCompare(b.dueAt) || a.id.localeCompare(b.id))
      : await this.queryNotices(dueBeforeIso);
    const notices: QueuedNotice[] = [];
    for (const { id } of due) {
      const key = `NOTICE#${id}`;
      const item = await this.get(key, 'NOTICE');
      if (item) notices.push(this.parse(QueuedNoticeSchema, item['notice'] as Record<string, unknown>, key));
    }
    return notices;
  }

  private async queryNotices(dueBeforeIso: string): Promise<{ id: string; dueAt: string }[]> {
    const items = await this.queryAll({
      IndexName: K.outbox.name,
      KeyConditionExpression: '#pk = :pk AND #sk <= :due',
      ExpressionAttributeNames: { '#pk': K.outbox.pk, '#sk': K.outbox.sk },
      ExpressionAttributeValues: { ':pk': 'NOTICES', ':due': `${dueBeforeIso}#\uffff` },
    });
    return items.map((i) => {
      const sk = String(i[K.outbox.sk]);
      const hash = sk.indexOf('#');
      return { dueAt: sk.slice(0, hash), id: sk.slice(hash + 1) };
    });
  }

  /** Take a queued notice out of the queue once its delivery is settled (sent or abandoned). */
  async noticeSettled(id: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `NOTICE#${id}`, [K.sk]: 'NOTICE' },
        UpdateExpression: 'REMOVE #obpk, #obsk',
        ExpressionAttributeNames: { '#obpk': K.outbox.pk, '#obsk': K.outbox.sk },
      }),
    );
    this.noticeCache?.delete(id);
  }

  // ---------------------------------------------------------------- deliveries (idempotency records)

  async getDelivery(key: string): Promise<DeliveryRecord | undefined> {
    const item = await this.get(`MAIL#${key}`, 'MAIL');
    return item ? this.parse(DeliveryRecordSchema, item, `MAIL#${key}`) : undefined;
  }

  /**
   * Claim the right to send one message. Succeeds when no record exists, or when a previous attempt
   * failed (or its sender's lease ran out) and its retry time has come. Written BEFORE sending, so two
   * concurrent runs never both send; a crash after SES accepted but before `markSent` leaves a
   * 'sending' record whose lease expires and is retried (at-least-once in that narrow window).
   */
  async claimDelivery(
    rec: Pick<DeliveryRecord, 'key' | 'purpose' | 'recipient' | 'flagIds'>,
    nowMs: number,
    leaseMs: number,
  ): Promise<DeliveryRecord | undefined> {
    const leaseUntil = nowMs + leaseMs;
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { [K.pk]: `MAIL#${rec.key}`, [K.sk]: 'MAIL' },
          UpdateExpression:
            'SET #key = :key, #purpose = :purpose, #recipient = :recipient, #flagIds = :flagIds, #state = :sending, #lease = :lease, #next = if_not_exists(#next, :now), #ttl = :ttl ADD #attempts :one',
          ConditionExpression:
            'attribute_not_exists(#pk) OR (#state = :failed AND #next <= :now) OR (#state = :sending AND #lease < :now)',
          ExpressionAttributeNames: {
            '#pk': K.pk,
            '#key': 'key',
            '#purpose': 'purpose',
            '#recipient': 'recipient',
            '#flagIds': 'flagIds',
            '#state': 'state',
            '#lease': 'leaseUntil',
            '#next': 'nextAttemptAt',
            '#attempts': 'attempts',
            '#ttl': K.ttl,
          },
          ExpressionAttributeValues: {
            ':key': rec.key,
            ':purpose': rec.purpose,
            ':recipient': rec.recipient,
            ':flagIds': rec.flagIds,
            ':sending': 'sending',
            ':failed': 'failed',
            ':lease': leaseUntil,
            ':now': nowMs,
            ':one': 1,
            ':ttl': this.ttlFor('flags', nowMs),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return this.parse(DeliveryRecordSchema, out.Attributes, `MAIL#${rec.key}`);
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  async markSent(key: string, messageId: string, sentAtIso: string): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `MAIL#${key}`, [K.sk]: 'MAIL' },
        UpdateExpression: 'SET #state = :sent, #mid = :mid, #at = :at REMOVE #err',
        ExpressionAttributeNames: {
          '#state': 'state',
          '#mid': 'messageId',
          '#at': 'sentAt',
          '#err': 'lastError',
        },
        ExpressionAttributeValues: { ':sent': 'sent', ':mid': messageId, ':at': sentAtIso },
      }),
    );
  }

  /** Record a failed attempt; `abandon` stops retries (after the operations contact is told). */
  async markFailed(key: string, error: string, nextAttemptAt: number, abandon: boolean): Promise<void> {
    await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `MAIL#${key}`, [K.sk]: 'MAIL' },
        UpdateExpression: 'SET #state = :st, #err = :err, #next = :next, #lease = :zero',
        ExpressionAttributeNames: {
          '#state': 'state',
          '#err': 'lastError',
          '#next': 'nextAttemptAt',
          '#lease': 'leaseUntil',
        },
        ExpressionAttributeValues: {
          ':st': abandon ? 'abandoned' : 'failed',
          ':err': error.slice(0, 500),
          ':next': nextAttemptAt,
          ':zero': 0,
        },
      }),
    );
  }

  // ---------------------------------------------------------------- cursors

  async getCursor(groupId: string): Promise<string | undefined> {
    const cached = this.opts.singleWriter ? this.cursorCache.get(groupId) : undefined;
    if (cached !== undefined) return cached;
    const item = await this.get(`CURSOR#${groupId}`, 'CURSOR');
    const v = item?.['sinceId'];
    return typeof v === 'string' ? v : undefined;
  }

  async putCursor(groupId: string, sinceId: string, nowIso: string): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { [K.pk]: `CURSOR#${groupId}`, [K.sk]: 'CURSOR', sinceId, updatedAt: nowIso },
      }),
    );
    if (this.opts.singleWriter) this.cursorCache.set(groupId, sinceId);
  }

  // ---------------------------------------------------------------- authors and handles

  async getAuthors(ids: readonly string[]): Promise<Map<string, Author>> {
    const out = new Map<string, Author>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique
        .slice(i, i + 100)
        .map((id) => ({ [K.pk]: `USER#${id}`, [K.sk]: 'USER' }));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt > 8) throw new StoreError(`BatchGet left ${keys.length} author keys unprocessed`);
        const res: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of res.Responses?.[this.table] ?? []) {
          const a = this.parse(AuthorSchema, item, String(item[K.pk]));
          out.set(a.id, a);
        }
        keys = res.UnprocessedKeys?.[this.table]?.Keys;
      }
    }
    return out;
  }

  async putAuthors(authors: readonly Author[]): Promise<void> {
    for (let i = 0; i < authors.length; i += 25) {
      let requests: PutRequest[] | undefined = authors.slice(i, i + 25).map((a) => ({
        PutRequest: {
          Item: {
            [K.pk]: `USER#${a.id}`,
            [K.sk]: 'USER',
            ...a,
            [K.ttl]: this.ttlFor('flags', a.fetchedAt),
          },
        },
      }));
      for (let attempt = 0; requests && requests.length > 0; attempt++) {
        if (attempt > 8) throw new StoreError(`BatchWrite left ${requests.length} author writes unprocessed`);
        requests = await this.batchWrite(requests);
      }
    }
  }

  private async batchWrite(requests: PutRequest[]): Promise<PutRequest[] | undefined> {
    const res = await this.doc.send(new BatchWriteCommand({ RequestItems: { [this.table]: requests } }));
    const left = res.UnprocessedItems?.[this.table];
    return left?.flatMap((r) => (r.PutRequest?.Item ? [{ PutRequest: { Item: r.PutRequest.Item } }] : []));
  }

  async getHandleId(handle: string): Promise<{ id: string; resolvedAt: number } | undefined> {
    const item = await this.get(`HANDLE#${handle.toLowerCase()}`, 'HANDLE');
    if (!item) return undefined;
    const r = z.object({ id: z.string(), resolvedAt: z.number() }).safeParse(item);
    if (!r.success) throw new StoreError(`stored item HANDLE#${handle} is not valid`);
    return r.data;
  }

  /** Resolved handles in one BatchGet (keys: lower-case handles). */
  async getHandleIds(handles: readonly string[]): Promise<Map<string, { id: string; resolvedAt: number }>> {
    const out = new Map<string, { id: string; resolvedAt: number }>();
    const unique = [...new Set(handles.map((h) => h.toLowerCase()))];
    const Entry = z.object({ pk: z.string(), id: z.string(), resolvedAt: z.number() });
    for (let i = 0; i < unique.length; i += 100) {
      let keys: Record<string, unknown>[] | undefined = unique
        .slice(i, i + 100)
        .map((h) => ({ [K.pk]: `HANDLE#${h}`, [K.sk]: 'HANDLE' }));
      for (let attempt = 0; keys && keys.length > 0; attempt++) {
        if (attempt > 8) throw new StoreError(`BatchGet left ${keys.length} handle keys unprocessed`);
        const res: BatchGetCommandOutput = await this.doc.send(
          new BatchGetCommand({ RequestItems: { [this.table]: { Keys: keys, ConsistentRead: true } } }),
        );
        for (const item of res.Responses?.[this.table] ?? []) {
          const e = this.parse(Entry, item, String(item[K.pk]));
          out.set(e.pk.slice('HANDLE#'.length), { id: e.id, resolvedAt: e.resolvedAt });
        }
        keys = res.UnprocessedKeys?.[this.table]?.Keys;
      }
    }
    return out;
  }

  async putHandleId(handle: string, id: string, resolvedAt: number): Promise<void> {
    await this.doc.send(
      new PutCommand({
        TableName: this.table,
        Item: { [K.pk]: `HANDLE#${handle.toLowerCase()}`, [K.sk]: 'HANDLE', handle, id, resolvedAt },
      }),
    );
  }

  // ---------------------------------------------------------------- holds

  /**
   * A hold names who declared it and why: it is kept while it is in force, then expires with the flags'
   * retention counted from its end (`until` when planned, else when it is lifted: see endHold).
   */
  async putHold(hold: Hold): Promise<boolean> {
    this.holdsCache = undefined;
    return this.putOnce({
      [K.pk]: `HOLD#${hold.id}`,
      [K.sk]: 'HOLD',
      ...hold,
      [K.gsi1.pk]: 'HOLDS',
      [K.gsi1.sk]: `${hold.startsAt}#${hold.id}`,
      ...(hold.until !== undefined ? { [K.ttl]: this.ttlFor('flags', Date.parse(hold.until)) } : {}),
    });
  }

  async getHold(id: string): Promise<Hold | undefined> {
    const item = await this.get(`HOLD#${id}`, 'HOLD');
    return item ? this.parse(HoldSchema, item, `HOLD#${id}`) : undefined;
  }

  /** Lift a hold; only the first lift counts. Returns the updated hold, or undefined if already ended. */
  async endHold(id: string, endedAt: string, endedBy: string): Promise<Hold | undefined> {
    this.holdsCache = undefined;
    try {
      const out = await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { [K.pk]: `HOLD#${id}`, [K.sk]: 'HOLD' },
          UpdateExpression: 'SET #e = :e, #b = :b, #ttl = :ttl',
          ConditionExpression: 'attribute_exists(#pk) AND attribute_not_exists(#e)',
          ExpressionAttributeNames: { '#e': 'endedAt', '#b': 'endedBy', '#pk': K.pk, '#ttl': K.ttl },
          ExpressionAttributeValues: {
            ':e': endedAt,
            ':b': endedBy,
            ':ttl': this.ttlFor('flags', Date.parse(endedAt)),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return this.parse(HoldSchema, out.Attributes, `HOLD#${id}`);
    } catch (e) {
      if (isConditionFailure(e)) return undefined;
      throw e;
    }
  }

  /** All holds, oldest first (a trust declares a handful a year). */
  async listHolds(): Promise<Hold[]> {
    if (this.opts.singleWriter && this.holdsCache) return [...this.holdsCache];
    const items = await this.queryAll({
      IndexName: K.gsi1.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': K.gsi1.pk },
      ExpressionAttributeValues: { ':pk': 'HOLDS' },
    });
    const holds = items.map((i) => this.parse(HoldSchema, i, String(i[K.pk])));
    if (this.opts.singleWriter) this.holdsCache = holds;
    return [...holds];
  }

  // ---------------------------------------------------------------- daily counters

  /**
   * Idempotently record `field[entryId] = value` on a scope's day. Two cheap steps only the first time
   * a day is touched: the map must exist before a nested path can be set.
   */
  async recordDay(
    scope: string,
    date: string,
    field: 'official' | 'mentions' | 'flags' | 'mentionMinutes',
    entryId: string,
    value: number | string,
    nowMs: number,
  ): Promise<void> {
    const key = { [K.pk]: `DAY#${scope}`, [K.sk]: date };
    const setEntry = () =>
      this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET #m.#id = :v',
          ConditionExpression: 'attribute_exists(#m)',
          ExpressionAttributeNames: { '#m': field, '#id': entryId },
          ExpressionAttributeValues: { ':v': value },
        }),
      );
    try {
      await setEntry();
    } catch (e) {
      if (!isConditionFailure(e)) throw e;
      await this.doc.send(
        new UpdateCommand({
          TableName: this.table,
          Key: key,
          UpdateExpression: 'SET #m = if_not_exists(#m, :empty), #scope = :scope, #date = :date, #ttl = :ttl',
          ExpressionAttributeNames: { '#m': field, '#scope': 'scope', '#date': 'date', '#ttl': K.ttl },
          ExpressionAttributeValues: {
            ':empty': {},
            ':scope': scope,
            ':date': date,
            ':ttl': this.ttlFor('flags', nowMs),
          },
        }),
      );
      await setEntry();
    }
  }

  /** A scope's days in [fromDate, toDate] inclusive (yyyy-mm-dd), oldest first. */
  async daysOf(scope: string, fromDate: string, toDate: string): Promise<DayCounters[]> {
    const items = await this.queryAll({
      KeyConditionExpression: '#pk = :pk AND #sk BETWEEN :from AND :to',
      ExpressionAttributeNames: { '#pk': K.pk, '#sk': K.sk },
      ExpressionAttributeValues: { ':pk': `DAY#${scope}`, ':from': fromDate, ':to': toDate },
      ConsistentRead: true,
    });
    return items.map((i) => this.parse(DayCountersSchema, i, `DAY#${scope}/${String(i[K.sk])}`));
  }

  // ---------------------------------------------------------------- X usage

  async addUsage(month: string, delta: Omit<Usage, 'month'>): Promise<Usage> {
    const fields = [
      'requests',
      'postReads',
      'userReads',
      'billedPostReads',
      'billedUserReads',
      'usd',
    ] as const;
    const out = await this.doc.send(
      new UpdateCommand({
        TableName: this.table,
        Key: { [K.pk]: `USAGE#${month}`, [K.sk]: 'USAGE' },
        UpdateExpression: `SET #month = :month ADD ${fields.map((f) => `#${f} :${f}`).join(', ')}`,
        ExpressionAttributeNames: {
          '#month': 'month',
          ...Object.fromEntries(fields.map((f) => [`#${f}`, f])),
        },
        ExpressionAttributeValues: {
          ':month': month,
          ...Object.fromEntries(fields.map((f) => [`:${f}`, delta[f]])),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return this.parse(UsageSchema, out.Attributes, `USAGE#${month}`);
  }

  async getUsage(month: string): Promise<Usage> {
    const item = await this.get(`USAGE#${month}`, 'USAGE');
    return item
      ? this.parse(UsageSchema, item, `USAGE#${month}`)
      : { month, requests: 0, postReads: 0, userReads: 0, billedPostReads: 0, billedUserReads: 0, usd: 0 };
  }

  // ---------------------------------------------------------------- once-only claims

  /**
   * True exactly once per key (until it expires): budget thresholds, "credentials failing" notices,
   * used action-link nonces, hold notices.
   */
  async claimOnce(key: string, nowMs: number, ttlMs?: number): Promise<boolean> {
    return this.putOnce({
      [K.pk]: `ONCE#${key}`,
      [K.sk]: 'ONCE',
      claimedAt: nowMs,
      ...(ttlMs !== undefined ? { [K.ttl]: epochSeconds(nowMs + ttlMs) } : {}),
    });
  }

  async wasClaimed(key: string): Promise<boolean> {
    return (await this.get(`ONCE#${key}`, 'ONCE')) !== undefined;
  }

  // ---------------------------------------------------------------- generic small state (spike detector)

  async getState<T>(name: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
    const item = await this.get(`STATE#${name}`, 'STATE');
    if (!item) return undefined;
    return this.parse(schema, item['value'] as Record<string, unknown>, `STATE#${name}`);
  }

  async putState(name: string, value: unknown): Promise<void> {
    await this.doc.send(
      new PutCommand({ TableName: this.table, Item: { [K.pk]: `STATE#${name}`, [K.sk]: 'STATE', value } }),
    );
  }
}
