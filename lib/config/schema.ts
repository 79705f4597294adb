/**
 * The trust config: one YAML file, validated by this zod schema. The CLI (`trustwatch validate`),
 * every Lambda (at cold start) and the CDK app (at synth) all parse it with `parseConfig`, so a broken
 * config fails the same way everywhere, with a message that names the field.
 *
 * Shape (see config/riverside.yaml for a full, commented example):
 *   trust       who runs the trust: name, id, time zone, CEO, COO, comms lead, operations contact
 *   academies   each academy: id, name, aliases/keywords, Principal, DSL, comms lead
 *   accounts    the register of approved official accounts (CT §4.4): handle, owner, approval, 2 admins
 *   alerts      from address, which severities go now vs. into the daily roll-up, escalation hours
 *   schedule    poll/notify minutes, discovery time, digest day/time (Europe/London wall clock)
 *   x           monthly budget and price table (pay-per-use, FACTS.md)
 *   retention   how long posts and flags are kept (UK GDPR: no longer than needed)
 *   policy      name of the policy and its next review date (for the COO digest)
 *
 * Cross-field rules (`z.superRefine` checks): unique ids and handles; accounts owned by a known academy or
 * `trust`; two admin contacts per account; no personal mail domains for admins (CT §4.4.2). A real
 * register has gaps: an account may record one in `knownGap` instead, which then passes validation and
 * is reported to the COO as a `register_gap` finding until it is fixed.
 */
import * as z from '../zod';
import { SEVERITIES } from '../domain/kinds';

/** Webmail domains that are personal, not work, addresses (CT §4.4.2). */
export const PERSONAL_MAIL_DOMAINS = [
  'gmail.com',
  'googlemail.com',
  'hotmail.com',
  'hotmail.co.uk',
  'outlook.com',
  'outlook.co.uk',
  'live.com',
  'live.co.uk',
  'msn.com',
  'yahoo.com',
  'yahoo.co.uk',
  'ymail.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'aol.co.uk',
  'btinternet.com',
  'sky.com',
  'talktalk.net',
  'virginmedia.com',
  'protonmail.com',
  'proton.me',
  'gmx.com',
  'gmx.co.uk',
  'mail.com',
  'zoho.com',
] as const;

const id = z.string({ error: 'must be text' }).check(
  z.regex(/^[a-z0-9][a-z0-9-]{1,39}$/, {
    error: 'must be 2–40 lower-case letters, digits or hyphens, starting with a letter or digit',
  }),
  z.refine((v) => v !== 'trust', { error: '"trust" is reserved for the trust itself' }),
);

const email = z.email({ error: 'not an email address' });

const person = z.strictObject({
  name: z.string({ error: 'must be text' }).check(z.trim(), z.minLength(1, { error: 'must not be empty' })),
  email,
});

const hhmm = z
  .string({ error: 'must be a time like "07:30"' })
  .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time like "07:30"' }));

const isoDate = z.iso.date({ error: 'must be a date like 2026-09-01' });

const handle = z.pipe(
  z.pipe(
    z.string({ error: 'must be text' }),
    z.transform((h: string) => h.replace(/^@/, '')),
  ),
  z
    .string()
    .check(
      z.regex(/^[A-Za-z0-9_]{1,15}$/, { error: 'not an X handle (1–15 letters, digits or underscores)' }),
    ),
);

const term = z
  .string({ error: 'must be text' })
  .check(z.trim(), z.minLength(2, { error: 'must be at least 2 characters' }));

/** A number within (0, max], `fallback` when absent. */
const positiveUpTo = (max: number, fallback: number) =>
  z._default(z.number().check(z.positive(), z.maximum(max)), fallback);

/** A whole number within [1, max], `fallback` when absent. */
const countUpTo = (max: number, fallback: number) =>
  z._default(z.int().check(z.minimum(1), z.maximum(max)), fallback);

/** Text that is not empty once trimmed, `fallback` when absent. */
const textOr = (fallback: string) => z._default(z.string().check(z.trim(), z.minLength(1)), fallback);

