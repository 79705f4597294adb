/**
 * Which academy (or the trust) a post concerns.
 *
 * Official posts belong to the owner of the registered account that posted them. A public mention
 * concerns every academy whose @handle it mentions or whose name, alias or keyword it contains
 * (whole words, case-insensitive), and the trust when the trust's handle/names appear. A post that
 * matched a search but names nobody specific (rare: the query matched on a keyword we could not
 * place) is attributed to the trust so that it always reaches somebody.
 */
import type { Account, Config } from '../config/schema';
import type { Post } from './post';

export interface Directory {
  /** lower-case handle → registered account */
  accountsByHandle: Map<string, Account>;
  /** Registered accounts' X user ids → account (filled once handles are resolved). */
  accountsById: Map<string, Account>;
  /** [regex, scope] for names, aliases and keywords. */
  terms: { re: RegExp; scope: string; term: string }[];
  academyIds: Set<string>;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole-word, case-insensitive pattern; "#Tag" terms match the hashtag. */
const termRe = (term: string): RegExp => {
  const t = escapeRe(term.trim()).replace(/\s+/g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}_])${t}(?![\\p{L}\\p{N}_])`, 'iu');
};

export const buildDirectory = (cfg: Config, handleIds: Map<string, string> = new Map()): Directory => {
  const accountsByHandle = new Map<string, Account>();
  const accountsById = new Map<string, Account>();
  for (const a of cfg.accounts) {
    accountsByHandle.set(a.handle.toLowerCase(), a);
    const id = handleIds.get(a.handle.toLowerCase());
    if (id !== undefined) accountsById.set(id, a);
  }
  const terms: Directory['terms'] = [];
  const add = (term: string, scope: string) => terms.push({ re: termRe(term), scope, term });
  for (const ac of cfg.academies) for (const t of [ac.name, ...ac.aliases, ...ac.keywords]) add(t, ac.id);
  for (const t of [cfg.trust.name, ...cfg.trust.aliases, ...cfg.trust.keywords]) add(t, 'trust');
  // Longer terms first so "Brookside Primary School" wins over "Brookside" in evidence.
  terms.sort((a, b) => b.term.length - a.term.length);
  return { accountsByHandle, accountsById, terms, academyIds: new Set(cfg.academies.map((a) => a.id)) };
};

/** The registered account that wrote this post, if any (by user id, else by the handle X reported). */
export const officialAccountOf = (
  dir: Directory,
  post: Pick<Post, 'authorId' | 'authorUsername'> & { accountHandle?: string },
): Account | undefined => {
  const byId = dir.accountsById.get(post.authorId);
  if (byId) return byId;
  const handle = post.accountHandle ?? post.authorUsername;
  return handle !== undefined ? dir.accountsByHandle.get(handle.toLowerCase()) : undefined;
};

const HANDLE_IN_TEXT = /(?<![\p{L}\p{N}_])@([A-Za-z0-9_]{1,15})/gu;

/** Scopes a post concerns, sorted with academies first then "trust"; never empty. */
export const attribute = (
  dir: Directory,
  post: Pick<Post, 'text' | 'mentions' | 'authorId' | 'authorUsername'> & { accountHandle?: string },
): string[] => {
  const scopes = new Set<string>();
  const own = officialAccountOf(dir, post);
  if (own) return [own.owner];
  const handles = new Set(post.mentions.map((m) => m.toLowerCase()));
  for (const m of post.text.matchAll(HANDLE_IN_TEXT)) if (m[1]) handles.add(m[1].toLowerCase());
  for (const h of handles) {
    const acc = dir.accountsByHandle.get(h);
    if (acc) scopes.add(acc.owner);
  }
  const textNoHandles = post.text.replace(HANDLE_IN_TEXT, ' ');
  for (const t of dir.terms) if (t.re.test(textNoHandles)) scopes.add(t.scope);
  if (scopes.size === 0) return ['trust'];
  return [...scopes].sort((a, b) => (a === 'trust' ? 1 : b === 'trust' ? -1 : a.localeCompare(b)));
};
