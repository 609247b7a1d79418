// Role credentials for an IAM Identity Center profile without the AWS CLI: the CLI's role cache when it still holds
// good keys (files only: the healthy export), else one GetRoleCredentials call to the portal with the cached access
// token, under a deadline, written back to the CLI's cache as the CLI would. What we cannot do (renew an expired
// access token) is left to the caller's fallback.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SsoRole } from '../../core/aws/aws-config.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import { parseExpiryValue } from '../../core/aws/expiry.ts';
import { classifyPortalResponse, parseRoleCache, portalUrl, roleCacheEntry, type PortalAnswer } from '../../core/aws/sso-portal.ts';
import { writeFileAtomic } from '../system/atomic-write.ts';
import type { Paths } from '../system/paths.ts';

/** The CLI refetches role credentials with less than this left (its CachedCredentialFetcher window). */
export const ROLE_CACHE_MIN_MS = 15 * 60_000;
/** An access token closer than this to its expiry is left to a tool that can renew it. */
const TOKEN_MIN_MS = 60_000;

export type SsoFetch =
  | { kind: 'creds'; creds: ProfileCredentials; from: 'cache' | 'portal' }
  | { kind: 'refused'; reason: string }
  | { kind: 'error'; reason: string }
  /** No answer (timeout, connection refused, DNS): the AWS CLI may still get through (it honours HTTPS_PROXY, fetch does not). */
  | { kind: 'unreachable'; reason: string }
  /** No usable access token: only a tool that can renew it (the AWS CLI) or a sign-in helps. */
  | { kind: 'token-expired' };

const parseJson = (text: string | null): Record<string, unknown> | null => {
  try {
    const o = JSON.parse(text ?? '') as unknown;
    return o && typeof o === 'object' ? (o as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export async function fetchSsoRoleCredentials(
  paths: Pick<Paths, 'awsCliCache'>,
  role: SsoRole,
  /** The SSO token cache file's text, as the profile snapshot read it (null: none cached). */
  tokenText: string | null,
  env: Record<string, string | undefined>,
  now: number,
  timeoutMs: number,
): Promise<SsoFetch> {
  const cacheFile = join(paths.awsCliCache, role.roleCacheFile);
  let cacheText: string | null = null;
  try {
    cacheText = readFileSync(cacheFile, 'utf8');
  } catch {
    /* nothing cached yet */
  }
  const cached = cacheText === null ? null : parseRoleCache(cacheText);
  if (cached && cached.expiry.expiresAt! - now > ROLE_CACHE_MIN_MS) return { kind: 'creds', creds: cached, from: 'cache' };

  const token = parseJson(tokenText);
  const accessToken = typeof token?.accessToken === 'string' ? token.accessToken : '';
  // Older CLI versions wrote `2020-06-17T10:18:08UTC`, which Date.parse refuses.
  const tokenExpires = typeof token?.expiresAt === 'string' ? (parseExpiryValue(token.expiresAt) ?? NaN) : NaN;
  if (!accessToken || !(tokenExpires - now > TOKEN_MIN_MS)) return { kind: 'token-expired' };

  const url = portalUrl(env, role.region, role.accountId, role.roleName);
  let answer: PortalAnswer;
  try {
    const res = await fetch(url, { headers: { 'x-amz-sso_bearer_token': accessToken }, signal: AbortSignal.timeout(Math.max(500, timeoutMs)) });
    answer = classifyPortalResponse(res.status, (await res.text()).slice(0, 64 * 1024));
  } catch (err) {
    const name = err instanceof Error ? err.name : '';
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return {
      kind: 'unreachable',
      reason:
        name === 'TimeoutError' || name === 'AbortError'
          ? `the IAM Identity Center portal at ${url.host} did not answer within ${Math.round(timeoutMs / 1000)} s`
          : `the IAM Identity Center portal at ${url.host} is unreachable${cause ? ` (${cause})` : ''}`,
    };
  }
  if (answer.kind !== 'ok') return answer;
  try {
    writeFileAtomic(cacheFile, roleCacheEntry(answer, role.accountId));
  } catch {
    // A cache: without it the next export asks the portal again.
  }
  const creds: ProfileCredentials = {
    accessKeyId: answer.accessKeyId,
    secretAccessKey: answer.secretAccessKey,
    sessionToken: answer.sessionToken,
    expiry: { expiresAt: answer.expiresAt, source: { kind: 'field', name: 'GetRoleCredentials expiration' }, reason: 'from the IAM Identity Center portal' },
  };
  return { kind: 'creds', creds, from: 'portal' };
}
