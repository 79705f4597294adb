/**
 * DynamoDB for the reliability harness: dynalite on disk (LevelDB at `path`) behind a faulting proxy.
 *
 *   runtime ──► DynamoDB client (maxAttempts 1) ──► proxy (node:http) ──► dynalite (path)
 *
 * - The runtime gets a client-only `LocalDynamo` (`connect()`) pointed at the proxy, passed to
 *   `startLocalRuntime({ dynamo })`, so the harness owns dynalite and can stop and restart it.
 * - Throttling: `armThrottle(after, times)` answers the `after`-th request from now (and the next
 *   `times − 1`) with HTTP 400 `ProvisionedThroughputExceededException`, exactly as DynamoDB does;
 *   `armThrottleMatching(pattern, times)` throttles the next requests whose body matches (a targeted
 *   fault: the markSent right after SES accepted a message).
 * - Outage: `armOutage(after)` stops dynalite when the `after`-th request from now arrives (mid-cycle);
 *   that request and every one until `restart()` get their connection reset. `restart()` starts a new
 *   dynalite on the same path (the data is what LevelDB persisted) and re-points the proxy.
 * - A process crash (lib/reliability/crash) also goes through `stop()` + `restart()`: dynalite runs in
 *   the runtime's process, so a killed process takes it down too.
 * - Every command sent through a client from `connect()` is counted by command name (the load figures:
 *   DynamoDB operations per poll cycle), and the proxy counts HTTP requests by operation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { LOCAL_CREDENTIALS, LOCAL_REGION, startLocalDynamo } from '../local/dynamo';
import type { LocalDynamo } from '../local/dynamo';
import { documentClient } from '../store/client';

export interface ManagedDynamo {
  path: string;
  tableName: string;
  /** A client through the proxy (closing it leaves dynalite running). */
  connect(): LocalDynamo;
  armThrottle(after: number, times: number): void;
  /** Throttle the next `times` requests whose JSON body matches (e.g. one markSent). */
  armThrottleMatching(pattern: RegExp, times: number): void;
  armOutage(after: number): void;
  /** True while dynalite is stopped (outage or crash) and not yet restarted. */
  readonly down: boolean;
  stop(): Promise<void>;
  /** Start dynalite again on the same path if it is down. */
  restart(): Promise<void>;
  /** HTTP requests through the proxy so far. */
  readonly requests: number;
  /** Commands sent by `connect()` clients, by name (GetCommand, PutCommand, …). */
  commands: Map<string, number>;
  injected: { throttle: number; outage: number; throttleMatching: number };
  close(): Promise<void>;
}

const THROTTLE_BODY = JSON.stringify({
  __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
  message:
    'The level of configured provisioned throughput for the table was exceeded. Consider increasing your provisioning level with the UpdateTable API.',
});

export const startManagedDynamo = async (path: string, tableName = 'trustwatch'): Promise<ManagedDynamo> => {
  let server: LocalDynamo | undefined = await startLocalDynamo({ path, tableName });
  let stopping: Promise<void> | undefined;
  let down = false;
  let requests = 0;
  let throttleAt: { at: number; left: number } | undefined;
  let outageAt: number | undefined;
  let throttleMatching: { pattern: RegExp; left: number } | undefined;
  const injected = { throttle: 0, outage: 0, throttleMatching: 0 };
  const commands = new Map<string, number>();
  const clients = new Set<DynamoDBClient>();

  const stop = async (): Promise<void> => {
    down = true;
    if (server) {
      const s = server;
      server = undefined;
      stopping = s.close();
    }
    await stopping;
  };

  const throttle = (res: http.ServerResponse) => {
    res
      .writeHead(400, {
        'Content-Type': 'application/x-amz-json-1.0',
        'x-amzn-RequestId': 'THROTTLED0000000000000000000000000000000000000000000',
      })
      .end(THROTTLE_BODY);
  };

  const proxy = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      requests++;
      if (outageAt !== undefined && requests >= outageAt) {
        outageAt = undefined;
        injected.outage++;
        void stop();
      }
      if (down || !server) {
        res.destroy();
        return;
      }
      if (throttleAt !== undefined && requests >= throttleAt.at && throttleAt.left > 0) {
        throttleAt.left--;
        if (throttleAt.left === 0) throttleAt = undefined;
        injected.throttle++;
        throttle(res);
        return;
      }
      if (throttleMatching !== undefined && throttleMatching.pattern.test(body.toString('utf8'))) {
        throttleMatching.left--;
        injected.throttleMatching++;
        if (throttleMatching.left === 0) throttleMatching = undefined;
        throttle(res);
        return;
      }
      const target = new URL(server.endpoint);
      const out = http.request(
        {
          host: target.hostname,
          port: target.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          // No connection reuse: a pooled socket could outlive the dynalite it was opened to (a
          // restarted dynalite may get the same port), and the request would reach the old one.
          agent: false,
        },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          up.pipe(res);
        },
      );
      out.on('error', () => res.destroy());
      out.end(body);
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

  return {
    path,
    tableName,
    connect: () => {
      const client = new DynamoDBClient({
        endpoint: url,
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
        maxAttempts: 1,
      });
      clients.add(client);
      const doc = documentClient(client);
      const send = doc.send.bind(doc);
      // The document client's `send` is overloaded (promise and callback forms); the counter wraps the
      // promise form only, which is all TrustWatch uses, so the cast restores the declared type.
      doc.send = ((command: { constructor: { name: string } }) => {
        const name = command.constructor.name;
        commands.set(name, (commands.get(name) ?? 0) + 1);
        return send(command as Parameters<typeof send>[0]);
      }) as typeof doc.send;
      return {
        endpoint: url,
        client,
        doc,
        tableName,
        close: async () => {
          clients.delete(client);
          client.destroy();
        },
      };
    },
    armThrottle: (after, times) => {
      throttleAt = { at: requests + Math.max(1, after), left: Math.max(1, times) };
    },
    armThrottleMatching: (pattern, times) => {
      // Armed again before the last one fired: the throttles add up rather than replace each other.
      const pending = throttleMatching?.pattern === pattern ? throttleMatching.left : 0;
      throttleMatching = { pattern, left: pending + Math.max(1, times) };
    },
    armOutage: (after) => {
      outageAt = requests + Math.max(1, after);
    },
    get down() {
      return down;
    },
    stop,
    restart: async () => {
      if (!down) return;
      await stopping;
      server = await startLocalDynamo({ path, tableName });
      down = false;
    },
    get requests() {
      return requests;
    },
    commands,
    injected,
    close: async () => {
      for (const c of clients) c.destroy();
      proxy.closeAllConnections();
      await new Promise<void>((resolve) => proxy.close(() => resolve()));
      await stop();
    },
  };
};
