// The Claude Code version, for doctor (never the hot path): `claude --version` under a short deadline.
import { spawnSync } from 'node:child_process';
import { parseClientVersion } from '../../core/settings/client-compat.ts';
import { findProgram } from '../system/program-path.ts';

export interface VersionCommand {
  file: string;
  args: string[];
  /** cmd.exe's own quoting rules, not the C runtime's: Node must pass the line through as written. */
  verbatim: boolean;
}

/**
 * How to start `claude --version`. On Windows npm installs `claude.cmd`, which only cmd.exe can run (Node refuses to
 * spawn a .cmd without a shell): found on PATH, it is run as `cmd.exe /d /s /c ""<path>" --version"`. A path
 * holding `%` or `"` would be rewritten by cmd.exe, so it is not run at all (doctor then reports no version).
 */
export function claudeVersionCommand(env: Record<string, string | undefined>, platform: NodeJS.Platform): VersionCommand | null {
  if (platform !== 'win32') return { file: 'claude', args: ['--version'], verbatim: false };
  const found = findProgram('claude', env, platform);
  if (found === null || !/\.(cmd|bat)$/i.test(found)) return { file: found ?? 'claude', args: ['--version'], verbatim: false };
  if (/[%"]/.test(found)) return null;
  return { file: env.ComSpec ?? env.COMSPEC ?? 'cmd.exe', args: ['/d', '/s', '/c', `""${found}" --version"`], verbatim: true };
}

export function claudeVersion(env: Record<string, string | undefined>, timeoutMs: number, platform: NodeJS.Platform = process.platform): string | null {
  const cmd = claudeVersionCommand(env, platform);
  if (cmd === null) return null;
  const r = spawnSync(cmd.file, cmd.args, {
    env,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
    timeout: timeoutMs,
    killSignal: 'SIGKILL',
    windowsHide: true,
    windowsVerbatimArguments: cmd.verbatim,
    maxBuffer: 64 * 1024,
  });
  return r.error || r.status !== 0 ? null : parseClientVersion(r.stdout ?? '');
}
