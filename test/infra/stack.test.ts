/**
 * Template assertions of intent for the TrustWatch stack (DESIGN.md principle 7): what runs when and
 * in which time zone, where failed work goes, how the table is protected, what each function may do,
 * and who hears about problems. One synth of the Riverside config is shared by every assertion
 * (`beforeAll`); a second synth checks the deployment choices that change the template.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Validations } from 'aws-cdk-lib';
import type { CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { ConfigSchema } from '../../lib/config/schema';
import { ENV } from '../../lib/aws/env';
import { GSIS, TABLE_KEYS } from '../../lib/store/table';
import { bundleSpec, CONFIG_DEFINE, FUNCTION_NAMES } from '../../infra/bundling';
import type { FunctionName } from '../../infra/bundling';
import { jobSchedules } from '../../infra/schedules';
import { TABLE_ACTIONS, X_SECRET_PLACEHOLDER } from '../../infra/stack';
import { buildForTest, removeStubs } from './helpers';
import type { BuiltApp } from './helpers';

const SYNTH_TIMEOUT = 120_000;

type Json = Record<string, unknown>;
type Resources = Record<string, { Type: string; Properties?: Json; DeletionPolicy?: string }>;

let built: BuiltApp;
let template: Template;
let resources: Resources;

beforeAll(async () => {
  built = await buildForTest();
  template = Template.fromStack(built.stack);
  resources = template.toJSON()['Resources'] as Resources;
}, SYNTH_TIMEOUT);

afterAll(() => removeStubs());

const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);

/** The logical id of a function, from its construct. */
const fnId = (name: FunctionName): string =>
  built.stack.getLogicalId(built.stack.functions[name].fn.node.defaultChild as CfnElement);

const fnProps = (name: FunctionName): Json => {
  const r = resources[fnId(name)];
  if (!r?.Properties) throw new Error(`no function ${name}`);
  return r.Properties;
};
const envOf = (name: FunctionName): Record<string, unknown> =>
  ((fnProps(name)['Environment'] as Json)['Variables'] as Record<string, unknown>) ?? {};

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

describe('schedules (EventBridge Scheduler, trust time zone)', () => {
  it('derives the five jobs from config/riverside.yaml', () => {
    expect(jobSchedules(built.config).map((s) => [s.job, s.expression])).toEqual([
      ['poll', 'rate(5 minutes)'],
      ['notify', 'rate(5 minutes)'],
      ['escalate', 'cron(0 * * * ? *)'],
      ['discover', 'cron(0 6 * * ? *)'],
      ['digest', 'cron(30 7-23 ? * MON *)'],
    ]);
  });

  it.each([
    ['poll', 'rate(5 minutes)'],
    ['notify', 'rate(5 minutes)'],
    ['escalate', 'cron(0 * * * ? *)'],
    ['discover', 'cron(0 6 * * ? *)'],
    ['digest', 'cron(30 7-23 ? * MON *)'],
  ] as const)('%s runs at %s in Europe/London, no flexible window, retries and a DLQ', (job, expression) => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: expression,
      ScheduleExpressionTimezone: 'Europe/London',
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [fnId(job), 'Arn'] },
        Input: JSON.stringify({ job }),
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^JobsDlq'), 'Arn'] } },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
  });

  it('has exactly five schedules', () => {
    template.resourceCountIs('AWS::Scheduler::Schedule', 5);
  });
});

describe('poll fan-out (SQS)', () => {
  it('redrives to a DLQ after 3 receives; both queues encrypted', () => {
    template.hasResourceProperties('AWS::SQS::Queue', {
      RedrivePolicy: {
        deadLetterTargetArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PollDlq'), 'Arn'] },
        maxReceiveCount: 3,
      },
      SqsManagedSseEnabled: true,
      VisibilityTimeout: 720,
    });
    for (const [, q] of ofType('AWS::SQS::Queue')) expect(q.Properties?.['SqsManagedSseEnabled']).toBe(true);
  });

  it('every queue refuses non-TLS requests', () => {
    const policies = ofType('AWS::SQS::QueuePolicy');
    expect(policies).toHaveLength(3);
    for (const [, p] of policies)
      expect(JSON.stringify(p.Properties)).toContain('"aws:SecureTransport":"false"');
  });

  it('poll-worker consumes in batches of 5 with partial batch failures, at most 2 at once', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      FunctionName: { Ref: fnId('poll-worker') },
      EventSourceArn: { 'Fn::GetAtt': [Match.stringLikeRegexp('^PollQueue'), 'Arn'] },
      BatchSize: 5,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 2 },
    });
  });

  it('only poll may send to the queue and knows its URL', () => {
    expect(envOf('poll')[ENV.pollQueueUrl]).toEqual({ Ref: expect.stringMatching(/^PollQueue/) });
    for (const name of FUNCTION_NAMES.filter((n) => n !== 'poll'))
      expect(envOf(name)[ENV.pollQueueUrl]).toBeUndefined();
  });
});

