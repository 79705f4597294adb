/**
 * Signed, expiring action links (DESIGN.md "Function URL → actions").
 *
 * An alert email carries one link per action (acknowledge, false positive, removal requested, declare a
 * hold; lift a hold in hold notices). Each link is personal: it names the flag, the action, the
 * recipient's address, an expiry and a nonce, and is signed with HMAC-SHA256 under a key the caller
 * loads from Secrets Manager. Nothing else is trusted: the actions function verifies the token and acts
 * on the claims inside it, never on other query parameters, and the link never carries a return URL, so
 * it cannot be turned into an open redirect.
 *
 * Token format (URL-safe, no padding, fits a query parameter without encoding):
 *
 *   v1.<payload>.<signature>
 *   payload   = base64url(JSON {"f": flagId, "a": action, "r": email, "e": expiry (epoch seconds),
 *                               "n": nonce, "h"?: holdId})
 *   signature = base64url(HMAC-SHA256(K, "v1." + payload))      32 bytes → 43 characters
 *   K         = HMAC-SHA256(secret, "trustwatch/action-links/v1")  (domain separation: the same secret
 *               can sign nothing else that verifies here)
 *
 * Verification order: shape (→ malformed), signature with `timingSafeEqual` against every accepted key
 * (→ bad_signature; rotation passes [current, previous]), claims via zod (→ unknown_action when the
 * action name is not one we know, malformed when anything else is off), then expiry (→ expired). The
 * payload is only parsed after the signature has been checked.
 *
 * REPLAY CONTRACT (the caller's job, because it needs the store): GET never changes anything (mail
 * scanners follow links), so a GET only verifies and shows the confirm page. On POST the caller must,
 * after `verifyAction` succeeds, record the claims' `nonce` as used with a conditional write
 * (`attribute_not_exists`, TTL = the token's expiry) and refuse a second use (`renderErrorPage('used')`,
 * or the result page with "already done" for idempotent actions such as acknowledge). The default nonce
 * is derived from the other claims (HMAC, so it is not guessable), which makes a re-sent email's link the
 * same token as the first one; pass your own (e.g. `randomBytes(12)`) if every signing must be distinct.
 *
 * Tokens are credentials: do not log them or the URLs that carry them. They are signed, not encrypted:
 * the recipient's address inside is readable by whoever holds the link (who received it by email).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import * as z from '../zod';
import type { Flag, Recipient } from '../domain/flag';

export const ACTIONS = [
  'acknowledge',
  'false_positive',
  'removal_requested',
  'declare_hold',
  'lift_hold',
] as const;
export type ActionName = (typeof ACTIONS)[number];
export const ActionNameSchema = z.enum(ACTIONS);

/** The actions an alert email can offer (lift_hold lives in hold notices, with a hold id). */
export type AlertAction = Exclude<ActionName, 'lift_hold'>;

/** Query parameter (GET) and form field (POST) that carry the token. */
export const TOKEN_PARAM = 't';

/** A sensible default lifetime: long enough for a weekend and a half-term Monday. */
export const DEFAULT_LINK_TTL_MS = 7 * 24 * 60 * 60 * 1000;

const TOKEN_VERSION = 'v1';
const MAX_TOKEN_LENGTH = 2048;
const B64URL = /^[A-Za-z0-9_-]+$/;

/** What a verified token says. `expiresAt` is epoch milliseconds (whole seconds on the wire). */
export interface ActionClaims {
  flagId: string;
  action: ActionName;
  /** The recipient the link was made for, lower-cased. */
  email: string;
  expiresAt: number;
  nonce: string;
  /** lift_hold only: the hold to lift. */
  holdId?: string;
}

export type VerifyFailure = 'malformed' | 'bad_signature' | 'expired' | 'unknown_action';
export type VerifyResult = { ok: true; claims: ActionClaims } | { ok: false; reason: VerifyFailure };

export type ActionLinkErrorKind = 'weak_key' | 'invalid_claims' | 'invalid_base_url';

/** Thrown by the signing side for programming/config errors (verification never throws). */
export class ActionLinkError extends Error {
  override readonly name = 'ActionLinkError';
  constructor(
    readonly kind: ActionLinkErrorKind,
    message: string,
  ) {
    super(message);
  }
}

