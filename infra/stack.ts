/**
 * The TrustWatch stack: everything a trust needs in its own AWS account, from one validated config.
 *
 *   EventBridge Scheduler (trust time zone, no flexible window, retries, DLQ)
 *     ├─ poll      every pollMinutes ── polls inline, or fans query groups out on the poll queue
 *     │                                  └─ SQS (batch 5, partial batch failures, DLQ after 3) → poll-worker
 *     ├─ notify    every notifyMinutes   sends pending alerts (SES)
 *     ├─ escalate  hourly                escalations, take-down re-checks
 *     ├─ discover  daily                 unapproved / look-alike accounts
 *     └─ digest    weekly                the COO's digest
 *   Function URL (auth NONE; the signed token is the authorisation) → actions
 *   DynamoDB single table (lib/store/table.ts keys), on demand, PITR, TTL, AWS-managed KMS key
 *   Secrets Manager: X credentials (placeholder the IT person replaces), link-signing key (generated)
 *   SES: the From identity (domain or address), a configuration set (TLS required, bounces → ops)
 *   SNS topic (KMS, TLS only) → email to trust.operations; alarms on errors, throttles, DLQ depth,
 *   the X budget, abandoned emails, and poll not running.
 *
 * Decisions worth knowing:
 *   - Concurrency. poll and notify have reserved concurrency 1: one runner at a time, so a slow
 *     cycle can never overlap the next tick (the outbox and cursors are safe under overlap, but
 *     overlap doubles X reads). Their async retries are off and events expire after one interval:
 *     the next tick is the retry. The worker is capped by the SQS event source (maxConcurrency 2),
 *     not by reserved concurrency, because throttling an SQS poller returns messages to the queue
 *     and counts as a receive, which would push healthy work into the DLQ. actions is capped at 5:
 *     it is public, and a flood should cost little and trip the throttle alarm.
 *   - Fan-out. The queue and worker always exist and poll always gets POLL_QUEUE_URL; whether a
 *     cycle fans out is the poll function's decision from the number of query groups (lib/app/poll).
 *   - Table encryption: the AWS-managed key (aws/dynamodb). Data is KMS-encrypted with key use
 *     logged in CloudTrail, with no key policy for a school IT team to maintain, no monthly key
 *     charge, and no kms:Decrypt grants to get wrong. A customer key would add cross-account and
 *     revocation controls that a single-account, single-app table does not need.
 *   - The alarm topic uses a customer-managed key (rotation on): CloudWatch and SES cannot publish to
 *     a topic encrypted with the AWS-managed SNS key.
 *   - IAM: one role per function, no managed policies, no wildcard actions. DynamoDB actions are
 *     named (no Scan), on the table and its three index ARNs (no index/*); SES sending is allowed
 *     from the configured From address only.
 *   - Every function gets the same environment contract (lib/aws/env.ts): TABLE_NAME and both secret
 *     ARNs (the env schema requires both; an ARN is not a secret), plus ACTIONS_BASE_URL, POLL_QUEUE_URL
 *     and SES_CONFIGURATION_SET where they apply. Only functions that need a secret may read it.
 */
