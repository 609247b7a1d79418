// Carries out awsAuthRefresh's decisions (core/login/refresh-plan.ts): read the credentials, probe STS, take the
// login lock and run autoLoginCmd, or wait for the session that holds it. Returns the exit code: 0 only when
// valid credentials are on disk now.
import { fail, ok, type Result } from '../../core/errors.ts';
import type { ProfileCredentials } from '../../core/aws/credentials.ts';
import {
  afterProbe,
  diskState,
  firstStep,
  loginTimeoutMs,
  manualMessage,
  refreshedMessage,
  STS_PROBE_MS,
  WAIT_POLL_MS,
  WAIT_REPORT_MS,
  waitingMessage,
  waitStep,
  type Budget,
  type DiskState,
} from '../../core/login/refresh-plan.ts';
import { credentialFingerprint, stsTarget, type StsAnswer, type StsTarget } from '../../core/aws/sts-plan.ts';
import { configProfileCredentials } from '../aws/config-credentials.ts';
import type { Context } from '../../io/config/context.ts';
import { inspectLock, tryAcquireLock, type AcquireResult, type LockState } from './login-lock.ts';
import { runLogin, type LoginOptions, type LoginResult } from '../../io/login/login-runner.ts';
import { readState, recordLogin, updateState, type LoginTrigger, type ProfileState } from '../../io/system/state-file.ts';
import { backgroundGate, noteFailure, noteSuccess, refreshGate, type LoginGuard } from '../../core/login/login-guard.ts';
import { markOf } from '../../core/login/credentials-mark.ts';
import { classifyLogin } from '../../core/login/login-failure.ts';
import { presetOf } from '../../core/login/login-presets.ts';
import { probeAndCache } from '../../io/aws/sts.ts';
import { stripControl } from '../../core/text.ts';
import { profileProblem } from '../../core/login/safe-name.ts';
import { blockedWhy, loginFailure, loginStarting, ssoTokenExpired, tookOverLock } from '../../core/login/login-text.ts';
import { noteSignIn, readProfileSnapshot, type LoadedProfile, type ProfileSnapshot } from '../aws/profile-snapshot.ts';
import type { RunContext } from '../run-context.ts';

/** The files and programs a refresh touches, bound to this run's profile: io/ in a real run, fakes in a unit test. */
export interface RefreshIo {
  /**
   * The profile snapshot (flows/aws/profile-snapshot.ts). The flow asks once per run, and again only when it looks for
   * a change: after taking the lock, after a login, on each poll of a waiter.
   */
  readProfile(): ProfileSnapshot;
  /** Keys for a profile defined in ~/.aws/config: caches, the portal, the process or the AWS CLI. */
  configCredentials(p: Extract<LoadedProfile, { kind: 'config' }>, hint: string, timeoutMs: number): Promise<Result<ProfileCredentials>>;
  /** STS GetCallerIdentity with these keys; a valid or invalid answer is cached in the state file. */
  probeSts(creds: ProfileCredentials, target: StsTarget, timeoutMs: number): Promise<StsAnswer>;
  tryAcquireLock(opts: { deadline: number; trigger: LoginTrigger }): AcquireResult;
  inspectLock(now: number): LockState;
  readState(): ProfileState;
  runLogin(opts: LoginOptions): Promise<LoginResult>;
  recordLogin(trigger: LoginTrigger, r: LoginResult, expiresBefore: number | null, expiresAfter: number | null): void;
  /** After our own login: tell the sso-session tracker a sign-in happened. */
  noteLogin(profile: ProfileSnapshot, startedAt: number): void;
  /** The profile's record of failed sign-ins (core/login/login-guard.ts), read and written in one step. */
  updateGuard(fn: (g: LoginGuard | undefined) => LoginGuard): void;
}

export function refreshIo(ctx: Context, env: Record<string, string | undefined>, now: () => number, sleep?: (ms: number) => Promise<unknown>): RefreshIo {
  const { paths } = ctx;
  const name = ctx.profile.name;
  return {
    readProfile: () => readProfileSnapshot(ctx),
    configCredentials: (p, hint, timeoutMs) => configProfileCredentials(ctx, p, env, hint, { now: now(), timeoutMs, clock: now, sleep }),
    probeSts: (creds, target, timeoutMs) => probeAndCache(paths, name, creds, target, timeoutMs),
    tryAcquireLock: (opts) => tryAcquireLock(paths, name, opts),
    inspectLock: (now) => inspectLock(paths, name, now),
    readState: () => readState(paths, name),
    runLogin,
    recordLogin: (trigger, r, before, after) => recordLogin(paths, name, trigger, r, before, after),
    noteLogin: (profile, startedAt) => noteSignIn(ctx, profile, startedAt),
    updateGuard: (fn) => void updateState(paths, name, (s) => ({ ...s, guard: fn(s.guard) })),
  };
}

