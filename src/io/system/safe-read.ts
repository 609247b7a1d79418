// Every read of a file a user (or another program) may have put in our way goes through here. Opening a FIFO
// blocks until a writer appears and reading a device never ends, so a path is read only when it is a regular
// file (checked before opening, and again on the open descriptor), opened non-blocking, and capped in size.
import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, statSync, type Stats } from 'node:fs';
import { fileProblem } from '../../core/text.ts';

/** Identifies one version of a file: a rewrite in place changes size or mtime, a replace changes the inode. */
export type FileStamp = string;

export type BytesRead = { bytes: Buffer; stamp: FileStamp; mtimeMs: number } | { missing: true } | { problem: string };

// Windows has no O_NONBLOCK (and no FIFOs to block on).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
// Our private files (readPrivateText) are never read through a link.
const PRIVATE_FLAGS = OPEN_FLAGS | (constants.O_NOFOLLOW ?? 0);
/** Whether the current user owns the file; Windows has no uids (nor a shared state folder to plant in). */
const mine = (st: Stats) => !process.getuid || st.uid === process.getuid();

const stampOf = (st: Stats): FileStamp => `${st.ino}:${st.size}:${st.mtimeMs}:${st.ctimeMs}`;

/** The file's stamp now, or null when it is not there (or not readable). */
export function currentStamp(file: string): FileStamp | null {
  try {
    const st = statSync(file, { throwIfNoEntry: false });
    return st ? stampOf(st) : null;
  } catch {
    return null;
  }
}

/** What a non-regular file is, in the words of a one-line message. */
function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSymbolicLink()) return 'a symbolic link';
  return 'not a regular file';
}

const notRegular = (file: string, st: Stats) => ({ problem: fileProblem.notRegular(file, kindOf(st)) });
const tooLarge = (file: string, size: number, max: number) => ({ problem: fileProblem.tooLarge(file, size, max) });

/** `priv`: a file only we write (state): a link, or a file another user owns, is not read (see readPrivateText). */
export function readRegularBytes(file: string, max: number, priv = false): BytesRead {
  let fd: number;
  try {
    // A missing file is the common case (config.toml, ~/.aws/config, state): no exception built for it.
    const st = priv ? lstatSync(file, { throwIfNoEntry: false }) : statSync(file, { throwIfNoEntry: false });
    if (!st) return { missing: true };
    if (!st.isFile()) return notRegular(file, st);
    if (st.size > max) return tooLarge(file, st.size, max);
    fd = openSync(file, priv ? PRIVATE_FLAGS : OPEN_FLAGS);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { missing: true };
    if (code === 'EISDIR') return { problem: fileProblem.notRegular(file, 'a directory') };
    return { problem: fileProblem.unreadable(file, code ?? 'error') };
  }
  try {
    // Swapped for something else between the stat and the open: judge what we actually opened.
    const st = fstatSync(fd);
    if (!st.isFile()) return notRegular(file, st);
    if (st.size > max) return tooLarge(file, st.size, max);
    if (priv && !mine(st)) return { problem: fileProblem.foreign(file) };
    // Node reads a regular file up to the size fstat gave, never further (an empty one would be read
    // to its end): a file growing meanwhile cannot take us past the cap.
    return { bytes: st.size === 0 ? Buffer.alloc(0) : readFileSync(fd), stamp: stampOf(st), mtimeMs: st.mtimeMs };
  } catch (err) {
    return { problem: fileProblem.unreadable(file, (err as NodeJS.ErrnoException).code ?? 'error') };
  } finally {
    closeSync(fd);
  }
}

export type TextRead = { text: string; stamp: FileStamp; mtimeMs: number } | { missing: true } | { problem: string };

export function readRegularText(file: string, max: number): TextRead {
  const r = readRegularBytes(file, max);
  return 'bytes' in r ? { text: r.bytes.toString('utf8'), stamp: r.stamp, mtimeMs: r.mtimeMs } : r;
}

/**
 * Our per-profile state: the text, or null for anything missing, odd, too large, a link or another user's file. In a
 * state folder others can write (a shared XDG_STATE_HOME), a file planted there must not steer our decisions.
 */
export function readPrivateText(file: string, max: number): string | null {
  const r = readRegularBytes(file, max, true);
  return 'bytes' in r ? r.bytes.toString('utf8') : null;
}

/** For our own small files (state, locks, caches): the text, or null for anything missing, odd or too large. */
export function readOwnText(file: string, max = 1024 * 1024): string | null {
  const r = readRegularText(file, max);
  return 'text' in r ? r.text : null;
}
