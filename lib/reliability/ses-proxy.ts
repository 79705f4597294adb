/**
 * A faulting proxy in front of SES local (node:http), for the reliability matrix.
 *
 * The runtime's SES client points here (`startLocalRuntime({ sesEndpoint })`); every request is
 * forwarded to SES local unless the harness's `decide` callback says otherwise for a SendRawEmail:
 *
 *   throttle    400 `Throttling` in SES query-protocol XML ("Maximum sending rate exceeded"), as SES
 *               answers when the account's send rate is exceeded; nothing reaches SES local
 *   5xx         500 `InternalFailure` or 503 `ServiceUnavailable` (alternately); nothing reaches SES local
 *   reply_lost  forwarded, SES local accepts it, then the connection is dropped before the answer: the
 *               sender cannot know the message went (the same window as a crash before markSent)
 *
 * It is also the witness of what SES accepted: every SendRawEmail that SES local answered 200 is kept
 * with its envelope recipients, SES's message id and the MIME as sent (headers parsed: Message-ID and
 * X-TrustWatch-*), so the matrix can count deliveries and duplicates from what actually went out, not
 * from what TrustWatch believes it sent.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type SesFault = 'throttle' | '5xx' | 'reply_lost';

export interface SesSubmission {
  /** Order of arrival at the proxy (1-based, all SendRawEmail requests). */
  seq: number;
  /** The MIME Message-ID header, without angle brackets. */
  messageId: string;
  /** Envelope recipients (Destinations.member.N), lower-cased. */
  destinations: string[];
  /** MIME headers, names lower-cased (the last value of a repeated header). */
  headers: Record<string, string>;
  /** The raw header block, unfolded, as SES received it (header-injection checks read this). */
  headerBlock: string;
  raw: Buffer;
  /** Which attempt of this Message-ID this is (1 = first time the proxy saw it). */
  attempt: number;
  outcome: 'accepted' | 'reply_lost' | 'throttle' | '5xx' | 'upstream_error';
  /** SES local's message id (joins `LocalSes.received()`), when it accepted the message. */
  sesMessageId?: string;
}

export interface SesDecision {
  messageId: string;
  destinations: string[];
  headers: Record<string, string>;
  attempt: number;
}

export interface SesProxy {
  url: string;
  /** Where requests go (SES local's endpoint; changes when the runtime restarts). */
  setUpstream(url: string): void;
  /** Decides the fault (if any) for each SendRawEmail. */
  setDecide(decide: ((d: SesDecision) => SesFault | undefined) | undefined): void;
  submissions: SesSubmission[];
  /** Faults served, by kind. */
  injected: Record<SesFault, number>;
  close(): Promise<void>;
}

/** Split a MIME message into its unfolded header block and parsed headers. */
export const parseMimeHeaders = (raw: Buffer): { block: string; headers: Record<string, string> } => {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const block = (end >= 0 ? text.slice(0, end) : text).replace(/\r\n[ \t]+/g, ' ');
  const headers: Record<string, string> = {};
  for (const line of block.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { block, headers };
};

const xmlError = (type: 'Sender' | 'Receiver', code: string, message: string): string =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<ErrorResponse xmlns="http://ses.amazonaws.com/doc/2010-12-01/"><Error><Type>${type}</Type><Code>${code}</Code><Message>${message}</Message></Error><RequestId>00000000-0000-4000-8000-000000000000</RequestId></ErrorResponse>`;

const readAll = (s: NodeJS.ReadableStream): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    s.on('data', (c: Buffer) => chunks.push(c));
    s.on('end', () => resolve(Buffer.concat(chunks)));
    s.on('error', reject);
  });

interface Forwarded {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

const forward = (upstream: string, req: http.IncomingMessage, body: Buffer): Promise<Forwarded> =>
  new Promise((resolve, reject) => {
    const u = new URL(req.url ?? '/', upstream);
    const out = http.request(
      u,
      {
        method: req.method,
        headers: { ...req.headers, host: u.host, 'content-length': String(body.length) },
        // No connection reuse: SES local restarts with the runtime and may get a port back.
        agent: false,
      },
      (res) => {
        readAll(res).then(
          (b) => resolve({ status: res.statusCode ?? 502, headers: res.headers, body: b }),
          reject,
        );
      },
    );
    out.on('error', reject);
    out.end(body);
  });

export const startSesProxy = async (): Promise<SesProxy> => {
  let upstream = '';
  let decide: ((d: SesDecision) => SesFault | undefined) | undefined;
  const submissions: SesSubmission[] = [];
  const injected: Record<SesFault, number> = { throttle: 0, '5xx': 0, reply_lost: 0 };
  const attempts = new Map<string, number>();
  let fiveXX = 0;

  const server = http.createServer((req, res) => {
    void (async () => {
      const body = await readAll(req);
      const form = new URLSearchParams(body.toString('utf8'));
      if (form.get('Action') !== 'SendRawEmail') {
        const f = await forward(upstream, req, body);
        res.writeHead(f.status, f.headers).end(f.body);
        return;
      }
      const raw = Buffer.from(form.get('RawMessage.Data') ?? '', 'base64');
      const { block, headers } = parseMimeHeaders(raw);
      const messageId = (headers['message-id'] ?? '').replace(/^<|>$/g, '');
      const destinations: string[] = [];
      for (let i = 1; form.has(`Destinations.member.${i}`); i++)
        destinations.push((form.get(`Destinations.member.${i}`) ?? '').toLowerCase());
      const attempt = (attempts.get(messageId) ?? 0) + 1;
      attempts.set(messageId, attempt);
      const sub: SesSubmission = {
        seq: submissions.length + 1,
        messageId,
        destinations,
        headers,
        headerBlock: block,
        raw,
        attempt,
        outcome: 'accepted',
      };
      submissions.push(sub);
      const fault = decide?.({ messageId, destinations, headers, attempt });
      if (fault === 'throttle') {
        injected.throttle++;
        sub.outcome = 'throttle';
        res
          .writeHead(400, { 'Content-Type': 'text/xml' })
          .end(xmlError('Sender', 'Throttling', 'Maximum sending rate exceeded.'));
        return;
      }
      if (fault === '5xx') {
        injected['5xx']++;
        sub.outcome = '5xx';
        const unavailable = fiveXX++ % 2 === 1;
        res
          .writeHead(unavailable ? 503 : 500, { 'Content-Type': 'text/xml' })
          .end(
            unavailable
              ? xmlError('Receiver', 'ServiceUnavailable', 'Service is unavailable. Try again later.')
              : xmlError('Receiver', 'InternalFailure', 'An internal error occurred.'),
          );
        return;
      }
      let f: Forwarded;
      try {
        f = await forward(upstream, req, body);
      } catch {
        sub.outcome = 'upstream_error';
        res.destroy();
        return;
      }
      const sesId = /<MessageId>([^<]+)<\/MessageId>/.exec(f.body.toString('utf8'))?.[1];
      if (f.status === 200 && sesId !== undefined) sub.sesMessageId = sesId;
      else sub.outcome = 'upstream_error';
      if (fault === 'reply_lost' && f.status === 200) {
        injected.reply_lost++;
        sub.outcome = 'reply_lost';
        res.destroy();
        return;
      }
      res.writeHead(f.status, f.headers).end(f.body);
    })().catch(() => {
      if (!res.headersSent) res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    setUpstream: (u) => {
      upstream = u;
    },
    setDecide: (d) => {
      decide = d;
    },
    submissions,
    injected,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
