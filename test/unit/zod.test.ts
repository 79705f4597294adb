import { describe, expect, it } from 'vitest';
import * as z from '../../lib/zod';

describe('lib/zod: zod/mini with the English locale', () => {
  it('gives zod\'s own issues English messages (zod/mini alone says only "Invalid input")', () => {
    const issues = (schema: z.ZodMiniType, input: unknown) =>
      schema.safeParse(input).error?.issues.map((i) => i.message);
    expect(issues(z.string().check(z.minLength(2)), 'a')).toEqual([
      'Too small: expected string to have >=2 characters',
    ]);
    expect(issues(z.number(), 'a')).toEqual(['Invalid input: expected number, received string']);
    expect(issues(z.strictObject({}), { a: 1 })).toEqual(['Unrecognized key: "a"']);
    expect(issues(z.email(), 'x')).toEqual(['Invalid email address']);
  });

  it('keeps messages given to a schema or a check', () => {
    const s = z.string({ error: 'must be text' }).check(z.minLength(2, { error: 'too short' }));
    expect(s.safeParse(1).error?.issues[0]?.message).toBe('must be text');
    expect(s.safeParse('a').error?.issues[0]?.message).toBe('too short');
  });
});
