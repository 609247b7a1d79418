// `/aws-keepalive status`: what we manage, where each fact came from, and whether Claude Code is wired to us.
// Pure: the facts are gathered by flows/status/status-facts.ts.
import type { AppError } from '../errors.ts';
import type { Config } from '../../schemas/config.ts';
import { displayCommand } from '../settings/command-path.ts';
import { decideExpiry, formatDuration, type Expiry } from '../aws/expiry.ts';
import type { LockState } from '../login/lock-state.ts';
import { MAX_FAILED_SIGN_INS, type GuardSummary } from '../login/login-guard.ts';
import { kindText } from '../login/login-failure.ts';
import { describeProfileSource, type ProfileChoice } from '../aws/profile.ts';
import { describeWireState, type WireState, type WiredKey } from '../settings/wiring.ts';

export interface ProfileFacts {
  kind: 'file' | 'config';
  /** ~/.aws/credentials, or ~/.aws/config for profiles the AWS CLI serves. */
  file: string;
  /** For config profiles: sso, login, process, role. */
  configKind: string | null;
  /** For SSO profiles: an `sso-session` (renewing token, estimated end) or a legacy profile (the token's own expiry). */
  ssoSession?: string | null;
  expiry: Expiry;
}

export interface LoginFacts {
  trigger: 'refresh' | 'hook' | 'cli';
  startedAt: number;
  endedAt: number;
  exitCode: number | null;
  timedOut: boolean;
  outputTail: string[];
}

export interface StatusFacts {
  now: number;
  version: string;
  /** This plugin directory. */
  root: string;
  profile: ProfileChoice;
  config: Config;
  /** null: no config file, defaults in use. */
  configFile: string | null;
  configPath: string;
  configWarnings: string[];
  /** What warnings tell the user to run: `run: <loginCmd>`, the command the profile's kind implies, or where to set it. */
  loginHint?: string;
  /** Set when the profile we export is not the AWS_PROFILE Claude Code itself sees (core/settings/profile-mismatch.ts). */
  profileNote?: string | null;
  source: { ok: true; value: ProfileFacts } | { ok: false; error: AppError };
  /** The last STS verdict for the keys on disk, if one is recorded. */
  sts: { checkedAt: number; valid: boolean; reason: string } | null;
  lastLogin: LoginFacts | null;
  /** Failed sign-ins and the failure for the credentials on disk (core/login/login-guard.ts). */
  guard?: GuardSummary;
  lock: LockState;
  settingsFile: string;
  settings: { state: 'missing' } | { state: 'invalid'; problem: string } | { state: 'ok' };
  wires: { key: WiredKey; state: WireState; command: string | null }[];
}

const ago = (now: number, t: number) => (now - t < 60_000 ? 'just now' : `${formatDuration(now - t)} ago`);

export function describeExpirySource(e: Expiry): string {
  switch (e.source.kind) {
    case 'field':
      return `field ${e.source.name}`;
    case 'comment':
      return 'the "# Expires:" comment';
    case 'derived':
      return e.source.what;
    case 'none':
      return 'unknown';
  }
}

/** The failed login for these credentials (kind, the tool's line, next try, the fix) and the hourly count. */
export function describeGuard(g: GuardSummary, now: number): string[] {
  const out: string[] = [];
  const f = g.failure;
  if (f) {
    const by = f.trigger === 'refresh' ? 'awsAuthRefresh' : f.trigger === 'hook' ? 'background login' : '/aws-keepalive login';
    // Only a temporary failure is tried again by itself; the ceiling can only delay that try.
    const next =
      f.kind !== 'transient' ? 'no further background try until you act'
      : g.ceilingUntil !== null ? `next try ${inTime(now, Math.max(g.ceilingUntil, f.nextAt ?? 0))}`
      : f.nextAt !== null ? `next try ${inTime(now, f.nextAt)}`
      : 'no further background try until you act';
    out.push(`login failed (${kindText(f.kind)})${f.line ? `: "${f.line}"` : ''} — ${by}, ${ago(now, f.at)}; ${next}`);
    out.push('  → once the cause is fixed: /aws-keepalive login (/aws-keepalive login --test shows the failure in the open)');
  }
  if (g.failedLastHour > 0) {
    out.push(`sign-ins     ${g.failedLastHour} failed in the last hour (at most ${MAX_FAILED_SIGN_INS})${g.ceilingUntil !== null ? `; automatic logins resume ${inTime(now, g.ceilingUntil)}` : ''}`);
  }
  return out;
}

const inTime = (now: number, t: number) => (t <= now ? 'now' : `in ${formatDuration(Math.max(t - now, 60_000))}`);

