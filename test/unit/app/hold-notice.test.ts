/**
 * The words of a posting-hold notice (lib/app/holds.ts `holdNotice`): the subject says until when, the
 * times are British English in Europe/London whatever the machine's locale, and both notices say who
 * to ask.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { holdNotice } from '../../../lib/app/holds';
import { loadConfigFile } from '../../../lib/config/load';
import type { Config } from '../../../lib/config/schema';
import type { Hold } from '../../../lib/domain/hold';

let config: Config;
beforeAll(async () => {
  config = await loadConfigFile('config/riverside.yaml');
});

const hold: Hold = {
  id: 'h1',
  scope: 'oakfield',
  reason: 'prom pile-on',
  declaredBy: 'principal@oakfield.riverside-trust.example',
  declaredAt: '2026-10-23T16:30:00.000Z',
  startsAt: '2026-10-23T16:30:00.000Z',
};

describe('hold notices', () => {
  it('say "until further notice" without a planned end, and the planned end when there is one', () => {
    expect(holdNotice(config, hold, 'hold_start').subject).toBe(
      '[HOLD] No posting on Oakfield Academy accounts until further notice',
    );
    expect(holdNotice(config, { ...hold, until: '2026-10-26T08:00:00.000Z' }, 'hold_start').subject).toBe(
      '[HOLD] No posting on Oakfield Academy accounts until Monday 26 October 2026 at 08:00 GMT',
    );
  });

  it('give wall-clock times with the zone British people use, either side of the clock change', () => {
    const facts = new Map(
      holdNotice(config, { ...hold, until: '2026-10-26T08:00:00.000Z' }, 'hold_start').facts,
    );
    expect(facts.get('From')).toBe('Friday 23 October 2026 at 17:30 BST');
    expect(facts.get('Until')).toBe('Monday 26 October 2026 at 08:00 GMT');
  });

  it('tell people who to ask when the hold starts and when it ends', () => {
    const lifted = { ...hold, endedAt: '2026-10-25T19:00:00.000Z', endedBy: 'ceo@riverside-trust.example' };
    expect(holdNotice(config, hold, 'hold_start').paragraphs.at(-1)).toMatch(
      /^Questions: .*Principal, Oakfield Academy.*principal@oakfield\.riverside-trust\.example\.$/,
    );
    expect(holdNotice(config, lifted, 'hold_end').paragraphs.at(-1)).toMatch(
      /^Questions: .*, ceo@riverside-trust\.example\.$/,
    );
  });
});
