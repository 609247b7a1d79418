// The prompt hook's slow path, loaded only when the session is not plainly healthy: consult the cached STS verdict
// (starting a detached probe when it is stale), look at the login lock, start a background login when the plan
// says so, and gather what the message needs. Everything here returns at once; nothing waits on a login.
import type { Decision } from '../../core/aws/expiry.ts';
import type { AutoLoginOutcome, HookSituation } from '../../core/status/hook-message.ts';
import { planProactiveLogin } from '../../core/login/proactive-plan.ts';
import { cachedStsVerdict } from '../../core/aws/sts-plan.ts';
import type { LockState } from '../../core/login/lock-state.ts';
import type { Context } from '../../io/config/context.ts';
import { loginHint } from '../../core/login/login-text.ts';
import { inspectLock } from '../login/login-lock.ts';
import { startDetachedLogin } from '../../io/login/login-runner.ts';
import type { SessionStatus } from '../status/session-status.ts';
import { updateState, type ProfileState } from '../../io/system/state-file.ts';
import { startDetachedProbe } from '../aws/sts-background.ts';
import { backgroundGate, backgroundMode, currentFailure, noteStart, type LoginGuard } from '../../core/login/login-guard.ts';
import { markOf } from '../../core/login/credentials-mark.ts';
import { presetOf } from '../../core/login/login-presets.ts';

/** What the prompt hook's slow path touches, bound to this run's profile: io/ in a real run, fakes in a unit test. */
export interface PromptIo {
  inspectLock(now: number): LockState;
  updateState(fn: (s: ProfileState) => ProfileState): void;
  /** `auth-refresh.cjs --background`, detached. */
  startLogin(): { ok: true } | { ok: false; reason: string };
  /** This hook again as the STS probe, detached. */
  startProbe(): void;
}

export function promptIo(
  ctx: Context,
  env: Record<string, string | undefined>,
  /** Node arguments that re-run this hook as the detached STS probe. */
  probeArgs: string[],
): PromptIo {
  const profile = ctx.profile.name;
  return {
    inspectLock: (now) => inspectLock(ctx.paths, profile, now),
    updateState: (fn) => void updateState(ctx.paths, profile, fn),
    startLogin: () => startDetachedLogin({ profile, env }),
    startProbe: () => startDetachedProbe(probeArgs, profile, env),
  };
}

export interface PromptDeps {
  ctx: Context;
  /** The instant this prompt is judged at (the one its expiry decision used). */
  now: number;
  io: PromptIo;
}

export function assessPrompt(d: PromptDeps, s: SessionStatus, decision: Decision): HookSituation {
  const { ctx, now, io } = d;
  const cfg = ctx.loaded.config;
  const profile = ctx.profile.name;
  const expiresAt = s.expiry.expiresAt;
  let sts = null;
  if (decision.action === 'unknown' && s.creds) {
    sts = cachedStsVerdict(s.state, now, s.creds.accessKeyId);
    if (!sts) io.startProbe();
  }
  const lastLogin = s.state.lastLogin ?? null;
  const needsLock = decision.action === 'login' || decision.action === 'expired' || (decision.action === 'unknown' && sts?.valid === false);
  const lock = needsLock ? io.inspectLock(now) : null;
  const plan = planProactiveLogin({
    now,
    decision,
    expiresAt,
    stsValid: sts ? sts.valid : null,
    autoLoginCmd: cfg.autoLoginCmd,
    autoLoginMinutes: cfg.autoLoginMinutes,
    lastProactiveLoginAt: s.state.lastProactiveLoginAt,
    lastLogin,
    lockHeldSince: lock?.state === 'held' ? (lock.holder?.startedAt ?? now) : null,
  });
  // The profile's record of failed sign-ins, shared by every session: a new key or a new command is the user acting.
  const mark = markOf(s.snapshot.profile);
  const failure = currentFailure(s.state.guard, mark, cfg.autoLoginCmd);
  const gate =
    plan.kind === 'start'
      ? backgroundGate(s.state.guard, { now, mark, cmd: cfg.autoLoginCmd, mode: backgroundMode(cfg.backgroundLogin, presetOf(cfg.autoLoginCmd)?.challenge ?? null) })
      : null;
  let autoLogin: AutoLoginOutcome;
  if (gate && !gate.go) autoLogin = { kind: 'held', why: gate.why, nextAt: gate.nextAt };
  else if (plan.kind === 'start') {
    // Recorded before the spawn, so another session's prompt a moment later does not start a second login.
    io.updateState((st) => ({ ...st, lastProactiveLoginAt: now, guard: noteStart(st.guard, mark) }));
    const r = io.startLogin();
    if (r.ok) autoLogin = { kind: 'started' };
    else {
      // Nothing runs: do not let the rate limit (or "once") pretend a login is under way; say why on every prompt instead.
      // Only the start is undone: failures other sessions recorded meanwhile stay counted.
      io.updateState(({ lastProactiveLoginAt: _, ...st }) => {
        if (!st.guard) return st;
        const { starts: __, ...rest } = st.guard;
        const guard: LoginGuard = s.state.guard?.starts ? { ...rest, starts: s.state.guard.starts } : rest;
        return guard.failedAt.length || guard.last || guard.starts ? { ...st, guard } : (({ guard: ___, ...left }) => left)(st);
      });
      autoLogin = { kind: 'start-failed', reason: r.reason };
    }
  } else {
    autoLogin = plan;
  }
  return {
    now,
    profile,
    decision,
    expiresAt,
    ...(s.expiry.estimate ? { estimate: true } : {}),
    sts,
    autoLogin,
    lastLogin,
    loginFailure: failure ? { kind: failure.kind, line: failure.line, nextAt: failure.nextAt } : null,
    loginHint: loginHint({ loginCmd: ctx.loaded.config.loginCmd, fallbackCmd: s.defaultLogin, profile: ctx.profile.name, configFile: ctx.loaded.file ?? ctx.paths.configJson }),
    configWarnings: ctx.loaded.warnings,
  };
}