/** Whether Intl knows the time zone (what date-fns/tz and Intl.DateTimeFormat will be given). */
export const isKnownTimeZone = (tz: string): boolean => {
  if (!tz) return false;
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

const timeZone = z
  .string({ error: 'must be an IANA time zone like Europe/London' })
  .check(z.refine(isKnownTimeZone, { error: 'not a known IANA time zone (e.g. Europe/London)' }));

const severityList = z.array(z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` }));

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const AcademySchema = z.strictObject({
  id,
  name: term,
  aliases: z._default(z.array(term), []),
  keywords: z._default(z.array(term), []),
  principal: z.extend(person, {
    title: z._default(
      z.enum(['Principal', 'Headteacher', 'Head of School', 'Executive Headteacher']),
      'Principal',
    ),
  }),
  dsl: person,
  commsLead: z.optional(person),
});

export const AccountSchema = z.strictObject({
  platform: z.literal('x', { error: 'only "x" is monitored today' }),
  handle,
  owner: z.string({ error: 'must be an academy id or "trust"' }).check(z.minLength(1)),
  approvedBy: z.string({ error: 'must name who approved the account' }).check(z.trim(), z.minLength(1)),
  approvedOn: isoDate,
  admins: z._default(z.array(person), []),
  /** A known shortfall (e.g. one admin until a new hire starts). Reported to the COO as register_gap. */
  knownGap: z.optional(z.string().check(z.trim(), z.minLength(3))),
});

const AlertsSchema = z
  .strictObject({
    from: email,
    fromName: textOr('TrustWatch'),
    immediate: z._default(severityList, ['critical', 'high']),
    rollup: z._default(severityList, ['medium', 'low']),
    rollupTime: z._default(hhmm, '16:00'),
    escalateAfterHours: z.prefault(
      z.strictObject({ critical: positiveUpTo(72, 1), high: positiveUpTo(168, 4) }),
      {},
    ),
    takedownHours: positiveUpTo(168, 24),
  })
  .check(
    z.superRefine((a, ctx) => {
      for (const s of a.immediate)
        if (a.rollup.includes(s))
          ctx.addIssue({
            code: 'custom',
            path: ['rollup'],
            message: `"${s}" is listed both as immediate and as roll-up; choose one`,
          });
      for (const s of ['critical'] as const)
        if (!a.immediate.includes(s))
          ctx.addIssue({
            code: 'custom',
            path: ['immediate'],
            message: 'critical alerts (threats, safeguarding) must be sent immediately',
          });
    }),
  );

const ScheduleSchema = z.strictObject({
  pollMinutes: countUpTo(60, 5),
  notifyMinutes: countUpTo(60, 5),
  discoverTime: z._default(hhmm, '06:00'),
  digest: z.prefault(
    z.strictObject({
      day: z._default(z.enum(DAYS, { error: 'must be a weekday name like monday' }), 'monday'),
      time: z._default(hhmm, '07:30'),
      ccCeo: z._default(z.boolean(), true),
    }),
    {},
  ),
});

const XSchema = z.strictObject({
  monthlyBudgetUsd: z.number().check(z.positive({ error: 'must be a positive number of US dollars' })),
  prices: z.prefault(
    z.strictObject({
      postRead: z._default(z.number().check(z.nonnegative()), 0.005),
      userRead: z._default(z.number().check(z.nonnegative()), 0.01),
    }),
    {},
  ),
});

export const ConfigSchema = z
  .strictObject({
    trust: z.strictObject({
      id,
      name: term,
      timeZone: z._default(timeZone, 'Europe/London'),
      aliases: z._default(z.array(term), []),
      keywords: z._default(z.array(term), []),
      ceo: person,
      coo: person,
      commsLead: person,
      operations: person,
      /** Trust-wide safeguarding lead, for concerns not attributable to one academy (else the CEO). */
      dsl: z.optional(person),
    }),
    academies: z.array(AcademySchema).check(z.minLength(1, { error: 'list at least one academy' })),
    accounts: z.array(AccountSchema).check(z.minLength(1, { error: 'list at least one approved account' })),
    alerts: AlertsSchema,
    schedule: z.prefault(ScheduleSchema, {}),
    x: z.prefault(XSchema, { monthlyBudgetUsd: 100 }),
    retention: z.prefault(
      z.strictObject({ postsDays: countUpTo(3650, 90), flagsDays: countUpTo(3650, 400) }),
      {},
    ),
    policy: z.prefault(
      z.strictObject({ name: textOr('Social Media Policy'), nextReviewDate: z.optional(isoDate) }),
      {},
    ),
  })
  .check(
    z.superRefine((cfg, ctx) => {
      const seenAcademy = new Map<string, number>();
      cfg.academies.forEach((a, i) => {
        const prev = seenAcademy.get(a.id);
        if (prev !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['academies', i, 'id'],
            message: `duplicate academy id "${a.id}" (also academies[${prev}])`,
          });
        else seenAcademy.set(a.id, i);
      });
      if (seenAcademy.has(cfg.trust.id))
        ctx.addIssue({
          code: 'custom',
          path: ['trust', 'id'],
          message: `"${cfg.trust.id}" is also an academy id; the trust needs its own id`,
        });

      const seenHandle = new Map<string, number>();
      cfg.accounts.forEach((acc, i) => {
        const key = acc.handle.toLowerCase();
        const prev = seenHandle.get(key);
        if (prev !== undefined)
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', i, 'handle'],
            message: `duplicate handle @${acc.handle} (also accounts[${prev}])`,
          });
        else seenHandle.set(key, i);

        if (acc.owner !== 'trust' && !seenAcademy.has(acc.owner))
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', i, 'owner'],
            message: `"${acc.owner}" is not an academy id (known: ${[...seenAcademy.keys(), 'trust'].join(', ')})`,
          });

        if (acc.knownGap !== undefined) return;
        if (acc.admins.length < 2)
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', i, 'admins'],
            message: `has ${acc.admins.length} admin contact(s); every account needs two (CT §4.4.2), or record the shortfall in knownGap`,
          });
        acc.admins.forEach((adm, j) => {
          const domain = adm.email.split('@')[1]?.toLowerCase() ?? '';
          if ((PERSONAL_MAIL_DOMAINS as readonly string[]).includes(domain))
            ctx.addIssue({
              code: 'custom',
              path: ['accounts', i, 'admins', j, 'email'],
              message: `${domain} is a personal mail domain; admins must use a work address (CT §4.4.2)`,
            });
        });
        const emails = acc.admins.map((a) => a.email.toLowerCase());
        if (emails.length >= 2 && new Set(emails).size < emails.length)
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', i, 'admins'],
            message: 'the two admin contacts must be different people (same email twice)',
          });
      });

      if (!cfg.accounts.some((a) => a.owner === 'trust'))
        ctx.addIssue({
          code: 'custom',
          path: ['accounts'],
          message: 'no account is owned by "trust"; list the trust’s own official account',
        });
    }),
  );

/** Input as written in YAML (defaults not yet applied). */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** Parsed, defaulted config. */
export type Config = z.output<typeof ConfigSchema>;
export type Academy = Config['academies'][number];
export type Account = Config['accounts'][number];
export type Person = Config['trust']['ceo'];
