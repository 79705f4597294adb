/**
 * Hostile posts, end to end: posts written to attack the people who read TrustWatch's emails are added
 * to a slice of the demo week, read from the fake X server by the real client, stored, classified,
 * flagged, rendered and sent through SES local; then what SES received is inspected.
 *
 * Each post carries a real threat (the Kingsmead one from the demo week), so it must be flagged and
 * emailed, plus its payload: HTML and script, a `javascript:` link and a phishing URL, CR/LF header
 * injection (in the text and in the author's display name), bidi overrides, homoglyphs, zero-width
 * characters, 1 MB of text, lone surrogates, an emoji flood, a fake MIME boundary.
 *
 * Refused means, for every email SES accepted about the post:
 *   - the HTML has no `<script`, no `<style` from the post, no event-handler attribute, no link that is
 *     not http(s) to x.com/twitter.com or the actions endpoint (so no `javascript:`, no evil.example),
 *     no raw bidi control; the text part has no raw bidi control either
 *   - the MIME header block has exactly one From/To/Subject/Message-ID and nothing the post injected
 *     (no Bcc, no X-Injected)
 *   - the post was stored and processed (a hostile post does not block the pipeline), and
 *     classification took bounded time (measured on the post directly, max reported)
 * Evasion (does the classifier still see the threat through homoglyphs / zero-width characters?) is
 * reported for information: that is the classifier's quality, not the safety of the output.
 */
import type { Classifier } from '../domain/finding';
import { snowflake } from '../local/scenario';
import type { Scenario, ScenarioPost, ScenarioUser } from '../local/scenario';
import type { RunRecord } from './harness';

/** What "bounded" means for classifying one post, however hostile (real ms, on a loaded 2-core box). */
export const CLASSIFY_BOUND_MS = 2_000;

export interface HostileCase {
  id: string;
  /** What it attacks. */
  what: string;
  text: string;
  authorName?: string;
}

const HOMOGLYPHS: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', i: 'і', x: 'х' };
export const homoglyphed = (s: string): string => s.replace(/[aeopcix]/g, (c) => HOMOGLYPHS[c] ?? c);
export const zeroWidthed = (s: string): string => s.replace(/(\w)(\w)/g, '$1\u200B$2');

/** The payloads, around a post that must be flagged (`base`). */
export const hostileCases = (base: string): HostileCase[] => [
  {
    id: 'html_script',
    what: 'HTML and script in the post and the display name',
    text: `<script>alert(document.cookie)</script>${base} <img src=x onerror=alert(1)><style>body{display:none}</style>`,
    authorName: '<img src=x onerror=alert(1)>',
  },
  {
    id: 'javascript_link',
    what: 'javascript: link, a phishing URL, an HTML link',
    text: `${base} Details: <a href="javascript:alert(1)">here</a> javascript:alert(2) https://evil.example/login?next=https://x.com/`,
  },
  {
    id: 'header_injection',
    what: 'CR/LF header injection in the text and the display name',
    text: `${base}\r\nBcc: attacker@evil.example\r\nX-Injected: yes\r\n\r\n<b>body</b>`,
    authorName: 'Dad\r\nBcc: spy@evil.example',
  },
  {
    id: 'mime_boundary',
    what: 'a fake MIME boundary and part',
    text: `${base}\r\n--boundary\r\nContent-Type: text/html\r\n\r\n<script>alert(3)</script>\r\n--boundary--`,
  },
  {
    id: 'bidi_override',
    what: 'bidi overrides and isolates',
    text: `${base} \u202Egnp.exe\u202C \u2066isolated\u2069 \u200Fmark`,
    authorName: 'Parent \u202Enimda\u202C',
  },
  {
    id: 'homoglyphs',
    what: 'Cyrillic homoglyphs (a look-alike link and words)',
    text: `${base} ${homoglyphed('Please click https://kingsmead-academy.example/ to complain')}`,
    authorName: homoglyphed('Kingsmead Academy'),
  },
  {
    id: 'zero_width',
    what: 'zero-width characters inside words',
    text: `${base} ${zeroWidthed('you have been warned')}\uFEFF\u2060`,
  },
  {
    id: 'one_megabyte',
    what: '1 MB of text',
    text: `${base} ${'blah '.repeat(Math.ceil((1 << 20) / 5))}`,
  },
  {
    id: 'lone_surrogates',
    what: 'lone UTF-16 surrogates',
    text: `${base} \uD800 broken \uDFFF pair \uDBFF`,
  },
  {
    id: 'emoji_flood',
    what: '20,000 emoji',
    text: `${base} ${'😡🔥👊'.repeat(6667)}`,
  },
];

export interface HostileInjection {
  scenario: Scenario;
  /** Case id → post id. */
  postIds: Map<string, string>;
}

