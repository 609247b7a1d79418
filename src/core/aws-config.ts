// Profiles that live only in ~/.aws/config (IAM Identity Center via `aws sso login`, `aws login`,
// credential_process, role chains): their keys are not in ~/.aws/credentials, so we learn what we can from
// the config and the SSO token cache, and let the AWS CLI produce the credentials.
import { createHash } from 'node:crypto';
import type { AwsIni } from './aws-ini.ts';
import type { Expiry } from './expiry.ts';

export interface ConfigProfile {
  /** The keys of `[profile name]` (or `[default]`), lower-cased names. */
  keys: Record<string, string>;
  /** The SSO token cache file name (without folder) when the profile uses IAM Identity Center. */
  ssoTokenFile: string | null;
  kind: 'sso' | 'login' | 'process' | 'role' | 'other';
}

const lowerKeys = (o: Record<string, string> | undefined) =>
  o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : undefined;

export function configProfile(ini: AwsIni, profile: string): ConfigProfile | null {
  const keys = lowerKeys(ini.sections.get(`profile ${profile}`)) ?? (profile === 'default' ? lowerKeys(ini.sections.get('default')) : undefined);
  if (!keys) return null;
  // The AWS CLI names token files by the SHA-1 of the sso-session name, or of the start URL for legacy profiles.
  const tokenKey = keys.sso_session || keys.sso_start_url || '';
  const ssoTokenFile = tokenKey ? `${createHash('sha1').update(tokenKey, 'utf8').digest('hex')}.json` : null;
  const kind = ssoTokenFile ? 'sso' : keys.login_session ? 'login' : keys.credential_process ? 'process' : keys.role_arn ? 'role' : 'other';
  return { keys, ssoTokenFile, kind };
}

/**
 * The expiry that ends an SSO profile's sessions: the token's `expiresAt`, unless the token carries a refresh
 * token (sso-session profiles), which the CLI renews silently until the SSO session itself ends — a time the
 * cache does not record, so we say unknown rather than warn about a renewal that needs nobody.
 */
export function ssoTokenExpiry(tokenText: string | null, tokenFile: string): Expiry {
  const none = (reason: string): Expiry => ({ expiresAt: null, source: { kind: 'none' }, reason });
  if (tokenText === null) return none(`no SSO token cached (${tokenFile}); run aws sso login`);
  let token: unknown;
  try {
    token = JSON.parse(tokenText);
  } catch {
    return none(`SSO token cache ${tokenFile} is not valid JSON; run aws sso login`);
  }
  const t = token as { expiresAt?: unknown; refreshToken?: unknown };
  const at = typeof t.expiresAt === 'string' ? Date.parse(t.expiresAt) : NaN;
  if (Number.isNaN(at)) return none(`SSO token cache ${tokenFile} has no expiresAt`);
  if (typeof t.refreshToken === 'string' && t.refreshToken) {
    return none('SSO token renews itself until your IAM Identity Center session ends (not recorded on disk)');
  }
  return { expiresAt: at, source: { kind: 'field', name: 'SSO token expiresAt' }, reason: 'from the SSO token cache' };
}

/** `aws configure export-credentials --format process` output → the keys, or why not (never echoing values). */
export function parseProcessCredentials(stdout: string): { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiresAt: number | null } | string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return 'the AWS CLI did not print JSON';
  }
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
  if (!str('AccessKeyId') || !str('SecretAccessKey')) return 'the AWS CLI printed no credentials';
  if (!str('SessionToken')) return 'the AWS CLI printed long-term keys without a session token, which Claude Code rejects';
  const exp = Date.parse(str('Expiration'));
  return { accessKeyId: str('AccessKeyId'), secretAccessKey: str('SecretAccessKey'), sessionToken: str('SessionToken'), expiresAt: Number.isNaN(exp) ? null : exp };
}
