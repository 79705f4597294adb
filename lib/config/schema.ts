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
 * Cross-field rules (superRefine): unique ids and handles; accounts owned by a known academy or
 * `trust`; two admin contacts per account; no personal mail domains for admins (CT §4.4.2). A real
 * register has gaps: an account may record one in `knownGap` instead, which then passes validation and
 * is reported to the COO as a `register_gap` finding until it is fixed.
 */
import * as z from 'zod';
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

const id = z
  .string({ error: 'must be text' })
  .regex(/^[a-z0-9][a-z0-9-]{1,39}$/, {
    error: 'must be 2–40 lower-case letters, digits or hyphens, starting with a letter or digit',
  })
  .refine((v) => v !== 'trust', { error: '"trust" is reserved for the trust itself' });

const email = z.email({ error: 'not an email address' });

const person = z.strictObject({
  name: z.string({ error: 'must be text' }).trim().min(1, { error: 'must not be empty' }),
  email,
});

const hhmm = z
  .string({ error: 'must be a time like "07:30"' })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'must be a 24-hour time like "07:30"' });

const isoDate = z.iso.date({ error: 'must be a date like 2026-09-01' });

const handle = z
  .string({ error: 'must be text' })
  .transform((h) => h.replace(/^@/, ''))
  .pipe(
    z.string().regex(/^[A-Za-z0-9_]{1,15}$/, {
      error: 'not an X handle (1–15 letters, digits or underscores)',
    }),
  );

const term = z.string({ error: 'must be text' }).trim().min(2, { error: 'must be at least 2 characters' });

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
  .refine(isKnownTimeZone, { error: 'not a known IANA time zone (e.g. Europe/London)' });

const severityList = z.array(z.enum(SEVERITIES, { error: `must be one of ${SEVERITIES.join(', ')}` }));

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;

export const AcademySchema = z.strictObject({
  id,
  name: term,
  aliases: z.array(term).default([]),
  keywords: z.array(term).default([]),
  principal: person.extend({
    title: z
      .enum(['Principal', 'Headteacher', 'Head of School', 'Executive Headteacher'])
      .default('Principal'),
  }),
  dsl: person,
  commsLead: person.optional(),
});

export const AccountSchema = z.strictObject({
  platform: z.literal('x', { error: 'only "x" is monitored today' }),
  handle,
  owner: z.string({ error: 'must be an academy id or "trust"' }).min(1),
  approvedBy: z.string({ error: 'must name who approved the account' }).trim().min(1),
  approvedOn: isoDate,
  admins: z.array(person).default([]),
  /** A known shortfall (e.g. one admin until a new hire starts). Reported to the COO as register_gap. */
  knownGap: z.string().trim().min(3).optional(),
});

export const ConfigSchema = z
  .strictObject({
    trust: z.strictObject({
      id,
      name: term,
      timeZone: timeZone.default('Europe/London'),
      aliases: z.array(term).default([]),
      keywords: z.array(term).default([]),
      ceo: person,
      coo: person,
      commsLead: person,
      operations: person,
      /** Trust-wide safeguarding lead, for concerns not attributable to one academy (else the CEO). */
      dsl: person.optional(),
    }),
    academies: z.array(AcademySchema).min(1, { error: 'list at least one academy' }),
    accounts: z.array(AccountSchema).min(1, { error: 'list at least one approved account' }),
    alerts: z
      .strictObject({
        from: email,
        fromName: z.string().trim().min(1).default('TrustWatch'),
        immediate: severityList.default(['critical', 'high']),
        rollup: severityList.default(['medium', 'low']),
        rollupTime: hhmm.default('16:00'),
        escalateAfterHours: z
          .strictObject({
            critical: z.number().positive().max(72).default(1),
            high: z.number().positive().max(168).default(4),
          })
          .prefault({}),
        takedownHours: z.number().positive().max(168).default(24),
      })
      .superRefine((a, ctx) => {
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
    schedule: z
      .strictObject({
        pollMinutes: z.number().int().min(1).max(60).default(5),
        notifyMinutes: z.number().int().min(1).max(60).default(5),
        discoverTime: hhmm.default('06:00'),
        digest: z
          .strictObject({
            day: z.enum(DAYS, { error: 'must be a weekday name like monday' }).default('monday'),
            time: hhmm.default('07:30'),
            ccCeo: z.boolean().default(true),
          })
          .prefault({}),
      })
      .prefault({}),
    x: z
      .strictObject({
        monthlyBudgetUsd: z.number().positive({ error: 'must be a positive number of US dollars' }),
        prices: z
          .strictObject({
            postRead: z.number().nonnegative().default(0.005),
            userRead: z.number().nonnegative().default(0.01),
          })
          .prefault({}),
      })
      .prefault({ monthlyBudgetUsd: 100 }),
    retention: z
      .strictObject({
        postsDays: z.number().int().min(1).max(3650).default(90),
        flagsDays: z.number().int().min(1).max(3650).default(400),
      })
      .prefault({}),
    policy: z
      .strictObject({
        name: z.string().trim().min(1).default('Social Media Policy'),
        nextReviewDate: isoDate.optional(),
      })
      .prefault({}),
  })
  .superRefine((cfg, ctx) => {
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
  });

/** Input as written in YAML (defaults not yet applied). */
export type ConfigInput = z.input<typeof ConfigSchema>;
/** Parsed, defaulted config. */
export type Config = z.output<typeof ConfigSchema>;
export type Academy = Config['academies'][number];
export type Account = Config['accounts'][number];
export type Person = Config['trust']['ceo'];
