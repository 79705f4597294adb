import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseConfigObject } from '../../../lib/config/load';
import type { Config, ConfigInput } from '../../../lib/config/schema';
import { parseQuery } from '../../../lib/local/fake-x';
import { handlesOf, planQueries, resolveHandles, WEEK_MS } from '../../../lib/x/planner';
import { MemoryAuthorCache } from '../../../lib/x/memory';
import type { XReader, XUser } from '../../../lib/x/types';
import { riverside } from '../../fixtures/x/world';

/** Every configured term, as the planner writes it. */
const expectedMentionTerms = (c: Config): string[] => {
  const raws = [
    ...c.accounts.map((a) => `@${a.handle}`),
    c.trust.name,
    ...c.trust.aliases,
    ...c.trust.keywords,
    ...c.academies.flatMap((a) => [a.name, ...a.aliases, ...a.keywords]),
  ];
  return raws.map((r) =>
    r.startsWith('#') || r.startsWith('@') || /^[\p{L}\p{N}_]+$/u.test(r) ? r : `"${r}"`,
  );
};

const checkPlan = (c: Config) => {
  const groups = planQueries(c);
  for (const g of groups) {
    expect(g.query.length).toBeLessThanOrEqual(512);
    expect(() => parseQuery(g.query)).not.toThrow();
  }
  const official = groups.filter((g) => g.source === 'official').flatMap(handlesOf);
  expect(official.sort()).toEqual(c.accounts.map((a) => a.handle).sort());
  const covered = groups
    .filter((g) => g.source === 'mention')
    .flatMap((g) => g.covers.map((t) => t.toLowerCase()));
  expect(new Set(covered).size).toBe(covered.length); // exactly once
  expect(new Set(covered)).toEqual(new Set(expectedMentionTerms(c).map((t) => t.toLowerCase())));
  return groups;
};

const bigConfig = (
  academies: number,
  perAcademy: number,
  extra: (i: number) => string[] = () => [],
): Config => {
  const p = (n: string) => ({ name: n, email: `${n.replace(/\W/g, '').toLowerCase()}@t.example` });
  const ids = Array.from({ length: academies }, (_, i) => `academy-${i}`);
  const input: ConfigInput = {
    trust: {
      id: 'big',
      name: 'Big Learning Trust',
      ceo: p('ceo'),
      coo: p('coo'),
      commsLead: p('comms'),
      operations: p('ops'),
    },
    academies: ids.map((id, i) => ({
      id,
      name: `Place${i} Academy`,
      aliases: [`Place${i}`],
      keywords: [`#Place${i}Pride`, ...extra(i)],
      principal: p(`head${i}`),
      dsl: p(`dsl${i}`),
    })),
    accounts: [
      {
        platform: 'x',
        handle: 'BigTrustHQ',
        owner: 'trust',
        approvedBy: 'ceo',
        approvedOn: '2025-01-01',
        admins: [p('a'), p('b')],
      },
      ...ids.flatMap((id, i) =>
        Array.from({ length: perAcademy }, (_, k) => ({
          platform: 'x' as const,
          handle: `Place${i}Acc${k}`,
          owner: id,
          approvedBy: 'ceo',
          approvedOn: '2025-01-01',
          admins: [p('a'), p('b')],
        })),
      ),
    ],
    alerts: { from: 'tw@t.example' },
  };
  return parseConfigObject(input);
};

describe('planQueries', () => {
  it('packs the Riverside register into few queries ≤ 512 chars, covering everything exactly once', () => {
    const groups = checkPlan(riverside());
    expect(groups.filter((g) => g.source === 'official')).toHaveLength(1);
    expect(groups.filter((g) => g.source === 'mention').length).toBeLessThanOrEqual(2);
  });

  it('keeps group ids stable across runs, and an edit to one academy changes only its group', () => {
    const a = planQueries(riverside());
    expect(planQueries(riverside()).map((g) => g.id)).toEqual(a.map((g) => g.id));
    const edited = riverside();
    const brookside = edited.academies.find((x) => x.id === 'brookside');
    brookside?.keywords.push('#BrooksideSports');
    const b = planQueries(edited);
    const changed = b.filter((g) => !a.some((x) => x.id === g.id));
    expect(changed).toHaveLength(1);
    expect(changed[0]?.covers).toContain('#BrooksideSports');
  });

  it('drops a phrase made redundant by a shorter term but still covers it', () => {
    const groups = planQueries(riverside());
    const withOakfield = groups.find((g) => g.covers.includes('Oakfield'));
    expect(withOakfield?.covers).toContain('"Oakfield Academy"');
    expect(withOakfield?.query).not.toContain('"Oakfield Academy"');
  });

  it('excludes official accounts from mention queries where room allows, and skips public retweets', () => {
    const groups = planQueries(riverside());
    const mentions = groups.filter((g) => g.source === 'mention');
    for (const g of mentions) expect(g.query).toMatch(/-is:retweet$/);
    // Riverside is small: every mention query can exclude its own academies' accounts.
    const first = mentions.find((g) => g.covers.includes('@OakfieldAcad'));
    expect(first?.query).toContain('-from:OakfieldAcad');
    expect(planQueries(riverside(), { excludeRetweets: false })[1]?.query).not.toContain('is:retweet');
  });

  it('packs a 31-account trust into the minimum of official queries and at most 3 mention queries', () => {
    const c = bigConfig(10, 3, (i) => (i < 5 ? [`#Team${i}`] : []));
    const groups = checkPlan(c);
    const fromChars = c.accounts.reduce((n, a) => n + `from:${a.handle}`.length + 4, -4);
    expect(groups.filter((g) => g.source === 'official')).toHaveLength(Math.ceil(fromChars / 512));
    expect(groups.filter((g) => g.source === 'mention').length).toBeLessThanOrEqual(3);
  });

  it('property: any register is covered exactly once within 512 characters', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 4 }), (academies, per) => {
        checkPlan(bigConfig(academies, per));
      }),
      { numRuns: 25 },
    );
  });
});

describe('resolveHandles', () => {
  it('looks handles up once, caches them, and refreshes after a week', async () => {
    let now = 0;
    const clock = { now: () => now };
    const calls: string[][] = [];
    const reader: Pick<XReader, 'usersByUsernames'> = {
      usersByUsernames: (names) => {
        calls.push(names);
        return Promise.resolve(
          names
            .filter((n) => n !== 'Gone')
            .map((n, i): XUser => ({
              id: String(i + 1),
              username: n,
              name: n,
              description: '',
              protected: false,
              verified: false,
            })),
        );
      },
    };
    const authors = new MemoryAuthorCache();
    const deps = { reader: reader as XReader, authors, clock };
    const r1 = await resolveHandles(deps, ['RiversideLT', 'Gone']);
    expect(r1.missing).toEqual(['Gone']);
    expect(r1.handleById.get('1')).toBe('RiversideLT');
    await resolveHandles(deps, ['RiversideLT', 'Gone']);
    expect(calls).toHaveLength(1);
    now = WEEK_MS;
    await resolveHandles(deps, ['RiversideLT']);
    expect(calls).toHaveLength(2);
  });
});
