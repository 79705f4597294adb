/**
 * The X cost meter and the monthly budget.
 *
 * Pay-per-use (DESIGN.md, FACTS.md): X bills every post object ($0.005) and user object ($0.010) it
 * returns, but the same resource read twice in one UTC day is billed once; requests are free. The
 * meter sees every response (the adapter calls `record` once per HTTP request, failed ones too) and
 * keeps three views:
 *   - raw reads (what came over the wire),
 *   - billed reads (deduped per UTC day: in process, and across processes when the UsageStore
 *     implements `firstSeen`),
 *   - dollars = billed reads × `config.x.prices`.
 * Per cycle (`beginCycle`/`cycle`) in memory, per UTC month in the UsageStore, added after every
 * request so a crash loses nothing.
 *
 * Budget (`config.x.monthlyBudgetUsd`): at 80% a `warning` alert, at 100% an `exceeded` alert, each
 * claimed once per month through the store (`claimAlert`), so the operations contact is told once
 * even with concurrent pollers. The caller sends the email (`drainAlerts`). What 100% changes is
 * `budgetPolicy`: discovery stops first, then mention polling slows down; official accounts are
 * always read (policy compliance is the point of the tool and costs little).
 */
import type { Clock } from '../app/ports';
import { addUsage, ZERO_USAGE } from './ports';
import type { AlertLevel, UsageStore, UsageTotals } from './ports';

export interface Prices {
  postRead: number;
  userRead: number;
}

/** One HTTP response from X. */
export interface ReadEvent {
  endpoint: string;
  postIds?: string[];
  userIds?: string[];
}

/** What the X adapter needs from a meter. */
export interface ReadMeter {
  record(e: ReadEvent): Promise<void>;
}

export type BudgetLevel = 'ok' | AlertLevel;

export interface BudgetStatus {
  month: string;
  usd: number;
  budgetUsd: number;
  /** usd / budget. */
  fraction: number;
  level: BudgetLevel;
}

export interface BudgetAlert {
  level: AlertLevel;
  month: string;
  usd: number;
  budgetUsd: number;
  /** Plain-English sentence for the operations email. */
  message: string;
}

export interface BudgetPolicy {
  /** Daily look-alike discovery (optional reads). */
  discovery: boolean;
  /** Poll mention groups every Nth poll cycle (1 = every cycle). */
  mentionEvery: number;
}

/** What the budget allows: normal below 100%, then discovery off and mentions every 3rd/12th cycle. */
export const budgetPolicy = (fraction: number): BudgetPolicy =>
  fraction < 1
    ? { discovery: true, mentionEvery: 1 }
    : fraction < 1.25
      ? { discovery: false, mentionEvery: 3 }
      : { discovery: false, mentionEvery: 12 };

export const utcMonth = (ms: number): string => new Date(ms).toISOString().slice(0, 7);
export const utcDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface CostMeterOptions {
  prices: Prices;
  monthlyBudgetUsd: number;
  store: UsageStore;
  clock: Clock;
}

/** Requests that billed nothing (empty polls) are written in batches of this many. */
const MAX_PENDING_REQUESTS = 50;

export class CostMeter implements ReadMeter {
  private cycleTotals: UsageTotals = { ...ZERO_USAGE };
  private day = '';
  private seenToday = new Set<string>();
  private lastMonth: { month: string; totals: UsageTotals } | undefined;
  private alerts: BudgetAlert[] = [];
  private pending: { month: string; delta: UsageTotals } | undefined;

  constructor(private readonly opts: CostMeterOptions) {}

  get prices(): Prices {
    return this.opts.prices;
  }

  /** Start a new poll cycle's in-memory totals (month totals live in the store). */
  beginCycle(): void {
    this.cycleTotals = { ...ZERO_USAGE };
  }

  /** This cycle so far. */
  cycle(): UsageTotals {
    return { ...this.cycleTotals };
  }

