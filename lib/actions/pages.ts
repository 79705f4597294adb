/**
 * The small web pages the actions Function URL returns.
 *
 *   GET  ?t=<token>  → verify → `renderConfirmPage`: what the button will do, the alert it is about, and
 *                      a POST form carrying the token with one big button. GET never changes anything:
 *                      mail scanners and link previewers open every link in an email.
 *   POST t=<token>   → verify, check the nonce is unused, act → `renderResultPage`
 *   any failure      → `renderErrorPage(reason)` with a 4xx status (503 for "try again")
 *
 * Each renderer returns `{ status, headers, body }` ready for a Function URL response. The pages are
 * self-contained (no script at all, no external anything; styles in one <style> element, allowed by
 * `style-src 'unsafe-inline'`), readable at 375 px, and sent with a strict Content-Security-Policy,
 * `Referrer-Policy: no-referrer` (the URL holds a token; the page links to x.com) and `no-store`.
 * Error pages say as little as is useful: invalid, tampered and unknown-action links get the same page
 * and status, so the page cannot be used to probe which check failed.
 *
 * All text is escaped through lib/mail/escape `markup`; the only link a page renders is the post on X
 * (x.com/twitter.com only) or, after a hold is declared, the lift link the caller signed.
 */
import type { Config } from '../config/schema';
import type { Flag, FlagStatus } from '../domain/flag';
import { KIND_LABEL } from '../domain/kinds';
import type { FindingKind, Severity } from '../domain/kinds';
import { excerpt, markup, raw, safeHttpUrl, safePostUrl } from '../mail/escape';
import type { HtmlValue, SafeHtml } from '../mail/escape';
import { formatTime, scopesName } from '../mail/format';
import { SEVERITY_COLOR, SEVERITY_WORD } from '../mail/layout';
import type { ActionClaims, ActionName, VerifyFailure } from './links';
import { TOKEN_PARAM } from './links';

export interface PageResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Content-Security-Policy for every page: nothing may load or run; only inline styles and same-origin forms. */
export const PAGE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

export const pageHeaders = (extra: Record<string, string> = {}): Record<string, string> => ({
  'Content-Type': 'text/html; charset=utf-8',
  'Content-Security-Policy': PAGE_CSP,
  'Cache-Control': 'no-store',
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'X-Robots-Tag': 'noindex, nofollow',
  ...extra,
});

/** What a page shows about the alert. Built with `summarizeFlag`; no pupil detail for safeguarding. */
export interface FlagSummary {
  kind: FindingKind;
  severity: Severity;
  /** Academy or trust name(s). */
  where: string;
  /** ISO time the flag was raised. */
  createdAt?: string;
  /** A short excerpt of the post (omitted for safeguarding). */
  excerpt?: string;
  status?: FlagStatus;
}

export const summarizeFlag = (flag: Flag, config: Config, excerptChars = 160): FlagSummary => ({
  kind: flag.kind,
  severity: flag.severity,
  where: scopesName(config, flag.scopes),
  createdAt: flag.createdAt,
  ...(flag.post && flag.kind !== 'safeguarding' ? { excerpt: excerpt(flag.post.text, excerptChars) } : {}),
  status: flag.status,
});

const PAGE_STYLE = `
:root{color-scheme:light dark}
*{box-sizing:border-box}
body{margin:0;padding:0;background:#eef0f3;color:#1f2937;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:17px;line-height:1.5;-webkit-text-size-adjust:100%}
main{max-width:560px;margin:0 auto;padding:16px 12px 32px}
.card{background:#ffffff;border-radius:10px;padding:18px;margin:0 0 12px;overflow-wrap:anywhere}
h1{font-size:23px;line-height:1.25;margin:0 0 10px}
p{margin:0 0 10px}
.muted{color:#4b5563;font-size:15px}
.chip{display:inline-block;padding:2px 9px;border-radius:10px;font-size:13px;font-weight:700;color:#ffffff;margin:0 6px 6px 0}
.quote{background:#f6f7f9;border-left:4px solid #d1d5db;padding:10px 12px;margin:10px 0;unicode-bidi:isolate}
.btn{display:block;width:100%;min-height:56px;padding:15px 16px;border:0;border-radius:10px;font-size:19px;font-weight:700;color:#ffffff;background:#1d4ed8;cursor:pointer;-webkit-appearance:none;appearance:none}
.btn.danger{background:#991b1b}
.btn.dark{background:#374151}
.btn.outline{background:#ffffff;color:#1f2937;border:2px solid #6b7280}
.btn:focus{outline:3px solid #f59e0b;outline-offset:2px}
a{color:#1d4ed8}
.ok{border-left:6px solid #166534}
.err{border-left:6px solid #991b1b}
@media (prefers-color-scheme:dark){
body{background:#111827;color:#e5e7eb}
.card{background:#1f2937}
.quote{background:#111827;border-left-color:#4b5563}
.muted{color:#9ca3af}
a{color:#93c5fd}
.btn.outline{background:#1f2937;color:#e5e7eb;border-color:#9ca3af}
}`;

