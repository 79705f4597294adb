/**
 * The Mailer on Amazon SES (v1 API, SendRawEmail): the MIME bytes go as they are, `Source` is the
 * envelope sender and `Destinations` the envelope recipients. Envelope ≠ headers is how each recipient
 * gets their own copy (their own signed links) while the To/Cc headers list everyone the flag went to.
 *
 * Failures become MailError with `retryable`:
 *   retryable      Throttling ("Maximum sending rate exceeded", "Daily message quota exceeded"),
 *                  any 5xx / server fault, network errors (refused, reset, DNS, timeouts)
 *   not retryable  MessageRejected, invalid addresses (InvalidParameterValue), unverified From/MAIL FROM,
 *                  paused sending, missing configuration set, any other 4xx, anything unrecognised
 * The SDK's own retries (`maxAttempts` on the client) run first; this is what is left afterwards.
 * A daily quota error is treated as retryable: the outbox backs off up to an hour and tries again.
 */
import { SendRawEmailCommand } from '@aws-sdk/client-ses';
import type { SESClient } from '@aws-sdk/client-ses';
import * as z from '../zod';
import type { Mailer, OutgoingMail } from '../app/ports';
import { MailError } from './errors';
import type { MailErrorKind } from './errors';

/** SES v1 limits: 10 MB per raw message (after base64), 50 envelope recipients per call. */
const MAX_RAW_BYTES = Math.floor((10 * 1024 * 1024 * 3) / 4);
const MAX_DESTINATIONS = 50;

const Envelope = z.object({
  from: z.email(),
  destinations: z.array(z.email()).check(z.minLength(1), z.maxLength(MAX_DESTINATIONS)),
});

const THROTTLE_NAMES = new Set([
  'Throttling',
  'ThrottlingException',
  'TooManyRequestsException',
  'RequestThrottled',
  'RequestLimitExceeded',
  'SlowDown',
]);
const NOT_VERIFIED = new Set(['MailFromDomainNotVerifiedException', 'FromEmailAddressNotVerifiedException']);
const PAUSED = new Set(['AccountSendingPausedException', 'ConfigurationSetSendingPausedException']);
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'ENETDOWN',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
]);
const NETWORK_NAMES = new Set([
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
  'NetworkingError',
]);

interface SdkLikeError {
  name?: unknown;
  code?: unknown;
  $fault?: unknown;
  $metadata?: { httpStatusCode?: unknown };
  /** Set by the SDK on errors its model marks retryable: `{ throttling?: boolean }`. */
  $retryable?: unknown;
  cause?: unknown;
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Map whatever the SDK threw to a MailError. Exported for tests and for other SES callers. */
export const toMailError = (err: unknown): MailError => {
  if (err instanceof MailError) return err;
  const e = (typeof err === 'object' && err !== null ? err : {}) as SdkLikeError;
  const name = str(e.name) ?? 'Error';
  const code = str(e.code) ?? str((e.cause as SdkLikeError | undefined)?.code);
  const status = typeof e.$metadata?.httpStatusCode === 'number' ? e.$metadata.httpStatusCode : undefined;
  const details = { provider: name, ...(status !== undefined ? { status } : {}), cause: err };
  const make = (kind: MailErrorKind, retryable: boolean): MailError =>
    new MailError(
      kind,
      retryable,
      `SES send failed: ${kind} (${name}${status !== undefined ? ` ${status}` : ''})`,
      details,
    );

  const retryHint = (typeof e.$retryable === 'object' && e.$retryable !== null ? e.$retryable : undefined) as
    { throttling?: unknown } | undefined;
  if (THROTTLE_NAMES.has(name) || status === 429 || retryHint?.throttling === true)
    return make('throttled', true);
  if (NETWORK_NAMES.has(name) || (code !== undefined && NETWORK_CODES.has(code)))
    return make('network', true);
  if (name === 'MessageRejected') return make('rejected', false);
  if (name === 'InvalidParameterValue' || name === 'InvalidParameterValueException')
    return make('invalid_address', false);
  if (NOT_VERIFIED.has(name)) return make('not_verified', false);
  if (PAUSED.has(name)) return make('sending_paused', false);
  if ((status !== undefined && status >= 500) || e.$fault === 'server' || retryHint !== undefined)
    return make('unavailable', true);
  if (status !== undefined && status >= 400) return make('rejected', false);
  if (name === 'AbortError') return make('network', true);
  return make('unknown', false);
};

export interface SesMailerOptions {
  /** SES configuration set (event publishing, reputation metrics). */
  configurationSetName?: string;
}

export const createSesMailer = (client: SESClient, opts: SesMailerOptions = {}): Mailer => ({
  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const env = Envelope.safeParse({ from: mail.from, destinations: mail.destinations });
    if (!env.success) throw new MailError('invalid_address', false, 'invalid envelope sender or recipients');
    if (mail.raw.length === 0) throw new MailError('invalid_message', false, 'empty message');
    if (mail.raw.length > MAX_RAW_BYTES)
      throw new MailError('rejected', false, 'message larger than SES allows');
    let out;
    try {
      out = await client.send(
        new SendRawEmailCommand({
          Source: env.data.from,
          Destinations: env.data.destinations,
          RawMessage: { Data: mail.raw },
          ...(opts.configurationSetName ? { ConfigurationSetName: opts.configurationSetName } : {}),
        }),
      );
    } catch (err) {
      throw toMailError(err);
    }
    if (!out.MessageId)
      throw new MailError('unavailable', true, 'SES accepted the call but returned no MessageId');
    return { messageId: out.MessageId };
  },
});
