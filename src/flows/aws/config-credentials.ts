// Keys for a profile defined in ~/.aws/config, doing ourselves what we can: IAM Identity Center role credentials
// from the CLI's role cache or the portal (renewing an sso-session's expired access token first, sso-renew.ts), a
// credential_process run directly; the AWS CLI only for the rest (legacy SSO tokens, role chains, `aws login`) or
// when the network does not answer us. A refused SSO token is recorded: the session is over.
// The export (awsCredentialExport) and a refresh run it; each step's deadline is its adapter's.
import { join } from 'node:path';
import { fail, ok, type Result } from '../../core/errors.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import type { LoadedProfile } from '../../core/aws/profile-snapshot.ts';
import { AWS_CLI_DEADLINE_MS, exportViaAwsCli } from '../../io/aws/aws-cli.ts';
import type { Context } from '../../io/config/context.ts';
import { CREDENTIAL_PROCESS_DEADLINE_MS, runCredentialProcess } from '../../io/aws/credential-process.ts';
import { recordProcessExpiry } from '../../io/aws/process-expiry.ts';
import { cachedRoleCredentials, fetchSsoRoleCredentials } from '../../io/aws/sso-portal.ts';
import { recordRefusal } from '../../io/aws/sso-session.ts';
import { ssoRenewalRefused, ssoTokenExpired, ssoTokenRefused, ssoTokenUnrenewable } from '../../core/login/login-text.ts';
import { portalUrl } from '../../core/aws/sso-portal.ts';
import { routeFor } from '../../core/net/route.ts';
import { renewSsoToken } from './sso-renew.ts';

/** GetRoleCredentials answers in well under a second; Claude Code waits on the export with no limit of its own. */
export const SSO_PORTAL_DEADLINE_MS = 5_000;

// What the AWS CLI says when the SSO sign-in is over (botocore's UnauthorizedSSOTokenError / SSOTokenLoadError).
const CLI_REFUSED = /refresh failed|token has expired|session associated with this profile has expired|UnauthorizedSSOToken/i;

export async function configProfileCredentials(
  ctx: Context,
  p: Extract<LoadedProfile, { kind: 'config' }>,
  env: Record<string, string | undefined>,
  hint: string,
  /** `clock` and `sleep` (from the entry) let an expired sso-session token be renewed in-process, waiting on another session's renewal. */
  opts: { now: number; timeoutMs?: number; onStderr?: (line: string) => void; clock?: () => number; sleep?: (ms: number) => Promise<unknown> },
): Promise<Result<ProfileCredentials>> {
  const name = ctx.profile.name;
  const { now } = opts;
  const cfg = p.config;
  if (cfg.kind === 'process') {
    const command = cfg.keys.credential_process!;
    const r = await runCredentialProcess(command, name, env, hint, opts.onStderr ?? (() => undefined), Math.min(CREDENTIAL_PROCESS_DEADLINE_MS, opts.timeoutMs ?? Infinity));
    if (r.ok) recordProcessExpiry(ctx.paths, name, command, r.value.expiry.expiresAt, now);
    return r;
  }
  const session = cfg.sso?.session ?? null;
  let cannotRenew: string | null = null;
  if (cfg.kind === 'sso' && cfg.sso && cfg.ssoTokenFile) {
    const role = cfg.sso;
    const cached = cachedRoleCredentials(ctx.paths, role, now);
    if (cached) return ok(cached);
    // Checked before anything goes out: the region becomes a host name, an override the bearer token's destination.
    const portal = portalUrl(env, role.region, role.accountId, role.roleName, `${role.regionAt} in ${ctx.paths.awsConfig}`);
    if (!portal.ok) return fail('SSO_CONFIG', portal.message, hint);
    const deadline = Math.min(SSO_PORTAL_DEADLINE_MS, opts.timeoutMs ?? Infinity);
    const caBundle = cfg.keys.ca_bundle || null;
    let tokenText = p.ssoToken?.text ?? null;
    let renewFailed: string | null = null;
    if (session && opts.clock && opts.sleep) {
      const tokenFile = join(ctx.paths.awsSsoCache, cfg.ssoTokenFile);
      const r = await renewSsoToken({ ctx, role: { ...role, session }, tokenFile, tokenText, caBundle, env, now: opts.clock, sleep: opts.sleep, timeoutMs: deadline });
      if (r.kind === 'refused') return fail('SSO_PORTAL', ssoRenewalRefused(name, r.reason, session), hint);
      if (r.kind === 'error') return fail('SSO_PORTAL', r.reason, hint);
      if (r.kind === 'renewed' || r.kind === 'fresh') tokenText = r.tokenText;
      else if (r.kind === 'unreachable') renewFailed = r.reason;
      else if (r.kind === 'cannot') cannotRenew = r.reason;
    }
    const r = await fetchSsoRoleCredentials(ctx.paths, role, tokenText, portal.url, routeFor(portal.url, env, caBundle), opts.clock?.() ?? now, deadline);
    if (r.kind === 'creds') return ok(r.creds);
    if (r.kind === 'refused') {
      if (session) recordRefusal(ctx.paths, session, r.reason, now);
      return fail('SSO_PORTAL', ssoTokenRefused(name, r.reason), hint);
    }
    if (r.kind === 'error') return fail('SSO_PORTAL', r.reason, hint);
    const unreachable = r.kind === 'unreachable' ? r.reason : renewFailed;
    if (unreachable) {
      const viaCli = exportViaAwsCli(name, env, hint, Math.min(AWS_CLI_DEADLINE_MS, opts.timeoutMs ?? Infinity));
      // No AWS CLI either: the network's silence is the news.
      return viaCli.ok || !/is not on PATH/.test(viaCli.error.message) ? viaCli : fail('SSO_PORTAL', unreachable, hint);
    }
    // Legacy tokens cannot be renewed at all: the token's expiry was the end.
    if (!session) return fail('EXPIRED', ssoTokenExpired(name), hint);
  }
  // The AWS CLI for what we do not do ourselves (role chains, `aws login`, a token we could not renew).
  const r = exportViaAwsCli(name, env, hint, Math.min(AWS_CLI_DEADLINE_MS, opts.timeoutMs ?? Infinity));
  if (!r.ok && session && CLI_REFUSED.test(r.error.message)) recordRefusal(ctx.paths, session, 'renewal refused', now);
  // No AWS CLI, and we could not renew the token ourselves: why not is the news, not the missing CLI.
  if (!r.ok && cannotRenew && /is not on PATH/.test(r.error.message)) return fail('EXPIRED', ssoTokenUnrenewable(name, cannotRenew), hint);
  return r;
}