describe('DynamoDB table', () => {
  it('has the key schema of lib/store/table.ts, on demand, TTL, PITR, KMS, deletion protection', () => {
    template.hasResource('AWS::DynamoDB::GlobalTable', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: TABLE_KEYS.pk, KeyType: 'HASH' },
          { AttributeName: TABLE_KEYS.sk, KeyType: 'RANGE' },
        ],
        GlobalSecondaryIndexes: GSIS.map((g) => ({
          IndexName: g.name,
          KeySchema: [
            { AttributeName: g.pk, KeyType: 'HASH' },
            { AttributeName: g.sk, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
        TimeToLiveSpecification: { AttributeName: TABLE_KEYS.ttl, Enabled: true },
        SSESpecification: { SSEEnabled: true, SSEType: 'KMS' },
        Replicas: [
          Match.objectLike({
            PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
            DeletionProtectionEnabled: true,
          }),
        ],
      }),
    });
  });
});

describe('IAM', () => {
  /** Every statement of every identity policy (roles' inline policies and AWS::IAM::Policy). */
  const identityStatements = (): Json[] => {
    const out: Json[] = [];
    for (const [, r] of ofType('AWS::IAM::Policy'))
      out.push(...asArray((r.Properties?.['PolicyDocument'] as Json)['Statement'] as Json[]));
    for (const [, r] of ofType('AWS::IAM::Role'))
      for (const p of asArray(r.Properties?.['Policies'] as Json[]))
        out.push(...asArray((p['PolicyDocument'] as Json)['Statement'] as Json[]));
    for (const [, r] of ofType('AWS::IAM::ManagedPolicy'))
      out.push(...asArray((r.Properties?.['PolicyDocument'] as Json)['Statement'] as Json[]));
    return out;
  };

  it('no identity policy allows a wildcard action, and no role uses a managed policy', () => {
    const statements = identityStatements();
    expect(statements.length).toBeGreaterThan(20);
    const actions = statements.flatMap((s) => asArray(s['Action'] as string | string[]));
    expect(actions.filter((a) => a.includes('*'))).toEqual([]);
    for (const [, r] of ofType('AWS::IAM::Role')) expect(r.Properties?.['ManagedPolicyArns']).toBeUndefined();
  });

  it('resource policies allow no wildcard action (except the key administrators statement)', () => {
    const offenders: string[] = [];
    for (const type of ['AWS::SQS::QueuePolicy', 'AWS::SNS::TopicPolicy', 'AWS::KMS::Key']) {
      for (const [id, r] of ofType(type)) {
        const doc = (r.Properties?.['PolicyDocument'] ?? r.Properties?.['KeyPolicy']) as Json;
        for (const s of asArray(doc['Statement'] as Json[])) {
          if (s['Effect'] !== 'Allow') continue;
          const isKeyAdmin =
            type === 'AWS::KMS::Key' &&
            JSON.stringify(s['Principal']).includes(':root') &&
            s['Action'] === 'kms:*';
          if (isKeyAdmin) continue;
          for (const a of asArray(s['Action'] as string | string[]))
            if (a.includes('*')) offenders.push(`${id}: ${a}`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  it('SES sending is only SendRawEmail, from the configured address, on the identity and configuration set', () => {
    const ses = identityStatements().filter((s) => JSON.stringify(s['Action']).includes('ses:'));
    expect(ses.length).toBeGreaterThan(0);
    for (const s of ses) {
      expect(s['Action']).toBe('ses:SendRawEmail');
      expect(s['Condition']).toEqual({ StringEquals: { 'ses:FromAddress': built.config.alerts.from } });
      const resources = JSON.stringify(s['Resource']);
      expect(resources).toContain(':identity/');
      expect(resources).toContain(':configuration-set/');
      expect(resources).not.toContain('"*"');
    }
  });

  it('table access names its actions (no Scan) on the table and its three indexes, never index/*', () => {
    const table = identityStatements().filter((s) => JSON.stringify(s['Action']).includes('dynamodb:'));
    expect(table).toHaveLength(FUNCTION_NAMES.length);
    for (const s of table) {
      expect([...asArray(s['Action'] as string[])].sort()).toEqual([...TABLE_ACTIONS].sort());
      const res = JSON.stringify(s['Resource']);
      for (const g of GSIS) expect(res).toContain(`/index/${g.name}`);
      expect(res).not.toContain('*');
    }
  });

  it('secrets are readable only by the functions that need them', () => {
    const readers = (secretPrefix: string) =>
      Object.entries(resources)
        .filter(([, r]) => r.Type === 'AWS::IAM::Policy')
        .filter(([, r]) => {
          const doc = JSON.stringify(r.Properties?.['PolicyDocument']);
          return (
            doc.includes('secretsmanager:GetSecretValue') && new RegExp(`"Ref":"${secretPrefix}`).test(doc)
          );
        })
        .map(([id]) => id.replace(/^Fn/, '').replace(/RoleDefaultPolicy.*$/, ''))
        .sort();
    expect(readers('XCredentials')).toEqual(['discover', 'escalate', 'poll', 'pollworker'].sort());
    // Every function loads the link key at cold start (any of them may build an email).
    expect(readers('LinkSigningKey')).toEqual(
      ['actions', 'digest', 'discover', 'escalate', 'notify', 'poll', 'pollworker'].sort(),
    );
  });
});

describe('Lambda functions', () => {
  it('are nodejs22.x on arm64, ESM bundle handler, source maps on, Powertools configured', () => {
    expect(ofType('AWS::Lambda::Function')).toHaveLength(FUNCTION_NAMES.length);
    for (const name of FUNCTION_NAMES) {
      expect(fnProps(name)).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(envOf(name)).toMatchObject({
        NODE_OPTIONS: '--enable-source-maps',
        POWERTOOLS_SERVICE_NAME: 'trustwatch',
        POWERTOOLS_METRICS_NAMESPACE: 'TrustWatch',
      });
    }
  });

  it('get the lib/aws/env.ts contract: table name and secret ARNs (references), never secret values', () => {
    for (const name of FUNCTION_NAMES) {
      const env = envOf(name);
      expect(env[ENV.tableName]).toEqual({ Ref: expect.stringMatching(/^Table/) });
      expect(env[ENV.xSecretArn]).toEqual({ Ref: expect.stringMatching(/^XCredentials/) });
      expect(env[ENV.linkKeySecretArn]).toEqual({ Ref: expect.stringMatching(/^LinkSigningKey/) });
      const text = JSON.stringify(env);
      expect(text).not.toContain(X_SECRET_PLACEHOLDER);
      expect(text).not.toContain('bearerToken');
      expect(text).not.toContain('resolve:secretsmanager');
      expect(text).not.toContain('SecretString');
    }
  });

  it('notify, escalate and digest link to the actions Function URL; senders know the configuration set', () => {
    for (const name of ['notify', 'escalate', 'digest'] as const)
      expect(envOf(name)[ENV.actionsBaseUrl]).toEqual({
        'Fn::GetAtt': [expect.stringMatching(/^FnactionsFunctionFunctionUrl/), 'FunctionUrl'],
      });
    for (const name of ['poll', 'poll-worker', 'discover', 'actions'] as const)
      expect(envOf(name)[ENV.actionsBaseUrl]).toBeUndefined();
    for (const name of ['poll', 'poll-worker', 'notify', 'escalate', 'digest', 'actions'] as const)
      expect(envOf(name)[ENV.sesConfigurationSet]).toEqual({ Ref: expect.stringMatching(/^MailConfig/) });
    expect(envOf('discover')[ENV.sesConfigurationSet]).toBeUndefined();
  });

  it('poll and notify run one at a time and finish before their next tick; actions is capped', () => {
    expect(fnProps('poll')).toMatchObject({ ReservedConcurrentExecutions: 1, Timeout: 120 });
    expect(fnProps('notify')).toMatchObject({ ReservedConcurrentExecutions: 1, Timeout: 120 });
    expect(fnProps('actions')).toMatchObject({ ReservedConcurrentExecutions: 5 });
    expect(fnProps('poll-worker')['ReservedConcurrentExecutions']).toBeUndefined();
    template.hasResourceProperties('AWS::Lambda::EventInvokeConfig', {
      FunctionName: { Ref: fnId('poll') },
      MaximumRetryAttempts: 0,
      MaximumEventAgeInSeconds: 300,
    });
  });

  it('each has its own log group with a retention period', () => {
    const groups = ofType('AWS::Logs::LogGroup');
    expect(groups).toHaveLength(FUNCTION_NAMES.length);
    for (const [, g] of groups) expect(g.Properties?.['RetentionInDays']).toBe(90);
    for (const name of FUNCTION_NAMES)
      expect(fnProps(name)['LoggingConfig']).toEqual({ LogGroup: { Ref: expect.stringMatching(/Logs/) } });
  });

  it('embed the validated trust config, which re-validates to the same config', () => {
    const define = bundleSpec(built.config).define[CONFIG_DEFINE];
    expect(define).toBeDefined();
    const json = JSON.parse(define ?? '""') as string;
    expect(ConfigSchema.parse(JSON.parse(json))).toEqual(built.config);
  });
});

describe('actions Function URL', () => {
  it('is public (the signed token is the authorisation), without CORS', () => {
    template.resourceCountIs('AWS::Lambda::Url', 1);
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [fnId('actions'), 'Arn'] },
      Cors: Match.absent(),
    });
  });
});

describe('alarms → operations', () => {
  it('the topic is KMS-encrypted, TLS-only and emails trust.operations', () => {
    template.hasResourceProperties('AWS::SNS::Topic', {
      KmsMasterKeyId: Match.objectLike({ 'Fn::GetAtt': [Match.stringLikeRegexp('^OpsTopicKey'), 'Arn'] }),
    });
    template.hasResourceProperties('AWS::SNS::Subscription', {
      Protocol: 'email',
      Endpoint: built.config.trust.operations.email,
    });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
  });

  it('every function has an Errors and a Throttles alarm', () => {
    for (const name of FUNCTION_NAMES)
      for (const metric of ['Errors', 'Throttles'])
        template.hasResourceProperties('AWS::CloudWatch::Alarm', {
          Namespace: 'AWS/Lambda',
          MetricName: metric,
          Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId(name) } }],
          Threshold: 1,
        });
  });

  it('DLQ depth, X budget ≥ 80%, abandoned emails and poll not running are alarmed', () => {
    for (const dlq of ['^PollDlq', '^JobsDlq'])
      template.hasResourceProperties('AWS::CloudWatch::Alarm', {
        MetricName: 'ApproximateNumberOfMessagesVisible',
        Dimensions: [
          { Name: 'QueueName', Value: { 'Fn::GetAtt': [Match.stringLikeRegexp(dlq), 'QueueName'] } },
        ],
        Threshold: 1,
        ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: [Match.objectLike({ Expression: 'SELECT MAX(XBudgetFraction) FROM "TrustWatch"' })],
      Threshold: 0.8,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Metrics: [Match.objectLike({ Expression: 'SELECT SUM(email_abandoned) FROM "TrustWatch"' })],
      Threshold: 1,
    });
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'Invocations',
      Dimensions: [{ Name: 'FunctionName', Value: { Ref: fnId('poll') } }],
      ComparisonOperator: 'LessThanThreshold',
      TreatMissingData: 'breaching',
    });
  });

  it('every alarm notifies the operations topic', () => {
    const alarms = ofType('AWS::CloudWatch::Alarm');
    expect(alarms).toHaveLength(FUNCTION_NAMES.length * 2 + 5);
    for (const [, a] of alarms)
      expect(a.Properties?.['AlarmActions']).toEqual([{ Ref: expect.stringMatching(/^OpsTopic/) }]);
  });
});