import {
  ArnFormat,
  CfnOutput,
  Duration,
  RemovalPolicy,
  SecretValue,
  Stack,
  TimeZone,
  Validations,
} from 'aws-cdk-lib';
import type { StackProps } from 'aws-cdk-lib';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import { Effect, PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { IRole } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import { FunctionUrlAuthType } from 'aws-cdk-lib/aws-lambda';
import type { FunctionUrl, IFunction } from 'aws-cdk-lib/aws-lambda';
import { SqsDestination } from 'aws-cdk-lib/aws-lambda-destinations';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Schedule, ScheduleExpression, ScheduleTargetInput, TimeWindow } from 'aws-cdk-lib/aws-scheduler';
import { ScheduleTargetBase } from 'aws-cdk-lib/aws-scheduler-targets';
import type { ScheduleTargetBaseProps } from 'aws-cdk-lib/aws-scheduler-targets';
import { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import {
  ConfigurationSet,
  ConfigurationSetTlsPolicy,
  EmailIdentity,
  EmailSendingEvent,
  EventDestination,
  Identity,
} from 'aws-cdk-lib/aws-ses';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { ENV } from '../lib/aws/env';
import type { Job } from '../lib/aws/events';
import type { Config } from '../lib/config/schema';
import { GSIS, TABLE_KEYS } from '../lib/store/table';
import { POWERTOOLS } from './bundling';
import type { BundleOptions, FunctionName, FunctionSource } from './bundling';
import type { AsyncInvokeOptions } from './monitor-function';
import { MonitorFunction } from './monitor-function';
import type { SesIdentityKind } from './options';
import { intervalMinutes, jobSchedules } from './schedules';

/** The value stored in the X credentials secret until the IT person replaces it. */
export const X_SECRET_PLACEHOLDER = 'REPLACE-ME-see-docs-deploy-md';

/**
 * DynamoDB actions the functions use (lib/store): single-item reads and conditional writes, batches,
 * queries. No Scan (no scans on any path), no table management, no transactions (DESIGN.md).
 */
export const TABLE_ACTIONS = [
  'dynamodb:GetItem',
  'dynamodb:BatchGetItem',
  'dynamodb:Query',
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

/** The metric names the application emits through Powertools (lib/obs, lib/x/meter). */
export const APP_METRICS = {
  budgetFraction: 'XBudgetFraction',
  emailAbandoned: 'email_abandoned',
} as const;

export const POLL_QUEUE = { batchSize: 5, maxReceiveCount: 3, maxConcurrency: 2 } as const;

export interface TrustWatchStackProps extends StackProps {
  config: Config;
  sesIdentity: SesIdentityKind;
  reservedConcurrency: boolean;
  logRetention: RetentionDays;
  source?: FunctionSource;
  bundle?: BundleOptions;
}

interface Needs {
  xSecret?: boolean;
  linkKey?: boolean;
  ses?: boolean;
  actionsUrl?: boolean;
  pollQueue?: boolean;
}

/**
 * Who needs what. Every function loads the link-signing key at cold start (lib/aws/context.ts: any of
 * them may build an email, and poll/poll-worker send operations notices), so all may read it.
 */
const NEEDS: Record<FunctionName, Needs> = {
  poll: { xSecret: true, pollQueue: true, ses: true, linkKey: true },
  'poll-worker': { xSecret: true, ses: true, linkKey: true },
  notify: { ses: true, linkKey: true, actionsUrl: true },
  escalate: { ses: true, linkKey: true, xSecret: true, actionsUrl: true },
  discover: { xSecret: true, linkKey: true },
  digest: { ses: true, linkKey: true, actionsUrl: true },
  actions: { ses: true, linkKey: true },
};

/**
 * A Lambda schedule target whose role may invoke exactly this function. (The library's LambdaInvoke
 * also grants `<function arn>:*`, every version and alias: a wildcard this app does not need.)
 */
class InvokeFunction extends ScheduleTargetBase {
  private readonly fn: IFunction;
  constructor(fn: IFunction, props: ScheduleTargetBaseProps) {
    super(props, fn.functionArn);
    this.fn = fn;
  }
  protected addTargetActionToRole(role: IRole): void {
    role.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [this.fn.functionArn] }),
    );
  }
}

export class TrustWatchStack extends Stack {
  readonly functions: Record<FunctionName, MonitorFunction>;
  readonly functionUrl: FunctionUrl;
  readonly table: TableV2;
  readonly xSecret: Secret;
  readonly linkKeySecret: Secret;
  readonly alarmTopic: Topic;
  readonly pollQueue: Queue;
  readonly pollDlq: Queue;
  readonly jobsDlq: Queue;