const page = (title: string, content: SafeHtml): string =>
  markup`<!DOCTYPE html>
    <html lang="en-GB">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="referrer" content="no-referrer" />
        <meta name="robots" content="noindex, nofollow" />
        <meta name="format-detection" content="telephone=no" />
        <title>${title} – TrustWatch</title>
        <style>
          ${raw(PAGE_STYLE)}
        </style>
      </head>
      <body>
        <main>
          ${content}
          <p class="muted">TrustWatch</p>
        </main>
      </body>
    </html> `.value;

interface ActionText {
  title: string;
  what: (s: FlagSummary | undefined, opts: { takedownHours: number }) => string[];
  button: string;
  style: '' | 'danger' | 'dark' | 'outline';
  done: (s: FlagSummary | undefined, opts: { takedownHours: number }) => string;
}

const ACTION_TEXT: Record<ActionName, ActionText> = {
  acknowledge: {
    title: 'Acknowledge this alert',
    what: () => [
      'This records that you have seen the alert and are dealing with it.',
      'The others who received it will see it is in hand, and it will not be escalated.',
    ],
    button: 'Acknowledge',
    style: '',
    done: () => 'Acknowledged. The alert will not be escalated.',
  },
  false_positive: {
    title: 'Mark as a false positive',
    what: () => [
      'This records that the alert is wrong and closes it. Nothing is sent to anyone.',
      'It also helps tune TrustWatch, so fewer alerts like this are raised.',
    ],
    button: 'Yes, it is a false positive',
    style: 'outline',
    done: () => 'Marked as a false positive. The alert is closed.',
  },
  removal_requested: {
    title: 'Record that removal was requested',
    what: (_s, o) => [
      'Use this once you (or someone for you) have asked X or the author to take the post down.',
      `TrustWatch checks that it has gone. If it is still up after ${o.takedownHours} hours, the CEO is told (SUAT §11).`,
    ],
    button: 'Removal requested',
    style: 'dark',
    done: (_s, o) =>
      `Recorded. TrustWatch will check that the post is gone and tell the CEO if it is still up after ${o.takedownHours} hours.`,
  },
  declare_hold: {
    title: 'Declare a posting hold',
    what: (s) => [
      `No official account${s ? ` of ${s.where}` : ''} should post, reply or repost until the hold is lifted (CT §4.6).`,
      'The comms lead and the account admins are told now, and any post made during the hold is flagged.',
    ],
    button: 'Declare the hold',
    style: 'danger',
    done: (s) =>
      `A posting hold is now in force${s ? ` for ${s.where}` : ''}. The comms lead and account admins have been told.`,
  },
  lift_hold: {
    title: 'Lift the posting hold',
    what: () => ['Official accounts may post again. The comms lead and the account admins are told.'],
    button: 'Lift the hold',
    style: 'dark',
    done: () => 'The posting hold has been lifted. The comms lead and account admins have been told.',
  },
};

const summaryCard = (s: FlagSummary, timeZone: string, postUrl: string | undefined): SafeHtml => {
  const c = SEVERITY_COLOR[s.severity];
  const link = safePostUrl(postUrl);
  return markup`<div class="card">
    <p>
      <span class="chip" style="background:${c.bg};color:${c.fg};">${SEVERITY_WORD[s.severity]}</span
      ><strong>${KIND_LABEL[s.kind]}</strong> – ${s.where}
    </p>
    ${s.createdAt ? markup`<p class="muted">Flagged ${formatTime(s.createdAt, timeZone)}</p>` : ''}
    ${s.excerpt ? markup`<div class="quote" dir="auto">${s.excerpt}</div>` : ''}
    ${link ? markup`<p><a href="${link}" target="_blank" rel="noopener noreferrer">Open the post on X</a></p>` : ''}
  </div>`;
};

export interface ConfirmPageInput {
  claims: ActionClaims;
  /** The verified token, echoed into the form so the POST carries it. */
  token: string;
  flagSummary?: FlagSummary;
  postUrl?: string;
  timeZone?: string;
  takedownHours?: number;
}