/** A signing secret: raw bytes, or a string used as UTF-8 bytes. At least 32 bytes. */
export type ActionKey = Buffer | Uint8Array | string;

const MIN_KEY_BYTES = 32;

const deriveKey = (secret: ActionKey): Buffer => {
  const bytes = typeof secret === 'string' ? Buffer.from(secret, 'utf8') : Buffer.from(secret);
  if (bytes.length < MIN_KEY_BYTES)
    throw new ActionLinkError('weak_key', `action-link key must be at least ${MIN_KEY_BYTES} bytes`);
  return createHmac('sha256', bytes).update('trustwatch/action-links/v1').digest();
};

const b64url = (buf: Buffer): string => buf.toString('base64url');

const mac = (key: Buffer, payload: string): Buffer =>
  createHmac('sha256', key).update(`${TOKEN_VERSION}.${payload}`).digest();

/** The wire claims, short keys. `a` is validated separately so an unknown action has its own reason. */
const WireShape = z.object({ a: z.string() });
const WireClaims = z.strictObject({
  f: z.string().check(z.minLength(1), z.maxLength(256)),
  a: ActionNameSchema,
  r: z.email().check(z.maxLength(320)),
  e: z.int().check(z.positive()),
  n: z.string().check(z.regex(B64URL), z.minLength(8), z.maxLength(64)),
  h: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
});
type Wire = z.infer<typeof WireClaims>;

const SignInput = z
  .object({
    flagId: z.string().check(z.minLength(1), z.maxLength(256)),
    action: ActionNameSchema,
    email: z.email().check(z.maxLength(320)),
    /** Epoch ms; rounded up to whole seconds. */
    expiresAt: z.int().check(z.positive()),
    nonce: z.optional(z.string().check(z.regex(B64URL), z.minLength(8), z.maxLength(64))),
    holdId: z.optional(z.string().check(z.minLength(1), z.maxLength(256))),
  })
  .check(
    z.refine((v) => (v.action === 'lift_hold') === (v.holdId !== undefined), {
      message: 'holdId is required for lift_hold and only for lift_hold',
    }),
  );
export type SignActionInput = z.input<typeof SignInput>;

/** Sign one action for one recipient. Throws ActionLinkError on bad input or a short key. */
export const signAction = (input: SignActionInput, secret: ActionKey): string => {
  const parsed = SignInput.safeParse(input);
  if (!parsed.success)
    throw new ActionLinkError(
      'invalid_claims',
      `cannot sign action link: ${parsed.error.issues[0]?.message ?? ''}`,
    );
  const v = parsed.data;
  const key = deriveKey(secret);
  const base = {
    f: v.flagId,
    a: v.action,
    r: v.email.toLowerCase(),
    e: Math.ceil(v.expiresAt / 1000),
    ...(v.holdId !== undefined ? { h: v.holdId } : {}),
  };
  const nonce =
    v.nonce ??
    b64url(
      createHmac('sha256', key)
        .update(`nonce.${JSON.stringify(base)}`)
        .digest()
        .subarray(0, 12),
    );
  const wire: Wire = { ...base, n: nonce };
  const payload = b64url(Buffer.from(JSON.stringify(wire), 'utf8'));
  return `${TOKEN_VERSION}.${payload}.${b64url(mac(key, payload))}`;
};

/**
 * Check a token. Never throws (a short key is a configuration error and does throw). `now` is epoch ms;
 * the token is valid while now < expiresAt. `secret` may be a list (current key first) during rotation.
 */
