/**
 * The actions endpoint on the embedded runtime: the same use case as the Lambda Function URL, served
 * by node:http so the links in the demo's emails work from a browser (`npm start -- --serve`).
 * GET shows the confirmation page; POST (form field `t`) applies the action.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TOKEN_PARAM } from '../actions/links';
import { renderErrorPage } from '../actions/pages';
import type { ActionDeps } from '../app/actions';
import { handleActionRequest } from '../app/actions';
import { errorFields } from '../obs/log';

const MAX_BODY = 8 * 1024;

const readBody = (req: IncomingMessage): Promise<string> =>
  new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

export interface ActionsServer {
  url: string;
  server: Server;
  close(): Promise<void>;
}

export const startActionsServer = async (
  deps: ActionDeps,
  port: number,
  path = '/a',
): Promise<ActionsServer> => {
  const server = createServer((req, res) => {
    void (async () => {
      try {
        const url = new URL(req.url ?? '/', 'http://localhost');
        if (url.pathname !== path) {
          res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
          return;
        }
        let token = url.searchParams.get(TOKEN_PARAM) ?? undefined;
        if (req.method === 'POST') token = new URLSearchParams(await readBody(req)).get(TOKEN_PARAM) ?? token;
        const page = await handleActionRequest(deps, { method: req.method ?? 'GET', token });
        res.writeHead(page.status, page.headers).end(page.body);
      } catch (e) {
        deps.obs.log.error('action request failed', errorFields(e));
        const page = renderErrorPage('unavailable');
        res.writeHead(page.status, page.headers).end(page.body);
      }
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${actual}${path}`,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
