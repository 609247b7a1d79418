// The only code that edits a user's text file in place: ~/.claude/settings.json, and our config when setup edits it.
// Read → (caller plans) → timestamped backup → atomic write to the symlink's target with the file's own mode.
import { chmodSync, copyFileSync, lstatSync, mkdirSync, readdirSync, readlinkSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, resolve } from 'node:path';
import { ok, type Result } from '../../core/errors.ts';
import { editRefusal } from '../../core/settings/edit-errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readRegularBytes, readRegularText } from './safe-read.ts';

const MAX_BYTES = 8 * 1024 * 1024;
const KEEP_BACKUPS = 20;

export interface TextFile {
  /** The path as given (what we show). */
  file: string;
  /** Where the bytes live: the path with every symlink followed, so writing keeps the link. */
  target: string;
  /** null when the file does not exist yet. */
  text: string | null;
  /** Permission bits to keep; null for a new file. */
  mode: number | null;
}

export function readTextFile(file: string): Result<TextFile> {
  const target = followLinks(file);
  let st;
  try {
    st = statSync(target);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return ok({ file, target, text: null, mode: null });
    return editRefusal.unreadable(file, code ?? 'error');
  }
  if (!st.isFile()) return editRefusal.notRegular(file);
  if (st.size > MAX_BYTES) return editRefusal.tooLarge(file, st.size);
  const r = readRegularBytes(target, MAX_BYTES);
  if ('missing' in r) return ok({ file, target, text: null, mode: null });
  if ('problem' in r) return editRefusal.readProblem(r.problem);
  const text = r.bytes.toString('utf8');
  // Writing back text decoded from invalid UTF-8 would change bytes we do not own.
  if (!Buffer.from(text, 'utf8').equals(r.bytes)) return editRefusal.notUtf8(file);
  return ok({ file, target, text, mode: st.mode & 0o7777 });
}

export interface WriteOptions {
  /** Folder for the timestamped copy of the old bytes; null when the bytes do not change (see touchTextFile). */
  backupDir: string | null;
  now: Date;
}

/**
 * Replaces `f`'s content with `text`. Refuses when the file is read-only (someone meant it) or changed since
 * `readTextFile` (someone else is editing it: planning again beats overwriting their edit).
 */
export function writeTextFile(f: TextFile, text: string, o: WriteOptions): Result<{ backup: string | null }> {
  if (f.mode !== null && (f.mode & 0o200) === 0) {
    return editRefusal.readOnly(f.file, writableCommand(f.target, process.platform));
  }
  const again = readRegularText(f.target, MAX_BYTES);
  const now = 'text' in again ? again.text : null;
  if (now !== f.text) return editRefusal.changed(f.file);
  let backup: string | null = null;
  try {
    if (f.text !== null && o.backupDir !== null) backup = backupCopy(f.target, o.backupDir, o.now);
    writeFileAtomic(f.target, text, f.mode ?? 0o600);
    // A new file's mode went through the umask; the old file's exact bits are what the user chose.
    if (f.mode !== null) chmodSync(f.target, f.mode);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'error';
    return editRefusal.unwritable(f.file, code, dirname(f.target));
  }
  return ok({ backup });
}

function backupCopy(target: string, dir: string, now: Date): string {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const name = basename(target);
  let dest = join(dir, `${name}.${stamp}.bak`);
  for (let i = 1; existsQuiet(dest); i++) dest = join(dir, `${name}.${stamp}-${i}.bak`);
  copyFileSync(target, dest);
  // settings.json can hold env values with secrets: backups are for the user's eyes only.
  chmodSync(dest, 0o600);
  pruneBackups(dir, name);
  return dest;
}

/**
 * Rewrites the file's own bytes (a new inode via rename), so a running Claude Code, whose settings watcher
 * started after our last real write, sees a change and reloads it. Nothing changes when the file is gone.
 */
export function touchTextFile(file: string): void {
  const f = readTextFile(file);
  if (f.ok && f.value.text !== null) writeTextFile(f.value, f.value.text, { backupDir: null, now: new Date() });
}

function pruneBackups(dir: string, name: string): void {
  const ours = readdirSync(dir)
    .filter((f) => f.startsWith(`${name}.`) && f.endsWith('.bak'))
    .sort();
  for (const old of ours.slice(0, Math.max(0, ours.length - KEEP_BACKUPS))) {
    try {
      unlinkSync(join(dir, old));
    } catch {
      /* a backup we could not prune is harmless */
    }
  }
}

function existsQuiet(p: string): boolean {
  try {
    lstatSync(p);
    return true;
  } catch {
    return false;
  }
}

/** The file a path finally names, following symlinks even when the last one dangles (we then create its target). */
function followLinks(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    /* missing, or a dangling link: walk it by hand */
  }
  let p = resolve(file);
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!lstatSync(p).isSymbolicLink()) return p;
      link = readlinkSync(p);
    } catch {
      return p;
    }
    p = isAbsolute(link) ? link : resolve(dirname(p), link);
  }
  return p;
}

/** The command that makes a file writable again: Windows has no chmod; its read-only flag is an attribute. */
export function writableCommand(path: string, platform: NodeJS.Platform): string {
  return platform === 'win32' ? `attrib -R "${path}"` : `chmod u+w "${path}"`;
}
