// What an ssh sync target's run tells the user, per platform: built here from the facts the ssh adapter found (how
// ssh ended and what it printed), so the adapter returns them unworded.
import type { SshTarget } from '../../schemas/sync-target.ts';
import { REMOTE_ERROR_MARK } from './remote-ini-script.ts';

/** How the ssh run ended (io/login/login-runner.ts's facts). */
export interface SshEnd {
  spawnError: string | null;
  timedOut: boolean;
  exitCode: number | null;
  durationMs: number;
}

/** The remote script's answer: `how` (ok, created, …) and the file; `check`: doctor's run, which writes nothing. */
export function sshDoneMessage(t: SshTarget, how: string, rest: string[], header: string, check: boolean): string {
  if (check) return how === 'ok' && rest[0] === 'create' ? `reachable; ${rest.slice(1).join(' ')} will be created` : `reachable; ${rest.slice(1).join(' ')} is writable`;
  return `${how} [${header}] in ${rest.join(' ')} on ${t.host}`;
}

/** Why an ssh run failed and the fix, recognised in ssh's own output lines. */
export function sshFailureMessage(t: SshTarget, r: SshEnd, lines: string[], platform: NodeJS.Platform): string {
  const where = `${t.user ? `${t.user}@` : ''}${t.host}${t.port ? ` port ${t.port}` : ''}`;
  if (r.spawnError) return `cannot run ssh (${r.spawnError}) — install the OpenSSH client`;
  if (r.timedOut) return `ssh to ${where} did not finish within ${Math.round(r.durationMs / 1000)} s and was stopped — is the host reachable? (timeoutSeconds raises the limit)`;
  const remote = lines.find((l) => l.startsWith(REMOTE_ERROR_MARK));
  if (remote) return `${where}: ${remote.slice(REMOTE_ERROR_MARK.length).trim()}`;
  const text = lines.join(' ');
  if (/REMOTE HOST IDENTIFICATION HAS CHANGED|Host key for .* has changed/i.test(text)) {
    return `the host key of ${where} has CHANGED since it was recorded in known_hosts (a reinstalled host, or someone in between) — check with the host's owner, then: ssh-keygen -R ${t.port ? `"[${t.host}]:${t.port}"` : t.host}`;
  }
  if (/Host key verification failed|host key is known|authenticity of host/i.test(text)) return unknownHostMessage(t, where, platform);
  if (/Permission denied/i.test(text)) {
    return `${where} refused our ssh key — add your public key to the remote ~/.ssh/authorized_keys, or set identityFile, or load the key into ssh-agent (passwords are not supported)`;
  }
  if (/Could not resolve hostname|Connection refused|timed out|No route to host|Network is unreachable/i.test(text)) {
    return `cannot reach ${where}: ${lines.find((l) => /ssh:/.test(l)) ?? lines[0] ?? 'connection failed'}`;
  }
  if (r.exitCode === 127 || /sh: .*not found/.test(text)) return `${where}: the remote has no POSIX sh, mkdir or mv on PATH`;
  return `ssh to ${where} failed (exit code ${r.exitCode ?? 'none'})${lines.length ? `: ${lines[lines.length - 1]}` : ''}`;
}

/**
 * An unknown host key, and how to add it. Windows: cmd.exe does not expand `~` and Windows PowerShell 5.1's `>>`
 * writes UTF-16, which ssh cannot read, so there the one fix that works in every shell is connecting once by hand.
 */
export function unknownHostMessage(t: SshTarget, where: string, platform: NodeJS.Platform): string {
  const p = t.port ? `-p ${t.port} ` : '';
  const byHand = `ssh ${p}${t.user ? `${t.user}@` : ''}${t.host}`;
  const known = knownHostsFile(t, platform);
  const head = `the host key of ${where} is not in ${known} (unknown hosts are never accepted silently) — check its fingerprint and add it`;
  if (platform === 'win32') return `${head} by connecting once by hand: ${byHand}   (answer yes when the fingerprint is the host's)`;
  return `${head}: ssh-keyscan ${p}${t.host} >> ${known}   (or connect once by hand: ${byHand})`;
}

/** The known_hosts file ssh checks for this target: UserKnownHostsFile from sshOptions, else the default. */
function knownHostsFile(t: SshTarget, platform: NodeJS.Platform): string {
  for (const o of t.sshOptions ?? []) {
    const m = /^UserKnownHostsFile\s*[= ]\s*(\S+)/i.exec(o);
    if (m) return m[1]!;
  }
  return platform === 'win32' ? '%USERPROFILE%\\.ssh\\known_hosts' : '~/.ssh/known_hosts';
}
