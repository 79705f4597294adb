/**
 * From a flag and one recipient to a ready-to-send message (the `Composer` port of lib/app/ports).
 *
 * Delivery model: every recipient gets their OWN copy, with their own signed action links, sent with
 * the envelope `destinations: [that recipient]`; the To/Cc headers list everyone the flag was routed to,
 * so each person sees who else was told. An escalation is addressed To the person it escalates to only
 * (the body names who had it first: they are not sent this copy, so they are not shown as Cc).
 * Roll-ups are To the one recipient.
 *
 * Everything is a function of the inputs and the injected clock: Date, Message-ID (hash of purpose,
 * subject id and recipient), link expiry (now + TTL) and link nonces (derived) are all deterministic,
 * so the demo's .eml files are byte-identical across runs.
 */
import type { Clock, Composer, MailMeta, Notice, OutgoingMail } from '../app/ports';
import type { Config } from '../config/schema';
import type { Flag, Recipient } from '../domain/flag';
import { DEFAULT_LINK_TTL_MS, signActionLinks } from '../actions/links';
import type { ActionKey, ActionLinks } from '../actions/links';
import { buildMime, messageIdFor } from './mime';
import type { MailAddress } from './mime';
import { renderNotice } from './notice';
import { renderAlert, renderRollup } from './render';
import type { Escalation, RenderedMail } from './render';

const addr = (r: Pick<Recipient, 'name' | 'email'>): MailAddress => ({ name: r.name, address: r.email });

const baseHeaders = (purpose: string): Record<string, string> => ({
  'Auto-Submitted': 'auto-generated',
  'X-Auto-Response-Suppress': 'All',
  'X-TrustWatch-Purpose': purpose,
});

interface Assembled {
  rendered: RenderedMail;
  purpose: 'alert' | 'escalation' | 'rollup' | 'notice';
  subjectId: string;
  to: Recipient[];
  cc: Recipient[];
  kinds: string[];
  headers: Record<string, string>;
}

const assemble = async (
  config: Config,
  recipient: Recipient,
  now: number,
  a: Assembled,
): Promise<OutgoingMail> => {
  const raw = await buildMime({
    from: { name: config.alerts.fromName, address: config.alerts.from },
    to: a.to.map(addr),
    cc: a.cc.map(addr),
    subject: a.rendered.subject,
    html: a.rendered.html,
    text: a.rendered.text,
    date: new Date(now),
    messageId: messageIdFor(a.purpose, a.subjectId, recipient.email, config.alerts.from),
    headers: { ...baseHeaders(a.purpose), ...a.headers },
  });
  const meta: MailMeta = {
    subject: a.rendered.subject,
    to: a.to.map((r) => r.email),
    cc: a.cc.map((r) => r.email),
    kinds: a.kinds,
    purpose: a.purpose,
  };
  return { raw, from: config.alerts.from, destinations: [recipient.email], meta };
};

export interface AlertMailInput {
  config: Config;
  flag: Flag;
  recipient: Recipient;
  links: ActionLinks;
  /** Epoch ms: the Date header and "sent" time. */
  now: number;
  timeZone?: string;
  linksExpireAt?: number;
  escalation?: Escalation;
}

/** Render and build one alert for one recipient. */
export const composeAlert = async (input: AlertMailInput): Promise<OutgoingMail> => {
  const { config, flag, recipient, now } = input;
  const rendered = renderAlert(flag, recipient, {
    config,
    timeZone: input.timeZone ?? config.trust.timeZone,
    links: input.links,
    now,
    ...(input.escalation ? { escalation: input.escalation } : {}),
    ...(input.linksExpireAt !== undefined ? { linksExpireAt: input.linksExpireAt } : {}),
  });
  const headers: Record<string, string> = {
    'X-TrustWatch-Flag': flag.id,
    'X-TrustWatch-Kind': flag.kind,
    'X-TrustWatch-Severity': flag.severity,
  };
  if (flag.severity === 'critical') {
    headers['Importance'] = 'high';
    headers['X-Priority'] = '1 (Highest)';
  }
  return assemble(config, recipient, now, {
    rendered,
    purpose: input.escalation ? 'escalation' : 'alert',
    subjectId: flag.id,
    to: input.escalation ? [recipient] : flag.to,
    cc: input.escalation ? [] : flag.cc,
    kinds: [flag.kind],
    headers,
  });
};

