// Keys for a profile defined in ~/.aws/config, doing ourselves what we can: IAM Identity Center role credentials
// from the CLI's role cache or the portal, a credential_process run directly; the AWS CLI only for the rest (renewing
// an expired SSO access token, role chains, `aws login`). A refused SSO token is recorded: the session is over.
// The export (awsCredentialExport) and a refresh run it; each step's deadline is its adapter's.
import { fail, ok, type Result } from '../../core/errors.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import type { LoadedProfile } from '../../core/aws/profile-snapshot.ts';
import { AWS_CLI_DEADLINE_MS, exportViaAwsCli } from '../../io/aws/aws-cli.ts';
import type { Context } from '../../io/config/context.ts';
import { CREDENTIAL_PROCESS_DEADLINE_MS, runCredentialProcess } from '../../io/aws/credential-process.ts';
import { recordProcessExpiry } from '../../io/aws/process-expiry.ts';
import { fetchSsoRoleCredentials } from '../../io/aws/sso-portal.ts';
import { recordRefusal } from '../../io/aws/sso-session.ts';
import { ssoTokenExpired, ssoTokenRefused } from '../../core/login/login-text.ts';

/** GetRoleCredentials answers in well under a second; Claude Code waits on the export with no limit of its own. */
export const SSO_PORTAL_DEADLINE_MS = 5_000;

// What the AWS CLI says when the SSO sign-in is over (botocore's UnauthorizedSSOTokenError / SSOTokenLoadError).
const CLI_REFUSED = /refresh failed|token has expired|session associated with this profile has expired|UnauthorizedSSOToken/i;

export async function configProfileCredentials(
  ctx: Context,
  p: Extract<LoadedProfile, { kind: 'config' }>,
  env: Record<string, string | undefined>,
  hint: string,
  opts: { now: number; timeoutMs?: number; onStderr?: (line: string) => void },
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
  if (cfg.kind === 'sso' && cfg.sso && cfg.ssoTokenFile) {
    const r = await fetchSsoRoleCredentials(ctx.paths, cfg.sso, p.ssoToken?.text ?? null, env, now, Math.min(SSO_PORTAL_DEADLINE_MS, opts.timeoutMs ?? Infinity));
    if (r.kind === 'creds') return ok(r.creds);
    if (r.kind === 'refused') {
      if (session) recordRefusal(ctx.paths, session, r.reason, now);
      return fail('SSO_PORTAL', ssoTokenRefused(name, r.reason), hint);
    }
    if (r.kind === 'error') return fail('SSO_PORTAL', r.reason, hint);
    if (r.kind === 'unreachable') {
      const viaCli = exportViaAwsCli(name, env, hint, Math.min(AWS_CLI_DEADLINE_MS, opts.timeoutMs ?? Infinity));
      // No AWS CLI either: the portal's silence is the news.
      return viaCli.ok || !/is not on PATH/.test(viaCli.error.message) ? viaCli : fail('SSO_PORTAL', r.reason, hint);
    }
    // Legacy tokens cannot be renewed at all: the token's expiry was the end.
    if (!session) return fail('EXPIRED', ssoTokenExpired(name), hint);
  }
  // Only the AWS CLI can renew an expired access token (or serve role chains and `aws login`).
  const r = exportViaAwsCli(name, env, hint, Math.min(AWS_CLI_DEADLINE_MS, opts.timeoutMs ?? Infinity));
  if (!r.ok && session && CLI_REFUSED.test(r.error.message)) recordRefusal(ctx.paths, session, 'renewal refused', now);
  return r;
}
