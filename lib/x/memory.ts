/**
 * In-memory implementations of the X ports (lib/x/ports), for the cost bench, unit tests and
 * single-process runs. Same semantics as the DynamoDB ones: `claimAlert` is true once per month
 * and level, `firstSeen` remembers only the current UTC day.
 */
import { addUsage, ZERO_USAGE } from './ports';
import type { AlertLevel, AuthorCache, CursorStore, HandleEntry, UsageStore, UsageTotals } from './ports';
import type { XUser } from './types';

export class MemoryCursorStore implements CursorStore {
  readonly cursors = new Map<string, string>();
  get(groupId: string): Promise<string | undefined> {
    return Promise.resolve(this.cursors.get(groupId));
  }
  put(groupId: string, sinceId: string): Promise<void> {
    this.cursors.set(groupId, sinceId);
    return Promise.resolve();
  }
}

export class MemoryAuthorCache implements AuthorCache {
  readonly users = new Map<string, XUser>();
  readonly handles = new Map<string, HandleEntry>();
  getMany(ids: string[]): Promise<Map<string, XUser>> {
    const out = new Map<string, XUser>();
    for (const id of ids) {
      const u = this.users.get(id);
      if (u) out.set(id, u);
    }
    return Promise.resolve(out);
  }
  putMany(users: XUser[]): Promise<void> {
    for (const u of users) this.users.set(u.id, u);
    return Promise.resolve();
  }
  getHandles(handles: string[]): Promise<Map<string, HandleEntry>> {
    const out = new Map<string, HandleEntry>();
    for (const h of handles) {
      const e = this.handles.get(h.toLowerCase());
      if (e) out.set(h.toLowerCase(), e);
    }
    return Promise.resolve(out);
  }
  putHandles(entries: HandleEntry[]): Promise<void> {
    for (const e of entries)
      this.handles.set(e.handle.toLowerCase(), { ...e, handle: e.handle.toLowerCase() });
    return Promise.resolve();
  }
}

export class MemoryUsageStore implements UsageStore {
  readonly months = new Map<string, UsageTotals>();
  readonly claimed = new Set<string>();
  private day = '';
  private seen = new Set<string>();

  get(month: string): Promise<UsageTotals> {
    return Promise.resolve({ ...(this.months.get(month) ?? ZERO_USAGE) });
  }
  add(month: string, delta: UsageTotals): Promise<UsageTotals> {
    const next = addUsage(this.months.get(month) ?? ZERO_USAGE, delta);
    this.months.set(month, next);
    return Promise.resolve({ ...next });
  }
  claimAlert(month: string, level: AlertLevel): Promise<boolean> {
    const key = `${month}#${level}`;
    if (this.claimed.has(key)) return Promise.resolve(false);
    this.claimed.add(key);
    return Promise.resolve(true);
  }
  firstSeen(day: string, keys: string[]): Promise<string[]> {
    if (day !== this.day) {
      this.day = day;
      this.seen = new Set();
    }
    const fresh = keys.filter((k) => !this.seen.has(k));
    for (const k of fresh) this.seen.add(k);
    return Promise.resolve(fresh);
  }
}

export interface MemoryPorts {
  cursors: MemoryCursorStore;
  authors: MemoryAuthorCache;
  usage: MemoryUsageStore;
}

export const createMemoryPorts = (): MemoryPorts => ({
  cursors: new MemoryCursorStore(),
  authors: new MemoryAuthorCache(),
  usage: new MemoryUsageStore(),
});
