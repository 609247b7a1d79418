// An ssh sync target: the system `ssh`, keys or agent only (BatchMode: never a password prompt), host keys checked
// against the user's known_hosts (StrictHostKeyChecking=yes: an unknown host is an error with the fix, never a
// silent accept). The remote side is core/sync/remote-ini-script.ts; the credentials travel on ssh's stdin.
import { REMOTE_MARK, remoteCommand, remoteInput } from '../../core/sync/remote-ini-script.ts';
import { sectionHeader } from '../../core/sync/sync-plan.ts';
import { sshDoneMessage, sshFailureMessage } from '../../core/sync/ssh-hints.ts';
import type { SshTarget } from '../../schemas/sync-target.ts';
import { runLogin } from '../login/login-runner.ts';

export interface SshOutcome {
  ok: boolean;
  /** What changed on the remote, or what went wrong and how to fix it. No secret. */
  message: string;
}

export const DEFAULT_REMOTE_PATH = '~/.aws/credentials';

/** ssh's arguments. Ours come first: for each option ssh keeps the first value it is given. */
export function sshArgs(t: SshTarget, timeoutMs: number, command: string): string[] {
  const connect = Math.max(1, Math.min(10, Math.floor(timeoutMs / 2000)));
  const args = [
    '-o', 'BatchMode=yes',
    '-o', 'StrictHostKeyChecking=yes',
    '-o', `ConnectTimeout=${connect}`,
    '-o', 'ServerAliveInterval=5',
    '-o', 'ServerAliveCountMax=2',
    '-o', 'RequestTTY=no',
    '-o', 'ForwardAgent=no',
    '-o', 'ForwardX11=no',
    '-o', 'ClearAllForwardings=yes',
    '-o', 'PermitLocalCommand=no',
    // A ControlMaster/ControlPersist from ~/.ssh/config would leave a master process running after us, and an
    // existing master's socket would carry our session past the host-key and BatchMode options above.
    '-o', 'ControlMaster=no',
    '-o', 'ControlPath=none',
    '-o', 'LogLevel=ERROR',
  ];
  if (t.port) args.push('-p', String(t.port));
  if (t.identityFile) args.push('-i', t.identityFile, '-o', 'IdentitiesOnly=yes');
  if (t.user) args.push('-l', t.user);
  for (const o of t.sshOptions ?? []) args.push('-o', o);
  args.push('--', t.host, command);
  return args;
}

/** Replaces `[remoteProfile]` on the remote machine (`body`: the key lines), or with body null only checks access. */
export async function runSshTarget(
  t: SshTarget,
  localProfile: string,
  body: string | null,
  env: Record<string, string | undefined>,
  timeoutMs: number,
): Promise<SshOutcome> {
  const path = t.remotePath ?? DEFAULT_REMOTE_PATH;
  const header = sectionHeader(t.remoteProfile ?? localProfile, path);
  const input = remoteInput(header, path, body);
  if (!input.ok) return { ok: false, message: input.message };
  const lines: string[] = [];
  const r = await runLogin({
    command: 'ssh',
    args: sshArgs(t, timeoutMs, remoteCommand(body === null ? 'check' : 'write')),
    input: input.text,
    env,
    timeoutMs,
    onLine: (l) => void (lines.length < 50 && lines.push(l)),
  });
  const done = lines.find((l) => l.startsWith(REMOTE_MARK));
  if (r.exitCode === 0 && done) {
    const [how, ...rest] = done.slice(REMOTE_MARK.length).trim().split(' ');
    return { ok: true, message: sshDoneMessage(t, how!, rest, header, body === null) };
  }
  return { ok: false, message: sshFailureMessage(t, r, lines, process.platform) };
}
