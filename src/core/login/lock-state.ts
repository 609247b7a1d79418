// Is a login lock held, free, or stale (safe to take over)? Pure: the file's text, its age, the clock and a
// liveness check are passed in, so every case is a table test.

export interface LockRecord {
  pid: number;
  host: string;
  profile: string;
  /** Epoch ms when the holder took the lock. */
  startedAt: number;
  /** Epoch ms after which the holder has given up (its login was killed); past it the lock is stale. */
  deadline: number;
  /** Random per-acquisition id, so a holder only ever deletes its own lock. */
  nonce: string;
  /** What started the login ('refresh', 'hook', 'cli'), for the waiting message; absent in older records. */
  trigger?: string;
}

export type LockState =
  | { state: 'free' }
  | { state: 'held'; holder: LockRecord | null; reason: string }
  | { state: 'stale'; holder: LockRecord | null; reason: string };

export interface LockInput {
  /** File content, or null when there is no lock file. */
  text: string | null;
  /** now − the file's mtime, in ms: a just-created file may still be empty. */
  ageMs: number;
  now: number;
  host: string;
  isAlive: (pid: number) => boolean;
}

/** A creator writes its record right after the exclusive create; an unreadable file younger than this is "being written". */
export const LOCK_WRITE_GRACE_MS = 2_000;
/** Clocks of processes on one machine agree; this only absorbs rounding and clock steps. */
export const LOCK_FUTURE_SKEW_MS = 5_000;
/** No login may hold a lock longer than Claude Code lets awsAuthRefresh run (180 s); beyond it the record is nonsense. */
export const LOCK_MAX_SPAN_MS = 180_000;

export function parseLockRecord(text: string): LockRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof raw !== 'object' || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const int = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v);
  if (!int(r.pid) || r.pid <= 0 || !int(r.startedAt) || !int(r.deadline)) return null;
  if (typeof r.host !== 'string' || typeof r.profile !== 'string' || typeof r.nonce !== 'string') return null;
  const rec: LockRecord = { pid: r.pid, host: r.host, profile: r.profile, startedAt: r.startedAt, deadline: r.deadline, nonce: r.nonce };
  if (typeof r.trigger === 'string') rec.trigger = r.trigger;
  return rec;
}

export function decideLockState(i: LockInput): LockState {
  if (i.text === null) return { state: 'free' };
  const holder = parseLockRecord(i.text);
  if (!holder) {
    return i.ageMs < LOCK_WRITE_GRACE_MS
      ? { state: 'held', holder: null, reason: 'lock file is being written' }
      : { state: 'stale', holder: null, reason: 'lock file is unreadable' };
  }
  if (holder.startedAt > i.now + LOCK_FUTURE_SKEW_MS) {
    return { state: 'stale', holder, reason: `lock start time is ${Math.round((holder.startedAt - i.now) / 1000)} s in the future` };
  }
  if (holder.deadline - holder.startedAt > LOCK_MAX_SPAN_MS || holder.deadline < holder.startedAt) {
    return { state: 'stale', holder, reason: 'lock deadline is out of range' };
  }
  if (i.now > holder.deadline) {
    return { state: 'stale', holder, reason: `holder (pid ${holder.pid}) is ${Math.round((i.now - holder.deadline) / 1000)} s past its deadline` };
  }
  // A pid on another machine (shared home directory) cannot be checked; its deadline still bounds it.
  if (holder.host === i.host && !i.isAlive(holder.pid)) {
    return { state: 'stale', holder, reason: `holder (pid ${holder.pid}) is no longer running` };
  }
  return { state: 'held', holder, reason: `held by pid ${holder.pid} on ${holder.host}` };
}

/** Why a lock reads as held or stale, when the adapter finds it so before judging its content. */
export const lockReason = {
  takingOver: 'another session is taking over a stale lock',
  changingHands: 'lock keeps changing hands',
  unreadable: (file: string, code: string): string => `cannot read ${file} (${code})`,
  notAFile: (file: string): string => `${file} is not a lock file (a directory or other non-file)`,
};
