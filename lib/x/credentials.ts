/**
 * X credentials: an app-only bearer token (all reads), optionally an OAuth 1.0a user context
 * (appKey, appSecret, accessToken, accessSecret) for GET /2/users/search, which X refuses with the app
 * token.
 *
 * Sources, first match wins (credentials are never in the trust config):
 *   1. AWS Secrets Manager: the secret named by TRUSTWATCH_X_SECRET_ID (ARN or name); its
 *      SecretString is JSON. The SDK client is passed in (testable, and no SDK on other paths).
 *   2. A local JSON file: TRUSTWATCH_X_CREDENTIALS_FILE (or the `file` option).
 *   3. Environment: TRUSTWATCH_X_BEARER_TOKEN (+ TRUSTWATCH_X_APP_KEY, TRUSTWATCH_X_APP_SECRET,
 *      TRUSTWATCH_X_ACCESS_TOKEN, TRUSTWATCH_X_ACCESS_SECRET for user context).
 * JSON keys may be camelCase (bearerToken, appKey, …) or snake_case (bearer_token, api_key,
 * api_secret, access_token, access_token_secret), as X's portal names them.
 *
 * Validated with zod; a `CredentialsError` names the source and the missing or malformed fields,
 * never a value. The returned object hides its secrets from `JSON.stringify`, `util.inspect` and
 * string conversion, so logging it by mistake prints "[redacted]".
 */
import { readFile } from 'node:fs/promises';
import { inspect } from 'node:util';
import { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import type { GetSecretValueCommandOutput } from '@aws-sdk/client-secrets-manager';
import * as z from '../zod';
import type { UserContextCredentials } from './client';

export const ENV = {
  secretId: 'TRUSTWATCH_X_SECRET_ID',
  file: 'TRUSTWATCH_X_CREDENTIALS_FILE',
  bearer: 'TRUSTWATCH_X_BEARER_TOKEN',
  appKey: 'TRUSTWATCH_X_APP_KEY',
  appSecret: 'TRUSTWATCH_X_APP_SECRET',
  accessToken: 'TRUSTWATCH_X_ACCESS_TOKEN',
  accessSecret: 'TRUSTWATCH_X_ACCESS_SECRET',
} as const;

export class CredentialsError extends Error {
  override readonly name = 'CredentialsError';
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`X credentials from ${source}: ${problems.join('; ')}`);
  }
}

const secret = (what: string) =>
  z.string({ error: `${what} is missing` }).check(
    z.trim(),
    z.minLength(1, { error: `${what} is empty` }),
    z.refine((s) => !/\s/.test(s), { error: `${what} contains whitespace (copied with a line break?)` }),
  );

const CredentialsSchema = z
  .object({
    bearerToken: secret('bearerToken (the app-only Bearer Token)'),
    appKey: z.optional(secret('appKey')),
    appSecret: z.optional(secret('appSecret')),
    accessToken: z.optional(secret('accessToken')),
    accessSecret: z.optional(secret('accessSecret')),
  })
  .check(
    z.superRefine((c, ctx) => {
      const parts = {
        appKey: c.appKey,
        appSecret: c.appSecret,
        accessToken: c.accessToken,
        accessSecret: c.accessSecret,
      };
      const given = Object.entries(parts).filter(([, v]) => v !== undefined);
      if (given.length > 0 && given.length < 4)
        ctx.addIssue({
          code: 'custom',
          path: ['userContext'],
          message: `OAuth 1.0a user context needs all four of appKey, appSecret, accessToken, accessSecret; missing ${Object.entries(
            parts,
          )
            .filter(([, v]) => v === undefined)
            .map(([k]) => k)
            .join(', ')}`,
        });
    }),
  );

const ALIASES: Record<string, string> = {
  bearer_token: 'bearerToken',
  bearer: 'bearerToken',
  app_key: 'appKey',
  api_key: 'appKey',
  consumer_key: 'appKey',
  app_secret: 'appSecret',
  api_secret: 'appSecret',
  api_key_secret: 'appSecret',
  consumer_secret: 'appSecret',
  access_token: 'accessToken',
  access_secret: 'accessSecret',
  access_token_secret: 'accessSecret',
  accessTokenSecret: 'accessSecret',
};

const normalise = (o: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(o)) out[ALIASES[k] ?? k] = v;
  return out;
};

