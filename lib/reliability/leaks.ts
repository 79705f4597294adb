/**
 * What must never be in a log line (DESIGN.md: "Post text never goes to logs"; lib/obs/log.ts admits
 * only ids, counts and codes): any 20-character run of any post's text, and any email address.
 *
 * Every string value of every captured JSON line is searched with a sliding window against the set of
 * all 20-character substrings of the posts (up to the first `maxPostChars` of each), so a leak of any
 * part of any post is found, not only whole posts.
 */
export const LEAK_WINDOW = 20;
export const EMAIL = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/i;

export interface LeakReport {
  lines: number;
  postText: number;
  emails: number;
  /** Up to five offending lines, redacted to the log message and the key that leaked. */
  examples: string[];
}

const stringsOf = (v: unknown, out: string[]): void => {
  if (typeof v === 'string') out.push(v);
  else if (Array.isArray(v)) for (const x of v) stringsOf(x, out);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) stringsOf(x, out);
};

export const findLeaks = (
  lines: readonly string[],
  postTexts: readonly string[],
  maxPostChars = 4000,
): LeakReport => {
  const windows = new Set<string>();
  for (const t of postTexts) {
    const s = t.slice(0, maxPostChars);
    for (let i = 0; i + LEAK_WINDOW <= s.length; i++) {
      const w = s.slice(i, i + LEAK_WINDOW);
      // A run of one repeated character (padding, an emoji flood) says nothing about the post.
      if (new Set(w).size > 3) windows.add(w);
    }
  }
  const report: LeakReport = { lines: 0, postText: 0, emails: 0, examples: [] };
  for (const raw of lines) {
    for (const line of raw.split('\n')) {
      if (line.trim() === '') continue;
      report.lines++;
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        parsed = line;
      }
      const values: string[] = [];
      stringsOf(parsed, values);
      const message =
        typeof parsed === 'object' && parsed !== null && 'message' in parsed
          ? String((parsed as { message: unknown }).message)
          : '';
      let text = false;
      for (const v of values)
        for (let i = 0; !text && i + LEAK_WINDOW <= v.length; i++)
          if (windows.has(v.slice(i, i + LEAK_WINDOW))) text = true;
      const email = values.some((v) => EMAIL.test(v));
      if (text) report.postText++;
      if (email) report.emails++;
      if ((text || email) && report.examples.length < 5)
        report.examples.push(
          `${message}: ${text ? 'post text' : ''}${text && email ? ' and ' : ''}${email ? 'an email address' : ''}`,
        );
    }
  }
  return report;
};
