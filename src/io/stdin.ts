// The only code that touches stdin and stdout, through plain fs calls on fds 0 and 1: `process.stdin` and
// `process.stdout` on a pipe load Node's whole net and streams stack, a measurable share of a hook's start.
// Claude Code writes its JSON and closes the pipe at once; a terminal (someone running the script by hand) or a
// pipe left open must never hang a hook, so reading stops at a deadline and the entry exits explicitly.
import { fstatSync, read, writeSync } from 'node:fs';

/** Hook and status line payloads are a few KiB; past this we stop reading (the rest is not ours to need). */
const MAX_STDIN_BYTES = 1024 * 1024;

export function readStdin(timeoutMs: number): Promise<string> {
  try {
    // A terminal (or /dev/null) is a character device: nothing is coming.
    if (fstatSync(0).isCharacterDevice()) return Promise.resolve('');
  } catch {
    return Promise.resolve(''); // no fd 0 at all
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
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
        // A non-blocking pipe with nothing in it yet: look again shortly.
        if (err && (err as NodeJS.ErrnoException).code === 'EAGAIN') return void setTimeout(next, 5);
        if (err || n === 0) return finish(); // EOF (Windows reports a closed pipe as an error)
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