describe('secrets, SES and outputs', () => {
  it('the X secret holds a placeholder; the link key is generated, ≥ 48 characters', () => {
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      SecretString: JSON.stringify({ bearerToken: X_SECRET_PLACEHOLDER }),
    });
    template.hasResourceProperties('AWS::SecretsManager::Secret', {
      GenerateSecretString: Match.objectLike({ PasswordLength: Match.anyValue() }),
    });
    const generated = ofType('AWS::SecretsManager::Secret')
      .map(([, s]) => s.Properties?.['GenerateSecretString'] as Json | undefined)
      .find((g) => g !== undefined);
    expect(generated?.['PasswordLength']).toBeGreaterThanOrEqual(48);
  });

  it('verifies the From domain by default, with TLS required and bounces reported', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'riverside-trust.example' });
    template.hasResourceProperties('AWS::SES::ConfigurationSet', {
      DeliveryOptions: { TlsPolicy: 'REQUIRE' },
      SuppressionOptions: { SuppressedReasons: [] },
    });
    template.hasResourceProperties('AWS::SES::ConfigurationSetEventDestination', {
      EventDestination: Match.objectLike({ MatchingEventTypes: ['bounce', 'complaint', 'reject'] }),
    });
  });

  it('outputs the Function URL, table, secret ARNs and topic, never a secret value', () => {
    const outputs = template.toJSON()['Outputs'] as Record<string, { Value: unknown }>;
    for (const key of [
      'ActionsUrl',
      'TableName',
      'XCredentialsSecretArn',
      'LinkSigningKeySecretArn',
      'OperationsTopicArn',
    ])
      expect(outputs[key]).toBeDefined();
    expect(outputs['XCredentialsSecretArn']?.Value).toEqual({ Ref: expect.stringMatching(/^XCredentials/) });
    expect(JSON.stringify(outputs)).not.toContain('SecretString');
  });
});

