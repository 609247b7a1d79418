// The only code that touches stdin and stdout, through plain fs calls on fds 0 and 1: `process.stdin` and
// `process.stdout` load Node's whole net and streams stack, a measurable share of a hook's start.
// What is on fd 0 decides how it is read, so that a writer that never closes it cannot hold us:
// - a socket is what Claude Code hands a hook or status line (measured on 2.1.197): it writes the JSON and closes
//   at once, so blocking reads to the end cost nothing. A socket held open without an end is ended by the client's
//   hook timeout: a blocked read on the main thread leaves SIGTERM's default action in place, so we die at once;
// - a pipe or FIFO (`sleep 6 | node …`, a wrapper script) is reopened non-blocking through /proc on Linux and polled
//   under the deadline; elsewhere it is read as a non-blocking stream that the deadline closes;
// - a file redirected in is read directly; a terminal, /dev/null or a directory gives nothing.
// Never a read on the thread pool: a read there cannot be cancelled and holds process.exit until the writer closes.
import { fstatSync, readSync, writeSync } from 'node:fs';
import { readPipe } from './stdin-pipe.ts';

/** Hook and status line payloads are a few KiB; past this we stop reading (the rest is not ours to need). */
const MAX_STDIN_BYTES = 1024 * 1024;

export async function readStdin(timeoutMs: number): Promise<string> {
  let st;
  try {
    st = fstatSync(0);
  } catch {
    return ''; // no fd 0 at all
  }
  if (st.isCharacterDevice() || st.isDirectory()) return '';
  if (st.isFile() || st.isSocket()) return readToEnd(0);
  return readPipe(timeoutMs, MAX_STDIN_BYTES);
}

/** Blocking reads of `fd` until its end or the size cap: one buffer, grown only for a payload past 64 KiB. */
function readToEnd(fd: number): string {
  let buf = Buffer.allocUnsafe(64 * 1024);
  let size = 0;
  try {
    for (;;) {
      if (size === buf.length) {
        if (size >= MAX_STDIN_BYTES) break;
        const bigger = Buffer.allocUnsafe(Math.min(MAX_STDIN_BYTES, size * 4));
        buf.copy(bigger, 0, 0, size);
        buf = bigger;
      }
      const n = readSync(fd, buf, size, buf.length - size, null);
      if (n === 0) break;
      size += n;
    }
  } catch {
    /* EOF (Windows reports a closed pipe as an error), or a non-blocking fd with nothing yet: what we have is all */
  }
  return buf.toString('utf8', 0, size);
}

/** Writes all of `text` to fd 1 before returning, so the entry may exit right after. */
export function writeStdout(text: string): void {
  const data = Buffer.from(text, 'utf8');
  let off = 0;
  for (let spins = 0; off < data.length && spins < 500; ) {
    try {
      off += writeSync(1, data, off);
    } catch (err) {
      // A full non-blocking pipe: the reader drains it in a moment.
      if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') return;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2);
      spins++;
    }
  }
}
