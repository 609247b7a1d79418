// Role credentials for an IAM Identity Center profile without the AWS CLI: the CLI's role cache when it still holds
// good keys (files only: the healthy export), else one GetRoleCredentials call to the portal with the cached access
// token, under a deadline, through io/net/http.ts (proxy, CA, no redirects), written back to the CLI's cache as the
// CLI would. Renewing the access token is flows/aws/sso-renew.ts's.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SsoRole } from '../../core/aws/aws-config.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import { parseExpiryValue } from '../../core/aws/expiry.ts';
import { classifyPortalResponse, parseRoleCache, PORTAL_EXPIRY_REASON, PORTAL_SERVICE, roleCacheEntry, type PortalAnswer } from '../../core/aws/sso-portal.ts';
import type { NetRoute } from '../../core/net/route.ts';
import { httpRequest } from '../net/http.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';

/** The CLI refetches role credentials with less than this left (its CachedCredentialFetcher window). */
export const ROLE_CACHE_MIN_MS = 15 * 60_000;
/** An access token closer than this to its expiry is left to a tool that can renew it. */
const TOKEN_MIN_MS = 60_000;

export type SsoFetch =
  | { kind: 'creds'; creds: ProfileCredentials; from: 'portal' }
  | { kind: 'refused'; reason: string }
  | { kind: 'error'; reason: string }
  /** No answer (timeout, connection refused, DNS): the AWS CLI may still get through on its own settings. */
  | { kind: 'unreachable'; reason: string }
  /** No usable access token: it needs a renewal or a sign-in. */
  | { kind: 'token-expired' };

const parseJson = (text: string | null): Record<string, unknown> | null => {
  try {
    const o = JSON.parse(text ?? '') as unknown;
    return o && typeof o === 'object' ? (o as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

/** The CLI's role cache entry when it still holds keys for more than ROLE_CACHE_MIN_MS: files only, no network. */
export function cachedRoleCredentials(paths: Pick<Paths, 'awsCliCache'>, role: SsoRole, now: number): ProfileCredentials | null {
  let cacheText: string | null = null;
  try {
    cacheText = readFileSync(join(paths.awsCliCache, role.roleCacheFile), 'utf8');
  } catch {
    return null; // nothing cached yet
  }
  const cached = parseRoleCache(cacheText);
  return cached && cached.expiry.expiresAt! - now > ROLE_CACHE_MIN_MS ? cached : null;
}

/** One GetRoleCredentials call with the token file's access token (when it is good for another minute). */
export async function fetchSsoRoleCredentials(
  paths: Pick<Paths, 'awsCliCache'>,
  role: SsoRole,
  /** The SSO token cache file's text (null: none cached). */
  tokenText: string | null,
  url: URL,
  route: NetRoute,
  now: number,
  timeoutMs: number,
): Promise<SsoFetch> {
  const token = parseJson(tokenText);
  const accessToken = typeof token?.accessToken === 'string' ? token.accessToken : '';
  // Older CLI versions wrote `2020-06-17T10:18:08UTC`, which Date.parse refuses.
  const tokenExpires = typeof token?.expiresAt === 'string' ? (parseExpiryValue(token.expiresAt) ?? NaN) : NaN;
  if (!accessToken || !(tokenExpires - now > TOKEN_MIN_MS)) return { kind: 'token-expired' };

  const r = await httpRequest({ url, route, method: 'GET', headers: { 'x-amz-sso_bearer_token': accessToken }, timeoutMs: Math.max(500, timeoutMs), what: PORTAL_SERVICE });
  if (!r.ok) return r.kind === 'timeout' || r.kind === 'unreachable' ? { kind: 'unreachable', reason: r.message } : { kind: 'error', reason: r.message };
  const answer: PortalAnswer = classifyPortalResponse(r.status, r.body);
  if (answer.kind !== 'ok') return answer;
  try {
    writeFileAtomic(join(paths.awsCliCache, role.roleCacheFile), roleCacheEntry(answer, role.accountId));
  } catch {
    // A cache: without it the next export asks the portal again.
  }
  const creds: ProfileCredentials = {
    accessKeyId: answer.accessKeyId,
    secretAccessKey: answer.secretAccessKey,
    sessionToken: answer.sessionToken,
    expiry: { expiresAt: answer.expiresAt, source: { kind: 'field', name: 'GetRoleCredentials expiration' }, reason: PORTAL_EXPIRY_REASON },
  };
  return { kind: 'creds', creds, from: 'portal' };
}
