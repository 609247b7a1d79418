// The IAM Identity Center portal's GetRoleCredentials, the call the AWS CLI and SDK make to turn a cached SSO access
// token into role credentials: where it goes and what its answer means. Pure: env and the response come in.
import { endpointPath, serviceEndpoint, type Endpoint } from './endpoints.ts';
import { parseExpiryValue, type Expiry } from './expiry.ts';

/** GetRoleCredentials' address: AWS_ENDPOINT_URL_SSO, then AWS_ENDPOINT_URL, then the regional portal (the SDK's order). */
export function portalUrl(env: Record<string, string | undefined>, region: string, accountId: string, roleName: string, regionAt = 'sso_region'): Endpoint {
  const e = serviceEndpoint(env, ['AWS_ENDPOINT_URL_SSO', 'AWS_ENDPOINT_URL'], 'portal.sso', region, regionAt);
  if (!e.ok) return e;
  const url = endpointPath(e.url, '/federation/credentials');
  url.searchParams.set('account_id', accountId);
  url.searchParams.set('role_name', roleName);
  return { ...e, url };
}

export type PortalAnswer =
  | { kind: 'ok'; accessKeyId: string; secretAccessKey: string; sessionToken: string; expiresAt: number }
  /** The token was turned down: the IAM Identity Center session is over (or the token was revoked). */
  | { kind: 'refused'; reason: string }
  | { kind: 'error'; reason: string };

/** Reads the portal's answer; never echoes credentials, only the service's error type and message. */
export function classifyPortalResponse(status: number, body: string): PortalAnswer {
  let o: Record<string, unknown> = {};
  try {
    const parsed = JSON.parse(body) as unknown;
    if (parsed && typeof parsed === 'object') o = parsed as Record<string, unknown>;
  } catch {
    /* not JSON: judged by the status alone */
  }
  if (status === 200) {
    const rc = (o.roleCredentials ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof rc[k] === 'string' ? (rc[k] as string) : '');
    const exp = typeof rc.expiration === 'number' ? rc.expiration : NaN;
    if (!str('accessKeyId') || !str('secretAccessKey') || !str('sessionToken') || !Number.isFinite(exp)) {
      return { kind: 'error', reason: 'the IAM Identity Center portal answered without complete role credentials' };
    }
    return { kind: 'ok', accessKeyId: str('accessKeyId'), secretAccessKey: str('secretAccessKey'), sessionToken: str('sessionToken'), expiresAt: exp };
  }
  const message = typeof o.message === 'string' ? o.message.replace(/\s+/g, ' ').slice(0, 160) : '';
  const type = (typeof o.__type === 'string' ? o.__type : '').split('#').pop() ?? '';
  const why = [type, message].filter(Boolean).join(': ') || `HTTP ${status}`;
  // 401 UnauthorizedException: "Session token not found or invalid" — the sign-in is over.
  if (status === 401 || type === 'UnauthorizedException') return { kind: 'refused', reason: why };
  return { kind: 'error', reason: `the IAM Identity Center portal said ${why}` };
}

/** The AWS CLI's role cache entry (~/.aws/cli/cache/<hash>.json): keys and their expiry, or null when unusable. */
export function parseRoleCache(text: string): { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiry: Expiry } | null {
  try {
    const c = (JSON.parse(text) as { Credentials?: Record<string, unknown> }).Credentials ?? {};
    const str = (k: string) => (typeof c[k] === 'string' ? (c[k] as string) : '');
    const at = parseExpiryValue(str('Expiration')) ?? NaN;
    if (!str('AccessKeyId') || !str('SecretAccessKey') || !str('SessionToken') || Number.isNaN(at)) return null;
    return {
      accessKeyId: str('AccessKeyId'),
      secretAccessKey: str('SecretAccessKey'),
      sessionToken: str('SessionToken'),
      expiry: { expiresAt: at, source: { kind: 'field', name: 'role credentials Expiration' }, reason: 'from the AWS CLI role credential cache' },
    };
  } catch {
    return null;
  }
}

/** The same entry as the CLI writes it, so the CLI and the SDK can use what we fetched. */
export function roleCacheEntry(a: Extract<PortalAnswer, { kind: 'ok' }>, accountId: string): string {
  return `${JSON.stringify({
    ProviderType: 'sso',
    Credentials: {
      AccessKeyId: a.accessKeyId,
      SecretAccessKey: a.secretAccessKey,
      SessionToken: a.sessionToken,
      Expiration: new Date(a.expiresAt).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      AccountId: accountId,
    },
  })}`;
}

/** The portal as a failed request names it, and as the source of the keys' expiry. */
export const PORTAL_SERVICE = 'the IAM Identity Center portal';
export const PORTAL_EXPIRY_REASON = 'from the IAM Identity Center portal';
