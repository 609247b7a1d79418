// The prompt hook's slow path, loaded only when the session is not plainly healthy: consult the cached STS verdict
// (starting a detached probe when it is stale), look at the login lock, start a background login when the plan
// says so, and gather what the message needs. Everything here returns at once; nothing waits on a login.
import type { Decision } from '../core/expiry.ts';
import type { AutoLoginOutcome, HookSituation } from '../core/hook-message.ts';
import { planProactiveLogin } from '../core/proactive-plan.ts';
import { cachedStsVerdict } from '../core/sts-plan.ts';
import { loginHint, type Context } from '../io/context.ts';
import { inspectLock } from '../io/lock.ts';
import { startDetachedLogin } from '../io/login-runner.ts';
import type { SessionStatus } from './session-status.ts';
import { updateState } from '../io/state-file.ts';
import { startDetachedProbe } from './sts-background.ts';

export function assessPrompt(
  ctx: Context,
  s: SessionStatus,
  decision: Decision,
  now: number,
  /** Node arguments that re-run this hook as the detached STS probe. */
  probeArgs: string[],
): HookSituation {
  const cfg = ctx.loaded.config;
  const profile = ctx.profile.name;
  const expiresAt = s.expiry.expiresAt;
  let sts = null;
  if (decision.action === 'unknown' && s.creds) {
    sts = cachedStsVerdict(s.state, now, s.creds.accessKeyId);
    if (!sts) startDetachedProbe(probeArgs, profile, process.env);
  }
  const lastLogin = s.state.lastLogin ?? null;
  const needsLock = decision.action === 'login' || decision.action === 'expired' || (decision.action === 'unknown' && sts?.valid === false);
  const lock = needsLock ? inspectLock(ctx.paths, profile, now) : null;
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
  let autoLogin: AutoLoginOutcome;
  if (plan.kind === 'start') {
    // Recorded before the spawn, so another session's prompt a moment later does not start a second login.
    updateState(ctx.paths, profile, (st) => ({ ...st, lastProactiveLoginAt: now }));
    const r = startDetachedLogin({ profile, env: process.env });
    if (r.ok) autoLogin = { kind: 'started' };
    else {
      // Nothing runs: do not let the rate limit pretend a login is under way; say why on every prompt instead.
      updateState(ctx.paths, profile, ({ lastProactiveLoginAt: _, ...st }) => st);
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
    loginHint: loginHint(ctx, s.defaultLogin),
    configWarnings: ctx.loaded.warnings,
  };
}
