/**
 * Operations notices raised where no mail code is bundled (the poll functions) are queued in the store
 * and sent by the next notify run (lib/app/operations.ts): on dynalite and SES local.
 *
 * Asserted: a notice is queued once per id; notify sends it once to the operations contact and takes
 * it out of the queue; a send that fails with a retryable error keeps it queued until a later run
 * delivers it; a notice due later is not sent early.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { operationsNotice, queueingNotices } from '../../lib/app/operations';
import { runNotify } from '../../lib/app/notify';
import type { Mailer, OutgoingMail } from '../../lib/app/ports';
import { createComposer } from '../../lib/mail/compose';
import { MailError } from '../../lib/mail/errors';
import { createSesMailer } from '../../lib/mail/ses';
import { startLocalDynamo } from '../../lib/local/dynamo';
import type { LocalDynamo } from '../../lib/local/dynamo';
import { startLocalSes } from '../../lib/local/ses';
import type { LocalSes } from '../../lib/local/ses';
import { silentObs } from '../../lib/obs/log';
import { DynamoStore } from '../../lib/store/dynamo-store';
import { BASE, KEY, exampleConfig } from '../unit/mail/helpers';

const config = exampleConfig();
let db: LocalDynamo;
let ses: LocalSes;
let now = Date.parse('2026-11-18T09:00:00Z');
const clock = { now: () => now };

beforeAll(async () => {
  db = await startLocalDynamo();
  ses = await startLocalSes();
});
afterAll(async () => {
  await ses.close();
  await db.close();
});
beforeEach(async () => {
  await ses.clear();
});

const storeOn = (tableName: string) => new DynamoStore(db.doc, { tableName, postsDays: 30, flagsDays: 365 });

const notifyDeps = (store: DynamoStore, mailer: Mailer) => ({
  config,
  store,
  clock,
  obs: silentObs(),
  mailer,
  composer: createComposer({ config, clock, actionSecret: KEY, actionBaseUrl: BASE }),
});

const notice = (id: string) =>
  operationsNotice(config, id, 'TrustWatch cannot read X: the credentials were rejected', [
    'X answered 401 to TrustWatch.',
  ]);

describe('queued operations notices', () => {
  it('are queued once per id and sent once by notify, to the operations contact', async () => {
    const store = storeOn(db.tableName);
    const queue = queueingNotices(store, clock);
    expect(await queue(notice('x-auth:2026-11-18'))).toBe(true);
    expect(await queue(notice('x-auth:2026-11-18'))).toBe(false);

    const deps = notifyDeps(store, createSesMailer(ses.client));
    const first = await runNotify(deps);
    expect(first.notices).toBe(1);
    const got = await ses.received();
    expect(got).toHaveLength(1);
    expect(got[0]?.destination.to.join(',')).toContain(config.trust.operations.email);
    expect(got[0]?.subject).toContain('credentials were rejected');

    expect(await store.noticesDue(new Date(now).toISOString())).toEqual([]);
    const second = await runNotify(deps);
    expect(second.notices).toBe(0);
    expect(await ses.received()).toHaveLength(1);
  });

  it('stay queued while sending fails, and go out on a later run', async () => {
    const store = storeOn(db.tableName);
    await queueingNotices(store, clock)(notice('x-budget:2026-11:warn'));
    let failing = true;
    const real = createSesMailer(ses.client);
    const flaky: Mailer = {
      send: (mail: OutgoingMail) =>
        failing ? Promise.reject(new MailError('throttled', true, 'Throttling')) : real.send(mail),
    };
    const deps = notifyDeps(store, flaky);
    expect((await runNotify(deps)).notices).toBe(0);
    expect(await store.noticesDue(new Date(now).toISOString())).toHaveLength(1);

    failing = false;
    now += 2 * 60 * 60_000; // past the delivery's backoff
    expect((await runNotify(deps)).notices).toBe(1);
    expect(await ses.received()).toHaveLength(1);
    expect(await store.noticesDue(new Date(now).toISOString())).toEqual([]);
  });

  it('are not sent before they are due', async () => {
    const store = storeOn(db.tableName);
    const later = new Date(now + 60 * 60_000).toISOString();
    await store.queueNotice(notice('x-missing:oldhandle:2900'), later);
    expect(await store.noticesDue(new Date(now).toISOString())).toEqual([]);
    expect((await runNotify(notifyDeps(store, createSesMailer(ses.client)))).notices).toBe(0);
    expect(await ses.received()).toHaveLength(0);
    const due = await store.noticesDue(later);
    expect(due.map((n) => n.id)).toEqual(['x-missing:oldhandle:2900']);
  });
});
