// Renewing an sso-session's access token in-process (OIDC CreateToken with its refresh token), so an Identity Center
// user needs the AWS CLI only to sign in. One renewal per sso-session at a time on this machine: the lock is keyed
// by the sso-session (every profile of it shares the token file, and a rotated refresh token works only once), and
// whoever gets it first re-reads the file, since another session may have renewed meanwhile. A refused renewal
// (`invalid_grant`) is recorded: the sign-in is over, the estimate says so and the warning says `aws sso login`.
import type { SsoRole } from '../../core/aws/aws-config.ts';
import { serviceEndpoint, endpointPath } from '../../core/aws/endpoints.ts';
import { createTokenBody, planRenewal, renewedTokenText } from '../../core/aws/sso-oidc.ts';
import { routeFor } from '../../core/net/route.ts';
import { createToken, writeTokenFile } from '../../io/aws/sso-oidc.ts';
import { readTokenFile, recordRefusal } from '../../io/aws/sso-session.ts';
import { regionSource, ssoRenewalBusy } from '../../core/login/login-text.ts';
import type { Context } from '../../io/config/context.ts';
import { tryAcquireLock } from '../login/login-lock.ts';

export type Renewal =
  /** The token file now holds a good access token (we renewed it, or another session did). */
  | { kind: 'renewed' | 'fresh'; tokenText: string }
  | { kind: 'refused'; reason: string }
  /** Not renewable from this file (no refresh token, registration expired): a sign-in is needed. */
  | { kind: 'cannot'; reason: string }
  | { kind: 'unreachable' | 'error'; reason: string };

export interface RenewInput {
  ctx: Context;
  role: SsoRole & { session: string };
  tokenFile: string;
  tokenText: string | null;
  /** `ca_bundle` of the profile in ~/.aws/config, if set. */
  caBundle: string | null;
  env: Record<string, string | undefined>;
  now(): number;
  sleep(ms: number): Promise<unknown>;
  timeoutMs: number;
}

const POLL_MS = 100;

export async function renewSsoToken(i: RenewInput): Promise<Renewal> {
  const start = i.now();
  const first = planRenewal(i.tokenText, start);
  if (first.kind === 'fresh') return { kind: 'fresh', tokenText: i.tokenText! };
  if (first.kind === 'cannot') return first;
  const key = `sso-session ${i.role.session}`;
  const end = start + i.timeoutMs;
  for (;;) {
    const lock = tryAcquireLock(i.ctx.paths, key, { deadline: end + 5_000, now: i.now(), trigger: 'sso-renew' });
    // Whether we hold the lock or just saw it released, the file may already hold what we came for.
    const text = readTokenFile(i.tokenFile)?.text ?? null;
    const plan = planRenewal(text, i.now());
    if (plan.kind === 'fresh') {
      if (lock.acquired) lock.release();
      return { kind: 'fresh', tokenText: text! };
    }
    if (!lock.acquired) {
      if (i.now() + POLL_MS >= end) return { kind: 'unreachable', reason: ssoRenewalBusy(i.role.session) };
      await i.sleep(POLL_MS);
      continue;
    }
    try {
      if (plan.kind === 'cannot') return plan;
      return await renewLocked(i, plan, text!, end);
    } finally {
      lock.release();
    }
  }
}

async function renewLocked(i: RenewInput, plan: Extract<ReturnType<typeof planRenewal>, { kind: 'renew' }>, text: string, end: number): Promise<Renewal> {
  const session = i.role.session;
  // The sso-session's sso_region, as botocore and the JS SDK renew (and as doctor checks), not the cache file's copy.
  const region = i.role.region;
  const at = regionSource(i.role.regionAt, i.ctx.paths.awsConfig);
  const ep = serviceEndpoint(i.env, ['AWS_ENDPOINT_URL_SSO_OIDC', 'AWS_ENDPOINT_URL'], 'oidc', region, at);
  if (!ep.ok) return { kind: 'error', reason: ep.message };
  const url = endpointPath(ep.url, '/token');
  const answer = await createToken(url, routeFor(url, i.env, i.caBundle), createTokenBody(plan), Math.max(500, end - i.now()));
  if (answer.kind === 'refused') {
    recordRefusal(i.ctx.paths, session, `renewal refused: ${answer.reason}`, i.now());
    return answer;
  }
  if (answer.kind !== 'ok') return answer;
  const next = renewedTokenText(text, answer, i.now());
  // Unwritable cache: this run still has its token; the next one renews again.
  writeTokenFile(i.tokenFile, next);
  return { kind: 'renewed', tokenText: next };
}
