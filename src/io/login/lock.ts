// The per-profile login lock `<stateDir>/<profileStem>.lock`: at most one auto-login per profile on this machine,
// however many Claude Code sessions hit an expired token at once.
//
// Taking over a stale lock is itself serialised by a short-lived `<lock>.break` file: without it, two sessions
// could both judge the same lock stale, and the second would delete the lock the first had just created.
// Whether a lock found there is held, stale or free is the caller's judge (core/login/lock-state.ts, given by
// flows/login/login-lock.ts): this file only creates, reads and deletes.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { lockReason, type LockInput, type LockRecord, type LockState } from '../../core/login/lock-state.ts';
import { profileStem } from '../../core/aws/profile.ts';
import type { Paths } from '../system/paths.ts';
import { readOwnText } from '../system/safe-read.ts';

export type { LockRecord, LockState } from '../../core/login/lock-state.ts';

/** What a lock file's content, age and holder mean (core/login/lock-state.ts decideLockState). */
export type LockJudge = (i: LockInput) => LockState;

export type AcquireResult =
  | {
      acquired: true;
      record: LockRecord;
      /** Why the previous lock was taken over, when it was. */
      tookOver: string | null;
      /** Deletes the lock if it is still ours. Safe to call twice. */
      release(): void;
    }
  | { acquired: false; lock: LockState & { state: 'held' } };

// A breaker only re-reads and deletes one file; a .break file older than this belongs to a crashed breaker.
const BREAK_STALE_MS = 10_000;
/** A lock record is one short JSON line. */
const MAX_LOCK_BYTES = 64 * 1024;

export function lockPath(paths: Pick<Paths, 'stateDir'>, profile: string): string {
  return join(paths.stateDir, `${profileStem(profile)}.lock`);
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The lock as status/doctor should show it. */
export function inspectLock(paths: Pick<Paths, 'stateDir'>, profile: string, now: number, judge: LockJudge): LockState & { file: string } {
  const file = lockPath(paths, profile);
  return { ...readLock(file, now, judge), file };
}

/**
 * Takes the lock when it is free or stale. `deadline` (epoch ms) is when this holder will have given up for sure;
 * others treat the lock as stale after it.
 */
export function tryAcquireLock(
  paths: Pick<Paths, 'stateDir'>,
  profile: string,
  opts: { deadline: number; now?: number; trigger?: string; judge: LockJudge },
): AcquireResult {
  const file = lockPath(paths, profile);
  mkdirSync(paths.stateDir, { recursive: true, mode: 0o700 });
  let tookOver: string | null = null;
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = opts.now ?? Date.now();
    const record: LockRecord = {
      pid: process.pid,
      host: hostname(),
      profile,
      startedAt: now,
      deadline: opts.deadline,
      nonce: randomBytes(8).toString('hex'),
      ...(opts.trigger ? { trigger: opts.trigger } : {}),
    };
    if (createExclusive(file, `${JSON.stringify(record)}\n`)) {
      return { acquired: true, record, tookOver, release: () => releaseIfOurs(file, record.nonce) };
    }
    const seen = readLock(file, now, opts.judge);
    if (seen.state === 'held') return { acquired: false, lock: seen };
    if (seen.state === 'stale') {
      if (!breakStale(file, now, opts.judge)) {
        return { acquired: false, lock: { state: 'held', holder: seen.holder, reason: lockReason.takingOver } };
      }
      tookOver = seen.reason;
    }
    // free (it vanished) or just broken: try the exclusive create again.
  }
  return { acquired: false, lock: { state: 'held', holder: null, reason: lockReason.changingHands } };
}

function readLock(file: string, now: number, judge: LockJudge): LockState {
  let st;
  try {
    st = statSync(file);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'free' };
    return { state: 'held', holder: null, reason: lockReason.unreadable(file, (err as NodeJS.ErrnoException).code ?? 'error') };
  }
  // A directory (or a FIFO) where the lock belongs is no holder: nobody can ever release it, so it is taken over.
  if (!st.isFile()) return { state: 'stale', holder: null, reason: lockReason.notAFile(file) };
  const text = readOwnText(file, MAX_LOCK_BYTES) ?? '';
  return judge({ text, ageMs: now - st.mtimeMs, now, host: hostname(), isAlive: pidAlive });
}

/** O_CREAT|O_EXCL: exactly one process wins, on every local filesystem. */
function createExclusive(file: string, content: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw err;
  }
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return true;
}

/** Deletes a stale lock under the .break guard, after checking it is still stale; true when it is gone. */
function breakStale(file: string, now: number, judge: LockJudge): boolean {
  const guard = `${file}.break`;
  if (!createExclusive(guard, String(process.pid))) {
    try {
      if (now - statSync(guard).mtimeMs > BREAK_STALE_MS) unlinkSync(guard);
    } catch {
      /* someone else cleaned it */
    }
    return false;
  }
  try {
    // Re-check under the guard: the lock may have been released and re-taken since we looked.
    const current = readLock(file, now, judge).state;
    if (current !== 'stale') return current === 'free';
    // The lock path is ours alone; whatever sits there (a file, or a directory someone made) goes.
    rmSync(file, { recursive: true, force: true });
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'ENOENT';
  } finally {
    try {
      unlinkSync(guard);
    } catch {
      /* already gone */
    }
  }
}

function releaseIfOurs(file: string, nonce: string): void {
  try {
    const rec = JSON.parse(readOwnText(file, MAX_LOCK_BYTES) ?? '') as { nonce?: unknown };
    if (rec.nonce === nonce) unlinkSync(file);
  } catch {
    /* gone or replaced: nothing of ours to delete */
  }
}
