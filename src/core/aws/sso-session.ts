// IAM Identity Center (`sso-session`) sign-ins: the access token in ~/.aws/sso/cache renews itself with its refresh
// token until the organisation's session duration runs out, a time nothing on disk records. We learn when the user
// signed in by watching the token file, and estimate the end as sign-in + ssoSessionHours. Pure: the token's
// facts, the previous record and `now` come in.
//
// What tells a sign-in from a silent renewal (read from the AWS CLI v2's botocore/tokens.py + utils.py and the
// JS SDK's token-providers/fromSso.ts): both write the same fields (startUrl, region, accessToken, expiresAt,
// clientId, clientSecret, registrationExpiresAt, refreshToken), so the file's shape does not say. What differs:
// - a renewal only happens inside the last 15 minutes of the access token (the CLI's window; the SDK's is 5), while
//   `aws sso login` writes a new token whenever it is run;
// - a renewal keeps the refresh token unless the service rotates it; a sign-in always brings a new one;
// - after a refused renewal, only a sign-in can bring a new token.
import type { Config } from '../../schemas/config.ts';
import { parseExpiryValue, type Expiry } from './expiry.ts';

/** The CLI renews the access token when less than this is left; the SDK at 5 minutes. */
export const RENEW_WINDOW_MS = 15 * 60_000;
/** IAM Identity Center's default session duration. */
export const DEFAULT_SSO_SESSION_HOURS = 8;

/** What we read from a token cache file (never the tokens themselves). */
export interface TokenFacts {
  expiresAt: number;
  /** When the file was written (its mtime): the time of the last sign-in or renewal. */
  writtenAt: number;
  /** A short non-reversible fingerprint of the refresh token, or null when the token has none. */
  refreshKey: string | null;
}

/** What we keep per sso-session name in the state dir. */
export interface SsoSessionRecord {
  signInAt: number;
  /** `seen`: we watched the sign-in happen (or ran it); `first-sight`: the token was there when we first looked. */
  how: 'seen' | 'first-sight';
  tokenExpiresAt: number;
  refreshKey: string | null;
  /** Set when IAM Identity Center refused to renew or use the token: the session is over, whatever we estimated. */
  refusedAt?: number;
  refusedReason?: string;
}

/** The configured session length for one sso-session name. */
export function sessionHoursFor(config: Pick<Config, 'ssoSessionHours'>, session: string): number {
  const h = config.ssoSessionHours;
  return typeof h === 'number' ? h : (h[session] ?? DEFAULT_SSO_SESSION_HOURS);
}

/** A token cache file's facts, or null when it holds no usable token with a refresh token (then its own expiry rules). */
export function parseTokenFacts(text: string, mtimeMs: number): TokenFacts | null {
  try {
    const t = JSON.parse(text) as { expiresAt?: unknown; refreshToken?: unknown };
    const expiresAt = typeof t.expiresAt === 'string' ? (parseExpiryValue(t.expiresAt) ?? NaN) : NaN;
    if (Number.isNaN(expiresAt) || typeof t.refreshToken !== 'string' || !t.refreshToken) return null;
    return { expiresAt, writtenAt: mtimeMs, refreshKey: refreshKeyOf(t.refreshToken) };
  } catch {
    return null;
  }
}

/** FNV-1a over the refresh token: enough to notice it changed, useless for recovering it. */
export function refreshKeyOf(token: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** The record after looking at the token file; `changed` says whether it must be written. */
export function observeToken(prev: SsoSessionRecord | null, cur: TokenFacts, sessionMs: number): { record: SsoSessionRecord; changed: boolean } {
  const base = { tokenExpiresAt: cur.expiresAt, refreshKey: cur.refreshKey };
  if (!prev) return { record: { signInAt: cur.writtenAt, how: 'first-sight', ...base }, changed: true };
  if (prev.tokenExpiresAt === cur.expiresAt && prev.refreshKey === cur.refreshKey) return { record: prev, changed: false };
  const signedIn =
    prev.refusedAt !== undefined || // only a sign-in brings a token after a refusal
    prev.tokenExpiresAt - cur.writtenAt > RENEW_WINDOW_MS || // nothing renews that early
    (prev.refreshKey !== cur.refreshKey && cur.writtenAt >= prev.signInAt + sessionMs); // a new refresh token after the old session's end
  if (signedIn) return { record: { signInAt: cur.writtenAt, how: 'seen', ...base }, changed: true };
  // A renewal (a rotated refresh token inside the session counts as one): the sign-in time stands.
  const { refusedAt: _r, refusedReason: _w, ...keep } = prev;
  return { record: { ...keep, ...base }, changed: true };
}

const hhmm = (t: number) => new Date(t).toISOString().slice(11, 16);

/** The session's end: the truth once a renewal was refused, else sign-in + session length, marked as an estimate. */
export function sessionExpiry(rec: SsoSessionRecord, sessionHours: number, session: string): Expiry {
  if (rec.refusedAt !== undefined) {
    return {
      expiresAt: rec.refusedAt,
      source: { kind: 'derived', what: `IAM Identity Center refused the SSO token (${rec.refusedReason ?? 'session ended'})` },
      reason: 'the IAM Identity Center session has ended',
    };
  }
  const seen = rec.how === 'seen' ? `signed in ${hhmm(rec.signInAt)} UTC` : `token first seen ${hhmm(rec.signInAt)} UTC, sign-in not witnessed`;
  return {
    expiresAt: rec.signInAt + sessionHours * 3600_000,
    estimate: true,
    source: { kind: 'derived', what: `an estimate for sso-session "${session}": ${seen}, + ssoSessionHours ${sessionHours}` },
    reason: 'IAM Identity Center does not record when the session ends; estimated from the sign-in time',
  };
}
