// Where a profile's credentials and expiry come from: keys in ~/.aws/credentials (what SAML tools write), or a
// profile in ~/.aws/config (SSO, `aws login`, credential_process, roles) whose expiry comes from the caches those
// sign-ins keep (io/sso-session.ts, io/login-cache.ts, io/process-expiry.ts) and whose keys io/config-credentials.ts
// produces. Every entry asks this one function, so they all agree on what "the profile" is. Files only.
import { ok, type Result } from '../errors.ts';
import type { ConfigProfile } from '../core/aws-config.ts';
import { profileCredentials, type ProfileCredentials } from '../core/credentials.ts';
import type { Expiry } from '../core/expiry.ts';
import { readCredentialsSettled } from './aws-credentials-file.ts';
import { loadConfigProfile } from './config-profile.ts';
import type { Context } from './context.ts';

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
  const fromConfig = loadConfigProfile(ctx);
  return fromConfig ? ok(fromConfig) : fromFile;
}

/** The login command AWS's own CLI needs for a config profile, when the user configured none. */
export function defaultLoginFor(p: LoadedProfile, profile: string): string | null {
  if (p.kind !== 'config') return null;
  if (p.config.kind === 'sso') return `aws sso login --profile ${profile}`;
  if (p.config.kind === 'login') return `aws login --profile ${profile}`;
  return null;
}

