// What an ssh sync failure tells the user to do, per platform: built here from the facts the ssh adapter found.
import type { SshTarget } from '../../schemas/sync-target.ts';

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
