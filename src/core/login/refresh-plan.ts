// The decisions of awsAuthRefresh, pure: given what is on disk, the lock, the last login and the clock, what
// next? The entry only carries them out. See docs/login-tools.md for the flow in words.
import type { AppError } from '../errors.ts';
import type { ProfileCredentials } from '../aws/credentials.ts';
import { formatDuration } from '../aws/expiry.ts';
import type { LockState } from './lock-state.ts';

/** Claude Code kills awsAuthRefresh at 180 s; we always finish by this, whatever happens. */
export const RUN_BUDGET_MS = 170_000;
/** Credentials closer than this to expiry are not worth handing back: the retry might already fail. */
export const VALID_MARGIN_MS = 60_000;
/** One STS probe may take this long (and never more than the time left). */
export const STS_PROBE_MS = 4_000;
/** How often a waiting session looks at the credentials file and the lock. */
export const WAIT_POLL_MS = 250;
/** How often a waiting session says it is still waiting. */
export const WAIT_REPORT_MS = 10_000;
/** A login that failed this recently is not retried by the next session: the user must act first. */
export const RECENT_FAILURE_MS = 15_000;

export interface Budget {
  start: number;
  /** Epoch ms by which the run is over. */
  end: number;
  /** Time kept back after the login for checking its result and printing. */
  reserveMs: number;
}

/** `CC_KEEPALIVE_DEADLINE_MS` shortens the run budget (tests; users with a tighter client timeout). */
export function makeBudget(start: number, env: Record<string, string | undefined>): Budget {
  const raw = Number(env.CC_KEEPALIVE_DEADLINE_MS);
  const total = Number.isInteger(raw) && raw >= 1_000 && raw <= RUN_BUDGET_MS ? raw : RUN_BUDGET_MS;
  return { start, end: start + total, reserveMs: Math.min(8_000, Math.floor(total / 10)) };
}

/** How long the login may run if started now: the configured timeout, cut so the whole run still ends in time. */
export function loginTimeoutMs(b: Budget, now: number, loginTimeoutSeconds: number): number {
  return Math.max(0, Math.min(loginTimeoutSeconds * 1000, b.end - b.reserveMs - now));
}

export type DiskState =
  | { kind: 'valid'; expiresAt: number; remainingMs: number }
  | { kind: 'expired'; expiresAt: number; remainingMs: number }
  | { kind: 'unknown'; creds: ProfileCredentials; reason: string }
  | { kind: 'missing'; error: AppError };

/** What the credentials file says right now, with the safety margin applied. */
export function diskState(creds: { ok: true; value: ProfileCredentials } | { ok: false; error: AppError }, now: number): DiskState {
  if (!creds.ok) return { kind: 'missing', error: creds.error };
  const { expiresAt, reason } = creds.value.expiry;
  if (expiresAt === null) return { kind: 'unknown', creds: creds.value, reason };
  const remainingMs = expiresAt - now;
  return remainingMs > VALID_MARGIN_MS ? { kind: 'valid', expiresAt, remainingMs } : { kind: 'expired', expiresAt, remainingMs };
}

/** The part of a recorded login the decisions need (the state file's LastLogin fits). */
export interface LoginOutcome {
  startedAt: number;
  endedAt: number;
  exitCode: number | null;
  timedOut: boolean;
  outputTail: string[];
  /** Who ran it: 'refresh' (a session's awsAuthRefresh), 'hook' (the background login), 'cli'. */
  trigger?: string;
}

const failed = (l: LoginOutcome) => l.timedOut || l.exitCode !== 0;

export type FirstStep =
  | { do: 'done' }
  | { do: 'probe' }
  | { do: 'login' }
  | { do: 'manual'; why: string };

export function firstStep(i: { disk: DiskState; hasAutoLogin: boolean; lastLogin: LoginOutcome | undefined; now: number }): FirstStep {
  if (i.disk.kind === 'valid') return { do: 'done' };
  if (i.disk.kind === 'unknown') return { do: 'probe' };
  return afterProbe(i);
}

