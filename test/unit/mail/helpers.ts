/**
 * Test helpers for the mail tests: the example config, and a minimal RFC 5322 header reader (we do not
 * import mailparser: it is only a transitive dependency).
 */
import { readFileSync } from 'node:fs';
import { parseConfig } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';

export const EXAMPLE_YAML = readFileSync(new URL('../../../config/riverside.yaml', import.meta.url), 'utf8');

export const exampleConfig = (): Config => parseConfig(EXAMPLE_YAML, 'riverside.yaml');

export const KEY = 'test-key-0123456789abcdef0123456789abcdef';
export const BASE = 'https://actions.example/';

export interface Header {
  name: string;
  value: string;
}

/** The header block of a raw message (up to the first empty line), unfolded, in order. */
export const parseHeaders = (raw: Buffer | string): Header[] => {
  const s = typeof raw === 'string' ? raw : raw.toString('latin1');
  const end = s.indexOf('\r\n\r\n');
  const block = end >= 0 ? s.slice(0, end) : s;
  const lines = block.split('\r\n');
  const out: Header[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      const last = out[out.length - 1];
      if (!last) throw new Error('continuation line before any header');
      last.value = `${last.value}${line}`.trim();
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) throw new Error(`not a header line: ${JSON.stringify(line)}`);
    out.push({ name: line.slice(0, colon), value: line.slice(colon + 1).trim() });
  }
  return out;
};

export const headerNames = (raw: Buffer | string): string[] =>
  parseHeaders(raw).map((h) => h.name.toLowerCase());

export const header = (raw: Buffer | string, name: string): string[] =>
  parseHeaders(raw)
    .filter((h) => h.name.toLowerCase() === name.toLowerCase())
    .map((h) => h.value);

/** Decode RFC 2047 encoded-words (Q and B) in a header value. */
export const decodeWords = (v: string): string =>
  v
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _cs: string, enc: string, text: string) => {
      if (enc.toUpperCase() === 'B') return Buffer.from(text, 'base64').toString('utf8');
      const bytes = text
        .replace(/_/g, ' ')
        .replace(/=([0-9A-Fa-f]{2})/g, (_x, h: string) => String.fromCharCode(parseInt(h, 16)));
      return Buffer.from(bytes, 'latin1').toString('utf8');
    });

export interface Tag {
  name: string;
  attrs: { name: string; value: string }[];
}

const decodeEntities = (v: string): string =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/**
 * A small HTML tokenizer (enough for our generated markup): start tags with their attributes, honouring
 * quotes, skipping comments (including Outlook conditional comments), doctype and text. A browser would
 * see exactly these elements and attributes, so an injected element or event handler would show up here.
 */
export const parseTags = (html: string): Tag[] => {
  const tags: Tag[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '/' || !/[a-zA-Z]/.test(html[lt + 1] ?? '')) {
      const end = html.indexOf('>', lt + 1);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    let j = lt + 1;
    let name = '';
    while (j < html.length && /[a-zA-Z0-9]/.test(html[j] ?? '')) name += html[j++];
    const attrs: { name: string; value: string }[] = [];
    for (;;) {
      while (j < html.length && /\s/.test(html[j] ?? '')) j++;
      const c = html[j];
      if (c === undefined || c === '>') {
        j++;
        break;
      }
      if (c === '/') {
        j++;
        continue;
      }
      let an = '';
      while (j < html.length && !/[\s"'>/=]/.test(html[j] ?? '')) an += html[j++];
      let value = '';
      if (html[j] === '=') {
        j++;
        const q = html[j];
        if (q === '"' || q === "'") {
          const end = html.indexOf(q, j + 1);
          value = html.slice(j + 1, end < 0 ? html.length : end);
          j = end < 0 ? html.length : end + 1;
        } else {
          while (j < html.length && !/[\s>]/.test(html[j] ?? '')) value += html[j++];
        }
      }
      if (an === '') j++;
      else attrs.push({ name: an.toLowerCase(), value: decodeEntities(value) });
    }
    tags.push({ name: name.toLowerCase(), attrs });
    i = j;
  }
  return tags;
};

/** Every href value (entity-decoded), in order. */
export const hrefs = (html: string): string[] =>
  parseTags(html).flatMap((t) => t.attrs.filter((a) => a.name === 'href').map((a) => a.value));

export const tagNames = (html: string): Set<string> => new Set(parseTags(html).map((t) => t.name));

export const attributeNames = (html: string): Set<string> =>
  new Set(parseTags(html).flatMap((t) => t.attrs.map((a) => a.name)));