/** `env`: the environment the login command sees. */
export interface FlowDeps extends Pick<RunContext, 'now' | 'sleep' | 'env'> {
  ctx: Context;
  budget: Budget;
  /** One line for the user (Claude Code shows awsAuthRefresh's stdout). */
  out: (line: string) => void;
  /** Aborted when our own process is told to stop: the login is killed and the lock released. */
  signal: AbortSignal;
  io: RefreshIo;
}

// A waiter polls every WAIT_POLL_MS; asking the AWS CLI that often would cost a process start each time.
const CLI_REUSE_MS = 3_000;

/**
 * What one run reads and remembers: the profile snapshot, read once and again only by an explicit `reread` (a
 * waiter polls for the new keys), the AWS CLI's answer for a while, and nothing across runs.
 */
function makeReader(d: FlowDeps) {
  let lastCli: { at: number; result: Result<ProfileCredentials> } | null = null;
  let snapshot: ProfileSnapshot | null = null;
  const current = () => (snapshot ??= d.io.readProfile());
  /** The fix we show: the user's loginCmd, else what the profile's kind implies (`aws sso login` for SSO). */
  const hintFor = (): string => current().loginHint;
  return {
    hintFor,
    /** The snapshot as the last read found it. */
    snapshot: current,
    /** Looking for a change on disk: the next look reads a new snapshot. */
    reread() {
      snapshot = null;
    },
    /**
     * The profile's credentials in the snapshot: from ~/.aws/credentials, or for a profile defined in ~/.aws/config
     * (SSO, `aws login`, credential_process) through flows/aws/config-credentials.ts (cache, portal, the process, the AWS CLI).
     */
    async creds(): Promise<Result<ProfileCredentials>> {
      const p = current().profile;
      if (!p.ok) return p;
      if (p.value.kind === 'file') return ok(p.value.creds);
      const { expiresAt, estimate } = p.value.expiry;
      // A recorded SSO token expiry that has passed needs a login; the CLI could only say the same, slower. An estimated
      // end (IAM Identity Center sessions) is not proof: the portal or the CLI is asked.
      if (expiresAt !== null && !estimate && expiresAt <= d.now()) return fail('EXPIRED', ssoTokenExpired(d.ctx.profile.name), hintFor());
      if (!lastCli || d.now() - lastCli.at > CLI_REUSE_MS) {
        // Never past our own budget: Claude Code stops awsAuthRefresh at 180 s.
        const timeoutMs = Math.max(1_000, d.budget.end - d.now());
        lastCli = { at: d.now(), result: await d.io.configCredentials(p.value, hintFor(), timeoutMs) };
      }
      return lastCli.result;
    },
    /** After a login the next read must not reuse what the CLI said before it. */
    forgetCli() {
      lastCli = null;
    },
  };
}
type Reader = ReturnType<typeof makeReader>;

/**
 * Whether the credentials on disk are good now. Without a recorded expiry only STS can tell; each distinct key
 * is asked once per run (a waiter polls often, and the key only changes when a login writes new ones).
 */
function makeChecker(d: FlowDeps, read: Reader) {
  const verdicts = new Map<string, boolean>();
  // Where STS is for this profile: from the environment and the region in ~/.aws/config, once per run.
  let target: StsTarget | null = null;
  let lastUnknown: { key: string; at: number; why: string } | null = null;
  return async (): Promise<{ valid: boolean; disk: DiskState; why: string | null }> => {
    const disk = diskState(await read.creds(), d.now());
    if (disk.kind !== 'unknown') return { valid: disk.kind === 'valid', disk, why: null };
    const key = credentialFingerprint(disk.creds.accessKeyId);
    const known = verdicts.get(key);
    if (known !== undefined) return { valid: known, disk, why: null };
    // An unreachable STS is asked again, but not on every poll of a waiting session.
    if (lastUnknown?.key === key && d.now() - lastUnknown.at < STS_PROBE_MS) return { valid: false, disk, why: lastUnknown.why };
    const left = d.budget.end - d.now();
    target ??= stsTarget(d.env, read.snapshot().region(), d.ctx.profile.name, read.snapshot().caBundle?.() ?? null);
    const answer = await d.io.probeSts(disk.creds, target, Math.min(STS_PROBE_MS, left));
    if (answer.verdict === 'unknown') lastUnknown = { key, at: d.now(), why: answer.reason };
    else verdicts.set(key, answer.verdict === 'valid');
    return { valid: answer.verdict === 'valid', disk, why: answer.reason };
  };
}

const remainingOf = (disk: DiskState) => (disk.kind === 'valid' ? disk.remainingMs : null);

