/**
 * Attacks on the one-click action links, end to end: a real flag raised by the pipeline (the Kingsmead
 * threat of the demo week, read from the fake X server), real signed links, the actions use case
 * (`handleActionRequest`) and the local actions HTTP server (lib/local/actions-server.ts) for what only
 * HTTP can carry (a forged Host, a redirect parameter, other methods).
 *
 * Every attack must be refused with the status the actions design gives it, and must change nothing:
 * the flag's status, the holds (ids and whether ended) and whether the link's nonce is spent are read
 * before and after. "Replay after use" is refused as designed for an idempotent action: the page says
 * "already done" (200) and nothing changes; a replayed hold declaration after the hold was lifted must
 * not declare it again.
 */
import { request } from 'node:http';
import { signAction, TOKEN_PARAM } from '../actions/links';
import type { ActionKey } from '../actions/links';
import type { PageResponse } from '../actions/pages';
import { handleActionRequest } from '../app/actions';
import { runPollCycle } from '../app/poll';
import type { Config } from '../config/schema';
import type { Classifier } from '../domain/finding';
import { SimClock } from '../local/clock';
import { startActionsServer } from '../local/actions-server';
import { startFakeX } from '../local/fake-x';
import { startLocalRuntime } from '../local/runtime';
import type { Scenario } from '../local/scenario';
import type { Obs } from '../obs/log';

export interface AttackResult {
  id: string;
  what: string;
  /** Acceptable statuses. */
  expected: number[];
  status: number;
  /** State before vs after (empty: unchanged). */
  changed: string[];
  refused: boolean;
  detail?: string;
}

export interface LinkAttackOptions {
  config: Config;
  /** A scenario slice containing `flagPostId`, a threat post. */
  scenario: Scenario;
  flagPostId: string;
  classify: Classifier;
  sentiment: (text: string) => number;
  obs: Obs;
  linkKey: ActionKey;
}

const DAY = 86_400_000;

const flip = (s: string, i: number): string => s.slice(0, i) + (s[i] === 'A' ? 'B' : 'A') + s.slice(i + 1);

