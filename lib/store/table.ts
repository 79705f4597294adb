/**
 * The DynamoDB single table: its key schema and indexes, shared by the CDK stack (infra/) and the
 * embedded runtime (lib/local), so both build exactly the same table.
 *
 * Access patterns (item → keys):
 *
 * | item            | pk                         | sk                     | GSI keys                                       |
 * |-----------------|----------------------------|------------------------|------------------------------------------------|
 * | post seen       | POST#<postId>              | POST                   | –                                              |
 * | flag            | FLAG#<flagId>              | FLAG                   | gsi1: FLAGDAY#<yyyy-mm-dd> / <createdAt>#<id>  |
 * |                 |                            |                        | gsi2: STATUS#<status> / <createdAt>#<id>       |
 * |                 |                            |                        | outbox (sparse): OUTBOX / <dueAt>#<id>         |
 * | delivery record | MAIL#<deliveryKey>         | MAIL                   | –                                              |
 * | cursor          | CURSOR#<groupId>           | CURSOR                 | –                                              |
 * | author cache    | USER#<userId>              | USER                   | –                                              |
 * | handle → id     | HANDLE#<lower-case handle> | HANDLE                 | –                                              |
 * | hold            | HOLD#<holdId>              | HOLD                   | gsi1: HOLDS / <startsAt>#<id>                  |
 * | daily counters  | DAY#<scope>                | <yyyy-mm-dd>           | – (scope "_authors": mention authors seen)     |
 * | X usage         | USAGE#<yyyy-mm>            | USAGE                  | –                                              |
 * | once-only claim | ONCE#<key>                 | ONCE                   | – (alert thresholds, ops notices, used nonces) |
 * | queued notice   | NOTICE#<noticeId>          | NOTICE                 | outbox (sparse): NOTICES / <dueAt>#<id>        |
 * | small state     | STATE#<name>               | STATE                  | – (spike detector baselines, cool-downs)        |
 *
 * Queries: flags by day (gsi1), flags by status and age (gsi2: open ones for escalation,
 * removal_requested for take-down checks), flags awaiting email (outbox, sparse: only flags with
 * unsent mail carry the attribute), holds (gsi1). No scans anywhere on a hot path.
 *
 * Single-item conditional writes only (dynalite has no transactions, DESIGN.md principle 4).
 * `ttl` (epoch seconds) is the TTL attribute, set from the config's retention days; DynamoDB deletes
 * expired items in AWS (dynalite never does, so reads also filter on it where it matters).
 */
import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';

export const TABLE_KEYS = {
  pk: 'pk',
  sk: 'sk',
  gsi1: { name: 'gsi1', pk: 'gsi1pk', sk: 'gsi1sk' },
  gsi2: { name: 'gsi2', pk: 'gsi2pk', sk: 'gsi2sk' },
  outbox: { name: 'outbox', pk: 'obpk', sk: 'obsk' },
  ttl: 'ttl',
} as const;

export const GSIS = [TABLE_KEYS.gsi1, TABLE_KEYS.gsi2, TABLE_KEYS.outbox] as const;

/** CreateTable input for the embedded runtime (on-demand, same keys as the CDK table). */
export const createTableInput = (tableName: string): CreateTableCommandInput => ({
  TableName: tableName,
  BillingMode: 'PAY_PER_REQUEST',
  AttributeDefinitions: [
    { AttributeName: TABLE_KEYS.pk, AttributeType: 'S' },
    { AttributeName: TABLE_KEYS.sk, AttributeType: 'S' },
    ...GSIS.flatMap((g) => [
      { AttributeName: g.pk, AttributeType: 'S' as const },
      { AttributeName: g.sk, AttributeType: 'S' as const },
    ]),
  ],
  KeySchema: [
    { AttributeName: TABLE_KEYS.pk, KeyType: 'HASH' },
    { AttributeName: TABLE_KEYS.sk, KeyType: 'RANGE' },
  ],
  GlobalSecondaryIndexes: GSIS.map((g) => ({
    IndexName: g.name,
    KeySchema: [
      { AttributeName: g.pk, KeyType: 'HASH' as const },
      { AttributeName: g.sk, KeyType: 'RANGE' as const },
    ],
    Projection: { ProjectionType: 'ALL' as const },
  })),
});
