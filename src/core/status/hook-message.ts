// What the prompt hook says: one line for the user's screen and a terse note for the model, or nothing when the
// session is healthy. Pure: the decision, the auto-login plan and the last login's outcome come in.
import { formatDuration, type Decision } from '../aws/expiry.ts';
import type { AutoLogin, LoginRecord } from '../login/proactive-plan.ts';
import { kindText, type FailureKind } from '../login/login-failure.ts';

export interface LoginOutcome extends LoginRecord {
  durationMs: number;
  /** Last output lines, already stripped of ANSI and secrets by the login runner. */
  outputTail: string[];
}

/** The plan after the entry acted on it: 'start' became 'started' or 'start-failed'. */
export type AutoLoginOutcome =
  | Exclude<AutoLogin, { kind: 'start' }>
  | { kind: 'started' }
  | { kind: 'start-failed'; reason: string }
  /** The plan said start, the profile's failed sign-ins said no (core/login/login-guard.ts); nextAt null: until the user acts. */
  | { kind: 'held'; why: string; nextAt: number | null };

export interface HookSituation {
  now: number;
  profile: string;
  decision: Decision;
  /** Current expiry on disk (epoch ms) or null. */
  expiresAt: number | null;
  /** The expiry is an estimate (IAM Identity Center session length from the sign-in time). */
  estimate?: boolean;
  /** Fresh cached STS verdict, consulted only when the expiry is unknown. */
  sts: { valid: boolean; checkedAt: number; reason: string } | null;
  autoLogin: AutoLoginOutcome;
  lastLogin: LoginOutcome | null;
  /** The last login for the credentials on disk failed: why (its kind and the tool's line) and when the next try is. */
  loginFailure?: { kind: FailureKind; line: string; nextAt: number | null } | null;
  /** `run: <loginCmd>`, or where to set loginCmd. */
  loginHint: string;
  /** Config problems (one line each, naming the file): a broken config is never silent. */
  configWarnings: string[];
}

export interface HookMessages {
  /** Shown in the interactive UI as `UserPromptSubmit says: …`. */
  user: string | null;
  /** Added to the model's context, the only channel that reaches `claude -p` users. */
  model: string | null;
}

// Without an expiry to compare, a failed login older than this is history, not news.
const UNKNOWN_EXPIRY_RELEVANCE_MS = 30 * 60_000;
const FORCE_HINT =
  'many login tools do nothing while the old session is still valid, so add their force flag to autoLoginCmd (saml2aws login --force, aws-azure-login --force-refresh)';

export function hookMessages(s: HookSituation): HookMessages {
  const notes = s.configWarnings.map((w) => `cc-aws-keepalive: ${w}`);
  const head = describeState(s);
  if (!head) return { user: notes.length ? notes.join('\n') : null, model: null };
  const remedy = describeRemedy(s);
  return {
    user: [`${head} — ${remedy}`, ...notes].join('\n'),
    model: `cc-aws-keepalive notice for the user (not a task): ${head}; ${remedy}.`,
  };
}

function describeState(s: HookSituation): string | null {
  const who = `AWS session (profile ${s.profile})`;
  const { action, remainingMs } = s.decision;
  // Inside the auto-login window but the credentials are our own fresh login's: nothing to say yet.
  if (action === 'login' && s.autoLogin.kind === 'idle') return null;
  const est = s.estimate ? ' (estimated from the IAM Identity Center sign-in time and ssoSessionHours)' : '';
  if ((action === 'warn' || action === 'login') && remainingMs !== null) return `${who} expires in ${s.estimate ? '≈' : ''}${formatDuration(remainingMs)}${est}`;
  if (action === 'expired' && remainingMs !== null) return `${who} ${s.estimate ? 'has probably expired, ≈' : 'expired '}${formatDuration(-remainingMs)} ago${est}`;
  if (action === 'unknown' && s.sts && !s.sts.valid) return `${who} was refused by AWS ${ago(s.now - s.sts.checkedAt)} (${s.sts.reason})`;
  return null;
}

