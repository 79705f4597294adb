/**
 * Data protection, end to end, on the CI slice of the demo week (Tue 17 Nov 12:00 → Thu 19 Nov 12:00,
 * the threat, the pile-on and storm, the hold), run on the embedded runtime by the reliability harness
 * with every log line captured (createStreamObs):
 *
 *   - no log line holds any 20-character run of any post's text, nor any email address;
 *   - every post record and every flag carries a `ttl` (DynamoDB TTL, epoch seconds) set from the
 *     config's retention, read back from dynalite's files: post = captured time + postsDays, flag =
 *     raised time + flagsDays (a non-default retention, so the setting is really what is used);
 *   - every other item that holds personal data (an address, a name, post text) expires too; a posting
 *     hold once it has ended (while in force it must be kept: it stops official posts).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sentimentIndex } from '../../../lib/app/sentiment';
import { classify } from '../../../lib/classify';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import { buildRiversideWeek } from '../../../lib/local/demo/riverside-week';
import { startLocalDynamo } from '../../../lib/local/dynamo';
import { createStreamObs } from '../../../lib/obs/log';
import { DynamoStore } from '../../../lib/store/dynamo-store';
import { runHarness, sliceWindow } from '../../../lib/reliability/harness';
import type { RunRecord } from '../../../lib/reliability/harness';
import { EMAIL, findLeaks } from '../../../lib/reliability/leaks';

const DAY_S = 86_400;
const FROM = '2026-11-17T12:00:00Z';
const TO = '2026-11-19T12:00:00Z';
let config: Config;
let dir: string;
let run: RunRecord;
const lines: string[] = [];
const items: Record<string, unknown>[] = [];

beforeAll(async () => {
  const base = await loadConfigFile('config/riverside.yaml');
  config = { ...base, retention: { postsDays: 31, flagsDays: 183 } };
  dir = await mkdtemp(join(tmpdir(), 'tw-logs-'));
  run = await runHarness({
    config,
    scenario: sliceWindow(buildRiversideWeek(), FROM, TO, config.schedule.pollMinutes * 60_000),
    classify,
    sentiment: sentimentIndex,
    obs: createStreamObs((l) => lines.push(l), { level: 'debug' }),
    linkKey: 'reliability-logs-test-key-0123456789abcdef',
    actionsBaseUrl: 'http://127.0.0.1:8788/a',
    workDir: dir,
    drainUntil: Date.parse(TO) + 5 * 3_600_000,
    digest: false,
  });
  // Read everything back from dynalite's files (a scan is fine in a test: TrustWatch never scans).
  const db = await startLocalDynamo({ path: join(dir, 'db') });
  try {
    let start: Record<string, unknown> | undefined;
    do {
      const out = await db.doc.send(new ScanCommand({ TableName: db.tableName, ExclusiveStartKey: start }));
      items.push(...(out.Items ?? []));
      start = out.LastEvaluatedKey;
    } while (start);
  } finally {
    await db.close();
  }
}, 300_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const kindOf = (item: Record<string, unknown>): string => String(item['pk']).split('#')[0] ?? '';

describe('logs of the CI slice of the demo week', () => {
  it('were captured (the run did something)', () => {
    expect(run.posts.size).toBeGreaterThan(100);
    expect(run.submissions.length).toBeGreaterThan(20);
    expect(lines.length).toBeGreaterThan(500);
  });

  it('hold no post text and no email address', () => {
    const leaks = findLeaks(
      lines,
      buildRiversideWeek().posts.map((p) => p.text),
    );
    expect(leaks.examples).toEqual([]);
    expect(leaks.postText).toBe(0);
    expect(leaks.emails).toBe(0);
  });

  it('would catch a leak (the check is not vacuous)', () => {
    const post = buildRiversideWeek().posts[0]?.text ?? '';
    const planted = [
      JSON.stringify({ message: 'oops', kind: post.slice(3, 40) }),
      JSON.stringify({ message: 'oops', status: 'to dsl@brookside.riverside-trust.example' }),
    ];
    const leaks = findLeaks(planted, [post]);
    expect(leaks.postText).toBe(1);
    expect(leaks.emails).toBe(1);
  });
});

describe('retention (TTL) read back from dynalite', () => {
  it('is set on every post from retention.postsDays after it was captured', () => {
    const posts = items.filter((i) => kindOf(i) === 'POST');
    expect(posts.length).toBe(run.posts.size);
    for (const p of posts)
      expect(p['ttl'], String(p['pk'])).toBe(
        Math.floor(Date.parse(String(p['capturedAt'])) / 1000) + 31 * DAY_S,
      );
  });

  it('is set on every flag from retention.flagsDays after it was raised', () => {
    const flags = items.filter((i) => kindOf(i) === 'FLAG');
    expect(flags.length).toBe(run.flags.size);
    for (const f of flags)
      expect(f['ttl'], String(f['pk'])).toBe(
        Math.floor(Date.parse(String(f['createdAt'])) / 1000) + 183 * DAY_S,
      );
  });

  it('is set on every item that holds an address, a name or post text (a hold: once it ends)', () => {
    const start = Date.parse(FROM) / 1000;
    const end = Date.parse(TO) / 1000 + DAY_S;
    const personal = items.filter((i) => {
      const json = JSON.stringify(i);
      return EMAIL.test(json) || ['POST', 'FLAG', 'MAIL', 'DAY', 'USER'].includes(kindOf(i));
    });
    // A hold in force is kept while it is in force (it must stop official posts); it expires from its end.
    const inForce = (i: Record<string, unknown>) =>
      kindOf(i) === 'HOLD' && i['endedAt'] === undefined && i['until'] === undefined;
    expect(personal.some(inForce)).toBe(true);
    const missing = personal
      .filter((i) => typeof i['ttl'] !== 'number' && !inForce(i))
      .map((i) => String(i['pk']));
    expect(missing).toEqual([]);
    // And none is kept longer than the longest retention setting.
    for (const i of personal.filter((x) => !inForce(x))) {
      const ttl = Number(i['ttl']);
      expect(ttl, String(i['pk'])).toBeGreaterThan(start);
      expect(ttl, String(i['pk'])).toBeLessThanOrEqual(end + 183 * DAY_S);
    }
  });
});

describe('a posting hold', () => {
  it('expires with the flags retention counted from when it was lifted', async () => {
    const db = await startLocalDynamo();
    try {
      const store = new DynamoStore(db.doc, { tableName: db.tableName, postsDays: 31, flagsDays: 183 });
      const hold = {
        id: 'oakfield-test',
        scope: 'oakfield',
        reason: 'pile-on',
        declaredBy: 'principal@oakfield.riverside-trust.example',
        declaredAt: '2026-11-19T10:15:00.000Z',
        startsAt: '2026-11-19T10:15:00.000Z',
      };
      await store.putHold(hold);
      await store.putHold({ ...hold, id: 'planned', until: '2026-11-20T18:00:00.000Z' });
      await store.endHold(
        'oakfield-test',
        '2026-11-20T16:00:00.000Z',
        'principal@oakfield.riverside-trust.example',
      );
      const ttl = async (id: string) =>
        (
          await db.doc.send(
            new GetCommand({ TableName: db.tableName, Key: { pk: `HOLD#${id}`, sk: 'HOLD' } }),
          )
        ).Item?.['ttl'];
      expect(await ttl('oakfield-test')).toBe(Date.parse('2026-11-20T16:00:00.000Z') / 1000 + 183 * DAY_S);
      expect(await ttl('planned')).toBe(Date.parse('2026-11-20T18:00:00.000Z') / 1000 + 183 * DAY_S);
    } finally {
      await db.close();
    }
  });
});
