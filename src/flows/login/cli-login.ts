// `/aws-keepalive login` in a terminal: run autoLoginCmd now, in the foreground, showing its output; under the
// same per-profile lock as the automatic logins, and recorded in the state file like them.
import { displayCommand } from '../../core/settings/command-path.ts';
import { profileProblem, refusedLogin } from '../../core/login/safe-name.ts';
import { cliLogin } from '../../core/login/cli-login-text.ts';
import { stsTarget } from '../../core/aws/sts-plan.ts';
import type { Context } from '../../io/config/context.ts';
import { tryAcquireLock } from './login-lock.ts';
import { runInteractiveLogin, runLogin } from '../../io/login/login-runner.ts';
import { readState, recordLogin, updateState } from '../../io/system/state-file.ts';
import { noteFailure, noteSuccess, userActed, type LoginGuard } from '../../core/login/login-guard.ts';
import { markOf } from '../../core/login/credentials-mark.ts';
import { classifyLogin } from '../../core/login/login-failure.ts';
import { presetOf } from '../../core/login/login-presets.ts';
import { probeAndCache } from '../../io/aws/sts.ts';
import { noteSignIn, readProfileSnapshot } from '../aws/profile-snapshot.ts';
import type { ProfileRun, RunContext } from '../run-context.ts';

// A person typing a password and approving MFA; the deadline only stops a command that never returns.
const INTERACTIVE_TIMEOUT_MS = 10 * 60_000;
const LOCK_GRACE_MS = 5_000;

/** `profile`: the command's snapshot, as read before the login. */
export interface CliLoginInput extends RunContext, ProfileRun {
  /** Our config and the profile it names, as the command read them. */
  ctx: Context;
  interactive: boolean;
  out: (line: string) => void;
  signal: AbortSignal;
}

export async function runCliLogin(i: CliLoginInput): Promise<number> {
  const { ctx } = i;
  const cfg = ctx.loaded.config;
  const profile = ctx.profile.name;
  const configFile = ctx.loaded.file ?? i.paths.configJson;
  const auto = cfg.autoLoginCmd.trim();
  const manual = cfg.loginCmd.trim();
  if (!auto && !(manual && i.interactive)) {
    i.out(cliLogin.notSet(configFile, manual ? displayCommand(manual) : null));
    return 1;
  }
  const bad = profileProblem(ctx.profile);
  if (bad) {
    i.out(refusedLogin(bad));
    return 1;
  }
  const timeoutMs = auto ? cfg.loginTimeoutSeconds * 1000 : INTERACTIVE_TIMEOUT_MS;
  const lock = tryAcquireLock(i.paths, profile, { deadline: i.now() + timeoutMs + LOCK_GRACE_MS, trigger: 'cli' });
  if (!lock.acquired) {
    i.out(cliLogin.busy(profile, lock.lock.holder?.pid ?? null));
    return 1;
  }
  // The user's own login is never blocked, and it is the user acting: background logins may try again after it.
  const guard = (fn: (g: LoginGuard | undefined) => LoginGuard) => updateState(i.paths, profile, (s) => ({ ...s, guard: fn(s.guard) }));
  if (readState(i.paths, profile).guard) guard(userActed);
  try {
    if (auto) {
      i.out(cliLogin.runningAuto(profile, timeoutMs, displayCommand(auto)));
      const r = await runLogin({ command: auto, env: i.env, timeoutMs, signal: i.signal, onLine: (l) => i.out(`  ${l}`), notifyProfile: cfg.notify ? profile : null });
      recordLogin(i.paths, profile, 'cli', r, null, null);
      noteSignIn(ctx, i.profile, r.startedAt);
      // A refused sign-in here counts toward the hourly ceiling like any other.
      const failure = classifyLogin(r, presetOf(auto));
      const p = i.profile.profile;
      const expiresAt = p.ok ? p.value.expiry.expiresAt : null;
      if (failure) guard((g) => noteFailure(g, failure, { now: i.now(), trigger: 'cli', mark: markOf(p), cmd: cfg.autoLoginCmd, expiresAt }));
      if (r.spawnError) i.out(cliLogin.notStarted(r.spawnError));
      else if (r.timedOut) i.out(cliLogin.timedOut(timeoutMs, configFile));
      else if (r.exitCode !== 0) i.out(cliLogin.failed(r.exitCode));
      if (r.exitCode !== 0) return 1;
    } else {
      i.out(cliLogin.runningManual(profile, displayCommand(manual)));
      const started = i.now();
      const code = await runInteractiveLogin(manual, i.env, timeoutMs);
      noteSignIn(ctx, i.profile, started);
      if (code !== 0) {
        i.out(cliLogin.manualFailed(code));
        return 1;
      }
    }
    const good = await report(ctx, i);
    if (good) guard(noteSuccess);
    return good ? 0 : 1;
  } finally {
    lock.release();
  }
}

/** What the credentials look like now (a new snapshot: the login has just changed them); false when still not usable. */
async function report(ctx: Context, i: CliLoginInput): Promise<boolean> {
  const after = readProfileSnapshot(ctx);
  const p = after.profile;
  if (!p.ok) {
    i.out(cliLogin.notUsable(p.error));
    return false;
  }
  const e = p.value.expiry;
  if (e.expiresAt !== null) {
    const left = e.expiresAt - i.now();
    i.out(cliLogin.expiry(left, e));
    return left > 0;
  }
  if (p.value.kind !== 'file') {
    i.out(cliLogin.fromCli);
    return true;
  }
  const answer = await probeAndCache(ctx.paths, ctx.profile.name, p.value.creds, stsTarget(i.env, after.region(), ctx.profile.name, after.caBundle?.() ?? null), 5_000);
  i.out(cliLogin.sts(answer.verdict === 'valid' ? null : answer.reason));
  return answer.verdict !== 'invalid';
}
