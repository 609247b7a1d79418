// Finding our scripts inside the commands of settings.json, and writing those commands. Pure.
// Claude Code runs these strings with child_process.exec: /bin/sh on Unix, cmd.exe on Windows.
import { posix, win32 } from 'node:path';
import { redactSecrets } from './redact.ts';

/** Our bundles that settings.json can point at (dist/<name>.mjs). */
export type OurScript = 'export-credentials' | 'auth-refresh' | 'statusline' | 'prompt-submit';

// The original cc-aws-keepalive kept its scripts at the plugin root under these names; we take over its pointers.
const LEGACY: Record<OurScript, string> = {
  'export-credentials': 'aws-cred-export.mjs',
  'auth-refresh': 'aws-auth-refresh.mjs',
  statusline: 'aws-statusline.mjs',
  'prompt-submit': 'aws-cred-check.mjs',
};

export interface ScriptRef {
  /** Offsets of the path token in the command, quotes included. */
  start: number;
  end: number;
  /** The path as written (quotes removed). */
  path: string;
  /** The plugin directory the path is inside (the part before dist/…), as written. */
  root: string;
  legacy: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const looksLikePathStart = /^(?:[/\\~.$%]|[A-Za-z]:)/;

/** Where a command mentions one of our scripts (first mention), or null when it does not. */
export function findScript(command: string, script: OurScript): ScriptRef | null {
  const modern = new RegExp(`(^|[\\\\/])dist[\\\\/]${esc(script)}\\.mjs(?=$|[\\s"'])`).exec(command);
  const legacy = modern ? null : new RegExp(`(^|[\\\\/])${esc(LEGACY[script])}(?=$|[\\s"'])`).exec(command);
  const m = modern ?? legacy;
  if (!m) return null;
  // nameAt: where `dist/…` (or the legacy name) begins; nameEnd: just past `.mjs`.
  const nameAt = m.index + m[1]!.length;
  const nameEnd = m.index + m[0].length;
  const q = Math.max(command.lastIndexOf('"', nameAt), command.lastIndexOf("'", nameAt));
  const inQuotes = q >= 0 ? command.slice(q + 1, nameAt) : '';
  // `sh -c 'node /x/dist/…'` ends in a quote too: only a quote that opens a path counts as the path's own.
  const quoted = q >= 0 && command[nameEnd] === command[q] && (inQuotes === '' || looksLikePathStart.test(inQuotes));
  let start = q;
  if (!quoted) {
    start = nameAt;
    while (start > 0 && !/[\s"']/.test(command[start - 1]!)) start--;
  }
  const path = command.slice(quoted ? q + 1 : start, nameEnd);
  const withSep = path.slice(0, path.length - (nameEnd - nameAt));
  const root = withSep.length > 1 ? withSep.replace(/[\\/]$/, '') : withSep || '.';
  return { start, end: quoted ? nameEnd + 1 : nameEnd, path, root, legacy: !modern };
}

/** Quotes a path for the shell Claude Code uses, so spaces and odd characters survive. */
export function quotePath(path: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return `"${path}"`;
  // Inside sh double quotes, $ ` \ " still act; single quotes keep everything literal.
  if (/[$`\\"!]/.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  return `"${path}"`;
}

export function scriptPath(root: string, script: OurScript, platform: NodeJS.Platform): string {
  return (platform === 'win32' ? win32 : posix).join(root, 'dist', `${script}.mjs`);
}

/** The command we write when the user has none of their own: `node "<root>/dist/<script>.mjs"`. */
export function scriptCommand(root: string, script: OurScript, platform: NodeJS.Platform): string {
  return `node ${quotePath(scriptPath(root, script, platform), platform)}`;
}

/**
 * Points an existing command at `root`, keeping whatever the user wrapped around our path (flags, a wrapper
 * script, env assignments). A legacy script name becomes ours. Returns the command unchanged when already there.
 */
export function repointCommand(command: string, script: OurScript, root: string, platform: NodeJS.Platform): string | null {
  const ref = findScript(command, script);
  if (!ref) return null;
  const want = scriptPath(root, script, platform);
  if (!ref.legacy && samePath(ref.path, want, platform)) return command;
  return `${command.slice(0, ref.start)}${quotePath(want, platform)}${command.slice(ref.end)}`;
}

export function samePath(a: string, b: string, platform: NodeJS.Platform): boolean {
  if (platform !== 'win32') return posix.normalize(a) === posix.normalize(b);
  return win32.normalize(a).toLowerCase() === win32.normalize(b).toLowerCase();
}

/** Expands `~` and `$HOME` the way sh would, so we can check whether a referenced file exists. */
export function expandHome(path: string, home: string): string {
  if (path === '~' || /^~[\\/]/.test(path)) return home + path.slice(1);
  return path.replace(/^\$\{?HOME\}?(?=[\\/]|$)/, home);
}

/**
 * A user's command as we may print it: key ids, `--password=…`-style values and long secret-looking runs
 * hidden (some people put them in commands), while paths stay readable.
 */
export function displayCommand(command: string): string {
  return command
    .split(/(\s+)/)
    .map((t) => (/[\\/]/.test(t) && !/[=:]/.test(t) ? t.replace(/\b(?:AKIA|ASIA)[A-Z0-9]{12,}\b/g, '[redacted key id]') : redactSecrets(t)))
    .join('');
}
