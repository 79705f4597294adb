/**
 * Sample flags, one per finding kind, for the email previews (scripts/preview-mail.ts) and the mail
 * tests. Routed and worded with the real domain modules (route, POLICY, deliveryFor), so a preview looks
 * like what the demo sends. All people and posts are fictional; the trust is the Riverside example.
 *
 * `hostileFlag` is the escaping test case: a post and author crafted to break HTML, links, headers and
 * text direction.
 */
import type { Config } from '../config/schema';
import type { Evidence } from '../domain/finding';
import { flagId } from '../domain/flag';
import type { Flag, PostEvidence } from '../domain/flag';
import { FINDING_KINDS } from '../domain/kinds';
import type { FindingKind, Severity } from '../domain/kinds';
import { POLICY } from '../domain/policy';
import { deliveryFor, route } from '../domain/routing';

/** 07:05 on a November Tuesday (GMT), the Principal's phone time. */
export const SAMPLE_NOW = Date.UTC(2026, 10, 24, 7, 5, 0);
const CAPTURED = '2026-11-24T06:58:41.000Z';

const span = (text: string, needle: string, cue: string): Evidence => {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`sample evidence "${needle}" not in text`);
  return { start, end: start + needle.length, text: needle, cue };
};

const post = (p: Partial<PostEvidence> & Pick<PostEvidence, 'id' | 'text'>): PostEvidence => ({
  url: `https://x.com/${p.authorUsername ?? 'i/web'}/status/${p.id}`,
  authorId: '1500000000000000001',
  authorUsername: 'concerned_dad_77',
  authorName: 'Concerned Dad',
  createdAt: '2026-11-24T06:52:10.000Z',
  capturedAt: CAPTURED,
  source: 'mention',
  accountHandle: 'KingsmeadAcad',
  ...p,
});

interface Spec {
  kind: FindingKind;
  severity?: Severity;
  scopes?: string[];
  post?: PostEvidence;
  evidence?: (text: string) => Evidence[];
  score?: number;
  rule: string;
  explanation: string;
  details?: Record<string, unknown>;
  account?: string;
  pupilsAtRisk?: boolean;
  extra?: Partial<Flag>;
}

const DEFAULT_SEVERITY: Record<FindingKind, Severity> = {
  threat: 'critical',
  safeguarding: 'critical',
  abuse: 'high',
  profanity: 'high',
  disparaging: 'medium',
  media_enquiry: 'medium',
  personal_data: 'high',
  pupil_identification: 'high',
  sensitive_topic: 'medium',
  solicitation: 'low',
  hold_breach: 'high',
  unapproved_account: 'high',
  register_gap: 'low',
  takedown_overdue: 'high',
  volume_spike: 'high',
};

const build = (config: Config, s: Spec): Flag => {
  const severity = s.severity ?? DEFAULT_SEVERITY[s.kind];
  const scopes = s.scopes ?? ['kingsmead'];
  const account = s.account ? config.accounts.find((a) => a.handle === s.account) : undefined;
  const r = route(config, {
    kind: s.kind,
    severity,
    scopes,
    ...(s.post ? { source: s.post.source } : {}),
    ...(account ? { account } : {}),
    ...(s.pupilsAtRisk ? { pupilsAtRisk: true } : {}),
  });
  return {
    id: flagId(s.kind, s.post?.id ?? `${scopes.join('+')}:sample`),
    kind: s.kind,
    severity,
    scopes,
    status: 'open',
    delivery: deliveryFor(config, s.kind, severity),
    createdAt: CAPTURED,
    ...(s.post ? { post: s.post } : {}),
    score: s.score ?? 0.87,
    evidence: s.post && s.evidence ? s.evidence(s.post.text) : [],
    rule: s.rule,
    explanation: s.explanation,
    policy: POLICY[s.kind],
    to: r.to,
    cc: r.cc,
    ...(s.details ? { details: s.details } : {}),
    ...s.extra,
  };
};

const official = (
  id: string,
  text: string,
  handle: string,
  extra: Partial<PostEvidence> = {},
): PostEvidence =>
  post({
    id,
    text,
    source: 'official',
    accountHandle: handle,
    authorUsername: handle,
    authorName: handle,
    authorId: '1400000000000000009',
    ...extra,
  });

