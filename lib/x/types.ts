/**
 * The X port: what TrustWatch reads from X, independent of twitter-api-v2. lib/x implements it on
 * top of twitter-api-v2 (real X in Lambda, the fake X server locally); use cases in lib/app only see
 * this interface.
 *
 * Cost model (FACTS.md, DESIGN.md "X API: cost is the performance that matters"): every post returned
 * is a post read ($0.005), every user object returned is a user read ($0.010). So posts are fetched
 * without user expansions, each query group keeps a since_id cursor, and authors are looked up only
 * when not already known.
 */
import type { Post } from '../domain/post';
import type { PostSource } from '../domain/kinds';

export type { Post, PostSource };

export interface XUser {
  id: string;
  username: string;
  name: string;
  description: string;
  createdAt?: string;
  protected: boolean;
  verified: boolean;
}

/** One search query and its cursor key. Queries are ≤ 512 characters (X's limit). */
export interface QueryGroup {
  /** Stable id, used as the cursor key, e.g. "official:0" or "mentions:1". */
  id: string;
  /** What the query looks for: posts by official accounts, or posts about the trust. */
  source: PostSource;
  query: string;
  /** Handles and terms the query covers (for attribution and diagnostics). */
  covers: string[];
}

export interface SinceSpec {
  /** Exclusive lower bound: the group's cursor. */
  sinceId?: string;
  /** Used only when there is no cursor yet (first run): ISO time to read from. */
  startTime?: string;
}

export interface SearchResult {
  /** Every post returned, across all pages, oldest first. */
  posts: Post[];
  /** meta.newest_id of the first page; undefined when nothing new. The next cursor. */
  newestId?: string;
  /** Pages fetched (requests made). */
  pages: number;
}

export type Visibility = 'live' | 'deleted' | 'withheld' | 'protected' | 'suspended';

export interface XReader {
  /** All posts matching the group's query newer than the cursor, paging until caught up. */
  search(group: QueryGroup, since: SinceSpec): Promise<SearchResult>;
  /** Users by id (chunked into 100 per request). Ids X does not know are omitted. */
  usersByIds(ids: string[]): Promise<XUser[]>;
  /** Users by username (chunked into 100 per request). */
  usersByUsernames(usernames: string[]): Promise<XUser[]>;
  /** Whether each post is still visible (chunked into 100 per request), for take-down re-checks. */
  visibility(ids: string[]): Promise<Map<string, Visibility>>;
  /** User search; only with user-context credentials (X requires OAuth 1.0a / OAuth 2 user). */
  searchUsers?(query: string): Promise<XUser[]>;
}
