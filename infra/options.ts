/**
 * Deployment choices read from CDK context (`cdk.json` or `-c key=value` on the command line).
 * Everything about the trust itself is in the trust config; these are only the AWS-side choices an
 * IT person may need to change. Each value is checked, and a bad one stops synth with a message that
 * names the key (never a stack trace).
 *
 *   config               path of the trust config (default config/riverside.yaml)
 *   sesIdentity          "domain" (verify the From address's domain with DKIM; default) or "address"
 *                        (verify just the From address by clicking a link; fine for a trial)
 *   reservedConcurrency  true (default): poll and notify run one at a time, actions at most 5 at
 *                        once. false for a new AWS account whose concurrency quota is still 10, where
 *                        Lambda refuses any reservation.
 *   logRetentionDays     CloudWatch Logs retention (default 90; one of the values Logs accepts)
 *   bundleAwsSdk         true (default): bundle the lockfile's AWS SDK (faster cold starts, the pinned
 *                        version); false: use the SDK in the Lambda runtime (smaller bundles)
 *   stackName            default TrustWatch-<trust.id>
 *   account, region      pin the stack to an account/region; by default the stack is
 *                        environment-agnostic and deploys where the AWS CLI profile points
 */
import { RetentionDays } from 'aws-cdk-lib/aws-logs';

export const DEFAULT_CONFIG_PATH = 'config/riverside.yaml';

export type SesIdentityKind = 'domain' | 'address';

export interface DeployOptions {
  configPath: string;
  sesIdentity: SesIdentityKind;
  reservedConcurrency: boolean;
  logRetention: RetentionDays;
  bundleAwsSdk: boolean;
  stackName?: string;
  account?: string;
  region?: string;
}

export class OptionsError extends Error {
  override readonly name = 'OptionsError';
  constructor(readonly problems: string[]) {
    super(`CDK context: ${problems.join('; ')}`);
  }
}

/** Context lookup: `app.node.tryGetContext` (values are strings from -c, any JSON from cdk.json). */
export type ContextReader = (key: string) => unknown;

const RETENTION_VALUES = new Set<number>(
  Object.values(RetentionDays).filter((v): v is number => typeof v === 'number'),
);

export const readDeployOptions = (get: ContextReader): DeployOptions => {
  const problems: string[] = [];

  const str = (key: string): string | undefined => {
    const v = get(key);
    if (v === undefined || v === null || v === '') return undefined;
    if (typeof v === 'string') return v.trim();
    problems.push(`${key}: must be text, not ${JSON.stringify(v)}`);
    return undefined;
  };
  const bool = (key: string, fallback: boolean): boolean => {
    const v = get(key);
    if (v === undefined || v === null || v === '') return fallback;
    if (typeof v === 'boolean') return v;
    if (v === 'true') return true;
    if (v === 'false') return false;
    problems.push(`${key}: must be true or false, not ${JSON.stringify(v)}`);
    return fallback;
  };

  const sesRaw = str('sesIdentity') ?? 'domain';
  let sesIdentity: SesIdentityKind = 'domain';
  if (sesRaw === 'domain' || sesRaw === 'address') sesIdentity = sesRaw;
  else problems.push(`sesIdentity: must be "domain" or "address", not ${JSON.stringify(sesRaw)}`);

  let logRetention = RetentionDays.THREE_MONTHS;
  const retentionRaw = get('logRetentionDays');
  if (retentionRaw !== undefined && retentionRaw !== null && retentionRaw !== '') {
    const n = typeof retentionRaw === 'number' ? retentionRaw : Number(retentionRaw);
    if (RETENTION_VALUES.has(n)) logRetention = n as RetentionDays;
    else
      problems.push(
        `logRetentionDays: must be one of ${[...RETENTION_VALUES].sort((a, b) => a - b).join(', ')}, not ${JSON.stringify(retentionRaw)}`,
      );
  }

  const stackName = str('stackName');
  if (stackName !== undefined && !/^[A-Za-z][A-Za-z0-9-]{0,127}$/.test(stackName))
    problems.push('stackName: must start with a letter and hold only letters, digits and hyphens');

  const account = str('account');
  if (account !== undefined && !/^\d{12}$/.test(account))
    problems.push('account: must be a 12-digit AWS account id');
  const region = str('region');
  if (region !== undefined && !/^[a-z]{2}(-[a-z]+)+-\d$/.test(region))
    problems.push('region: must be an AWS region like eu-west-2');

  const options: DeployOptions = {
    configPath: str('config') ?? DEFAULT_CONFIG_PATH,
    sesIdentity,
    reservedConcurrency: bool('reservedConcurrency', true),
    logRetention,
    bundleAwsSdk: bool('bundleAwsSdk', true),
    ...(stackName !== undefined ? { stackName } : {}),
    ...(account !== undefined ? { account } : {}),
    ...(region !== undefined ? { region } : {}),
  };
  if (problems.length > 0) throw new OptionsError(problems);
  return options;
};