export interface RollupMailInput {
  config: Config;
  flags: readonly Flag[];
  recipient: Recipient;
  linksFor: (flag: Flag) => ActionLinks;
  /** The roll-up slot (ISO), part of the Message-ID. */
  dueAt: string;
  now: number;
  timeZone?: string;
  linksExpireAt?: number;
}

export const composeRollup = async (input: RollupMailInput): Promise<OutgoingMail> => {
  const { config, recipient, now } = input;
  const rendered = renderRollup(input.flags, recipient, {
    config,
    timeZone: input.timeZone ?? config.trust.timeZone,
    now,
    linksFor: input.linksFor,
    ...(input.linksExpireAt !== undefined ? { linksExpireAt: input.linksExpireAt } : {}),
  });
  return assemble(config, recipient, now, {
    rendered,
    purpose: 'rollup',
    subjectId: input.dueAt,
    to: [recipient],
    cc: [],
    kinds: [...new Set(input.flags.map((f) => f.kind))],
    headers: { 'X-TrustWatch-Kind': 'rollup', 'X-TrustWatch-Count': String(input.flags.length) },
  });
};

export const composeNotice = async (
  config: Config,
  notice: Notice,
  recipient: Recipient,
  now: number,
  timeZone = config.trust.timeZone,
): Promise<OutgoingMail> =>
  assemble(config, recipient, now, {
    rendered: renderNotice(notice, recipient, { config, timeZone, now }),
    purpose: 'notice',
    subjectId: notice.id,
    to: notice.to,
    cc: notice.cc,
    kinds: [notice.kind],
    headers: { 'X-TrustWatch-Kind': notice.kind },
  });

export interface ComposerDeps {
  config: Config;
  clock: Clock;
  /** Action-link signing secret (Secrets Manager in AWS; a fixed local key in the demo). */
  actionSecret: ActionKey;
  /** The actions Function URL. */
  actionBaseUrl: string;
  /** How long links work (default 7 days). */
  linkTtlMs?: number;
}

/** The Composer port: signs each recipient's links, renders, builds MIME, sets the envelope. */
export const createComposer = (deps: ComposerDeps): Composer => {
  const ttl = deps.linkTtlMs ?? DEFAULT_LINK_TTL_MS;
  const linksFor = (flag: Flag, recipient: Recipient, expiresAt: number): ActionLinks =>
    signActionLinks({ flag, recipient, secret: deps.actionSecret, baseUrl: deps.actionBaseUrl, expiresAt });
  return {
    alert: async (flag, recipient, opts) => {
      const now = deps.clock.now();
      const expiresAt = now + ttl;
      return composeAlert({
        config: deps.config,
        flag,
        recipient,
        links: linksFor(flag, recipient, expiresAt),
        now,
        linksExpireAt: expiresAt,
        ...(opts?.escalation
          ? {
              escalation: {
                originalRecipients: [...flag.to, ...flag.cc].filter(
                  (r) => r.email.toLowerCase() !== recipient.email.toLowerCase(),
                ),
                hoursUnacknowledged: opts.escalation.hoursOpen,
              },
            }
          : {}),
      });
    },
    rollup: async (flags, recipient, dueAt) => {
      const now = deps.clock.now();
      const expiresAt = now + ttl;
      return composeRollup({
        config: deps.config,
        flags,
        recipient,
        linksFor: (f) => linksFor(f, recipient, expiresAt),
        dueAt,
        now,
        linksExpireAt: expiresAt,
      });
    },
    notice: async (notice, recipient) => composeNotice(deps.config, notice, recipient, deps.clock.now()),
  };
};