/** Once STS could not confirm the credentials (or was not asked). */
export function afterProbe(i: { disk: DiskState; hasAutoLogin: boolean; lastLogin: LoginOutcome | undefined; now: number }): FirstStep {
  if (!i.hasAutoLogin) return { do: 'manual', why: 'no autoLoginCmd is configured' };
  const l = i.lastLogin;
  if (l && failed(l) && i.now - l.endedAt < RECENT_FAILURE_MS && i.now >= l.endedAt) {
    return { do: 'manual', why: `the auto-login failed ${Math.max(1, Math.round((i.now - l.endedAt) / 1000))} s ago (${describeLogin(l)})` };
  }
  return { do: 'login' };
}

export type WaitStep =
  | { do: 'done' }
  | { do: 'wait' }
  | { do: 'acquire' }
  | { do: 'holder-failed'; why: string }
  | { do: 'give-up'; why: string };

export interface WaitInput {
  now: number;
  budget: Budget;
  diskValid: boolean;
  lock: LockState;
  /** When the login we are waiting for began (the lock's startedAt), or when we started waiting. */
  waitingSince: number;
  lastLogin: LoginOutcome | undefined;
}

/** One poll of a session that found another session's login under way. */
export function waitStep(i: WaitInput): WaitStep {
  if (i.diskValid) return { do: 'done' };
  if (i.now >= i.budget.end - i.budget.reserveMs) {
    return { do: 'give-up', why: `the other session's login did not finish within ${Math.round((i.now - i.budget.start) / 1000)} s` };
  }
  if (i.lock.state === 'held') return { do: 'wait' };
  const l = i.lastLogin;
  if (l && l.endedAt >= i.waitingSince) {
    const who = l.trigger === 'hook' ? 'the background auto-login' : l.trigger === 'cli' ? 'the login started with /aws-keepalive login' : 'the auto-login in another session';
    return { do: 'holder-failed', why: failed(l) ? `${who} failed (${describeLogin(l)})` : `${who} finished, but the credentials are still not valid` };
  }
  // The lock is gone and nobody recorded a result: its holder died. Take over.
  return { do: 'acquire' };
}

export function describeLogin(l: LoginOutcome): string {
  const how = l.timedOut ? `timed out after ${Math.round((l.endedAt - l.startedAt) / 1000)} s` : l.exitCode === null ? 'was killed' : `exit code ${l.exitCode}`;
  const last = l.outputTail[l.outputTail.length - 1];
  return last ? `${how}; last output: ${last}` : how;
}

// ── What the user reads. Claude Code shows awsAuthRefresh's stdout lines while it runs. ──

export const refreshedMessage = (remainingMs: number | null): string =>
  remainingMs === null
    ? 'Credentials refreshed (confirmed by STS; the login tool records no expiry). Retrying…'
    : `Credentials refreshed (valid for ${formatDuration(remainingMs)}). Retrying…`;

export const waitingMessage = (pid: number | null, elapsedMs: number, trigger?: string): string =>
  `waiting for the ${trigger === 'hook' ? 'auto-login started in the background' : trigger === 'cli' ? 'login started with /aws-keepalive login' : 'login started by another session'}${
    pid ? ` (pid ${pid})` : ''
  }, ${Math.round(elapsedMs / 1000)} s…`;

/**
 * Two lines, the fix last: Claude Code's "Cloud authentication" box shows only the tail of our output
 * (about five lines), and it stays on screen after the refresh fails.
 */
export function manualMessage(i: { profile: string; disk: DiskState; why: string; loginHint: string }): string[] {
  const d = i.disk;
  const state =
    d.kind === 'missing'
      ? d.error.message
      : d.kind === 'unknown'
        ? `the credentials of AWS profile "${i.profile}" could not be confirmed (no expiry recorded)`
        : d.remainingMs <= 0
          ? `AWS credentials for profile "${i.profile}" expired ${formatDuration(-d.remainingMs)} ago`
          : `AWS credentials for profile "${i.profile}" expire in under a minute`;
  return [`${state}; ${i.why}.`, `To continue, in another terminal ${i.loginHint} — Claude Code retries on your next message.`];
}