export async function runRefresh(deps: FlowDeps): Promise<number> {
  // Claude Code shows these lines; the user's commands and the login tool's output in them stay plain text.
  const d = { ...deps, out: (line: string) => deps.out(stripControl(line)) };
  const { ctx, out } = d;
  const cfg = ctx.loaded.config;
  const read = makeReader(d);
  const check = makeChecker(d, read);
  const manual = (disk: DiskState, why: string) => {
    for (const line of manualMessage({ profile: ctx.profile.name, disk, why, loginHint: read.hintFor() })) out(line);
    return 1;
  };
  const hasAutoLogin = cfg.autoLoginCmd.trim() !== '';
  const state = d.io.readState();
  let disk = diskState(await read.creds(), d.now());
  let step = firstStep({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: d.now() });
  let stsWhy = '';
  if (step.do === 'probe') {
    const c = await check();
    if (c.valid) return done(out, c.disk);
    disk = c.disk;
    stsWhy = c.why ?? '';
    step = afterProbe({ disk, hasAutoLogin, lastLogin: state.lastLogin, now: d.now() });
  }
  if (step.do === 'done') return done(out, disk);
  if (step.do === 'manual') return manual(disk, stsWhy ? `${stsWhy}; ${step.why}` : step.why);
  // After a refused sign-in, Claude Code's next 403 must not cost another one: answer at once with the fix.
  const gate = refreshGate(state.guard, { now: d.now(), mark: markOf(read.snapshot().profile), cmd: cfg.autoLoginCmd });
  if (!gate.go) return manual(disk, blockedWhy(gate, state.guard, d.now()));

  for (;;) {
    if (d.signal.aborted) return manual(disk, 'awsAuthRefresh was stopped');
    const lock = d.io.tryAcquireLock({ deadline: d.budget.end, trigger: 'refresh' });
    if (lock.acquired) {
      try {
        if (lock.tookOver) out(tookOverLock(lock.tookOver));
        return await leadLogin(d, read, check, manual, 'refresh');
      } finally {
        lock.release();
      }
    }
    const waited = await waitForOther(d, read, check, lock.lock, manual);
    if (waited !== 'acquire') return waited;
  }
}

function done(out: (l: string) => void, disk: DiskState): number {
  out(refreshedMessage(remainingOf(disk)));
  return 0;
}

/** We hold the lock: run autoLoginCmd, record how it went (before the lock is released), check the result. */
async function leadLogin(
  d: FlowDeps,
  read: Reader,
  check: ReturnType<typeof makeChecker>,
  manual: (disk: DiskState, why: string) => number,
  trigger: LoginTrigger,
): Promise<number> {
  const { ctx, out } = d;
  // Another session may have finished a login between our first look and taking the lock: look again.
  read.reread();
  const before = await check();
  if (before.valid) return done(out, before.disk);
  const bad = profileProblem(ctx.profile);
  if (bad) return manual(before.disk, bad);
  // Under the lock, the record every session writes: another session's failure a moment ago counts too.
  const mark = markOf(read.snapshot().profile);
  const guard = d.io.readState().guard;
  const gate = refreshGate(guard, { now: d.now(), mark, cmd: ctx.loaded.config.autoLoginCmd });
  if (!gate.go) return manual(before.disk, blockedWhy(gate, guard, d.now()));
  const timeoutMs = loginTimeoutMs(d.budget, d.now(), ctx.loaded.config.loginTimeoutSeconds);
  out(loginStarting(ctx.profile.name, timeoutMs));
  const r = await d.io.runLogin({ command: ctx.loaded.config.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal, onLine: (l) => out(`  ${l}`), notifyProfile: ctx.loaded.config.notify ? ctx.profile.name : null });
  read.forgetCli();
  d.io.noteLogin(read.snapshot(), r.startedAt);
  // What the login left on disk.
  read.reread();
  const after = await check();
  record(d, trigger, r, before.disk, after.disk);
  judge(d, trigger, r, mark, expiryOf(read.snapshot().profile, before.disk), after.valid);
  if (after.valid) return done(out, after.disk);
  return manual(after.disk, loginFailure(r, after.why ?? null));
}

/** The expiry a backoff must not pass: the snapshot's (an SSO or sign-in end counts), else the keys'. */
function expiryOf(p: ProfileSnapshot['profile'], disk: DiskState): number | null {
  if (p.ok && p.value.expiry.expiresAt !== null) return p.value.expiry.expiresAt;
  return disk.kind === 'valid' || disk.kind === 'expired' ? disk.expiresAt : null;
}

/** Classifies the login and updates the profile's record: a failure counts toward the ceiling, good keys reset it. */
function judge(d: FlowDeps, trigger: LoginTrigger, r: LoginResult, mark: string, expiresAt: number | null, valid: boolean): void {
  const cmd = d.ctx.loaded.config.autoLoginCmd;
  // A failed run counts even while the old keys are still good (a background login before expiry).
  const failure = classifyLogin(r, presetOf(cmd));
  if (failure) d.io.updateGuard((g) => noteFailure(g, failure, { now: d.now(), trigger, mark, cmd, expiresAt }));
  else if (valid) d.io.updateGuard(noteSuccess);
  // Exit 0 with unchanged keys is no refused sign-in: the tool kept a still-valid session (hook-message says so).
}

