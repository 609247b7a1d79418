// May a login we start on the user's behalf run now? Pure: the profile's record of failed sign-ins and the clock
// come in, a yes or a no with its reason and the next chance go out. One record per profile in the state file,
// shared by every session and entry (prompt hook, awsAuthRefresh, /aws-keepalive login), so no path around it.
import type { FailureKind, LoginFailure } from './login-failure.ts';

/** Corporate directories lock an account after a handful of failed sign-ins (often 5–10 in 15–30 min): stay well under. */
export const MAX_FAILED_SIGN_INS = 3;
export const FAILURE_WINDOW_MS = 60 * 60_000;
/** After the 1st, 2nd, 3rd+ transient failure in a row: a network blip heals in minutes, a slow IdP outage in an hour. */
export const BACKOFF_MS = [5 * 60_000, 15 * 60_000, 45 * 60_000] as const;
/** Never a retry sooner than this, even when the expiry is closer than the backoff: one failure, one pause. */
export const MIN_RETRY_MS = 60_000;
/** A retry lands this long before the expiry at the latest, so the last try can still save the session. */
const BEFORE_EXPIRY_MS = 2 * 60_000;

export type BackgroundLogin = 'auto' | 'once' | 'off';

/** What the state file keeps (io/system/state-file.ts stores it as `guard`). */
export interface LoginGuard {
  /** When each failed sign-in of the last FAILURE_WINDOW_MS ended, any entry, any session. */
  failedAt: number[];
  /** The last failure: about the credentials `mark` and the command `cmd` (a new key or a new command is the user acting). */
  last?: LoginFailure & { at: number; trigger: string; mark: string; cmd: string; streak: number; nextAt: number | null };
  /** Background starts for the credentials `mark`: "once" allows one per expiry. */
  starts?: { mark: string; count: number };
}

/**
 * What identifies "this expiry": the expiry on disk, or the key's fingerprint when the tool records none. A login
 * that writes new keys, or the user's own login in another terminal, changes it.
 */
export const credentialsMark = (expiresAt: number | null, keyFingerprint: string | null): string =>
  expiresAt !== null ? `exp:${expiresAt}` : keyFingerprint ? `key:${keyFingerprint}` : 'none';

export type Gate =
  | { go: true }
  /** nextAt null: no further try until the user acts. */
  | { go: false; why: string; nextAt: number | null; kind: FailureKind | 'ceiling' | 'once' | 'off' };

const recent = (g: LoginGuard, now: number) => g.failedAt.filter((t) => t <= now && now - t < FAILURE_WINDOW_MS);

/** The failure recorded for these credentials and this command, or null (anything else means the user acted). */
export function currentFailure(g: LoginGuard | undefined, mark: string, cmd: string): LoginGuard['last'] | null {
  const l = g?.last;
  return l && l.mark === mark && l.cmd === cmd ? l : null;
}

function ceiling(g: LoginGuard, now: number): Gate | null {
  const r = recent(g, now);
  if (r.length < MAX_FAILED_SIGN_INS) return null;
  const nextAt = Math.min(...r) + FAILURE_WINDOW_MS;
  return { go: false, kind: 'ceiling', nextAt, why: `${r.length} failed sign-ins in the last hour (at most ${MAX_FAILED_SIGN_INS}, so your directory never locks the account)` };
}

/** The prompt hook's background login. */
export function backgroundGate(g: LoginGuard | undefined, i: { now: number; mark: string; cmd: string; mode: BackgroundLogin }): Gate {
  if (i.mode === 'off') return { go: false, kind: 'off', nextAt: null, why: 'backgroundLogin is "off"' };
  const guard = g ?? { failedAt: [] };
  const last = currentFailure(guard, i.mark, i.cmd);
  if (last && last.kind !== 'transient') return { go: false, kind: last.kind, nextAt: null, why: 'no further background try for these credentials until you act' };
  const c = ceiling(guard, i.now);
  if (c) return c;
  if (last && last.nextAt !== null && i.now < last.nextAt) return { go: false, kind: 'transient', nextAt: last.nextAt, why: 'backing off after a temporary failure' };
  if (i.mode === 'once' && guard.starts?.mark === i.mark && guard.starts.count >= 1) {
    return { go: false, kind: 'once', nextAt: null, why: 'backgroundLogin "once": one background start per expiry, already made' };
  }
  return { go: true };
}

