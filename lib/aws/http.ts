/**
 * From a Function URL event to an action request: the token comes from `?t=` (GET) or the form body
 * (POST, possibly base64-encoded by Lambda); the function's own base URL comes from the Host header
 * (a function cannot be told its own URL through its environment).
 */
import { TOKEN_PARAM } from '../actions/links';
import type { ActionRequest } from '../app/actions';
import type { FunctionUrlEvent } from './events';

const MAX_BODY = 8 * 1024;

export const actionRequestOf = (e: FunctionUrlEvent): ActionRequest & { baseUrl?: string } => {
  const method = e.requestContext.http.method;
  let token = e.queryStringParameters?.[TOKEN_PARAM];
  if (method.toUpperCase() === 'POST' && e.body !== undefined && e.body.length <= MAX_BODY) {
    const body = e.isBase64Encoded ? Buffer.from(e.body, 'base64').toString('utf8') : e.body;
    token = new URLSearchParams(body).get(TOKEN_PARAM) ?? token;
  }
  const host = e.headers?.['host'];
  const validHost = host !== undefined && /^[a-z0-9.-]+\.lambda-url\.[a-z0-9-]+\.on\.aws$/.test(host);
  return { method, token, ...(validHost ? { baseUrl: `https://${host}/` } : {}) };
};
