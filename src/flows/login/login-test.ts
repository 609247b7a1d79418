// `/aws-keepalive login --test`: runs autoLoginCmd exactly as Claude Code will (through the shell, no terminal,
// stdin closed, its own process group detached from ours, loginTimeoutSeconds as the deadline) and reports what
// happened: exit code, time, whether the expiry moved, a prompt left waiting, and the fix.
import { join } from 'node:path';
import { displayCommand } from '../../core/settings/command-path.ts';
import { diagnoseLoginTest } from '../../core/login/login-diagnose.ts';
import { profileProblem } from '../../core/login/safe-name.ts';
import { loginTest } from '../../core/login/cli-login-text.ts';
import type { Context } from '../../io/config/context.ts';
import { tryAcquireLock } from './login-lock.ts';
import { runLogin } from '../../io/login/login-runner.ts';
import type { RunContext } from '../run-context.ts';
import { readProfileSnapshot, type ProfileSnapshot } from '../aws/profile-snapshot.ts';
import { updateState } from '../../io/system/state-file.ts';
import { noteFailure } from '../../core/login/login-guard.ts';
import { markOf } from '../../core/login/credentials-mark.ts';
import { classifyLogin } from '../../core/login/login-failure.ts';
import { presetOf } from '../../core/login/login-presets.ts';

export interface LoginTestInput extends RunContext {
  /** Our config and the profile it names, as the command read them. */
  ctx: Context;
  root: string;
  where: 'terminal' | 'slash';
  out: (line: string) => void;
  signal: AbortSignal;
}

export async function runLoginTest(i: LoginTestInput): Promise<number> {
  const { ctx } = i;
  const cfg = ctx.loaded.config;
  const auto = cfg.autoLoginCmd.trim();
  if (!auto) {
    i.out(loginTest.notSet(ctx.loaded.file ?? i.paths.configJson));
    return 1;
  }
  const bad = profileProblem(ctx.profile);
  if (bad) {
    i.out(loginTest.refused(bad));
    return 1;
  }
  const timeoutMs = cfg.loginTimeoutSeconds * 1000;
  if (i.where === 'slash') {
    // The prompt hook answers within seconds; the test may take the whole deadline and needs its output shown.
    i.out(loginTest.inTerminal(cfg.loginTimeoutSeconds, join(i.root, 'dist', 'cli.cjs')));
    return 0;
  }
  const lock = tryAcquireLock(i.paths, ctx.profile.name, { deadline: i.now() + timeoutMs + 5_000, trigger: 'cli' });
  if (!lock.acquired) {
    i.out(loginTest.busy(ctx.profile.name, lock.lock.holder?.pid ?? null));
    return 1;
  }
  try {
    // The run's snapshot, read under the lock; the second one looks for what the login changed.
    const snapshot = readProfileSnapshot(ctx);
    const before = keyFacts(snapshot);
    i.out(loginTest.starting(ctx.profile.name, cfg.loginTimeoutSeconds, displayCommand(auto)));
    const r = await runLogin({ command: auto, env: i.env, timeoutMs, signal: i.signal, onLine: (l) => i.out(`  │ ${l}`), notifyProfile: cfg.notify ? ctx.profile.name : null });
    const after = keyFacts(readProfileSnapshot(ctx));
    // A test is a real sign-in: a refused one counts toward the hourly ceiling (never blocks this command).
    const failure = classifyLogin(r, presetOf(auto));
    const mark = markOf(snapshot.profile);
    if (failure) updateState(i.paths, ctx.profile.name, (s) => ({ ...s, guard: noteFailure(s.guard, failure, { now: i.now(), trigger: 'cli', mark, cmd: cfg.autoLoginCmd, expiresAt: before.expiresAt }) }));
    const v = diagnoseLoginTest({
      exitCode: r.exitCode,
      timedOut: r.timedOut,
      spawnError: r.spawnError,
      durationMs: r.durationMs,
      timeoutMs,
      tail: r.tail,
      now: i.now(),
      before: before.expiresAt,
      after: after.expiresAt,
      keysChanged: before.key !== after.key,
      profile: ctx.profile.name,
    });
    v.lines.forEach(i.out);
    return v.ok ? 0 : 1;
  } finally {
    lock.release();
  }
}

/** The profile's expiry and key id in a snapshot (the key id is only compared, never shown). */
function keyFacts(s: ProfileSnapshot): { expiresAt: number | null; key: string | null } {
  const p = s.profile;
  if (!p.ok) return { expiresAt: null, key: null };
  return { expiresAt: p.value.expiry.expiresAt, key: p.value.kind === 'file' ? p.value.creds.accessKeyId : null };
}
