/**
 * Function URL behind the buttons in alert emails. GET shows a confirmation page (changes nothing);
 * POST applies the action named in the signed token. See lib/app/actions.ts.
 */
import type { APIGatewayProxyResultV2 } from 'aws-lambda';
import { handleActionRequest } from '../lib/app/actions';
import { awsContext, endInvocation } from '../lib/aws/context';
import { SEND_MAIL } from '../lib/aws/mail';
import { actionRequestOf } from '../lib/aws/http';
import { FunctionUrlEventSchema } from '../lib/aws/events';
import { renderErrorPage } from '../lib/actions/pages';

export const handler = async (event: unknown): Promise<APIGatewayProxyResultV2> => {
  const parsed = FunctionUrlEventSchema.safeParse(event);
  if (!parsed.success) {
    const page = renderErrorPage('malformed');
    return { statusCode: page.status, headers: page.headers, body: page.body };
  }
  const req = actionRequestOf(parsed.data);
  const ctx = await awsContext('actions', {
    mail: SEND_MAIL,
    ...(req.baseUrl !== undefined ? { actionsBaseUrl: req.baseUrl } : {}),
  });
  try {
    const page = await handleActionRequest(ctx.deps, req);
    return { statusCode: page.status, headers: page.headers, body: page.body };
  } finally {
    await endInvocation(ctx);
  }
};