export const verifyAction = (
  token: unknown,
  secret: ActionKey | readonly ActionKey[],
  now: number,
): VerifyResult => {
  const secrets: readonly ActionKey[] =
    typeof secret === 'string' || secret instanceof Uint8Array ? [secret] : secret;
  const keys = secrets.map(deriveKey);
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH)
    return { ok: false, reason: 'malformed' };
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [version, payload, sig] = parts as [string, string, string];
  if (version !== TOKEN_VERSION || !B64URL.test(payload) || !B64URL.test(sig))
    return { ok: false, reason: 'malformed' };
  const given = Buffer.from(sig, 'base64url');
  // Re-encoding must give back the same text: rejects non-canonical base64 (trailing bits set).
  if (given.length !== 32 || b64url(given) !== sig) return { ok: false, reason: 'malformed' };

  let signed = false;
  for (const key of keys) if (timingSafeEqual(mac(key, payload), given)) signed = true;
  if (!signed) return { ok: false, reason: 'bad_signature' };

  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const shape = WireShape.safeParse(json);
  if (!shape.success) return { ok: false, reason: 'malformed' };
  if (!(ACTIONS as readonly string[]).includes(shape.data.a)) return { ok: false, reason: 'unknown_action' };
  const wire = WireClaims.safeParse(json);
  if (!wire.success) return { ok: false, reason: 'malformed' };
  const w = wire.data;
  if ((w.a === 'lift_hold') !== (w.h !== undefined)) return { ok: false, reason: 'malformed' };
  const expiresAt = w.e * 1000;
  if (!(now < expiresAt)) return { ok: false, reason: 'expired' };
  return {
    ok: true,
    claims: {
      flagId: w.f,
      action: w.a,
      email: w.r,
      expiresAt,
      nonce: w.n,
      ...(w.h !== undefined ? { holdId: w.h } : {}),
    },
  };
};

const isLoopback = (host: string): boolean =>
  host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);

/**
 * The link for a token: the actions Function URL with `?t=<token>` and nothing else (any query or
 * fragment on the base is dropped). https only, except http on loopback for the local runtime.
 */
export const buildActionUrl = (baseUrl: string, token: string): string => {
  let u: URL;
  try {
    u = new URL(baseUrl);
  } catch {
    throw new ActionLinkError('invalid_base_url', 'action base URL is not a URL');
  }
  const okScheme = u.protocol === 'https:' || (u.protocol === 'http:' && isLoopback(u.hostname));
  if (!okScheme || u.username !== '' || u.password !== '')
    throw new ActionLinkError('invalid_base_url', 'action base URL must be https (http only on loopback)');
  u.search = '';
  u.hash = '';
  u.searchParams.set(TOKEN_PARAM, token);
  return u.href;
};

/** Which actions an alert about this flag offers, in the order the buttons appear. */
export const alertActions = (flag: Pick<Flag, 'kind' | 'post' | 'details'>): AlertAction[] => {
  const out: AlertAction[] = ['acknowledge'];
  const factual = flag.kind === 'register_gap' || flag.kind === 'takedown_overdue';
  const removable =
    flag.post !== undefined &&
    flag.kind !== 'takedown_overdue' &&
    flag.kind !== 'volume_spike' &&
    flag.kind !== 'unapproved_account';
  if (removable) out.push('removal_requested');
  const pileOn = flag.kind === 'disparaging' && flag.details?.['pileOn'] === true;
  if (flag.kind === 'volume_spike' || flag.kind === 'threat' || pileOn) out.push('declare_hold');
  if (!factual) out.push('false_positive');
  return out;
};

/** Signed URLs for the actions an alert shows, for one recipient. */
export type ActionLinks = { acknowledge: string } & Partial<Record<AlertAction, string>>;

export interface SignLinksInput {
  flag: Pick<Flag, 'id' | 'kind' | 'post' | 'details'>;
  recipient: Pick<Recipient, 'email'>;
  secret: ActionKey;
  baseUrl: string;
  /** Epoch ms. */
  expiresAt: number;
  /** Optional nonce source per action (default: derived, see the module comment). */
  nonce?: (action: AlertAction) => string;
}

/** Sign every action `alertActions(flag)` offers, for this recipient. */
export const signActionLinks = (input: SignLinksInput): ActionLinks => {
  const url = (action: AlertAction): string =>
    buildActionUrl(
      input.baseUrl,
      signAction(
        {
          flagId: input.flag.id,
          action,
          email: input.recipient.email,
          expiresAt: input.expiresAt,
          ...(input.nonce ? { nonce: input.nonce(action) } : {}),
        },
        input.secret,
      ),
    );
  const links: ActionLinks = { acknowledge: url('acknowledge') };
  for (const a of alertActions(input.flag)) if (a !== 'acknowledge') links[a] = url(a);
  return links;
};