export const runLinkAttacks = async (opts: LinkAttackOptions): Promise<AttackResult[]> => {
  const { config, scenario } = opts;
  const start = Date.parse(scenario.start);
  const clock = new SimClock(start);
  const fakeX = await startFakeX({ scenario, clock });
  const server = { url: '' };
  const rt = await startLocalRuntime({
    config,
    clock,
    obs: opts.obs,
    classify: opts.classify,
    sentiment: opts.sentiment,
    x: { bearerToken: fakeX.bearerToken, baseUrl: fakeX.url },
    linkKey: opts.linkKey,
    actionsBaseUrl: 'http://127.0.0.1:8788/a',
  });
  const actions = await startActionsServer(rt.deps, 0);
  server.url = actions.url;
  const step = config.schedule.pollMinutes * 60_000;
  try {
    for (let t = start; t <= Date.parse(scenario.end); t += step) {
      clock.set(t);
      await runPollCycle(rt.deps, { lookbackMs: step });
    }
    const flagId = `threat:${opts.flagPostId}`;
    const flag = await rt.store.getFlag(flagId);
    if (!flag) throw new Error(`the threat ${flagId} was not flagged: no flag to attack`);
    const recipient = flag.to[0]?.email ?? '';
    const now = clock.now();
    const sign = (over: Partial<Parameters<typeof signAction>[0]> = {}, key: ActionKey = opts.linkKey) =>
      signAction({ flagId, action: 'acknowledge', email: recipient, expiresAt: now + 7 * DAY, ...over }, key);

    const nonceOf = (token: string): string => {
      const payload = token.split('.')[1] ?? '';
      const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as {
        n: string;
        a: string;
      };
      return `nonce:${claims.n}:${claims.a}`;
    };
    const snapshot = async (token?: string): Promise<Record<string, string>> => {
      const f = await rt.store.getFlag(flagId);
      const holds = await rt.store.listHolds();
      return {
        status: f?.status ?? 'missing',
        holds: holds.map((h) => `${h.id}:${h.endedAt !== undefined ? 'ended' : 'active'}`).join(','),
        ...(token ? { nonce: String(await rt.store.wasClaimed(nonceOf(token))) } : {}),
      };
    };
    const diff = (a: Record<string, string>, b: Record<string, string>): string[] =>
      Object.keys(a)
        .filter((k) => a[k] !== b[k])
        .map((k) => `${k}: ${a[k]} → ${b[k]}`);

    const results: AttackResult[] = [];
    const attack = async (
      id: string,
      what: string,
      expected: number[],
      run: () => Promise<{ status: number; body?: string; headers?: Record<string, string> }>,
      token?: string,
      extraCheck?: (r: {
        status: number;
        body?: string;
        headers?: Record<string, string>;
      }) => string | undefined,
    ) => {
      const before = await snapshot(token);
      const r = await run();
      const after = await snapshot(token);
      const changed = diff(before, after);
      const problem = extraCheck?.(r);
      results.push({
        id,
        what,
        expected,
        status: r.status,
        changed,
        refused: expected.includes(r.status) && changed.length === 0 && problem === undefined,
        ...(problem ? { detail: problem } : {}),
      });
    };
    const post = (token: string | undefined): Promise<PageResponse> =>
      handleActionRequest(rt.deps, { method: 'POST', token });
    /** Raw HTTP (node:http, so Host and odd paths go exactly as written). */
    const http = (
      path: string,
      init: { method?: string; body?: string; headers?: Record<string, string> } = {},
    ): Promise<{ status: number; body: string; headers: Record<string, string> }> =>
      new Promise((resolve, reject) => {
        const u = new URL(server.url);
        const req = request(
          { host: u.hostname, port: u.port, path, method: init.method ?? 'GET', headers: init.headers ?? {} },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              const headers: Record<string, string> = {};
              for (const [k, val] of Object.entries(res.headers)) headers[k] = String(val);
              resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers });
            });
          },
        );
        req.on('error', reject);
        req.end(init.body);
      });
    const noRedirect = (r: { status: number; body?: string; headers?: Record<string, string> }) =>
      r.status >= 300 && r.status < 400
        ? `redirect ${r.status}`
        : r.headers?.['location'] !== undefined
          ? 'Location header'
          : /evil\.example/i.test(`${r.body ?? ''}${JSON.stringify(r.headers ?? {})}`)
            ? 'echoes the attacker host'
            : undefined;

    // ---- tampering
    const good = sign();
    const [v, payload = '', sig = ''] = good.split('.');
    await attack(
      'tampered_payload',
      'one character of the payload changed',
      [400],
      () => post(`${v}.${flip(payload, 5)}.${sig}`),
      good,
    );
    await attack(
      'tampered_signature',
      'one character of the signature changed',
      [400],
      () => post(`${v}.${payload}.${flip(sig, 3)}`),
      good,
    );
    const other = sign({ flagId: `threat:${opts.flagPostId.slice(0, -1)}9` });
    await attack(
      'swapped_payload',
      "another flag's claims under this link's signature",
      [400],
      () => post(`${v}.${other.split('.')[1] ?? ''}.${sig}`),
      good,
    );
    await attack('wrong_key', 'signed with a key TrustWatch does not hold', [400], () =>
      post(sign({}, 'an-attackers-own-signing-key-0123456789abcdef')),
    );
    await attack('garbage', 'not a token at all', [400], () => post('v1.<script>.x'));
    await attack('no_token', 'POST without a token', [400], () => post(undefined));

    // ---- expiry
    const expired = sign({ expiresAt: now - 1000 });
    await attack('expired', 'a link past its expiry', [410], () => post(expired), expired);

    // ---- another recipient
    const outsider = config.academies.find((a) => a.id === 'brookside')?.dsl.email ?? 'dsl@brookside.example';
    const notSent = sign({ email: outsider });
    await attack(
      'other_recipient',
      'a correctly signed link for someone the flag was not sent to',
      [400],
      () => post(notSent),
      notSent,
    );

    // ---- GET never changes anything (mail scanners follow links)
    await attack(
      'get_does_not_apply',
      'GET of a valid link (a mail scanner)',
      [200],
      () => handleActionRequest(rt.deps, { method: 'GET', token: good }),
      good,
    );

    // ---- HTTP: methods, forged Host, redirect parameters
    await attack(
      'method_put',
      'PUT to the actions endpoint',
      [405],
      () => http(`/a?${TOKEN_PARAM}=${good}`, { method: 'PUT' }),
      good,
    );
    await attack(
      'method_delete',
      'DELETE to the actions endpoint',
      [405],
      () => http(`/a?${TOKEN_PARAM}=${good}`, { method: 'DELETE' }),
      good,
    );
    await attack(
      'open_redirect_get',
      'GET with next=/redirect=/return_to= pointing elsewhere',
      [200],
      () =>
        http(
          `/a?${TOKEN_PARAM}=${good}&next=https://evil.example/&redirect=https://evil.example/&return_to=//evil.example`,
        ),
      good,
      noRedirect,
    );
    await attack(
      'forged_host',
      'Host: evil.example and X-Forwarded-Host on a valid link',
      [200],
      () =>
        http(`/a?${TOKEN_PARAM}=${good}`, {
          headers: { Host: 'evil.example', 'X-Forwarded-Host': 'evil.example' },
        }),
      good,
      noRedirect,
    );
    await attack(
      'path_redirect',
      'a protocol-relative path (//evil.example/a)',
      [400, 404],
      () => http('//evil.example/a'),
      good,
      noRedirect,
    );

    // ---- the real press, then replays
    const pressed = await http('/a', {
      method: 'POST',
      body: `${TOKEN_PARAM}=${good}&next=https://evil.example/`,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    const pressedProblem = noRedirect(pressed);
    if (pressed.status !== 200 || pressedProblem !== undefined)
      throw new Error(
        `the genuine press failed (${pressed.status}${pressedProblem ? `, ${pressedProblem}` : ''})`,
      );
    await attack(
      'replay_after_use',
      'the same acknowledge link POSTed again',
      [200, 409],
      () => post(good),
      good,
      (r) => (/already/i.test(r.body ?? '') ? undefined : 'not reported as already done'),
    );
    const hold = sign({ action: 'declare_hold' });
    await post(hold);
    const declared = (await rt.store.listHolds()).find((h) => h.origin === flagId);
    if (!declared) throw new Error('declare_hold did not declare a hold');
    const lift = sign({ action: 'lift_hold', holdId: declared.id });
    await post(lift);
    await attack(
      'replay_hold_after_lift',
      'the declare-hold link POSTed again after the hold was lifted',
      [200, 409],
      () => post(hold),
      hold,
      (r) => (/already/i.test(r.body ?? '') ? undefined : 'not reported as already done'),
    );
    return results;
  } finally {
    await actions.close();
    await rt.close();
    await fakeX.close();
  }
};
