// The Claude Code version, for doctor (never the hot path): `claude --version` under a short deadline.
import { spawnSync } from 'node:child_process';
import { parseClientVersion } from '../../core/settings/client-compat.ts';

export function claudeVersion(env: Record<string, string | undefined>, timeoutMs: number): string | null {
  const r = spawnSync('claude', ['--version'], {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    windowsHide: true,
    maxBuffer: 64 * 1024,
  });
  return r.error || r.status !== 0 ? null : parseClientVersion(r.stdout ?? '');
}
