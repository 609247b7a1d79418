// What the user reads about logging in, built from facts the flows and adapters return: the re-login instruction
// and the lines awsAuthRefresh prints around a login it runs (Claude Code shows them in its authentication box).
import { formatDuration } from '../aws/expiry.ts';
import { kindText } from './login-failure.ts';
import type { Gate, LoginGuard } from './login-guard.ts';

/**
 * The re-login instruction we show: the user's own loginCmd when set, else the command the profile's kind
 * implies (`aws sso login` for SSO profiles), else where to set it.
 */
export function loginHint(i: { loginCmd: string; fallbackCmd: string | null; profile: string; configFile: string }): string {
  const cmd = i.loginCmd.trim() || i.fallbackCmd;
  if (cmd) return `run: ${cmd}`;
  return `log in again for AWS profile "${i.profile}" (set "loginCmd" in ${i.configFile} to show the exact command here)`;
}

export const ssoTokenExpired = (profile: string): string => `the SSO token of profile "${profile}" has expired`;
/** Expired, and neither we (the reason) nor an AWS CLI (none on PATH) can renew it: a new sign-in is the way. */
export const ssoTokenUnrenewable = (profile: string, reason: string): string => `the SSO token of profile "${profile}" has expired and cannot be renewed here (${reason})`;

export const ssoTokenRefused = (profile: string, reason: string): string =>
  `IAM Identity Center refused the SSO token of profile "${profile}" (${reason}): the sign-in has ended`;
/** IAM Identity Center's OIDC refused our renewal: the sso-session is over (issue 19). */
export const ssoRenewalRefused = (profile: string, reason: string, session: string): string =>
  `IAM Identity Center refused to renew the SSO token of profile "${profile}" (${reason}): the sign-in has ended — run aws sso login --sso-session ${session}`;
/** Another session holds the renewal of this sso-session's token past our wait. */
export const ssoRenewalBusy = (session: string): string => `another session is renewing the SSO token of sso-session "${session}"`;
/** Where a region came from, for a message about it: the ~/.aws/config line. */
export const regionSource = (regionAt: string, awsConfig: string): string => `${regionAt} in ${awsConfig}`;

/** `/aws-keepalive login` from the prompt hook: the login goes on in the background, or why it cannot. */
export const backgroundLogin = {
  noAutoLogin: (configFile: string, manualCmd: string | null): string =>
    `cc-aws-keepalive: autoLoginCmd is not set in ${configFile}${manualCmd ? ` — log in from a terminal: ${manualCmd}` : ''}`,
  notStarted: (reason: string): string => `cc-aws-keepalive: could not start the login (${reason})`,
  started: 'Login started in the background (autoLoginCmd) — approve MFA if your login tool asks; /aws-keepalive status shows how it went.',
  /** The detached run itself could not be made (io/login/login-runner.ts). */
  detachFailed: (error: string): string => `could not start the background login: ${error}`,
  noNode: 'could not start node',
};

export const tookOverLock = (why: string): string => `Took over the login lock (${why}).`;

export const loginStarting = (profile: string, timeoutMs: number): string =>
  `Credentials for AWS profile "${profile}" are not valid; running autoLoginCmd (up to ${Math.round(timeoutMs / 1000)} s)…`;

/** What the login runner reports of a finished (or failed) autoLoginCmd. */
export interface LoginOutcome {
  spawnError: string | null;
  timedOut: boolean;
  /** null when stopped by a signal. */
  exitCode: number | null;
  durationMs: number;
}

/** Why the credentials are still not usable after autoLoginCmd ran; `unconfirmed`: why STS could not confirm new keys. */
export function loginFailure(r: LoginOutcome, unconfirmed: string | null): string {
  if (r.spawnError) return `autoLoginCmd could not be started (${r.spawnError})`;
  if (r.timedOut) return `autoLoginCmd did not finish within ${Math.round(r.durationMs / 1000)} s and was stopped`;
  if (r.exitCode === null) return 'autoLoginCmd was stopped';
  if (r.exitCode !== 0) return `autoLoginCmd failed (exit code ${r.exitCode})`;
  return `autoLoginCmd finished, but ${unconfirmed ? `the new credentials could not be confirmed (${unconfirmed})` : 'the credentials are still not valid'}`;
}

/** Why no login is run now, with the tool's line and what the user can do. */
export function blockedWhy(gate: Exclude<Gate, { go: true }>, guard: LoginGuard | undefined, now: number): string {
  const last = guard?.last;
  const what = last ? `the last login failed (${kindText(last.kind)}${last.line ? `: "${last.line}"` : ''})` : 'automatic logins are paused';
  const when = gate.nextAt !== null && gate.nextAt > now ? `; automatic logins resume in ${formatDuration(Math.max(gate.nextAt - now, 60_000))}` : '';
  return `${what}; ${gate.why}${when} — fix it, then /aws-keepalive login (/aws-keepalive login --test shows the failure)`;
}
