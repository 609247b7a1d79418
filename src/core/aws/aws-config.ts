// Profiles that live only in ~/.aws/config (IAM Identity Center via `aws sso login`, `aws login`,
// credential_process, role chains): their keys are not in ~/.aws/credentials, so we learn what we can from
// the config and the SSO token cache, and let the AWS CLI produce the credentials.
import { fail, type Result } from '../errors.ts';
import type { AwsIni } from './aws-ini.ts';
import { parseExpiryValue, type Expiry } from './expiry.ts';
import { sha1Hex } from './sha1.ts';

export interface ConfigProfile {
  /** The keys of `[profile name]` (or `[default]`), lower-cased names. */
  keys: Record<string, string>;
  /** The SSO token cache file name (without folder) when the profile uses IAM Identity Center. */
  ssoTokenFile: string | null;
  kind: 'sso' | 'login' | 'process' | 'role' | 'other';
  /** What GetRoleCredentials needs, when the profile names its account, role and region (SSO profiles). */
  sso: SsoRole | null;
}

export interface SsoRole {
  /** The sso-session name, or null for a legacy profile (`sso_start_url` in the profile itself). */
  session: string | null;
  startUrl: string;
  region: string;
  /** Where the region is set, for messages: `sso_region of [sso-session corp]`. */
  regionAt: string;
  accountId: string;
  roleName: string;
  /** The AWS CLI's role credential cache file name (in ~/.aws/cli/cache), so the CLI and we share one cache. */
  roleCacheFile: string;
}

// Python's json.dumps escapes every non-ASCII character; the CLI hashes that text.
const pyJson = (o: Record<string, string>) =>
  JSON.stringify(o, Object.keys(o).sort()).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function ssoRole(ini: AwsIni, keys: Record<string, string>, section: string): SsoRole | null {
  const session = keys.sso_session || null;
  const s = session ? lowerKeys(ini.sections.get(`sso-session ${session}`)) : keys;
  const startUrl = s?.sso_start_url ?? '';
  const region = s?.sso_region ?? '';
  const accountId = keys.sso_account_id ?? '';
  const roleName = keys.sso_role_name ?? '';
  if (!startUrl || !region || !accountId || !roleName) return null;
  const cacheArgs: Record<string, string> = session ? { accountId, roleName, sessionName: session } : { accountId, roleName, startUrl };
  const regionAt = `sso_region of [${session ? `sso-session ${session}` : section}]`;
  return { session, startUrl, region, regionAt, accountId, roleName, roleCacheFile: `${sha1Hex(pyJson(cacheArgs))}.json` };
}

const lowerKeys = (o: Record<string, string> | undefined) =>
  o ? Object.fromEntries(Object.entries(o).map(([k, v]) => [k.toLowerCase(), v.trim()])) : undefined;

export function configProfile(ini: AwsIni, profile: string): ConfigProfile | null {
  const named = lowerKeys(ini.sections.get(`profile ${profile}`));
  const keys = named ?? (profile === 'default' ? lowerKeys(ini.sections.get('default')) : undefined);
  if (!keys) return null;
  const section = named ? `profile ${profile}` : 'default';
  // The AWS CLI names token files by the SHA-1 of the sso-session name, or of the start URL for legacy profiles.
  const tokenKey = keys.sso_session || keys.sso_start_url || '';
  const ssoTokenFile = tokenKey ? `${sha1Hex(tokenKey)}.json` : null;
  const kind = ssoTokenFile ? 'sso' : keys.login_session ? 'login' : keys.credential_process ? 'process' : keys.role_arn ? 'role' : 'other';
  return { keys, ssoTokenFile, kind, sso: ssoTokenFile ? ssoRole(ini, keys, section) : null };
}

