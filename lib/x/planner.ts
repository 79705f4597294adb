/**
 * The query planner: the trust config → as few recent-search queries (≤ 512 characters each) as
 * cover every registered account and every term people use for the trust and its academies.
 *
 * Two kinds of group (QueryGroup.source):
 *   official  `from:a OR from:b …`: every post of every registered account.
 *   mention   `(@a OR "Oakfield Academy" OR Kingsmead OR #OakfieldFamily …) -from:a -from:b -is:retweet`:
 *             public posts about the trust: every registered handle as @mention, the trust's and
 *             academies' names and aliases (quoted when more than one word), keywords and hashtags.
 *
 * Packing: terms are grouped per owner (the trust, then each academy, in config order) and packed
 * first-fit in that stable order (a unit too large for one query is split term by term). First-fit
 * in config order rather than first-fit *decreasing*: the bins come out the same size in practice,
 * and an edit to one academy only moves that academy (and, if it overflows, the units after it), so
 * the other groups keep their ids and cursors.
 *
 * Group ids are `official:<hash>` / `mention:<hash>` of the group's sorted covered terms: stable
 * across runs for the same config (they are cursor keys), and an edit changes only the groups whose
 * terms changed. A new group starts from "now − one poll interval" (the poller's first run).
 *
 * Redundant terms are dropped, not paid for: a keyword or phrase whose tokens contain another
 * keyword's tokens ("Oakfield Academy" when "Oakfield" is also a term) can only match posts the
 * shorter one matches. The dropped term is still listed in `covers` of the group that holds the
 * shorter one, so every configured term is covered exactly once.
 *
 * Official posts in mention queries (the dedupe question). Official accounts constantly name their
 * own academy and the trust, so without care most official posts would be read twice per cycle: by
 * their `from:` group and by a mention group. Under pay-per-use the second read on the same UTC day
 * is not billed, so this is not paid twice in dollars, but it doubles post reads on the wire and
 * against the monthly post cap, and downstream work. `-from:<handle>` prevents it, but excluding all
 * 30 accounts of a large trust from every mention query costs ~570 characters: more than a query.
 * So each mention query excludes (1) the accounts of the owners whose terms it carries (an academy's
 * accounts name that academy: by far the most common overlap), then (2) as many other accounts as
 * fit in the space left, trust-owned accounts first (they name every academy). Exclusions never add
 * a query; whatever overlap remains is deduped by post id in the poller (same cycle) and downstream
 * (conditional writes), and costs nothing extra in dollars.
 *
 * `-is:retweet` on mention queries (option, default on): a public retweet repeats a post that the
 * same query already read (its text is "RT @author: …", which matches the same terms), so reading
 * it again is paying for the same words twice. Official accounts' retweets are still read (their
 * `from:` query has no such filter): what an official account amplifies is subject to the policy.
 */
import { createHash } from 'node:crypto';
import type { Config } from '../config/schema';
import type { Clock } from '../app/ports';
import type { AuthorCache, HandleEntry } from './ports';
import type { QueryGroup, XReader, XUser } from './types';

export const MAX_QUERY_LENGTH = 512;

export interface PlannerOptions {
  /** Default 512 (X's limit for recent search on pay-per-use). */
  maxQueryLength?: number;
  /** Add -is:retweet to mention queries (default true). */
  excludeRetweets?: boolean;
}

type TermKind = 'mention' | 'hashtag' | 'word' | 'phrase';

interface Term {
  text: string;
  kind: TermKind;
  key: string;
  tokens: string[];
  /** Terms this one makes redundant (listed in covers, not in the query). */
  alsoCovers: string[];
}

interface Unit {
  terms: Term[];
  /** Handles whose `-from:` belongs with these terms (the owner's accounts). */
  own: string[];
}

const tokenize = (s: string): string[] =>
  s
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((t) => t.length > 0);

