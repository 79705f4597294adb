/**
 * Typed mail failures. Every error from building or sending a message is a MailError that says whether
 * retrying can help, so the outbox (lib/app/deliver) retries throttling and outages with backoff and
 * abandons at once what SES will never accept (and tells a person).
 *
 * The message is a fixed description built from the error's kind and the provider's error name; the
 * provider's own message (which can contain an address) is only kept as `cause`, never copied, so
 * logging `name`/`kind`/`message` cannot leak a recipient.
 */
export type MailErrorKind =
  | 'throttled' // SES sending rate or quota: retryable
  | 'unavailable' // SES 5xx: retryable
  | 'network' // connection refused/reset, DNS, timeout: retryable
  | 'rejected' // MessageRejected and other permanent 4xx: not retryable
  | 'invalid_address' // an address SES or our validation refuses: not retryable
  | 'not_verified' // From / MAIL FROM domain not verified in SES: not retryable (configuration)
  | 'sending_paused' // account or configuration set paused: not retryable until a person acts
  | 'invalid_message' // the message could not be built (bad input): not retryable
  | 'unknown'; // anything else: not retryable (an unexpected error would fail the same way again)

export class MailError extends Error {
  override readonly name = 'MailError';
  constructor(
    readonly kind: MailErrorKind,
    readonly retryable: boolean,
    message: string,
    readonly details: { provider?: string; status?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause !== undefined ? { cause: details.cause } : undefined);
  }
}

export const isMailError = (e: unknown, kind?: MailErrorKind): e is MailError =>
  e instanceof MailError && (kind === undefined || e.kind === kind);