/** Credentials with secrets that do not print. */
export class XCredentials {
  readonly #bearer: string;
  readonly #user: UserContextCredentials | undefined;
  constructor(
    bearerToken: string,
    userContext: UserContextCredentials | undefined,
    readonly source: string,
  ) {
    this.#bearer = bearerToken;
    this.#user = userContext;
  }
  get bearerToken(): string {
    return this.#bearer;
  }
  get userContext(): UserContextCredentials | undefined {
    return this.#user;
  }
  toJSON(): Record<string, string> {
    return {
      source: this.source,
      bearerToken: '[redacted]',
      userContext: this.#user ? '[redacted]' : 'none',
    };
  }
  toString(): string {
    return `XCredentials(${this.source}, [redacted])`;
  }
  [inspect.custom](): string {
    return this.toString();
  }
}

export const parseCredentials = (input: unknown, source: string): XCredentials => {
  if (input === null || typeof input !== 'object' || Array.isArray(input))
    throw new CredentialsError(source, ['expected a JSON object with bearerToken']);
  const parsed = CredentialsSchema.safeParse(normalise(input as Record<string, unknown>));
  if (!parsed.success)
    throw new CredentialsError(
      source,
      parsed.error.issues.map((i) => i.message),
    );
  const c = parsed.data;
  const user =
    c.appKey && c.appSecret && c.accessToken && c.accessSecret
      ? { appKey: c.appKey, appSecret: c.appSecret, accessToken: c.accessToken, accessSecret: c.accessSecret }
      : undefined;
  return new XCredentials(c.bearerToken, user, source);
};

/** The part of SecretsManagerClient we use (pass the real client, or a stub in tests). */
export interface SecretsReader {
  send(command: GetSecretValueCommand): Promise<Pick<GetSecretValueCommandOutput, 'SecretString'>>;
}

export interface LoadCredentialsOptions {
  env?: Record<string, string | undefined>;
  secretsManager?: SecretsReader;
  /** Overrides TRUSTWATCH_X_CREDENTIALS_FILE. */
  file?: string;
  readTextFile?: (path: string) => Promise<string>;
}

const parseJson = (text: string, source: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CredentialsError(source, ['not valid JSON']);
  }
};

export const loadXCredentials = async (opts: LoadCredentialsOptions = {}): Promise<XCredentials> => {
  const env = opts.env ?? process.env;
  const secretId = env[ENV.secretId];
  if (secretId !== undefined && secretId !== '') {
    const source = `Secrets Manager secret ${ENV.secretId}`;
    if (!opts.secretsManager)
      throw new CredentialsError(source, [`${ENV.secretId} is set but no Secrets Manager client was given`]);
    let out: Pick<GetSecretValueCommandOutput, 'SecretString'>;
    try {
      out = await opts.secretsManager.send(new GetSecretValueCommand({ SecretId: secretId }));
    } catch (e) {
      throw new CredentialsError(source, [
        `cannot read the secret (${e instanceof Error ? e.name : 'unknown error'}); check the name/ARN and the function's IAM permission`,
      ]);
    }
    if (out.SecretString === undefined || out.SecretString === '')
      throw new CredentialsError(source, [
        'the secret has no SecretString (store the credentials as JSON text)',
      ]);
    return parseCredentials(parseJson(out.SecretString, source), source);
  }
  const file = opts.file ?? env[ENV.file];
  if (file !== undefined && file !== '') {
    const source = `file ${file}`;
    let text: string;
    try {
      text = await (opts.readTextFile ?? ((p: string) => readFile(p, 'utf8')))(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CredentialsError(source, [
        code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? 'error'})`,
      ]);
    }
    return parseCredentials(parseJson(text, source), source);
  }
  const bearer = env[ENV.bearer];
  if (bearer !== undefined) {
    const fromEnv: Record<string, unknown> = { bearerToken: bearer };
    if (env[ENV.appKey] !== undefined) fromEnv.appKey = env[ENV.appKey];
    if (env[ENV.appSecret] !== undefined) fromEnv.appSecret = env[ENV.appSecret];
    if (env[ENV.accessToken] !== undefined) fromEnv.accessToken = env[ENV.accessToken];
    if (env[ENV.accessSecret] !== undefined) fromEnv.accessSecret = env[ENV.accessSecret];
    return parseCredentials(fromEnv, `environment (${ENV.bearer})`);
  }
  throw new CredentialsError('environment', [
    `no X credentials: set ${ENV.secretId} (AWS Secrets Manager), ${ENV.file} (a JSON file) or ${ENV.bearer}`,
  ]);
};
