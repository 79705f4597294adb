/**
 * Ports of the X ingestion layer: the state it keeps between runs. lib/store implements them on the
 * DynamoDB single table (CURSOR#, USER#, HANDLE#, USAGE#, ONCE# items); lib/x/memory has in-memory
 * versions for the bench and unit tests. All methods are single-item or batch reads/conditional
 * writes, no transactions (dynalite has none).
 */
import type { XUser } from './types';

/** since_id cursor per query group (the group id is stable across runs for the same config). */
export interface CursorStore {
  get(groupId: string): Promise<string | undefined>;
  put(groupId: string, sinceId: string): Promise<void>;
}

/** A registered handle resolved to an X user id (or to nothing: X knows no such user). */
export interface HandleEntry {
  /** Lower-case handle without "@". */
  handle: string;
  /** Undefined when X answered "Not Found" (renamed or deleted account). */
  id?: string;
  /** Epoch ms of the lookup; entries older than a week are refreshed. */
  resolvedAt: number;
}

/** Authors already known, so each is read from X (a $0.010 user read) once. */
export interface AuthorCache {
  getMany(ids: string[]): Promise<Map<string, XUser>>;
  putMany(users: XUser[]): Promise<void>;
  /** Registered handles → ids (keys lower-case). */
  getHandles(handles: string[]): Promise<Map<string, HandleEntry>>;
  putHandles(entries: HandleEntry[]): Promise<void>;
}

/** Counts and dollars; one record per UTC month ("YYYY-MM"). */
export interface UsageTotals {
  /** HTTP requests made to X (including failed ones). */
  requests: number;
  /** Post objects received. */
  postReads: number;
  /** User objects received. */
  userReads: number;
  /** Post reads X bills: each post once per UTC day. */
  billedPostReads: number;
  /** User reads X bills: each user once per UTC day. */
  billedUserReads: number;
  usd: number;
}

export type AlertLevel = 'warning' | 'exceeded';

export interface UsageStore {
  get(month: string): Promise<UsageTotals>;
  /** Atomically add (DynamoDB UpdateItem ADD) and return the new totals. */
  add(month: string, delta: UsageTotals): Promise<UsageTotals>;
  /** True only for the first caller for this month and level (conditional put). */
  claimAlert(month: string, level: AlertLevel): Promise<boolean>;
  /**
   * Of `keys` ("p<id>" posts, "u<id>" users), those not yet read on this UTC day ("YYYY-MM-DD"),
   * recording them as read. Optional: without it the meter only dedupes within one process, which
   * over-estimates (never under-estimates) the bill.
   */
  firstSeen?(day: string, keys: string[]): Promise<string[]>;
}

export const ZERO_USAGE: UsageTotals = Object.freeze({
  requests: 0,
  postReads: 0,
  userReads: 0,
  billedPostReads: 0,
  billedUserReads: 0,
  usd: 0,
});

export const addUsage = (a: UsageTotals, b: UsageTotals): UsageTotals => ({
  requests: a.requests + b.requests,
  postReads: a.postReads + b.postReads,
  userReads: a.userReads + b.userReads,
  billedPostReads: a.billedPostReads + b.billedPostReads,
  billedUserReads: a.billedUserReads + b.billedUserReads,
  usd: Math.round((a.usd + b.usd) * 1e6) / 1e6,
});
