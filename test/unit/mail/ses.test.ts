import {
  AccountSendingPausedException,
  MailFromDomainNotVerifiedException,
  MessageRejected,
  SendRawEmailCommand,
  SESClient,
} from '@aws-sdk/client-ses';
import { describe, expect, it } from 'vitest';
import { MailError } from '../../../lib/mail/errors';
import { createSesMailer, toMailError } from '../../../lib/mail/ses';

/** An SESClient whose `send` is replaced: records the command, then resolves or throws. */
const fakeClient = (behaviour: () => unknown) => {
  const sent: SendRawEmailCommand[] = [];
  const client = new SESClient({
    region: 'eu-west-2',
    credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
  });
  // Why the cast: we replace the overloaded `send` with a single-signature fake for the test.
  (client as unknown as { send: (c: SendRawEmailCommand) => Promise<unknown> }).send = async (c) => {
    sent.push(c);
    return behaviour();
  };
  return { client, sent };
};

const mail = {
  raw: Buffer.from('From: a@b.example\r\nTo: c@d.example\r\nSubject: x\r\n\r\nhi\r\n'),
  from: 'trustwatch@riverside-trust.example',
  destinations: ['principal@kingsmead.riverside-trust.example'],
};

const sdkError = (name: string, status: number, extra: Record<string, unknown> = {}): Error =>
  Object.assign(new Error(`${name}: something about principal@kingsmead.riverside-trust.example`), {
    name,
    $fault: status >= 500 ? 'server' : 'client',
    $metadata: { httpStatusCode: status },
    ...extra,
  });

describe('createSesMailer', () => {
  it('sends the raw bytes with Source and Destinations = the envelope', async () => {
    const { client, sent } = fakeClient(() => ({ MessageId: 'ses-123' }));
    const res = await createSesMailer(client, { configurationSetName: 'trustwatch' }).send(mail);
    expect(res).toEqual({ messageId: 'ses-123' });
    expect(sent).toHaveLength(1);
    const input = sent[0]?.input;
    expect(input?.Source).toBe(mail.from);
    expect(input?.Destinations).toEqual(mail.destinations);
    expect(Buffer.from(input?.RawMessage?.Data ?? new Uint8Array()).equals(mail.raw)).toBe(true);
    expect(input?.ConfigurationSetName).toBe('trustwatch');
  });

  it('refuses a bad envelope before calling SES', async () => {
    const { client, sent } = fakeClient(() => ({ MessageId: 'x' }));
    const mailer = createSesMailer(client);
    for (const bad of [
      { ...mail, destinations: [] },
      { ...mail, destinations: ['not an address'] },
      { ...mail, from: 'a@b.example\r\nBcc: x@evil.example' },
    ]) {
      const e = await mailer.send(bad).catch((err: unknown) => err);
      expect(e).toBeInstanceOf(MailError);
      expect((e as MailError).kind).toBe('invalid_address');
      expect((e as MailError).retryable).toBe(false);
    }
    expect(sent).toHaveLength(0);
  });

  it('treats a missing MessageId as a retryable failure', async () => {
    const { client } = fakeClient(() => ({}));
    const e = await createSesMailer(client)
      .send(mail)
      .catch((err: unknown) => err);
    expect(e).toMatchObject({ name: 'MailError', kind: 'unavailable', retryable: true });
  });

  it('maps SDK errors to typed, retryable-or-not MailErrors without copying their message', async () => {
    const cases: [unknown, string, boolean][] = [
      [sdkError('Throttling', 400, { $retryable: { throttling: true } }), 'throttled', true],
      [sdkError('Throttling', 400), 'throttled', true],
      [sdkError('TooManyRequestsException', 429), 'throttled', true],
      [sdkError('InternalFailure', 500), 'unavailable', true],
      [sdkError('ServiceUnavailable', 503), 'unavailable', true],
      [
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }),
        'network',
        true,
      ],
      [Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), 'network', true],
      [Object.assign(new Error('timed out'), { name: 'TimeoutError' }), 'network', true],
      [
        new MessageRejected({
          message: 'Email address is not verified: x@y.example',
          $metadata: { httpStatusCode: 400 },
        }),
        'rejected',
        false,
      ],
      [sdkError('InvalidParameterValue', 400), 'invalid_address', false],
      [
        new MailFromDomainNotVerifiedException({ message: 'no', $metadata: { httpStatusCode: 400 } }),
        'not_verified',
        false,
      ],
      [
        new AccountSendingPausedException({ message: 'paused', $metadata: { httpStatusCode: 400 } }),
        'sending_paused',
        false,
      ],
      [sdkError('AccessDenied', 403), 'rejected', false],
      [new TypeError('x is not a function'), 'unknown', false],
    ];
    for (const [err, kind, retryable] of cases) {
      const { client } = fakeClient(() => {
        throw err;
      });
      const e = await createSesMailer(client)
        .send(mail)
        .catch((x: unknown) => x);
      expect(e, String(err)).toBeInstanceOf(MailError);
      const m = e as MailError;
      expect([m.kind, m.retryable], String(err)).toEqual([kind, retryable]);
      expect(m.cause).toBe(err);
      expect(m.message).not.toMatch(/@/);
    }
  });

  it('passes a MailError through unchanged', () => {
    const e = new MailError('rejected', false, 'x');
    expect(toMailError(e)).toBe(e);
  });
});
