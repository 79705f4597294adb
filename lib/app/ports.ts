/**
 * Ports: the collaborators every use case in lib/app takes as parameters (DESIGN.md principle 1).
 * AWS wiring (functions/) and the embedded runtime (lib/local) are two implementations of the same
 * ports, so every rule is tested without AWS and the demo runs the production code path.
 *
 *   Clock       the time; simulated in the demo and tests, Date.now() in Lambda
 *   XReader     what TrustWatch reads from X (lib/x, twitter-api-v2 underneath)
 *   Store       DynamoDB single table (lib/store)
 *   Mailer      SES SendRawEmail (lib/mail)
 *   Classifier  text → findings (lib/classify)
 */
export interface Clock {
  /** Milliseconds since the epoch. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A message ready to send: MIME bytes plus the envelope recipients (which may differ from headers). */
export interface OutgoingMail {
  raw: Buffer;
  from: string;
  /** Envelope recipients: who actually receives this copy. */
  destinations: string[];
}

export interface Mailer {
  /** Hands the message to the mail service; resolves with the provider's message id once accepted. */
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}
