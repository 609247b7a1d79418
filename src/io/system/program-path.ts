// Finds a program the way the shell will when it runs a command of ours or the user's: PATH (PATHEXT on Windows),
// `~/`, absolute and relative paths. Stats only; nothing is run.
import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, isAbsolute, join } from 'node:path';

// Words the shell runs itself: nothing to find on PATH.
const BUILTINS = new Set(['exec', 'eval', '.', 'source', 'cd', 'command', 'env', 'export', 'if', 'test', '[']);

/** Where `word` resolves as the shell would look it up, or null. */
export function findProgram(word: string, env: Record<string, string | undefined>, platform: NodeJS.Platform): string | null {
  if (BUILTINS.has(word)) return word;
  const home = env.HOME ?? env.USERPROFILE ?? '';
  const expanded = word.startsWith('~/') ? join(home, word.slice(2)) : word;
  // cmd.exe tries each PATHEXT extension before the bare name: an npm tool is `tool.cmd`, and the extensionless
  // `tool` beside it is a sh shim that Windows cannot start.
  const exts = platform === 'win32' ? [...(env.PATHEXT ?? '.COM;.EXE;.BAT;.CMD').split(';').filter(Boolean).map((e) => e.toLowerCase()), ''] : [''];
  const candidates = isAbsolute(expanded) || /[\\/]/.test(expanded)
    ? [expanded]
    : (env.PATH ?? env.Path ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean).map((d) => join(d, expanded));
  for (const c of candidates) {
    for (const ext of exts) {
      const p = c + ext;
      try {
        if (!statSync(p).isFile()) continue;
        if (platform !== 'win32') accessSync(p, constants.X_OK);
        return p;
      } catch {
        /* try the next one */
      }
    }
  }
  return null;
}
