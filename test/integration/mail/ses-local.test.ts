/**
 * The real path end to end, offline: render → MIME → SESClient SendRawEmail → aws-ses-v2-local (in
 * process), then read back what SES "received" (GET /store, parsed by the server with mailparser).
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESClient } from '@aws-sdk/client-ses';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from '../../../lib/zod';
import { verifyAction } from '../../../lib/actions/links';
import { createComposer } from '../../../lib/mail/compose';
import { createSesMailer } from '../../../lib/mail/ses';
import { HOSTILE, SAMPLE_NOW, hostileFlag, sampleFlags } from '../../../lib/mail/samples';
import { BASE, KEY, exampleConfig, hrefs, tagNames } from '../../unit/mail/helpers';

type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;

const List = z._default(
  z.union([
    z.array(z.string()),
    z.pipe(
      z.string(),
      z.transform((s: string) => (s ? [s] : [])),
    ),
  ]),
  [],
);
const Store = z.object({
  emails: z.array(
    z.object({
      messageId: z.string(),
      from: z.string(),
      destination: z.object({ to: List, cc: List, bcc: List }),
      subject: z.string(),
      body: z.object({ text: z.optional(z.string()), html: z.optional(z.string()) }),
    }),
  ),
});

let server: Server;
let endpoint: string;
let client: SESClient;

const received = async () => Store.parse(await (await fetch(`${endpoint}/store`)).json()).emails;

beforeAll(async () => {
  const mod = await import('aws-ses-v2-local');
  // The package is CommonJS with an __esModule default; depending on the loader the factory sits at
  // .default or .default.default.
  const d = mod.default as unknown as StartSes | { default?: StartSes };
  const start = typeof d === 'function' ? d : d.default;
  if (!start) throw new Error('aws-ses-v2-local: no server factory');
  server = await start({ host: '127.0.0.1', port: 0 });
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = new SESClient({
    endpoint,
    region: 'eu-west-2',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
  });
});

afterAll(async () => {
  client.destroy();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

beforeEach(async () => {
  await fetch(`${endpoint}/clear-store`, { method: 'POST' });
});

const config = exampleConfig();
const flags = sampleFlags(config);
const composer = createComposer({
  config,
  clock: { now: () => SAMPLE_NOW },
  actionSecret: KEY,
  actionBaseUrl: BASE,
});

describe('sending alerts through SES (aws-ses-v2-local)', () => {
  it('delivers one copy per recipient, each with the shared To/Cc and its own links', async () => {
    const flag = flags.threat;
    const mailer = createSesMailer(client);
    const everyone = [...flag.to, ...flag.cc];
    const ids: string[] = [];
    for (const r of everyone) ids.push((await mailer.send(await composer.alert(flag, r))).messageId);
    expect(new Set(ids).size).toBe(everyone.length);

    const emails = await received();
    expect(emails).toHaveLength(everyone.length);
    for (const [i, e] of emails.entries()) {
      const r = everyone[i];
      if (!r) throw new Error('missing recipient');
      expect(e.subject).toBe('[CRITICAL] Threat – Kingsmead Academy');
      expect(e.from).toBe('"TrustWatch (Riverside Learning Trust)" <trustwatch@riverside-trust.example>');
      expect(e.destination.to.join(', ')).toContain('principal@kingsmead.riverside-trust.example');
      expect(e.destination.to.join(', ')).toContain('ceo@riverside-trust.example');
      expect(e.destination.cc.join(', ')).toContain('dsl@kingsmead.riverside-trust.example');
      expect(e.destination.bcc).toEqual([]);

      const html = e.body.html ?? '';
      const text = e.body.text ?? '';
      expect(html).toContain('Consider reporting this to the police');
      expect(text).toContain('CONSIDER REPORTING THIS TO THE POLICE');
      expect(text).toContain('SUAT §11');
      expect(html).toContain('<mark');
      const links = hrefs(html).filter((u) => u.startsWith(BASE));
      expect(links.length).toBe(4);
      for (const u of links) {
        const v = verifyAction(new URL(u).searchParams.get('t'), KEY, SAMPLE_NOW);
        expect(v.ok && v.claims.email).toBe(r.email.toLowerCase());
        expect(text).toContain(u);
      }
    }
  });

  it('hostile input arrives inert: no extra recipients, no markup, one-line subject', async () => {
    const hostileConfig = {
      ...config,
      academies: config.academies.map((a) =>
        a.id === 'kingsmead' ? { ...a, name: 'Kingsmead\r\nBcc: z@evil.example' } : a,
      ),
    };
    const f = hostileFlag(hostileConfig);
    const first = f.to[0];
    if (!first) throw new Error('hostile flag has no recipient');
    const me = { ...first, name: HOSTILE.crlfName };
    const hostileComposer = createComposer({
      config: hostileConfig,
      clock: { now: () => SAMPLE_NOW },
      actionSecret: KEY,
      actionBaseUrl: BASE,
    });
    const mail = await hostileComposer.alert({ ...f, to: [me, ...f.to.slice(1)] }, me);
    await createSesMailer(client).send(mail);
    const [e] = await received();
    if (!e) throw new Error('nothing received');
    expect(e.destination.bcc).toEqual([]);
    expect(e.destination.to.join(' ')).not.toContain('evil.example>');
    expect(e.destination.to).toHaveLength(1);
    expect(e.subject).toBe('[CRITICAL] Threat – Kingsmead Bcc: z@evil.example');
    const html = e.body.html ?? '';
    expect([...tagNames(html)].filter((t) => t === 'script' || t === 'img')).toEqual([]);
    expect(hrefs(html).every((u) => u.startsWith('https://'))).toBe(true);
    expect(html).toContain('&lt;script&gt;</mark>alert(1)&lt;/script&gt;');
    expect(e.body.text ?? '').toContain('invoice[U+202E]gpj.exe');
  });

  it('sends a roll-up with every flag’s links', async () => {
    const principal = flags.disparaging.to[0];
    if (!principal) throw new Error('no recipient');
    const list = [flags.disparaging, flags.media_enquiry, flags.sensitive_topic];
    await createSesMailer(client).send(await composer.rollup(list, principal, '2026-11-24T16:00:00.000Z'));
    const [e] = await received();
    expect(e?.subject).toBe('Daily roll-up – 3 to review – Kingsmead Academy');
    expect(e?.destination.to).toEqual([`"Mrs Angela Barrett" <${principal.email}>`]);
    const flagIds = new Set(
      hrefs(e?.body.html ?? '')
        .filter((u) => u.startsWith(BASE))
        .map((u) => verifyAction(new URL(u).searchParams.get('t'), KEY, SAMPLE_NOW))
        .map((v) => (v.ok ? v.claims.flagId : 'bad')),
    );
    expect([...flagIds].sort()).toEqual(list.map((f) => f.id).sort());
  });
});
