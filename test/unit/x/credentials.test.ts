import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import type { GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';
import { CredentialsError, loadXCredentials } from '../../../lib/x/credentials';

const BEARER = 'AAAAAAAAAAAAAAAAAAAAAbearer-secret-value';
const USER = { appKey: 'k-secret', appSecret: 's-secret', accessToken: 't-secret', accessSecret: 'a-secret' };

describe('loadXCredentials', () => {
  it('reads the bearer token from the environment', async () => {
    const c = await loadXCredentials({ env: { TRUSTWATCH_X_BEARER_TOKEN: BEARER } });
    expect(c.bearerToken).toBe(BEARER);
    expect(c.userContext).toBeUndefined();
  });

  it('reads a Secrets Manager secret named by the environment, with snake_case keys', async () => {
    const asked: string[] = [];
    const sm = {
      send: (cmd: GetSecretValueCommand) => {
        asked.push(cmd.input.SecretId ?? '');
        return Promise.resolve({
          SecretString: JSON.stringify({
            bearer_token: BEARER,
            api_key: USER.appKey,
            api_secret: USER.appSecret,
            access_token: USER.accessToken,
            access_token_secret: USER.accessSecret,
          }),
        });
      },
    };
    const c = await loadXCredentials({
      env: { TRUSTWATCH_X_SECRET_ID: 'arn:aws:secretsmanager:eu-west-2:1:secret:x' },
      secretsManager: sm,
    });
    expect(asked).toEqual(['arn:aws:secretsmanager:eu-west-2:1:secret:x']);
    expect(c.userContext).toEqual(USER);
  });

  it('reads a local JSON file', async () => {
    const c = await loadXCredentials({
      env: { TRUSTWATCH_X_CREDENTIALS_FILE: '/x.json' },
      readTextFile: () => Promise.resolve(JSON.stringify({ bearerToken: BEARER })),
    });
    expect(c.bearerToken).toBe(BEARER);
  });

  it('names what is missing, never the values', async () => {
    await expect(loadXCredentials({ env: {} })).rejects.toThrow(/TRUSTWATCH_X_BEARER_TOKEN/);
    const partial = loadXCredentials({
      env: { TRUSTWATCH_X_BEARER_TOKEN: BEARER, TRUSTWATCH_X_APP_KEY: USER.appKey },
    });
    await expect(partial).rejects.toThrow(CredentialsError);
    await expect(partial).rejects.toThrow(/missing appSecret, accessToken, accessSecret/);
    await expect(partial).rejects.not.toThrow(new RegExp(USER.appKey));
    await expect(
      loadXCredentials({
        env: { TRUSTWATCH_X_SECRET_ID: 'x' },
        secretsManager: { send: () => Promise.resolve({ SecretString: '{"appKey":"k"}' }) },
      }),
    ).rejects.toThrow(/bearerToken .*missing/);
    await expect(loadXCredentials({ env: { TRUSTWATCH_X_SECRET_ID: 'x' } })).rejects.toThrow(
      /no Secrets Manager client/,
    );
    await expect(
      loadXCredentials({
        env: { TRUSTWATCH_X_CREDENTIALS_FILE: '/nope.json' },
        readTextFile: () => Promise.reject(Object.assign(new Error('x'), { code: 'ENOENT' })),
      }),
    ).rejects.toThrow(/no such file/);
  });

  it('never prints its secrets', async () => {
    const c = await loadXCredentials({
      env: {
        TRUSTWATCH_X_BEARER_TOKEN: BEARER,
        TRUSTWATCH_X_APP_KEY: USER.appKey,
        TRUSTWATCH_X_APP_SECRET: USER.appSecret,
        TRUSTWATCH_X_ACCESS_TOKEN: USER.accessToken,
        TRUSTWATCH_X_ACCESS_SECRET: USER.accessSecret,
      },
    });
    const printed = [JSON.stringify(c), inspect(c), String(c), JSON.stringify({ c })].join(' ');
    for (const v of [BEARER, ...Object.values(USER)]) expect(printed).not.toContain(v);
    expect(printed).toContain('[redacted]');
  });
});
