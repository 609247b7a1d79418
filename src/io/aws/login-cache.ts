// `aws login` (console credentials, AWS CLI >= 2.32): its cache file `<sha256(login_session)>.json` holds 15-minute
// keys that the CLI and SDKs renew silently for up to 12 hours after the sign-in. The sign-in time is recorded
// exactly: the `idToken` is written only by `aws login` itself (a renewal keeps it and replaces only the keys and
// the refresh token, see the CLI's LoginCredentialFetcher), and its `iat` claim is when the user signed in.
import { join } from 'node:path';
import type { Expiry } from '../../core/aws/expiry.ts';
import { expiryReason } from '../../core/aws/aws-config.ts';
import { sha256Hex } from '../../core/aws/sha256.ts';
import { readSmallText } from '../config/config-file.ts';
import type { Paths } from '../system/paths.ts';

/** How long `aws login` keys are renewed after a sign-in (AWS SDK reference guide, "Login credentials provider"). */
export const AWS_LOGIN_SESSION_MS = 12 * 3600_000;

export function loginCacheFile(paths: Pick<Paths, 'awsLoginCache'>, loginSession: string): string {
  return join(paths.awsLoginCache, `${sha256Hex(loginSession)}.json`);
}

/** When the `aws login` session ends: sign-in (`idToken` iat) + 12 h; never reads out a key. */
export function loginSessionExpiry(paths: Pick<Paths, 'awsLoginCache'>, loginSession: string): Expiry {
  const file = loginCacheFile(paths, loginSession);
  const none = (reason: string): Expiry => ({ expiresAt: null, source: { kind: 'none' }, reason });
  const r = readSmallText(file, 1024 * 1024);
  if (!('text' in r)) return none('missing' in r ? expiryReason.noLoginSession(file) : r.problem);
  let token: { idToken?: unknown };
  try {
    token = JSON.parse(r.text) as { idToken?: unknown };
  } catch {
    return none(expiryReason.loginCacheNotJson(file));
  }
  const payload = typeof token.idToken === 'string' ? token.idToken.split('.')[1] : undefined;
  let iat = NaN;
  try {
    iat = Number((JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')) as { iat?: unknown }).iat);
  } catch {
    /* no readable claims */
  }
  if (!Number.isFinite(iat) || iat <= 0) return none(expiryReason.loginNoSignIn(file));
  return { expiresAt: iat * 1000 + AWS_LOGIN_SESSION_MS, source: { kind: 'derived', what: expiryReason.loginDerived }, reason: expiryReason.loginCache };
}