export function describeLastLogin(l: LoginFacts, now: number): string {
  const by = l.trigger === 'refresh' ? 'awsAuthRefresh' : l.trigger === 'hook' ? 'background auto-login' : '/aws-keepalive login';
  const secs = Math.round((l.endedAt - l.startedAt) / 1000);
  const result = l.timedOut ? `timed out after ${secs} s` : l.exitCode === 0 ? `succeeded in ${secs} s` : l.exitCode === null ? 'was stopped' : `failed (exit code ${l.exitCode})`;
  const last = l.exitCode !== 0 ? l.outputTail[l.outputTail.length - 1] : undefined;
  return `${ago(now, l.endedAt)} by ${by}: ${result}${last ? ` — last output: ${last}` : ''}`;
}

export function describeLock(l: LockState, now: number): string {
  if (l.state === 'free') return 'free';
  const who = l.holder ? `pid ${l.holder.pid}, since ${ago(now, l.holder.startedAt)}` : l.reason;
  return l.state === 'held' ? `a login is running (${who})` : `stale (${l.reason}); the next login takes it over`;
}

/** Expiry in words: time left and where we read it, or why it is unknown and what STS last said. */
export function describeExpiry(f: StatusFacts): string {
  if (!f.source.ok) return `unknown — ${f.source.error.message}`;
  const e = f.source.value.expiry;
  if (e.expiresAt !== null) {
    const d = decideExpiry({ now: f.now, expiresAt: e.expiresAt, warnMinutes: f.config.warnMinutes, autoLoginMinutes: f.config.autoLoginMinutes, hasAutoLogin: f.config.autoLoginCmd.trim() !== '' });
    const when = new Date(e.expiresAt).toISOString().replace(/\.\d+Z$/, 'Z');
    const about = e.estimate ? '≈' : '';
    const left = d.action === 'expired' ? `${e.estimate ? 'probably ' : ''}EXPIRED ${about}${formatDuration(-d.remainingMs!)} ago` : `${about}${formatDuration(d.remainingMs!)} left`;
    return `${left} (${when}, from ${describeExpirySource(e)})`;
  }
  const sts = f.sts ? `; STS said ${f.sts.valid ? 'valid' : 'NOT valid'} ${ago(f.now, f.sts.checkedAt)}` : '';
  return `unknown — ${e.reason}${sts}`;
}

/** Where a config profile's keys come from, in words. */
export function describeConfigKind(kind: string | null, ssoSession?: string | null): string {
  switch (kind) {
    case null:
      return '';
    case 'sso':
      return ssoSession !== undefined && ssoSession !== null
        ? `IAM Identity Center sso-session "${ssoSession}": role credentials from the CLI cache or the portal, the AWS CLI only to renew the token`
        : 'legacy IAM Identity Center profile: role credentials from the CLI cache or the portal';
    case 'process':
      return 'credential_process, run by the export';
    case 'login':
      return 'aws login, keys via the AWS CLI';
    default:
      return `${kind} profile, via the AWS CLI`;
  }
}

export function renderStatus(f: StatusFacts): string[] {
  const src = f.source.ok
    ? `${f.source.value.file}${f.source.value.configKind ? ` (${describeConfigKind(f.source.value.configKind, f.source.value.ssoSession)})` : ''}`
    : '—';
  const lines = [
    `cc-aws-keepalive ${f.version}`,
    `  profile      ${f.profile.name} (${f.profile.source === 'default' ? 'none set in CC_KEEPALIVE_PROFILE, config "profile" or AWS_PROFILE' : `from ${describeProfileSource(f.profile)}`})`,
    ...(f.profileNote ? [`  ! ${f.profileNote}`] : []),
    `  credentials  ${src}`,
    `  expiry       ${describeExpiry(f)}`,
    ...(f.loginHint ? [`  login        ${f.loginHint.replace(/^run: /, '')}`] : []),
    `  auto-login   ${f.config.autoLoginCmd.trim() ? `${displayCommand(f.config.autoLoginCmd.trim())} (within ${f.config.autoLoginMinutes} min of expiry)` : 'off (autoLoginCmd not set)'}`,
    `  last login   ${f.lastLogin ? describeLastLogin(f.lastLogin, f.now) : 'none recorded'}`,
    ...(f.guard ? describeGuard(f.guard, f.now).map((l) => `  ${l}`) : []),
    `  login lock   ${describeLock(f.lock, f.now)}`,
    `  config       ${f.configFile ?? `none, defaults in use (create ${f.configPath})`}${f.configWarnings.length ? ` — ${f.configWarnings.length} problem(s), see doctor` : ''}`,
  ];
  if (f.settings.state !== 'ok') {
    lines.push(`  settings     ${f.settings.state === 'missing' ? `${f.settingsFile} does not exist — run /aws-keepalive setup` : f.settings.problem}`);
  } else {
    lines.push(`  settings     ${f.settingsFile}`);
    for (const w of f.wires) lines.push(`    ${w.key.padEnd(21)}${describeWireState(w.state)}`);
  }
  if (f.wires.some((w) => w.key !== 'statusLine' && w.state.state !== 'current')) lines.push('  → run /aws-keepalive setup to wire this version (or /aws-keepalive doctor for details)');
  return lines;
}