function record(d: FlowDeps, trigger: LoginTrigger, r: LoginResult, before: DiskState, after: DiskState): void {
  const expiresAt = (s: DiskState) => (s.kind === 'valid' || s.kind === 'expired' ? s.expiresAt : null);
  d.io.recordLogin(trigger, r, expiresAt(before), expiresAt(after));
}

/** Another session holds the lock: wait for valid credentials, its failure, or the end of our budget. */
async function waitForOther(
  d: FlowDeps,
  read: Reader,
  check: ReturnType<typeof makeChecker>,
  first: LockState & { state: 'held' },
  manual: (disk: DiskState, why: string) => number,
): Promise<number | 'acquire'> {
  const { out } = d;
  const waitingSince = Math.min(first.holder?.startedAt ?? d.now(), d.now());
  const pid = first.holder?.pid ?? null;
  const trigger = first.holder?.trigger;
  out(waitingMessage(pid, d.now() - waitingSince, trigger));
  let lastReport = d.now();
  for (;;) {
    await d.sleep(WAIT_POLL_MS);
    // Polling for the other session's new keys.
    read.reread();
    const c = await check();
    if (d.signal.aborted) return manual(c.disk, 'awsAuthRefresh was stopped');
    const now = d.now();
    const step = waitStep({
      now,
      budget: d.budget,
      diskValid: c.valid,
      lock: d.io.inspectLock(now),
      waitingSince,
      lastLogin: d.io.readState().lastLogin,
    });
    switch (step.do) {
      case 'done':
        return done(out, c.disk);
      case 'wait':
        if (now - lastReport >= WAIT_REPORT_MS) {
          out(waitingMessage(pid, now - waitingSince, trigger));
          lastReport = now;
        }
        break;
      case 'acquire':
        return 'acquire';
      case 'holder-failed':
      case 'give-up':
        return manual(c.disk, step.why);
    }
  }
}

/**
 * `auth-refresh.cjs --background`, started by the prompt-submit hook before expiry: log in once if nobody else
 * is, record the result, print nothing. Skips the login when someone refreshed the credentials meanwhile.
 */
export async function runBackgroundLogin(d: FlowDeps): Promise<number> {
  const { ctx } = d;
  const cfg = ctx.loaded.config;
  if (cfg.autoLoginCmd.trim() === '') return 0;
  const lock = d.io.tryAcquireLock({ deadline: d.budget.end, trigger: 'hook' });
  if (!lock.acquired) return 0;
  const read = makeReader(d);
  try {
    const disk = diskState(await read.creds(), d.now());
    // Fresh role keys say nothing about the sign-in behind them (IAM Identity Center, aws login): its end counts too.
    const p = read.snapshot().profile;
    const signInEnd = p.ok && p.value.kind === 'config' ? p.value.expiry.expiresAt : null;
    const left = disk.kind === 'valid' ? Math.min(disk.remainingMs, signInEnd === null ? Infinity : signInEnd - d.now()) : 0;
    if (left > cfg.autoLoginMinutes * 60_000) return 0;
    const bad = profileProblem(ctx.profile);
    if (bad) {
      // Recorded as a failed login, so the next prompt says why none ran (and does not start one on every prompt).
      const t = d.now();
      record(d, 'hook', { startedAt: t, endedAt: t, durationMs: 0, exitCode: 1, timedOut: false, tail: [`cc-aws-keepalive: ${bad}`], spawnError: null, challenge: null }, disk, disk);
      return 1;
    }
    // The hook judged the mode and counted this start; under the lock, a failure another session recorded since counts.
    const mark = markOf(read.snapshot().profile);
    const expiresAt = expiryOf(read.snapshot().profile, disk);
    if (!backgroundGate(d.io.readState().guard, { now: d.now(), mark, cmd: cfg.autoLoginCmd, mode: 'auto' }).go) return 1;
    const timeoutMs = loginTimeoutMs(d.budget, d.now(), cfg.loginTimeoutSeconds);
    const r = await d.io.runLogin({ command: cfg.autoLoginCmd, env: d.env, timeoutMs, signal: d.signal, notifyProfile: cfg.notify ? ctx.profile.name : null });
    read.forgetCli();
    d.io.noteLogin(read.snapshot(), r.startedAt);
    read.reread();
    const after = diskState(await read.creds(), d.now());
    record(d, 'hook', r, disk, after);
    judge(d, 'hook', r, mark, expiresAt, after.kind === 'valid');
    return after.kind === 'valid' ? 0 : 1;
  } finally {
    lock.release();
  }
}