/** One sample flag per finding kind, in FINDING_KINDS order. */
export const sampleFlags = (config: Config): Record<FindingKind, Flag> => {
  const threatText =
    'If Mr Harris gives my son one more detention I will be waiting for him at the school gates with a bat. Watch your back.';
  const safeText =
    'Year 8 girl at Kingsmead keeps saying she is scared to go home and has bruises on her arms. Nobody is doing anything.';
  const abuseText =
    'Mrs Barrett is a useless, lying disgrace and everyone at @KingsmeadAcad knows it. Pathetic woman.';
  const specs: Record<FindingKind, Spec> = {
    threat: {
      kind: 'threat',
      post: post({ id: '1861000000000000001', text: threatText }),
      evidence: (t) => [
        span(t, 'waiting for him', 'intent'),
        span(t, 'with a bat', 'weapon'),
        span(t, 'school gates', 'place'),
      ],
      score: 0.93,
      rule: 'threat.conditional',
      explanation: 'A conditional threat against a named member of staff, with a weapon and a place.',
      pupilsAtRisk: true,
    },
    safeguarding: {
      kind: 'safeguarding',
      post: post({
        id: '1861000000000000002',
        text: safeText,
        authorUsername: 'kmead_mum',
        authorName: 'K Mum',
      }),
      evidence: (t) => [span(t, 'scared to go home', 'fear of home'), span(t, 'bruises', 'injury')],
      score: 0.88,
      rule: 'safeguarding.disclosure',
      explanation: 'A third-party report that a pupil may be at risk of harm at home.',
    },
    abuse: {
      kind: 'abuse',
      post: post({ id: '1861000000000000003', text: abuseText }),
      evidence: (t) => [span(t, 'useless, lying disgrace', 'insult'), span(t, 'Pathetic woman', 'insult')],
      score: 0.81,
      rule: 'abuse.targeted_insult',
      explanation: 'Repeated insults aimed at the Principal by name.',
    },
    profanity: {
      kind: 'profanity',
      post: official(
        '1861000000000000004',
        'What a sh1t result for the U14s today, f*cking ref. Back next week!',
        'KingsmeadSport',
      ),
      evidence: (t) => [span(t, 'sh1t', 'profanity'), span(t, 'f*cking', 'profanity')],
      score: 0.99,
      rule: 'profanity.lexicon',
      explanation: 'An official account used two profane words.',
      account: 'KingsmeadSport',
    },
    disparaging: {
      kind: 'disparaging',
      post: post({
        id: '1861000000000000005',
        text: 'Kingsmead is an absolute shambles. Third supply teacher this term and no homework set. #KingsmeadAcademy',
      }),
      evidence: (t) => [span(t, 'absolute shambles', 'disparaging')],
      score: 0.72,
      rule: 'disparaging.sentiment',
      explanation: 'Strongly negative post about the academy (sentiment −4).',
      details: { pileOn: true },
    },
    media_enquiry: {
      kind: 'media_enquiry',
      post: post({
        id: '1861000000000000006',
        text: '@KingsmeadAcad Hi, I’m a reporter at the Riverside Echo. Could someone comment on the staffing story by 3pm? DMs open.',
        authorUsername: 'echo_newsdesk',
        authorName: 'Riverside Echo newsdesk',
      }),
      evidence: (t) => [
        span(t, 'reporter', 'press'),
        span(t, 'Could someone comment', 'request for comment'),
      ],
      score: 0.9,
      rule: 'media.request',
      explanation: 'A journalist is asking the academy for comment.',
    },
    personal_data: {
      kind: 'personal_data',
      post: official(
        '1861000000000000007',
        'Lost property: a blue coat belonging to Sam, call his mum on 07700 900123 if found.',
        'KingsmeadLib',
      ),
      evidence: (t) => [span(t, '07700 900123', 'phone number')],
      score: 0.97,
      rule: 'personal_data.phone',
      explanation: 'An official post includes a personal phone number.',
      account: 'KingsmeadLib',
    },
    pupil_identification: {
      kind: 'pupil_identification',
      post: official(
        '1861000000000000008',
        'Huge congratulations to Amelia Rose Thompson in 9B on her county chess win!',
        'KingsmeadAcad',
      ),
      evidence: (t) => [span(t, 'Amelia Rose Thompson', 'full name'), span(t, '9B', 'class')],
      score: 0.84,
      rule: 'pupil.full_name',
      explanation: 'An official post names a pupil in full with her class.',
      account: 'KingsmeadAcad',
    },
    sensitive_topic: {
      kind: 'sensitive_topic',
      post: official(
        '1861000000000000009',
        'We know parents are worried about the Ofsted outcome and the staff investigation. More soon.',
        'KingsmeadAcad',
      ),
      evidence: (t) => [
        span(t, 'Ofsted outcome', 'performance'),
        span(t, 'staff investigation', 'investigation'),
      ],
      score: 0.76,
      rule: 'sensitive.inspection',
      explanation: 'An official post comments on inspection results and an investigation.',
      account: 'KingsmeadAcad',
    },
    solicitation: {
      kind: 'solicitation',
      post: official(
        '1861000000000000010',
        'Our librarian’s crystal healing business is offering 20% off this week – link in bio!',
        'KingsmeadLib',
      ),
      evidence: (t) => [span(t, '20% off', 'commercial offer')],
      score: 0.7,
      rule: 'solicitation.commercial',
      explanation: 'An official post advertises a private business.',
      account: 'KingsmeadLib',
    },
    hold_breach: {
      kind: 'hold_breach',
      post: official(
        '1861000000000000011',
        'Reminder: non-uniform day on Friday, £1 for Children in Need!',
        'KingsmeadAcad',
        {
          createdAt: '2026-11-24T06:45:00.000Z',
        },
      ),
      score: 1,
      rule: 'hold.breach',
      explanation:
        '@KingsmeadAcad posted at a time when a posting hold for kingsmead was in force (declared by Mrs Angela Barrett: media interest after the staffing story).',
      account: 'KingsmeadAcad',
      details: {
        holdId: 'hold-kingsmead-20261123',
        holdScope: 'kingsmead',
        holdReason: 'media interest after the staffing story',
        holdStartsAt: '2026-11-23T18:00:00.000Z',
        declaredBy: 'Mrs Angela Barrett',
      },
    },
    unapproved_account: {
      kind: 'unapproved_account',
      score: 0.91,
      rule: 'account.lookalike',
      explanation:
        '@KingsmeadNews (“Kingsmead Academy Official”) presents itself as Kingsmead Academy but is not in the register of approved accounts.',
      details: {
        userId: '1700000000000000042',
        username: 'KingsmeadNews',
        name: 'Kingsmead Academy Official',
        description:
          'The REAL news from Kingsmead Academy. Parents: DM us your stories. Not affiliated with the trust lol',
        url: 'https://x.com/KingsmeadNews',
        reasons: [
          'handle contains the academy name “Kingsmead”',
          'display name is the academy name plus “Official”',
        ],
        cues: ['official', 'news'],
      },
    },
    register_gap: {
      kind: 'register_gap',
      scopes: ['kingsmead'],
      score: 1,
      rule: 'register.gap',
      explanation: '@KingsmeadSport: has 1 admin contact (two needed).',
      details: {
        handle: 'KingsmeadSport',
        owner: 'kingsmead',
        problems: ['has 1 admin contact (two needed)'],
        knownGap: 'second admin to be added when the new PE lead starts in January',
      },
    },
    takedown_overdue: {
      kind: 'takedown_overdue',
      post: post({ id: '1861000000000000003', text: abuseText }),
      evidence: (t) => [span(t, 'useless, lying disgrace', 'insult')],
      score: 1,
      rule: 'takedown.overdue',
      explanation: 'Removal was requested 27 hours ago and the post is still visible on X.',
      details: {
        originalFlagId: 'abuse:1861000000000000003',
        originalKind: 'abuse',
        removalRequestedAt: '2026-11-23T04:00:00.000Z',
        removalRequestedBy: 'principal@kingsmead.riverside-trust.example',
      },
    },
    volume_spike: {
      kind: 'volume_spike',
      score: 0.62,
      rule: 'volume.spike',
      explanation: '46 mentions in the last hour against a usual 2.3 for this time (20.0×).',
      details: {
        count: 46,
        baseline: 2.3,
        ratio: 20,
        windowStart: '2026-11-24T06:00:00.000Z',
        windowEnd: '2026-11-24T07:00:00.000Z',
        topTerms: ['#kingsmeadacademy', 'supply', 'teacher', 'sacked', 'parents'],
        samples: [
          {
            id: '1861000000000000020',
            text: 'Is it true a teacher at Kingsmead has been sacked?? My daughter came home in tears',
            url: 'https://x.com/parent_a/status/1861000000000000020',
            author: 'parent_a',
            createdAt: '2026-11-24T06:31:00.000Z',
          },
          {
            id: '1861000000000000021',
            text: 'Third supply teacher this term at #KingsmeadAcademy, what is going on',
            url: 'https://x.com/localdad/status/1861000000000000021',
            author: 'localdad',
            createdAt: '2026-11-24T06:40:00.000Z',
          },
        ],
      },
    },
  };
  const out = {} as Record<FindingKind, Flag>;
  for (const k of FINDING_KINDS) out[k] = build(config, specs[k]);
  return out;
};

