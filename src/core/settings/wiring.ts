// Which keys of settings.json are ours, which script each runs and the hooks' timeouts (settings-plan*.ts write them,
// tests/unit/manifests.test.ts holds hooks/hooks.json to them); and where the keys point now, whether that is still right.
// Pure: the caller looks at the disk and passes what it found.
import { findScript, samePath, scriptPath, type OurScript, type ScriptRef } from './command-path.ts';
import { compareVersions, parseCacheDir } from './plugin-dir.ts';

export type WiredKey = 'awsCredentialExport' | 'awsAuthRefresh' | 'statusLine';
export const WIRED_KEYS: readonly WiredKey[] = ['awsCredentialExport', 'awsAuthRefresh', 'statusLine'];
/** The keys that hold a plain command string. */
export type CommandKey = Exclude<WiredKey, 'statusLine'>;
export const COMMAND_KEYS: readonly CommandKey[] = ['awsCredentialExport', 'awsAuthRefresh'];
/** Every top-level key of settings.json we may write: ours, and `hooks` for our prompt-submit entry. */
export const OWNED_TOP_LEVEL_KEYS: readonly string[] = [...WIRED_KEYS, 'hooks'];
export const SCRIPT_OF: Record<WiredKey, OurScript> = {
  awsCredentialExport: 'export-credentials',
  awsAuthRefresh: 'auth-refresh',
  statusLine: 'statusline',
};
// Each hook's `timeout` in seconds, in hooks/hooks.json and wherever setup writes the prompt hook into settings.json
// (a test holds hooks.json to these). The prompt hook answers `/aws-keepalive doctor` itself, whose STS probe has a
// 5 s deadline: a shorter timeout would cancel it and pass the command to the model instead.
export const HOOK_TIMEOUT_SECONDS = { UserPromptSubmit: 10, SessionStart: 10 } as const;

export interface Wire {
  key: WiredKey;
  /** The command string in settings.json, or null when the key is absent or not a command. */
  command: string | null;
  /** Our script inside that command, or null when the command is someone else's. */
  ref: ScriptRef | null;
}

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The command a key holds: the string itself, or statusLine's `command`. */
export function commandOf(settings: Record<string, unknown>, key: WiredKey): string | null {
  const v = settings[key];
  if (key === 'statusLine') return isRecord(v) && typeof v.command === 'string' ? v.command : null;
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function readWiring(settings: Record<string, unknown>): Wire[] {
  return WIRED_KEYS.map((key) => {
    const command = commandOf(settings, key);
    return { key, command, ref: command === null ? null : findScript(command, SCRIPT_OF[key]) };
  });
}

/** What the disk says about a referenced script, gathered by the caller. */
export interface RefFacts {
  exists: boolean;
  /** The version directory carries Claude Code's `.orphaned_at` marker: an update replaced it. */
  orphaned: boolean;
}

export type WireState =
  | { state: 'unset' }
  | { state: 'foreign' }
  | { state: 'current' }
  | { state: 'legacy'; path: string }
  | { state: 'renamed'; path: string }
  | { state: 'missing-file'; path: string }
  | { state: 'orphaned'; root: string }
  | { state: 'older'; root: string; version: string }
  | { state: 'elsewhere'; root: string };

export function judgeWire(w: Wire, ownRoot: string, facts: RefFacts | null, platform: NodeJS.Platform): WireState {
  if (w.command === null) return { state: 'unset' };
  if (!w.ref) return { state: 'foreign' };
  // The original cc-aws-keepalive's scripts: the plugin of the same name that we replace.
  if (w.ref.legacy) return { state: 'legacy', path: w.ref.path };
  const own = scriptPath(ownRoot, SCRIPT_OF[w.key], platform);
  if (samePath(w.ref.path, own, platform)) return { state: 'current' };
  // This plugin's dist/<name>.mjs, its name before 0.2.0: the forwarders kept there through 0.3.0 are gone since 0.4.0,
  // so the self-heal and setup re-point it (a missing file is stale anyway; this names why).
  if (w.ref.mjs && samePath(w.ref.path.replace(/\.mjs$/, '.cjs'), own, platform)) return { state: 'renamed', path: w.ref.path };
  if (facts && !facts.exists) return { state: 'missing-file', path: w.ref.path };
  if (facts?.orphaned) return { state: 'orphaned', root: w.ref.root };
  const theirs = parseCacheDir(w.ref.root);
  const ours = parseCacheDir(ownRoot);
  if (theirs && ours && theirs.plugin === ours.plugin && compareVersions(ours.version, theirs.version) === 1) {
    return { state: 'older', root: w.ref.root, version: theirs.version };
  }
  // A newer version, a git clone, a dev checkout: someone chose it and it works, so it is left alone.
  return { state: 'elsewhere', root: w.ref.root };
}

/** States the SessionStart self-heal repairs; `elsewhere` and `foreign` are the user's choice. */
export const isStale = (s: WireState): boolean =>
  s.state === 'legacy' || s.state === 'renamed' || s.state === 'missing-file' || s.state === 'orphaned' || s.state === 'older';

/** One line per key for `status` and `doctor`. */
export function describeWireState(s: WireState): string {
  switch (s.state) {
    case 'unset':
      return 'not set';
    case 'foreign':
      return 'set to a command that is not ours';
    case 'current':
      return 'this version ✓';
    case 'legacy':
      return `the old cc-aws-keepalive script (${s.path})`;
    case 'renamed':
      return `points at ${s.path}, this plugin's old file name (gone since 0.4.0)`;
    case 'missing-file':
      return `points at ${s.path}, which no longer exists`;
    case 'orphaned':
      return `points at ${s.root}, a version an update replaced`;
    case 'older':
      return `points at older version ${s.version}`;
    case 'elsewhere':
      return `points at ${s.root}`;
  }
}
