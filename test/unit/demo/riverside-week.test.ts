import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import { FINDING_KINDS } from '../../../lib/domain/kinds';
import { compareIds } from '../../../lib/domain/post';
import {
  buildRiversideWeek,
  RIVERSIDE_WEEK_EXPECTED,
  RIVERSIDE_WEEK_MUST_NOT_FLAG,
  RIVERSIDE_WEEK_POST_IDS,
} from '../../../lib/local/demo/riverside-week';
import { ScenarioSchema, snowflakeTime } from '../../../lib/local/scenario';

const CONFIG_FILE = new URL('../../../config/riverside.yaml', import.meta.url).pathname;
/** DESIGN.md lives beside the checkout (../shared) in this workspace; kinds.ts mirrors its table. */
const DESIGN_FILE = [
  new URL('../../../DESIGN.md', import.meta.url).pathname,
  new URL('../../../../shared/DESIGN.md', import.meta.url).pathname,
].find((f) => existsSync(f));

const week = buildRiversideWeek();
const ms = (iso: string): number => Date.parse(iso);
const userById = new Map(week.users.map((u) => [u.id, u]));
const postById = new Map(week.posts.map((p) => [p.id, p]));
const authorOf = (postId: string): string => {
  const post = postById.get(postId);
  return (post && userById.get(post.author_id)?.username) ?? '?';
};

let cfg: Config;
beforeAll(async () => {
  cfg = await loadConfigFile(CONFIG_FILE);
});

/** Every email address in the config (people and account admins). */
const configEmails = (c: Config): Set<string> => {
  const out = new Set<string>();
  const add = (p: { email: string } | undefined) => {
    if (p) out.add(p.email.toLowerCase());
  };
  for (const p of [c.trust.ceo, c.trust.coo, c.trust.commsLead, c.trust.operations, c.trust.dsl]) add(p);
  for (const a of c.academies) for (const p of [a.principal, a.dsl, a.commsLead]) add(p);
  for (const acc of c.accounts) for (const p of acc.admins) add(p);
  return out;
};

