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
    renameSync(tmp, file);
  } catch (err) {
    try {
      unlinkSync(tmp);
    } catch {
      /* the rename error is the one worth reporting */
    }
    throw err;
  }
}
