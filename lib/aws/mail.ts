/**
 * The mail wiring for the functions that send email (notify, escalate, discover, digest, actions):
 * the composer (lib/mail: templates, MIME via nodemailer's MailComposer, signed links) and the SES
 * sender. Handed to `awsContext` by those handlers only, so the poll functions' bundles carry none of
 * it (their operations notices are queued for notify: lib/app/operations.ts).
 */
import { SESClient } from '@aws-sdk/client-ses';
import { createComposer } from '../mail/compose';
import { createSesMailer } from '../mail/ses';
import type { ComposerDeps } from '../mail/compose';
import type { Composer, Mailer } from '../app/ports';

export interface MailWiring {
  composer: (deps: ComposerDeps) => Composer;
  mailer: (opts: { configurationSetName?: string }) => Mailer;
}

export const SEND_MAIL: MailWiring = {
  composer: createComposer,
  mailer: (opts) => createSesMailer(new SESClient({}), opts),
};
