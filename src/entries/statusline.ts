// statusLine: `AWS: 4h23m` on its own, or joined to the output of the user's statusLineCmd (oh-my-claudecode's HUD
// gets `aws:4h23m` inside its first line). Reads files only; the one child process is the user's own command.
// Whatever happens, it prints a status line and exits 0: never an error text or a stack trace in the bar.
import { colorEnabled, composeStatus, displayVerdict, renderAwsStatus, styleFor } from '../core/render-status.ts';
import { parseStatusLineInput } from '../schemas/statusline-input.ts';
import { loadContext } from '../io/context.ts';
import { processPaths } from '../io/paths.ts';
import { readSessionStatus } from '../flows/session-status.ts';
import { readStdin, writeStdout } from '../io/stdin.ts';

async function main(): Promise<string> {
  const stdin = await readStdin(1_000);
  const ctx = await loadContext(process.env, processPaths());
  const { statusLineCmd, timerWarnMinutes } = ctx.loaded.config;
  const command = statusLineCmd.trim();
  // Only with a command of the user's to run (AbortController is a module load of its own).
  const abort = command ? new AbortController() : null;
  // Claude Code cancels a run when the next event comes; take the user's command down with us. (Without one,
  // SIGTERM's default action ends us just as well, and no signal handler is set up.)
  if (abort) {
    process.once('SIGTERM', () => {
      abort.abort();
      process.exit(143);
    });
  }
  const other = abort
    ? (await import('../io/status-compose.ts')).runStatusLineCommand({
        command,
        stdin,
        env: process.env,
        sessionId: parseStatusLineInput(stdin).session_id,
        stateDir: ctx.paths.stateDir,
        signal: abort.signal,
      })
    : null;
  const now = Date.now();
  const s = readSessionStatus(ctx);
  let sts = null;
  if (s.expiry.expiresAt === null && s.creds && s.state.sts) {
    // Only a verdict about the keys on disk counts; hashing them is needed only when the expiry is unknown.
    const { credentialFingerprint } = await import('../core/sts-plan.ts');
    if (s.state.sts.key === credentialFingerprint(s.creds.accessKeyId)) sts = s.state.sts;
  }
  const ours = renderAwsStatus({
    remainingMs: s.expiry.expiresAt === null ? null : s.expiry.expiresAt - now,
    estimate: s.expiry.estimate === true,
    sts: displayVerdict(sts, now),
    timerWarnMinutes,
    color: colorEnabled(process.env),
    style: styleFor(command),
  });
  return composeStatus(other ? (await other).output : '', ours);
}

main().then(
  (line) => {
    writeStdout(line ? `${line}\n` : '');
    process.exit(0);
  },
  // A status line has no place for errors: show nothing rather than a stack trace.
  () => process.exit(0),
);