/** A copy of the scenario with the hostile posts added, one every `everyMs` from `fromMs`. */
export const withHostilePosts = (
  scenario: Scenario,
  cases: readonly HostileCase[],
  fromMs: number,
  everyMs: number,
): HostileInjection => {
  const users: ScenarioUser[] = [...scenario.users];
  const posts: ScenarioPost[] = [...scenario.posts];
  const postIds = new Map<string, string>();
  cases.forEach((c, i) => {
    const at = fromMs + i * everyMs;
    const user: ScenarioUser = {
      id: snowflake(Date.parse('2019-03-01T00:00:00Z') + i * 1000, 7),
      username: `hostile_${i}`,
      name: (c.authorName ?? `Local parent ${i}`).slice(0, 50),
      description: 'reliability: hostile input',
      protected: false,
      verified: false,
    };
    users.push(user);
    const id = snowflake(at, 900 + i);
    posts.push({
      id,
      author_id: user.id,
      text: c.text,
      created_at: new Date(at).toISOString(),
      lang: 'en',
      note: `reliability hostile input: ${c.id}`,
    });
    postIds.set(c.id, id);
  });
  return { scenario: { ...scenario, users, posts }, postIds };
};

export interface HostileResult {
  id: string;
  what: string;
  stored: boolean;
  processed: boolean;
  flagged: boolean;
  emails: number;
  /** Problems found in what SES received (empty: inert). */
  problems: string[];
  classifyMs: number;
  refused: boolean;
}

// The checks read what the post could have injected; the templates' own markup is fixed.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/;
/** Real tags only: escaped post text (`&lt;a href=…`) is text, not a link. */
const TAG = /<[a-z][^<>]*>/gi;
const HREF = /\b(?:href|src|action)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

const badHrefs = (html: string, actionsBaseUrl: string): string[] => {
  const out: string[] = [];
  for (const tag of html.matchAll(TAG)) {
    const m = HREF.exec(tag[0]);
    if (!m) continue;
    const href = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&').trim();
    const ok =
      href.startsWith('https://x.com/') ||
      href.startsWith('https://twitter.com/') ||
      href.startsWith(actionsBaseUrl) ||
      href.startsWith('mailto:');
    if (!ok) out.push(href.slice(0, 60));
  }
  return out;
};

/** Inspect every email about each hostile post. */
export const checkHostile = (
  run: RunRecord,
  cases: readonly HostileCase[],
  postIds: ReadonlyMap<string, string>,
  classify: Classifier,
  ctx: Parameters<Classifier>[1],
  actionsBaseUrl: string,
): HostileResult[] => {
  const html = new Map(run.received.map((m) => [m.messageId, m]));
  return cases.map((c) => {
    const postId = postIds.get(c.id) ?? '';
    const flagged = [...run.flags.keys()].some((id) => id.endsWith(`:${postId}`));
    const mails = run.submissions.filter(
      (s) =>
        (s.outcome === 'accepted' || s.outcome === 'reply_lost') &&
        (s.headers['x-trustwatch-flag'] ?? '').endsWith(`:${postId}`),
    );
    const problems: string[] = [];
    for (const s of mails) {
      const got = html.get(s.sesMessageId ?? '');
      const body = got?.body.html ?? '';
      const text = got?.body.text ?? '';
      if (body === '') problems.push('no HTML body received');
      if (/<script/i.test(body)) problems.push('<script in HTML');
      if (/<style[^>]*>[^<]*display\s*:\s*none/i.test(body)) problems.push('post <style> in HTML');
      if (/<[a-z][^>]*\son[a-z]+\s*=/i.test(body)) problems.push('event handler attribute in HTML');
      for (const h of badHrefs(body, actionsBaseUrl)) problems.push(`link not allowed: ${h}`);
      if (BIDI.test(body) || BIDI.test(text)) problems.push('raw bidi control in the body');
      const lines = s.headerBlock.split('\r\n');
      for (const name of ['from', 'to', 'subject', 'message-id']) {
        const n = lines.filter((l) => l.toLowerCase().startsWith(`${name}:`)).length;
        if (n !== 1) problems.push(`${n} ${name} headers`);
      }
      if (lines.some((l) => /^(bcc|x-injected)\s*:/i.test(l))) problems.push('injected header');
      if (/evil\.example/i.test(s.headerBlock)) problems.push('post content in the headers');
    }
    const t0 = performance.now();
    classify({ text: c.text, source: 'mention' }, ctx);
    const classifyMs = performance.now() - t0;
    const stored = run.posts.has(postId);
    const processed = run.posts.get(postId) === 'processed';
    return {
      id: c.id,
      what: c.what,
      stored,
      processed,
      flagged,
      emails: mails.length,
      problems,
      classifyMs,
      refused: processed && mails.length > 0 && problems.length === 0 && classifyMs < CLASSIFY_BOUND_MS,
    };
  });
};
