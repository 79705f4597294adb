/**
 * "The process is killed between any two steps": a `Killer` counts every side-effecting step the use
 * cases take (store writes, SES sends, X reads, cursor puts) and, at a chosen occurrence of a chosen
 * step, lets the step complete and then throws `Crash`.
 *
 * A kill is not an exception the code can handle: once `Crash` has been thrown the killer is `dead`
 * and EVERY further wrapped call throws `Crash` before doing anything, so a `catch` in a use case (for
 * example sendOnce's "mark the delivery failed") cannot run its recovery against the store either.
 * The harness then discards the whole runtime (DynamoStore caches, meter, X client, SES client), stops
 * and restarts dynalite on the same path, and continues the simulated week with a fresh runtime.
 *
 * Step names are `<port>.<method>`, refined by what the call is for where that matters:
 * `store.claimOnce:nonce` (an action link being spent), `store.claimOnce:spike` (a storm cool-down),
 * `store.claimOnce:seen` (X billing dedupe), `mailer.send` (SES accepted, markSent not yet run).
 */
import type { DynamoStore } from '../store/dynamo-store';
import type { Mailer } from '../app/ports';
import type { AuthorCache, CursorStore } from '../x/ports';
import type { XReader } from '../x/types';

export class Crash extends Error {
  override readonly name = 'Crash';
  constructor(readonly step: string) {
    super(`process killed after ${step}`);
  }
}

export const isCrash = (e: unknown): e is Crash => e instanceof Crash;

/** Store methods that change state (the steps a crash can fall between). Reads are not steps. */
export const STORE_STEPS = [
  'putPost',
  'markPostProcessed',
  'putFlag',
  'transitionFlag',
  'markEscalated',
  'enqueue',
  'dequeue',
  'claimDelivery',
  'markSent',
  'markFailed',
  'putCursor',
  'putAuthors',
  'putHandleId',
  'putHold',
  'endHold',
  'recordDay',
  'addUsage',
  'claimOnce',
  'putState',
] as const;

const stepOf = (method: string, args: readonly unknown[]): string => {
  if (method === 'claimOnce' && typeof args[0] === 'string') {
    const prefix = /^([a-z-]+):/.exec(args[0])?.[1] ?? 'other';
    return `store.claimOnce:${prefix}`;
  }
  return `store.${method}`;
};

export class Killer {
  dead = false;
  /** Completed steps by name (across restarts). */
  readonly counts = new Map<string, number>();
  /** Where to crash: step → occurrence numbers (1-based). */
  private readonly points = new Map<string, Set<number>>();
  readonly crashes: { step: string; n: number; detail?: string }[] = [];

  plan(step: string, n: number): void {
    const s = this.points.get(step) ?? new Set<number>();
    s.add(n);
    this.points.set(step, s);
  }

  /** Planned crash points not reached (yet). */
  pending(): { step: string; n: number }[] {
    const out: { step: string; n: number }[] = [];
    for (const [step, ns] of this.points)
      for (const n of ns) if (!this.crashes.some((c) => c.step === step && c.n === n)) out.push({ step, n });
    return out;
  }

  revive(): void {
    this.dead = false;
  }

  /** Run a step; `detail` names what it acted on, recorded if the crash falls right after it. */
  async step<T>(name: string, run: () => Promise<T>, detail?: () => string): Promise<T> {
    if (this.dead) throw new Crash(name);
    const result = await run();
    if (this.dead) throw new Crash(name);
    const n = (this.counts.get(name) ?? 0) + 1;
    this.counts.set(name, n);
    if (this.points.get(name)?.has(n)) {
      this.dead = true;
      this.crashes.push({ step: name, n, ...(detail ? { detail: detail() } : {}) });
      throw new Crash(name);
    }
    return result;
  }

  /** A read: no step, but a dead process cannot read either. */
  async read<T>(run: () => Promise<T>): Promise<T> {
    if (this.dead) throw new Crash('read');
    return run();
  }
}

const STEP_SET = new Set<string>(STORE_STEPS);

/**
 * The store, with every method going through the killer (writes are steps, reads are guarded).
 * `onError` sees every non-crash failure of a store call (the harness notes a failed markSent).
 */
export const killableStore = (
  store: DynamoStore,
  killer: Killer,
  onError?: (method: string, e: unknown) => void,
): DynamoStore =>
  new Proxy(store, {
    get(target, prop, receiver) {
      const v: unknown = Reflect.get(target, prop, receiver);
      if (typeof v !== 'function' || typeof prop !== 'string') return v;
      const fn = v as (...a: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        const call = () => Promise.resolve(fn.apply(target, args));
        try {
          return await (STEP_SET.has(prop) ? killer.step(stepOf(prop, args), call) : killer.read(call));
        } catch (e) {
          if (!isCrash(e)) onError?.(prop, e);
          throw e;
        }
      };
    },
  });

/** The MIME Message-ID of an outgoing mail (without brackets). */
export const messageIdOf = (raw: Buffer): string =>
  /^Message-ID:\s*<?([^>\r\n]+)>?/im.exec(raw.subarray(0, 8192).toString('latin1'))?.[1] ?? '';

/** The mailer; `onAccepted` sees the Message-ID of every message SES accepted. */
export const killableMailer = (
  mailer: Mailer,
  killer: Killer,
  onAccepted?: (messageId: string) => void,
): Mailer => ({
  send: (mail) =>
    killer.step(
      'mailer.send',
      async () => {
        const r = await mailer.send(mail);
        onAccepted?.(messageIdOf(mail.raw));
        return r;
      },
      () => messageIdOf(mail.raw),
    ),
});

export const killableX = (x: XReader, killer: Killer): XReader => {
  const out: XReader = {
    search: (g, s) => killer.step('x.search', () => x.search(g, s)),
    usersByIds: (ids) => killer.step('x.usersByIds', () => x.usersByIds(ids)),
    usersByUsernames: (names) => killer.step('x.usersByUsernames', () => x.usersByUsernames(names)),
    visibility: (ids) => killer.step('x.visibility', () => x.visibility(ids)),
  };
  const searchUsers = x.searchUsers;
  if (searchUsers) out.searchUsers = (q) => killer.step('x.searchUsers', () => searchUsers(q));
  return out;
};

export const killableCursors = (c: CursorStore, killer: Killer): CursorStore => ({
  get: (id) => killer.read(() => c.get(id)),
  put: (id, since) => killer.step('cursors.put', () => c.put(id, since)),
});

export const killableAuthors = (a: AuthorCache, killer: Killer): AuthorCache => ({
  getMany: (ids) => killer.read(() => a.getMany(ids)),
  putMany: (users) => killer.step('authors.putMany', () => a.putMany(users)),
  getHandles: (hs) => killer.read(() => a.getHandles(hs)),
  putHandles: (es) => killer.step('authors.putHandles', () => a.putHandles(es)),
});
