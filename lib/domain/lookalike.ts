/**
 * Does an X account present itself as the trust or one of its academies? (SUAT §9, WAT §8.1, CT §4.4:
 * only approved accounts may speak for the trust.)
 *
 * Inputs are the account's handle, display name and bio. Both sides are normalised (lower case, NFKC,
 * homoglyph/leet digits folded, non-alphanumerics dropped) and compared with the academy's names,
 * aliases and registered handles:
 *   - handle or name CONTAINS a registered handle or a distinctive academy name ("kingsmeadacad" in
 *     "kingsmeadacadofficial")                                             → strong
 *   - handle or name is a near-miss of one (Dice bigram similarity ≥ 0.8)  → strong
 *   - the academy name appears in name/bio AND a presentation cue appears ("official", "PTA",
 *     "confessions", "leavers", "parents' page", "news", "updates")        → strong
 * A bio that merely mentions the school ("proud parent at Kingsmead") is not impersonation.
 * Registered accounts are never candidates.
 */
import type { Config } from '../config/schema';

export interface Profile {
  id: string;
  username: string;
  name: string;
  description: string;
}

export interface LookalikeMatch {
  scope: string;
  score: number;
  reasons: string[];
  cues: string[];
}

const FOLD: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '@': 'a',
  $: 's',
};

export const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[0134578@$]/g, (c) => FOLD[c] ?? c)
    .replace(/[^a-z]/g, '');

const bigrams = (s: string): Map<string, number> => {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) {
    const b = s.slice(i, i + 2);
    m.set(b, (m.get(b) ?? 0) + 1);
  }
  return m;
};

/** Sørensen–Dice coefficient over character bigrams, in [0, 1]. */
export const dice = (a: string, b: string): number => {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const A = bigrams(a);
  const B = bigrams(b);
  let inter = 0;
  for (const [g, n] of A) inter += Math.min(n, B.get(g) ?? 0);
  return (2 * inter) / (a.length - 1 + (b.length - 1));
};

const CUES: [RegExp, string][] = [
  [/\bofficial\b/i, 'claims to be official'],
  [/\bp\.?t\.?a\b|\bfriends of\b/i, 'PTA / friends page'],
  [/\bconfess(?:ion|ions)?\b/i, 'confessions page'],
  [/\bleavers?\b/i, 'leavers page'],
  [/\bparents?['’]?\s*(?:page|group|forum|info)\b/i, 'parents page'],
  [/\b(?:news|updates|announcements|info)\b/i, 'news/updates page'],
  [/\balumni\b|\bold (?:boys|girls|students)\b/i, 'alumni page'],
  [/\bschool\b|\bacademy\b|\bprimary\b/i, 'presents as a school'],
];

const GENERIC = new Set([
  'academy',
  'primary',
  'school',
  'trust',
  'learning',
  'the',
  'of',
  'and',
  'high',
  'college',
]);

export interface Target {
  scope: string;
  /** Folded registered handles. */
  handles: string[];
  /** Folded full names ("kingsmeadacademy"). */
  names: string[];
  /** Folded distinctive aliases, often place names ("oakfield"): weaker on their own. */
  aliases: string[];
}

const distinctive = (s: string): string[] => {
  const f = fold(s);
  return f.length >= 5 && !GENERIC.has(f) ? [f] : [];
};

export const buildTargets = (cfg: Config): Target[] => {
  const make = (scope: string, name: string, aliases: readonly string[]): Target => ({
    scope,
    handles: cfg.accounts.filter((x) => x.owner === scope).map((x) => fold(x.handle)),
    names: distinctive(name),
    aliases: [...new Set(aliases.flatMap(distinctive))],
  });
  return [
    ...cfg.academies.map((a) => make(a.id, a.name, a.aliases)),
    make('trust', cfg.trust.name, cfg.trust.aliases),
  ];
};

/**
 * The best match of a profile against the trust's academies, or undefined if it does not resemble one.
 * Scores: handle contains / near-misses a registered handle 0.95 / similarity; display name contains
 * the full name 0.9; an alias in the name 0.6, +0.25 with a presentation cue; the name or an alias in
 * the bio with a strong cue (official, PTA, confessions, leavers, parents page, alumni) 0.8.
 */
export const matchLookalike = (
  targets: readonly Target[],
  p: Profile,
  threshold = 0.75,
): LookalikeMatch | undefined => {
  const handle = fold(p.username);
  const name = fold(p.name);
  const bio = fold(p.description);
  const cues = CUES.filter(([re]) => re.test(`${p.name} ${p.description} ${p.username}`)).map(([, c]) => c);
  const strongCues = cues.filter((c) => c !== 'presents as a school' && c !== 'news/updates page');
  let best: LookalikeMatch | undefined;
  for (const t of targets) {
    const reasons: string[] = [];
    let score = 0;
    const bump = (v: number, why: string) => {
      if (v > score) score = v;
      reasons.push(why);
    };
    for (const h of t.handles) {
      if (handle === h) bump(1, `handle is a look-alike of @${h}`);
      else if (handle.includes(h) || name.includes(h))
        bump(0.95, `handle or name contains the registered handle “${h}”`);
      else {
        const sim = dice(handle, h);
        if (sim >= 0.8) bump(sim, `handle resembles @${h} (${Math.round(sim * 100)}% similar)`);
      }
    }
    for (const n of t.names) {
      if (name.includes(n) || handle.includes(n)) bump(0.9, `name contains “${n}”`);
      else if (bio.includes(n) && strongCues.length > 0)
        bump(0.8, `bio names the school (${strongCues.join(', ')})`);
    }
    for (const a of t.aliases) {
      if (name.includes(a) || handle.includes(a))
        bump(
          cues.length > 0 ? 0.85 : 0.6,
          `name contains “${a}”${cues.length > 0 ? ` and ${cues.join(', ')}` : ''}`,
        );
      else if (bio.includes(a) && strongCues.length > 0)
        bump(0.8, `bio names the school (${strongCues.join(', ')})`);
    }
    if (score >= threshold && (!best || score > best.score))
      best = { scope: t.scope, score: Math.min(1, score), reasons: [...new Set(reasons)], cues };
  }
  return best;
};