const containsSeq = (hay: string[], needle: string[]): boolean => {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

/** A configured name/alias/keyword as a search term: #tag, @handle, word or "quoted phrase". */
const toTerm = (raw: string): Term | undefined => {
  const s = raw.trim().replace(/["“”]/g, '');
  if (/^#[\p{L}\p{N}_]+$/u.test(s))
    return { text: s, kind: 'hashtag', key: s.toLowerCase(), tokens: [], alsoCovers: [] };
  if (/^@[A-Za-z0-9_]{1,15}$/.test(s))
    return { text: s, kind: 'mention', key: s.toLowerCase(), tokens: [], alsoCovers: [] };
  const tokens = tokenize(s);
  if (tokens.length === 0) return undefined;
  if (tokens.length === 1 && /^[\p{L}\p{N}_]+$/u.test(s))
    return { text: s, kind: 'word', key: tokens.join(' '), tokens, alsoCovers: [] };
  return { text: `"${s}"`, kind: 'phrase', key: tokens.join(' '), tokens, alsoCovers: [] };
};

const groupId = (prefix: string, covers: string[]): string =>
  `${prefix}:${createHash('sha256')
    .update(
      [...covers]
        .map((c) => c.toLowerCase())
        .sort()
        .join('\n'),
    )
    .digest('hex')
    .slice(0, 12)}`;

const orLength = (texts: string[]): number =>
  texts.reduce((n, t) => n + t.length, 0) + Math.max(0, texts.length - 1) * 4;

export const planQueries = (config: Config, opts: PlannerOptions = {}): QueryGroup[] => {
  const max = opts.maxQueryLength ?? MAX_QUERY_LENGTH;
  const noRetweets = opts.excludeRetweets ?? true;

  // Owners in a stable order: the trust, then academies as listed.
  const owners = ['trust', ...config.academies.map((a) => a.id)];
  const accountsOf = (owner: string) => config.accounts.filter((a) => a.owner === owner).map((a) => a.handle);
  const allHandles = owners.flatMap(accountsOf);

  // ---- official: from: terms, first-fit ------------------------------------------------------------
  const officialBins: string[][] = [];
  for (const h of allHandles) {
    const term = `from:${h}`;
    if (term.length > max) throw new Error(`handle @${h} does not fit in a query`);
    const bin = officialBins.find((b) => orLength([...b, term]) <= max);
    if (bin) bin.push(term);
    else officialBins.push([term]);
  }
  const groups: QueryGroup[] = officialBins.map((terms) => ({
    id: groupId('official', terms),
    source: 'official',
    query: terms.join(' OR '),
    covers: terms,
  }));

  // ---- mention terms per owner, deduped ---------------------------------------------------------------
  const seen = new Map<string, Term>();
  const units: Unit[] = [];
  for (const owner of owners) {
    const raws: string[] = [];
    const handles = accountsOf(owner);
    raws.push(...handles.map((h) => `@${h}`));
    if (owner === 'trust') raws.push(config.trust.name, ...config.trust.aliases, ...config.trust.keywords);
    else {
      const a = config.academies.find((x) => x.id === owner);
      if (a) raws.push(a.name, ...a.aliases, ...a.keywords);
    }
    const terms: Term[] = [];
    for (const raw of raws) {
      const t = toTerm(raw);
      if (!t || seen.has(`${t.kind === 'hashtag' || t.kind === 'mention' ? t.kind : 'kw'}:${t.key}`))
        continue;
      seen.set(`${t.kind === 'hashtag' || t.kind === 'mention' ? t.kind : 'kw'}:${t.key}`, t);
      terms.push(t);
    }
    units.push({ terms, own: handles });
  }
  // Drop keywords/phrases made redundant by a shorter one (anywhere in the config).
  const kws = units.flatMap((u) => u.terms).filter((t) => t.kind === 'word' || t.kind === 'phrase');
  const redundant = new Set<Term>();
  for (const b of kws) {
    const a = kws.find(
      (x) =>
        x !== b && !redundant.has(x) && x.tokens.length < b.tokens.length && containsSeq(b.tokens, x.tokens),
    );
    if (a) {
      a.alsoCovers.push(b.text, ...b.alsoCovers);
      redundant.add(b);
    }
  }
  for (const u of units) u.terms = u.terms.filter((t) => !redundant.has(t));

  // ---- pack units first-fit on their terms alone (exclusions never add a query) -------------------
  interface Bin {
    terms: Term[];
    owners: Unit[];
    excl: string[];
  }
  const suffix = noRetweets ? ' -is:retweet' : '';
  const render = (b: Pick<Bin, 'terms' | 'excl'>): string => {
    const texts = b.terms.map((t) => t.text);
    const body = texts.length > 1 ? `(${texts.join(' OR ')})` : (texts[0] ?? '');
    return `${body}${b.excl.map((h) => ` -from:${h}`).join('')}${suffix}`;
  };
  const fits = (b: Pick<Bin, 'terms' | 'excl'>) => render(b).length <= max;
  const bins: Bin[] = [];
  const place = (terms: Term[], unit: Unit): boolean => {
    for (const bin of bins)
      if (fits({ terms: [...bin.terms, ...terms], excl: [] })) {
        bin.terms.push(...terms);
        if (!bin.owners.includes(unit)) bin.owners.push(unit);
        return true;
      }
    if (!fits({ terms, excl: [] })) return false;
    bins.push({ terms: [...terms], owners: [unit], excl: [] });
    return true;
  };
  for (const u of units) {
    if (u.terms.length === 0 || place(u.terms, u)) continue;
    for (const t of u.terms)
      if (!place([t], u)) throw new Error(`the term ${t.text} does not fit in a ${max}-character query`);
  }
  // Fill the space left with -from: exclusions: first the accounts of the owners whose terms the
  // query carries (they name themselves), then trust-owned accounts (they name everyone), then the rest.
  for (const bin of bins) {
    const priority = [...new Set([...bin.owners.flatMap((u) => u.own), ...allHandles])];
    for (const h of priority) {
      const trial = { terms: bin.terms, excl: [...bin.excl, h] };
      if (fits(trial)) bin.excl = trial.excl;
    }
  }
  for (const bin of bins) {
    const covers = bin.terms.flatMap((t) => [t.text, ...t.alsoCovers]);
    groups.push({ id: groupId('mention', covers), source: 'mention', query: render(bin), covers });
  }
  return groups;
};

/** The handles an official group covers (from its `from:` terms). */
export const handlesOf = (group: QueryGroup): string[] =>
  group.covers.flatMap((c) => (c.startsWith('from:') ? [c.slice(5)] : []));

export const WEEK_MS = 7 * 24 * 3_600_000;

export interface ResolvedAccounts {
  /** Lower-case handle → user. */
  byHandle: Map<string, XUser | { id: string; username: string }>;
  /** User id → registered handle (as configured). */
  handleById: Map<string, string>;
  /** Registered handles X does not know (renamed, deleted or suspended): tell the operations contact. */
  missing: string[];
}

/**
 * Registered handles → user ids, through the AuthorCache; looked up with `usersByUsernames` (100
 * per request) only when unknown or older than `maxAgeMs` (a week), so a renamed account is noticed
 * within a week and costs 30 user reads a week for 30 accounts, not 30 per cycle.
 */
export const resolveHandles = async (
  deps: { reader: XReader; authors: AuthorCache; clock: Clock },
  handles: string[],
  maxAgeMs = WEEK_MS,
): Promise<ResolvedAccounts> => {
  const now = deps.clock.now();
  const wanted = [...new Map(handles.map((h) => [h.toLowerCase(), h])).entries()];
  const cached = await deps.authors.getHandles(wanted.map(([k]) => k));
  const stale = wanted.filter(([k]) => {
    const e = cached.get(k);
    return e === undefined || now - e.resolvedAt >= maxAgeMs;
  });
  const entries = new Map<string, HandleEntry>(cached);
  if (stale.length > 0) {
    const users = await deps.reader.usersByUsernames(stale.map(([, h]) => h));
    const found = new Map(users.map((u) => [u.username.toLowerCase(), u]));
    const fresh: HandleEntry[] = stale.map(([k]) => {
      const u = found.get(k);
      return u ? { handle: k, id: u.id, resolvedAt: now } : { handle: k, resolvedAt: now };
    });
    await deps.authors.putMany(users);
    await deps.authors.putHandles(fresh);
    for (const e of fresh) entries.set(e.handle, e);
  }
  const out: ResolvedAccounts = { byHandle: new Map(), handleById: new Map(), missing: [] };
  for (const [k, h] of wanted) {
    const e = entries.get(k);
    if (e?.id === undefined) out.missing.push(h);
    else {
      out.byHandle.set(k, { id: e.id, username: h });
      out.handleById.set(e.id, h);
    }
  }
  return out;
};