describe('the Riverside demo week', () => {
  it('parses with ScenarioSchema, also after a JSON round trip', () => {
    expect(ScenarioSchema.parse(week)).toEqual(week);
    expect(ScenarioSchema.parse(JSON.parse(JSON.stringify(week)))).toEqual(week);
    expect(week.start).toBe('2026-11-16T00:00:00Z');
    expect(week.end).toBe('2026-11-23T00:00:00Z');
  });

  it('is deterministic', () => {
    expect(buildRiversideWeek()).toEqual(buildRiversideWeek());
    expect(buildRiversideWeek()).not.toBe(buildRiversideWeek());
  });

  it('has between 200 and 500 posts, all inside the week, with unique ids and texts', () => {
    expect(week.posts.length).toBeGreaterThanOrEqual(200);
    expect(week.posts.length).toBeLessThanOrEqual(500);
    for (const p of week.posts) {
      expect(ms(p.created_at)).toBeGreaterThanOrEqual(ms(week.start));
      expect(ms(p.created_at)).toBeLessThan(ms(week.end));
    }
    expect(new Set(week.posts.map((p) => p.id)).size).toBe(week.posts.length);
    expect(new Set(week.posts.map((p) => p.text)).size).toBe(week.posts.length);
  });

  it('uses snowflake ids that increase with created_at', () => {
    for (const p of week.posts) expect(snowflakeTime(p.id)).toBe(ms(p.created_at));
    for (let i = 1; i < week.posts.length; i++) {
      const prev = week.posts[i - 1];
      const cur = week.posts[i];
      if (!prev || !cur) continue;
      expect(ms(cur.created_at)).toBeGreaterThanOrEqual(ms(prev.created_at));
      expect(compareIds(cur.id, prev.id)).toBeGreaterThan(0);
    }
  });

  it('has an existing author for every post, created before it posts; user ids and names are unique', () => {
    expect(new Set(week.users.map((u) => u.id)).size).toBe(week.users.length);
    expect(new Set(week.users.map((u) => u.username.toLowerCase())).size).toBe(week.users.length);
    for (const p of week.posts) {
      const u = userById.get(p.author_id);
      expect(u, `author of ${p.id}`).toBeDefined();
      if (u?.created_at !== undefined) expect(ms(u.created_at)).toBeLessThan(ms(p.created_at));
    }
  });

  it('has references to earlier posts, with the right reply metadata', () => {
    for (const p of week.posts) {
      for (const r of p.referenced_tweets ?? []) {
        const target = postById.get(r.id);
        expect(target, `${p.id} refers to ${r.id}`).toBeDefined();
        if (!target) continue;
        expect(compareIds(target.id, p.id)).toBeLessThan(0);
        if (r.type === 'replied_to') expect(p.in_reply_to_user_id).toBe(target.author_id);
        if (r.type === 'retweeted') expect(p.text.startsWith(`RT @${authorOf(target.id)}: `)).toBe(true);
      }
      if (p.in_reply_to_user_id !== undefined)
        expect(p.referenced_tweets?.some((r) => r.type === 'replied_to')).toBe(true);
    }
    const kinds = new Set(week.posts.flatMap((p) => (p.referenced_tweets ?? []).map((r) => r.type)));
    expect([...kinds].sort()).toEqual(['quoted', 'replied_to', 'retweeted']);
  });

  it('has a user for every official account in the config, with an "Official account" bio', () => {
    const usernames = new Map(week.users.map((u) => [u.username, u]));
    for (const acc of cfg.accounts) {
      const u = usernames.get(acc.handle);
      expect(u, `@${acc.handle}`).toBeDefined();
      expect(u?.description).toMatch(/^Official account of /);
    }
  });

  it('has official accounts posting every school day and mentions in the planned range', () => {
    const official = new Set(cfg.accounts.map((a) => a.handle));
    const isOfficial = (p: { author_id: string }) => official.has(userById.get(p.author_id)?.username ?? '');
    const mentions = week.posts.filter((p) => !isOfficial(p));
    expect(mentions.length).toBeGreaterThanOrEqual(150);
    expect(mentions.length).toBeLessThanOrEqual(250);
    for (const acc of cfg.accounts) {
      const days = new Set(
        week.posts
          .filter((p) => userById.get(p.author_id)?.username === acc.handle)
          .map((p) => new Date(p.created_at).getUTCDay()),
      );
      // Every account posts on at least three school days (Mon=1 … Fri=5).
      expect([1, 2, 3, 4, 5].filter((d) => days.has(d)).length, `@${acc.handle}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('has events that refer to existing posts, academies, kinds and config email addresses', () => {
    const emails = configEmails(cfg);
    const scopes = new Set(['trust', ...cfg.academies.map((a) => a.id)]);
    const kinds = new Set<string>(FINDING_KINDS);
    expect(week.events.length).toBeGreaterThanOrEqual(5);
    for (const e of week.events) {
      expect(ms(e.at)).toBeGreaterThanOrEqual(ms(week.start));
      expect(ms(e.at)).toBeLessThan(ms(week.end));
      expect(emails.has(e.by.toLowerCase()), `${e.type} by ${e.by}`).toBe(true);
      if (e.type === 'action' && e.kind === 'volume_spike') {
        // Storm flags are found by academy.
        expect(scopes.has(e.postId), `${e.action} on storm at ${e.postId}`).toBe(true);
      } else if (e.type === 'action') {
        const post = postById.get(e.postId);
        expect(post, `${e.action} on ${e.postId}`).toBeDefined();
        expect(kinds.has(e.kind)).toBe(true);
        if (post) expect(ms(e.at)).toBeGreaterThan(ms(post.created_at));
      } else {
        expect(scopes.has(e.scope)).toBe(true);
      }
    }
    for (let i = 1; i < week.events.length; i++)
      expect(ms(week.events[i]?.at ?? '')).toBeGreaterThanOrEqual(ms(week.events[i - 1]?.at ?? ''));
  });

  it('lists every finding kind of DESIGN.md in the expected list, except register_gap and takedown_overdue', () => {
    let designKinds: string[] = [...FINDING_KINDS];
    if (DESIGN_FILE !== undefined) {
      const design = readFileSync(DESIGN_FILE, 'utf8');
      const table = design.slice(
        design.indexOf('## What it flags'),
        design.indexOf('Severity decides timing'),
      );
      designKinds = [...table.matchAll(/^\| `([a-z_]+)`/gm)].flatMap((m) => (m[1] ? [m[1]] : []));
      expect([...designKinds].sort()).toEqual([...FINDING_KINDS].sort());
    }
    const expectedKinds = new Set(RIVERSIDE_WEEK_EXPECTED.map((e) => e.kind));
    for (const k of designKinds) {
      // Event kinds raised by the pipeline itself, not by a post: the register gap comes from the config,
      // the overdue take-down from a removal request (incident 17) that X never honours.
      if (k === 'register_gap' || k === 'takedown_overdue') expect(expectedKinds.has(k)).toBe(false);
      else expect(expectedKinds.has(k as (typeof FINDING_KINDS)[number]), k).toBe(true);
    }
  });

  it('has an expected list that refers to real posts, users and academies', () => {
    const scopes = new Set(['trust', ...cfg.academies.map((a) => a.id)]);
    const usernames = new Set(week.users.map((u) => u.username));
    const registered = new Set(cfg.accounts.map((a) => a.handle.toLowerCase()));
    for (const e of RIVERSIDE_WEEK_EXPECTED) {
      expect(scopes.has(e.academy), e.note).toBe(true);
      expect(e.note.length).toBeGreaterThan(0);
      if (e.postId !== undefined) expect(postById.has(e.postId), e.note).toBe(true);
      if (e.username !== undefined) {
        expect(usernames.has(e.username)).toBe(true);
        expect(registered.has(e.username.toLowerCase())).toBe(false);
      }
    }
    const keys = RIVERSIDE_WEEK_EXPECTED.map((e) => `${e.postId ?? e.username ?? ''}|${e.kind}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('has hard negatives that are real posts and never expected to be flagged', () => {
    expect(RIVERSIDE_WEEK_MUST_NOT_FLAG.length).toBeGreaterThanOrEqual(8);
    const flagged = new Set(RIVERSIDE_WEEK_EXPECTED.map((e) => e.postId));
    for (const id of RIVERSIDE_WEEK_MUST_NOT_FLAG) {
      expect(postById.has(id)).toBe(true);
      expect(flagged.has(id)).toBe(false);
    }
  });

  it('puts official-account content findings on official posts and the rest on public posts', () => {
    const official = new Set(cfg.accounts.map((a) => a.handle));
    const onOfficial = new Set([
      'profanity',
      'personal_data',
      'pupil_identification',
      'sensitive_topic',
      'solicitation',
      'hold_breach',
    ]);
    for (const e of RIVERSIDE_WEEK_EXPECTED) {
      if (e.postId === undefined) continue;
      const byOfficial = official.has(authorOf(e.postId));
      expect(byOfficial, `${e.kind}: ${e.note}`).toBe(onOfficial.has(e.kind));
      const owner = cfg.accounts.find((a) => a.handle === authorOf(e.postId ?? ''))?.owner;
      if (byOfficial) expect(owner).toBe(e.academy);
    }
  });

  it('plays the Oakfield hold out as planned: only the two breaches are official Oakfield posts inside it', () => {
    const declare = week.events.find((e) => e.type === 'action' && e.action === 'declare_hold');
    const end = week.events.find((e) => e.type === 'hold_end' && e.scope === 'oakfield');
    expect(declare?.at).toBe('2026-11-19T10:15:00.000Z');
    expect(declare?.by).toBe('principal@oakfield.riverside-trust.example');
    expect(end?.at).toBe('2026-11-20T16:00:00.000Z');
    if (declare?.type !== 'action' || !end) return;
    // The hold is declared from the Oakfield mention-storm alert, which is expected.
    expect(
      RIVERSIDE_WEEK_EXPECTED.some(
        (e) => e.kind === declare.kind && e.academy === declare.postId && e.postId === undefined,
      ),
    ).toBe(true);
    const oakfieldHandles = new Set(cfg.accounts.filter((a) => a.owner === 'oakfield').map((a) => a.handle));
    const inside = week.posts
      .filter((p) => oakfieldHandles.has(userById.get(p.author_id)?.username ?? ''))
      .filter((p) => ms(p.created_at) >= ms(declare.at) && ms(p.created_at) < ms(end.at))
      .map((p) => p.id)
      .sort();
    const breaches = RIVERSIDE_WEEK_EXPECTED.filter((e) => e.kind === 'hold_breach')
      .map((e) => e.postId)
      .sort();
    expect(inside).toEqual(breaches);
    expect(breaches.map((id) => postById.get(id ?? '')?.created_at)).toEqual([
      '2026-11-19T13:30:00.000Z',
      '2026-11-20T15:50:00.000Z',
    ]);
  });

  it('has a pile-on about Oakfield of 15–25 posts from different accounts, ≥ 8 of them in one hour', () => {
    const pile = Object.entries(RIVERSIDE_WEEK_POST_IDS)
      .filter(([k]) => k.startsWith('pile_'))
      .map(([, id]) => postById.get(id))
      .filter((p) => p !== undefined);
    expect(pile.length).toBeGreaterThanOrEqual(15);
    expect(pile.length).toBeLessThanOrEqual(25);
    expect(new Set(pile.map((p) => p.author_id)).size).toBe(pile.length);
    const perHour = new Map<string, number>();
    for (const p of pile)
      perHour.set(p.created_at.slice(0, 13), (perHour.get(p.created_at.slice(0, 13)) ?? 0) + 1);
    expect(Math.max(...perHour.values())).toBeGreaterThanOrEqual(8);
  });

  it('times the threat take-down and the acknowledgement as the story needs', () => {
    const threat = postById.get(RIVERSIDE_WEEK_POST_IDS.threat_km ?? '');
    expect(threat?.created_at).toBe('2026-11-17T21:37:00.000Z');
    expect(threat?.deleted_at).toBe('2026-11-18T20:00:00.000Z');
    const removal = week.events.find(
      (e) => e.type === 'action' && e.action === 'removal_requested' && e.postId === threat?.id,
    );
    expect(removal?.at).toBe('2026-11-18T09:10:00.000Z');
    // Removed within 24 hours of the request: resolved, not overdue.
    expect(ms(threat?.deleted_at ?? '') - ms(removal?.at ?? '')).toBeLessThan(24 * 3600_000);

    // Incident 17: a removal X never honours (the post is never deleted) → takedown_overdue.
    const abuse = postById.get(RIVERSIDE_WEEK_POST_IDS.abuse_oak ?? '');
    const ignored = week.events.find(
      (e) => e.type === 'action' && e.action === 'removal_requested' && e.postId === abuse?.id,
    );
    expect(ignored).toBeDefined();
    expect(abuse?.deleted_at).toBeUndefined();
    expect(ms(week.end) - ms(ignored?.at ?? '')).toBeGreaterThan(24 * 3600_000);

    const sg = postById.get(RIVERSIDE_WEEK_POST_IDS.sg_brookside ?? '');
    const ack = week.events.find((e) => e.type === 'action' && e.action === 'acknowledge');
    expect(ms(ack?.at ?? '') - ms(sg?.created_at ?? '')).toBe(20 * 60_000);
    expect(ack?.by).toBe('dsl@brookside.riverside-trust.example');

    const bomb = postById.get(RIVERSIDE_WEEK_POST_IDS.threat_oak ?? '');
    expect(bomb?.created_at).toBe('2026-11-19T23:48:00.000Z');
    const bombActions = week.events.filter((e) => e.type === 'action' && e.postId === bomb?.id);
    expect(bombActions).toEqual([]);
  });
});
