// Where a profile's credentials and expiry come from: keys in ~/.aws/credentials (what SAML tools write), or a
// profile in ~/.aws/config (SSO, `aws login`, credential_process, roles) whose expiry comes from the caches those
// sign-ins keep (io/sso-session.ts, io/login-cache.ts, io/process-expiry.ts) and whose keys io/config-credentials.ts
// produces. Every entry asks this one function, so they all agree on what "the profile" is. Files only.
import { join } from 'node:path';
import { ok, type Result } from '../errors.ts';
import { parseAwsIni } from '../core/aws-ini.ts';
import { configProfile, ssoTokenExpiry, type ConfigProfile } from '../core/aws-config.ts';
import { profileCredentials, type ProfileCredentials } from '../core/credentials.ts';
import type { Expiry } from '../core/expiry.ts';
import { readCredentialsSettled } from './aws-credentials-file.ts';
import { readSmallText } from './config-file.ts';
import type { Context } from './context.ts';
import { processExpiry } from './process-expiry.ts';
import { loginSessionExpiry } from './login-cache.ts';
import { readTokenFacts, ssoSessionExpiry } from './sso-session.ts';

export type LoadedProfile =
  | { kind: 'file'; file: string; creds: ProfileCredentials; expiry: Expiry }
  | { kind: 'config'; file: string; config: ConfigProfile; expiry: Expiry };

export function loadProfile(ctx: Context): Result<LoadedProfile> {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const credsFile = paths.awsCredentials;
  const fromFile = readCredentialsSettled(credsFile, (ini) =>
    ini.ok ? profileCredentials(ini.value, name, credsFile, ctx.loaded.config.expirationField) : ini,
  );
  if (fromFile.ok) return ok({ kind: 'file', file: credsFile, creds: fromFile.value, expiry: fromFile.value.expiry });
  // Only a profile absent from the credentials file (or the file itself) sends us to ~/.aws/config;
  // a profile that is there but broken is reported as such.
  if (!['CREDS_MISSING', 'PROFILE_NOT_FOUND', 'KEYS_MISSING'].includes(fromFile.error.code)) return fromFile;
  const cfgText = readSmallText(paths.awsConfig, 4 * 1024 * 1024);
  const cfg = 'text' in cfgText ? configProfile(parseAwsIni(cfgText.text), name) : null;
  if (!cfg || cfg.kind === 'other') return fromFile;
  let expiry: Expiry;
  if (cfg.ssoTokenFile) {
    const tokenFile = join(paths.awsSsoCache, cfg.ssoTokenFile);
    // An sso-session token that can renew itself lasts as long as the sign-in behind it: estimate that end.
    const renewable = cfg.keys.sso_session ? readTokenFacts(tokenFile) : null;
    if (renewable) expiry = ssoSessionExpiry(paths, cfg.keys.sso_session!, renewable, ctx.loaded.config);
    else {
      const token = readSmallText(tokenFile, 1024 * 1024);
      expiry = ssoTokenExpiry('text' in token ? token.text : null, tokenFile);
    }
  } else if (cfg.kind === 'login') {
    expiry = loginSessionExpiry(paths, cfg.keys.login_session!);
  } else if (cfg.kind === 'process') {
    expiry = processExpiry(paths, name, cfg.keys.credential_process!);
  } else {
    expiry = { expiresAt: null, source: { kind: 'none' }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: 'config', file: paths.awsConfig, config: cfg, expiry });
}

/** The login command AWS's own CLI needs for a config profile, when the user configured none. */
export function defaultLoginFor(p: LoadedProfile, profile: string): string | null {
  if (p.kind !== 'config') return null;
  if (p.config.kind === 'sso') return `aws sso login --profile ${profile}`;
  if (p.config.kind === 'login') return `aws login --profile ${profile}`;
  return null;
}

