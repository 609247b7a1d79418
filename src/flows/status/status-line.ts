// The status line: `AWS: 4h23m` on its own, or joined to the output of the user's statusLineCmd (oh-my-claudecode's
// HUD gets `aws:4h23m` inside its first line). Reads files only; the one child process is the user's own command,
// whose runner loads only when there is one (dist/code/lazy/status-compose.cjs).
import { colorEnabled, composeStatus, displayVerdict, renderAwsStatus, styleFor } from '../../core/status/render-status.ts';
import { parseStatusLineInput } from '../../schemas/statusline-input.ts';
import { loadContext } from '../../io/config/context.ts';
import type { RunContext } from '../run-context.ts';
import { readSessionStatus } from './session-status.ts';
import { credentialsMark } from '../../core/login/login-guard.ts';

export interface StatusLineDeps extends Pick<RunContext, 'now' | 'env' | 'paths'> {
  stdin: string;
  /**
   * A signal that fires when Claude Code cancels this run (the next event came), asked for only when there is a
   * command of the user's to take down with us: without one, SIGTERM's default action ends us just as well.
   */
  cancelSignal(): AbortSignal;
}

/** The line to show (without its newline). */
export async function statusLine(d: StatusLineDeps): Promise<string> {
  const ctx = await loadContext(d.env, d.paths);
  const { statusLineCmd, timerWarnMinutes, autoLoginCmd } = ctx.loaded.config;
  const command = statusLineCmd.trim();
  const other = command
    ? (await import('../../io/status/status-compose.ts')).runStatusLineCommand({
        command,
        stdin: d.stdin,
        env: d.env,
        sessionId: parseStatusLineInput(d.stdin).session_id,
        stateDir: ctx.paths.stateDir,
        signal: d.cancelSignal(),
      })
    : null;
  const now = d.now();
  const s = readSessionStatus(ctx);
  let sts = null;
  // A failed login is shown while it is about these credentials (the mark of core/login/login-guard.ts's credentialsMark).
  const failed = s.state.guard?.last?.cmd === autoLoginCmd ? s.state.guard.last : undefined;
  let key: string | null = null;
  // Only a verdict about the keys on disk counts; hashing them is needed only when the expiry is unknown and there is
  // a verdict or a failure recorded by key to compare.
  if (s.expiry.expiresAt === null && s.creds && (s.state.sts || failed?.mark.startsWith('key:'))) {
    const { credentialFingerprint } = await import('../../core/aws/sts-plan.ts');
    key = credentialFingerprint(s.creds.accessKeyId);
    if (s.state.sts?.key === key) sts = s.state.sts;
  }
  const ours = renderAwsStatus({
    remainingMs: s.expiry.expiresAt === null ? null : s.expiry.expiresAt - now,
    estimate: s.expiry.estimate === true,
    sts: displayVerdict(sts, now),
    timerWarnMinutes,
    color: colorEnabled(d.env),
    style: styleFor(command),
    loginFailed: !!failed && failed.mark === credentialsMark(s.expiry.expiresAt, key),
  });
  return composeStatus(other ? (await other).output : '', ours);
}
