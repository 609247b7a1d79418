// The profile snapshot: everything one run knows about its AWS profile, read once (core/aws/profile-snapshot.ts says
// what it holds). Keys in ~/.aws/credentials (what SAML tools write), or a profile in ~/.aws/config (SSO,
// `aws login`, credential_process, roles) whose expiry comes from the caches those sign-ins keep and whose keys
// flows/aws/config-credentials.ts produces. Each file is read at most once here. A run reads a new snapshot only when it
// looks for a change: refresh-flow after taking the lock, after a login and on each poll of a waiter (its explicit
// `reread`); the CLI login and `login --test` after the login; a sync run under each target's lock.
import { join } from 'node:path';
import { ok } from '../../core/errors.ts';
import type { AwsIni } from '../../core/aws/aws-ini.ts';
import { profileCredentials } from '../../core/aws/credentials.ts';
import { defaultLoginFor, type ProfileSnapshot } from '../../core/aws/profile-snapshot.ts';
import { parseTokenFacts } from '../../core/aws/sso-session.ts';
import { readAwsConfig } from '../../io/aws/aws-config-file.ts';
import { readCredentialsSettled } from '../../io/aws/aws-credentials-file.ts';
import type { Context } from '../../io/config/context.ts';
import { loginHint } from '../../core/login/login-text.ts';
import { readTokenFile, writeSessionRecord } from '../../io/aws/sso-session.ts';
import { profileRegion, readConfigProfile, saveSignInRecord } from './config-profile.ts';

export type { LoadedProfile, ProfileSnapshot } from '../../core/aws/profile-snapshot.ts';

/**
 * The snapshot every run uses: the plain read, then what it learned about an IAM Identity Center sign-in saved. The
 * saving wraps the reader (as aws-vault's cached provider wraps a provider), so the read itself never writes.
 */
export function readProfileSnapshot(ctx: Context): ProfileSnapshot {
  const snapshot = readProfileFacts(ctx);
  const p = snapshot.profile;
  if (p.ok && p.value.kind === 'config' && p.value.unsaved) saveSignInRecord(ctx, p.value.unsaved);
  return snapshot;
}

/** The plain read: each of the user's AWS files at most once, nothing written. */
export function readProfileFacts(ctx: Context): ProfileSnapshot {
  let ini: AwsIni | null | undefined;
  const awsConfig = () => (ini === undefined ? (ini = readAwsConfig(ctx.paths.awsConfig)) : ini);
  const profile = readProfile(ctx, awsConfig);
  const defaultLogin = profile.ok ? defaultLoginFor(profile.value, ctx.profile.name) : null;
  return {
    name: ctx.profile.name,
    source: ctx.profile.source,
    profile,
    defaultLogin,
    loginHint: loginHint({ loginCmd: ctx.loaded.config.loginCmd, fallbackCmd: defaultLogin, profile: ctx.profile.name, configFile: ctx.loaded.file ?? ctx.paths.configJson }),
    region: () => profileRegion(awsConfig(), ctx.profile.name),
    caBundle: () => profileRegion(awsConfig(), ctx.profile.name, 'ca_bundle'),
  };
}

function readProfile(ctx: Context, awsConfig: () => AwsIni | null): ProfileSnapshot['profile'] {
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
  return readConfigProfile(ctx, awsConfig()) ?? fromFile;
}

/**
 * After a login we ran: a token written since it started is a sign-in, whatever it looks like (a login in the last
 * minutes of an access token is otherwise indistinguishable from a renewal with a rotated refresh token). Reads the
 * token file again: the login has just rewritten it.
 */
export function noteSignIn(ctx: Context, snapshot: ProfileSnapshot, loginStartedAt: number): void {
  const p = snapshot.profile;
  if (!p.ok || p.value.kind !== 'config') return;
  const { sso, ssoTokenFile } = p.value.config;
  if (!sso?.session || !ssoTokenFile) return;
  const file = readTokenFile(join(ctx.paths.awsSsoCache, ssoTokenFile));
  const token = file ? parseTokenFacts(file.text, file.mtimeMs) : null;
  if (!token || token.writtenAt < loginStartedAt - 1_000) return;
  writeSessionRecord(ctx.paths, sso.session, { signInAt: token.writtenAt, how: 'seen', tokenExpiresAt: token.expiresAt, refreshKey: token.refreshKey });
}
