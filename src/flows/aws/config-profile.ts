// A profile defined in ~/.aws/config (SSO, `aws login`, credential_process, roles) as the snapshot sees it: its
// expiry from the caches those sign-ins keep, and its region. A file of its own in the hot bundles
// (dist/code/lazy/config-profile.cjs, see build.mjs): a profile with keys in ~/.aws/credentials never loads it.
// Its read writes nothing: what it learns about an SSO sign-in comes back as `unsaved`, saved by saveSignInRecord.
import { join } from 'node:path';
import { ok, type Result } from '../../core/errors.ts';
import type { AwsIni } from '../../core/aws/aws-ini.ts';
import { cliProfileExpiry, configProfile, regionFromAwsConfig, ssoTokenExpiry } from '../../core/aws/aws-config.ts';
import type { Expiry } from '../../core/aws/expiry.ts';
import type { LoadedProfile } from '../../core/aws/profile-snapshot.ts';
import { observeToken, parseTokenFacts, sessionExpiry, sessionHoursFor, type SsoSessionRecord, type TokenFacts } from '../../core/aws/sso-session.ts';
import type { Context } from '../../io/config/context.ts';
import { loginSessionExpiry } from '../../io/aws/login-cache.ts';
import { processExpiry } from '../../io/aws/process-expiry.ts';
import { readSessionRecord, readTokenFile, writeSessionRecord } from '../../io/aws/sso-session.ts';

/** The context's profile as `parsed` (~/.aws/config) defines it, or null when it is not there or of no kind we know. */
export function readConfigProfile(ctx: Context, parsed: AwsIni | null): Result<LoadedProfile> | null {
  const { paths } = ctx;
  const name = ctx.profile.name;
  const cfg = parsed ? configProfile(parsed, name) : null;
  if (!cfg || cfg.kind === 'other') return null;
  let expiry: Expiry;
  let ssoToken: Extract<LoadedProfile, { kind: 'config' }>['ssoToken'] = null;
  let unsaved: Extract<LoadedProfile, { kind: 'config' }>['unsaved'] = null;
  if (cfg.ssoTokenFile) {
    const tokenFile = join(paths.awsSsoCache, cfg.ssoTokenFile);
    ssoToken = readTokenFile(tokenFile);
    // An sso-session token that can renew itself lasts as long as the sign-in behind it: estimate that end.
    const renewable = cfg.keys.sso_session && ssoToken ? parseTokenFacts(ssoToken.text, ssoToken.mtimeMs) : null;
    if (renewable) ({ expiry, unsaved } = estimateSession(ctx, cfg.keys.sso_session!, renewable));
    else expiry = ssoTokenExpiry(ssoToken?.text ?? null, tokenFile);
  } else if (cfg.kind === 'login') {
    expiry = loginSessionExpiry(paths, cfg.keys.login_session!);
  } else if (cfg.kind === 'process') {
    expiry = processExpiry(paths, name, cfg.keys.credential_process!);
  } else {
    expiry = cliProfileExpiry(name, cfg.kind);
  }
  return ok({ kind: 'config', file: paths.awsConfig, config: cfg, expiry, ssoToken, unsaved });
}

/** Looks at the token: the session's (estimated) end, and the sign-in record to save when the token says something new. */
function estimateSession(ctx: Context, session: string, token: TokenFacts): { expiry: Expiry; unsaved: { session: string; record: SsoSessionRecord } | null } {
  const hours = sessionHoursFor(ctx.loaded.config, session);
  const { record, changed } = observeToken(readSessionRecord(ctx.paths, session), token, hours * 3600_000);
  return { expiry: sessionExpiry(record, hours, session), unsaved: changed ? { session, record } : null };
}

/** Saves the sign-in record a read updated: a step of its own (flows/aws/profile-snapshot.ts runs it after the read). */
export function saveSignInRecord(ctx: Context, unsaved: { session: string; record: SsoSessionRecord }): void {
  writeSessionRecord(ctx.paths, unsaved.session, unsaved.record);
}

/** The profile's `region` (or another of its keys, e.g. `ca_bundle`) in ~/.aws/config, or null. */
export function profileRegion(parsed: AwsIni | null, name: string, key = 'region'): string | null {
  return regionFromAwsConfig(parsed, name, key);
}
