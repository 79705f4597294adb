/**
 * In-process DynamoDB for the embedded runtime and tests: dynalite, in memory by default or on disk
 * (LevelDB) with `path`, listening on a free loopback port, with the TrustWatch table created and
 * ACTIVE before it is handed out.
 * FACTS.md: no transactions, no TTL deletion, conditional writes and GSIs work.
 */
import type { AddressInfo } from 'node:net';
import dynalite from 'dynalite';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  waitUntilTableExists,
} from '@aws-sdk/client-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentClient } from '../store/client';
import { createTableInput } from '../store/table';

export interface LocalDynamo {
  endpoint: string;
  client: DynamoDBClient;
  doc: DynamoDBDocumentClient;
  tableName: string;
  close(): Promise<void>;
}

export const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;
export const LOCAL_REGION = 'eu-west-2';

export const startLocalDynamo = async (
  opts: { path?: string; tableName?: string } = {},
): Promise<LocalDynamo> => {
  const server = dynalite({
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
    ...(opts.path !== undefined ? { path: opts.path } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 1,
  });
  const tableName = opts.tableName ?? 'trustwatch';
  try {
    await client.send(new DescribeTableCommand({ TableName: tableName }));
  } catch (e) {
    if (!(e instanceof Error && e.name === 'ResourceNotFoundException')) throw e;
    await client.send(new CreateTableCommand(createTableInput(tableName)));
  }
  // dynalite answers ResourceNotFoundException while a table is CREATING, even with createTableMs 0
  // (it turns ACTIVE on a timer and a store write); a loaded machine has lost a poll job to that window
  await waitUntilTableExists(
    { client, maxWaitTime: 10, minDelay: 0.005, maxDelay: 0.1 },
    { TableName: tableName },
  );
  return {
    endpoint,
    client,
    doc: documentClient(client),
    tableName,
    close: async () => {
      client.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
};