  constructor(scope: Construct, id: string, props: TrustWatchStackProps) {
    super(scope, id, {
      description: `TrustWatch for ${props.config.trust.name}: social media monitoring (X) with email alerts`,
      ...props,
    });
    const { config } = props;
    const from = config.alerts.from;
    const fromDomain = from.slice(from.lastIndexOf('@') + 1);

    // ---- Operations topic: every alarm, and SES bounces/complaints, go to trust.operations ----
    const topicKey = new Key(this, 'OpsTopicKey', {
      description: 'TrustWatch: encrypts the operations alarm topic',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    // CloudWatch alarms and SES event publishing write to the encrypted topic. The key policy follows
    // AWS's documented form (no conditions: not every KMS call these services make carries source
    // keys); who may publish at all is restricted by the topic policy below.
    topicKey.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowAlarmsAndSesToUseTheKey',
        principals: [
          new ServicePrincipal('cloudwatch.amazonaws.com'),
          new ServicePrincipal('ses.amazonaws.com'),
        ],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey'],
        resources: ['*'],
      }),
    );
    this.alarmTopic = new Topic(this, 'OpsTopic', {
      displayName: 'TrustWatch operations',
      masterKey: topicKey,
      enforceSSL: true,
    });
    // CloudWatch alarms of this account may publish. (SES gets its own statement, scoped to the
    // configuration set, from the event destination below.)
    this.alarmTopic.addToResourcePolicy(
      new PolicyStatement({
        sid: 'AllowAlarmsToPublish',
        principals: [new ServicePrincipal('cloudwatch.amazonaws.com')],
        actions: ['sns:Publish'],
        resources: [this.alarmTopic.topicArn],
        conditions: {
          StringEquals: { 'aws:SourceAccount': this.account },
          ArnLike: {
            'aws:SourceArn': this.formatArn({
              service: 'cloudwatch',
              resource: 'alarm',
              resourceName: '*',
              arnFormat: ArnFormat.COLON_RESOURCE_NAME,
            }),
          },
        },
      }),
    );
    this.alarmTopic.addSubscription(new EmailSubscription(config.trust.operations.email));
    const alarmAction = new SnsAction(this.alarmTopic);

