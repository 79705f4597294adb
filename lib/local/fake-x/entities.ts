/**
 * Entities (mentions, hashtags, URLs) computed from a post's text, in X's shape: `start` inclusive,
 * `end` exclusive, counted in Unicode code points (X counts code points, not UTF-16 units), and
 * only the kinds that occur (X omits empty entity arrays and omits `entities` when there are none).
 */

export interface MentionEntity {
  start: number;
  end: number;
  username: string;
  id?: string;
}
export interface HashtagEntity {
  start: number;
  end: number;
  tag: string;
}
export interface UrlEntity {
  start: number;
  end: number;
  url: string;
  expanded_url: string;
  display_url: string;
}
export interface Entities {
  mentions?: MentionEntity[];
  hashtags?: HashtagEntity[];
  urls?: UrlEntity[];
}

// A mention is an @ not preceded by a word character or another @/#/& (so emails do not count).
const MENTION = /(?<![\p{L}\p{N}_!#$%&*@＠])[@＠]([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/gu;
// A hashtag is # + letters/digits/underscore, not all digits, not preceded by a word character or &.
const HASHTAG = /(?<![\p{L}\p{N}_&#])[#＃]([\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*)/gu;
const URL = /https?:\/\/[^\s]+/giu;

/** Code-point index of a UTF-16 index. */
const cp = (text: string, i: number): number => Array.from(text.slice(0, i)).length;

/**
 * @param resolve maps a lower-case username to the canonical user (X reports the user's own casing
 *   and id for mentions of existing accounts).
 */
export const computeEntities = (
  text: string,
  resolve: (lowerUsername: string) => { id: string; username: string } | undefined,
): Entities => {
  const out: Entities = {};
  const urls: UrlEntity[] = [];
  const urlSpans: [number, number][] = [];
  for (const m of text.matchAll(URL)) {
    const raw = m[0].replace(/[.,;:!?)'"]+$/u, '');
    const s = m.index;
    urlSpans.push([s, s + raw.length]);
    const display = raw.replace(/^https?:\/\//i, '');
    urls.push({
      start: cp(text, s),
      end: cp(text, s + raw.length),
      url: raw,
      expanded_url: raw,
      display_url: display.length > 26 ? `${display.slice(0, 25)}…` : display,
    });
  }
  const inUrl = (i: number): boolean => urlSpans.some(([a, b]) => i >= a && i < b);

  const mentions: MentionEntity[] = [];
  for (const m of text.matchAll(MENTION)) {
    if (inUrl(m.index)) continue;
    const name = m[1] as string;
    const user = resolve(name.toLowerCase());
    const e: MentionEntity = {
      start: cp(text, m.index),
      end: cp(text, m.index + m[0].length),
      username: user?.username ?? name,
    };
    if (user) e.id = user.id;
    mentions.push(e);
  }
  const hashtags: HashtagEntity[] = [];
  for (const m of text.matchAll(HASHTAG)) {
    if (inUrl(m.index)) continue;
    hashtags.push({ start: cp(text, m.index), end: cp(text, m.index + m[0].length), tag: m[1] as string });
  }
  if (mentions.length > 0) out.mentions = mentions;
  if (hashtags.length > 0) out.hashtags = hashtags;
  if (urls.length > 0) out.urls = urls;
  return out;
};