/** GET: explain, then one POST button. Changes nothing. */
export const renderConfirmPage = (input: ConfirmPageInput): PageResponse => {
  const tz = input.timeZone ?? 'Europe/London';
  const opts = { takedownHours: input.takedownHours ?? 24 };
  const t = ACTION_TEXT[input.claims.action];
  const body = page(
    t.title,
    markup`<div class="card">
        <h1>${t.title}</h1>
        ${t.what(input.flagSummary, opts).map((l) => markup`<p>${l}</p>`)}
        <form method="post">
          <input type="hidden" name="${TOKEN_PARAM}" value="${input.token}" />
          <button type="submit" class="btn${t.style ? ` ${t.style}` : ''}">${t.button}</button>
        </form>
        <p class="muted" style="margin-top:12px;">
          Nothing has changed yet. If you did not mean to do this, close this page.
        </p>
        <p class="muted">
          Acting as ${input.claims.email}. This link works until ${formatTime(input.claims.expiresAt, tz)}.
        </p>
      </div>
      ${input.flagSummary ? summaryCard(input.flagSummary, tz, input.postUrl) : ''}`,
  );
  return { status: 200, headers: pageHeaders(), body };
};

export interface ResultPageInput {
  action: ActionName;
  /** `already_done`: the nonce was used before, or the flag was already in that state. */
  outcome: 'done' | 'already_done';
  /** Epoch ms when it was recorded. */
  at: number;
  flagSummary?: FlagSummary;
  postUrl?: string;
  timeZone?: string;
  takedownHours?: number;
  /** After declare_hold: the signed lift link (shown as a link to its own confirm page). */
  liftHoldUrl?: string;
}

/** After POST: what was recorded, and when. */
export const renderResultPage = (input: ResultPageInput): PageResponse => {
  const tz = input.timeZone ?? 'Europe/London';
  const opts = { takedownHours: input.takedownHours ?? 24 };
  const t = ACTION_TEXT[input.action];
  const lift = input.action === 'declare_hold' ? safeHttpUrl(input.liftHoldUrl) : undefined;
  const headline: HtmlValue =
    input.outcome === 'done'
      ? t.done(input.flagSummary, opts)
      : 'This was already recorded. Nothing more to do.';
  const body = page(
    input.outcome === 'done' ? 'Done' : 'Already done',
    markup`<div class="card ok">
        <h1>${input.outcome === 'done' ? 'Done' : 'Already done'}</h1>
        <p>${headline}</p>
        <p class="muted">
          ${input.outcome === 'done' ? 'Recorded' : 'Checked'} ${formatTime(input.at, tz)}. You can close this
          page.
        </p>
        ${lift ? markup`<p><a href="${lift}">Lift the hold later</a> (opens a page to confirm).</p>` : ''}
      </div>
      ${input.flagSummary ? summaryCard(input.flagSummary, tz, input.postUrl) : ''}`,
  );
  return { status: 200, headers: pageHeaders(), body };
};

export type ErrorReason = VerifyFailure | 'used' | 'not_found' | 'method_not_allowed' | 'unavailable';

const ERRORS: Record<ErrorReason, { status: number; title: string; text: string }> = {
  malformed: {
    status: 400,
    title: 'This link is not valid',
    text: 'It may have been cut short when it was copied. Open it again from the email, or contact your trust’s IT team.',
  },
  bad_signature: {
    status: 400,
    title: 'This link is not valid',
    text: 'It may have been cut short when it was copied. Open it again from the email, or contact your trust’s IT team.',
  },
  unknown_action: {
    status: 400,
    title: 'This link is not valid',
    text: 'It may have been cut short when it was copied. Open it again from the email, or contact your trust’s IT team.',
  },
  expired: {
    status: 410,
    title: 'This link has expired',
    text: 'Action links work for a limited time. Use the buttons in a newer TrustWatch email, or ask your trust’s IT team to record the action.',
  },
  used: {
    status: 409,
    title: 'This link has already been used',
    text: 'The action was recorded the first time the button was pressed. Nothing more to do.',
  },
  not_found: {
    status: 404,
    title: 'This alert is no longer available',
    text: 'It may have been closed and removed under the trust’s retention rules.',
  },
  method_not_allowed: {
    status: 405,
    title: 'This page cannot do that',
    text: 'Open the link from the email and use the button on the page.',
  },
  unavailable: {
    status: 503,
    title: 'Please try again in a minute',
    text: 'TrustWatch could not record this just now. Nothing has changed. Press back and try again.',
  },
};

/** A plain error page and its status. No token, claim or internal detail is echoed. */
export const renderErrorPage = (reason: ErrorReason): PageResponse => {
  const e = ERRORS[reason];
  const extra: Record<string, string> =
    reason === 'method_not_allowed'
      ? { Allow: 'GET, POST' }
      : reason === 'unavailable'
        ? { 'Retry-After': '60' }
        : {};
  return {
    status: e.status,
    headers: pageHeaders(extra),
    body: page(
      e.title,
      markup`<div class="card err">
        <h1>${e.title}</h1>
        <p>${e.text}</p>
      </div>`,
    ),
  };
};
