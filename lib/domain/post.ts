/**
 * A post as TrustWatch sees it, independent of X's payload shape (lib/x maps X → Post).
 */
import type { PostSource } from './kinds';

export interface Post {
  /** X post id (a decimal string; compare with compareIds, never as numbers). */
  id: string;
  text: string;
  authorId: string;
  /** Known once the author is resolved (author cache). */
  authorUsername?: string;
  authorName?: string;
  /** ISO-8601 UTC, as X returns it. */
  createdAt: string;
  source: PostSource;
  /** For official posts: the registered handle that posted it. */
  accountHandle?: string;
  /** Usernames mentioned (from entities, without "@"). */
  mentions: string[];
  /** "retweeted" | "quoted" | "replied_to" references, as X reports them. */
  referenced: { type: string; id: string }[];
  lang?: string;
}

export const postUrl = (p: Pick<Post, 'id' | 'authorUsername'>): string =>
  `https://x.com/${p.authorUsername ?? 'i/web'}/status/${p.id}`;

/** Compare two X ids (snowflakes, up to 19 digits) without losing precision. */
export const compareIds = (a: string, b: string): number =>
  a.length !== b.length ? a.length - b.length : a < b ? -1 : a > b ? 1 : 0;

export const maxId = (ids: Iterable<string>): string | undefined => {
  let best: string | undefined;
  for (const id of ids) if (best === undefined || compareIds(id, best) > 0) best = id;
  return best;
};
