// Every write to a file someone else may read at the same time goes through here: temp file + rename in the
// same folder, so readers see the old bytes or the new bytes, never half a file.
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

// Two writes of one file within the same millisecond (same pid) must not pick the same temp name.
let seq = 0;

export function writeFileAtomic(file: string, data: string, mode = 0o600): void {
  const dir = dirname(file);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const tmp = join(dir, `.${basename(file)}.${process.pid}.${Date.now().toString(36)}.${(seq++).toString(36)}.tmp`);
  const fd = openSync(tmp, 'wx', mode);
  try {
    writeSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  try {
    renameRetrying(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the rename error is the one worth reporting */
    }
    throw err;
  }
}

// Windows refuses a rename over a file another process holds open (an antivirus scan, the search indexer, a second
// writer) with EPERM/EACCES/EBUSY for a moment; like graceful-fs we retry with a growing pause, here for about 1.5 s.
const RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY']);
const RETRY_BUDGET_MS = 1_500;

/** `rename` and `sleep` are injectable so a test can model Windows' transient refusals on any platform. */
export function renameRetrying(
  from: string,
  to: string,
  platform: NodeJS.Platform = process.platform,
  rename: (from: string, to: string) => void = renameSync,
  sleep: (ms: number) => void = sleepSync,
): void {
  let waited = 0;
  for (let pause = 20; ; pause = Math.min(pause * 2, 400)) {
    try {
      rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (platform !== 'win32' || !RETRY_CODES.has(code) || waited >= RETRY_BUDGET_MS) throw err;
      sleep(pause);
      waited += pause;
    }
  }
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
