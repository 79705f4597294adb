/**
 * The recent-search query language of the fake X server: a parser to an AST and a matcher over
 * posts, close enough to X's to make the planner's queries mean locally what they mean on X.
 *
 * Supported (docs.x.com "Build a query"): bare keywords (tokenized, case-insensitive match),
 * "quoted phrases" (consecutive tokens), #hashtags, @mentions, from:, to:, is:retweet|reply|quote,
 * has:mentions|links|hashtags, lang:, conversation_id:, OR, implicit AND (binds tighter than OR, as
 * on X), parentheses and `-` negation of any term or group. As on X, a query longer than 512
 * characters, an unknown operator, a dangling OR, unbalanced parentheses/quotes or a query with no
 * positive term is rejected (the server turns `QueryError` into a 400 invalid-request).
 */

export const MAX_QUERY_LENGTH = 512;

export class QueryError extends Error {
  override readonly name = 'QueryError';
}

export type QueryNode =
  | { k: 'and'; c: QueryNode[] }
  | { k: 'or'; c: QueryNode[] }
  | { k: 'not'; c: QueryNode }
  | { k: 'word'; w: string }
  | { k: 'phrase'; toks: string[] }
  | { k: 'from' | 'to' | 'mention'; u: string }
  | { k: 'hashtag'; t: string }
  | { k: 'is' | 'has'; what: string }
  | { k: 'lang'; l: string }
  | { k: 'conversation'; id: string };

/** What the matcher needs to know about a post (precomputed once per post). */
export interface MatchablePost {
  /** Lower-case tokens of the text (URLs removed). */
  tokens: string[];
  mentions: Set<string>;
  hashtags: Set<string>;
  authorUsername: string;
  authorId: string;
  inReplyToUsername?: string;
  inReplyToUserId?: string;
  isRetweet: boolean;
  isReply: boolean;
  isQuote: boolean;
  hasLinks: boolean;
  lang: string;
  conversationId: string;
}

type Tok = { t: 'lp' } | { t: 'rp' } | { t: 'or' } | { t: 'neg' } | { t: 'term'; v: string; quoted: boolean };

const IS_VALUES = new Set(['retweet', 'reply', 'quote']);
const HAS_VALUES = new Set(['mentions', 'links', 'hashtags']);

/** Split text into X-style keyword tokens: runs of letters, digits and underscores, lower-cased. */
export const tokenize = (text: string): string[] =>
  text
    .replace(/https?:\/\/\S+/gi, ' ')
    .toLowerCase()
    .split(/[^\p{L}\p{N}_]+/u)
    .filter((t) => t.length > 0);

