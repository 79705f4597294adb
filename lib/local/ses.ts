/**
 * Local SES for the embedded runtime and tests: aws-ses-v2-local in process on a loopback port.
 * It accepts SendRawEmail like SES, keeps what it received (GET /store), and serves a web inbox at
 * `/` (the demo's `--serve` keeps it open). FACTS.md: the store is per process; clear it between tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SESClient } from '@aws-sdk/client-ses';
import * as z from '../zod';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from './dynamo';

export interface LocalSes {
  endpoint: string;
  client: SESClient;
  /** Everything SES local has received, parsed. */
  received(): Promise<ReceivedEmail[]>;
  clear(): Promise<void>;
  close(): Promise<void>;
}

/** A list of addresses, or one address as a string ("" for none). */
const AddressList = z._default(
  z.union([
    z.array(z.string()),
    z.pipe(
      z.string(),
      z.transform((s: string) => (s ? [s] : [])),
    ),
  ]),
  [],
);

export const ReceivedEmailSchema = z.object({
  messageId: z.string(),
  from: z.string(),
  destination: z.object({ to: AddressList, cc: AddressList, bcc: AddressList }),
  subject: z.string(),
  body: z.object({ text: z.optional(z.string()), html: z.optional(z.string()) }),
  at: z.number(),
});
export type ReceivedEmail = z.infer<typeof ReceivedEmailSchema>;

type StartSes = (config?: { host?: string; port?: number }) => Promise<Server>;

const loadStartSes = async (): Promise<StartSes> => {
  const mod: unknown = await import('aws-ses-v2-local');
  // The package is CommonJS with an `__esModule` default export; under ESM interop the function may
  // sit at `.default` or `.default.default` depending on the loader (node vs tsx vs vitest).
  const m = mod as { default?: StartSes | { default?: StartSes } };
  const d = m.default;
  const fn = typeof d === 'function' ? d : d?.default;
  if (typeof fn !== 'function') throw new Error('aws-ses-v2-local: no server factory export found');
  return fn;
};

export const startLocalSes = async (opts: { port?: number } = {}): Promise<LocalSes> => {
  const start = await loadStartSes();
  const server = await start({ host: '127.0.0.1', port: opts.port ?? 0 });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new SESClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  return {
    endpoint,
    client,
    received: async () => {
      const res = await fetch(`${endpoint}/store`);
      const body = z.object({ emails: z.array(ReceivedEmailSchema) }).parse(await res.json());
      return body.emails;
    },
    clear: async () => {
      await fetch(`${endpoint}/clear-store`, { method: 'POST' });
    },
    close: async () => {
      client.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
