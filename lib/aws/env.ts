/**
 * The Lambda environment, validated at cold start (DESIGN.md principle 2). Only names and ARNs live
 * here: secrets (the X credentials, the link-signing key) are read from Secrets Manager at cold start
 * and cached, never put in environment variables. The trust config is not in the environment either:
 * the CDK app validates it at synth and embeds it in each bundle (see `embeddedConfig`).
 *
 * Names are shared with infra/ (the stack sets exactly these).
 */
import * as z from '../zod';

export const ENV = {
  tableName: 'TABLE_NAME',
  xSecretArn: 'X_SECRET_ARN',
  linkKeySecretArn: 'LINK_KEY_SECRET_ARN',
  actionsBaseUrl: 'ACTIONS_BASE_URL',
  pollQueueUrl: 'POLL_QUEUE_URL',
  sesConfigurationSet: 'SES_CONFIGURATION_SET',
} as const;

const arn = z.string().check(
  z.regex(/^arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:\d{12}:secret:.+$/, {
    error: 'must be a Secrets Manager secret ARN',
  }),
);

export const LambdaEnvSchema = z.object({
  [ENV.tableName]: z.string().check(z.minLength(3, { error: 'is required (the DynamoDB table name)' })),
  [ENV.xSecretArn]: arn,
  [ENV.linkKeySecretArn]: arn,
  [ENV.actionsBaseUrl]: z.optional(
    z.url({ protocol: /^https$/, error: 'must be the https URL of the actions function' }),
  ),
  [ENV.pollQueueUrl]: z.optional(z.url()),
  [ENV.sesConfigurationSet]: z.optional(z.string().check(z.minLength(1))),
});
export type LambdaEnv = z.infer<typeof LambdaEnvSchema>;

export class EnvError extends Error {
  override readonly name = 'EnvError';
}

export const parseLambdaEnv = (env: Record<string, string | undefined>): LambdaEnv => {
  const r = LambdaEnvSchema.safeParse(env);
  if (!r.success)
    throw new EnvError(
      `Lambda environment: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  return r.data;
};

/**
 * The trust config as validated JSON, embedded at bundle time by the CDK app through esbuild's
 * `define` (`__TRUSTWATCH_CONFIG__`). It is re-validated with the same zod schema at cold start.
 */
declare const __TRUSTWATCH_CONFIG__: string | undefined;

export const embeddedConfigJson = (): string | undefined =>
  typeof __TRUSTWATCH_CONFIG__ === 'string' ? __TRUSTWATCH_CONFIG__ : undefined;