const lex = (q: string): Tok[] => {
  const out: Tok[] = [];
  let i = 0;
  while (i < q.length) {
    const ch = q[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(') {
      out.push({ t: 'lp' });
      i++;
    } else if (ch === ')') {
      out.push({ t: 'rp' });
      i++;
    } else if (ch === '-' && i + 1 < q.length && !/\s/.test(q[i + 1] as string)) {
      out.push({ t: 'neg' });
      i++;
    } else if (ch === '"') {
      const end = q.indexOf('"', i + 1);
      if (end < 0) throw new QueryError(`Unterminated quoted phrase at position ${i + 1}`);
      out.push({ t: 'term', v: q.slice(i + 1, end), quoted: true });
      i = end + 1;
    } else {
      let j = i;
      while (j < q.length && !/[\s()"]/.test(q[j] as string)) j++;
      const v = q.slice(i, j);
      out.push(v === 'OR' ? { t: 'or' } : { t: 'term', v, quoted: false });
      i = j;
    }
  }
  return out;
};

const termNode = (v: string, quoted: boolean): QueryNode => {
  if (quoted) {
    const toks = tokenize(v);
    if (toks.length === 0) throw new QueryError(`Empty quoted phrase "${v}"`);
    return toks.length === 1 ? { k: 'word', w: toks[0] as string } : { k: 'phrase', toks };
  }
  if (v.startsWith('@') && v.length > 1) return { k: 'mention', u: v.slice(1).toLowerCase() };
  if (v.startsWith('#') && v.length > 1) return { k: 'hashtag', t: v.slice(1).toLowerCase() };
  const colon = v.indexOf(':');
  if (colon > 0 && colon < v.length - 1) {
    const op = v.slice(0, colon).toLowerCase();
    const arg = v.slice(colon + 1);
    switch (op) {
      case 'from':
      case 'to':
        return { k: op, u: arg.replace(/^@/, '').toLowerCase() };
      case 'is':
        if (!IS_VALUES.has(arg.toLowerCase()))
          throw new QueryError(`Reference to invalid operator 'is:${arg}'`);
        return { k: 'is', what: arg.toLowerCase() };
      case 'has':
        if (!HAS_VALUES.has(arg.toLowerCase()))
          throw new QueryError(`Reference to invalid operator 'has:${arg}'`);
        return { k: 'has', what: arg.toLowerCase() };
      case 'lang':
        return { k: 'lang', l: arg.toLowerCase() };
      case 'conversation_id':
        return { k: 'conversation', id: arg };
      default:
        throw new QueryError(`Reference to invalid operator '${op}'`);
    }
  }
  const toks = tokenize(v);
  if (toks.length === 0) throw new QueryError(`Invalid term '${v}'`);
  return toks.length === 1 ? { k: 'word', w: toks[0] as string } : { k: 'phrase', toks };
};

/** Parse an X search query. Throws QueryError with an X-like message when X would reject it. */
export const parseQuery = (q: string): QueryNode => {
  if (q.length > MAX_QUERY_LENGTH)
    throw new QueryError(`Query length of ${q.length} exceeds the maximum of ${MAX_QUERY_LENGTH}`);
  const toks = lex(q);
  let pos = 0;
  const peek = (): Tok | undefined => toks[pos];

  const parseOr = (): QueryNode => {
    const parts = [parseAnd()];
    while (peek()?.t === 'or') {
      pos++;
      parts.push(parseAnd());
    }
    return parts.length === 1 ? (parts[0] as QueryNode) : { k: 'or', c: parts };
  };
  const parseAnd = (): QueryNode => {
    const parts: QueryNode[] = [];
    for (let t = peek(); t !== undefined && t.t !== 'or' && t.t !== 'rp'; t = peek())
      parts.push(parseUnary());
    if (parts.length === 0) throw new QueryError(`Expected a term at position ${pos + 1}`);
    return parts.length === 1 ? (parts[0] as QueryNode) : { k: 'and', c: parts };
  };
  const parseUnary = (): QueryNode => {
    const t = peek();
    if (t?.t === 'neg') {
      pos++;
      return { k: 'not', c: parsePrimary() };
    }
    return parsePrimary();
  };
  const parsePrimary = (): QueryNode => {
    const t = peek();
    if (t === undefined) throw new QueryError('Unexpected end of query');
    pos++;
    if (t.t === 'lp') {
      const inner = parseOr();
      if (peek()?.t !== 'rp') throw new QueryError('Unbalanced parentheses');
      pos++;
      return inner;
    }
    if (t.t === 'term') return termNode(t.v, t.quoted);
    throw new QueryError(`Unexpected '${t.t === 'rp' ? ')' : t.t === 'or' ? 'OR' : '-'}'`);
  };

  if (toks.length === 0) throw new QueryError('Empty query');
  const ast = parseOr();
  if (pos !== toks.length) throw new QueryError('Unbalanced parentheses');
  if (!hasPositive(ast)) throw new QueryError('Rules must contain a non-negation term');
  return ast;
};

/** True when the query can match on something other than a negation (X rejects pure negations). */
const hasPositive = (n: QueryNode): boolean => {
  switch (n.k) {
    case 'not':
      return false;
    case 'and':
      return n.c.some(hasPositive);
    case 'or':
      return n.c.every(hasPositive);
    default:
      return true;
  }
};

const containsSeq = (hay: string[], needle: string[]): boolean => {
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};

export const matches = (n: QueryNode, p: MatchablePost): boolean => {
  switch (n.k) {
    case 'and':
      return n.c.every((c) => matches(c, p));
    case 'or':
      return n.c.some((c) => matches(c, p));
    case 'not':
      return !matches(n.c, p);
    case 'word':
      return p.tokens.includes(n.w);
    case 'phrase':
      return containsSeq(p.tokens, n.toks);
    case 'from':
      return p.authorUsername === n.u || p.authorId === n.u;
    case 'to':
      return p.inReplyToUsername === n.u || (p.inReplyToUserId !== undefined && p.inReplyToUserId === n.u);
    case 'mention':
      return p.mentions.has(n.u);
    case 'hashtag':
      return p.hashtags.has(n.t);
    case 'is':
      return n.what === 'retweet' ? p.isRetweet : n.what === 'reply' ? p.isReply : p.isQuote;
    case 'has':
      return n.what === 'mentions'
        ? p.mentions.size > 0
        : n.what === 'links'
          ? p.hasLinks
          : p.hashtags.size > 0;
    case 'lang':
      return p.lang === n.l;
    case 'conversation':
      return p.conversationId === n.id;
  }
};