    // ---- DynamoDB: the single table ----
    this.table = new TableV2(this, 'Table', {
      partitionKey: { name: TABLE_KEYS.pk, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEYS.sk, type: AttributeType.STRING },
      globalSecondaryIndexes: GSIS.map((g) => ({
        indexName: g.name,
        partitionKey: { name: g.pk, type: AttributeType.STRING },
        sortKey: { name: g.sk, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      timeToLiveAttribute: TABLE_KEYS.ttl,
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    // ---- Secrets ----
    this.xSecret = new Secret(this, 'XCredentials', {
      description:
        'TrustWatch: X API credentials as JSON {"bearerToken": "..."} (optionally appKey, appSecret, ' +
        'accessToken, accessSecret). Replace the placeholder: see docs/deploy.md.',
      // A fixed placeholder, not a secret. Never change this text: CloudFormation would write it
      // over the real token on the next deploy. put-secret-value changes are left alone.
      secretStringValue: SecretValue.unsafePlainText(JSON.stringify({ bearerToken: X_SECRET_PLACEHOLDER })),
    });
    Validations.of(this.xSecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'The X bearer token is issued and rotated in the X developer portal, not by AWS; a rotation ' +
        'Lambda cannot create a new X token. The IT person stores the new one with put-secret-value ' +
        '(docs/deploy.md) and functions pick it up at their next cold start.',
    });

    this.linkKeySecret = new Secret(this, 'LinkSigningKey', {
      description:
        'TrustWatch: HMAC key that signs the action links in alert emails (generated; rotate with ' +
        'put-secret-value, see docs/deploy.md)',
      generateSecretString: { passwordLength: 64, excludePunctuation: true, includeSpace: false },
    });
    Validations.of(this.linkKeySecret).acknowledge({
      id: 'AwsSolutions-SMG4',
      reason:
        'Rotation is manual and safe: a new value stored with put-secret-value becomes AWSCURRENT and the ' +
        'old one AWSPREVIOUS, and link verification accepts [current, previous] (lib/actions/links.ts), ' +
        'so links already in inboxes keep working until they expire (7 days). Scheduled rotation would ' +
        'need a rotation Lambda for a key that is never sent anywhere and only signs 7-day links.',
    });

    // ---- Queues: poll fan-out (+ DLQ) and the jobs DLQ (scheduler + async failures) ----
    const workerTimeout = Duration.minutes(2);
    this.pollDlq = new Queue(this, 'PollDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    this.pollQueue = new Queue(this, 'PollQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for SQS → Lambda: visibility at least 6× the function timeout.
      visibilityTimeout: Duration.seconds(workerTimeout.toSeconds() * 6),
      retentionPeriod: Duration.days(1),
      deadLetterQueue: { queue: this.pollDlq, maxReceiveCount: POLL_QUEUE.maxReceiveCount },
    });
    this.jobsDlq = new Queue(this, 'JobsDlq', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
    });
    Validations.of(this.jobsDlq).acknowledge({
      id: 'AwsSolutions-SQS3',
      reason:
        'This queue is itself a dead-letter queue: for EventBridge Scheduler targets that could not be ' +
        'invoked and for scheduled Lambda runs that failed all retries. No SQS queue redrives into it, ' +
        'which is why the rule cannot see that; it has a depth alarm.',
    });

    // ---- SES: identity, configuration set, and who may send ----
    const mailConfig = new ConfigurationSet(this, 'MailConfig', {
      // Alerts can name pupils and staff: never send them over an unencrypted hop.
      tlsPolicy: ConfigurationSetTlsPolicy.REQUIRE,
      reputationMetrics: true,
      // A mailbox that bounced once (an M365 migration, say) must not silently stop receiving
      // safeguarding alerts for ever: no suppression here; each bounce is reported to operations.
      disableSuppressionList: true,
    });
    mailConfig.addEventDestination('BouncesToOperations', {
      destination: EventDestination.snsTopic(this.alarmTopic),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT, EmailSendingEvent.REJECT],
    });
    const identity = new EmailIdentity(this, 'SenderIdentity', {
      identity: props.sesIdentity === 'domain' ? Identity.domain(fromDomain) : Identity.email(from),
      configurationSet: mailConfig,
    });
    const sesSend = new PolicyStatement({
      sid: 'SendFromTheTrustWatchAddressOnly',
      effect: Effect.ALLOW,
      actions: ['ses:SendRawEmail'],
      resources: [
        identity.emailIdentityArn,
        this.formatArn({
          service: 'ses',
          resource: 'configuration-set',
          resourceName: mailConfig.configurationSetName,
        }),
      ],
      conditions: { StringEquals: { 'ses:FromAddress': from } },
    });

    // ---- Functions ----
    const fnProps = {
      config,
      logRetention: props.logRetention,
      alarmAction,
      ...(props.source ? { source: props.source } : {}),
      ...(props.bundle ? { bundle: props.bundle } : {}),
    };
    const reserved = (n: number): { reservedConcurrency?: number } =>
      props.reservedConcurrency ? { reservedConcurrency: n } : {};
    const baseEnv: Record<string, string> = {
      [ENV.tableName]: this.table.tableName,
      [ENV.xSecretArn]: this.xSecret.secretArn,
      [ENV.linkKeySecretArn]: this.linkKeySecret.secretArn,
    };
    const jobTimeout = (job: Job, fallback: Duration): Duration => {
      const every = intervalMinutes(config, job);
      // A frequent job must finish before its next tick (it has reserved concurrency 1).
      return every === undefined ? fallback : Duration.seconds(Math.min(120, every * 60 - 10));
    };
    const frequentAsync = (job: Job): AsyncInvokeOptions => ({
      retryAttempts: 0,
      maxEventAge: Duration.seconds(Math.max(60, (intervalMinutes(config, job) ?? 1) * 60)),
    });
    const dailyAsync = (retryAttempts: number, maxEventAge: Duration): AsyncInvokeOptions => ({
      retryAttempts,
      maxEventAge,
      onFailure: new SqsDestination(this.jobsDlq),
    });

    const make = (
      name: FunctionName,
      description: string,
      extra: {
        timeout: Duration;
        memorySize?: number;
        reservedConcurrency?: number;
        async?: AsyncInvokeOptions;
      },
    ): MonitorFunction =>
      new MonitorFunction(this, `Fn-${name}`, {
        ...fnProps,
        name,
        description,
        environment: { ...baseEnv },
        ...extra,
      });

    const poll = make(
      'poll',
      'one polling cycle; fans query groups out to the poll queue when there are many',
      {
        timeout: jobTimeout('poll', Duration.minutes(2)),
        ...reserved(1),
        async: frequentAsync('poll'),
      },
    );
    const pollWorker = make('poll-worker', 'polls the query groups of one fan-out message', {
      timeout: workerTimeout,
    });
    const notify = make('notify', 'sends pending alerts and daily roll-ups', {
      timeout: jobTimeout('notify', Duration.minutes(2)),
      ...reserved(1),
      async: frequentAsync('notify'),
    });
    const escalate = make('escalate', 'escalates unacknowledged alerts and re-checks take-downs', {
      timeout: Duration.minutes(5),
      async: dailyAsync(1, Duration.minutes(30)),
    });
    const discover = make('discover', 'looks for unapproved and look-alike accounts', {
      timeout: Duration.minutes(5),
      async: dailyAsync(2, Duration.hours(2)),
    });
    const digest = make('digest', "builds and sends the COO's weekly digest", {
      timeout: Duration.minutes(5),
      memorySize: 1024,
      async: dailyAsync(2, Duration.hours(2)),
    });
    const actions = make('actions', 'the signed action links in alert emails (Function URL)', {
      timeout: Duration.seconds(20),
      ...reserved(5),
    });
    this.functions = {
      poll,
      'poll-worker': pollWorker,
      notify,
      escalate,
      discover,
      digest,
      actions,
    };

    // Function URL: public, because the signed token in the link is the authorisation.
    this.functionUrl = actions.fn.addFunctionUrl({ authType: FunctionUrlAuthType.NONE });

    // Poll fan-out: poll sends, poll-worker consumes with partial batch failures.
    pollWorker.fn.addEventSource(
      new SqsEventSource(this.pollQueue, {
        batchSize: POLL_QUEUE.batchSize,
        reportBatchItemFailures: true,
        maxConcurrency: POLL_QUEUE.maxConcurrency,
      }),
    );

    // ---- Grants and environment, per the NEEDS table ----
    const tableResources = [
      this.table.tableArn,
      ...GSIS.map((g) => `${this.table.tableArn}/index/${g.name}`),
    ];
    for (const [name, mf] of Object.entries(this.functions) as [FunctionName, MonitorFunction][]) {
      const needs = NEEDS[name];
      mf.role.addToPrincipalPolicy(
        new PolicyStatement({
          sid: 'TableReadWrite',
          actions: [...TABLE_ACTIONS],
          resources: tableResources,
        }),
      );
      if (needs.xSecret) this.xSecret.grantRead(mf.role);
      if (needs.linkKey) this.linkKeySecret.grantRead(mf.role);
      if (needs.ses) {
        mf.role.addToPrincipalPolicy(sesSend);
        mf.fn.addEnvironment(ENV.sesConfigurationSet, mailConfig.configurationSetName);
      }
      if (needs.actionsUrl) mf.fn.addEnvironment(ENV.actionsBaseUrl, this.functionUrl.url);
      if (needs.pollQueue) {
        this.pollQueue.grantSendMessages(mf.role);
        mf.fn.addEnvironment(ENV.pollQueueUrl, this.pollQueue.queueUrl);
      }
    }

    // ---- Schedules ----
    const schedulerRole = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': this.account } },
      }),
      description: 'TrustWatch: EventBridge Scheduler invokes the scheduled functions',
    });
    for (const s of jobSchedules(config)) {
      const every = intervalMinutes(config, s.job);
      new Schedule(this, `Schedule-${s.job}`, {
        description: `TrustWatch: ${s.description}`,
        schedule: ScheduleExpression.expression(s.expression, TimeZone.of(s.timeZone)),
        timeWindow: TimeWindow.off(),
        target: new InvokeFunction(this.functions[s.job].fn, {
          input: ScheduleTargetInput.fromObject({ job: s.job }),
          role: schedulerRole,
          deadLetterQueue: this.jobsDlq,
          retryAttempts: 2,
          maxEventAge: every !== undefined ? Duration.minutes(every) : Duration.hours(1),
        }),
      });
    }

    // ---- Stack-level alarms ----
    const addAlarm = (alarm: Alarm): Alarm => {
      alarm.addAlarmAction(alarmAction);
      alarm.addOkAction(alarmAction);
      return alarm;
    };
    const name = (suffix: string): string => `${this.stackName}-${suffix}`;
    addAlarm(
      new Alarm(this, 'PollDlqDepth', {
        alarmName: name('poll-dlq'),
        alarmDescription:
          'Poll work failed 3 times and was moved to the poll dead-letter queue. Look at the poll-worker ' +
          'logs; after fixing the cause, redrive the DLQ from the SQS console.',
        metric: this.pollDlq.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
    addAlarm(
      new Alarm(this, 'JobsDlqDepth', {
        alarmName: name('jobs-dlq'),
        alarmDescription:
          'A scheduled job could not be started, or a daily/weekly job failed all its retries. The messages ' +
          'in the jobs dead-letter queue say which job and why.',
        metric: this.jobsDlq.metricApproximateNumberOfMessagesVisible({
          period: Duration.minutes(5),
          statistic: 'Maximum',
        }),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
    // Custom metrics through Metrics Insights, so the alarm matches whichever dimensions Powertools
    // adds (service name, function) without depending on them.
    const appMetric = (fn: 'MAX' | 'SUM', metric: string, label: string): MathExpression =>
      new MathExpression({
        expression: `SELECT ${fn}(${metric}) FROM "${POWERTOOLS.metricsNamespace}"`,
        usingMetrics: {},
        period: Duration.minutes(5),
        label,
      });
    addAlarm(
      new Alarm(this, 'XBudget', {
        alarmName: name('x-budget'),
        alarmDescription:
          `X API spend has reached 80% of the monthly budget (x.monthlyBudgetUsd = $${config.x.monthlyBudgetUsd}). ` +
          'Above 100% TrustWatch stops discovery first, then slows mention polling; official accounts ' +
          'are always polled.',
        metric: appMetric('MAX', APP_METRICS.budgetFraction, 'X budget used (fraction)'),
        threshold: 0.8,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
    addAlarm(
      new Alarm(this, 'EmailAbandoned', {
        alarmName: name('email-abandoned'),
        alarmDescription:
          'TrustWatch gave up delivering at least one email (after retries, or SES rejected it). The ' +
          'operations contact also gets a notice naming the recipient; check the address and SES status.',
        metric: appMetric('SUM', APP_METRICS.emailAbandoned, 'emails abandoned'),
        threshold: 1,
        evaluationPeriods: 1,
        comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: TreatMissingData.NOT_BREACHING,
      }),
    );
    addAlarm(
      new Alarm(this, 'PollNotRunning', {
        alarmName: name('poll-not-running'),
        alarmDescription:
          'The poll function has not run for 30 minutes: the schedule is disabled or cannot invoke it. ' +
          'Nothing is being monitored until this clears.',
        metric: poll.fn.metricInvocations({ period: Duration.minutes(10), statistic: 'Sum' }),
        threshold: 1,
        evaluationPeriods: 3,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        treatMissingData: TreatMissingData.BREACHING,
      }),
    );

    // ---- Outputs (names and ARNs, never values) ----
    new CfnOutput(this, 'ActionsUrl', {
      value: this.functionUrl.url,
      description: 'Base URL of the action links in alert emails',
    });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'XCredentialsSecretArn', {
      value: this.xSecret.secretArn,
      description: 'Store the X credentials here (docs/deploy.md)',
    });
    new CfnOutput(this, 'LinkSigningKeySecretArn', { value: this.linkKeySecret.secretArn });
    new CfnOutput(this, 'OperationsTopicArn', {
      value: this.alarmTopic.topicArn,
      description: `Alarms go to ${config.trust.operations.email} (confirm the subscription email)`,
    });
    new CfnOutput(this, 'SesIdentity', {
      value: identity.emailIdentityName,
      description:
        props.sesIdentity === 'domain'
          ? 'Verify this domain: add the three DKIM CNAME records below to its DNS'
          : 'Verify this address: click the link in the email SES sends to it',
    });
    if (props.sesIdentity === 'domain')
      identity.dkimRecords.forEach((r, i) => {
        new CfnOutput(this, `DkimRecord${i + 1}`, {
          value: `${r.name} CNAME ${r.value}`,
          description: 'DNS record for SES domain verification (DKIM)',
        });
      });
  }
}
