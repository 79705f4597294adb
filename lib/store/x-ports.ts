/**
 * The X ingestion ports (lib/x/ports) on the DynamoDB store: cursors (CURSOR#), the author cache
 * (USER#) and resolved handles (HANDLE#), monthly usage (USAGE#) with once-only budget alerts and the
 * per-UTC-day "already billed" record (ONCE#seen:<day>:<key>, expiring after two days).
 */
import type { Clock } from '../app/ports';
import type { AlertLevel, AuthorCache, CursorStore, HandleEntry, UsageStore, UsageTotals } from '../x/ports';
import type { XUser } from '../x/types';
import type { DynamoStore } from './dynamo-store';

const TWO_DAYS = 2 * 86_400_000;
/**
 * Resolved handles change at most weekly (the poller refreshes them); a warm Lambda container or the
 * local runtime keeps them in memory for an hour instead of reading them every cycle.
 */
const HANDLE_CACHE_MS = 3_600_000;

export const xPortsOn = (
  store: DynamoStore,
  clock: Clock,
): { cursors: CursorStore; authors: AuthorCache; usage: UsageStore } => {
  const handleCache = new Map<string, { entry: HandleEntry; cachedAt: number }>();
  return {
    cursors: {
      get: (groupId) => store.getCursor(groupId),
      put: (groupId, sinceId) => store.putCursor(groupId, sinceId, new Date(clock.now()).toISOString()),
    },
    authors: {
      getMany: async (ids) => {
        const found = await store.getAuthors(ids);
        const out = new Map<string, XUser>();
        for (const [id, a] of found) {
          const { fetchedAt: _f, ...user } = a;
          out.set(id, user);
        }
        return out;
      },
      putMany: (users) => store.putAuthors(users.map((u) => ({ ...u, fetchedAt: clock.now() }))),
      getHandles: async (handles) => {
        const now = clock.now();
        const out = new Map<string, HandleEntry>();
        const missing: string[] = [];
        for (const h of handles) {
          const c = handleCache.get(h.toLowerCase());
          if (c && now - c.cachedAt < HANDLE_CACHE_MS) out.set(h.toLowerCase(), c.entry);
          else missing.push(h);
        }
        if (missing.length > 0) {
          for (const [h, e] of await store.getHandleIds(missing)) {
            const entry: HandleEntry = { handle: h, resolvedAt: e.resolvedAt, ...(e.id ? { id: e.id } : {}) };
            out.set(h, entry);
            handleCache.set(h, { entry, cachedAt: now });
          }
        }
        return out;
      },
      putHandles: async (entries) => {
        for (const e of entries) {
          await store.putHandleId(e.handle, e.id ?? '', e.resolvedAt);
          handleCache.set(e.handle.toLowerCase(), {
            entry: { ...e, handle: e.handle.toLowerCase() },
            cachedAt: clock.now(),
          });
        }
      },
    },
    usage: {
      get: async (month): Promise<UsageTotals> => {
        const { month: _m, ...totals } = await store.getUsage(month);
        return totals;
      },
      add: async (month, delta): Promise<UsageTotals> => {
        const { month: _m, ...totals } = await store.addUsage(month, delta);
        return totals;
      },
      claimAlert: (month: string, level: AlertLevel) =>
        store.claimOnce(`x-budget:${month}:${level}`, clock.now()),
      firstSeen: async (day, keys) => {
        const fresh: string[] = [];
        for (const k of keys)
          if (await store.claimOnce(`seen:${day}:${k}`, clock.now(), TWO_DAYS)) fresh.push(k);
        return fresh;
      },
    },
  };
};
