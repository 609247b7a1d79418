// A real OpenSSH server for one test: Debian's /usr/sbin/sshd on 127.0.0.1 and a free port, with its own host key,
// its own authorized_keys and a client key, as the current user; HOME of its sessions is `remoteHome`. Stopped
// (and waited for) when the test ends. Nothing here touches the machine's own ssh setup.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import type { TestContext } from 'node:test';

export const SSHD = '/usr/sbin/sshd';

export interface Sshd {
  port: number;
  user: string;
  /** The client's private key (no passphrase). */
  identityFile: string;
  /** A known_hosts file holding the server's host key ("[127.0.0.1]:port ssh-ed25519 …"). */
  knownHosts: string;
  /** An empty known_hosts, for the unknown-host case. */
  emptyKnownHosts: string;
  remoteHome: string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const canConnect = (port: number) =>
  new Promise<boolean>((resolve) => {
    const c = connect(port, '127.0.0.1');
    c.once('connect', () => {
      c.destroy();
      resolve(true);
    });
    c.once('error', () => resolve(false));
  });

function keygen(file: string): void {
  const r = spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-C', 'cc-aws-keepalive-test', '-f', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ssh-keygen failed: ${r.stderr}`);
}

/** `dir`: a folder of the test (keys and config go in `<dir>/sshd`); `remoteHome`: the sessions' HOME. */
export async function startSshd(t: TestContext, dir: string, remoteHome: string): Promise<Sshd> {
  if (!existsSync(SSHD)) throw new Error(`${SSHD} is missing — install Debian's openssh-server (apt-get install -y openssh-server); the test starts its own sshd`);
  const d = join(dir, 'sshd');
  mkdirSync(d, { recursive: true, mode: 0o700 });
  mkdirSync(remoteHome, { recursive: true });
  keygen(join(d, 'host_ed25519'));
  keygen(join(d, 'client_ed25519'));
  writeFileSync(join(d, 'authorized_keys'), readFileSync(join(d, 'client_ed25519.pub')), { mode: 0o600 });
  // sshd refuses to start without its privilege-separation folder (Debian creates it in the service's unit only).
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
  const port = await freePort();
  const config = join(d, 'sshd_config');
  writeFileSync(
    config,
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(d, 'host_ed25519')}`,
      `PidFile ${join(d, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(d, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'UsePAM no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'PrintMotd no',
      `SetEnv HOME=${remoteHome}`,
      'LogLevel ERROR',
      '',
    ].join('\n'),
  );
  const child = spawn(SSHD, ['-D', '-e', '-f', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (b) => (stderr += b));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  t.after(async () => {
    child.kill('SIGTERM');
    await exited;
  });
  const end = Date.now() + 15_000;
  while (!(await canConnect(port))) {
    if (child.exitCode !== null || Date.now() > end) throw new Error(`sshd did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const hostKey = readFileSync(join(d, 'host_ed25519.pub'), 'utf8').trim().split(' ').slice(0, 2).join(' ');
  const knownHosts = join(d, 'known_hosts');
  writeFileSync(knownHosts, `[127.0.0.1]:${port} ${hostKey}\n`);
  const emptyKnownHosts = join(d, 'known_hosts.empty');
  writeFileSync(emptyKnownHosts, '');
  return { port, user: userInfo().username, identityFile: join(d, 'client_ed25519'), knownHosts, emptyKnownHosts, remoteHome };
}