  async record(e: ReadEvent): Promise<void> {
    const now = this.opts.clock.now();
    const day = utcDay(now);
    if (day !== this.day) {
      this.day = day;
      this.seenToday = new Set();
    }
    const keys = [...(e.postIds ?? []).map((id) => `p${id}`), ...(e.userIds ?? []).map((id) => `u${id}`)];
    let fresh = keys.filter((k) => !this.seenToday.has(k));
    fresh = [...new Set(fresh)];
    for (const k of fresh) this.seenToday.add(k);
    if (fresh.length > 0 && this.opts.store.firstSeen) fresh = await this.opts.store.firstSeen(day, fresh);
    const billedPostReads = fresh.filter((k) => k.startsWith('p')).length;
    const billedUserReads = fresh.length - billedPostReads;
    const delta: UsageTotals = {
      requests: 1,
      postReads: e.postIds?.length ?? 0,
      userReads: e.userIds?.length ?? 0,
      billedPostReads,
      billedUserReads,
      usd:
        Math.round(
          (billedPostReads * this.opts.prices.postRead + billedUserReads * this.opts.prices.userRead) * 1e6,
        ) / 1e6,
    };
    this.cycleTotals = addUsage(this.cycleTotals, delta);
    const month = utcMonth(now);
    if (this.pending && this.pending.month !== month) await this.flush();
    this.pending = { month, delta: addUsage(this.pending?.delta ?? ZERO_USAGE, delta) };
    // Billed reads are written at once (they move the budget); bare requests are batched.
    if (billedPostReads + billedUserReads > 0 || this.pending.delta.requests >= MAX_PENDING_REQUESTS)
      await this.flush();
  }

  /**
   * Write what was recorded since the last flush to the store (one atomic ADD) and check the budget
   * thresholds. Reads that cost money are flushed as they happen; requests that read nothing (most
   * polls) are batched, and the Lambda wiring flushes after every job. A crash before a flush loses
   * only the count of those empty requests, never a billed read, and never a post.
   */
  async flush(): Promise<void> {
    const p = this.pending;
    if (!p) return;
    this.pending = undefined;
    const totals = await this.opts.store.add(p.month, p.delta);
    this.lastMonth = { month: p.month, totals };
    await this.checkThresholds(p.month, totals.usd);
  }

  private async checkThresholds(month: string, usd: number): Promise<void> {
    const budget = this.opts.monthlyBudgetUsd;
    const levels: [AlertLevel, number][] = [
      ['warning', 0.8],
      ['exceeded', 1],
    ];
    for (const [level, at] of levels) {
      if (usd < budget * at) continue;
      if (!(await this.opts.store.claimAlert(month, level))) continue;
      this.alerts.push({
        level,
        month,
        usd,
        budgetUsd: budget,
        message:
          level === 'warning'
            ? `TrustWatch has used $${usd.toFixed(2)} of its $${budget.toFixed(2)} X budget for ${month} (80% reached). Nothing changes yet; at 100% discovery stops and mentions are read less often.`
            : `TrustWatch has used its $${budget.toFixed(2)} X budget for ${month} ($${usd.toFixed(2)}). Discovery of look-alike accounts is paused and mentions are now read every few poll cycles instead of every cycle, until the month ends or the budget is raised. Official accounts are still read every cycle.`,
      });
    }
  }

  /** This month's totals (from the store unless this process just wrote them). */
  async month(): Promise<UsageTotals & { month: string }> {
    const month = utcMonth(this.opts.clock.now());
    if (this.lastMonth?.month === month) {
      const pending = this.pending?.month === month ? this.pending.delta : ZERO_USAGE;
      return { month, ...addUsage(this.lastMonth.totals, pending) };
    }
    await this.flush();
    const totals = await this.opts.store.get(month);
    this.lastMonth = { month, totals };
    return { month, ...totals };
  }

  async budget(): Promise<BudgetStatus> {
    const m = await this.month();
    const budgetUsd = this.opts.monthlyBudgetUsd;
    const fraction = budgetUsd > 0 ? m.usd / budgetUsd : 1;
    // Alerts may be pending from an earlier process that crossed the line without claiming.
    await this.checkThresholds(m.month, m.usd);
    return {
      month: m.month,
      usd: m.usd,
      budgetUsd,
      fraction,
      level: fraction >= 1 ? 'exceeded' : fraction >= 0.8 ? 'warning' : 'ok',
    };
  }

  /** Alerts claimed since the last call: the caller emails the operations contact (once each). */
  drainAlerts(): BudgetAlert[] {
    const out = this.alerts;
    this.alerts = [];
    return out;
  }
}