function describeRemedy(s: HookSituation): string {
  // Once expired, Claude Code's next request fails, awsAuthRefresh runs and waits for (or runs) the login.
  const recovery =
    s.decision.action === 'expired' || s.decision.action === 'unknown'
      ? '; Claude Code then picks up the new credentials through awsAuthRefresh, no restart needed'
      : '';
  const failed = relevantFailure(s);
  const a = s.autoLogin;
  const lf = s.loginFailure;
  if (lf && a.kind !== 'started' && a.kind !== 'running') {
    const nextAt = a.kind === 'held' ? a.nextAt : lf.kind === 'transient' ? lf.nextAt : null;
    const next = nextAt !== null && nextAt > s.now ? `next try in ${formatDuration(Math.max(nextAt - s.now, 60_000))}` : nextAt !== null ? 'next try on your next message' : 'no further background try until you act';
    const line = lf.line ? `: "${lf.line.length > 120 ? `${lf.line.slice(0, 120)}…` : lf.line}"` : '';
    // A browser or device-code sign-in has nothing to fix: it only needs the person.
    const fix = lf.kind === 'user' ? 'it needs you: run /aws-keepalive login' : 'fix it, then /aws-keepalive login (/aws-keepalive login --test shows the failure)';
    return `background login failed (${kindText(lf.kind)}${line}); ${next} — ${fix}, or ${s.loginHint}${recovery}`;
  }
  switch (a.kind) {
    case 'held':
      return `auto-login paused (${a.why})${a.nextAt !== null ? `; next try in ${formatDuration(Math.max(a.nextAt - s.now, 60_000))}` : ''} — ${s.loginHint}${recovery}`;
    case 'started':
      return `auto-login started in the background${failed ? ` (the previous one ${failed})` : ''}${recovery}`;
    case 'running':
      return `auto-login in progress (started ${ago(s.now - a.since)})${recovery}`;
    case 'waiting': {
      const retry = `next try in ${formatDuration(Math.max(a.nextAt - s.now, 60_000))}`;
      const outcome = s.lastLogin && s.lastLogin.endedAt >= a.startedAt ? s.lastLogin : null;
      if (failed) return `auto-login ${failed}; ${retry} — or ${s.loginHint}${recovery}`;
      if (outcome && expiryDidNotMove(s)) return `auto-login ran but the expiry did not move: ${FORCE_HINT} — or ${s.loginHint}${recovery}`;
      return `auto-login started ${ago(s.now - a.startedAt)}; ${retry} — or ${s.loginHint}${recovery}`;
    }
    case 'start-failed':
      return `could not start auto-login (${a.reason}) — ${s.loginHint}${recovery}`;
    case 'off':
    case 'idle':
      return `${failed ? `auto-login ${failed} — ` : ''}${s.loginHint}${recovery}`;
  }
}

/** `failed (exit 1 after 45s: "MFA denied")` when the last login failed for the credentials now on disk. */
function relevantFailure(s: HookSituation): string | null {
  const l = s.lastLogin;
  if (!l || (l.exitCode === 0 && !l.timedOut)) return null;
  const sameCreds = s.expiresAt !== null ? l.expiresBefore === s.expiresAt : s.now - l.endedAt < UNKNOWN_EXPIRY_RELEVANCE_MS;
  if (!sameCreds) return null;
  const what = l.timedOut ? `timed out after ${seconds(l.durationMs)}` : `exit ${l.exitCode ?? 'by signal'} after ${seconds(l.durationMs)}`;
  const last = l.outputTail.filter((x) => x.trim()).pop();
  return `failed (${what}${last ? `: "${last.length > 100 ? `${last.slice(0, 100)}…` : last}"` : ''})`;
}

/** A login that "succeeded" but left the same expiry in the file: the tool skipped because the session was valid. */
function expiryDidNotMove(s: HookSituation): boolean {
  const l = s.lastLogin;
  return !!l && l.exitCode === 0 && !l.timedOut && l.expiresBefore !== null && l.expiresAfter === l.expiresBefore && s.expiresAt === l.expiresAfter;
}

const seconds = (ms: number) => (ms < 60_000 ? `${Math.max(1, Math.round(ms / 1000))}s` : formatDuration(ms));
const ago = (ms: number) => (ms < 60_000 ? `${Math.max(0, Math.round(ms / 1000))}s ago` : `${formatDuration(ms)} ago`);
