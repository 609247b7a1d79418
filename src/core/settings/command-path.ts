// Finding our scripts inside the commands of settings.json, and writing those commands. Pure.
// Claude Code runs settings.json's commands with child_process.exec: /bin/sh on Unix, cmd.exe on Windows; plugin
// hooks (hooks/hooks.json) with bash everywhere (Git Bash on Windows).
import { posix, win32 } from 'node:path';
import { redactSecrets } from '../redact.ts';

/** Our bundles that settings.json can point at (dist/<name>.cjs; dist/<name>.mjs before 0.2.0). */
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
  /** dist/<name>.mjs: our name before 0.2.0 (its forwarders went in 0.4.0), re-pointed at the .cjs. */
  mjs: boolean;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const looksLikePathStart = /^(?:[/\\~.$%]|[A-Za-z]:)/;

/** Where a command mentions one of our scripts (first mention), or null when it does not. */
export function findScript(command: string, script: OurScript): ScriptRef | null {
  const modern = new RegExp(`(^|[\\\\/])dist[\\\\/]${esc(script)}\\.[cm]js(?=$|[\\s"'])`).exec(command);
  const legacy = modern ? null : new RegExp(`(^|[\\\\/])${esc(LEGACY[script])}(?=$|[\\s"'])`).exec(command);
  const m = modern ?? legacy;
  if (!m) return null;
  // nameAt: where `dist/…` (or the legacy name) begins; nameEnd: just past `.cjs`/`.mjs`.
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
  return { start, end: quoted ? nameEnd + 1 : nameEnd, path, root, legacy: !modern, mjs: modern !== null && path.endsWith('.mjs') };
}

/** Quotes a path for the shell Claude Code uses, so spaces and odd characters survive. */
export function quotePath(path: string, platform: NodeJS.Platform): string {
  if (platform === 'win32') return `"${path}"`;
  // Inside sh double quotes, $ ` \ " still act; single quotes keep everything literal.
  if (/[$`\\"!]/.test(path)) return `'${path.replace(/'/g, `'\\''`)}'`;
  return `"${path}"`;
}

export function scriptPath(root: string, script: OurScript, platform: NodeJS.Platform): string {
  return (platform === 'win32' ? win32 : posix).join(root, 'dist', `${script}.cjs`);
}

const NO_NODE =
  'cc-aws-keepalive needs Node.js 18 or later and found no node on PATH: install Node.js (https://nodejs.org) so that node is on PATH, then restart Claude Code';
// What each caller shows when `node` is missing (dist/<name>.cjs says the same about a Node older than 18): hooks a
// systemMessage and success (never a hook error on every prompt), the status line a short text, the credential
// commands one stderr line and a failure.
const NO_NODE_REPLY: Record<OurScript | 'session-start', string> = {
  'prompt-submit': `echo '${JSON.stringify({ systemMessage: NO_NODE })}'; exit 0`,
  'session-start': `echo '${JSON.stringify({ systemMessage: NO_NODE })}'; exit 0`,
  statusline: "echo 'AWS: needs Node.js (no node on PATH)'; exit 0",
  'export-credentials': `echo '${NO_NODE}' >&2; exit 1`,
  'auth-refresh': `echo '${NO_NODE}' >&2; exit 1`,
};

/**
 * `node <quotedPath>` behind a POSIX-sh guard: only builtins, so a machine with Node pays no extra process (exec
 * replaces the shell), and one without gets one clear line instead of "node: not found" from every hook.
 */
export function guardedCommand(script: OurScript | 'session-start', quotedPath: string): string {
  return `command -v node >/dev/null 2>&1 || { ${NO_NODE_REPLY[script]}; }; exec node ${quotedPath}`;
}

/**
 * The command we write when the user has none of their own. Unix: the guarded `node "<root>/dist/<script>.cjs"`;
 * Windows runs settings.json's commands with cmd.exe, which has no `command -v`: there it is the plain command.
 */
export function scriptCommand(root: string, script: OurScript, platform: NodeJS.Platform): string {
  const quoted = quotePath(scriptPath(root, script, platform), platform);
  return platform === 'win32' ? `node ${quoted}` : guardedCommand(script, quoted);
}

/**
 * Points an existing command at `root`, keeping whatever the user wrapped around our path (flags, a wrapper
 * script, env assignments). A legacy script name or our old `dist/<name>.mjs` becomes the current script, and a
 * command that is just `node <our path>` (what we used to write) becomes today's full command. Returns the command
 * unchanged when already there.
 */
export function repointCommand(command: string, script: OurScript, root: string, platform: NodeJS.Platform): string | null {
  const ref = findScript(command, script);
  if (!ref) return null;
  const want = scriptPath(root, script, platform);
  if (!ref.legacy && samePath(ref.path, want, platform)) return command;
  if (/^\s*node\s+$/.test(command.slice(0, ref.start)) && command.slice(ref.end).trim() === '') return scriptCommand(root, script, platform);
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
