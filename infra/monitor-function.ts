/**
 * `MonitorFunction`: the one construct that holds every default a TrustWatch Lambda shares, so the
 * stack says only what differs per function (its trigger, timeout, grants).
 *
 * Each function gets:
 *   - `NodejsFunction` on nodejs22.x / arm64, bundled locally by esbuild with `bundleSpec()` (shared
 *     with bench/bundle.ts): ESM, minified, source maps (`NODE_OPTIONS=--enable-source-maps`), the
 *     validated trust config embedded through `define`.
 *   - Its own IAM role with no managed policy: logging is granted on its own log group only, and
 *     the stack adds narrow grants (named table actions, one secret, one queue, SES from one address).
 *   - Its own log group with a retention period (logs never carry post text: lib/obs/log.ts).
 *   - Powertools environment: one service name for all functions (`trustwatch`; the logger adds the
 *     function name itself) and the `TrustWatch` metrics namespace, which the custom alarms read.
 *   - Optional reserved concurrency (poll and notify run one at a time; see infra/stack.ts).
 *   - Alarms to the operations topic: Errors ≥ 1 in 5 minutes; Throttles ≥ 1 in 2 of 3 five-minute
 *     periods (a single overlap of a slow run with the next tick is harmless; repeated ones are not).
 */
import { Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { IAlarmAction } from 'aws-cdk-lib/aws-cloudwatch';
import { Alarm, ComparisonOperator, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IDestination } from 'aws-cdk-lib/aws-lambda';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat, SourceMapMode } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { Config } from '../lib/config/schema';
import { bundleSpec, entryOf, LAMBDA_BASE_ENV, REPO_SOURCE } from './bundling';
import type { BundleOptions, FunctionName, FunctionSource } from './bundling';

export const RUNTIME = Runtime.NODEJS_22_X;
export const ARCHITECTURE = Architecture.ARM_64;

export interface AsyncInvokeOptions {
  /** Lambda's own retries of a failed asynchronous (scheduled) run. */
  retryAttempts: number;
  /** How long a queued or throttled run may wait before Lambda drops it. */
  maxEventAge: Duration;
  /** Where a run that failed all its retries is recorded. */
  onFailure?: IDestination;
}

export interface MonitorFunctionProps {
  name: FunctionName;
  description: string;
  config: Config;
  /** Environment beyond the shared defaults: only names and ARNs, never secret values. */
  environment: Record<string, string>;
  timeout: Duration;
  /** MB; default 512 (arm64 cold starts of a ~1 MB bundle are markedly faster than at 128). */
  memorySize?: number;
  /** Reserved concurrency; undefined leaves the function in the account's shared pool. */
  reservedConcurrency?: number;
  logRetention: RetentionDays;
  alarmAction: IAlarmAction;
  async?: AsyncInvokeOptions;
  source?: FunctionSource;
  bundle?: BundleOptions;
}

export class MonitorFunction extends Construct {
  readonly fn: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;
  readonly errorsAlarm: Alarm;
  readonly throttlesAlarm: Alarm;

  constructor(scope: Construct, id: string, props: MonitorFunctionProps) {
    super(scope, id);
    const source = props.source ?? REPO_SOURCE;
    const spec = bundleSpec(props.config, props.bundle);
    const stackName = Stack.of(this).stackName;

    this.logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention,
      removalPolicy: RemovalPolicy.DESTROY,
    });

    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `TrustWatch ${props.name}: runs the function (grants added by the stack)`,
    });
    // CreateLogStream + PutLogEvents on this function's log group only (instead of the managed
    // AWSLambdaBasicExecutionRole, which allows writing to every log group in the account).
    this.logGroup.grantWrite(this.role);

    this.fn = new NodejsFunction(this, 'Function', {
      description: `TrustWatch ${props.name}: ${props.description}`,
      entry: entryOf(props.name, source),
      handler: 'handler',
      projectRoot: source.projectRoot,
      depsLockFilePath: source.depsLockFilePath,
      runtime: RUNTIME,
      architecture: ARCHITECTURE,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      role: this.role,
      logGroup: this.logGroup,
      ...(props.reservedConcurrency !== undefined
        ? { reservedConcurrentExecutions: props.reservedConcurrency }
        : {}),
      ...(props.async
        ? {
            retryAttempts: props.async.retryAttempts,
            maxEventAge: props.async.maxEventAge,
            ...(props.async.onFailure ? { onFailure: props.async.onFailure } : {}),
          }
        : {}),
      environment: {
        ...LAMBDA_BASE_ENV,
        ...props.environment,
      },
      bundling: {
        format: OutputFormat.ESM,
        target: spec.target,
        minify: spec.minify,
        sourceMap: spec.sourcemap,
        sourceMapMode: SourceMapMode.DEFAULT, // linked: the map comment lets --enable-source-maps find it
        sourcesContent: spec.sourcesContent,
        charset: Charset.UTF8, // spec.charset
        mainFields: spec.mainFields,
        banner: spec.banner,
        define: spec.define,
        externalModules: spec.external,
        bundleAwsSDK: spec.bundleAwsSdk,
      },
    });

    Validations.of(this.fn).acknowledge({
      id: 'AwsSolutions-L1',
      reason:
        'nodejs22.x is pinned on purpose: the code is written and tested for Node 20 locally and Node 22 in ' +
        'Lambda (FACTS.md), and nodejs22.x is a supported Lambda runtime. Moving to a newer runtime is a ' +
        'deliberate change with its own test run, not something a synth should do silently.',
    });

    this.errorsAlarm = new Alarm(this, 'Errors', {
      alarmName: `${stackName}-${props.name}-errors`,
      alarmDescription:
        `TrustWatch ${props.name} failed at least once in 5 minutes. ` +
        `Open the log group ${props.name} in CloudWatch Logs and look for level ERROR.`,
      metric: this.fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    this.throttlesAlarm = new Alarm(this, 'Throttles', {
      alarmName: `${stackName}-${props.name}-throttles`,
      alarmDescription:
        `TrustWatch ${props.name} was throttled in 2 of the last 3 five-minute periods: runs are ` +
        'overlapping (a run takes longer than its schedule interval) or the account is out of concurrency.',
      metric: this.fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 1,
      evaluationPeriods: 3,
      datapointsToAlarm: 2,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const alarm of [this.errorsAlarm, this.throttlesAlarm]) {
      alarm.addAlarmAction(props.alarmAction);
      alarm.addOkAction(props.alarmAction);
    }
  }
}
