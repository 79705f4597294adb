/**
 * Typed X failures. The X adapter turns every twitter-api-v2 error into one of these, so use cases can
 * decide per group: skip this cycle and keep the cursor (rate limit, outage, bad payload), raise the
 * budget alarm (usage cap), or tell the operations contact once (credentials).
 */
export type XErrorKind = 'rate_limited' | 'usage_cap' | 'auth' | 'unavailable' | 'bad_payload';

export class XError extends Error {
  override readonly name = 'XError';
  constructor(
    readonly kind: XErrorKind,
    message: string,
    readonly details: {
      endpoint?: string;
      status?: number;
      /** For rate_limited: when the window resets (epoch ms). */
      resetAt?: number;
      cause?: unknown;
    } = {},
  ) {
    super(message, details.cause !== undefined ? { cause: details.cause } : undefined);
  }
}

export const isXError = (e: unknown, kind?: XErrorKind): e is XError =>
  e instanceof XError && (kind === undefined || e.kind === kind);
