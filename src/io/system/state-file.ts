// Per-profile state shared by every session: `<stateDir>/<profileStem>.json`, 0600, written atomically.
// A state file is a cache, never a source of truth: anything unreadable or malformed (or a link, or a file another
// user put in a shared state folder) reads as empty, and a failed write is dropped; a write replaces a link, never
// its target. Concurrent updates are last-writer-wins per whole file; each writer re-reads just
// before writing, so the window for a lost update is a few microseconds and only ever costs a cache entry.
import { join } from 'node:path';
import { profileStem } from '../../core/aws/profile.ts';
import { parseSyncState, type SyncState } from '../../core/sync/sync-plan.ts';
import type { FailureKind } from '../../core/login/login-failure.ts';
import type { LoginGuard } from '../../core/login/login-guard.ts';
import { writeFileAtomic } from './atomic-write.ts';
import type { Paths } from './paths.ts';
import { readPrivateText } from './safe-read.ts';

/** The last STS GetCallerIdentity verdict for the profile's credentials on disk. */
export interface StsVerdict {
  checkedAt: number;
  valid: boolean;
  reason: string;
  expiresAt?: number | null;
  /** Fingerprint of the access key the verdict is about (see credentialFingerprint in io/aws/sts.ts), never the key. */
  key?: string;
}

export type LoginTrigger = 'refresh' | 'hook' | 'cli';

/** What the last auto-login did; waiters read it to learn whether the holder of the lock failed. */
export interface LastLogin {
  trigger: LoginTrigger;
  startedAt: number;
  endedAt: number;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  /** Last few output lines, ANSI stripped and secrets redacted. */
  outputTail: string[];
  expiresBefore: number | null;
  expiresAfter: number | null;
}

export interface ProfileState {
  sts?: StsVerdict;
  lastLogin?: LastLogin;
  /** When the prompt-submit hook last started a background login (rate limit). */
  lastProactiveLoginAt?: number;
  /** Failed sign-ins, backoff and background starts (core/login/login-guard.ts): shared by every entry and session. */
  guard?: LoginGuard;
  /** Credential sync: each target's last result and what the last run saw (core/sync/sync-plan.ts). */
  sync?: SyncState;
}

const MAX_STATE_BYTES = 256 * 1024;

export function statePath(paths: Pick<Paths, 'stateDir'>, profile: string): string {
  return join(paths.stateDir, `${profileStem(profile)}.json`);
}

export function readState(paths: Pick<Paths, 'stateDir'>, profile: string): ProfileState {
  const text = readPrivateText(statePath(paths, profile), MAX_STATE_BYTES);
  return text === null ? {} : parseState(text);
}

/** Applies `fn` to the current state and writes the result; returns what was written (or would have been). */
export function updateState(paths: Pick<Paths, 'stateDir'>, profile: string, fn: (s: ProfileState) => ProfileState): ProfileState {
  const next = fn(readState(paths, profile));
  try {
    writeFileAtomic(statePath(paths, profile), `${JSON.stringify(next, null, 2)}\n`);
  } catch {
    // Read-only or full disk: the state is an optimisation, the caller's real work must go on.
  }
  return next;
}

/** What a login run reports (io/login/login-runner.ts's result fits). */
export interface LoginRun {
  startedAt: number;
  endedAt: number;
  exitCode: number | null;
  timedOut: boolean;
  durationMs: number;
  tail: string[];
}

/** Records how a login went, for waiting sessions, the next prompt's report and /aws-keepalive status. */
export function recordLogin(
  paths: Pick<Paths, 'stateDir'>,
  profile: string,
  trigger: LoginTrigger,
  r: LoginRun,
  expiresBefore: number | null,
  expiresAfter: number | null,
): void {
  const { startedAt, endedAt, exitCode, timedOut, durationMs, tail } = r;
  const lastLogin = { trigger, startedAt, endedAt, exitCode, timedOut, durationMs, outputTail: tail, expiresBefore, expiresAfter };
  updateState(paths, profile, (s) => ({ ...s, lastLogin }));
}

/** Keeps only well-typed known fields, so a hand-edited or truncated file can never crash a reader. */
export function parseState(text: string): ProfileState {
  if (text.length > MAX_STATE_BYTES) return {};
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return {};
  }
  if (!isObj(raw)) return {};
  const out: ProfileState = {};
  const sts = raw.sts;
  if (isObj(sts) && isNum(sts.checkedAt) && typeof sts.valid === 'boolean' && typeof sts.reason === 'string') {
    out.sts = { checkedAt: sts.checkedAt, valid: sts.valid, reason: sts.reason };
    if (isNum(sts.expiresAt) || sts.expiresAt === null) out.sts.expiresAt = sts.expiresAt;
    if (typeof sts.key === 'string') out.sts.key = sts.key;
  }
  const l = raw.lastLogin;
  if (
    isObj(l) &&
    (l.trigger === 'refresh' || l.trigger === 'hook' || l.trigger === 'cli') &&
    isNum(l.startedAt) &&
    isNum(l.endedAt) &&
    (isNum(l.exitCode) || l.exitCode === null) &&
    typeof l.timedOut === 'boolean'
  ) {
    out.lastLogin = {
      trigger: l.trigger,
      startedAt: l.startedAt,
      endedAt: l.endedAt,
      exitCode: l.exitCode,
      timedOut: l.timedOut,
      durationMs: isNum(l.durationMs) ? l.durationMs : l.endedAt - l.startedAt,
      outputTail: Array.isArray(l.outputTail) ? l.outputTail.filter((x): x is string => typeof x === 'string').slice(-10) : [],
      expiresBefore: isNum(l.expiresBefore) ? l.expiresBefore : null,
      expiresAfter: isNum(l.expiresAfter) ? l.expiresAfter : null,
    };
  }
  if (isNum(raw.lastProactiveLoginAt)) out.lastProactiveLoginAt = raw.lastProactiveLoginAt;
  const guard = parseGuard(raw.guard);
  if (guard) out.guard = guard;
  const sync = parseSyncState(raw.sync);
  if (sync) out.sync = sync;
  return out;
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

const KINDS: readonly string[] = ['auth', 'user', 'transient'];

/** The state file's `guard`, well-typed fields only: a hand-edited file can never crash a reader. */
function parseGuard(raw: unknown): LoginGuard | undefined {
  if (!isObj(raw) || !Array.isArray(raw.failedAt)) return undefined;
  const out: LoginGuard = { failedAt: raw.failedAt.filter(isNum).slice(-20) };
  const l = raw.last;
  if (
    isObj(l) &&
    KINDS.includes(l.kind as string) &&
    typeof l.line === 'string' &&
    isNum(l.at) &&
    typeof l.trigger === 'string' &&
    typeof l.mark === 'string' &&
    typeof l.cmd === 'string' &&
    isNum(l.streak) &&
    (isNum(l.nextAt) || l.nextAt === null)
  ) {
    out.last = { kind: l.kind as FailureKind, line: l.line.slice(0, 300), at: l.at, trigger: l.trigger, mark: l.mark, cmd: l.cmd, streak: l.streak, nextAt: l.nextAt };
  }
  const s = raw.starts;
  if (isObj(s) && typeof s.mark === 'string' && isNum(s.count)) out.starts = { mark: s.mark, count: s.count };
  return out;
}
