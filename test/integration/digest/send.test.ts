/**
 * Sending the COO digest through SES local when SES fails for a while: the scheduled re-runs that
 * day (infra/schedules.ts, lib/app/digest.ts `digestRetryHours`) deliver it within the hour, once
 * per recipient, and a run after that sends nothing new. Found by the full reliability matrix: with a
 * single weekly run, a throttled SES at 07:30 lost the week's digest.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { digestRetryHours, nextDigestSlot, runDigest } from '../../../lib/app/digest';
import type { Mailer, OutgoingMail } from '../../../lib/app/ports';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import { startLocalDynamo } from '../../../lib/local/dynamo';
import type { LocalDynamo } from '../../../lib/local/dynamo';
import { startLocalSes } from '../../../lib/local/ses';
import type { LocalSes } from '../../../lib/local/ses';
import { MailError } from '../../../lib/mail/errors';
import { createSesMailer } from '../../../lib/mail/ses';
import { silentObs } from '../../../lib/obs/log';
import { DynamoStore } from '../../../lib/store/dynamo-store';

let config: Config;
let db: LocalDynamo;
let ses: LocalSes;

beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
  db = await startLocalDynamo();
  ses = await startLocalSes();
});
afterAll(async () => {
  await ses.close();
  await db.close();
});

describe('the digest under an SES outage', () => {
  it('is re-run hourly on its day, and goes out once SES recovers', async () => {
    expect(digestRetryHours(config)).toBeGreaterThanOrEqual(1);
    const store = new DynamoStore(db.doc, { tableName: db.tableName, postsDays: 30, flagsDays: 365 });
    let now = nextDigestSlot(config, Date.parse('2026-11-20T12:00:00Z'));
    let sesDown = true;
    const real = createSesMailer(ses.client);
    const tried: string[] = [];
    const mailer: Mailer = {
      send: (mail: OutgoingMail) => {
        tried.push(/^Message-ID:\s*(<[^>]+>)/im.exec(mail.raw.toString())?.[1] ?? '');
        return sesDown ? Promise.reject(new MailError('throttled', true, 'Throttling')) : real.send(mail);
      },
    };
    const deps = { config, store, clock: { now: () => now }, obs: silentObs(), mailer };

    const first = await runDigest(deps);
    expect(first.sent).toBe(0);
    expect(first.outcomes.every((o) => o.outcome === 'retry_later')).toBe(true);

    sesDown = false;
    now += 3_600_000; // the next scheduled run that day
    const second = await runDigest(deps);
    expect(second.week).toBe(first.week);
    expect(second.sent).toBe(second.outcomes.length);
    const got = await ses.received();
    expect(got).toHaveLength(second.outcomes.length);
    expect(got.every((m) => m.subject.includes('digest') || m.subject.includes('Digest'))).toBe(true);

    // Built again an hour later, it is still the same message to a mail client (one id per week).
    expect(new Set(tried).size).toBe(1);
    expect(tried[0]).toMatch(/^<tw\.digest\./);

    now += 3_600_000;
    const third = await runDigest(deps);
    expect(third.sent).toBe(0);
    expect(await ses.received()).toHaveLength(second.outcomes.length);
  });
});
