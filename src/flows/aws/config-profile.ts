// A profile defined in ~/.aws/config (SSO, `aws login`, credential_process, roles) as the snapshot sees it: its
// expiry from the caches those sign-ins keep, and its region. A file of its own in the hot bundles
// (dist/code/lazy/config-profile.cjs, see build.mjs): a profile with keys in ~/.aws/credentials never loads it.
import { join } from 'node:path';
import { ok, type Result } from '../../core/errors.ts';
import type { AwsIni } from '../../core/aws/aws-ini.ts';
import { configProfile, regionFromAwsConfig, ssoTokenExpiry } from '../../core/aws/aws-config.ts';
import type { Expiry } from '../../core/aws/expiry.ts';
import type { LoadedProfile } from '../../core/aws/profile-snapshot.ts';
import { observeToken, parseTokenFacts, sessionExpiry, sessionHoursFor, type TokenFacts } from '../../core/aws/sso-session.ts';
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
  if (cfg.ssoTokenFile) {
    const tokenFile = join(paths.awsSsoCache, cfg.ssoTokenFile);
    ssoToken = readTokenFile(tokenFile);
    // An sso-session token that can renew itself lasts as long as the sign-in behind it: estimate that end.
    const renewable = cfg.keys.sso_session && ssoToken ? parseTokenFacts(ssoToken.text, ssoToken.mtimeMs) : null;
    expiry = renewable ? estimateSession(ctx, cfg.keys.sso_session!, renewable) : ssoTokenExpiry(ssoToken?.text ?? null, tokenFile);
  } else if (cfg.kind === 'login') {
    expiry = loginSessionExpiry(paths, cfg.keys.login_session!);
  } else if (cfg.kind === 'process') {
    expiry = processExpiry(paths, name, cfg.keys.credential_process!);
  } else {
    expiry = { expiresAt: null, source: { kind: 'none' }, reason: `profile "${name}" gets credentials through the AWS CLI (${cfg.kind}); expiry known only after an export` };
  }
  return ok({ kind: 'config', file: paths.awsConfig, config: cfg, expiry, ssoToken });
}

/** Looks at the token, updates what we know about the sign-in, and returns the session's (estimated) end. */
function estimateSession(ctx: Context, session: string, token: TokenFacts): Expiry {
  const hours = sessionHoursFor(ctx.loaded.config, session);
  const { record, changed } = observeToken(readSessionRecord(ctx.paths, session), token, hours * 3600_000);
  if (changed) writeSessionRecord(ctx.paths, session, record);
  return sessionExpiry(record, hours, session);
}

/** The profile's `region` (or another of its keys, e.g. `ca_bundle`) in ~/.aws/config, or null. */
export function profileRegion(parsed: AwsIni | null, name: string, key = 'region'): string | null {
  return regionFromAwsConfig(parsed, name, key);
}
