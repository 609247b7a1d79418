// Should the prompt hook start a background login now? Pure: every input is passed in, so each case is a table row.
import type { Decision } from '../aws/expiry.ts';
import { RECENT_FAILURE_MS } from './refresh-plan.ts';

/** One proactive login per profile per window, however many prompts or sessions ask. */
export const PROACTIVE_LOGIN_INTERVAL_MS = 5 * 60_000;

export type AutoLogin =
  /** No autoLoginCmd, or autoLoginMinutes is 0. */
  | { kind: 'off' }
  /** Enabled, but nothing calls for a login now. */
  | { kind: 'idle' }
  | { kind: 'start' }
  /** Someone (this hook earlier, or awsAuthRefresh) holds the profile's login lock. */
  | { kind: 'running'; since: number }
  /** A proactive login started at `startedAt`, less than PROACTIVE_LOGIN_INTERVAL_MS ago. */
  | { kind: 'waiting'; startedAt: number; nextAt: number };

/** The fields of the state file's lastLogin that matter here. */
export interface LoginRecord {
  endedAt: number;
  exitCode: number | null;
  timedOut: boolean;
  expiresBefore: number | null;
  expiresAfter: number | null;
}

export interface ProactiveInput {
  now: number;
  decision: Decision;
  expiresAt: number | null;
  /** The cached STS verdict when the expiry is unknown; false means the credentials were refused. */
  stsValid: boolean | null;
  autoLoginCmd: string;
  autoLoginMinutes: number;
  lastProactiveLoginAt: number | undefined;
  lastLogin: LoginRecord | null;
  /** When the current holder took the login lock, or null when it is free (or stale). */
  lockHeldSince: number | null;
}

export function planProactiveLogin(i: ProactiveInput): AutoLogin {
  if (!i.autoLoginCmd.trim() || i.autoLoginMinutes <= 0) return { kind: 'off' };
  const a = i.decision.action;
  const needed = a === 'login' || a === 'expired' || (a === 'unknown' && i.stsValid === false);
  if (!needed || (a === 'login' && freshFromLogin(i))) return { kind: 'idle' };
  if (i.lockHeldSince !== null) return { kind: 'running', since: i.lockHeldSince };
  const last = i.lastProactiveLoginAt;
  // A timestamp from the future (clock stepped back) must not block logins for hours.
  if (last !== undefined && last <= i.now && i.now - last < PROACTIVE_LOGIN_INTERVAL_MS) {
    return { kind: 'waiting', startedAt: last, nextAt: last + PROACTIVE_LOGIN_INTERVAL_MS };
  }
  const l = i.lastLogin;
  // Whoever ran it, a login that failed seconds ago is not retried at once: that would be a second MFA push the
  // user did not ask for while still reading about the first.
  if (l && (l.exitCode !== 0 || l.timedOut) && l.endedAt <= i.now && i.now - l.endedAt < RECENT_FAILURE_MS) {
    return { kind: 'waiting', startedAt: l.endedAt, nextAt: l.endedAt + RECENT_FAILURE_MS };
  }
  return { kind: 'start' };
}

/**
 * The credentials on disk came from our last login and less than half of their life has passed. Sessions shorter
 * than autoLoginMinutes (1 h sessions, autoLoginMinutes 120) would otherwise land back inside the window and log in
 * every five minutes; this waits until half the fresh session is gone instead.
 */
function freshFromLogin(i: ProactiveInput): boolean {
  const l = i.lastLogin;
  if (!l || l.exitCode !== 0 || l.timedOut || l.expiresAfter === null || i.decision.remainingMs === null) return false;
  if (l.expiresAfter === l.expiresBefore || l.expiresAfter !== i.expiresAt) return false;
  return i.decision.remainingMs > (l.expiresAfter - l.endedAt) / 2;
}