/** Inputs built to break things: script, attribute breakout, javascript: link, bidi, CRLF header forgery. */
export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  jsUrl: 'javascript:alert(document.cookie)',
  bidi: 'invoice\u202Egpj.exe',
  crlfName: 'Evil\r\nBcc: x@evil.example\r\nX-Injected: yes',
} as const;

export const hostileFlag = (config: Config): Flag => {
  const text = `Hi ${HOSTILE.script} and ${HOSTILE.img} see ${HOSTILE.jsUrl} file ${HOSTILE.bidi}\r\nBcc: y@evil.example kill you`;
  const start = text.indexOf('kill you');
  return build(config, {
    kind: 'threat',
    post: post({
      id: '1861000000000000666',
      text,
      url: HOSTILE.jsUrl,
      authorName: HOSTILE.crlfName,
      authorUsername: 'x"><script>alert(2)</script>',
      accountHandle: 'KingsmeadAcad',
    }),
    evidence: () => [
      { start, end: start + 'kill you'.length, text: 'kill you', cue: 'threat <b>verb</b>' },
      {
        start: text.indexOf('<script>'),
        end: text.indexOf('<script>') + 8,
        text: '<script>',
        cue: 'x" onmouseover="alert(3)',
      },
    ],
    score: 0.9,
    rule: 'threat.direct<script>',
    explanation: `Direct threat ${HOSTILE.img}`,
  });
};
