/**
 * The policy clauses TrustWatch enforces, quoted from the five trust policies in
 * ../shared/policies (SUAT, Generic, WAT, CT, Agora; see that folder's README).
 *
 * Every finding kind cites the clause(s) it comes from and says, in one or two sentences,
 * what the policy asks the recipient to do. Alert emails and the digest print these verbatim.
 */
import type { FindingKind } from './kinds';

export interface PolicyGuidance {
  /** Short citations, e.g. "SUAT §11". */
  clauses: string[];
  /** What the policy says to do, addressed to the person receiving the alert. */
  action: string;
}

export const POLICY: Record<FindingKind, PolicyGuidance> = {
  threat: {
    clauses: ['SUAT §11', 'CT §5.1'],
    action:
      'Threatening or intimidating material: senior management should, with the staff member’s consent, report it to the police (SUAT §11), and offer the staff member support. Keep a record of the post; do not engage with the author.',
  },
  safeguarding: {
    clauses: ['SUAT §8', 'CT §5.1', 'KCSIE'],
    action:
      'A safeguarding concern must go to the academy’s Designated Safeguarding Lead as soon as it is identified, because urgent steps may be needed to support the child (SUAT §8). Record the time, date and address of the post.',
  },
  abuse: {
    clauses: ['SUAT §6', 'WAT §6', 'Agora §3.3'],
    action:
      'Harassment, bullying or abusive content about the school community: record it and report it to the Principal or, where necessary, the CEO; consider asking the platform to remove it (SUAT §11: within 24 hours).',
  },
  profanity: {
    clauses: ['CT §5.1'],
    action:
      'Official accounts must not carry obscenity (CT §5.1: "enable a profanity filter"). Remove or edit the post and check who has access to the account.',
  },
  disparaging: {
    clauses: ['SUAT §10', 'Agora §5.5'],
    action:
      'Content that disparages or reflects poorly on the trust or an academy should be brought to the Principal or, where necessary, the CEO (SUAT §10). Offer dialogue through a more appropriate channel rather than a public reply (CT §5.2).',
  },
  media_enquiry: {
    clauses: ['SUAT §9', 'CT §4.5', 'Agora §4.1'],
    action:
      'Requests for comment go to the Principal or, where necessary, the CEO; nobody responds without written approval (SUAT §9, CT §4.5).',
  },
  personal_data: {
    clauses: ['SUAT §5', 'CT §6'],
    action:
      'An official account published personal data (UK GDPR). Remove the post now, record what was exposed and for how long, and tell the trust’s data protection lead (SUAT §5, CT §6).',
  },
  pupil_identification: {
    clauses: ['Agora §3.1', 'CT §5.1', 'CT §6.2'],
    action:
      'An official post identifies a pupil (full name, or a tagged personal account). Check photo and naming consent; remove or edit the post if consent is not on record (Agora §3.1, CT §6.2).',
  },
  sensitive_topic: {
    clauses: ['SUAT §7', 'Agora §3.5'],
    action:
      'Official accounts must not comment on sensitive topics such as the trust’s performance, staffing or investigations (SUAT §7, Agora §3.5). Review with the Principal before it stays up.',
  },
  solicitation: {
    clauses: ['CT §5.3'],
    action:
      'Commercial, personal, religious or political solicitation unrelated to the trust’s business is not permitted on official accounts (CT §5.3). Remove the post.',
  },
  hold_breach: {
    clauses: ['CT §4.6'],
    action:
      'The trust asked that no further social media posts are made during this hold (CT §4.6). Check with the account admins why this was posted and whether it should come down.',
  },
  unapproved_account: {
    clauses: ['SUAT §9', 'WAT §8.1', 'CT §4.4'],
    action:
      'Only accounts approved by the Principal or CEO may speak for the trust or an academy (SUAT §9, WAT §8.1). Find out who runs this account; if it is not yours, report it to the platform as impersonation.',
  },
  register_gap: {
    clauses: ['CT §4.4.2'],
    action:
      'Every trust-affiliated account must have two administrative contacts using work (not personal) email addresses (CT §4.4.2). Update the register.',
  },
  takedown_overdue: {
    clauses: ['SUAT §11'],
    action:
      'Removal was requested more than 24 hours ago and the post is still visible. SUAT §11: check removal was made; if the site does not co-operate, escalate (ISP, police for threats).',
  },
  volume_spike: {
    clauses: ['CT §4.6'],
    action:
      'Mentions are far above their usual rate: something may be happening. Consider putting official posting on hold while you find out (CT §4.6).',
  },
};
