// The only code that touches stdin and stdout, through plain fs calls on fds 0 and 1: `process.stdin` and
// `process.stdout` on a pipe load Node's whole net and streams stack, a measurable share of a hook's start.
// Claude Code writes its JSON and closes the pipe at once, so stdin is read with blocking reads to its end: no
// thread pool and no timer to start (together about a tenth of a hook's own cost). A terminal (someone running the
// script by hand) is not read at all; a non-blocking fd falls back to polling under a deadline. A caller that
// keeps a blocking pipe open without writing is Claude Code's hook timeout to end.
import { fstatSync, read, readSync, writeSync } from 'node:fs';

/** Hook and status line payloads are a few KiB; past this we stop reading (the rest is not ours to need). */
const MAX_STDIN_BYTES = 1024 * 1024;

export function readStdin(timeoutMs: number): Promise<string> {
  try {
    // A terminal (or /dev/null) is a character device: nothing is coming.
    if (fstatSync(0).isCharacterDevice()) return Promise.resolve('');
  } catch {
    return Promise.resolve(''); // no fd 0 at all
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (err) {
      // A non-blocking pipe with nothing in it yet: wait for the rest without blocking, under the deadline.
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') return pollStdin(timeoutMs, chunks, size);
      break; // EOF (Windows reports a closed pipe as an error) or unreadable: what we have is all there is
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    size += n;
    if (size >= MAX_STDIN_BYTES) break;
  }
  return Promise.resolve(Buffer.concat(chunks).toString('utf8'));
}

function pollStdin(timeoutMs: number, chunks: Buffer[], size: number): Promise<string> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolve(Buffer.concat(chunks).toString('utf8'));
    };
    const timer = setTimeout(finish, timeoutMs);
    const buf = Buffer.alloc(64 * 1024);
    const next = (): void =>
      read(0, buf, 0, buf.length, null, (err, n) => {
        if (done) return;
        if (err && (err as NodeJS.ErrnoException).code === 'EAGAIN') return void setTimeout(next, 5);
        if (err || n === 0) return finish();
        chunks.push(Buffer.from(buf.subarray(0, n)));
        size += n;
        if (size >= MAX_STDIN_BYTES) finish();
        else next();
      });
    next();
  });
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
