// Renewing an IAM Identity Center access token the way the AWS SDKs and CLI do: OIDC CreateToken with the
// `refresh_token` grant, using the client registration the CLI stored next to the token, then the cache file
// rewritten with every other field kept. Pure: the token file's text, the answer and `now` come in; the tokens stay
// in those texts and never reach a message.
import { parseExpiryValue } from './expiry.ts';

/** The JS SDK renews inside the last 5 minutes (the CLI at 15): the narrower window, so we never race the CLI for it. */
export const OIDC_RENEW_WINDOW_MS = 5 * 60_000;

export type RenewalPlan =
  | { kind: 'fresh' }
  | { kind: 'renew'; clientId: string; clientSecret: string; refreshToken: string }
  /** No renewal possible from this file: only a sign-in (`aws sso login`) helps. */
  | { kind: 'cannot'; reason: string };

const str = (o: Record<string, unknown>, k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');

function parse(text: string): Record<string, unknown> | null {
  try {
    const o = JSON.parse(text) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function planRenewal(tokenText: string | null, now: number): RenewalPlan {
  const t = tokenText === null ? null : parse(tokenText);
  if (!t) return { kind: 'cannot', reason: 'no readable SSO token cache file' };
  const expires = parseExpiryValue(str(t, 'expiresAt')) ?? NaN;
  if (str(t, 'accessToken') && expires - now > OIDC_RENEW_WINDOW_MS) return { kind: 'fresh' };
  if (!str(t, 'refreshToken')) return { kind: 'cannot', reason: 'the SSO token has no refresh token' };
  if (!str(t, 'clientId') || !str(t, 'clientSecret')) return { kind: 'cannot', reason: 'the SSO token cache holds no client registration' };
  const reg = parseExpiryValue(str(t, 'registrationExpiresAt')) ?? NaN;
  if (!(reg > now)) return { kind: 'cannot', reason: 'the client registration behind the SSO token has expired' };
  return { kind: 'renew', clientId: str(t, 'clientId'), clientSecret: str(t, 'clientSecret'), refreshToken: str(t, 'refreshToken') };
}

/** CreateToken's JSON body (it holds the client secret and refresh token: sent, never shown). */
export const createTokenBody = (p: Extract<RenewalPlan, { kind: 'renew' }>): string =>
  JSON.stringify({ clientId: p.clientId, clientSecret: p.clientSecret, grantType: 'refresh_token', refreshToken: p.refreshToken });

export type CreateTokenAnswer =
  | { kind: 'ok'; accessToken: string; expiresInS: number; refreshToken: string | null }
  /** The service turned the refresh token or registration down: the sign-in is over. */
  | { kind: 'refused'; reason: string }
  | { kind: 'error'; reason: string };

// OAuth error names (the body's `error`) and the service's exception names (`__type`).
const ENDS_SESSION = /^(invalid_grant|invalid_client|unauthorized_client|expired_token|InvalidGrantException|InvalidClientException|UnauthorizedClientException|ExpiredTokenException)$/;

export function classifyCreateToken(status: number, body: string): CreateTokenAnswer {
  const o = parse(body) ?? {};
  if (status === 200) {
    const expiresIn = typeof o.expiresIn === 'number' ? o.expiresIn : NaN;
    if (!str(o, 'accessToken') || !(expiresIn > 0)) return { kind: 'error', reason: 'the IAM Identity Center OIDC service answered without a token' };
    return { kind: 'ok', accessToken: str(o, 'accessToken'), expiresInS: expiresIn, refreshToken: str(o, 'refreshToken') || null };
  }
  const names = [str(o, 'error'), str(o, '__type').split('#').pop() ?? ''].filter(Boolean);
  const said = str(o, 'error_description') || str(o, 'message');
  const why = `${names[0] ?? `HTTP ${status}`}${said ? `: ${said.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`;
  if (names.some((n) => ENDS_SESSION.test(n))) return { kind: 'refused', reason: why };
  return { kind: 'error', reason: `the IAM Identity Center OIDC service said ${why}` };
}

// botocore writes `2026-12-07T11:02:03Z`; the SDKs read it, and so does every older CLI.
const cliTime = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The cache file after a renewal: every field kept, the new access token and expiry, the new refresh token if any. */
export function renewedTokenText(oldText: string, a: Extract<CreateTokenAnswer, { kind: 'ok' }>, now: number): string {
  const t = parse(oldText) ?? {};
  const next: Record<string, unknown> = { ...t, accessToken: a.accessToken, expiresAt: cliTime(now + a.expiresInS * 1000) };
  if (a.refreshToken) next.refreshToken = a.refreshToken;
  return JSON.stringify(next);
}

/** The service as a failed request names it. */
export const OIDC_SERVICE = 'the IAM Identity Center OIDC service';