/**
 * awsAuthRefresh (a 403: the user is already blocked, and present): after a refused sign-in it answers at once
 * instead of repeating it for every 403; after a temporary failure, or a login that needed the person (a browser tab
 * nobody clicked while they were away), it may run again: they are here now.
 */
export function refreshGate(g: LoginGuard | undefined, i: { now: number; mark: string; cmd: string }): Gate {
  const guard = g ?? { failedAt: [] };
  const last = currentFailure(guard, i.mark, i.cmd);
  if (last && last.kind === 'auth') return { go: false, kind: last.kind, nextAt: null, why: 'not repeated until you act' };
  return ceiling(guard, i.now) ?? { go: true };
}

/** A background start, counted per expiry for "once". */
export function noteStart(g: LoginGuard | undefined, mark: string): LoginGuard {
  const guard = g ?? { failedAt: [] };
  const count = guard.starts?.mark === mark ? guard.starts.count + 1 : 1;
  return { ...guard, starts: { mark, count } };
}

/** A failed login: counted toward the ceiling; a transient one schedules the next try, never past the expiry. */
export function noteFailure(
  g: LoginGuard | undefined,
  f: LoginFailure,
  i: { now: number; trigger: string; mark: string; cmd: string; expiresAt: number | null },
): LoginGuard {
  const guard = g ?? { failedAt: [] };
  const prev = currentFailure(guard, i.mark, i.cmd);
  const streak = prev && prev.kind === 'transient' && f.kind === 'transient' ? prev.streak + 1 : 1;
  let nextAt: number | null = null;
  if (f.kind === 'transient') {
    nextAt = i.now + BACKOFF_MS[Math.min(streak, BACKOFF_MS.length) - 1]!;
    // Before the expiry the last try still lands in time to save the session; after it, the full step holds.
    if (i.expiresAt !== null && i.expiresAt > i.now) nextAt = Math.min(nextAt, Math.max(i.now + MIN_RETRY_MS, i.expiresAt - BEFORE_EXPIRY_MS));
  }
  return {
    ...guard,
    failedAt: [...recent(guard, i.now), i.now],
    last: { ...f, at: i.now, trigger: i.trigger, mark: i.mark, cmd: i.cmd, streak, nextAt },
  };
}

/** A login that produced good credentials: the directory's counter resets on a successful sign-in, so does ours. */
export const noteSuccess = (): LoginGuard => ({ failedAt: [] });

/** The user acted (`/aws-keepalive login`, `setup`): background logins may try again; the ceiling still counts. */
export function userActed(g: LoginGuard | undefined): LoginGuard {
  const guard = g ?? { failedAt: [] };
  return { failedAt: guard.failedAt };
}

/** The mode in force: the config's, else "once" for a login that opens a browser or waits on MFA, else "auto". */
export function backgroundMode(configured: string, challenge: 'browser' | 'push' | null): BackgroundLogin {
  if (configured === 'auto' || configured === 'once' || configured === 'off') return configured;
  return challenge ? 'once' : 'auto';
}

/** What status and doctor show: the failure for these credentials, and the failed sign-ins of the last hour. */
export interface GuardSummary {
  failure: (LoginFailure & { at: number; trigger: string; nextAt: number | null }) | null;
  failedLastHour: number;
  /** Set while the ceiling holds background and awsAuthRefresh logins back. */
  ceilingUntil: number | null;
}

export function guardSummary(g: LoginGuard | undefined, i: { now: number; mark: string; cmd: string }): GuardSummary {
  const guard = g ?? { failedAt: [] };
  const l = currentFailure(guard, i.mark, i.cmd);
  const c = ceiling(guard, i.now);
  return {
    failure: l ? { kind: l.kind, line: l.line, at: l.at, trigger: l.trigger, nextAt: l.kind === 'transient' ? l.nextAt : null } : null,
    failedLastHour: recent(guard, i.now).length,
    ceilingUntil: c && !c.go ? c.nextAt : null,
  };
}
