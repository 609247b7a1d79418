// Which shell Claude Code runs a command with on Windows, found the way Claude Code finds it (read from its
// 2.1.197 and 2.1.332 bundles; docs/platforms.md): Git Bash when there is one, else PowerShell. Used for the user's own status
// line (we must run it as Claude Code did) and by doctor (our hooks need Git Bash). Unix: always /bin/sh.
import { existsSync } from 'node:fs';
import { dirname, join, win32 } from 'node:path';
import { findProgram } from './program-path.ts';

type Env = Record<string, string | undefined>;
type Exists = (path: string) => boolean;

/** CLAUDE_CODE_GIT_BASH_PATH, Git's default install folders, then `git` on PATH: <git>\..\..\bin\bash.exe. */
export function findGitBash(env: Env, exists: Exists = existsSync): string | null {
  const set = env.CLAUDE_CODE_GIT_BASH_PATH;
  // 2.1.332 takes it when it names an existing bash or sh and otherwise looks on (2.1.197 refused to start).
  if (set && /^(?:bash|sh)(?:\.exe)?$/i.test(win32.basename(set)) && exists(set)) return set;
  for (const p of ['C:\\Program Files\\Git\\bin\\bash.exe', 'C:\\Program Files (x86)\\Git\\bin\\bash.exe']) if (exists(p)) return p;
  const git = findProgram('git', env, 'win32');
  const bash = git ? join(dirname(dirname(git)), 'bin', 'bash.exe') : null;
  return bash && exists(bash) ? bash : null;
}

/** pwsh on PATH, PowerShell 7's usual folders, then Windows PowerShell 5.1 (`powershell` on PATH). */
export function findPowerShell(env: Env, exists: Exists = existsSync): string | null {
  const pwsh = findProgram('pwsh', env, 'win32');
  if (pwsh) return pwsh;
  const fallbacks = [
    env.ProgramFiles && join(env.ProgramFiles, 'PowerShell', '7', 'pwsh.exe'),
    env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'Microsoft', 'WindowsApps', 'pwsh.exe'),
    env.USERPROFILE && join(env.USERPROFILE, '.dotnet', 'tools', 'pwsh.exe'),
  ];
  for (const p of fallbacks) if (p && exists(p)) return p;
  return findProgram('powershell', env, 'win32');
}

export interface ShellSpawn {
  file: string;
  args: string[];
  /** spawn's `shell`: true for the platform shell, or Git's bash.exe (run as `bash.exe -c <command>`). */
  shell: string | boolean;
  env: Env;
}

/**
 * How Claude Code would run `command` as a status line: Unix `/bin/sh -c`; Windows Git Bash (its folder first on
 * PATH, a bare `x.sh` run with bash), else PowerShell `-Command` (with `-ExecutionPolicy Bypass` unless
 * CLAUDE_CODE_POWERSHELL_RESPECT_EXECUTION_POLICY is set), else cmd.exe as a last resort.
 */
export function statusLineShell(command: string, env: Env, platform: NodeJS.Platform, exists: Exists = existsSync): ShellSpawn {
  if (platform !== 'win32') return { file: command, args: [], shell: true, env };
  const bash = findGitBash(env, exists);
  if (bash) {
    const pathKey = Object.keys(env).find((k) => k.toUpperCase() === 'PATH') ?? 'PATH';
    const path = env[pathKey];
    const first = /^\s*(?:"([^"]*)"|'([^']*)'|(\S+))/.exec(command);
    const word = first?.[1] ?? first?.[2] ?? first?.[3] ?? '';
    return { file: word.endsWith('.sh') ? `bash ${command}` : command, args: [], shell: bash, env: { ...env, [pathKey]: path ? `${win32.dirname(bash)};${path}` : win32.dirname(bash) } };
  }
  const ps = findPowerShell(env, exists);
  if (ps) {
    const policy = env.CLAUDE_CODE_POWERSHELL_RESPECT_EXECUTION_POLICY ? [] : ['-ExecutionPolicy', 'Bypass'];
    return { file: ps, args: ['-NoProfile', '-NonInteractive', ...policy, '-Command', command], shell: false, env };
  }
  return { file: command, args: [], shell: true, env };
}