describe('cdk-nag AwsSolutions', () => {
  it('finds nothing unacknowledged; the app synthesises with the plugin on, without warnings', () => {
    const report = new AwsSolutionsChecks().validateScope(built.app);
    expect(report.violations.map((v) => v.ruleName)).toEqual([]);
    // synth() runs the registered validation plugins and throws on any finding.
    const assembly = built.app.synth();
    const messages = assembly.getStackArtifact(built.stack.artifactId).messages;
    expect(messages.filter((m) => m.level !== 'info').map((m) => `${m.id}: ${String(m.entry.data)}`)).toEqual(
      [],
    );
  });

  it('every acknowledgement carries a reason in code', () => {
    const acks: { path: string; id: string; reason: unknown }[] = [];
    const visit = (c: IConstruct) => {
      for (const m of c.node.metadata)
        if (m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          for (const [id, reason] of Object.entries(m.data as Record<string, unknown>))
            acks.push({ path: c.node.path, id, reason });
      for (const child of c.node.children) visit(child);
    };
    visit(built.app);
    expect(acks.length).toBeGreaterThan(0);
    for (const a of acks) {
      expect(typeof a.reason).toBe('string');
      expect((a.reason as string).length, `${a.path} ${a.id}`).toBeGreaterThan(60);
    }
    const ids = new Set(acks.map((a) => a.id.replace(/^annotation::/i, '')));
    expect([...ids].sort()).toEqual(['AwsSolutions-L1', 'AwsSolutions-SMG4', 'AwsSolutions-SQS3']);
  });
});

describe('deployment choices (second synth)', () => {
  let other: Template;
  beforeAll(async () => {
    const b = await buildForTest({
      sesIdentity: 'address',
      reservedConcurrency: 'false',
      logRetentionDays: '30',
    });
    other = Template.fromStack(b.stack);
  }, SYNTH_TIMEOUT);

  it('sesIdentity=address verifies only the From address and outputs no DKIM records', () => {
    other.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: 'trustwatch@riverside-trust.example',
    });
    expect(Object.keys(other.toJSON()['Outputs'] as Json).filter((k) => k.startsWith('Dkim'))).toEqual([]);
  });

  it('reservedConcurrency=false reserves nothing; logRetentionDays applies to every log group', () => {
    for (const [, f] of Object.entries(other.findResources('AWS::Lambda::Function')))
      expect((f as { Properties: Json }).Properties['ReservedConcurrentExecutions']).toBeUndefined();
    for (const [, g] of Object.entries(other.findResources('AWS::Logs::LogGroup')))
      expect((g as { Properties: Json }).Properties['RetentionInDays']).toBe(30);
  });
});