/** A role or other profile the AWS CLI resolves: its keys, and so their expiry, are known only after an export. */
export const cliProfileExpiry = (profile: string, kind: string): Expiry => ({
  expiresAt: null,
  source: { kind: 'none' },
  reason: `profile "${profile}" gets credentials through the AWS CLI (${kind}); expiry known only after an export`,
});

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
  const at = typeof t.expiresAt === 'string' ? (parseExpiryValue(t.expiresAt) ?? NaN) : NaN;
  if (Number.isNaN(at)) return none(`SSO token cache ${tokenFile} has no expiresAt`);
  if (typeof t.refreshToken === 'string' && t.refreshToken) {
    return none('SSO token renews itself until your IAM Identity Center session ends (not recorded on disk)');
  }
  return { expiresAt: at, source: { kind: 'field', name: 'SSO token expiresAt' }, reason: 'from the SSO token cache' };
}

/** `credential_process` JSON (what `aws configure export-credentials --format process` prints) → the keys, or why not (never echoing values). */
export function parseProcessCredentials(stdout: string, who = 'the AWS CLI'): { accessKeyId: string; secretAccessKey: string; sessionToken: string; expiresAt: number | null } | string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(stdout) as Record<string, unknown>;
  } catch {
    return `${who} did not print JSON`;
  }
  if (!o || typeof o !== 'object') return `${who} did not print a JSON object`;
  const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : '');
  if (!str('AccessKeyId') || !str('SecretAccessKey')) return `${who} printed no credentials`;
  if (!str('SessionToken')) return `${who} printed long-term keys without a session token, which Claude Code rejects`;
  const exp = Date.parse(str('Expiration'));
  return { accessKeyId: str('AccessKeyId'), secretAccessKey: str('SecretAccessKey'), sessionToken: str('SessionToken'), expiresAt: Number.isNaN(exp) ? null : exp };
}

/** The `region` of a profile in ~/.aws/config, where non-default profiles are `[profile name]`. */
export function regionFromAwsConfig(ini: AwsIni | null, profile: string, key = 'region'): string | null {
  if (!ini) return null;
  const names = profile === 'default' ? ['default', 'profile default'] : [`profile ${profile}`, profile];
  for (const name of names) {
    const keys = ini.sections.get(name);
    const hit = keys && Object.entries(keys).find(([k]) => k.toLowerCase() === key);
    if (hit && hit[1].trim()) return hit[1].trim();
  }
  return null;
}

/** Why `aws configure export-credentials` gave no keys (io/aws/aws-cli.ts runs it); `hint`: the profile's login hint. */
export const awsCliFailure = {
  missing: (profile: string): Result<never> =>
    fail('AWS_CLI', `profile "${profile}" is defined in ~/.aws/config, which needs the AWS CLI v2 to turn into keys, and "aws" is not on PATH`, 'install the AWS CLI v2, or use a login tool that writes ~/.aws/credentials'),
  timedOut: (profile: string, timeoutMs: number, hint: string): Result<never> =>
    fail('AWS_CLI', `aws configure export-credentials --profile ${profile} did not finish within ${Math.round(timeoutMs / 1000)} s`, hint),
  failed: (profile: string, why: string, hint: string): Result<never> => fail('AWS_CLI', `aws configure export-credentials --profile ${profile} failed: ${why}`, hint),
  /** `problem`: parseProcessCredentials' reason. */
  unreadable: (profile: string, problem: string, hint: string): Result<never> => fail('AWS_CLI', `aws configure export-credentials --profile ${profile}: ${problem}`, hint),
};

/** Where the expiry of keys a program or the `aws login` cache makes comes from, or why it is not known yet. */
export const expiryReason = {
  awsCli: 'from the AWS CLI',
  processOutput: 'from the credential_process output',
  processNoExpiration: 'the credential_process printed no Expiration',
  processLastRun: 'from the last credential_process run',
  processNotRun: (profile: string): string => `profile "${profile}" gets credentials from its credential_process; expiry known after the next export`,
  noLoginSession: (file: string): string => `no aws login session cached (${file}); run aws login`,
  loginCacheNotJson: (file: string): string => `${file} is not valid JSON; run aws login`,
  loginNoSignIn: (file: string): string => `${file} records no sign-in time (idToken iat)`,
  /** How the end of an `aws login` session is derived, and from where. */
  loginDerived: 'the aws login sign-in (idToken iat) + 12 h',
  loginCache: 'from the aws login token cache',
};
