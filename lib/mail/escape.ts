/**
 * Making untrusted text safe for an email or a web page.
 *
 * Everything TrustWatch puts in front of a person comes, in part, from strangers: a post's text, an
 * author's display name, a bio, a URL, even the trust config. Any of it can hold `<script>`,
 * `"><img onerror=…>`, a `javascript:` link, CR/LF meant to start a new mail header, or Unicode
 * bidirectional overrides that make "exe.txt" read as "txt.exe". The rules here are:
 *
 *   - Text content: control characters are removed (newlines kept, CRLF normalised), bidi controls are
 *     replaced by a visible marker such as `[U+202E]` (the reader sees that the post contained one; it
 *     cannot reorder what follows), then the five HTML-special characters are escaped.
 *   - Header values: every control, bidi and line-separator character becomes a space, whitespace is
 *     collapsed and the length capped, so nothing from input can end a header line.
 *   - URLs: a post link is rendered as a link only if it parses as http(s), carries no credentials and
 *     points at x.com / twitter.com (it is upgraded to https). Action links must be http(s) without
 *     credentials. Anything else is shown as defanged text (`hxxps[:]//evil[.]example`), never a link,
 *     so a mail client's auto-linker does not turn it back into one either.
 *
 * `markup` is a tagged template that escapes every interpolated string; only values already wrapped as
 * `SafeHtml` (by this module's own builders) pass through. Escaping is therefore the default and markup
 * is the exception a reviewer can grep for (`raw(`). (It is deliberately not called `html`: Prettier
 * reformats templates tagged `html`, adding whitespace inside the email markup.)
 */

/** C0 and C1 controls except tab and newline (CR is normalised away before this applies). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Bidirectional formatting characters: embeddings, overrides, isolates, marks. */
const BIDI_CHARS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
/** Everything that must never reach a header: controls, bidi, line/paragraph separators, CR, LF, tab. */
const HEADER_UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

const codePoint = (c: string): string =>
  `[U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}]`;

/**
 * Untrusted text made displayable: CRLF/CR → LF, U+2028/2029 → LF, other controls dropped, bidi
 * controls shown as `[U+XXXX]`. The result is still text (not HTML): escape it before putting it in markup.
 */
export const cleanText = (s: string): string =>
  s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u2028\u2029]/g, '\n')
    .replace(CONTROL_CHARS, '')
    .replace(BIDI_CHARS, codePoint);

/** A single-line value safe for a mail header or a page title: no control/bidi chars, capped length. */
export const headerText = (s: string, max = 200): string => {
  const flat = s.replace(HEADER_UNSAFE, ' ').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1).trimEnd()}…` : flat;
};

/** A name, handle or title that must stay on one line (in text bodies as well as headers). */
export const oneLine = (s: string): string => headerText(s, 300);

/** Escape the HTML-special characters. Safe in text content and in double- or single-quoted attributes. */
export const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;',
  );

/** Markup that has already been escaped or built from constants by this module's builders. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Trusted markup: only for constants and for output of the builders in lib/mail and lib/actions. */
export const raw = (markup: string): SafeHtml => new SafeHtml(markup);

export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

const interpolate = (v: HtmlValue): string => {
  if (v === null || v === undefined || v === false || v === true) return '';
  if (v instanceof SafeHtml) return v.value;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return escapeHtml(cleanText(v));
  return v.map(interpolate).join('');
};

/** Tagged template: every interpolated string is cleaned and escaped; SafeHtml passes through. */
export const markup = (strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml => {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    out += interpolate(v) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
};

/** Escaped text with line breaks as `<br>` (post text, bios). */
export const multiline = (s: string): SafeHtml =>
  new SafeHtml(
    cleanText(s)
      .split('\n')
      .map((line) => escapeHtml(line))
      .join('<br>'),
  );

/** Host names a post link may point at. */
export const POST_HOSTS: ReadonlySet<string> = new Set([
  'x.com',
  'www.x.com',
  'mobile.x.com',
  'twitter.com',
  'www.twitter.com',
  'mobile.twitter.com',
]);

const parseHttpUrl = (input: string): URL | undefined => {
  let u: URL;
  try {
    u = new URL(input.trim());
  } catch {
    return undefined;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
  if (u.username !== '' || u.password !== '') return undefined;
  return u;
};

/** The URL of a post on X, normalised to https, or undefined if it is anything else. */
export const safePostUrl = (input: string | undefined): string | undefined => {
  if (input === undefined) return undefined;
  const u = parseHttpUrl(input);
  if (!u || u.port !== '' || !POST_HOSTS.has(u.hostname.toLowerCase())) return undefined;
  u.protocol = 'https:';
  return u.href;
};

/** A profile URL on X for a handle that is a valid X username, else undefined. */
export const profileUrl = (handle: string | undefined): string | undefined => {
  const h = handle?.replace(/^@/, '');
  return h !== undefined && /^[A-Za-z0-9_]{1,15}$/.test(h) ? `https://x.com/${h}` : undefined;
};

/** An http(s) link without credentials (our own action links), else undefined. */
export const safeHttpUrl = (input: string | undefined): string | undefined => {
  if (input === undefined) return undefined;
  return parseHttpUrl(input)?.href;
};

/** A URL made inert for display as text: `hxxps[:]//evil[.]example/x`. */
export const defang = (input: string): string =>
  headerText(input, 300)
    .replace(/^http/i, (m) => (m[0] === 'h' ? 'hxxp' : 'HXXP'))
    .replace(/:/g, '[:]')
    .replace(/\./g, '[.]');

/** Shorten text to at most `max` characters on a word boundary, without splitting a surrogate pair. */
export const excerpt = (s: string, max: number): string => {
  const flat = cleanText(s).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  let cut = flat.slice(0, max - 1);
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.6) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…`;
};
